"""Token features of sentence pairs for the Assistant, computed when they are needed.

Pair ``i``'s feature row is laid out as ``[source tokens (V) | target tokens (V) | |x| |
|y|]``: the token columns hold the term frequency of each token normalised by the
sentence length (``tf``), optionally multiplied by the token's inverse document
frequency over the training set (``tfidf``); the two length columns hold the lengths
divided by the mean length, so that they are of order one like the token features.
Special symbols (padding, BOS/EOS, unknown: the dictionary's first ``nspecial`` ids)
never get a feature, so their weights stay at zero.

Why rows are not stored: a matrix of every pair's row costs about 8 bytes per token in
every data-parallel worker (and building it from fairseq's dataset, pair by pair, far
more), which WMT-sized corpora cannot afford (docs/scale.md). The Assistant only ever
needs the rows of the candidates it scores and of the pairs it trains on, so
:class:`TokenFeatures` gathers those pairs' token ids straight from the memory-mapped
binarised data (:mod:`fairseq_autoassist.pair_tokens`) and computes what is asked of the
rows: the logits ``w . phi + b`` (:meth:`FeatureRows.logits`) and the gradient of the
logistic loss (:meth:`FeatureRows.gradient`). It holds nothing per pair.
:class:`FeatureMatrix` serves the same requests from a stored matrix (tests, tools).

This module knows nothing about fairseq's training loop: it takes token ids.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Protocol, Sequence, Tuple

import numpy as np
import scipy.sparse as sp

from .pair_tokens import SentenceTokens, TokenList, side_tokens

FEATURE_KINDS = ("tf", "tfidf")
# pairs per chunk when a pass over the whole training set is needed (tfidf's counts)
_PASS_CHUNK = 200_000


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


class FeatureRows(Protocol):
    """The feature rows of some pairs, as one training step or one scoring needs them."""

    def logits(self, weights: np.ndarray, bias: float) -> np.ndarray:
        """``phi . weights + bias`` of each row."""

    def gradient(self, residuals: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """``phi^T residuals`` on the columns present in the rows: ``(columns, values)``,
        the columns sorted."""


class FeatureSource(Protocol):
    """Feature rows of a training set's pairs, by pair id."""

    num_pairs: int
    num_features: int

    def rows(self, ids: np.ndarray) -> FeatureRows: ...


