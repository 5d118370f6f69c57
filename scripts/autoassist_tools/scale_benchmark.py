"""Start-up, memory and scoring speed of the plug-in at millions of pairs, against plain
fairseq, on synthetic corpora.

The corpora are written by :mod:`autoassist_tools.data_sources.synthetic` (Zipf token
ids, WMT-like lengths) and cached in ``--work-dir``.

The plug-in holds per-pair state (the Assistant's features, the pair memory, keep
decisions) that plain fairseq does not, so its start-up and memory grow with the
corpus; this tool measures how fast. For each corpus size, worker count and arm it runs
fairseq-train with a tiny model for a few updates and records:

- start-up: seconds from launching the worker(s) to the first ``| train_inner |`` line
  of rank 0 (``--log-interval 1``: the first update included), and the moments the
  log reaches its milestones on the way (model built, data loaded, features, ...);
- wall time to the end;
- peak resident memory (``VmHWM``) of each worker process, polled every 0.1 s.

Arms: ``plain`` (``--task translation``), ``autoassist`` (the plug-in's defaults),
``autoassist-select`` (``--assistant-selection assistant --assistant-warmup-epochs 0``:
the Assistant's selection, which the defaults leave off) and ``autoassist-memory`` (the
same with ``--assistant-memory``). Within a repeat the arms alternate, so that machine noise
spreads over them. Then, in a child process per corpus, the Assistant itself: the time
to build its features of the training set and, once it has trained a few hundred steps
on random losses, its scoring (``keep_probability``) and training (``observe``) rates.

The report gives, per worker count, each arm's start-up and peak memory, the plug-in's
extra memory over plain (MiB and bytes per pair), least-squares lines of extra memory
and start-up against the number of pairs, projected to 36 million pairs, and the
scoring table. A size that the machine's free memory or disk cannot hold (projected
from the sizes measured before it) is skipped with the reason printed.

Example (the full benchmark; the corpora, a few GB, are kept in runs/scale)::

    python -m autoassist_tools scale --pairs 1000000 5000000 20000000 --workers 1 2
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import median
from typing import Callable, Dict, IO, List, Optional, Sequence, Tuple

import numpy as np

from .data_sources import synthetic

MIB = 1 << 20
PROJECT_TO = 36_000_000  # pairs: the report's projection (WMT14 en-fr's size)
POLL_SECONDS = 0.1
INNER = re.compile(r"\| train_inner \|.*")
UPDATES = re.compile(r"num_updates=(\d+)")
# moments of rank 0's log on the way to the first update, in the order they come
MILESTONES: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    ("model built", re.compile(r"num\. (?:shared )?model params")),
    ("training data loaded", re.compile(r"\btrain \S+-\S+ [\d,]+ examples")),
    ("features started", re.compile(r"AutoAssist: building")),
    ("assistant ready", re.compile(r"AutoAssist: Assistant ready")),
    ("epoch begun", re.compile(r"begin training epoch 1\b")),
    ("iterating", re.compile(r"Start iterating over samples")),  # the first batch next
    ("first update", INNER),
)
BEFORE_FIRST_UPDATE = "iterating"
TINY_MODEL = [
    "--arch", "transformer", "--encoder-layers", "1", "--decoder-layers", "1",
    "--encoder-embed-dim", "64", "--decoder-embed-dim", "64",
    "--encoder-ffn-embed-dim", "128", "--decoder-ffn-embed-dim", "128",
    "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
    "--max-source-positions", "256", "--max-target-positions", "256",
    "--cpu", "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "4096",
    "--disable-validation", "--no-save", "--num-workers", "0",
    "--log-format", "simple", "--log-interval", "1",
]
# a worker's peak before anything is measured (the first size): the tiny model's own
# ~2 GiB at --max-tokens 4096 (its 32k-word logits) and an allowance per pair, twice
# what plain fairseq and the plug-in took together at 1 to 20 million pairs (about 110
# bytes per pair: results/scale/report.md)
PRIOR_BASE_MIB = 2560.0
PRIOR_BYTES_PER_PAIR = 220.0


@dataclass(frozen=True)
class ScaleArm:
    """One way of running fairseq-train: its task, and whether it loads the plug-in."""

    name: str
    options: Tuple[str, ...]
    plugin: bool = True


ARMS: Dict[str, ScaleArm] = {arm.name: arm for arm in (
    ScaleArm("plain", ("--task", "translation"), plugin=False),
    ScaleArm("autoassist", ("--task", "autoassist_translation")),
    ScaleArm("autoassist-select", ("--task", "autoassist_translation",
                                   "--assistant-selection", "assistant",
                                   "--assistant-warmup-epochs", "0")),
    ScaleArm("autoassist-memory", ("--task", "autoassist_translation",
                                   "--assistant-selection", "assistant",
                                   "--assistant-warmup-epochs", "0", "--assistant-memory")),
)}


@dataclass
class RunResult:
    """One fairseq-train run (all its workers); times in seconds, memory in MiB."""

    pairs: int
    workers: int
    arm: str
    repeat: int
    status: str  # "ok", or why not
    startup_s: Optional[float]
    wall_s: float
    peak_rss_mib: List[float]  # VmHWM of each worker, rank order
    last_rss_mib: List[float]  # VmRSS at the last poll before it exited
    peak_total_rss_mib: float  # the most the workers held at one poll, together
    # the most private memory (RssAnon) seen at a poll, of each worker: VmHWM also counts
    # the pages of the mmapped corpus a worker has read, which the workers share
    peak_anon_mib: List[float] = field(default_factory=list)
    milestones: Dict[str, float] = field(default_factory=dict)
    # rank 0's VmRSS and RssAnon at each milestone: before the first update, the
    # per-pair state without the peak of the model's first batch
    milestone_memory: Dict[str, Dict[str, float]] = field(default_factory=dict)
    updates: int = 0
    log: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class Skipped:
    pairs: int
    workers: Optional[int]  # None: the whole size (or its scoring, with what="scoring")
    reason: str
    what: str = "training"


@dataclass(frozen=True)
class Line:
    """``y = intercept + slope * x``, fitted by least squares."""

    slope: float
    intercept: float
    points: int

    def at(self, x: float) -> float:
        return self.intercept + self.slope * x


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> Optional[Line]:
    """The least-squares line through the points; ``None`` below two distinct xs."""
    if len(set(xs)) < 2:
        return None
    slope, intercept = np.polyfit(np.asarray(xs, float), np.asarray(ys, float), 1)
    return Line(float(slope), float(intercept), len(xs))


# ---- the machine --------------------------------------------------------------------

def meminfo() -> Dict[str, int]:
    """/proc/meminfo in bytes (MemTotal, MemAvailable, ...)."""
    values = {}
    with open("/proc/meminfo") as lines:
        for line in lines:
            name, _, rest = line.partition(":")
            parts = rest.split()
            if parts:
                values[name] = int(parts[0]) * (1024 if parts[1:] == ["kB"] else 1)
    return values


MEMORY_FIELDS = ("VmHWM", "VmRSS", "RssAnon", "RssFile")


def process_memory(pid: int) -> Optional[Dict[str, int]]:
    """VmHWM (peak resident), VmRSS, and its private (RssAnon) and file-backed (RssFile:
    the mmapped corpus, shared between workers) parts, of a live process in bytes;
    ``None`` once it has exited (a zombie's status has no memory lines)."""
    found = {}
    try:
        with open(f"/proc/{pid}/status") as lines:
            for line in lines:
                name, _, rest = line.partition(":")
                if name in MEMORY_FIELDS:
                    found[name] = int(rest.split()[0]) * 1024
    except OSError:
        return None
    return found if len(found) == len(MEMORY_FIELDS) else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def plugin_path() -> Path:
    """The plug-in's folder, for --user-dir: the package this environment imports
    (found without importing it, so that --help stays light)."""
    spec = importlib.util.find_spec("fairseq_autoassist")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fairseq_autoassist is not importable; install the project")
    return Path(list(spec.submodule_search_locations)[0]).resolve()


def child_environment(threads: int) -> Dict[str, str]:
    """Unbuffered output, so each line is timed when written; a fixed thread count."""
    return {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONWARNINGS": "ignore",
            "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}


# ---- running and watching -------------------------------------------------------------

def distributed_options(rank: int, port: int, world_size: int) -> List[str]:
    """One worker of ``world_size`` CPU processes (tests/test_distributed.py's way)."""
    if world_size == 1:
        return []
    return ["--distributed-world-size", str(world_size), "--distributed-rank", str(rank),
            "--distributed-no-spawn", "--distributed-init-method", f"tcp://127.0.0.1:{port}",
            "--distributed-backend", "gloo", "--ddp-backend", "legacy_ddp"]


def train_command(trainer: List[str], arm: ScaleArm, data: str, save_dir: Path,
                  max_update: int, seed: int = 1) -> List[str]:
    """fairseq-train for one arm, without the distributed options."""
    plugin = ["--user-dir", str(plugin_path())] if arm.plugin else []
    return [*trainer, data, *plugin, *arm.options,
            "--source-lang", synthetic.SOURCE, "--target-lang", synthetic.TARGET,
            *TINY_MODEL, "--max-update", str(max_update), "--seed", str(seed),
            "--save-dir", str(save_dir)]


@dataclass
class Watched:
    """What :func:`watch` saw of a group of processes."""

    status: str
    wall_s: float
    peak: List[int]
    last: List[int]
    peak_total: int
    peak_anon: List[int]


def watch(processes: List[subprocess.Popen], started: float, timeout: float,
          memory_floor: int, done: Callable[[], bool] = lambda: True) -> Watched:
    """Poll the processes' memory every ~0.1 s until all have exited (and ``done()``);
    stop them all if one fails, if the run passes ``timeout`` seconds, or if the
    machine's available memory falls under ``memory_floor`` bytes (before the kernel's
    OOM killer picks a victim of its own)."""
    count = len(processes)
    peak, last, peak_anon, peak_total = [0] * count, [0] * count, [0] * count, 0
    status = "ok"
    while True:
        total = 0
        for rank, process in enumerate(processes):
            memory = process_memory(process.pid) if process.poll() is None else None
            if memory is not None:
                peak[rank] = max(peak[rank], memory["VmHWM"])
                peak_anon[rank] = max(peak_anon[rank], memory["RssAnon"])
                last[rank] = memory["VmRSS"]
                total += memory["VmRSS"]
        peak_total = max(peak_total, total)
        codes = [process.poll() for process in processes]
        if all(code is not None for code in codes) and done():
            break
        failed = [(rank, code) for rank, code in enumerate(codes) if code not in (None, 0)]
        problem = None
        if failed:
            problem = f"failed: worker {failed[0][0]} exited with {failed[0][1]}"
        elif time.monotonic() - started > timeout:
            problem = f"timed out after {timeout:.0f} s"
        else:
            available = meminfo().get("MemAvailable", memory_floor + 1)
            if available < memory_floor:
                problem = (f"stopped: the machine's available memory fell to "
                           f"{available / MIB:.0f} MiB")
        if problem is not None and any(code is None for code in codes):
            status = problem
            stop(processes)
        elif problem is not None and status == "ok":
            status = problem
        time.sleep(POLL_SECONDS)
    wall = time.monotonic() - started
    codes = [process.returncode for process in processes]
    if status == "ok" and any(codes):
        status = f"failed: exit codes {codes}"
    return Watched(status, wall, peak, last, peak_total, peak_anon)


def stop(processes: List[subprocess.Popen]) -> None:
    """End the processes this tool started: SIGTERM, then SIGKILL after 20 s."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + 20
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Rank0Reader(threading.Thread):
    """Reads rank 0's output as it comes: logs each line, and times the milestones and
    reads the process's memory at each (a few milliseconds after fairseq wrote it)."""

    def __init__(self, process: subprocess.Popen, log: IO[str], started: float) -> None:
        super().__init__(daemon=True)
        self.stream, self.pid = process.stdout, process.pid
        self.log, self.started = log, started
        self.milestones: Dict[str, float] = {}
        self.memory: Dict[str, Dict[str, float]] = {}
        self.updates = 0

    def run(self) -> None:
        for line in self.stream:
            now = time.monotonic() - self.started
            self.log.write(line)
            for name, pattern in MILESTONES:
                if name not in self.milestones and pattern.search(line):
                    self.milestones[name] = round(now, 3)
                    memory = process_memory(self.pid)
                    if memory is not None:
                        self.memory[name] = {"rss_mib": round(memory["VmRSS"] / MIB, 1),
                                             "anon_mib": round(memory["RssAnon"] / MIB, 1)}
            if INNER.search(line):
                found = UPDATES.search(line)
                self.updates = int(found.group(1)) if found else self.updates + 1


def run_training(trainer: List[str], arm: ScaleArm, data: str, pairs: int, workers: int,
                 repeat: int, settings: argparse.Namespace) -> RunResult:
    """One run of an arm with ``workers`` processes, measured."""
    name = f"{pairs}-w{workers}-{arm.name}-r{repeat}"
    logs = settings.work_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    save_dir = settings.work_dir / "save" / name  # --no-save: fairseq only makes it
    shutil.rmtree(save_dir, ignore_errors=True)
    command = train_command(trainer, arm, data, save_dir, settings.max_update, settings.seed)
    port = free_port()
    env = child_environment(settings.threads)
    files, processes = [], []
    started = time.monotonic()
    try:
        for rank in range(workers):
            log = open(logs / f"{name}.rank{rank}.log", "w")
            files.append(log)
            full = command + distributed_options(rank, port, workers)
            log.write("$ " + shlex.join(full) + "\n")
            log.flush()
            processes.append(subprocess.Popen(
                full, stdout=subprocess.PIPE if rank == 0 else log,
                stderr=subprocess.STDOUT, text=True, bufsize=1, env=env))
        reader = Rank0Reader(processes[0], files[0], started)
        reader.start()
        watched = watch(processes, started, settings.timeout, memory_floor(),
                        done=lambda: not reader.is_alive())
        reader.join(timeout=10)
    except BaseException:
        stop(processes)
        raise
    finally:
        for log in files:
            log.close()
        shutil.rmtree(save_dir, ignore_errors=True)
        try:
            save_dir.parent.rmdir()
        except OSError:
            pass
    status = watched.status
    if status == "ok" and "first update" not in reader.milestones:
        status = "failed: no training update was logged"
    return RunResult(
        pairs=pairs, workers=workers, arm=arm.name, repeat=repeat, status=status,
        startup_s=reader.milestones.get("first update"), wall_s=round(watched.wall_s, 3),
        peak_rss_mib=[round(b / MIB, 1) for b in watched.peak],
        last_rss_mib=[round(b / MIB, 1) for b in watched.last],
        peak_total_rss_mib=round(watched.peak_total / MIB, 1),
        peak_anon_mib=[round(b / MIB, 1) for b in watched.peak_anon],
        milestones=reader.milestones, milestone_memory=reader.memory, updates=reader.updates,
        log=str(logs / f"{name}.rank0.log"))


def memory_floor() -> int:
    """Available memory under which a run is stopped: 3% of the machine, 512 MiB at least."""
    return max(512 * MIB, int(0.03 * meminfo().get("MemTotal", 0)))


# ---- the Assistant's scoring, in a child process ------------------------------------------

def scoring_main(argv: Optional[Sequence[str]] = None) -> int:
    """The child's side of :func:`run_scoring`: ``FOLDER OUT_JSON STEPS SECONDS SEED``."""
    folder, out, steps, seconds, seed = (sys.argv[1:] if argv is None else argv)
    result = measure_scoring(Path(folder), int(steps), float(seconds), int(seed))
    Path(out).write_text(json.dumps(result, indent=2) + "\n")
    return 0


def _rate(call: Callable[[object], object], items: List[object], size: int,
          seconds: float, minimum: int = 20) -> Tuple[float, int]:
    """Pairs per second of ``call`` (``size`` pairs a call) over the items, cycled for
    about ``seconds`` and at least ``minimum`` calls."""
    calls, start = 0, time.perf_counter()
    while calls < minimum or time.perf_counter() - start < seconds:
        call(items[calls % len(items)])
        calls += 1
    return calls * size / (time.perf_counter() - start), calls


def measure_scoring(folder: Path, steps: int, seconds: float, seed: int) -> Dict:
    """Build the Assistant on the training set as the plug-in does, train it on random
    losses, then time its scoring and its training steps."""
    from fairseq.data import Dictionary, LanguagePairDataset, data_utils

    from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
    from fairseq_autoassist.features import dataset_pair_features

    def side(lang: str):
        dictionary = Dictionary.load(str(folder / f"dict.{lang}.txt"))
        prefix = folder / f"train.{synthetic.SOURCE}-{synthetic.TARGET}.{lang}"
        return dictionary, data_utils.load_indexed_dataset(str(prefix), dictionary)

    start = time.perf_counter()
    (src_dict, src), (tgt_dict, tgt) = side(synthetic.SOURCE), side(synthetic.TARGET)
    dataset = LanguagePairDataset(src, src.sizes, src_dict, tgt, tgt.sizes, tgt_dict)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    features = dataset_pair_features(dataset, src_dict, tgt_dict, "tf")
    build_s = time.perf_counter() - start
    result: Dict = {"pairs": len(dataset), "load_s": round(load_s, 3),
                    "feature_build_s": round(build_s, 3),
                    "features_type": type(features).__name__,
                    "features_nnz": int(getattr(features, "nnz", -1)),
                    "steps": steps, "seconds_per_measurement": seconds, "predictors": {}}
    target_lengths = np.asarray(tgt.sizes, dtype=np.int64)
    for memory in (False, True):
        rng = np.random.default_rng(seed)
        start = time.perf_counter()
        assistant = TokenAssistant(features, AssistantSettings(memory=memory))
        construct_s = time.perf_counter() - start

        def batch(size: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
            ids = rng.integers(0, len(dataset), size)
            lengths = target_lengths[ids]
            return ids, lengths * rng.lognormal(np.log(4.0), 0.5, size), lengths

        start = time.perf_counter()
        for _ in range(steps):
            assistant.observe(*batch(256))
        train_s = time.perf_counter() - start
        scored = {}
        for size in (128, 2048):
            chunks = [rng.integers(0, len(dataset), size) for _ in range(16)]
            rate, calls = _rate(assistant.keep_probability, chunks, size, seconds)
            scored[str(size)] = {"candidates_per_s": round(rate, 1), "calls": calls}
        batches = [batch(2048) for _ in range(8)]
        observe_rate, calls = _rate(lambda b: assistant.observe(*b), batches, 2048, seconds)
        result["predictors"]["memory" if memory else "token"] = {
            "construct_s": round(construct_s, 3), "warm_up_steps_s": round(train_s, 3),
            "confidence": round(float(assistant.confidence), 4),
            "floor": round(float(assistant.floor()), 4),
            "keep_probability": scored,
            "observe_2048": {"pairs_per_s": round(observe_rate, 1), "calls": calls},
        }
        del assistant
    return result


def run_scoring(folder: Path, pairs: int, settings: argparse.Namespace) -> Dict:
    """The scoring measurement of one corpus in a child process (its memory is the
    child's, and given back when it ends), with the child's peak memory."""
    out = settings.work_dir / "logs" / f"{pairs}-scoring.json"
    log_path = settings.work_dir / "logs" / f"{pairs}-scoring.log"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-c",
               "import sys; from autoassist_tools.scale_benchmark import scoring_main; "
               "sys.exit(scoring_main())",
               str(folder), str(out), str(settings.assistant_steps),
               str(settings.scoring_seconds), str(settings.seed)]
    started = time.monotonic()
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                   env=child_environment(settings.threads))
        try:
            watched = watch([process], started, settings.timeout, memory_floor())
        except BaseException:
            stop([process])
            raise
    result = json.loads(out.read_text()) if watched.status == "ok" and out.exists() else {}
    result.update(status=watched.status, wall_s=round(watched.wall_s, 3),
                  peak_rss_mib=round(watched.peak[0] / MIB, 1), log=str(log_path))
    return result


# ---- will it fit ------------------------------------------------------------------------

def worker_peak_line(runs: List[RunResult], workers: Optional[int]
                     ) -> Tuple[Optional[Line], List[Tuple[int, float]]]:
    """Per-worker peak memory (bytes, the most of any arm) against pairs, from the
    finished runs with ``workers`` workers (any count when ``None``)."""
    by_size: Dict[int, float] = {}
    for run in runs:
        if run.ok and (workers is None or run.workers == workers):
            by_size[run.pairs] = max(by_size.get(run.pairs, 0.0), max(run.peak_rss_mib) * MIB)
    points = sorted(by_size.items())
    return fit_line([p for p, _ in points], [b for _, b in points]), points


def projected_worker_bytes(pairs: int, runs: List[RunResult], workers: Optional[int]) -> float:
    """A worker's projected peak at ``pairs``: the line through the sizes measured
    (never under the largest one's peak), or with one size its peak above the prior's
    base grown in proportion, or the prior with none."""
    line, points = worker_peak_line(runs, workers)
    if not points and workers is not None:
        line, points = worker_peak_line(runs, None)
    if not points:
        return PRIOR_BASE_MIB * MIB + PRIOR_BYTES_PER_PAIR * pairs
    size, peak = points[-1]
    if line is not None:
        return max(line.at(pairs), peak)
    base = min(peak, PRIOR_BASE_MIB * MIB)
    return base + (peak - base) * max(1.0, pairs / size)


def memory_check(pairs: int, processes: int, runs: List[RunResult],
                 workers: Optional[int]) -> Optional[str]:
    """Why ``processes`` workers on ``pairs`` pairs would not fit, or ``None``."""
    info = meminfo()
    need = processes * projected_worker_bytes(pairs, runs, workers)
    usable = info.get("MemAvailable", 0) - max(MIB << 10, int(0.1 * info.get("MemTotal", 0)))
    if need > usable:
        return (f"{processes} worker(s) would need about {need / (MIB << 10):.1f} GiB, "
                f"{max(usable, 0) / (MIB << 10):.1f} GiB is available (less a margin)")
    return None


def disk_check(spec: synthetic.CorpusSpec, root: Path) -> Optional[str]:
    existing = root if root.exists() else root.parent
    while not existing.exists():
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    need = synthetic.disk_bytes(spec)
    if need > free:
        return f"the corpus needs about {need / (MIB << 10):.1f} GiB of disk, " \
               f"{free / (MIB << 10):.1f} GiB is free"
    return None


# ---- the report -----------------------------------------------------------------------------

def _median(values: List[float]) -> Optional[float]:
    return median(values) if values else None


def arm_cell(runs: List[RunResult], pairs: int, workers: int, arm: str) -> Optional[Dict]:
    """Median start-up, per-rank peak and per-worker mean peak of an arm's finished runs."""
    done = [r for r in runs if r.ok and (r.pairs, r.workers, r.arm) == (pairs, workers, arm)]
    if not done:
        return None
    return {
        "startup_s": _median([r.startup_s for r in done if r.startup_s is not None]),
        "wall_s": _median([r.wall_s for r in done]),
        "peak_per_rank_mib": [median(r.peak_rss_mib[k] for r in done) for k in range(workers)],
        "peak_mib": median(float(np.mean(r.peak_rss_mib)) for r in done),
        "anon_mib": _median([float(np.mean(r.peak_anon_mib)) for r in done if r.peak_anon_mib]),
        "ready_mib": _median([r.milestone_memory[BEFORE_FIRST_UPDATE]["rss_mib"] for r in done
                              if BEFORE_FIRST_UPDATE in r.milestone_memory]),
        "runs": len(done),
    }


@dataclass
class ArmFits:
    """An arm's lines against pairs at one worker count; the extra memory is per worker,
    over plain (``None`` for plain itself)."""

    startup: Optional[Line]
    extra_bytes: Optional[Line]  # of the peaks (VmHWM)
    extra_ready_bytes: Optional[Line] = None  # of rank 0's RSS before its first update


def _line(points: List[Tuple[int, float]]) -> Optional[Line]:
    return fit_line([x for x, _ in points], [y for _, y in points])


def fits(runs: List[RunResult], workers: int, arms: List[str]) -> Dict[str, ArmFits]:
    sizes = sorted({r.pairs for r in runs if r.workers == workers})
    out = {}
    for arm in arms:
        startup, extra, ready = [], [], []
        for pairs in sizes:
            cell = arm_cell(runs, pairs, workers, arm)
            plain = arm_cell(runs, pairs, workers, "plain")
            if cell and cell["startup_s"] is not None:
                startup.append((pairs, cell["startup_s"]))
            if cell and plain and arm != "plain":
                extra.append((pairs, (cell["peak_mib"] - plain["peak_mib"]) * MIB))
                if None not in (cell["ready_mib"], plain["ready_mib"]):
                    ready.append((pairs, (cell["ready_mib"] - plain["ready_mib"]) * MIB))
        out[arm] = ArmFits(_line(startup), _line(extra), _line(ready))
    return out


def _num(value: Optional[float], digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def extra_rows(runs: List[RunResult], workers: int, arms: List[str],
               sizes: List[int]) -> List[str]:
    """The extra table's rows: each plug-in arm against plain, where both finished."""
    rows = []
    for pairs in sizes:
        plain = arm_cell(runs, pairs, workers, "plain")
        for arm in arms:
            cell = arm_cell(runs, pairs, workers, arm)
            if arm == "plain" or not (cell and plain):
                continue

            def over(key: str) -> Optional[float]:
                return None if None in (cell[key], plain[key]) else cell[key] - plain[key]

            extra = cell["peak_mib"] - plain["peak_mib"]
            rows.append(f"| {pairs:,} | {arm} | {extra:,.0f} | {extra * MIB / pairs:,.0f} | "
                        f"{_num(over('anon_mib'), 0)} | {_num(over('ready_mib'), 0)} | "
                        f"{_num(over('startup_s'))} |")
    return rows


def worker_section(runs: List[RunResult], workers: int, arms: List[str],
                   skipped: List[Skipped]) -> List[str]:
    sizes = sorted({r.pairs for r in runs if r.workers == workers})
    lines = [f"## {workers} worker{'s' if workers > 1 else ''}", ""]
    if not sizes:
        lines += ["No run finished.", ""]
    else:
        per = "peak RSS MiB per worker" if workers > 1 else "peak RSS MiB"
        lines += ["Start-up: seconds from the launch to the first `train_inner` line (one "
                  "update included). Peak RSS: the worker process's VmHWM"
                  + (", each rank's: `rank 0 / rank 1 / ...`." if workers > 1 else "."), ""]
        header = "| pairs | " + " | ".join(f"{a} start-up s | {a} {per}" for a in arms) + " |"
        lines += [header, "|---:|" + "---:|---:|" * len(arms)]
        for pairs in sizes:
            cells = []
            for arm in arms:
                cell = arm_cell(runs, pairs, workers, arm)
                failed = [r.status for r in runs if (r.pairs, r.workers, r.arm)
                          == (pairs, workers, arm) and not r.ok]
                if cell is None:
                    cells += [failed[0] if failed else "–", "–"]
                else:
                    cells += [_num(cell["startup_s"]),
                              " / ".join(f"{m:,.0f}" for m in cell["peak_per_rank_mib"])]
            lines.append(f"| {pairs:,} | " + " | ".join(cells) + " |")
        lines.append("")
        rows = extra_rows(runs, workers, arms, sizes)
        if rows:
            lines += ["The plug-in's extra over plain, per worker: of the peaks (the mean of "
                      "the ranks'), of the private peaks (RssAnon, polled: without the pages "
                      "of the mmapped corpus, which workers share) and of rank 0's RSS before "
                      "its first update (when fairseq logs `Start iterating over samples`: "
                      "the per-pair state, without the first batch's peak). Below a few "
                      "million pairs the peaks differ by the noise of the first batches (tens "
                      "of MiB: the peak is mostly a 4096-token batch's 32k-word logits):", "",
                      "| pairs | arm | extra MiB per worker | extra bytes per pair | "
                      "extra private MiB | extra MiB before the first update | "
                      "extra start-up s |", "|---:|---|---:|---:|---:|---:|---:|",
                      *rows, ""]
        lines += fit_table(fits(runs, workers, arms), arms, workers)
    for skip in skipped:
        if skip.workers == workers:
            lines.append(f"- skipped {skip.pairs:,} pairs: {skip.reason}")
    return lines + ([""] if any(s.workers == workers for s in skipped) else [])


def fit_table(arm_fits: Dict[str, ArmFits], arms: List[str], workers: int) -> List[str]:
    """The least-squares lines over the sizes, each projected to 36M pairs."""
    at = f"{PROJECT_TO / 1e6:.0f}M"
    memory = [f"Least-squares lines over the sizes, projected to {at} pairs. The plug-in's "
              "extra memory per worker:", "",
              f"| arm | extra of | bytes/pair | intercept MiB | at {at}: GiB per worker | "
              f"GiB for {workers} worker(s) |", "|---|---|---:|---:|---:|---:|"]
    startup = ["Start-up:", "", f"| arm | s per M pairs | intercept s | at {at}: s |",
               "|---|---:|---:|---:|"]
    for arm in arms:
        fit = arm_fits.get(arm)
        if fit is None:
            continue
        for what, line in (("peak", fit.extra_bytes),
                           ("RSS before the first update", fit.extra_ready_bytes)):
            if line is not None:
                memory.append(
                    f"| {arm} | {what} | {line.slope:,.1f} | {line.intercept / MIB:,.0f} | "
                    f"{line.at(PROJECT_TO) / (MIB << 10):,.2f} | "
                    f"{workers * line.at(PROJECT_TO) / (MIB << 10):,.2f} |")
        if fit.startup is not None:
            startup.append(f"| {arm} | {fit.startup.slope * 1e6:,.2f} | "
                           f"{fit.startup.intercept:,.1f} | {fit.startup.at(PROJECT_TO):,.0f} |")
    lines = (memory + [""] if len(memory) > 4 else []) + (startup + [""] if len(startup) > 4
                                                           else [])
    return lines or ["(A line needs two corpus sizes.)", ""]


def scoring_section(scoring: Dict[int, Dict]) -> List[str]:
    if not scoring:
        return []
    lines = ["## The Assistant's scoring", "",
             "Features of the whole training set built as the plug-in builds them "
             "(`dataset_pair_features`, `tf`), then an Assistant (`AssistantSettings()`, and "
             "with the pair memory) trained on random losses; `keep_probability` timed on "
             "random chunks of 128 and 2048 pairs, `observe` on 2048. Peak RSS: the child "
             "process that did all this.", "",
             "| pairs | load s | feature build s | peak RSS MiB | predictor | "
             "keep_probability 128: candidates/s | 2048: candidates/s | observe 2048: pairs/s |",
             "|---:|---:|---:|---:|---|---:|---:|---:|"]
    for pairs, result in sorted(scoring.items()):
        if result.get("status") != "ok":
            lines.append(f"| {pairs:,} | – | – | {_num(result.get('peak_rss_mib'), 0)} | "
                         f"{result.get('status')} | – | – | – |")
            continue
        for name, predictor in result["predictors"].items():
            keep = predictor["keep_probability"]
            lines.append(
                f"| {pairs:,} | {result['load_s']:.2f} | {result['feature_build_s']:.2f} | "
                f"{result['peak_rss_mib']:,.0f} | {name} | "
                f"{keep['128']['candidates_per_s']:,.0f} | "
                f"{keep['2048']['candidates_per_s']:,.0f} | "
                f"{predictor['observe_2048']['pairs_per_s']:,.0f} |")
        floors = {round(p["floor"], 3) for p in result["predictors"].values()}
        if any(f >= 1.0 for f in floors):
            lines.append(f"| {pairs:,} | | | | (the Assistant's floor is 1: keep_probability "
                         "returned ones without scoring; raise --assistant-steps) | | | |")
    return lines + [""]


def render_report(results: Dict) -> str:
    """The markdown report of a results dictionary (as saved in the JSON)."""
    runs = [RunResult(**r) for r in results["runs"]]
    skipped = [Skipped(**s) for s in results["skipped"]]
    arms, workers_list = results["settings"]["arm"], results["settings"]["workers"]
    lines = ["# Scale benchmark: start-up, memory and scoring speed", "",
             f"Command: `{results['command']}`", "",
             f"Machine: {results['machine']['cpus']} CPUs, "
             f"{results['machine']['memory_gib']:.1f} GiB; fairseq "
             f"{results['machine']['fairseq']}, torch {results['machine']['torch']}, "
             f"Python {results['machine']['python']}. {results['started']} to "
             f"{results.get('finished', '(unfinished)')}.", "",
             f"Each run: fairseq-train with a tiny transformer, `--max-update "
             f"{results['settings']['max_update']}`, {results['settings']['threads']} "
             f"thread(s) per worker, `{' '.join(TINY_MODEL)}`; arms: "
             + "; ".join(f"{a} `{' '.join(ARMS[a].options)}`"
                         + (" with `--user-dir`" if ARMS[a].plugin else "") for a in arms)
             + f". Repeats: {results['settings']['repeats']} (medians shown). Each run's "
             "full command is the first line of its log (`logs/` in the work folder).", ""]
    if results["corpora"]:
        lines += ["Corpora (synthetic: Zipf token ids, lognormal lengths):", "",
                  "| pairs | source tokens | target tokens | mean lengths | disk MiB | made in s |",
                  "|---:|---:|---:|---:|---:|---:|"]
        for pairs, corpus in sorted(results["corpora"].items(), key=lambda kv: int(kv[0])):
            made = "reused" if corpus.get("reused") else f"{corpus['seconds']:.0f}"
            lines.append(
                f"| {int(pairs):,} | {corpus['source_tokens']:,} | {corpus['target_tokens']:,} "
                f"| {corpus['mean_source_length']:.1f} / {corpus['mean_target_length']:.1f} | "
                f"{corpus['bytes_on_disk'] / MIB:,.0f} | {made} |")
        lines.append("")
    for skip in skipped:
        if skip.workers is None:
            lines.append(f"- skipped {skip.pairs:,} pairs ({skip.what}): {skip.reason}")
    if any(s.workers is None for s in skipped):
        lines.append("")
    for workers in ([] if results["settings"].get("generate_only") else workers_list):
        lines += worker_section(runs, workers, arms, skipped)
    lines += scoring_section({int(k): v for k, v in results["scoring"].items()})
    return "\n".join(lines).rstrip() + "\n"


# ---- the whole benchmark ----------------------------------------------------------------------

def machine() -> Dict:
    import fairseq
    import torch

    return {"cpus": os.cpu_count(), "memory_gib": meminfo()["MemTotal"] / (MIB << 10),
            "fairseq": fairseq.__version__, "torch": torch.__version__,
            "python": platform.python_version(), "host": platform.node()}


def fit_summary(runs: List[RunResult], settings: argparse.Namespace) -> Dict:
    """The fitted lines and their projections to 36M pairs, for the JSON."""
    def line(fit: Optional[Line]) -> Optional[Dict]:
        return None if fit is None else {**asdict(fit), "at_36M": fit.at(PROJECT_TO)}

    return {str(workers): {arm: {"startup_s": line(f.startup),
                                 "extra_peak_bytes_per_worker": line(f.extra_bytes),
                                 "extra_ready_bytes_per_worker": line(f.extra_ready_bytes)}
                           for arm, f in fits(runs, workers, settings.arm).items()}
            for workers in settings.workers}


def save(results: Dict, runs: List[RunResult], skipped: List[Skipped],
         settings: argparse.Namespace) -> str:
    results["runs"] = [asdict(r) for r in runs]
    results["skipped"] = [asdict(s) for s in skipped]
    results["fits"] = fit_summary(runs, settings)
    report = render_report(results)
    settings.json.parent.mkdir(parents=True, exist_ok=True)
    settings.json.write_text(json.dumps(results, indent=2) + "\n")
    settings.out.parent.mkdir(parents=True, exist_ok=True)
    settings.out.write_text(report)
    return report


def writing_progress(done: int, total: int) -> None:
    if done == total or done % (4 * synthetic.BLOCK_PAIRS) == 0:
        print(f"[scale]   {done:,} / {total:,} pairs written", flush=True)


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, nargs="+", default=[1_000_000, 5_000_000, 20_000_000],
                        help="corpus sizes, in training pairs (default: 1M 5M 20M)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="worker counts: 1, or CPU processes with gloo (default: 1 2)")
    parser.add_argument("--arm", action="append", choices=list(ARMS), default=None,
                        help="an arm to run; repeat for several (default: all of "
                        + ", ".join(ARMS) + ")")
    parser.add_argument("--repeats", type=int, default=1,
                        help="runs of each configuration, the arms alternating (default: 1)")
    parser.add_argument("--max-update", type=int, default=10,
                        help="updates of each run (default: 10)")
    parser.add_argument("--work-dir", type=Path, default=Path("runs/scale"),
                        help="corpora (reused when their summary matches), logs and "
                        "results (default: runs/scale)")
    parser.add_argument("--out", type=Path, default=None,
                        help="the markdown report (default: WORK_DIR/report.md)")
    parser.add_argument("--json", type=Path, default=None,
                        help="every measurement (default: the report's path with .json)")
    parser.add_argument("--vocab", type=int, default=32_000,
                        help="real tokens per side of the synthetic dictionaries (default: 32000)")
    parser.add_argument("--shards", type=int, default=1,
                        help="write each corpus as this many shards and train on "
                        "shard0:shard1:... (default: 1, one folder)")
    parser.add_argument("--seed", type=int, default=1,
                        help="the corpora's and the runs' seed (default: 1)")
    parser.add_argument("--threads", type=int, default=1,
                        help="OMP threads of each worker process (default: 1)")
    parser.add_argument("--timeout", type=float, default=7200,
                        help="seconds before a run is stopped (default: 7200)")
    parser.add_argument("--assistant-steps", type=int, default=300,
                        help="steps of 256 random losses the Assistant trains on before "
                        "its scoring is timed (default: 300)")
    parser.add_argument("--scoring-seconds", type=float, default=2.0,
                        help="seconds each scoring rate is measured for (default: 2)")
    parser.add_argument("--no-scoring", action="store_true",
                        help="skip the Assistant's scoring measurement")
    parser.add_argument("--no-warm-up", action="store_true",
                        help="skip the first, unrecorded run (which loads torch, fairseq and "
                        "the corpus into the file cache, so that the first arm measured "
                        "does not pay for it)")
    parser.add_argument("--no-memory-check", action="store_true",
                        help="try every size and worker count, even those the free memory "
                        "is projected not to hold (a run is still stopped when the "
                        "machine's available memory runs low)")
    parser.add_argument("--generate-only", action="store_true",
                        help="make (or check) the corpora, and stop")
    args = parser.parse_args(argv)
    args.arm = list(dict.fromkeys(args.arm or list(ARMS)))
    args.pairs = sorted(set(args.pairs))
    args.workers = sorted(set(args.workers))
    for name in ("repeats", "max_update", "vocab", "shards", "threads"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be >= 1")
    if min(args.pairs) < args.shards or min(args.workers) < 1:
        parser.error("every size needs at least one pair per shard, and --workers >= 1")
    args.out = args.out or args.work_dir / "report.md"
    args.json = args.json or args.out.with_suffix(".json")
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    from .benchmark.training import fairseq_bin

    command = "python -m autoassist_tools scale " + shlex.join(
        sys.argv[1:] if argv is None else list(argv))
    results: Dict = {"command": command, "settings": {k: (str(v) if isinstance(v, Path) else v)
                                                      for k, v in vars(args).items()},
                     "machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                     "corpora": {}, "scoring": {}}
    runs: List[RunResult] = []
    skipped: List[Skipped] = []
    trainer = fairseq_bin("fairseq-train")
    warmed = args.no_warm_up  # the first launch pays for cold file caches

    def skip(pairs: int, workers: Optional[int], reason: str, what: str = "training") -> None:
        skipped.append(Skipped(pairs, workers, reason, what))
        where = f"{pairs:,} pairs" + (f", {workers} worker(s)" if workers else "")
        print(f"[scale] skipping {where} ({what}): {reason}", flush=True)

    for pairs in args.pairs:
        spec = synthetic.CorpusSpec(pairs=pairs, vocab_size=args.vocab, seed=args.seed,
                                    shards=args.shards)
        shards = f"-s{args.shards}" if args.shards > 1 else ""
        root = args.work_dir / "corpora" / f"{pairs}{shards}-v{args.vocab}-seed{args.seed}"
        cached = synthetic.read_summary(root)
        fresh = cached is None or cached.get("spec") != asdict(spec)
        reason = None
        if not (args.generate_only or args.no_memory_check):
            reason = memory_check(pairs, min(args.workers), runs, None)
        if reason is None and fresh:
            reason = disk_check(spec, root)
        if reason is None and fresh and \
                meminfo()["MemAvailable"] < synthetic.generation_bytes(spec) + (MIB << 9):
            reason = "not enough free memory to write the corpus"
        if reason is not None:
            skip(pairs, None, reason, "corpus")
            save(results, runs, skipped, args)
            continue
        print(f"[scale] corpus of {pairs:,} pairs in {root}", flush=True)
        summary, reused = synthetic.cached_corpus(root, spec, progress=writing_progress)
        results["corpora"][str(pairs)] = {**summary, "reused": reused, "path": str(root)}
        print(f"[scale]   {'reused' if reused else 'written'}: {summary['source_tokens']:,} + "
              f"{summary['target_tokens']:,} tokens", flush=True)
        if args.generate_only:
            save(results, runs, skipped, args)
            continue
        data = synthetic.data_path(root.absolute(), args.shards)
        for workers in args.workers:
            reason = None if args.no_memory_check else memory_check(pairs, workers, runs,
                                                                     workers)
            if reason is not None:
                skip(pairs, workers, reason)
                continue
            if not warmed:
                print(f"[scale] warm-up run, not recorded: {args.arm[0]}, {workers} worker(s)",
                      flush=True)
                warm_up = run_training(trainer, ARMS[args.arm[0]], data, pairs, workers, -1, args)
                results["warm_up"] = asdict(warm_up)
                warmed = True
            for repeat in range(args.repeats):
                for arm in args.arm:
                    print(f"[scale] {pairs:,} pairs, {workers} worker(s), {arm}, "
                          f"repeat {repeat + 1}/{args.repeats}", flush=True)
                    run = run_training(trainer, ARMS[arm], data, pairs, workers, repeat, args)
                    runs.append(run)
                    print(f"[scale]   {run.status}: start-up {_num(run.startup_s)} s, wall "
                          f"{run.wall_s:.1f} s, peak RSS "
                          + " / ".join(f"{m:,.0f}" for m in run.peak_rss_mib) + " MiB"
                          + ("" if run.ok else f"; see {run.log}"), flush=True)
                    save(results, runs, skipped, args)
        if not args.no_scoring:
            reason = None if args.no_memory_check else memory_check(
                pairs, 1, runs, 1 if 1 in args.workers else None)
            if reason is not None:
                skip(pairs, None, reason, "scoring")
            else:
                print(f"[scale] {pairs:,} pairs: the Assistant's scoring", flush=True)
                folder = synthetic.shard_folders(root.absolute(), args.shards)[0]
                results["scoring"][str(pairs)] = run_scoring(folder, pairs, args)
                print(f"[scale]   {results['scoring'][str(pairs)]['status']}", flush=True)
        save(results, runs, skipped, args)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    report = save(results, runs, skipped, args)
    print()
    print(report)
    print(f"[scale] report: {args.out}; every measurement: {args.json}")
    failed = [r for r in runs if not r.ok]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
