"""An ``EpochBatchIterator`` whose batches hold only the pairs the shrinking rule keeps.

Definition of an epoch (fairseq needs its length up front, for the progress bar,
``--update-freq``, learning-rate schedules and mid-epoch resume):

    An epoch is exactly as many Boss batches as plain fairseq would make from this
    worker's shard with the same ``--max-tokens``/``--batch-size`` options. Its
    batches are filled from a continuous stream of candidates: the shard's pairs in a
    fresh random order each *sweep*, one sweep following the next, so a sweep may
    span epoch boundaries. An AutoAssist epoch therefore costs the Boss what a plain
    epoch costs, but draws more candidates than the data holds once shrinking starts.

How batches are made, lazily, as fairseq's loader asks for them: candidates are drawn
from the stream until the kept ones fill about ``lookahead`` batches; the shrinking
rule decides with the Assistant's weights of that moment. The kept pairs are sorted
by the size fairseq's batching limits (``num_tokens``: the longer side of a pair),
ties in the dataset's own ``ordered_indices`` order, and packed by fairseq's own
``batch_by_size`` (so ``--max-tokens``, ``--batch-size`` and
``--required-batch-size-multiple`` hold), the full batches are shuffled and yielded,
and the last, partial one (with any pairs ``batch_by_size`` left out for the multiple)
goes back into the next pool (:func:`pack_kept`). At the end of an epoch, decided pairs
not yet batched are dropped.

Why that sort key: a pool holds a thin sample of the data (32 batches' worth of ~280
per epoch on the Bible corpus), and fairseq's order (source length, then target
length) packs a thin sample badly, since the pair with the longest target sets the
padded width. ``scripts/packing_density.py`` on the 29k-pair Bible corpus at
``--max-tokens 4096``: plain fairseq's globally sorted batches hold 3,347 target
tokens; pools of 32 batches at keep rate 0.5 sorted in fairseq's order 2,790 (17%
fewer, so each AutoAssist update was worth less), sorted by ``num_tokens`` 3,630.

With several data-parallel workers (fairseq's ``num_shards``), every worker draws the
same permutation each sweep and keeps every ``num_shards``-th pair of it from position
``shard_id``: the shards partition the data, and every worker announces and yields
plain fairseq's (equal) number of batches per shard, so the workers' updates stay in
step. A checkpoint holds worker 0's stream position; on resume every worker goes on
from that position in its own shard (as a fraction of the sweep when the number of
workers changed), so the other workers may re-draw or skip a few candidates.

During the warm-up epochs the iterator is plain fairseq's (every pair once, the same
batches), and the Assistant only learns.

Decisions run wherever fairseq iterates the batch sampler: the main process, in the
background thread of ``--data-buffer-size``; with ``--num-workers > 0`` the workers
only load the pairs already chosen.
"""
from __future__ import annotations

import collections
import functools
import logging
import math
from typing import Callable, Deque, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from fairseq.data import data_utils, iterators

from .shrinking import ShrinkingRule

logger = logging.getLogger(__name__)


class CandidateStream:
    """This shard's pairs in a new random order each sweep, one sweep after another."""

    def __init__(self, indices: np.ndarray, seed: int, shard_id: int, num_shards: int) -> None:
        self.indices = np.sort(np.asarray(indices, dtype=np.int64))
        if len(self.indices) == 0:
            raise ValueError("the training set is empty: no candidate pairs to draw")
        self.seed = seed
        self.shard_id = shard_id
        self.num_shards = num_shards
        self.sweep = 0
        self.position = 0
        self._order: Optional[np.ndarray] = None

    def _sweep_order(self) -> np.ndarray:
        if self._order is None:
            rng = np.random.default_rng([self.seed, 0x5EED, self.sweep])
            shard = rng.permutation(self.indices)[self.shard_id :: self.num_shards]
            # A shard can be empty only when there are fewer pairs than workers.
            self._order = shard if len(shard) else rng.permutation(self.indices)[:1]
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
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

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


