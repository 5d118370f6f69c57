"""An ``EpochBatchIterator`` whose batches hold only the pairs the shrinking rule keeps.

Definition of an epoch (fairseq needs its length up front, for the progress bar,
``--update-freq``, learning-rate schedules and mid-epoch resume):

    An epoch is exactly as many Boss batches as plain fairseq would make from this
    worker's shard with the same ``--max-tokens``/``--batch-size`` options. Its
    batches are filled from a continuous stream of candidates: the shard's pairs in a
    fresh random order each *sweep*, one sweep following the next, so a sweep may
    span epoch boundaries. An AutoAssist epoch therefore costs the Boss what a plain
    epoch costs, but draws more candidates than the data holds once shrinking starts.

How batches are made, lazily, as fairseq's loader asks for them: the pools of
:mod:`fairseq_autoassist.batching` (candidates drawn from the stream until the kept
ones fill about ``lookahead`` batches, packed by fairseq's own ``batch_by_size``, the
batches shuffled, the last partial one carried into the next pool), with keep
decisions taken by the run's shrinking rule with the Assistant's weights of that
moment. At the end of an epoch, decided pairs not yet batched are dropped.

With several data-parallel workers (fairseq's ``num_shards``), every worker draws the
same permutation each sweep and keeps every ``num_shards``-th pair of it from position
``shard_id``: the shards partition the data, and every worker announces and yields
plain fairseq's (equal) number of batches per shard, so the workers' updates stay in
step. A checkpoint holds worker 0's stream position; on resume every worker goes on
from that position in its own shard (as a fraction of the sweep when the number of
workers changed), so the other workers may re-draw or skip a few candidates.

During the warm-up epochs the iterator is plain fairseq's (every pair once, the same
batches), and the Assistant only learns.

Frozen batches (``--assistant-freeze-batches``, for the benchmarks' mechanism ablation):
one sweep of this shard's pairs (every pair once, in the stream's first order) is packed
into pools as the iterator packs them, once; every epoch after the warm-up goes on
through those batches, each pass over them in a new order, as fairseq reuses and
shuffles its own: the iterator's fuller batches without its new groupings. The batches
of an epoch are a function of the seed, the shard and the epoch, so a resumed run trains
the same ones.

Decisions run wherever fairseq iterates the batch sampler: the main process, in the
background thread of ``--data-buffer-size``; with ``--num-workers > 0`` the workers
only load the pairs already chosen.
"""
from __future__ import annotations

import collections
import functools
import logging
from typing import Callable, Deque, Dict, Iterator, List, Optional, Protocol, Sequence

import numpy as np
from fairseq.data import data_utils, iterators

from .batching import (
    BatchLimits, CandidateStream, LadderCollater, Pool, PoolPacker, ladder_batches, pack_kept,
)

logger = logging.getLogger(__name__)


class Selector(Protocol):
    """What the iterator asks of the run (:class:`fairseq_autoassist.run.AutoAssistRun`):
    keep decisions, and a place to report what it drew and kept."""

    def keep_mask(self, ids: np.ndarray, rng: np.random.Generator) -> np.ndarray: ...

    def keep_probability(self, ids: np.ndarray) -> np.ndarray: ...

    def record_taken(self, ids: np.ndarray, probabilities: np.ndarray) -> None: ...

    def count(self, candidates: float, kept: int) -> None: ...

    def at_sweep(self, visit: int, sweep: int) -> None: ...


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


