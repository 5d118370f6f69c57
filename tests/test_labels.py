"""The registered labels the Assistant can learn: their rules, oracles and state."""
import io

import numpy as np
import pytest
import scipy.sparse as sp
import torch

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.labels import build_label, label_class, label_names
from fairseq_autoassist.labels.learnability import LearnabilityLabel
from fairseq_autoassist.labels.noise_aware import NoiseAwareLabel, NoiseAwareOptions
from fairseq_autoassist.labels.paper import PaperLabel

LABELS = label_names()

ONES = np.ones(4, dtype=np.int64)


def inputs_for(kind, pairs, seed=11):
    """The per-pair inputs label ``kind`` reads (irreducible losses for reducible)."""
    rng = np.random.default_rng(seed)
    return {name: rng.uniform(0.2, 3.0, pairs).astype(np.float16)
            for name in label_class(kind).pair_inputs}


def test_paper_label_is_above_the_moving_average():
    label = PaperLabel(num_pairs=4, decay=0.5)
    out = label.label(np.arange(4), np.array([2.0, 8.0, 3.0, 12.0]), np.array([2, 2, 3, 3]))
    assert out.labels.tolist() == [0, 1, 0, 1] and out.mask.all()
    assert label.loss_average == 2.5


def test_learnability_labels_pairs_whose_loss_falls_faster_than_average():
    # pair 0 falls fast, 1 is high and flat (noise), 2 low and flat (learnt),
    # 3..9 fall slowly (the average fall lies between)
    label = LearnabilityLabel(num_pairs=10, decay=0.0)
    ids = np.arange(10)
    start = np.array([6.0, 8.0, 0.1, 5, 5, 5, 5, 5, 5, 5])
    first = label.label(ids, start, np.ones(10))
    assert not first.mask.any() and label.fall_average is None  # first visits: no evidence
    assert np.allclose(label.last_losses, start)
    second = label.label(ids, start - np.array([3.0, 0, 0, .5, .5, .5, .5, .5, .5, .5]),
                         np.ones(10))
    assert second.mask.all()
    assert label.fall_average == pytest.approx((3.0 + 7 * 0.5) / 10)
    assert second.labels.tolist() == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]


def test_learnability_normalises_by_length_and_masks_only_first_visits():
    label = LearnabilityLabel(num_pairs=5, decay=0.5)
    label.label(np.array([0, 1]), np.array([10.0, 4.0]), np.array([5, 2]))  # 2 and 2
    out = label.label(np.array([0, 1, 2, 3]), np.array([2.0, 3.0, 7.0, 1.0]),
                      np.array([2, 2, 1, 1]))  # 1 and 1.5: falls 1 and 0.5
    assert out.mask.tolist() == [True, True, False, False]
    assert label.fall_average == pytest.approx(0.75)
    assert out.labels.tolist() == [1, 0, 0, 0]
    np.testing.assert_array_equal(label.last_losses, [1.0, 1.5, 7.0, 1.0, np.nan])
    assert label.last_losses.dtype == np.float32


def test_an_assistant_with_the_learnability_label_skips_first_visits():
    assistant = TokenAssistant(sp.csr_matrix(np.eye(4, dtype=np.float32)),
                               AssistantSettings(label="learnability"))
    report = assistant.observe(np.arange(4), np.array([4.0, 3, 2, 1]), ONES)
    assert report.num_pairs == 0 and np.isnan(report.accuracy)
    assert assistant.steps == 0 and assistant.confidence == 0.0
    assert not assistant.weights.any() and assistant.bias == 0.0
    report = assistant.observe(np.array([0, 1, 3]), np.array([1.0, 3, 1]), np.ones(3))
    assert report.num_pairs == 3 and report.positive_rate == pytest.approx(1 / 3)
    assert assistant.steps == 1 and assistant.pairs_seen == 3
    assert assistant.weights[2] == 0.0  # pair 2 was not seen again: its column untouched
    assert assistant.weights[0] != 0.0


def test_noise_aware_calls_the_top_of_the_distribution_zero():
    label = NoiseAwareLabel(100, decay=0.0, options=NoiseAwareOptions(0.9))
    losses = np.arange(1.0, 101.0)  # mean 50.5, 0.9-quantile 90.1
    out = label.label(np.arange(100), losses, np.ones(100))
    assert label.loss_average == 50.5 and label.loss_quantile == pytest.approx(90.1)
    assert out.mask.all()
    expected = (losses > 50.5) & (losses < 90.1)
    assert out.labels.tolist() == expected.astype(float).tolist()
    assert out.labels[95] == 0 and out.labels[70] == 1 and out.labels[10] == 0


