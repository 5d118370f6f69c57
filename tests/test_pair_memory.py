"""The Assistant's pair memory (--assistant-memory): each pair's label at its last visit."""
import numpy as np
import pytest
import scipy.sparse as sp

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.shrinking import ShrinkingRule
from test_labels import task_with, through_a_checkpoint

PAIRS = 300


def indistinguishable_pairs():
    """Pairs whose tokens say nothing of their losses: every pair has the same features,
    but every third pair always carries a high loss."""
    features = sp.csr_matrix(np.ones((PAIRS, 4), dtype=np.float32))
    hard = np.arange(PAIRS) % 3 == 0
    return features, hard


def feed(assistant, hard, passes, seed=0):
    rng = np.random.default_rng(seed)
    accuracies = []
    for _ in range(passes):
        order = rng.permutation(PAIRS)
        for start in range(0, PAIRS, 30):
            ids = order[start:start + 30]
            lengths = np.full(len(ids), 5)
            losses = np.where(hard[ids], 4.0, 1.0) * lengths
            accuracies.append(assistant.observe(ids, losses, lengths).accuracy)
    return accuracies


def test_the_memory_predicts_what_a_token_model_cannot():
    features, hard = indistinguishable_pairs()
    with_memory = TokenAssistant(features, AssistantSettings(memory=True))
    without = TokenAssistant(features, AssistantSettings())
    remembering = feed(with_memory, hard, passes=3)
    forgetting = feed(without, hard, passes=3)
    scores = with_memory.score(np.arange(PAIRS))
    assert scores[hard].tolist() == [1.0] * hard.sum()
    assert scores[~hard].tolist() == [0.0] * (~hard).sum()
    # second and third passes: every pair is remembered, so every prediction is right
    assert np.mean(remembering[10:]) == 1.0
    assert np.mean(forgetting[10:]) < 0.7  # the token model sees one kind of pair
    assert with_memory.confidence > without.confidence
    rule = ShrinkingRule(with_memory)
    kept = rule.keep_probability(np.arange(PAIRS))
    assert kept[hard].min() == 1.0 and kept[~hard].max() == pytest.approx(with_memory.floor())


def test_the_token_model_learns_as_without_the_memory_and_predicts_unseen_pairs():
    features, hard = indistinguishable_pairs()
    features = sp.csr_matrix(np.eye(PAIRS, dtype=np.float32))  # one token per pair
    with_memory = TokenAssistant(features, AssistantSettings(memory=True))
    without = TokenAssistant(features, AssistantSettings())
    seen = np.arange(0, PAIRS, 2)
    for assistant in (with_memory, without):
        lengths = np.full(len(seen), 5)
        assistant.observe(seen, np.where(hard[seen], 4.0, 1.0) * lengths, lengths)
    assert with_memory.fingerprint() == without.fingerprint()
    assert with_memory.pairs_remembered == len(seen) and without.pairs_remembered == 0
    unseen = np.arange(1, PAIRS, 2)
    np.testing.assert_array_equal(with_memory.score(unseen), without.score(unseen))
    assert set(with_memory.score(seen).tolist()) == {0.0, 1.0}


def test_a_masked_pair_is_not_remembered():
    """The learnability label gives a first visit no label: nothing to remember."""
    features, hard = indistinguishable_pairs()
    assistant = TokenAssistant(features, AssistantSettings(memory=True, label="learnability"))
    ids = np.arange(30)
    assistant.observe(ids, np.full(30, 10.0), np.full(30, 5))
    assert assistant.pairs_remembered == 0
    assistant.observe(ids, np.where(ids < 10, 5.0, 10.0), np.full(30, 5))
    assert assistant.pairs_remembered == 30
    assert assistant.score(ids[:10]).tolist() == [1.0] * 10  # their loss fell


def test_the_memory_round_trips_through_the_task_checkpoint(tiny_bin):
    task = task_with(tiny_bin, "--assistant-memory")
    pairs = task.assistant.num_pairs
    rng = np.random.default_rng(4)
    ids = rng.choice(pairs, 40, replace=False)
    task.assistant.observe(ids, rng.uniform(1, 30, 40), rng.integers(1, 10, 40))
    saved = through_a_checkpoint(task)
    assert tuple(saved["autoassist"]["memory"].shape) == (pairs,)

    resumed = task_with(tiny_bin, "--assistant-memory")
    resumed.set_checkpoint_dict(saved)
    np.testing.assert_array_equal(resumed.assistant.memory, task.assistant.memory)
    assert resumed.assistant.pairs_remembered == 40

    # a checkpoint saved without the memory: the memory starts empty, the rest resumes
    plain = task_with(tiny_bin)
    plain.assistant.observe(ids, rng.uniform(1, 30, 40), rng.integers(1, 10, 40))
    turned_on = task_with(tiny_bin, "--assistant-memory")
    turned_on.set_checkpoint_dict(through_a_checkpoint(plain))
    assert turned_on.assistant.pairs_remembered == 0
    assert turned_on.assistant.fingerprint() == plain.assistant.fingerprint()
    for each in (task, resumed, plain, turned_on):
        each.worker.close()


def test_the_memory_counts_how_often_a_revisited_pair_keeps_its_label():
    assistant = TokenAssistant(sp.csr_matrix(np.eye(4, dtype=np.float32)),
                               AssistantSettings(memory=True, loss_decay=0.0))
    first = assistant.observe(np.arange(4), np.array([1.0, 2, 3, 4]), np.ones(4))
    assert (first.revisited, first.agreed) == (0, 0)  # nothing remembered yet
    # labels now 0 0 1 1 (above 2.5); then pairs 1..3 again: 0 1 1 (above 2)
    again = assistant.observe(np.array([1, 2, 3]), np.array([1.0, 2.5, 3]), np.ones(3))
    assert (again.revisited, again.agreed) == (3, 3)
    flipped = assistant.observe(np.array([0, 3]), np.array([5.0, 1.0]), np.ones(2))
    assert (flipped.revisited, flipped.agreed) == (2, 0)
    without = TokenAssistant(sp.csr_matrix(np.eye(4, dtype=np.float32)), AssistantSettings())
    without.observe(np.arange(4), np.array([1.0, 2, 3, 4]), np.ones(4))
    assert without.observe(np.arange(4), np.ones(4), np.ones(4)).revisited == 0
