"""Token features of sentence pairs for the Assistant, as one sparse matrix.

Row ``i`` describes pair ``i`` of the training set. Its columns are laid out as
``[source tokens (V) | target tokens (V) | |x| | |y|]``: the token columns hold the
term frequency of each token normalised by the sentence length (``tf``), optionally
multiplied by the token's inverse document frequency over the training set (``tfidf``);
the two length columns hold the lengths divided by the mean length, so that they are
of order one like the token features. Special symbols (padding, BOS/EOS, unknown)
never get a feature, so their weights stay at zero.

This module knows nothing about fairseq: it takes token ids as numpy arrays.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

FEATURE_KINDS = ("tf", "tfidf")


@dataclass(frozen=True)
class FeatureLayout:
    """Where each group of features lives in a row; shared by the matrix and the weights."""

    vocab_size: int

    @property
    def source_offset(self) -> int:
        return 0

    @property
    def target_offset(self) -> int:
        return self.vocab_size

    @property
    def source_length_column(self) -> int:
        return 2 * self.vocab_size

    @property
    def target_length_column(self) -> int:
        return 2 * self.vocab_size + 1

    @property
    def num_features(self) -> int:
        return 2 * self.vocab_size + 2


def _side_tf(
    sentences: Sequence[np.ndarray], vocab_size: int, special_ids: np.ndarray
) -> sp.csr_matrix:
    """Length-normalised token counts of one side, specials removed (rows x V)."""
    lengths = np.fromiter((len(s) for s in sentences), dtype=np.int64, count=len(sentences))
    tokens = (
        np.concatenate([np.asarray(s, dtype=np.int64) for s in sentences])
        if len(sentences)
        else np.zeros(0, dtype=np.int64)
    )
    if tokens.size and (tokens.min() < 0 or tokens.max() >= vocab_size):
        raise ValueError(
            f"token id out of range [0, {vocab_size}): min {tokens.min()}, max {tokens.max()}; "
            "the data was binarised with a different dictionary"
        )
    rows = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
    keep = ~np.isin(tokens, special_ids)
    rows, tokens = rows[keep], tokens[keep]
    counted_lengths = np.bincount(rows, minlength=len(sentences)).astype(np.float64)
    weights = 1.0 / np.maximum(counted_lengths[rows], 1.0)
    matrix = sp.csr_matrix(
        (weights, (rows, tokens)), shape=(len(sentences), vocab_size), dtype=np.float64
    )
    matrix.sum_duplicates()
    return matrix


def inverse_document_frequency(tf: sp.csr_matrix) -> np.ndarray:
    """Smoothed IDF per column: ``log((1 + n) / (1 + df)) + 1``, as in common practice."""
    document_frequency = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float64)
    return np.log((1.0 + tf.shape[0]) / (1.0 + document_frequency)) + 1.0


def build_pair_features(
    sources: Sequence[np.ndarray],
    targets: Sequence[np.ndarray],
    vocab_size: int,
    special_ids: Iterable[int],
    kind: str = "tf",
) -> sp.csr_matrix:
    """Feature matrix of all pairs (rows) for the layout of :class:`FeatureLayout`.

    The IDF of ``tfidf`` is computed once here, over the rows given, per side.
    """
    if kind not in FEATURE_KINDS:
        raise ValueError(f"unknown feature kind {kind!r}; choose one of {FEATURE_KINDS}")
    if len(sources) != len(targets):
        raise ValueError(f"{len(sources)} source sentences but {len(targets)} target sentences")
    specials = np.asarray(sorted(set(special_ids)), dtype=np.int64)
    source_tf = _side_tf(sources, vocab_size, specials)
    target_tf = _side_tf(targets, vocab_size, specials)
    if kind == "tfidf":
        source_tf = source_tf @ sp.diags(inverse_document_frequency(source_tf))
        target_tf = target_tf @ sp.diags(inverse_document_frequency(target_tf))
    source_len = np.array([len(s) for s in sources], dtype=np.float64)
    target_len = np.array([len(t) for t in targets], dtype=np.float64)
    lengths = np.stack(
        [
            source_len / max(source_len.mean(), 1.0) if len(source_len) else source_len,
            target_len / max(target_len.mean(), 1.0) if len(target_len) else target_len,
        ],
        axis=1,
    )
    matrix = sp.hstack([source_tf, target_tf, sp.csr_matrix(lengths)], format="csr")
    matrix.sort_indices()
    return matrix.astype(np.float32)


def dataset_pair_features(dataset, src_dict, tgt_dict, kind: str = "tf") -> sp.csr_matrix:
    """The feature matrix of every pair of a fairseq ``LanguagePairDataset`` (its ``src``
    and ``tgt`` token ids, the dictionaries' sizes and special symbols)."""
    sources = [dataset.src[i].numpy() for i in range(len(dataset))]
    targets = [dataset.tgt[i].numpy() for i in range(len(dataset))]
    vocab_size = max(len(src_dict), len(tgt_dict))
    specials = range(max(src_dict.nspecial, tgt_dict.nspecial))
    return build_pair_features(sources, targets, vocab_size, specials, kind=kind)
