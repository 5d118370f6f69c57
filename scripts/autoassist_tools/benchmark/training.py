"""Runs fairseq-train for one arm and reads its clock, tokens and keep rate.

The clock of a checkpoint is fairseq's cumulative training time stored in it
(``previous_training_time``: wall time since the trainer started, across restarts)
minus the time spent writing the earlier checkpoints, read from fairseq's log. No
validation runs during training, and decoding happens afterwards, so the clock
counts model building, data loading, the Assistant and the Boss's steps, for every
arm alike.
"""
from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import torch

import fairseq_autoassist  # also allowlists fairseq's checkpoint types

from .arms import Arm, Preset

# the checkout these tools live in (data/, results/, scripts/)
REPO = Path(__file__).resolve().parents[3]
# The plug-in given to fairseq as --user-dir is the one this process imported: the
# in-process scorer loads the --user-dir too, and fairseq refuses one whose module name
# was already imported from another folder. From a checkout with its own editable
# install (make's .venv) this is the checkout's fairseq_autoassist/; to run another
# checkout's plug-in with this environment, put that checkout first on PYTHONPATH.
PLUGIN = Path(fairseq_autoassist.__file__).resolve().parent
SAVED = re.compile(r"Saved checkpoint \S+ \(epoch \d+ @ (\d+) updates.*writing took ([\d.]+) seconds")
INNER = re.compile(r"\| train_inner \|.*")
FIELD = re.compile(r"(\w+)=([-\d.e]+)")


def logged_intervals(log: str, *names: str) -> List[Tuple[float, ...]]:
    """fairseq's ``train_inner`` intervals that log ``num_updates`` and every field in
    ``names``, in order: each as (updates in the interval, the fields' values)."""
    intervals, last = [], 0
    for match in INNER.finditer(log):
        fields = dict(FIELD.findall(match.group(0)))
        if "num_updates" not in fields or any(name not in fields for name in names):
            continue
        updates = int(fields["num_updates"])
        intervals.append((updates - last, *(float(fields[name]) for name in names)))
        last = updates
    return intervals
INTERVAL = re.compile(r"checkpoint_\d+_(\d+)\.pt$")
# fairseq_cli/train.py's last line, written after the final checkpoint is saved
DONE = "done training in"


@dataclass
class CheckpointPoint:
    path: Path
    updates: int
    train_seconds: float
    boss_tokens: float
    keep_rate: float


def fairseq_bin(name: str) -> List[str]:
    """fairseq's console script beside this Python, or its module where there is none
    (fairseq installed with ``pip --target``, as on a borrowed GPU machine)."""
    script = Path(sys.executable).with_name(name)
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "fairseq_cli." + name.split("-", 1)[1]]


def device_options(device: str) -> List[str]:
    """fairseq's option for the device: ``--cpu`` on the CPU, none on the GPU."""
    return ["--cpu"] if device == "cpu" else []


def model_options(preset: Preset, device: str) -> List[str]:
    """The preset's shared options; on ``cuda`` without ``--cpu``, so fairseq uses the GPU,
    and with the preset's GPU-only options (half precision)."""
    if device == "cpu":
        return list(preset.model)
    return [option for option in preset.model if option != "--cpu"] + preset.cuda_options


def schedule_options(preset: Preset, max_update: int) -> List[str]:
    """polynomial_decay's horizon, set to the run's --max-update. fairseq's own default
    for it (an interpolation of optimization.max_update) breaks when the options come
    from the command line: hydra refuses ``total_num_update=null``."""
    if preset.decays_to_zero and "--total-num-update" not in preset.model:
        return ["--total-num-update", str(max_update)]
    return []


def train_command(arm: Arm, preset: Preset, data: Path, save_dir: Path, seed: int,
                  max_update: int, time_budget: Optional[float],
                  device: str = "cpu") -> List[str]:
    command = [
        *fairseq_bin("fairseq-train"), str(data), "--task", arm.task,
        "--user-dir", str(PLUGIN),
        *model_options(preset, device), *schedule_options(preset, max_update),
        *arm.options, "--seed", str(seed),
        "--save-dir", str(save_dir), "--max-update", str(max_update),
        "--save-interval-updates", str(preset.checkpoint_interval),
        "--keep-interval-updates", "-1", "--no-epoch-checkpoints",
        "--disable-validation", "--log-format", "simple", "--log-interval", "10",
    ]
    if time_budget:
        command += ["--stop-time-hours", f"{time_budget / 3600:.6f}"]
    return command


def _trained_options(line: str) -> List[str]:
    """A fairseq-train command line's options, with the paths that may move masked."""
    words = shlex.split(line)
    start = next((i for i, w in enumerate(words) if w.endswith(("fairseq-train",
                                                                 "fairseq_cli.train"))), 0)
    words = words[start + 1:]
    for flag in ("--save-dir", "--user-dir"):
        if flag in words and words.index(flag) + 1 < len(words):
            words[words.index(flag) + 1] = "<path>"
    return words


def same_training(recorded: str, command: str) -> bool:
    """Whether two fairseq-train command lines train the same thing: the same options,
    whatever the fairseq executable, the plug-in's path and the checkpoint folder's path
    (a results folder may be moved, or hold a link to another folder's arm)."""
    return _trained_options(recorded) == _trained_options(command)


