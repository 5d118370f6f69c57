"""Annealing back to the full data: the fade's schedule and its effect on the rule."""
import numpy as np
import pytest

from conftest import FixedAssistant
from fairseq_autoassist.annealing import KeepAnnealing
from fairseq_autoassist.shrinking import KeepDecisions, ShrinkingRule


def test_the_fade_covers_the_last_fraction_of_max_update_linearly():
    annealing = KeepAnnealing.over_last(0.25, 1000)
    assert (annealing.start_update, annealing.end_update) == (750, 1000)
    assert annealing.progress(0) == annealing.progress(750) == 0.0
    assert annealing.progress(875) == pytest.approx(0.5)
    assert annealing.progress(1000) == annealing.progress(5000) == 1.0


def test_no_fade_when_the_fraction_is_zero_and_a_clear_error_without_max_update():
    assert KeepAnnealing.over_last(0.0, 1000) is None
    assert KeepAnnealing.over_last(0.0, 0) is None
    with pytest.raises(ValueError, match="--max-update, which is not set"):
        KeepAnnealing.over_last(0.5, 0)
    with pytest.raises(ValueError, match=r"must be in \[0, 1\]"):
        KeepAnnealing.over_last(1.5, 1000)


def test_annealed_probabilities_shrink_each_drop_probability_and_keep_the_order():
    annealing = KeepAnnealing(start_update=100, end_update=200)
    p = np.array([0.1, 0.4, 0.9, 1.0])
    np.testing.assert_array_equal(annealing.apply(p, 50), p)
    halfway = annealing.apply(p, 150)
    np.testing.assert_allclose(1 - halfway, 0.5 * (1 - p))
    assert np.all(np.diff(halfway) > 0)  # the Assistant's preferences survive
    assert halfway.min() >= 0.5  # the fade is also a rising floor
    np.testing.assert_array_equal(annealing.apply(p, 200), np.ones(4))


def test_the_rule_follows_the_boss_progress_and_remembers_annealed_probabilities():
    assistant = FixedAssistant(np.full(4000, 0.2))
    rule = KeepDecisions(ShrinkingRule(assistant, KeepAnnealing(start_update=1000, end_update=2000)))
    ids = np.arange(4000)
    rng = np.random.default_rng(0)

    rule.at_update(10)
    assert rule.keep_mask(ids, rng).mean() == pytest.approx(0.2, abs=0.03)
    rule.at_update(1500)
    kept = rule.keep_mask(ids, rng)
    assert kept.mean() == pytest.approx(0.6, abs=0.03)  # 1 - 0.5 * 0.8
    np.testing.assert_allclose(rule.drawn_with(ids[kept]), 0.6)
    rule.at_update(2000)
    assert rule.keep_mask(ids, rng).all()


def test_without_annealing_the_rule_is_the_assistants():
    assistant = FixedAssistant(np.linspace(0.05, 0.95, 10))
    rule = KeepDecisions(ShrinkingRule(assistant))
    rule.at_update(10**6)
    np.testing.assert_array_equal(rule.keep_probability(np.arange(10)),
                                  assistant.probabilities)