class ShrinkingEpochBatchIterator(iterators.EpochBatchIterator):
    """fairseq's epoch iterator, with shrunk batches after the warm-up epochs.

    Takes fairseq's own constructor arguments (and its frozen batches, which define
    the epoch length and serve the warm-up), plus what shrinking needs: the
    ``selector`` that decides (the run) and fairseq's batch limits. The values are
    those of the task's options, checked where they are declared
    (:mod:`fairseq_autoassist.config`).
    """

    def __init__(
        self,
        *args,
        selector: Selector,
        warmup_epochs: int,
        lookahead: int,
        limits: BatchLimits,
        visit: int = 0,
        freeze: bool = False,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.selector = selector
        self.warmup_epochs = warmup_epochs
        self.lookahead = lookahead
        self.limits = limits
        self.visit = visit  # sharded data: earlier visits of this shard
        self.freeze = freeze
        self._packer: Optional[PoolPacker] = None
        self._epoch_start_cursor: Dict[str, int] = {"sweep": 0, "position": 0}
        self._cursor_after_batch: Dict[int, Dict[str, int]] = {}
        self._pending_cursor: Optional[Dict[str, int]] = None

    # ---- fairseq hooks ------------------------------------------------------------

    def ordered_batches(self, epoch, fix_batches_to_gpus, shuffle):
        plain = super().ordered_batches(epoch, fix_batches_to_gpus, shuffle)
        if self.is_warmup(epoch):
            return _CountedBatches(plain, self.selector)
        if self.freeze:
            return _CountedBatches(self._frozen_epoch(epoch, len(plain), shuffle),
                                   self.selector)
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

    def _on_yield(self, batch_index: int, pool: Pool, batch: np.ndarray) -> None:
        self._cursor_after_batch[batch_index] = pool.cursor
        self.selector.count(len(batch) / max(pool.keep_rate, 1e-12), len(batch))

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
        if self._pending_cursor is not None and self._packer is not None:
            self._packer.stream.seek(self._pending_cursor)
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

    def _fresh_stream(self) -> CandidateStream:
        """This shard's candidate stream, at its start."""
        batches = self.frozen_batches
        if sum(len(b) for b in batches) == len(self.dataset):
            candidates = len(self.dataset)  # every pair: no copy of their ids
        else:  # fairseq left out pairs too long for the model
            candidates = np.concatenate([np.asarray(b) for b in batches if len(b)])
        return CandidateStream(candidates, self.seed, self.shard_id, self.num_shards,
                               self.visit)

    @functools.cached_property
    def frozen_sweep(self) -> List[List[int]]:
        """One sweep of this shard's pairs, every one once, packed pool by pool as the
        iterator packs (every candidate kept): the batches frozen batches reuse."""
        stream = self._fresh_stream()
        packer = PoolPacker(self.dataset, stream, self.limits, self.mean_batch_pairs,
                            self.lookahead)
        order = stream.take(stream.sweep_size)
        batches: List[np.ndarray] = []
        carry = np.zeros(0, dtype=np.int64)
        for start in range(0, len(order), packer.target):
            members = np.concatenate([carry, order[start:start + packer.target]])
            packed, carry = pack_kept(self.dataset, members, self.limits)
            batches += packed
        while len(carry):  # the last pool's rest, into batches of its own
            packed, rest = pack_kept(self.dataset, carry, self.limits)
            if sum(len(b) for b in packed) == 0:
                packed, rest = [carry], np.zeros(0, dtype=np.int64)
            batches += packed
            carry = rest
        return [b.tolist() for b in batches if len(b)]

    def _frozen_epoch(self, epoch: int, num_batches: int, shuffle: bool) -> List[List[int]]:
        """Epoch ``epoch``'s ``num_batches`` frozen batches: the frozen sweep's batches
        continued from where the epoch before stopped, each pass in its own order."""
        sweep = self.frozen_sweep
        first = (epoch - self.warmup_epochs - 1) * num_batches
        orders: Dict[int, np.ndarray] = {}
        batches = []
        for position in range(first, first + num_batches):
            passed, index = divmod(position, len(sweep))
            if passed not in orders:
                order = np.arange(len(sweep))
                if shuffle:
                    with data_utils.numpy_seed(self.seed + passed):  # as fairseq shuffles
                        np.random.shuffle(order)
                orders[passed] = order
            batches.append(sweep[orders[passed][index]])
        return batches

    @property
    def packer(self) -> PoolPacker:
        """The pool packer over this shard's candidate stream (made on first use)."""
        if self._packer is None:
            stream = self._fresh_stream()
            if self._pending_cursor is not None:
                stream.seek(self._pending_cursor)
                self._pending_cursor = None
            self._packer = PoolPacker(self.dataset, stream, self.limits,
                                      self.mean_batch_pairs, self.lookahead)
        return self._packer

    @property
    def stream(self) -> CandidateStream:
        return self.packer.stream

    @functools.cached_property
    def mean_batch_pairs(self) -> float:
        """Pairs per batch in plain fairseq's batches: the unit of pool sizes."""
        batches = self.frozen_batches
        return sum(len(b) for b in batches) / max(len(batches), 1)

    def _make_pool(self, carry: np.ndarray, rng: np.random.Generator) -> Pool:
        selector = self.selector

        def keep(candidates: np.ndarray) -> np.ndarray:
            # the clock of spaced revisits: the stream's sweep, once it drew these
            selector.at_sweep(self.visit, self.stream.sweep)
            return candidates[selector.keep_mask(candidates, rng)]

        def most_likely_informative(candidates: np.ndarray) -> np.ndarray:
            # Nothing kept in a whole sweep (base = 0 and a certain Assistant): take
            # the most likely informative pairs rather than starve the Boss.
            probabilities = selector.keep_probability(candidates)
            chosen = candidates[np.argsort(-probabilities)[: max(len(candidates) // 2, 1)]]
            # taken, not drawn: for importance weights they count as drawn with 1
            selector.record_taken(chosen, np.ones(len(chosen)))
            return chosen

        return self.packer.next_pool(carry, keep, rng, most_likely_informative)


class _CountedBatches:
    """fairseq's own batches for a warm-up epoch, counted as all kept for ``keep_rate``."""

    def __init__(self, batches: Sequence, selector: Selector) -> None:
        self.batches = batches
        self.selector = selector

    def __len__(self) -> int:
        return len(self.batches)

    def __getitem__(self, item: slice) -> "_CountedBatches":
        return _CountedBatches(self.batches[item], self.selector)

    def __iter__(self) -> Iterator:
        for batch in self.batches:
            self.selector.count(len(batch), len(batch))
            yield batch


# fairseq's EpochBatchIterator keeps each constructor argument under its own name
_PLAIN_ARGUMENTS = (
    "dataset", "seed", "num_shards", "shard_id", "num_workers", "epoch", "buffer_size",
    "timeout", "disable_shuffling", "skip_remainder_batch", "grouped_shuffling",
    "reuse_dataloader", "persistent_workers",
)


def shrinking_iterator(plain: iterators.EpochBatchIterator, selector: Selector,
                       warmup_epochs: int, lookahead: int, limits: BatchLimits,
                       visit: int = 0, freeze: bool = False) -> ShrinkingEpochBatchIterator:
    """The shrinking counterpart of fairseq's epoch iterator ``plain``: the same
    dataset, batches, seed, shard and loader settings. With a length ladder in
    ``limits``, every batch is padded to the ladder's lengths, and the warm-up's batches
    are fairseq's pairs packed again for those padded lengths (so that they keep
    ``--max-tokens`` too): an epoch is then as many batches as those."""
    collate_fn, batch_sampler = plain.collate_fn, plain.batch_sampler
    if limits.ladder is not None:
        collate_fn = LadderCollater(collate_fn, limits.ladder)
        batch_sampler = ladder_batches(plain.dataset, plain.frozen_batches, limits)
    return ShrinkingEpochBatchIterator(
        collate_fn=collate_fn, batch_sampler=batch_sampler,
        **{name: getattr(plain, name) for name in _PLAIN_ARGUMENTS},
        selector=selector, warmup_epochs=warmup_epochs, lookahead=lookahead, limits=limits,
        visit=visit, freeze=freeze,
    )
