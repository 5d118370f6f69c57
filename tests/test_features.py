"""Feature rows computed from token ids on request: the same rows as a stored matrix,
read straight from fairseq's memory-mapped data, with nothing stored per pair."""
import tracemalloc

import numpy as np
import pytest
import torch
from fairseq.data import ConcatDataset, PrependTokenDataset, data_utils
from fairseq.data.indexed_dataset import MMapIndexedDatasetBuilder

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.features import (
    FeatureMatrix, TokenFeatures, build_pair_features, dataset_pair_features,
)
from fairseq_autoassist.pair_tokens import (
    ConcatTokens, PerPairTokens, TokenArray, TokenList, side_tokens,
)

VOCAB = 40
SPECIALS = 4


def random_sentences(count, rng, unknowns=True):
    """Sentences ending in EOS (2), with a few unknowns (3) and a BOS (0) here and there."""
    sentences = []
    for _ in range(count):
        body = rng.integers(4, VOCAB, size=rng.integers(1, 12))
        if unknowns and rng.random() < 0.3:
            body[rng.integers(len(body))] = 3
        if unknowns and rng.random() < 0.1:
            body = np.concatenate([[0], body])
        sentences.append(np.append(body, 2))
    return sentences


def token_features(sources, targets, kind="tf"):
    source, target = TokenList(sources), TokenList(targets)
    return TokenFeatures(source, target, source.sizes, target.sizes, VOCAB, SPECIALS, kind)


def special_free_weights(rng, num_features):
    """Weights as the Assistant holds them: no gradient ever reaches a special's column."""
    weights = rng.normal(size=num_features)
    weights[:SPECIALS] = 0.0
    weights[VOCAB:VOCAB + SPECIALS] = 0.0
    return weights


@pytest.mark.parametrize("kind", ["tf", "tfidf"])
def test_rows_on_request_score_and_train_as_the_stored_matrix(kind):
    rng = np.random.default_rng(0)
    sources, targets = random_sentences(300, rng), random_sentences(300, rng)
    on_request = token_features(sources, targets, kind)
    stored = FeatureMatrix(build_pair_features(sources, targets, VOCAB, range(SPECIALS), kind))
    weights = special_free_weights(rng, on_request.num_features)
    for ids in (rng.integers(0, 300, 64), np.arange(300), np.array([5, 5, 7])):
        np.testing.assert_allclose(on_request.rows(ids).logits(weights, 0.3),
                                   stored.rows(ids).logits(weights, 0.3), rtol=1e-6, atol=1e-6)
        residuals = rng.normal(size=len(ids))
        columns, values = on_request.rows(ids).gradient(residuals)
        stored_columns, stored_values = stored.rows(ids).gradient(residuals)
        np.testing.assert_array_equal(columns, stored_columns)
        np.testing.assert_allclose(values, stored_values, rtol=1e-6, atol=1e-6)


def test_an_assistant_on_requested_rows_learns_what_one_on_the_matrix_learns():
    rng = np.random.default_rng(1)
    sources, targets = random_sentences(200, rng), random_sentences(200, rng)
    hard = np.array([7 in s for s in sources])
    on_request = TokenAssistant(token_features(sources, targets), AssistantSettings())
    stored = TokenAssistant(build_pair_features(sources, targets, VOCAB, range(SPECIALS)),
                            AssistantSettings())
    for _ in range(100):
        ids = rng.integers(0, 200, 32)
        lengths = np.array([len(targets[i]) for i in ids])
        losses = np.where(hard[ids], 4.0, 1.0) * lengths
        on_request.observe(ids, losses, lengths)
        stored.observe(ids, losses, lengths)
    np.testing.assert_allclose(on_request.weights, stored.weights, atol=1e-6)
    assert on_request.confidence == pytest.approx(stored.confidence, abs=1e-9)
    ids = np.arange(200)
    np.testing.assert_allclose(on_request.score(ids), stored.score(ids), atol=1e-6)
    assert on_request.score(np.flatnonzero(hard)).mean() > on_request.score(
        np.flatnonzero(~hard)).mean() + 0.2


