"""AutoAssist under data-parallel training: two CPU processes with the gloo backend."""
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

import fairseq_autoassist  # noqa: F401  (allowlists fairseq's checkpoint types)
from conftest import run, train_command
from fairseq_autoassist.assistant import weights_fingerprint
from fairseq_autoassist.distributed import DistributedFeed, LossGather
from fairseq_autoassist.worker import AssistantWorkerError, LossBatch
from test_train_e2e import checkpoint_assistant, epoch_metrics

AGREE = re.compile(r"at the (start|validation) (?:of|in) epoch (\d+) the Assistants of (\d+) "
                   r"workers agree \((\d+) steps, weights (\w+)\)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def distributed_options(rank: int, port: int, world_size: int = 2):
    return [
        "--distributed-world-size", str(world_size), "--distributed-rank", str(rank),
        "--distributed-no-spawn", "--distributed-init-method", f"tcp://127.0.0.1:{port}",
        "--distributed-backend", "gloo", "--ddp-backend", "legacy_ddp",
    ]


def env():
    variables = {**os.environ, "PYTHONWARNINGS": "ignore", "OMP_NUM_THREADS": "1"}
    variables.pop("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", None)
    return variables


def start_workers(data, save_dir, *extra, logs: Path):
    port = free_port()
    processes = []
    for rank in range(2):
        log = open(logs / f"rank{rank}.log", "w")
        processes.append(subprocess.Popen(
            train_command(data, save_dir, *extra, *distributed_options(rank, port)),
            stdout=log, stderr=subprocess.STDOUT, text=True, env=env(),
        ))
        log.close()
    return processes


def stop(processes):
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


# ---- the gather, in two spawned processes ---------------------------------------------

class FakeWorker:
    """What DistributedFeed needs of an AssistantWorker, recording what it is given."""

    def __init__(self, queued=0, queue_size=4, failed=False):
        self.queued, self.queue_size, self.failed = queued, queue_size, failed
        self.submitted, self.dropped = [], 0

    def check(self):
        if self.failed:
            raise AssistantWorkerError("assistant exploded")

    def submit(self, batch):
        self.submitted.append(batch)

    def count_dropped(self):
        self.dropped += 1


def _rank_rows(rank: int, count: int, offset: int = 0):
    ids = np.arange(count, dtype=np.int64) + 1000 * rank + offset
    return ids, ids * 0.5 + 0.125, ids % 7 + 1


def _gather_worker(rank: int, init_file: str, results: str):
    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=2)
    group = dist.new_group()
    out = {}
    gather = LossGather(group, 2, capacity=4)
    # Uneven counts (one worker empty, as with a dummy batch), then one over capacity.
    for name, counts in (("uneven", (3, 0)), ("grow", (2, 9))):
        rows = _rank_rows(rank, counts[rank])
        got = gather.gather(*rows, queued=rank)
        out[name] = (got.ids, got.losses, got.target_lengths, got.max_queued, gather.capacity)
    # The feed: identical drops from the gathered queue lengths, and a failed worker.
    feed = DistributedFeed(group, rank, 2)
    feed.gather.capacity = 4
    worker = FakeWorker(queued=4 if rank == 1 else 0, queue_size=4)
    out["dropped"] = feed.submit(worker, LossBatch(7, *_rank_rows(rank, 2)))
    out["dropped_counts"] = (len(worker.submitted), worker.dropped)
    worker = FakeWorker(queued=0, queue_size=4)
    out["kept"] = feed.submit(worker, LossBatch(8, *_rank_rows(rank, 2 + rank)))
    out["kept_batch"] = (worker.submitted[0].update, worker.submitted[0].ids,
                         worker.submitted[0].weights)
    # the inverse keep probabilities travel with their pairs (--assistant-unbiased-threshold)
    worker = FakeWorker(queued=0, queue_size=4)
    rows = _rank_rows(rank, 2 + rank)
    feed.submit(worker, LossBatch(10, *rows, weights=1.0 + rows[0] / 4.0))
    out["weighted_batch"] = (worker.submitted[0].ids, worker.submitted[0].weights)
    try:
        feed.submit(FakeWorker(failed=rank == 1), LossBatch(9, *_rank_rows(rank, 1)))
        out["failure"] = None
    except AssistantWorkerError as error:
        out["failure"] = str(error)
    torch.save(out, f"{results}.{rank}")
    dist.destroy_process_group()


