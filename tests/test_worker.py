"""The Assistant's background trainer: never blocks the Boss, never dies silently."""
import threading

import numpy as np
import pytest
import scipy.sparse as sp

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.worker import AssistantWorker, AssistantWorkerError, LossBatch


def batch(update, ids=(0, 1, 2)):
    ids = np.array(ids)
    return LossBatch(update, ids, np.arange(len(ids), dtype=float) + 1, np.ones(len(ids)))


class GatedAssistant(TokenAssistant):
    """Blocks in observe until the test opens the gate."""

    def __init__(self):
        super().__init__(sp.csr_matrix(np.eye(3, dtype=np.float32)), AssistantSettings())
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.seen_updates = []

    def observe(self, ids, losses, lengths, weights=None):
        self.entered.set()
        self.gate.wait(10)
        return super().observe(ids, losses, lengths, weights)


def test_trains_every_batch_in_order_and_reports_counters():
    assistant = TokenAssistant(sp.csr_matrix(np.eye(3, dtype=np.float32)), AssistantSettings())
    worker = AssistantWorker(assistant, queue_size=8)
    for update in range(5):
        worker.submit(batch(update))
    assert worker.drain(timeout=10)
    assert assistant.steps == 5
    assert worker.counters.batches_trained == 5 and worker.counters.pairs_trained == 15
    assert worker.counters.last_trained_update == 4 and worker.counters.batches_dropped == 0
    worker.close()


def test_full_queue_drops_the_oldest_and_counts_without_blocking():
    assistant = GatedAssistant()
    worker = AssistantWorker(assistant, queue_size=2)
    worker.submit(batch(0))
    assert assistant.entered.wait(5)  # the worker holds batch 0
    for update in range(1, 6):  # queue of 2: batches 1, 2, 3 are dropped
        worker.submit(batch(update))
    assert worker.counters.batches_dropped == 3 and worker.queued == 2
    assistant.gate.set()
    worker.drain(timeout=10)
    assert worker.counters.batches_trained == 3 and worker.counters.last_trained_update == 5
    worker.close()


def test_a_failing_worker_stops_the_boss_with_its_traceback():
    class Broken(TokenAssistant):
        def observe(self, ids, losses, lengths, weights=None):
            raise FloatingPointError("assistant exploded")

    worker = AssistantWorker(Broken(sp.csr_matrix((3, 3)), AssistantSettings()), queue_size=4)
    worker.submit(batch(0))
    with pytest.raises(AssistantWorkerError, match="(?s)frozen Assistant.*assistant exploded"):
        worker.drain(timeout=10)
    with pytest.raises(AssistantWorkerError):
        worker.submit(batch(1))
