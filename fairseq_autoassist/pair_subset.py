"""A training set restricted to some of its pairs, without copying the data.

The irreducible-loss half models (:mod:`fairseq_autoassist.half_task`) each train on
half of a corpus. Binarising each half again would double the data on disk and tie
the split to a preprocessing step; this wrapper instead maps its positions
``0..len-1`` to the chosen pair ids of the dataset it wraps.

fairseq's batching asks a dataset for its sizes by position, so every method that
takes positions (``num_tokens``, ``num_tokens_vec``, ``size``, ``sizes``,
``filter_indices_by_size``, ``batch_by_size``, ``prefetch``, ``attr``) maps them;
``BaseWrapperDataset`` alone would hand the wrapped dataset positions that name other
pairs. A sample keeps the wrapped dataset's pair id in ``sample["id"]``, as
``SubsampleDataset`` does: ids then name the same pairs in every half and in the
irreducible-loss file.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from fairseq.data import BaseWrapperDataset, FairseqDataset


class PairSubsetDataset(BaseWrapperDataset):
    """The pairs ``members`` (ids of ``dataset``, any order, no repeats) of ``dataset``;
    position ``i`` is pair ``members[i]``."""

    def __init__(self, dataset, members: Sequence[int]):
        super().__init__(dataset)
        members = np.asarray(members, dtype=np.int64)
        if members.ndim != 1:
            raise ValueError(f"members must be a list of pair ids, got shape {members.shape}")
        if len(members) and (members.min() < 0 or members.max() >= len(dataset)):
            raise ValueError(f"pair ids must lie in [0, {len(dataset)}), got "
                             f"{members.min()} to {members.max()}")
        if len(np.unique(members)) != len(members):
            raise ValueError("members repeats a pair id: a subset holds each pair once")
        self.members = members
        # position of each pair of the wrapped dataset, -1 for the pairs left out
        self._position = np.full(len(dataset), -1, dtype=np.int64)
        self._position[members] = np.arange(len(members))

    def __getitem__(self, index):
        return self.dataset[int(self.members[index])]

    def __len__(self):
        return len(self.members)

    @property
    def sizes(self):
        return self.dataset.sizes[self.members]

    @property
    def src_sizes(self):
        return self.dataset.src_sizes[self.members]

    @property
    def tgt_sizes(self):
        sizes = self.dataset.tgt_sizes
        return None if sizes is None else sizes[self.members]

    @property
    def src_dict(self):
        return self.dataset.src_dict

    @property
    def tgt_dict(self):
        return self.dataset.tgt_dict

    def num_tokens(self, index):
        return self.dataset.num_tokens(int(self.members[index]))

    def num_tokens_vec(self, indices):
        return self.dataset.num_tokens_vec(self.members[np.asarray(indices, dtype=np.int64)])

    def size(self, index):
        return self.dataset.size(int(self.members[index]))

    def attr(self, attr: str, index: int):
        return self.dataset.attr(attr, int(self.members[index]))

    def prefetch(self, indices):
        self.dataset.prefetch(self.members[np.asarray(indices, dtype=np.int64)])

    def ordered_indices(self):
        """The wrapped dataset's order (its shuffling and length sorting, under the
        same seed), restricted to the members."""
        order = np.asarray(self.dataset.ordered_indices(), dtype=np.int64)
        positions = self._position[order]
        return positions[positions >= 0]

    def batch_by_size(self, indices, max_tokens=None, max_sentences=None,
                      required_batch_size_multiple=1):
        # FairseqDataset's, which reads this dataset's num_tokens_vec by position
        return FairseqDataset.batch_by_size(
            self, indices, max_tokens=max_tokens, max_sentences=max_sentences,
            required_batch_size_multiple=required_batch_size_multiple)

    def filter_indices_by_size(self, indices, max_sizes):
        """The wrapped dataset's own filter, on the pairs these positions name; the
        positions kept and those ignored (fairseq reports ``size`` of the latter)."""
        indices = np.asarray(indices, dtype=np.int64)
        kept, ignored = self.dataset.filter_indices_by_size(self.members[indices], max_sizes)
        return (self._position[np.asarray(kept, dtype=np.int64)],
                self._position[np.asarray(ignored, dtype=np.int64)].tolist())
