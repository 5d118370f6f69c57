"""The Assistant's background trainer: a bounded queue and one daemon thread.

The Boss hands ``(ids, losses, target lengths)`` after each update with :meth:`submit`,
which never blocks: when the queue is full the oldest entry is dropped and counted.
The thread takes entries in order and trains the Assistant on them. If training
raises, the thread stores the exception and stops; the next :meth:`submit` or
:meth:`check` re-raises it on the Boss's thread with the worker's traceback, so a run
never goes on with a frozen Assistant.

Counters are plain integers written by one thread and read by the other; the main
thread turns them into fairseq metrics (only it touches fairseq's global metrics).
"""
from __future__ import annotations

import collections
import threading
import traceback
from dataclasses import dataclass
from typing import Deque, Optional, Tuple

import numpy as np

from .assistant import StepReport, TokenAssistant


class AssistantWorkerError(RuntimeError):
    """The background Assistant trainer failed; carries its traceback text."""


@dataclass(frozen=True)
class LossBatch:
    """Per-pair losses of one Boss update, as handed to the Assistant."""

    update: int
    ids: np.ndarray
    losses: np.ndarray
    target_lengths: np.ndarray
    # each pair's inverse keep probability, for labels' unbiased averages (None: all 1)
    weights: Optional[np.ndarray] = None


@dataclass
class WorkerCounters:
    """Running totals, read and reset by the main thread when it logs."""

    batches_trained: int = 0
    pairs_trained: int = 0
    pairs_correct: float = 0.0
    batches_dropped: int = 0
    last_trained_update: int = -1
    pairs_revisited: int = 0
    labels_agreed: int = 0


class AssistantWorker:
    """Trains a :class:`TokenAssistant` from a bounded queue on a daemon thread."""

    def __init__(self, assistant: TokenAssistant, queue_size: int) -> None:
        self.assistant = assistant
        self.queue_size = queue_size
        self.counters = WorkerCounters()
        self._pending: Deque[LossBatch] = collections.deque()
        self._condition = threading.Condition()
        self._busy = False
        self._closed = False
        self._failure: Optional[str] = None
        self._thread = threading.Thread(
            target=self._run, name="autoassist-assistant", daemon=True
        )
        self._thread.start()

    # ---- Boss side -----------------------------------------------------------------

    def submit(self, batch: LossBatch) -> None:
        """Queue a batch without waiting; drops (and counts) the oldest when full."""
        self.check()
        with self._condition:
            if len(self._pending) >= self.queue_size:
                self._pending.popleft()
                self.counters.batches_dropped += 1
            self._pending.append(batch)
            self._condition.notify()

    def count_dropped(self) -> None:
        """Count a batch that the caller chose not to queue (distributed mode's policy)."""
        with self._condition:
            self.counters.batches_dropped += 1

    def check(self) -> None:
        """Raise on this thread if the worker has died."""
        if self._failure is not None:
            raise AssistantWorkerError(
                "the AutoAssist Assistant's background trainer failed, so training "
                "stops rather than continue with a frozen Assistant. Its traceback:\n"
                + self._failure
            )
        if not self._thread.is_alive() and not self._closed:
            raise AssistantWorkerError("the AutoAssist Assistant's trainer thread exited")

    def drain(self, timeout: Optional[float] = None) -> bool:
        """Wait until every queued batch is trained (for checkpoints and tests)."""
        with self._condition:
            done = self._condition.wait_for(
                lambda: (not self._pending and not self._busy) or self._failure is not None,
                timeout=timeout,
            )
        self.check()
        return done

    def close(self) -> None:
        """Stop the thread after the batches already queued."""
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout=30)

    def agreement_totals(self) -> Tuple[int, int]:
        """The pair memory's running totals: pairs revisited, and of them those whose
        label agreed with their previous visit's (read together)."""
        with self._condition:
            return self.counters.pairs_revisited, self.counters.labels_agreed

    @property
    def queued(self) -> int:
        return len(self._pending)

    # ---- worker side ---------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                batch = self._pending.popleft()
                self._busy = True
            try:
                report = self.assistant.observe(batch.ids, batch.losses, batch.target_lengths,
                                                batch.weights)
            except BaseException:  # noqa: B902 - any failure must reach the Boss
                with self._condition:
                    self._failure = traceback.format_exc()
                    self._busy = False
                    self._condition.notify_all()
                return
            with self._condition:
                self._record(batch, report)
                self._busy = False
                self._condition.notify_all()

    def _record(self, batch: LossBatch, report: StepReport) -> None:
        self.counters.batches_trained += 1
        self.counters.pairs_trained += report.num_pairs
        if report.num_pairs:
            self.counters.pairs_correct += report.accuracy * report.num_pairs
        self.counters.pairs_revisited += report.revisited
        self.counters.labels_agreed += report.agreed
        self.counters.last_trained_update = max(self.counters.last_trained_update, batch.update)