class _MatrixRows:
    def __init__(self, rows: sp.csr_matrix) -> None:
        self.matrix = rows

    def logits(self, weights: np.ndarray, bias: float) -> np.ndarray:
        return self.matrix @ weights + bias

    def gradient(self, residuals: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        touched = np.unique(self.matrix.indices)
        return touched, (self.matrix.T @ residuals)[touched]


class FeatureMatrix:
    """Feature rows served from a stored sparse matrix (one row per pair)."""

    def __init__(self, matrix) -> None:
        self.matrix = matrix if sp.isspmatrix_csr(matrix) else sp.csr_matrix(matrix)
        self.num_pairs, self.num_features = self.matrix.shape

    def rows(self, ids: np.ndarray) -> _MatrixRows:
        return _MatrixRows(self.matrix[ids])


def as_feature_source(features) -> FeatureSource:
    """A feature source as given, or a stored matrix served as one."""
    return features if hasattr(features, "rows") else FeatureMatrix(features)


class _GatheredSide:
    """One side's token ids of some pairs, back to back, and where each pair starts."""

    def __init__(self, sentences: SentenceTokens, ids: np.ndarray, vocab_size: int) -> None:
        self.tokens, self.lengths = sentences.gather(ids)  # tokens as stored (uint16)
        self.offsets = np.cumsum(self.lengths) - self.lengths
        self.vocab_size = vocab_size
        # reduceat sums each pair's tokens when no pair is empty (binarised text)
        self.all_nonempty = bool(len(self.lengths)) and bool(self.lengths.min() > 0)

    def lookup(self, table: np.ndarray) -> np.ndarray:
        """``table[token]`` for every token; a token beyond the dictionary is an error."""
        try:
            return np.take(table, self.tokens)
        except IndexError:
            raise ValueError(
                f"token id {int(self.tokens.max())} out of range [0, {self.vocab_size}): the "
                "data was binarised with a different dictionary; binarise every part of "
                "the training data with the dictionaries of the first (fairseq-preprocess "
                "--srcdict/--tgtdict)") from None

    def specials_per_pair(self, num_specials: int) -> np.ndarray:
        """How many specials each pair holds. Binarised text holds one, the final EOS,
        in almost every sentence: checked at a glance, counted pair by pair otherwise."""
        special = self.tokens < num_specials
        if self.all_nonempty and np.count_nonzero(special) == len(self.lengths) \
                and special[self.offsets + self.lengths - 1].all():
            return np.ones(len(self.lengths), dtype=np.int64)
        return self.per_pair_sums(special).astype(np.int64)

    def per_pair_sums(self, values: np.ndarray) -> np.ndarray:
        """The sum of ``values`` (one per token) over each pair's tokens."""
        if self.all_nonempty:
            return np.add.reduceat(values, self.offsets, dtype=np.float64)
        rows = np.repeat(np.arange(len(self.lengths)), self.lengths)
        return np.bincount(rows, weights=values, minlength=len(self.lengths))


class _TokenRows:
    """The feature rows of some pairs, from their gathered token ids: scoring reads
    one weight per token and sums per pair (specials' weights stay zero, since no
    gradient ever reaches them); a training step also needs the rows' columns."""

    def __init__(self, features: "TokenFeatures", ids: np.ndarray) -> None:
        self.features = features
        self.ids = ids
        vocab_size = features.layout.vocab_size
        self.sides = (_GatheredSide(features.sources, ids, vocab_size),
                      _GatheredSide(features.targets, ids, vocab_size))
        self.num_rows = len(ids)
        specials = features.num_specials
        # each pair's tokens that count (specials are left out of the tf's length)
        self.counted = [side.lengths - side.specials_per_pair(specials) for side in self.sides]

    @property
    def length_values(self) -> np.ndarray:
        """(rows, 2): the two length features."""
        features = self.features
        return np.stack([features.source_lengths[self.ids] / features.mean_lengths[0],
                         features.target_lengths[self.ids] / features.mean_lengths[1]], axis=1)

    def _token_weights(self, weights: np.ndarray, side: int) -> np.ndarray:
        """The side's block of ``weights``, times the IDF for tfidf."""
        layout = self.features.layout
        offset = (layout.source_offset, layout.target_offset)[side]
        block = weights[offset:offset + layout.vocab_size]
        idf = self.features.idf
        return block if idf is None else block * idf[side]

    def logits(self, weights: np.ndarray, bias: float) -> np.ndarray:
        features = self.features
        source_column, target_column = features.layout_length_columns
        total = features.source_lengths[self.ids] * (
            weights[source_column] / features.mean_lengths[0])
        total += features.target_lengths[self.ids] * (
            weights[target_column] / features.mean_lengths[1]) + bias
        for index, side in enumerate(self.sides):
            sums = side.per_pair_sums(side.lookup(self._token_weights(weights, index)))
            total += sums / np.maximum(self.counted[index], 1)
        return total

    def triples(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of every counted token occurrence, both sides."""
        layout, features = self.features.layout, self.features
        parts = []
        for side_index, side in enumerate(self.sides):
            row_of = np.repeat(np.arange(self.num_rows), side.lengths)
            counted = side.tokens >= features.num_specials
            row_of, tokens = row_of[counted], side.tokens[counted].astype(np.int64)
            values = 1.0 / np.maximum(self.counted[side_index], 1)[row_of]
            if features.idf is not None:
                values = values * features.idf[side_index][tokens]
            offset = (layout.source_offset, layout.target_offset)[side_index]
            parts.append((row_of, tokens + offset, values))
        return tuple(np.concatenate(group) for group in zip(*parts))

    def gradient(self, residuals: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        row_of, columns, values = self.triples()
        touched, position = np.unique(columns, return_inverse=True)
        token_part = np.bincount(position, weights=residuals[row_of] * values,
                                 minlength=len(touched))
        lengths = residuals @ self.length_values
        return (np.concatenate([touched, np.asarray(self.features.layout_length_columns)]),
                np.concatenate([token_part, lengths]))

    def matrix(self) -> sp.csr_matrix:
        """The rows as the stored matrix would hold them (float32, sorted columns)."""
        row_of, columns, values = self.triples()
        length_columns = np.asarray(self.features.layout_length_columns)
        rows = np.concatenate([row_of, np.repeat(np.arange(self.num_rows), 2)])
        columns = np.concatenate([columns, np.tile(length_columns, self.num_rows)])
        values = np.concatenate([values, self.length_values.ravel()])
        matrix = sp.csr_matrix((values, (rows, columns)),
                               shape=(self.num_rows, self.features.num_features))
        matrix.sum_duplicates()
        matrix.eliminate_zeros()
        return matrix.astype(np.float32)


class TokenFeatures:
    """Feature rows computed from the pairs' token ids whenever they are asked for.

    ``sources`` and ``targets`` give each pair's token ids
    (:class:`~fairseq_autoassist.pair_tokens.SentenceTokens`); ``source_lengths`` and
    ``target_lengths`` the lengths the length features use (the dataset's sizes: they
    count specials, as fairseq does). Ids below ``num_specials`` are specials. ``tfidf``
    counts each token's document frequency in one pass over the pairs, here.
    """

    def __init__(self, sources: SentenceTokens, targets: SentenceTokens,
                 source_lengths: np.ndarray, target_lengths: np.ndarray, vocab_size: int,
                 num_specials: int, kind: str = "tf") -> None:
        if kind not in FEATURE_KINDS:
            raise ValueError(f"unknown feature kind {kind!r}; choose one of {FEATURE_KINDS}")
        if not (len(sources) == len(targets) == len(source_lengths) == len(target_lengths)):
            raise ValueError(f"{len(sources)} source sentences but {len(targets)} target "
                             "sentences")
        self.sources, self.targets = sources, targets
        self.source_lengths, self.target_lengths = source_lengths, target_lengths
        self.layout = FeatureLayout(vocab_size)
        self.num_pairs = len(sources)
        self.num_features = self.layout.num_features
        self.num_specials = num_specials
        self.kind = kind
        # lengths divided by their mean over the training set (sums of integers: exact)
        self.mean_lengths = tuple(
            max(float(np.mean(lengths)), 1.0) if len(lengths) else 1.0
            for lengths in (source_lengths, target_lengths))
        self.idf: Optional[Tuple[np.ndarray, np.ndarray]] = None
        if kind == "tfidf":
            self.idf = (self._inverse_document_frequency(sources),
                        self._inverse_document_frequency(targets))

    # ---- per request ---------------------------------------------------------------

    @property
    def layout_length_columns(self) -> Tuple[int, int]:
        return (self.layout.source_length_column, self.layout.target_length_column)

    def rows(self, ids: np.ndarray) -> _TokenRows:
        return _TokenRows(self, np.asarray(ids, dtype=np.int64))

    def matrix(self, ids: Optional[np.ndarray] = None) -> sp.csr_matrix:
        """The stored-matrix form of the rows ``ids`` (all pairs by default)."""
        return self.rows(np.arange(self.num_pairs) if ids is None else ids).matrix()

    # ---- once ----------------------------------------------------------------------

    def _inverse_document_frequency(self, tokens: SentenceTokens) -> np.ndarray:
        """Smoothed IDF per token: ``log((1 + n) / (1 + df))  + 1``, with ``df`` the
        number of pairs holding the token, counted in chunks (bounded memory)."""
        vocab_size = self.layout.vocab_size
        frequency = np.zeros(vocab_size, dtype=np.int64)
        for start in range(0, self.num_pairs, _PASS_CHUNK):
            ids = np.arange(start, min(start + _PASS_CHUNK, self.num_pairs))
            flat, lengths = tokens.gather(ids)
            row_of = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
            counted = flat >= self.num_specials
            keys = np.unique(row_of[counted] * vocab_size + flat[counted])
            frequency += np.bincount(keys % vocab_size, minlength=vocab_size)
        return np.log((1.0 + self.num_pairs) / (1.0 + frequency)) + 1.0


def build_pair_features(
    sources: Sequence[np.ndarray],
    targets: Sequence[np.ndarray],
    vocab_size: int,
    special_ids: Iterable[int],
    kind: str = "tf",
) -> sp.csr_matrix:
    """The stored feature matrix of the pairs given (rows), for tools and tests.

    Specials are ``special_ids``, which must be the dictionary's first ids."""
    specials = sorted(set(special_ids))
    if specials != list(range(len(specials))):
        raise ValueError(f"special ids must be the dictionary's first ids, got {specials}")
    if len(sources) != len(targets):
        raise ValueError(f"{len(sources)} source sentences but {len(targets)} target sentences")
    for side in (sources, targets):
        for sentence in side:
            if len(sentence) and (np.min(sentence) < 0 or np.max(sentence) >= vocab_size):
                raise ValueError(
                    f"token id out of range [0, {vocab_size}): the data was binarised with "
                    "a different dictionary")
    source_tokens, target_tokens = TokenList(sources), TokenList(targets)
    return TokenFeatures(source_tokens, target_tokens, source_tokens.sizes,
                         target_tokens.sizes, vocab_size, len(specials), kind).matrix()


def dataset_pair_features(dataset, src_dict, tgt_dict, kind: str = "tf") -> TokenFeatures:
    """The features of every pair of a fairseq ``LanguagePairDataset``, from its ``src``
    and ``tgt`` token ids (read per request), its sizes and the dictionaries."""
    num_specials = max(src_dict.nspecial, tgt_dict.nspecial)
    return TokenFeatures(
        side_tokens(dataset.src, num_specials), side_tokens(dataset.tgt, num_specials),
        np.asarray(dataset.src_sizes), np.asarray(dataset.tgt_sizes),
        max(len(src_dict), len(tgt_dict)), num_specials, kind)
