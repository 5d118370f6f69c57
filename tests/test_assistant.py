"""The Assistant, its features and the shrinking rule, on synthetic pairs."""
import numpy as np
import pytest
import scipy.sparse as sp

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.features import FeatureLayout, build_pair_features
from fairseq_autoassist.shrinking import KeepDecisions, ShrinkingRule

VOCAB = 50
SPECIALS = range(4)
HARD_TOKENS = {7, 8}


def synthetic_pairs(count, seed=0):
    """Random pairs; those whose source holds a hard token carry high losses."""
    rng = np.random.default_rng(seed)
    sources, targets, hard = [], [], []
    for _ in range(count):
        src = rng.integers(4, VOCAB, size=rng.integers(3, 15))
        tgt = np.append(rng.integers(4, VOCAB, size=rng.integers(3, 15)), 2)  # EOS
        sources.append(src)
        targets.append(tgt)
        hard.append(bool(HARD_TOKENS & set(src.tolist())))
    return sources, targets, np.array(hard)


def losses_for(ids, hard, targets, rng):
    lengths = np.array([len(targets[i]) for i in ids])
    per_token = np.where(hard[ids], 4.0, 1.0) + rng.normal(0, 0.3, len(ids))
    return per_token * lengths, lengths


def test_tf_features_are_length_normalised_counts_without_specials():
    features = build_pair_features(
        [np.array([5, 5, 6, 2])], [np.array([9, 1, 2])], 12, SPECIALS, kind="tf"
    )
    layout = FeatureLayout(12)
    row = features.toarray()[0]
    assert row[layout.source_offset + 5] == pytest.approx(2 / 3)
    assert row[layout.source_offset + 6] == pytest.approx(1 / 3)
    assert row[layout.target_offset + 9] == pytest.approx(1.0)
    assert row[list(SPECIALS)].sum() == 0 and row[layout.target_offset + 2] == 0
    assert row[layout.source_length_column] == pytest.approx(1.0)  # one pair: mean length
    assert features.shape == (1, layout.num_features)


def test_tfidf_downweights_tokens_present_everywhere():
    sources = [np.array([5, 6]), np.array([5, 7]), np.array([5, 8])]
    features = build_pair_features(sources, sources, 10, SPECIALS, kind="tfidf").toarray()
    assert features[0, 5] < features[0, 6]


def test_features_reject_unknown_kind_and_out_of_range_tokens():
    with pytest.raises(ValueError, match="unknown feature kind 'bm25'"):
        build_pair_features([np.array([5])], [np.array([5])], 10, SPECIALS, kind="bm25")
    with pytest.raises(ValueError, match="different dictionary"):
        build_pair_features([np.array([12])], [np.array([5])], 10, SPECIALS)


def test_assistant_learns_which_tokens_carry_high_losses_and_gains_confidence():
    sources, targets, hard = synthetic_pairs(3000)
    features = build_pair_features(sources, targets, VOCAB, SPECIALS)
    assistant = TokenAssistant(features, AssistantSettings(learning_rate=1.0))
    rng = np.random.default_rng(1)
    assert assistant.confidence == 0.0 and assistant.floor() == 1.0
    accuracies = []
    for _ in range(300):
        ids = rng.choice(len(sources), size=64, replace=False)
        losses, lengths = losses_for(ids, hard, targets, rng)
        accuracies.append(assistant.observe(ids, losses, lengths).accuracy)
    scores = assistant.score(np.arange(len(sources)))
    assert scores[hard].mean() > 0.75 and scores[~hard].mean() < 0.15
    assert np.mean(accuracies[-50:]) > 0.95 > np.mean(accuracies[:5])
    assert assistant.confidence > 0.9
    assert assistant.floor() == pytest.approx(max(0.1, 1 - assistant.confidence))
    assert assistant.steps == 300 and assistant.pairs_seen == 300 * 64


def test_labels_follow_the_moving_average_of_normalised_losses():
    assistant = TokenAssistant(sp.csr_matrix((4, 6)), AssistantSettings(loss_decay=0.5))
    labels = assistant.labels(np.array([2.0, 8.0, 3.0, 12.0]), np.array([2, 2, 3, 3]))
    # normalised 1, 4, 1, 4 -> mean 2.5 -> labels 0, 1, 0, 1
    assert labels.tolist() == [0, 1, 0, 1] and assistant.loss_average == 2.5
    assistant.labels(np.array([1.0]), np.array([2]))  # mean 0.5 -> 0.5*2.5 + 0.5*0.5
    assert assistant.loss_average == pytest.approx(1.5)


@pytest.mark.parametrize("confidence", [0.0, 0.5, 0.8, 0.97])
@pytest.mark.parametrize("base", [0.0, 0.1, 0.3])
def test_keep_frequencies_match_the_shrinking_formula(base, confidence):
    features = sp.csr_matrix(np.eye(8, dtype=np.float32))
    assistant = TokenAssistant(features, AssistantSettings(base=base))
    assistant.weights[:] = np.linspace(-3, 3, 8)
    assistant.confidence = confidence
    floor = max(base, 1 - confidence)
    expected = floor + (1 - floor) / (1 + np.exp(-assistant.weights))
    rule = KeepDecisions(ShrinkingRule(assistant))
    rng = np.random.default_rng(0)
    draws = 20000
    ids = np.tile(np.arange(8), draws)
    kept = rule.keep_mask(ids, rng).reshape(draws, 8).mean(axis=0)
    tolerance = 4.5 * np.sqrt(expected * (1 - expected) / draws) + 1e-9
    assert np.all(np.abs(kept - expected) <= tolerance), (kept, expected)


