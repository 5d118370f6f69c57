"""Choose a benchmark's --max-update for a time budget per arm, from measured speed.

A preset whose learning rate decays to 0 at --max-update needs its budget in updates,
but a lent GPU gives minutes, and updates per second differ between cards. This trains
the preset's baseline briefly (no checkpoints), reads fairseq's updates per second
after the first log interval (start-up and CUDA warm-up), and prints the --max-update
that fills the budget and a --checkpoint-interval that splits it into equal parts.

Example::

    autoassist-tools calibrate --data runs/data/bible-es-en --preset bible-gpu \\
        --device cuda --seconds 65

Arms that will train side by side (on one GPU, or one thread each on a CPU) share the
device, so ``--side-by-side N`` times N calibration runs at once and budgets by the
slowest.

The last line of standard output is ``MAX_UPDATE CHECKPOINT_INTERVAL``; the rest
(on standard error) says how they were found.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from dataclasses import dataclass
from statistics import median
from typing import List, Optional, Tuple

from .benchmark.arms import BASELINE, PRESETS, with_max_tokens
from .benchmark.training import logged_intervals, train_command


@dataclass(frozen=True)
class Speed:
    """A calibration run's speed: the steady rate, and the seconds lost before it."""

    updates_per_second: float
    warmup_seconds: float


def measured_speed(log: str) -> Speed:
    """fairseq's per-interval ``ups``: the steady rate is the median of the last third of
    the intervals, and the warm-up is what the run took beyond that rate.

    On a lent H100 the whole first epoch ran at a fifth of the later rate (every batch
    shape new to the GPU; results/archive/bible-gpu), so a mean over the run would under-fill
    the budget, and a rate that ignored the warm-up would over-fill it.
    """
    intervals = logged_intervals(log, "ups")
    if len(intervals) < 3:
        raise ValueError("the calibration run logged fewer than three intervals; give more "
                         "--updates")
    steady = median(rate for _, rate in intervals[-max(2, len(intervals) // 3):])
    seconds = sum(n / rate for n, rate in intervals)
    warmup = max(0.0, seconds - sum(n for n, _ in intervals) / steady)
    return Speed(steady, warmup)


def budget(speed: Speed, seconds: float, checkpoints: int, step: int = 10) -> Tuple[int, int]:
    """(max_update, checkpoint_interval): ``checkpoints`` equal intervals filling the
    seconds left after the warm-up, each a multiple of ``step`` updates."""
    usable = seconds - speed.warmup_seconds
    if usable <= 0:
        raise ValueError(f"the warm-up alone ({speed.warmup_seconds:.0f} s) fills the "
                         f"{seconds:g} s budget; give more --seconds")
    interval = max(step, int(speed.updates_per_second * usable / checkpoints / step) * step)
    return interval * checkpoints, interval


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="a data folder made by prepare_data.py")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible-gpu",
                        help="the benchmark preset to time (default: bible-gpu)")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cuda",
                        help="where to train (default: cuda)")
    parser.add_argument("--seconds", type=float, required=True,
                        help="training seconds per arm to fill")
    parser.add_argument("--checkpoints", type=int, default=6,
                        help="interval checkpoints per arm (default: 6)")
    parser.add_argument("--updates", type=int, default=200,
                        help="length of the calibration run in updates (default: 200)")
    parser.add_argument("--max-tokens", type=int,
                        help="tokens per batch, in place of the preset's (default: preset's)")
    parser.add_argument("--side-by-side", type=int, default=1,
                        help="runs at once, as the arms will train (default: 1); the "
                        "slowest sets the budget")
    args = parser.parse_args(argv)
    if args.seconds <= 0 or args.checkpoints < 1 or args.updates < 20 or args.side_by_side < 1:
        parser.error("--seconds must be > 0, --checkpoints >= 1, --updates >= 20 and "
                     "--side-by-side >= 1")
    preset = PRESETS[args.preset]
    if args.max_tokens:
        preset = with_max_tokens(preset, args.max_tokens)
    logs = []
    with tempfile.TemporaryDirectory() as scratch:
        runs = []
        for run in range(args.side_by_side):
            command = train_command(BASELINE, preset, args.data,
                                    Path(scratch) / f"checkpoints-{run}", 1, args.updates,
                                    None, args.device) + ["--no-save"]
            runs.append(subprocess.Popen(command, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, text=True))
        try:
            for process in runs:
                log, _ = process.communicate()
                logs.append(log)
                if process.returncode != 0:
                    sys.exit(f"error: the calibration run failed:\n{log[-3000:]}")
        finally:
            for process in runs:
                if process.poll() is None:
                    process.kill()
    try:
        speeds = [measured_speed(log) for log in logs]
        speed = Speed(min(s.updates_per_second for s in speeds),
                      max(s.warmup_seconds for s in speeds))
        max_update, interval = budget(speed, args.seconds, args.checkpoints)
    except ValueError as error:
        sys.exit(f"error: {error}")
    together = f", the slowest of {args.side_by_side} at once" if args.side_by_side > 1 else ""
    print(f"[calibrate] {args.preset} baseline on {args.device}: {speed.updates_per_second:.2f} "
          f"updates/s steady, {speed.warmup_seconds:.0f} s of warm-up, over {args.updates} "
          f"updates{together}; {args.seconds:g} s per arm -> --max-update {max_update}, "
          f"--checkpoint-interval {interval}", file=sys.stderr, flush=True)
    print(max_update, interval)
    return 0

