"""Batches of kept pairs, as both the plug-in's iterator and the selection probe make them.

The pieces, in the order a batch is made:

- :class:`CandidateStream`: this shard's pairs in a fresh random order each *sweep*,
  one sweep after another (a sweep may span epoch boundaries).
- :class:`PoolPacker`: draws candidates from the stream in chunks, keeps some of each
  chunk (the caller says which: the plug-in's Bernoulli draws, the probe's policies)
  until the kept pairs fill about ``lookahead`` of plain fairseq's batches (or one
  sweep is drawn), and packs them into a :class:`Pool` of batches.
- :func:`pack_kept`: the kept pairs sorted by the size fairseq's batching limits
  (``num_tokens``: the longer side of a pair), ties by source then target length as
  fairseq's ``ordered_indices`` orders them, cut by fairseq's own ``batch_by_size`` (so
  ``--max-tokens``, ``--batch-size`` and ``--required-batch-size-multiple`` hold); the
  last, partial batch carries over into the next pool.

Why that sort key: a pool holds a thin sample of the data (32 batches' worth of ~280
per epoch on the Bible corpus), and fairseq's order (source length, then target
length) packs a thin sample badly, since the pair with the longest target sets the
padded width. ``experiments/packing_density.py`` on the 29k-pair Bible corpus at
``--max-tokens 4096``: plain fairseq's globally sorted batches hold 3,347 target
tokens; pools of 32 batches at keep rate 0.5 sorted in fairseq's order 2,790 (17%
fewer, so each AutoAssist update was worth less), sorted by ``num_tokens`` 3,630.

What it is not: it decides nothing about which pairs to keep, and it knows nothing of
epochs, checkpoints or the Assistant (:mod:`fairseq_autoassist.iterator` does).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from fairseq.data import data_utils

# keep(candidates) -> the kept candidates, in their order
KeepFunction = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class LengthLadder:
    """Padded lengths from a fixed ladder: every length up to ``exact_up_to``, then
    ``steps_per_octave`` evenly spaced lengths per doubling.

    Bounds the batch shapes a shrinking iterator makes (a GPU pays for each new shape:
    docs/gpu-shapes.md) at a padding cost of at most ``1 / steps_per_octave`` of the
    length (about half that on average); lengths from 1 to 256 take 80 values with the
    defaults (``--assistant-shape-steps 16``), 48 with 8 steps.
    """

    exact_up_to: int = 16
    steps_per_octave: int = 16

    def __post_init__(self) -> None:
        if self.exact_up_to < 1 or self.steps_per_octave < 1:
            raise ValueError(f"a length ladder needs positive sizes, got {self}")

    def round_up(self, lengths):
        """The least ladder length at or above each of ``lengths`` (an int or an array)."""
        values = np.asarray(lengths, dtype=np.int64)
        octave_start = np.maximum(
            self.exact_up_to,
            self.exact_up_to * 2 ** np.floor(np.log2(np.maximum(values, 1) / self.exact_up_to)),
        )
        step = np.maximum(octave_start / self.steps_per_octave, 1.0)
        rounded = np.where(values <= self.exact_up_to, values,
                           np.ceil(values / step) * step).astype(np.int64)
        return int(rounded) if np.ndim(lengths) == 0 else rounded


@dataclass(frozen=True)
class BatchLimits:
    """fairseq's batch limits of a run (``--max-tokens``, ``--batch-size``,
    ``--required-batch-size-multiple``), and the length ladder that bounds padded
    lengths (``None``: each batch padded to its longest pair, as fairseq pads)."""

    max_tokens: Optional[int]
    max_sentences: Optional[int] = None
    required_batch_size_multiple: int = 1
    ladder: Optional[LengthLadder] = None


class LadderCollater:
    """A dataset's collater that pads each batch's sources and targets up to the
    ladder's lengths (fairseq's own ``pad_to_length``), so that a batch's shape is
    (size, ladder length, ladder length) whatever pairs it holds."""

    def __init__(self, collate_fn: Callable, ladder: LengthLadder) -> None:
        self.collate_fn = collate_fn
        self.ladder = ladder

    def __call__(self, samples):
        if not samples:
            return self.collate_fn(samples)
        longest = {side: max(len(s[side]) for s in samples) for side in ("source", "target")
                   if samples[0].get(side) is not None}
        return self.collate_fn(samples, pad_to_length={
            side: self.ladder.round_up(length) for side, length in longest.items()})


def keep_every(order: np.ndarray, start: int, step: int, chunk: int = 1 << 20) -> np.ndarray:
    """``order[start::step]``, compacted into ``order``'s own memory, which shrinks to it:
    a worker's part of a sweep without a second array of the whole sweep (each worker
    draws the whole order; a copy of its part would raise its peak by 4 bytes a pair)."""
    count = len(range(start, len(order), step))
    for first in range(0, count, chunk):
        last = min(first + chunk, count)
        # reads lie at or after what this chunk writes, and after what earlier ones wrote
        order[first:last] = order[start + first * step : start + (last - 1) * step + 1 : step]
    order.resize(count, refcheck=False)
    return order


def id_dtype(pairs) -> type:
    """The integer type of pair ids: 32-bit while they fit."""
    largest = pairs if isinstance(pairs, (int, np.integer)) else (
        int(pairs.max()) + 1 if len(pairs) else 0)
    return np.int32 if largest < 2 ** 31 else np.int64


class CandidateStream:
    """This shard's pairs in a new random order each sweep, one sweep after another.

    With several data-parallel workers every worker draws the same permutation each
    sweep and keeps every ``num_shards``-th pair of it from position ``shard_id``.

    Memory: ``indices`` are held only when they are not simply every pair of the
    dataset (fairseq dropped some as too long), and the sweep's order as 32-bit ids
    when they fit, a worker's part compacted in place: 4 bytes per pair at most while a
    sweep is drawn (4 more for filtered data), where 64-bit copies of both cost 16.
    """

    def __init__(self, indices, seed: int, shard_id: int = 0, num_shards: int = 1,
                 visit: int = 0) -> None:
        if isinstance(indices, (int, np.integer)):  # every pair of a dataset of that size
            self.num_pairs, self.indices = int(indices), None
        else:
            indices = np.sort(np.asarray(indices))
            self.num_pairs, self.indices = len(indices), indices.astype(id_dtype(indices))
        if self.num_pairs == 0:
            raise ValueError("the training set is empty: no candidate pairs to draw")
        self.seed = seed
        # sharded training data: the how-manieth visit of this shard, so that a shard
        # trained on again is drawn in new orders
        self.visit = visit
        self.shard_id = shard_id
        self.num_shards = num_shards
        self.sweep = 0
        self.position = 0
        self._order: Optional[np.ndarray] = None

    def _sweep_order(self) -> np.ndarray:
        if self._order is None:
            rng = np.random.default_rng([self.seed, 0x5EED, self.sweep] +
                                        ([self.visit] if self.visit else []))
            # the same shuffle (and so the same order) whatever the ids' integer type
            order = self.indices.copy() if self.indices is not None else np.arange(
                self.num_pairs, dtype=id_dtype(self.num_pairs))
            rng.shuffle(order)  # in place: what rng.permutation would give
            if self.num_shards == 1:
                self._order = order
            elif self.shard_id < len(order):
                self._order = keep_every(order, self.shard_id, self.num_shards)
            else:  # fewer pairs than workers: this worker's part would be empty
                self._order = order[:1].copy()
        return self._order

    @property
    def sweep_size(self) -> int:
        return len(self._sweep_order())

    def take(self, count: int) -> np.ndarray:
        """The next ``count`` candidates, continuing into new sweeps as needed."""
        parts = []
        while count > 0:
            order = self._sweep_order()
            part = order[self.position : self.position + count]
            parts.append(part)
            count -= len(part)
            self.position += len(part)
            if self.position >= len(order):
                self.sweep += 1
                self.position = 0
                self._order = None
        return (np.concatenate(parts).astype(np.int64) if parts
                else np.zeros(0, dtype=np.int64))

    def cursor(self) -> Dict[str, int]:
        return {"sweep": self.sweep, "position": self.position}

    def seek(self, cursor: Dict[str, int]) -> None:
        """Go to a saved cursor; one saved with another number of shards is rescaled."""
        self.sweep = int(cursor["sweep"])
        self._order = None
        position = int(cursor["position"])
        saved_shards = int(cursor.get("num_shards", self.num_shards))
        if saved_shards != self.num_shards:  # same fraction of the sweep, new shard size
            position = position * saved_shards // self.num_shards
        self.position = min(position, self.sweep_size)


def plain_batch_pairs(dataset, limits: BatchLimits, seed: int) -> float:
    """Pairs per batch in plain fairseq's batches of the whole set (the dataset's own
    ``ordered_indices`` under ``seed``)."""
    with data_utils.numpy_seed(seed):
        order = dataset.ordered_indices()
    batches = dataset.batch_by_size(
        order, max_tokens=limits.max_tokens, max_sentences=limits.max_sentences,
        required_batch_size_multiple=limits.required_batch_size_multiple)
    return sum(len(b) for b in batches) / max(len(batches), 1)


def packing_order(dataset, members: np.ndarray) -> np.ndarray:
    """``members`` sorted by ``num_tokens``; ties as fairseq's size order breaks them
    (source length, then target length), then by pair id.

    ``batch_by_size`` caps ``num_tokens`` of the longest pair times the batch size,
    so neighbours of equal ``num_tokens`` fill a batch with the least padding. (fairseq
    breaks its last ties at random; a pool is a random sample already, and the pair
    id needs no array of every pair's rank, 8 bytes per pair in every worker.)
    """
    keys = [members]
    if getattr(dataset, "src_sizes", None) is not None \
            and getattr(dataset, "tgt_sizes", None) is not None:
        keys += [dataset.tgt_sizes[members], dataset.src_sizes[members]]
    keys.append(num_tokens(dataset, members))
    return members[np.lexsort(keys)]


def num_tokens(dataset, members: np.ndarray) -> np.ndarray:
    """``num_tokens`` (the size fairseq's batching limits) of each of ``members``."""
    if hasattr(dataset, "num_tokens_vec"):
        return np.asarray(dataset.num_tokens_vec(members), dtype=np.int64)
    return np.fromiter((dataset.num_tokens(i) for i in members), np.int64, len(members))


def cut_into_batches(dataset, ordered: np.ndarray, limits: BatchLimits
                     ) -> Tuple[List[np.ndarray], np.ndarray]:
    """``ordered`` pairs cut into consecutive batches by fairseq's own ``batch_by_size``
    under ``limits`` (with a ladder, for each pair's ``num_tokens`` rounded up to it, so
    that the budget holds for the padded lengths the ladder collater makes), and the
    tail it left out: ``batch_by_size`` silently drops a last batch whose size is not a
    multiple of ``required_batch_size_multiple`` (fairseq issue #5036)."""
    if limits.ladder is None:
        packed = dataset.batch_by_size(
            ordered,
            max_tokens=limits.max_tokens,
            max_sentences=limits.max_sentences,
            required_batch_size_multiple=limits.required_batch_size_multiple,
        )
    else:
        packed = data_utils.batch_by_size(
            ordered,
            num_tokens_fn=dataset.num_tokens,
            num_tokens_vec=limits.ladder.round_up(num_tokens(dataset, ordered)),
            max_tokens=limits.max_tokens,
            max_sentences=limits.max_sentences,
            required_batch_size_multiple=limits.required_batch_size_multiple,
        )
    batches = [np.asarray(b, dtype=np.int64) for b in packed]
    # the batches are a prefix of the ordered pairs: the rest was left out
    return batches, ordered[sum(len(b) for b in batches):]


def ladder_batches(dataset, batches: Sequence[np.ndarray],
                   limits: BatchLimits) -> List[np.ndarray]:
    """The pairs of fairseq's ``batches`` packed again for the ladder's padded lengths,
    as a pool is packed (:func:`packing_order`, every batch kept, the tail fairseq
    would drop as a last batch): fixed batches that keep ``--max-tokens`` once the
    ladder collater pads them, with the padding of the shrunk epochs rather than the
    more that fairseq's order makes with the ladder."""
    members = np.concatenate([np.asarray(b, dtype=np.int64) for b in batches if len(b)])
    packed, left_out = cut_into_batches(
        dataset, packing_order(dataset, members), limits)
    return packed + [left_out] if len(left_out) else packed


def pack_kept(dataset, members: np.ndarray,
              limits: BatchLimits) -> Tuple[List[np.ndarray], np.ndarray]:
    """A pool's kept pairs as batches, by fairseq's own ``batch_by_size``, and the carry.

    The pairs are put in :func:`packing_order` and packed under the batch limits
    (:func:`cut_into_batches`). The last, partial batch is returned as the carry, to go
    into the next pool, when there are other batches to yield: an update of a few pairs
    would take a full-sized optimiser step on a tiny batch once per pool, the more often
    the lower the keep rate. The tail ``batch_by_size`` leaves out (the pool's largest
    pairs) joins the carry instead of vanishing. A pool too small for one such batch is
    yielded whole (fairseq allows a batch smaller than the multiple).
    """
    if len(members) == 0:  # batch_by_size fails on no pairs
        return [], np.zeros(0, dtype=np.int64)
    ordered = packing_order(dataset, members)
    batches, left_out = cut_into_batches(dataset, ordered, limits)
    if len(batches) > 1:
        return batches[:-1], np.concatenate([batches[-1], left_out])
    if len(batches) == 1:
        return batches, left_out
    return [ordered], np.zeros(0, dtype=np.int64)


@dataclass
class Pool:
    """Batches made from one lookahead's worth of kept pairs, and what carries over.

    ``keep_rate`` is the fraction of this pool's candidates that were kept;
    ``cursor`` is the stream's position after its last candidate.
    """

    batches: Sequence[np.ndarray]
    carry: np.ndarray
    cursor: Dict[str, int]
    keep_rate: float


class PoolPacker:
    """Pools of kept pairs from a candidate stream, packed into shuffled batches.

    ``mean_batch_pairs`` (pairs per batch of plain fairseq) is the unit of sizes:
    candidates are drawn ``chunk`` at a time (one plain batch's worth unless given),
    and a pool is packed once its kept pairs fill ``lookahead`` plain batches, or once
    a whole sweep was drawn for it (so a small training set never puts a pair twice
    into one pool).
    """

    def __init__(self, dataset, stream: CandidateStream, limits: BatchLimits,
                 mean_batch_pairs: float, lookahead: int, chunk: Optional[int] = None) -> None:
        self.dataset = dataset
        self.stream = stream
        self.limits = limits
        self.target = max(int(math.ceil(lookahead * mean_batch_pairs)), 1)
        self.chunk = chunk or max(int(math.ceil(mean_batch_pairs)), 1)

    def next_pool(self, carry: np.ndarray, keep: KeepFunction, rng: np.random.Generator,
                  when_nothing_kept: Optional[KeepFunction] = None) -> Pool:
        """Draw and keep until the pool is full, pack it, shuffle its batches.

        ``when_nothing_kept`` chooses from one more chunk when a whole sweep kept
        nothing (and nothing was carried), rather than starve the Boss.
        """
        stream = self.stream
        kept_parts = [carry]
        kept_count = len(carry)
        drawn = newly_kept = 0
        while kept_count < self.target and drawn < stream.sweep_size:
            candidates = stream.take(self.chunk)
            kept = keep(candidates)
            kept_parts.append(kept)
            drawn += len(candidates)
            newly_kept += len(kept)
            kept_count += len(kept)
        members = np.concatenate(kept_parts)
        if len(members) == 0 and when_nothing_kept is not None:
            candidates = stream.take(self.chunk)
            members = when_nothing_kept(candidates)
            drawn, newly_kept = drawn + len(candidates), len(members)
        batches, carry = pack_kept(self.dataset, members, self.limits)
        order = rng.permutation(len(batches))
        keep_rate = newly_kept / drawn if drawn else 1.0
        return Pool([batches[i] for i in order], carry, stream.cursor(), keep_rate)

    def batches(self, keep: KeepFunction, rng: np.random.Generator) -> Iterator[np.ndarray]:
        """Batch after batch, pool after pool, without end (the probe's branches)."""
        carry = np.zeros(0, dtype=np.int64)
        while True:
            pool = self.next_pool(carry, keep, rng)
            carry = pool.carry
            yield from pool.batches
