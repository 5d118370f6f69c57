"""The shrinking rule's selections: the Assistant's preferences, or the uniform ablation."""
import numpy as np
import pytest

from conftest import FixedAssistant
from fairseq_autoassist.shrinking import KeepDecisions, ShrinkingRule


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
