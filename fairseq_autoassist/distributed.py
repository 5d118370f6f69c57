"""AutoAssist under fairseq's data-parallel training: one Assistant, identical on every worker.

Each worker trains the Boss on its own shard, so each sees only its own pairs'
losses. After every Boss update the task hands this module its worker's
``(ids, losses, target lengths)``; :class:`DistributedFeed` all-gathers them over
fairseq's data-parallel group and queues the *gathered* batch (every worker's pairs,
in rank order) on the local Assistant trainer. Every worker's Assistant therefore
trains on the same batches in the same order and stays identical to the bit, at
its own pace on its own background thread.

What it costs the Boss: one small ``all_gather`` per update (a header and three
float64 rows per worker, padded to a shared capacity), right after fairseq's own
gradient all-reduce. The capacity grows (to the next power of two) when a worker
has more pairs than it holds; every worker sees that in the gathered headers and
they repeat the gather together, so this costs a second collective only while the
capacity is still growing.

Identical Assistants need identical queues. Alone, the worker's queue drops its
*oldest* entry when full, but *when* a queue fills depends on the speed of that
worker's thread, so queues on different workers would drop different updates.
Here the drop decision is made from the gathered data instead: each header carries
its worker's queue length, and when the longest queue on any worker is full, every
worker drops the *new* gathered batch (counted in ``asst_dropped`` once, by worker
0). No worker's local queue can then overflow, so it never drops on its own. The
Assistant's lag stays bounded by ``--assistant-queue-size`` updates as before; it
trains on slightly older losses when it is overloaded, which it should not be in
practice (it is a sparse dot product per update, far below a Boss step).

Failures: each header also carries a "my Assistant trainer has died" flag. The
failing worker raises its trainer's traceback; the others raise an
:class:`~fairseq_autoassist.worker.AssistantWorkerError` naming it, at the same
update, instead of waiting on the next collective. A worker process that dies
outright makes its peers' next collective fail (gloo: "Connection reset by
peer"), which brings them down within seconds (measured: about 6 s on CPU). A worker
that hangs while alive is bounded only by torch.distributed's process-group timeout
(30 minutes for gloo, 10 for NCCL), which fairseq does not expose; fairseq's
``--heartbeat-timeout`` sends SIGINT, which Python acts on only once the blocking
collective returns (from reading the source, not tested).

:func:`check_assistants_agree` all-gathers each worker's Assistant fingerprint
(after draining its queue) and the length of its current epoch; the task calls it
at each epoch start and before each validation and stops with a clear error if
the workers differ, rather than train on with diverged Assistants or hang at the
end of an uneven epoch.

Launching on CPU (gloo): start each worker by hand with ``--cpu --distributed-world-size
N --distributed-rank R --distributed-no-spawn --distributed-init-method
tcp://HOST:PORT --distributed-backend gloo --ddp-backend legacy_ddp``. fairseq's
torchrun detection computes ``rank % torch.cuda.device_count()`` and fails without a
GPU, but torchrun works when the init method is given explicitly, which skips that
detection: ``torchrun --nproc-per-node N --no-python bash train.sh`` with ``train.sh``
running ``fairseq-train ... --distributed-init-method env:// --distributed-rank $RANK
--distributed-world-size $WORLD_SIZE --distributed-no-spawn --distributed-backend gloo
--ddp-backend legacy_ddp`` (seen to train on CPU with two workers). On GPUs fairseq's
own spawn and torchrun paths with NCCL apply; they were not tested here (no GPU).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import torch
import torch.distributed as dist

from .assistant import TokenAssistant
from .worker import AssistantWorker, AssistantWorkerError, LossBatch

logger = logging.getLogger(__name__)

_HEADER = 3  # pairs, queued batches, failed flag
_INITIAL_CAPACITY = 256


class DistributedAssistantError(RuntimeError):
    """Workers disagree about their Assistants, or lost contact during a gather."""


def data_parallel_world() -> Tuple[Optional[object], int, int]:
    """fairseq's data-parallel group, this worker's rank in it and its size."""
    if not (dist.is_available() and dist.is_initialized()):
        return None, 0, 1
    from fairseq.distributed import utils as distributed_utils

    group = distributed_utils.get_data_parallel_group()
    return group, dist.get_rank(group), dist.get_world_size(group)


def _collective_device(group) -> torch.device:
    if dist.get_backend(group) == dist.Backend.NCCL:
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def _all_gather(tensor: torch.Tensor, group, world_size: int, what: str) -> np.ndarray:
    """Gather ``tensor`` from every worker: a ``world_size x len(tensor)`` array."""
    parts = [torch.empty_like(tensor) for _ in range(world_size)]
    try:
        dist.all_gather(parts, tensor, group=group)
    except RuntimeError as error:
        raise DistributedAssistantError(
            f"AutoAssist: the all-gather of {what} across {world_size} workers failed, "
            f"most likely because another worker died or hung (see its log): {error}"
        ) from error
    return torch.stack(parts).cpu().numpy()


@dataclass(frozen=True)
class GatheredLosses:
    """Every worker's per-pair losses of one update, in rank order, and their headers."""

    ids: np.ndarray
    losses: np.ndarray
    target_lengths: np.ndarray
    max_queued: int
    failed_ranks: List[int]
    weights: Optional[np.ndarray] = None