def test_the_running_quantile_follows_a_shifting_distribution():
    label = NoiseAwareLabel(256, decay=0.9, options=NoiseAwareOptions(0.95))
    rng = np.random.default_rng(0)
    for _ in range(100):
        label.label(np.arange(256), rng.normal(2.0, 1.0, 256), np.ones(256))
    assert label.loss_quantile == pytest.approx(2.0 + 1.645, abs=0.1)
    for _ in range(100):
        label.label(np.arange(256), rng.normal(6.0, 0.5, 256), np.ones(256))
    assert label.loss_quantile == pytest.approx(6.0 + 0.5 * 1.645, abs=0.1)
    assert label.loss_average == pytest.approx(6.0, abs=0.05)


@pytest.mark.parametrize("kind", LABELS)
def test_label_state_round_trips_through_the_assistant(kind):
    settings = AssistantSettings(label=kind, loss_decay=0.8)
    inputs = inputs_for(kind, 6)
    assistant = TokenAssistant(sp.csr_matrix(np.eye(6, dtype=np.float32)), settings,
                               pair_inputs=inputs)
    rng = np.random.default_rng(1)
    for _ in range(4):
        ids = rng.choice(6, 4, replace=False)
        assistant.observe(ids, rng.uniform(0, 5, 4), ONES)
    state = assistant.state_dict()
    assert state["label"]["kind"] == kind
    restored = TokenAssistant(sp.csr_matrix(np.eye(6, dtype=np.float32)), settings,
                              pair_inputs=inputs)
    restored.load_state_dict(state)
    again = restored.state_dict()
    for key, value in state["label"].items():
        np.testing.assert_array_equal(again["label"][key], value)
    assert restored.fingerprint() == assistant.fingerprint()
    ids, losses = np.arange(6), rng.uniform(0, 5, 6)
    assert (restored.observe(ids, losses, np.ones(6))
            == assistant.observe(ids, losses, np.ones(6)))


def test_a_checkpoint_of_another_label_or_size_is_refused():
    features = sp.csr_matrix(np.eye(6, dtype=np.float32))
    paper = TokenAssistant(features, AssistantSettings()).state_dict()
    learn = TokenAssistant(features, AssistantSettings(label="learnability"))
    with pytest.raises(ValueError, match=r"learnt the 'paper' label.*asks for 'learnability'"):
        learn.load_state_dict(paper)
    state = learn.state_dict()
    state["label"]["last_losses"] = np.zeros(5, np.float32)
    with pytest.raises(ValueError, match=r"last losses of 5 training pairs.*has 6 pairs"):
        learn.load_state_dict(state)


def test_a_checkpoint_from_before_labels_loads_as_the_paper_label():
    assistant = TokenAssistant(sp.csr_matrix(np.eye(3, dtype=np.float32)), AssistantSettings())
    state = assistant.state_dict()
    del state["label"]
    state["loss_average"] = 1.25
    assistant.load_state_dict(state)
    assert assistant.loss_average == 1.25


def test_the_registry_names_every_label_and_refuses_an_unknown_one():
    assert LABELS[:3] == ("paper", "learnability", "noise-aware")
    with pytest.raises(ValueError, match="label must be one of paper, learnability, noise-aware"):
        label_class("oracle")


@pytest.mark.parametrize("quantile", [0.5, 1.0])
def test_a_label_checks_its_options_where_they_are_declared(quantile):
    with pytest.raises(ValueError, match=r"--assistant-noise-quantile must be in \(0.5, 1\)"):
        NoiseAwareOptions(quantile)


@pytest.mark.parametrize("kind", LABELS)
def test_the_oracle_is_the_online_rule_on_all_pairs_at_once(kind):
    """Exact running averages are those of one batch holding every pair: the online
    rule fed the whole set once (after its previous visit, for labels that need one)
    labels every pair as the oracle does."""
    rng = np.random.default_rng(7)
    pairs = 500
    lengths = rng.integers(1, 30, pairs)
    previous = rng.uniform(0.5, 6.0, pairs)
    now = previous - rng.uniform(-0.5, 2.0, pairs)
    inputs = inputs_for(kind, pairs)
    label = build_label(kind, pairs, 0.9, inputs=inputs)
    ids = np.arange(pairs)
    if label.needs_previous_visit:
        label.label(ids, previous * lengths, lengths)
    online = label.label(ids, now * lengths, lengths)
    assert online.mask.all()
    oracle = label_class(kind).oracle(now, previous if label.needs_previous_visit else None,
                                      label.options, inputs)
    np.testing.assert_array_equal(online.labels, oracle)
    assert 0.05 < oracle.mean() < 0.95  # the case separates pairs