def test_gather_is_exact_in_rank_order_and_drops_identically(tmp_path):
    init_file, results = str(tmp_path / "init"), str(tmp_path / "out")
    mp.spawn(_gather_worker, args=(init_file, results), nprocs=2, join=True)
    outs = [torch.load(f"{results}.{rank}", weights_only=False) for rank in range(2)]

    def expected(counts):
        parts = [_rank_rows(rank, count) for rank, count in enumerate(counts)]
        return [np.concatenate(column) for column in zip(*parts)]

    for out in outs:
        for name, counts, capacity in (("uneven", (3, 0), 4), ("grow", (2, 9), 16)):
            ids, losses, lengths, max_queued, got_capacity = out[name]
            want = expected(counts)
            assert ids.dtype == np.int64 and ids.tolist() == want[0].tolist()
            assert losses.tolist() == want[1].tolist()  # bit-exact, float64
            assert lengths.tolist() == want[2].tolist()
            assert max_queued == 1 and got_capacity == capacity
        # Worker 1's queue is full: both workers drop the same update, neither queues it.
        assert out["dropped"] is False and out["dropped_counts"] == (0, 1)
        assert out["kept"] is True
        update, ids, weights = out["kept_batch"]
        assert update == 8 and ids.tolist() == expected((2, 3))[0].tolist()
        assert weights is None  # not weighting: the label's plain averages
        ids, weights = out["weighted_batch"]
        assert ids.tolist() == expected((2, 3))[0].tolist()
        assert weights.tolist() == (1.0 + ids / 4.0).tolist()
    assert outs[1]["failure"] == "assistant exploded"
    assert re.search(r"trainer failed on worker\(s\) 1 of 2, so every worker stops at update 9",
                     outs[0]["failure"])


# ---- fairseq-train with two workers ----------------------------------------------------

def test_two_workers_keep_one_assistant_and_resume_on_one(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    processes = start_workers(tiny_bin, save_dir, "--max-epoch", "3", logs=tmp_path)
    try:
        codes = [process.wait(timeout=240) for process in processes]
    finally:
        stop(processes)
    log = (tmp_path / "rank0.log").read_text()
    assert codes == [0, 0], log[-3000:] + (tmp_path / "rank1.log").read_text()[-3000:]

    # One Assistant: at every epoch start and every validation both workers agree.
    agreements = AGREE.findall(log)
    assert {(where, int(epoch)) for where, epoch, *_ in agreements} == {
        (where, epoch) for where in ("start", "validation") for epoch in (1, 2, 3)
    }
    assert all(workers == "2" for *_, workers, _, _ in agreements)
    # Both workers announce plain fairseq's half-epoch (24 batches alone, 12 each) and
    # make the same number of updates.
    assert set(re.findall(r"epoch 00\d:\s+\d+ / (\d+)", log)) == {"12"}
    epochs = epoch_metrics(log)
    assert [int(epochs[e]["num_updates"]) for e in (1, 2, 3)] == [12, 24, 36]
    assert float(epochs[1]["keep_rate"]) == 1.0
    assert all(float(epochs[e]["keep_rate"]) < 0.9 for e in (2, 3))
    # The Assistant learnt from both workers' pairs: bsz is summed over workers by
    # fairseq, and every pair of every update reached it once per worker's Assistant.
    saved, _ = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    assert saved["steps"] == 36
    both_workers_pairs = sum(float(epochs[e]["bsz"]) * 12 for e in (1, 2, 3))
    assert abs(saved["pairs_seen"] - both_workers_pairs) <= 3
    final = [a for a in agreements if a[:2] == ("validation", "3")][0]
    assert int(final[3]) == saved["steps"]
    assert final[4] == weights_fingerprint(saved["weights"].numpy(), saved["bias"])

    # Resume on one worker: the same Assistant, a whole-data epoch of 24 batches.
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "4"), timeout=240)
    resumed = result.stdout + result.stderr
    assert result.returncode == 0, resumed[-3000:]
    restored = re.search(r"restored the Assistant \((\d+) steps, confidence [\d.]+, "
                         r"weights (\w+)\)", resumed)
    assert restored and int(restored.group(1)) == 36 and restored.group(2) == final[4]
    epochs = epoch_metrics(resumed)
    assert sorted(epochs) == [4] and int(epochs[4]["num_updates"]) == 36 + 24
    assert float(epochs[4]["keep_rate"]) < 0.9
    assert checkpoint_assistant(save_dir / "checkpoint_last.pt")[0]["steps"] == 60


def test_a_killed_worker_brings_the_other_down_within_a_minute(tiny_bin, tmp_path):
    processes = start_workers(tiny_bin, tmp_path / "ck", "--max-epoch", "1000", "--no-save",
                              logs=tmp_path)
    log_path = tmp_path / "rank0.log"
    try:
        deadline = time.monotonic() + 120
        while "epoch 003" not in log_path.read_text():  # shrinking, mid-run
            assert processes[0].poll() is None and time.monotonic() < deadline, \
                log_path.read_text()[-3000:]
            time.sleep(0.2)
        processes[1].send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        code = processes[0].wait(timeout=120)
        elapsed = time.monotonic() - killed_at
    finally:
        stop(processes)
    log = log_path.read_text()
    assert code != 0 and elapsed < 60, (code, elapsed)
    assert re.search(r"Connection (reset|closed) by peer|failed, most likely because another "
                     r"worker died", log), log[-3000:]