def first_difference(recorded: str, command: str) -> str:
    """Where two fairseq-train command lines part, for an error message."""
    old, new = _trained_options(recorded), _trained_options(command)
    for index, (was, now) in enumerate(zip(old, new)):
        if was != now:
            return f"{' '.join(old[max(0, index - 1):index + 2])!r} was trained, this run " \
                   f"has {' '.join(new[max(0, index - 1):index + 2])!r}"
    longer = old if len(old) > len(new) else new
    return f"one of them ends with {' '.join(longer[min(len(old), len(new)):])!r}"


def exit_on_sigterm() -> None:
    """Make ``kill`` (SIGTERM) end the script as Ctrl-C does, through its cleanup, so
    that train_arm stops the fairseq-train it runs: an orphaned trainer would go on
    writing into the arm's folder, under a rerun's own trainer."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def train_arm(arm: Arm, command: List[str], log_path: Path, progress,
              stop_after_checkpoint: Optional[int] = None) -> None:
    """Run (or resume: fairseq continues from checkpoint_last.pt) one arm's training.
    If this process is stopped (Ctrl-C, or SIGTERM after exit_on_sigterm), fairseq-train
    is stopped with it; the arm resumes from its last checkpoint on the next run.

    ``stop_after_checkpoint``: stop fairseq-train once it has logged the checkpoint at
    that update count as saved (fairseq logs it after every copy of it is written), so
    that a run too long for one sitting is trained in parts by the same command; the
    next run resumes from that checkpoint.

    fairseq-train sometimes aborts at interpreter exit on a loaded CPU ("terminate
    called without an active exception", SIGABRT), plain fairseq without the plug-in
    too. After its "done training" line every checkpoint is written, so that abort is
    logged and the arm counts as trained; any other failure stops the benchmark."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "a", buffering=1) as log:  # line by line: the log is watched
        log.write("$ " + " ".join(command) + "\n")
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, bufsize=1)
        finished = False
        try:
            for line in process.stdout:
                log.write(line)
                finished = finished or DONE in line
                inner = INNER.search(line)
                if inner:
                    fields = dict(FIELD.findall(inner.group(0)))
                    progress(arm.name, fields)
                saved = SAVED.search(line)
                if saved and stop_after_checkpoint is not None and (
                        int(saved.group(1)) >= stop_after_checkpoint):
                    _stop(process)
                    log.write(f"[stopped after the checkpoint at {saved.group(1)} updates, "
                              "as asked: the same command resumes from it]\n")
                    return
        except BaseException:
            _stop(process)
            log.write("[stopped: fairseq-train ended with this run]\n")
            raise
        code = process.wait()
        if code == -signal.SIGABRT and finished:
            note = ("[fairseq-train aborted at exit (SIGABRT) after 'done training': its "
                    "checkpoints are complete; the arm counts as trained]\n")
            log.write(note)
            print(f"[{arm.name}] " + note.strip("[]\n"), file=sys.stderr)
        elif code != 0:
            raise RuntimeError(f"training arm {arm.name!r} failed; see {log_path}")


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if fairseq-train has not ended within 30 s."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def interval_checkpoints(save_dir: Path) -> Dict[int, Path]:
    """A folder's interval checkpoints (``checkpoint_EPOCH_UPDATES.pt``), by update."""
    found = {}
    for path in save_dir.glob("checkpoint_*_*.pt"):
        match = INTERVAL.search(path.name)
        if match:
            found[int(match.group(1))] = path
    return found


def read_points(save_dir: Path, log_path: Path) -> List[CheckpointPoint]:
    """One point per interval checkpoint: updates, clock, Boss tokens, keep rate."""
    log = log_path.read_text() if log_path.exists() else ""
    write_seconds: Dict[int, float] = {}
    for updates, seconds in SAVED.findall(log):
        write_seconds[int(updates)] = write_seconds.get(int(updates), 0.0) + float(seconds)
    tokens_at: Dict[int, float] = {}
    keep_at: Dict[int, float] = {}
    tokens, last = 0.0, 0
    for line in log.splitlines():
        inner = INNER.search(line)
        if not inner:
            continue
        fields = dict(FIELD.findall(inner.group(0)))
        updates = int(fields.get("num_updates", 0))
        if updates <= last:
            # Another run in the same log: a resume from a checkpoint (the run before it
            # logged past that checkpoint before it stopped) or a restart from scratch
            # (the run before it saved no checkpoint). The new run's first interval starts
            # at the last point logged before it (0 for a restart); what the run before
            # logged after that point was never saved, so its tokens do not count.
            start = max((u for u in tokens_at if u < updates), default=0)
            for dropped in [u for u in tokens_at if u > start]:
                del tokens_at[dropped], keep_at[dropped]
            tokens, last = tokens_at.get(start, 0.0), start
        tokens += float(fields.get("wpb", 0)) * (updates - last)
        last = updates
        tokens_at[updates] = tokens
        keep_at[updates] = float(fields.get("keep_rate", 1.0))
    points = []
    for path in sorted(save_dir.glob("checkpoint_*_*.pt")):
        state = torch.load(path, map_location="cpu")
        updates = int(state["optimizer_history"][-1]["num_updates"])
        elapsed = float(state["extra_state"]["previous_training_time"])
        earlier_writes = sum(s for u, s in write_seconds.items() if u < updates)
        logged = [u for u in tokens_at if u <= updates]
        at = max(logged) if logged else None
        points.append(CheckpointPoint(
            path=path, updates=updates, train_seconds=elapsed - earlier_writes,
            boss_tokens=tokens_at.get(at, 0.0) if at else 0.0,
            keep_rate=keep_at.get(at, 1.0) if at else 1.0,
        ))
        del state
    return sorted(points, key=lambda p: p.updates)
