"""The token ids of many sentences at once, read where fairseq keeps them.

The Assistant's features (:mod:`fairseq_autoassist.features`) need the token ids of the
few thousand pairs a pool scores or an update trains on. Reading them one sentence at a
time through fairseq's dataset costs a Python call and a tensor per sentence; reading
them as one vectorised gather from the memory-mapped ``.bin`` file that fairseq itself
reads costs a few array operations per request and no memory per pair: the token ids
stay in the file (shared by every worker through the page cache), and the per-sentence
offsets are fairseq's own index, a view of the ``.idx`` file.

:func:`side_tokens` picks the fastest reader a dataset allows:

- fairseq's ``MMapIndexedDataset`` (``--dataset-impl mmap``, fairseq-preprocess's
  default): :class:`TokenArray` over its buffer and index (fairseq keeps them as
  ``_bin_buffer`` and ``_index._pointers``; a fairseq without them gets the per-pair
  reader);
- ``ConcatDataset`` (fairseq concatenates ``train``, ``train1``, ... files of one data
  folder, with ``--upsample-primary``): :class:`ConcatTokens` over its parts;
- ``PrependTokenDataset`` / ``AppendTokenDataset`` of a special symbol
  (``--prepend-bos``, language tokens are not special): the wrapped dataset, since the
  features leave specials out;
- anything else (``--truncate-source``, other dataset formats): :class:`PerPairTokens`,
  one ``dataset[i]`` per sentence, still only for the pairs requested.
"""
from __future__ import annotations

import logging
from typing import Protocol, Sequence, Tuple

import numpy as np

logger = logging.getLogger(__name__)


class SentenceTokens(Protocol):
    """The sentences of one side of a training set."""

    def __len__(self) -> int: ...

    def gather(self, ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """The token ids of sentences ``ids``, concatenated, and each one's length."""


class TokenArray:
    """Sentences stored back to back in one array: ``tokens[starts[i]:starts[i] +
    sizes[i]]`` is sentence ``i`` (the layout of fairseq's mmap format)."""

    def __init__(self, tokens: np.ndarray, starts, sizes: np.ndarray, owner=None) -> None:
        self.tokens = tokens
        self.starts = starts
        self.sizes = sizes
        # views of a memory map live only as long as its owner: fairseq's dataset
        # closes the map when it is collected, and reading a view after that crashes
        self.owner = owner

    def __len__(self) -> int:
        return len(self.sizes)

    def gather(self, ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        ids = np.asarray(ids, dtype=np.int64)
        lengths = self.sizes[ids].astype(np.int64)
        if len(ids) == 0:
            return self.tokens[:0], lengths
        ends = np.cumsum(lengths)
        # position j of the output reads tokens[start of its sentence + j - its offset]
        shift = self.starts[ids].astype(np.int64) - (ends - lengths)
        positions = np.repeat(shift, lengths) + np.arange(ends[-1])
        return np.take(self.tokens, positions), lengths


class TokenList(TokenArray):
    """Sentences given as a list of arrays (tests, tools), stored back to back."""

    def __init__(self, sentences: Sequence[np.ndarray]) -> None:
        sizes = np.fromiter((len(s) for s in sentences), dtype=np.int64, count=len(sentences))
        tokens = (np.concatenate([np.asarray(s, dtype=np.int64) for s in sentences])
                  if len(sentences) else np.zeros(0, dtype=np.int64))
        super().__init__(tokens, np.cumsum(sizes) - sizes, sizes)


class ConcatTokens:
    """The sentences of fairseq's ``ConcatDataset``: each id is mapped to its part (and
    wrapped around the part's size, as ``--upsample-primary`` repeats it)."""

    def __init__(self, parts: Sequence[SentenceTokens], cumulative_sizes: Sequence[int],
                 real_sizes: Sequence[int]) -> None:
        self.parts = list(parts)
        self.cumulative = np.asarray(cumulative_sizes, dtype=np.int64)
        self.real_sizes = np.asarray(real_sizes, dtype=np.int64)

    def __len__(self) -> int:
        return int(self.cumulative[-1]) if len(self.cumulative) else 0

    def gather(self, ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        ids = np.asarray(ids, dtype=np.int64)
        part = np.searchsorted(self.cumulative, ids, side="right")
        first = np.concatenate([[0], self.cumulative[:-1]])
        local = (ids - first[part]) % self.real_sizes[part]
        # each part's sentences in one piece, then the pieces read back in ids' order
        grouped = np.argsort(part, kind="stable")
        pieces = [self.parts[index].gather(local[grouped[part[grouped] == index]])
                  for index in range(len(self.parts))]
        flat = np.concatenate([tokens.astype(np.int64) for tokens, _ in pieces])
        lengths = np.concatenate([lengths for _, lengths in pieces])
        position_in_pieces = np.empty(len(ids), dtype=np.int64)
        position_in_pieces[grouped] = np.arange(len(ids))
        return TokenArray(flat, np.cumsum(lengths) - lengths, lengths).gather(
            position_in_pieces)


class PerPairTokens:
    """Any fairseq dataset of token tensors, one ``dataset[i]`` per sentence requested."""

    def __init__(self, dataset) -> None:
        self.dataset = dataset

    def __len__(self) -> int:
        return len(self.dataset)

    def gather(self, ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        sentences = [np.asarray(self.dataset[int(i)]) for i in ids]
        lengths = np.fromiter((len(s) for s in sentences), np.int64, len(sentences))
        flat = (np.concatenate([s.astype(np.int64) for s in sentences]) if sentences
                else np.zeros(0, dtype=np.int64))
        return flat, lengths


def mmap_tokens(dataset) -> TokenArray:
    """fairseq's memory-mapped dataset read as one array (no copy: views of its files)."""
    index = dataset._index
    tokens = np.frombuffer(dataset._bin_buffer, dtype=index.dtype)
    itemsize = np.dtype(index.dtype).itemsize
    return TokenArray(tokens, _ElementOffsets(index._pointers, itemsize), index.sizes,
                      owner=dataset)


class _ElementOffsets:
    """fairseq's byte offsets as element offsets, converted only for the ids asked for
    (a converted copy would cost 8 bytes per sentence)."""

    def __init__(self, byte_offsets: np.ndarray, itemsize: int) -> None:
        self.byte_offsets = byte_offsets
        self.itemsize = itemsize

    def __getitem__(self, ids) -> np.ndarray:
        return self.byte_offsets[ids] // self.itemsize

    def __len__(self) -> int:
        return len(self.byte_offsets)


def side_tokens(dataset, num_specials: int) -> SentenceTokens:
    """The fastest reader of ``dataset``'s sentences (see the module's docstring)."""
    from fairseq.data import AppendTokenDataset, ConcatDataset, PrependTokenDataset
    from fairseq.data.indexed_dataset import MMapIndexedDataset

    if isinstance(dataset, MMapIndexedDataset) and hasattr(dataset, "_bin_buffer") \
            and hasattr(getattr(dataset, "_index", None), "_pointers"):
        return mmap_tokens(dataset)
    if type(dataset) is ConcatDataset:
        return ConcatTokens([side_tokens(part, num_specials) for part in dataset.datasets],
                            dataset.cumulative_sizes, dataset.real_sizes)
    if type(dataset) in (PrependTokenDataset, AppendTokenDataset) and (
            dataset.token is None or dataset.token < num_specials):
        return side_tokens(dataset.dataset, num_specials)
    logger.info("AutoAssist: the Assistant reads %s's sentences one by one (no "
                "vectorised reader for it; scoring is slower)", type(dataset).__name__)
    return PerPairTokens(dataset)