def task_with(data, *options):
    """The task, with its training set (and Assistant) loaded, for these options."""
    from fairseq import tasks

    from conftest import TINY_MODEL, training_config

    cfg = training_config(data, "--save-dir", str(data / "unused"), *TINY_MODEL, *options)
    task = tasks.setup_task(cfg.task)
    task.load_dataset(cfg.dataset.train_subset)
    return task


def through_a_checkpoint(task) -> dict:
    """The task's checkpoint state after torch.save and a weights_only torch.load."""
    buffer = io.BytesIO()
    torch.save(task.get_checkpoint_dict(), buffer)
    buffer.seek(0)
    return torch.load(buffer, weights_only=True)["AutoAssistTranslationTask"]


@pytest.mark.parametrize("kind", ["learnability", "noise-aware"])
def test_label_state_round_trips_through_the_task_checkpoint(tiny_bin, kind):
    task = task_with(tiny_bin, "--assistant-label", kind)
    pairs = task.assistant.num_pairs
    rng = np.random.default_rng(3)
    for _ in range(6):
        ids = rng.choice(pairs, 40, replace=False)
        task.assistant.observe(ids, rng.uniform(1, 30, 40), rng.integers(1, 10, 40))
    saved = through_a_checkpoint(task)
    label = saved["autoassist"]["label"]
    if kind == "learnability":
        assert label["last_losses"].dtype == torch.float32
        assert label["last_losses"].shape == (pairs,)
    resumed = task_with(tiny_bin, "--assistant-label", kind)
    resumed.set_checkpoint_dict(saved)
    for key, value in task.assistant.label.state_dict().items():
        np.testing.assert_array_equal(resumed.assistant.label.state_dict()[key], value)
    assert resumed.assistant.fingerprint() == task.assistant.fingerprint()

    fresh = task_with(tiny_bin, "--assistant-label", kind, "--reset-assistant")
    fresh.set_checkpoint_dict(saved)
    assert fresh.assistant.steps == 0
    assert fresh.assistant.label.summary() == build_label(kind, pairs, 0.95).summary()
    for each in (task, resumed, fresh):
        each.worker.close()


def test_a_task_checkpoint_with_another_number_of_pairs_is_refused(tiny_bin):
    task = task_with(tiny_bin, "--assistant-label", "learnability")
    saved = through_a_checkpoint(task)
    saved["autoassist"]["label"]["last_losses"] = torch.zeros(7)
    with pytest.raises(ValueError, match=r"last losses of 7 training pairs.*--reset-assistant"):
        task.set_checkpoint_dict(saved)
    task.worker.close()


UNBIASED_TOLERANCE = 0.02  # of the full data's mean normalised loss


def test_weighting_by_inverse_keep_probability_makes_the_threshold_the_full_datas_mean():
    """Under shrinking the Boss sees mostly hard pairs: the moving average over the kept
    pairs sits above the training set's mean, unless each kept pair weighs 1 / p_keep."""
    rng = np.random.default_rng(5)
    normalised = rng.lognormal(1.0, 0.5, 20000)  # every pair's loss per target token
    rank = np.argsort(np.argsort(normalised)) / len(normalised)
    keep = 0.1 + 0.8 * rank  # harder pairs are kept more often, as shrinking does
    plain, weighted = build_label("paper", 20000, 0.99), build_label("paper", 20000, 0.99)
    for _ in range(1500):
        candidates = rng.integers(0, len(normalised), 256)
        kept = candidates[rng.random(256) < keep[candidates]]
        lengths = np.ones(len(kept))
        plain.label(kept, normalised[kept], lengths)
        weighted.label(kept, normalised[kept], lengths, weights=1.0 / keep[kept])
    mean = normalised.mean()
    assert abs(weighted.loss_average - mean) < UNBIASED_TOLERANCE * mean
    assert plain.loss_average - mean > 5 * UNBIASED_TOLERANCE * mean


@pytest.mark.parametrize("kind", LABELS)
def test_weights_of_one_change_no_label(kind):
    rng = np.random.default_rng(2)
    inputs = inputs_for(kind, 50)
    plain = build_label(kind, 50, 0.9, inputs=inputs)
    weighted = build_label(kind, 50, 0.9, inputs=inputs)
    for _ in range(4):
        ids = rng.choice(50, 30, replace=False)
        losses, lengths = rng.uniform(0.5, 9, 30), rng.integers(1, 9, 30)
        a = plain.label(ids, losses, lengths)
        b = weighted.label(ids, losses, lengths, weights=np.ones(30))
        np.testing.assert_array_equal(a.labels, b.labels)
    for key, value in plain.state_dict().items():
        np.testing.assert_allclose(weighted.state_dict()[key], value, rtol=1e-12)