def test_sentences_of_specials_only_and_empty_ones_get_no_token_features():
    sources = [np.array([2]), np.array([], dtype=np.int64), np.array([5, 2])]
    features = token_features(sources, sources)
    matrix = features.matrix().toarray()
    assert matrix[0, :2 * VOCAB].sum() == 0 and matrix[1, :2 * VOCAB].sum() == 0
    assert matrix[2, 5] == pytest.approx(1.0)
    weights = special_free_weights(np.random.default_rng(2), features.num_features)
    np.testing.assert_allclose(features.rows(np.arange(3)).logits(weights, 0.0),
                               features.matrix() @ weights, rtol=1e-6)


def test_a_token_beyond_the_dictionary_names_the_dictionary_and_the_fix():
    features = token_features([np.array([5, 2])], [np.array([VOCAB + 3, 2])])
    with pytest.raises(ValueError, match=r"different dictionary.*--srcdict/--tgtdict"):
        features.rows(np.array([0])).logits(np.zeros(features.num_features), 0.0)


def write_mmap(path, sentences):
    builder = MMapIndexedDatasetBuilder(f"{path}.bin", dtype=np.uint16)
    for sentence in sentences:
        builder.add_item(torch.tensor(sentence, dtype=torch.int64))
    builder.finalize(f"{path}.idx")
    return data_utils.load_indexed_dataset(str(path), None, "mmap")


def test_fairseq_mmap_data_is_read_as_one_array_and_agrees_with_the_dataset(tmp_path):
    rng = np.random.default_rng(3)
    sentences = random_sentences(500, rng)
    dataset = write_mmap(tmp_path / "train", sentences)
    reader = side_tokens(dataset, SPECIALS)
    assert isinstance(reader, TokenArray)
    ids = rng.integers(0, 500, 100)
    flat, lengths = reader.gather(ids)
    expected_flat, expected_lengths = PerPairTokens(dataset).gather(ids)
    np.testing.assert_array_equal(flat, expected_flat)
    np.testing.assert_array_equal(lengths, expected_lengths)
    # BOS prepended by fairseq (--prepend-bos): the features leave specials out anyway
    assert side_tokens(PrependTokenDataset(dataset, 0), SPECIALS) is not None
    assert isinstance(side_tokens(PrependTokenDataset(dataset, 0), SPECIALS), TokenArray)
    assert isinstance(side_tokens(PrependTokenDataset(dataset, 9), SPECIALS), PerPairTokens)


def test_concatenated_and_upsampled_files_map_each_id_to_its_part(tmp_path):
    rng = np.random.default_rng(4)
    first = write_mmap(tmp_path / "train", random_sentences(30, rng))
    second = write_mmap(tmp_path / "train1", random_sentences(20, rng))
    concatenated = ConcatDataset([first, second], sample_ratios=[2, 1])  # 60 + 20 ids
    reader = side_tokens(concatenated, SPECIALS)
    assert isinstance(reader, ConcatTokens) and len(reader) == 80
    ids = np.array([79, 0, 45, 31, 60, 2, 59, 30])
    flat, lengths = reader.gather(ids)
    expected_flat, expected_lengths = PerPairTokens(concatenated).gather(ids)
    np.testing.assert_array_equal(flat, expected_flat)
    np.testing.assert_array_equal(lengths, expected_lengths)


class _Pairs:
    """The parts of a LanguagePairDataset that the features read."""

    def __init__(self, src, tgt):
        self.src, self.tgt = src, tgt
        self.src_sizes, self.tgt_sizes = src.sizes, tgt.sizes


class _Dictionary:
    nspecial = SPECIALS

    def __len__(self):
        return VOCAB


def building_peak(tmp_path, count):
    """Peak bytes Python allocates while building an Assistant on ``count`` pairs."""
    sentences = random_sentences(count, np.random.default_rng(5), unknowns=False)
    pairs = _Pairs(write_mmap(tmp_path / f"src{count}", sentences),
                   write_mmap(tmp_path / f"tgt{count}", sentences))
    tracemalloc.start()
    assistant = TokenAssistant(dataset_pair_features(pairs, _Dictionary(), _Dictionary()),
                               AssistantSettings())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert assistant.num_pairs == count
    return peak


def test_the_features_of_a_training_set_cost_nothing_per_pair(tmp_path):
    small, large = building_peak(tmp_path, 10_000), building_peak(tmp_path, 50_000)
    # (numpy's cast buffers cap at 8,192 values, hence two sizes above that) the
    # matrix of every row cost about 8 bytes per token: 40,000 more pairs of ~7
    # tokens a side would be some 4.5 MB; the rows on request cost no byte per pair
    assert large - small < 4_000, (small, large)