def test_base_one_keeps_everything():
    features = sp.csr_matrix(np.eye(5, dtype=np.float32))
    assistant = TokenAssistant(features, AssistantSettings(base=1.0))
    assistant.weights[:] = -50.0
    assistant.confidence = 1.0
    rule = KeepDecisions(ShrinkingRule(assistant))
    assert rule.keep_mask(np.arange(5).repeat(1000), np.random.default_rng(0)).all()


def test_state_round_trip_and_mismatch_message():
    sources, targets, hard = synthetic_pairs(200)
    features = build_pair_features(sources, targets, VOCAB, SPECIALS)
    assistant = TokenAssistant(features, AssistantSettings())
    rng = np.random.default_rng(2)
    for _ in range(5):
        ids = rng.choice(200, 32, replace=False)
        assistant.observe(ids, *losses_for(ids, hard, targets, rng))
    restored = TokenAssistant(features, AssistantSettings())
    restored.load_state_dict(assistant.state_dict())
    assert restored.fingerprint() == assistant.fingerprint()
    assert restored.state_dict()["loss_average"] == assistant.loss_average
    assert restored.confidence == assistant.confidence and restored.steps == 5
    other = TokenAssistant(build_pair_features(sources, targets, VOCAB + 8, SPECIALS),
                           AssistantSettings())
    with pytest.raises(ValueError, match=r"58 dictionary entries.*50 dictionary entries"):
        assistant.load_state_dict(other.state_dict())


def test_observe_rejects_bad_input():
    assistant = TokenAssistant(sp.csr_matrix((3, 6)), AssistantSettings())
    with pytest.raises(ValueError, match="differ in length"):
        assistant.observe(np.array([0, 1]), np.array([1.0]), np.array([1, 1]))
    with pytest.raises(IndexError, match="out of range"):
        assistant.observe(np.array([5]), np.array([1.0]), np.array([1]))


def test_out_of_range_options_are_named_together_with_their_allowed_values():
    from dataclasses import fields
    from types import SimpleNamespace

    from fairseq_autoassist.config import AutoAssistConfig, validate_config

    defaults = {f.name: f.default for f in fields(AutoAssistConfig)
                if f.name.startswith("assistant_")}
    validate_config(SimpleNamespace(**defaults, max_update=0))  # the defaults are valid
    bad = {"assistant_base": 1.5, "assistant_lr": 0.0, "assistant_l2": -1.0,
           "assistant_loss_decay": 1.0, "assistant_label": "oracle"}
    with pytest.raises(ValueError) as error:
        validate_config(SimpleNamespace(**{**defaults, **bad}, max_update=0))
    message = str(error.value)
    for expected in ("--assistant-base must be in [0, 1], got 1.5",
                     "--assistant-lr must be > 0, got 0.0",
                     "--assistant-l2 must be >= 0, got -1.0",
                     "--assistant-loss-decay must be in [0, 1), got 1.0",
                     "--assistant-label must be one of paper, learnability, noise-aware"):
        assert expected in message


def test_an_onset_is_given_once_and_a_fraction_needs_max_update():
    from dataclasses import fields
    from types import SimpleNamespace

    from fairseq_autoassist.config import (
        NOT_YET, AutoAssistConfig, agreement_onset, onset_update, pair_memory_on,
        unbiased_threshold_on, validate_config)
    from fairseq_autoassist.methods import settle_method

    defaults = {f.name: f.default for f in fields(AutoAssistConfig)
                if f.name.startswith("assistant_")}

    def cfg(max_update=1000, **options):
        config = SimpleNamespace(**{**defaults, **options}, max_update=max_update)
        settle_method(config)  # as the task does at start-up
        return config

    paper = {"assistant_selection": "paper"}
    # the defaults: the automatic onset, from the pair memory's agreement, at a keep rate
    assert onset_update(cfg()) == NOT_YET and agreement_onset(cfg()).threshold == 0.92
    assert cfg().assistant_keep_rate == 0.5
    assert onset_update(cfg(**paper)) is None  # the paper's onset, after the warm-up epochs
    assert onset_update(cfg(assistant_onset_updates=300)) == 300
    assert onset_update(cfg(assistant_onset_fraction=0.25)) == 250
    with pytest.raises(ValueError, match="both set an onset"):
        validate_config(cfg(assistant_onset_updates=300, assistant_onset_fraction=0.25))
    with pytest.raises(ValueError, match="fraction of --max-update, which is not set"):
        validate_config(cfg(max_update=0, assistant_onset_fraction=0.25))
    # the automatic onset: not before it fires, or at a fixed onset given too
    assert onset_update(cfg(assistant_onset_agreement=0.92)) == NOT_YET
    # a fixed onset replaces the automatic one; the memory stays as its method set it
    fixed = cfg(assistant_onset_updates=300)
    assert onset_update(fixed) == 300 and agreement_onset(fixed) is None
    assert pair_memory_on(fixed) and unbiased_threshold_on(fixed)
    assert agreement_onset(cfg(**paper)) is None
    assert agreement_onset(cfg(assistant_onset_agreement=0.8)).threshold == 0.8
    # it reads the pair memory: without it, refused rather than switched on
    validate_config(cfg())
    with pytest.raises(ValueError, match="reads the pair memory"):
        validate_config(cfg(**paper, assistant_onset_agreement=0.92))
    validate_config(cfg(**paper, assistant_onset_agreement=0.92, assistant_memory="on"))
    assert not pair_memory_on(cfg(**paper)) and not unbiased_threshold_on(cfg(**paper))