class LossGather:
    """All-gathers variable-length ``(ids, losses, lengths)`` rows in one collective, and
    each pair's weight (its inverse keep probability) when given. Every worker runs with
    the same options, so all give weights or none do: without them the collective
    carries the three columns alone."""

    def __init__(self, group, world_size: int, capacity: int = _INITIAL_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity}")
        self.group = group
        self.world_size = world_size
        self.capacity = capacity
        self.device = _collective_device(group)

    def _pack(self, header: Sequence[float], rows: Sequence[np.ndarray]) -> torch.Tensor:
        capacity = self.capacity
        packed = np.zeros(_HEADER + len(rows) * capacity, dtype=np.float64)
        packed[:_HEADER] = header
        for j, row in enumerate(rows):
            start = _HEADER + j * capacity
            count = min(len(row), capacity)
            packed[start : start + count] = row[:count]
        return torch.from_numpy(packed).to(self.device)

    def gather(
        self,
        ids: np.ndarray,
        losses: np.ndarray,
        target_lengths: np.ndarray,
        queued: int = 0,
        failed: bool = False,
        weights: Optional[np.ndarray] = None,
    ) -> GatheredLosses:
        if not len(ids) == len(losses) == len(target_lengths):
            raise ValueError(
                f"ids, losses and target_lengths differ in length: "
                f"{len(ids)}, {len(losses)}, {len(target_lengths)}"
            )
        if len(ids) and int(np.max(ids)) >= 2**53:
            raise ValueError(f"pair id {int(np.max(ids))} cannot travel exactly as float64")
        header = (len(ids), queued, float(failed))
        given = (ids, losses, target_lengths) + (() if weights is None else (weights,))
        rows = [np.asarray(r, dtype=np.float64) for r in given]
        gathered = _all_gather(self._pack(header, rows), self.group, self.world_size,
                               "per-pair losses")
        counts = gathered[:, 0].astype(np.int64)
        if counts.max() > self.capacity:  # every worker sees this and repeats with it
            self.capacity = 1 << int(counts.max() - 1).bit_length()
            gathered = _all_gather(self._pack(header, rows), self.group, self.world_size,
                                   "per-pair losses")
        capacity = self.capacity
        columns = []
        for j in range(len(rows)):
            start = _HEADER + j * capacity
            columns.append(np.concatenate(
                [gathered[rank, start : start + counts[rank]] for rank in range(self.world_size)]
            ))
        return GatheredLosses(
            ids=columns[0].astype(np.int64),
            losses=columns[1],
            target_lengths=columns[2].astype(np.int64),
            max_queued=int(gathered[:, 1].max()),
            failed_ranks=[int(r) for r in np.flatnonzero(gathered[:, 2] > 0)],
            weights=columns[3] if len(columns) > 3 else None,
        )


class DistributedFeed:
    """Feeds the local Assistant trainer every worker's losses, with identical drops."""

    def __init__(self, group, rank: int, world_size: int) -> None:
        self.rank = rank
        self.world_size = world_size
        self.gather = LossGather(group, world_size)

    def submit(self, worker: AssistantWorker, batch: LossBatch) -> bool:
        """Gather ``batch`` from all workers and queue it; ``False`` if it was dropped.

        Every worker must call this once per Boss update, with an empty batch when it
        has no losses (a dummy batch at the end of an uneven epoch).
        """
        failure: Optional[AssistantWorkerError] = None
        try:
            worker.check()
        except AssistantWorkerError as error:
            failure = error
        gathered = self.gather.gather(
            batch.ids, batch.losses, batch.target_lengths,
            queued=worker.queued, failed=failure is not None, weights=batch.weights,
        )
        if failure is not None:
            raise failure
        if gathered.failed_ranks:
            raise AssistantWorkerError(
                f"the AutoAssist Assistant's trainer failed on worker(s) "
                f"{', '.join(map(str, gathered.failed_ranks))} of {self.world_size}, so every "
                f"worker stops at update {batch.update}; the traceback is in that worker's log"
            )
        if len(gathered.ids) == 0:
            return True
        if gathered.max_queued >= worker.queue_size:
            worker.count_dropped()
            return False
        worker.submit(LossBatch(batch.update, gathered.ids, gathered.losses,
                                gathered.target_lengths, gathered.weights))
        return True


def check_assistants_agree(
    assistant: TokenAssistant, worker: AssistantWorker, group, world_size: int,
    epoch_batches: int = -1, drain_timeout: float = 120,
) -> Tuple[int, str]:
    """Drain, then check every worker holds the same Assistant and epoch length.

    Returns ``(steps, fingerprint)``; raises :class:`DistributedAssistantError` naming
    what differs.
    """
    worker.drain(timeout=drain_timeout)
    fingerprint = assistant.fingerprint()
    mine = torch.tensor([assistant.steps, int(fingerprint, 16), epoch_batches],
                        dtype=torch.int64, device=_collective_device(group))
    gathered = _all_gather(mine, group, world_size, "Assistant fingerprints")
    if (gathered[:, 2] != gathered[0, 2]).any():
        raise DistributedAssistantError(
            "AutoAssist: workers announce different epoch lengths (batches per worker: "
            f"{gathered[:, 2].tolist()}); they would wait on each other forever at the "
            "end of the epoch"
        )
    if (gathered[:, :2] != gathered[0, :2]).any():
        found = ", ".join(f"worker {rank}: {int(steps)} steps, weights {int(fp):012x}"
                          for rank, (steps, fp, _) in enumerate(gathered))
        raise DistributedAssistantError(
            f"AutoAssist: the workers' Assistants have diverged ({found}); they must train "
            "on the same gathered batches in the same order"
        )
    return assistant.steps, fingerprint
