"""The shrinking rule's selections: none (the default), the Assistant's preferences, or the
uniform ablation."""
import numpy as np
import pytest

from conftest import FixedAssistant
from fairseq_autoassist.methods import DEFAULT_METHOD, METHODS
from fairseq_autoassist.shrinking import (KeepDecisions, ShrinkingRule,
                                          scaled_to_mean)


def keep_counts(rule, ids, rounds=40, chunk=100):
    rng = np.random.default_rng(0)
    counts = np.zeros(len(ids))
    for _ in range(rounds):
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            counts[part] += rule.keep_mask(part, rng)
    return counts / rounds


def test_the_assistant_selection_follows_its_probabilities():
    probabilities = np.where(np.arange(2000) % 2 == 0, 0.2, 0.8)
    kept = keep_counts(KeepDecisions(ShrinkingRule(FixedAssistant(probabilities))),
                       np.arange(2000))
    assert kept[0::2].mean() == pytest.approx(0.2, abs=0.03)
    assert kept[1::2].mean() == pytest.approx(0.8, abs=0.03)


def test_the_uniform_ablation_drops_as_many_pairs_but_prefers_none():
    probabilities = np.where(np.arange(2000) % 2 == 0, 0.2, 0.8)
    rule = KeepDecisions(ShrinkingRule(FixedAssistant(probabilities), selection="uniform"))
    kept = keep_counts(rule, np.arange(2000))
    assert kept.mean() == pytest.approx(0.5, abs=0.02)  # the Assistant's keep rate
    assert kept[0::2].mean() == pytest.approx(kept[1::2].mean(), abs=0.03)
    np.testing.assert_allclose(rule.drawn_with(np.arange(2000)), 0.5)  # the chunk's mean


class UnaskedAssistant:
    """An Assistant that must not be asked: selection none keeps pairs without it."""
    num_pairs = 500

    def keep_probability(self, ids):
        raise AssertionError("selection none asked the Assistant")


def test_selection_none_the_default_keeps_every_candidate_after_the_onset_too():
    assert DEFAULT_METHOD == "none" and METHODS[DEFAULT_METHOD].rule == "none"
    rule = KeepDecisions(ShrinkingRule(UnaskedAssistant(), selection="none", keep_rate=0.5),
                         onset_update=10)
    rule.at_update(20)  # past the onset: selection would be on
    assert rule.selecting
    kept = keep_counts(rule, np.arange(500), rounds=5)
    np.testing.assert_array_equal(kept, 1.0)
    np.testing.assert_array_equal(rule.drawn_with(np.arange(500)), 1.0)


def test_an_unknown_selection_is_refused_with_the_choices():
    with pytest.raises(ValueError, match=r"unknown selection 'best'.*'assistant', 'uniform'"):
        ShrinkingRule(FixedAssistant([0.5]), selection="best")


def test_before_a_fixed_onset_every_candidate_is_kept_and_counts_as_drawn_with_one():
    decisions = KeepDecisions(ShrinkingRule(FixedAssistant(np.full(100, 0.2))), onset_update=50)
    rng = np.random.default_rng(0)
    ids = np.arange(100)
    decisions.at_update(49)
    assert not decisions.selecting and decisions.keep_mask(ids, rng).all()
    assert decisions.drawn_with(ids).tolist() == [1.0] * 100
    decisions.at_update(50)
    assert decisions.selecting
    assert decisions.keep_mask(ids, rng).mean() == pytest.approx(0.2, abs=0.1)
    assert KeepDecisions(ShrinkingRule(FixedAssistant([0.5]))).selecting  # no onset


def test_a_keep_rate_target_sets_how_many_go_on_and_the_assistant_which():
    # a pair memory gone stale: 20% remembered as informative (1), the rest as easy,
    # kept at the floor of 0.1; the paper's rule would keep 0.28 of them
    probabilities = np.where(np.arange(2000) % 5 == 0, 1.0, 0.1)
    rule = KeepDecisions(ShrinkingRule(FixedAssistant(probabilities), keep_rate=0.5))
    kept = keep_counts(rule, np.arange(2000))
    assert kept.mean() == pytest.approx(0.5, abs=0.02)
    assert kept[0::5].mean() == 1.0  # the informative ones all go on
    easy = np.arange(2000) % 5 != 0
    assert kept[easy].mean() == pytest.approx(0.375, abs=0.02)  # (0.5 - 0.2) / 0.8
    # many informative pairs: fewer go on than the paper's rule sends, still by preference
    probabilities = np.where(np.arange(2000) % 2 == 0, 0.4, 0.9)
    kept = keep_counts(KeepDecisions(ShrinkingRule(FixedAssistant(probabilities),
                                                   keep_rate=0.5)), np.arange(2000))
    assert kept.mean() == pytest.approx(0.5, abs=0.02)
    assert kept[1::2].mean() == pytest.approx(0.9 / 1.3, abs=0.03)


def test_scaling_to_a_mean_keeps_the_order_caps_at_one_and_fills_from_zeros():
    rng = np.random.default_rng(0)
    for _ in range(300):
        probabilities = rng.random(int(rng.integers(1, 200))) ** rng.uniform(0.2, 5.0)
        probabilities[rng.random(len(probabilities)) < 0.2] = 1.0
        target = rng.uniform(0.05, 1.0)
        scaled = scaled_to_mean(probabilities, target)
        assert scaled.min() >= 0.0 and scaled.max() <= 1.0
        assert scaled.mean() == pytest.approx(target)
        order = np.argsort(-probabilities, kind="stable")
        assert np.all(np.diff(scaled[order]) <= 1e-12)
    # only pairs at 0 besides the capped ones: they share what is missing
    np.testing.assert_allclose(scaled_to_mean(np.array([0.9, 0.1, 0.0, 0.0]), 0.75),
                               [1.0, 1.0, 0.5, 0.5])
    with pytest.raises(ValueError, match="keep-rate target"):
        ShrinkingRule(FixedAssistant([0.5]), keep_rate=1.5)