def size_rank(dataset, seed: int) -> np.ndarray:
    """Each pair's position in the dataset's own size order (``ordered_indices``)."""
    with data_utils.numpy_seed(seed):
        order = np.asarray(dataset.ordered_indices(), dtype=np.int64)
    rank = np.empty(len(dataset), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def packing_order(dataset, members: np.ndarray, size_rank: np.ndarray) -> np.ndarray:
    """``members`` sorted by ``num_tokens``, ties by ``size_rank`` (the dataset's order).

    ``batch_by_size`` caps ``num_tokens`` of the longest pair times the batch size,
    so neighbours of equal ``num_tokens`` fill a batch with the least padding.
    """
    if hasattr(dataset, "num_tokens_vec"):
        sizes = np.asarray(dataset.num_tokens_vec(members), dtype=np.int64)
    else:
        sizes = np.fromiter((dataset.num_tokens(i) for i in members), np.int64, len(members))
    return members[np.lexsort((size_rank[members], sizes))]


def pack_kept(
    dataset,
    members: np.ndarray,
    size_rank: np.ndarray,
    max_tokens: Optional[int],
    max_sentences: Optional[int],
    required_batch_size_multiple: int,
) -> Tuple[List[np.ndarray], np.ndarray]:
    """A pool's kept pairs as batches, by fairseq's own ``batch_by_size``, and the carry.

    The pairs are put in :func:`packing_order` and packed under the batch limits. The
    last, partial batch is returned as the carry, to go into the next pool, when there
    are other batches to yield: an update of a few pairs would take a full-sized
    optimiser step on a tiny batch once per pool, the more often the lower the keep
    rate. fairseq's ``batch_by_size`` silently drops a last batch whose size is not a
    multiple of ``required_batch_size_multiple`` (fairseq issue #5036); here those
    pairs, the pool's largest, join the carry instead of vanishing. A pool too small
    for one such batch is yielded whole (fairseq allows a batch smaller than the
    multiple).
    """
    if len(members) == 0:  # batch_by_size fails on no pairs
        return [], np.zeros(0, dtype=np.int64)
    ordered = packing_order(dataset, members, size_rank)
    batches = [
        np.asarray(b, dtype=np.int64)
        for b in dataset.batch_by_size(
            ordered,
            max_tokens=max_tokens,
            max_sentences=max_sentences,
            required_batch_size_multiple=required_batch_size_multiple,
        )
    ]
    # batch_by_size cuts the ordered pairs into consecutive batches and may drop the
    # tail: what it packed is a prefix, the rest was left out
    left_out = ordered[sum(len(b) for b in batches):]
    if len(batches) > 1:
        return batches[:-1], np.concatenate([batches[-1], left_out])
    if len(batches) == 1:
        return batches, left_out
    return [ordered], np.zeros(0, dtype=np.int64)


class ShrunkBatches:
    """One epoch's batches, decided lazily; a sized, sliceable iterable of index lists."""

    def __init__(
        self,
        num_batches: int,
        make_pool: Callable[[np.ndarray], "Pool"],
        on_yield: Callable[[int, "Pool", np.ndarray], None],
        first_index: int = 0,
    ) -> None:
        self.num_batches = num_batches
        self.make_pool = make_pool
        self.on_yield = on_yield
        self.first_index = first_index

    def __len__(self) -> int:
        return max(self.num_batches - self.first_index, 0)

    def __getitem__(self, item: slice) -> "ShrunkBatches":
        # FrozenBatchSampler drops the batches already trained on resume: batches[offset:]
        if not isinstance(item, slice) or item.stop is not None or item.step not in (None, 1):
            raise TypeError("shrunk batches are decided lazily: only [offset:] is supported")
        return ShrunkBatches(
            self.num_batches, self.make_pool, self.on_yield, self.first_index + (item.start or 0)
        )

    def __iter__(self) -> Iterator[List[int]]:
        carry = np.zeros(0, dtype=np.int64)
        ready: Deque[np.ndarray] = collections.deque()
        for batch_index in range(self.first_index, self.num_batches):
            if not ready:
                pool = self.make_pool(carry)
                carry = pool.carry
                ready.extend(pool.batches)
            batch = ready.popleft()
            self.on_yield(batch_index, pool, batch)
            yield batch.tolist()


class Pool:
    """Batches made from one lookahead's worth of kept pairs, and what carries over.

    ``keep_rate`` is the fraction of this pool's candidates that were kept; each batch
    that goes out is reported as ``len(batch) / keep_rate`` candidates, so the metric
    follows the batches the Boss trains on rather than the moments pools are made.
    """

    def __init__(
        self,
        batches: Sequence[np.ndarray],
        carry: np.ndarray,
        cursor: Dict[str, int],
        keep_rate: float,
    ) -> None:
        self.batches = batches
        self.carry = carry
        self.cursor = cursor
        self.keep_rate = keep_rate


class ShrinkingEpochBatchIterator(iterators.EpochBatchIterator):
    """fairseq's epoch iterator, with shrunk batches after the warm-up epochs.

    Takes fairseq's own constructor arguments (and its frozen batches, which define
    the epoch length and serve the warm-up), plus what shrinking needs.
    """

    def __init__(
        self,
        *args,
        rule: ShrinkingRule,
        warmup_epochs: int,
        lookahead: int,
        max_tokens: Optional[int],
        max_sentences: Optional[int],
        required_batch_size_multiple: int,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        if warmup_epochs < 0:
            raise ValueError(f"warmup_epochs must be >= 0, got {warmup_epochs}")
        if lookahead < 1:
            raise ValueError(f"lookahead must be >= 1, got {lookahead}")
        self.rule = rule
        self.warmup_epochs = warmup_epochs
        self.lookahead = lookahead
        self.max_tokens = max_tokens
        self.max_sentences = max_sentences
        self.required_batch_size_multiple = required_batch_size_multiple
        self._stream: Optional[CandidateStream] = None
        self._epoch_start_cursor: Dict[str, int] = {"sweep": 0, "position": 0}
        self._cursor_after_batch: Dict[int, Dict[str, int]] = {}
        self._pending_cursor: Optional[Dict[str, int]] = None
        self._size_rank: Optional[np.ndarray] = None

    # ---- fairseq hooks ------------------------------------------------------------

    def ordered_batches(self, epoch, fix_batches_to_gpus, shuffle):
        plain = super().ordered_batches(epoch, fix_batches_to_gpus, shuffle)
        if self.is_warmup(epoch):
            return _CountedBatches(plain, self.rule)
        stream = self.stream
        if self._pending_cursor is not None:  # resuming mid-epoch or at an epoch start
            stream.seek(self._pending_cursor)
            self._pending_cursor = None
        self._epoch_start_cursor = stream.cursor()
        self._cursor_after_batch = {}
        rng = np.random.default_rng([self.seed, epoch, self.shard_id, 0xA55])
        return ShrunkBatches(
            num_batches=len(plain),
            make_pool=lambda carry: self._make_pool(carry, rng),
            on_yield=self._on_yield,
        )

    def _on_yield(self, batch_index: int, pool: "Pool", batch: np.ndarray) -> None:
        self._cursor_after_batch[batch_index] = pool.cursor
        self.rule.count(len(batch) / max(pool.keep_rate, 1e-12), len(batch))

    def state_dict(self):
        """fairseq's state plus the stream position behind the last batch trained on."""
        state = super().state_dict()
        done = state["iterations_in_epoch"]
        cursor = self._epoch_start_cursor
        if not self.is_warmup(self.epoch) and self._cursor_after_batch:
            if state["epoch"] > self.epoch:  # the epoch just ended
                cursor = self._cursor_after_batch[max(self._cursor_after_batch)]
            elif done > 0:
                cursor = self._cursor_after_batch.get(done - 1, cursor)
        state["autoassist_stream"] = dict(cursor)
        state["autoassist_stream_shards"] = self.num_shards
        return state

    def load_state_dict(self, state_dict):
        self._pending_cursor = state_dict.get("autoassist_stream")
        if self._pending_cursor is not None and "autoassist_stream_shards" in state_dict:
            self._pending_cursor = dict(
                self._pending_cursor, num_shards=state_dict["autoassist_stream_shards"]
            )
        if self._pending_cursor is not None and self._stream is not None:
            self._stream.seek(self._pending_cursor)
            self._pending_cursor = None
        super().load_state_dict(state_dict)

    @property
    def announced_batches(self) -> int:
        """Batches in the current epoch, as announced to fairseq (-1 before the first)."""
        current = self._cur_epoch_itr
        return len(current) if current is not None else -1

    # ---- shrinking ----------------------------------------------------------------

    def is_warmup(self, epoch: int) -> bool:
        return epoch <= self.warmup_epochs

    @property
    def stream(self) -> CandidateStream:
        if self._stream is None:
            all_indices = np.concatenate(
                [np.asarray(b, dtype=np.int64) for b in self.frozen_batches if len(b)]
            )
            self._stream = CandidateStream(all_indices, self.seed, self.shard_id, self.num_shards)
            if self._pending_cursor is not None:
                self._stream.seek(self._pending_cursor)
                self._pending_cursor = None
        return self._stream

    @functools.cached_property
    def mean_batch_pairs(self) -> float:
        """Pairs per batch in plain fairseq's batches: the unit of pool sizes."""
        batches = self.frozen_batches
        return sum(len(b) for b in batches) / max(len(batches), 1)

    def _make_pool(self, carry: np.ndarray, rng: np.random.Generator) -> Pool:
        stream = self.stream
        target = max(int(math.ceil(self.lookahead * self.mean_batch_pairs)), 1)
        chunk = max(int(math.ceil(self.mean_batch_pairs)), 1)
        kept_parts = [carry]
        kept_count = len(carry)
        drawn = newly_kept = 0
        while kept_count < target and drawn < stream.sweep_size:
            candidates = stream.take(chunk)
            kept = candidates[self.rule.keep_mask(candidates, rng)]
            kept_parts.append(kept)
            drawn += len(candidates)
            newly_kept += len(kept)
            kept_count += len(kept)
        members = np.concatenate(kept_parts)
        if len(members) == 0:
            # Nothing kept in a whole sweep (base = 0 and a certain Assistant): take
            # the most likely informative pairs rather than starve the Boss.
            candidates = stream.take(chunk)
            probabilities = self.rule.keep_probability(candidates)
            chosen = np.argsort(-probabilities)[: max(chunk // 2, 1)]
            members = candidates[chosen]
            # taken, not drawn: for importance weights they count as drawn with 1
            self.rule.remember(members, np.ones(len(members)))
            drawn, newly_kept = drawn + len(candidates), len(members)
        batches, carry = pack_kept(
            self.dataset, members, self.size_rank, self.max_tokens, self.max_sentences,
            self.required_batch_size_multiple,
        )
        order = rng.permutation(len(batches))
        keep_rate = newly_kept / drawn if drawn else 1.0
        return Pool([batches[i] for i in order], carry, stream.cursor(), keep_rate)

    @property
    def size_rank(self) -> np.ndarray:
        """Each pair's position in the dataset's own size order (``ordered_indices``)."""
        if self._size_rank is None:
            self._size_rank = size_rank(self.dataset, self.seed)
        return self._size_rank


class _CountedBatches:
    """fairseq's own batches for a warm-up epoch, counted as all kept for ``keep_rate``."""

    def __init__(self, batches: Sequence, rule: ShrinkingRule) -> None:
        self.batches = batches
        self.rule = rule

    def __len__(self) -> int:
        return len(self.batches)

    def __getitem__(self, item: slice) -> "_CountedBatches":
        return _CountedBatches(self.batches[item], self.rule)

    def __iter__(self) -> Iterator:
        for batch in self.batches:
            self.rule.count(len(batch), len(batch))
            yield batch
