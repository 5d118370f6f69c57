"""Target tokens per second: the plug-in's defaults against plain fairseq, on a preset.

Time-to-BLEU mixes two things: how much an update teaches and how fast updates go. This
measures the second alone. Each arm trains the preset's model briefly from the same seed
(no checkpoints, no validation), the arms alternated A B C A B C ... so that a machine's
drift spreads over all of them, and fairseq's own ``train_inner`` lines give the rates:
target tokens per second over every interval after the first (start-up excluded, the
cost of new batch shapes included, which a GPU pays for the whole first epoch), and
over the last half of the intervals (the steady rate).

The default arms are plain fairseq and the plug-in's defaults with bounded shapes on and
off (``--assistant-bounded-shapes``; ``auto`` means on on a GPU, docs/gpu-shapes.md).

Example::

    autoassist-tools throughput --data runs/data/bible-es-en --preset bible-gpu \\
        --device cuda --updates 300 --repeats 2 --out runs/throughput.json
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from .benchmark.arms import PRESETS, Arm, parse_arm, with_max_tokens
from .benchmark.training import logged_intervals, train_command

DEFAULT_ARMS = [
    "plain=plain:",
    "shapes-on=--assistant-bounded-shapes on",
    "shapes-off=--assistant-bounded-shapes off",
]


@dataclass(frozen=True)
class Rates:
    """One run's rates, from its logged intervals."""

    updates_per_second: float
    tokens_per_second: float
    steady_tokens_per_second: float
    tokens_per_update: float


def interval_rates(log: str) -> Rates:
    """Rates from fairseq's ``train_inner`` lines: each interval's updates, ``ups`` and
    ``wpb`` (target tokens per update); the first interval (start-up) is left out."""
    intervals = logged_intervals(log, "ups", "wpb")
    if len(intervals) < 3:
        raise ValueError("a run logged fewer than three intervals; give more --updates")
    after_first = intervals[1:]
    steady = intervals[len(intervals) // 2:]

    def tokens_per_second(part) -> float:
        return sum(n * wpb for n, _, wpb in part) / sum(n / ups for n, ups, _ in part)

    updates = sum(n for n, _, _ in after_first)
    seconds = sum(n / ups for n, ups, _ in after_first)
    tokens = sum(n * wpb for n, _, wpb in after_first)
    return Rates(updates_per_second=updates / seconds, tokens_per_second=tokens / seconds,
                 steady_tokens_per_second=tokens_per_second(steady),
                 tokens_per_update=tokens / updates)


def run_arm(arm: Arm, args: argparse.Namespace, preset, workdir: Path) -> Rates:
    """One short training run of ``arm``; its rates."""
    command = train_command(arm, preset, args.data, workdir / "checkpoints", args.seed,
                            args.updates, None, args.device)
    command += ["--no-save", "--log-interval", str(args.log_interval)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"arm {arm.name} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return interval_rates(done.stdout + done.stderr)


def table(measured: Dict[str, List[Rates]], reference: str) -> str:
    """Markdown: each arm's mean over its runs (the runs in brackets) and its ratio to the
    reference arm's mean target tokens per second."""
    base = statistics.mean(r.tokens_per_second for r in measured[reference])
    lines = ["| arm | updates/s | target tokens/s (after the first interval) | steady "
             "target tokens/s (last half) | target tokens per update | tokens/s over "
             f"{reference}'s |", "|---|---|---|---|---|---|"]

    def cell(values: Sequence[float], digits: int = 0) -> str:
        mean = statistics.mean(values)
        each = ", ".join(f"{v:,.{digits}f}" for v in values)
        return f"{mean:,.{digits}f} ({each})" if len(values) > 1 else f"{mean:,.{digits}f}"

    for name, runs in measured.items():
        lines.append(
            f"| {name} | {cell([r.updates_per_second for r in runs], 2)} | "
            f"{cell([r.tokens_per_second for r in runs])} | "
            f"{cell([r.steady_tokens_per_second for r in runs])} | "
            f"{cell([r.tokens_per_update for r in runs])} | "
            f"{statistics.mean(r.tokens_per_second for r in runs) / base:.3f} |")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="a data folder made by prepare_data.py")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible",
                        help="the model, optimizer and batch size (default: bible)")
    parser.add_argument("--arm", dest="arms", action="append", default=None,
                        help="an arm as the benchmark spells it (NAME=AUTOASSIST-OPTIONS or "
                        "NAME=plain:FAIRSEQ-OPTIONS); the first is the reference. Default: "
                        + ", ".join(repr(a) for a in DEFAULT_ARMS))
    parser.add_argument("--updates", type=int, default=200, help="updates per run")
    parser.add_argument("--repeats", type=int, default=2, help="runs per arm, alternated")
    parser.add_argument("--log-interval", type=int, default=20,
                        help="updates per logged interval (at least three per run)")
    parser.add_argument("--max-tokens", type=int, help="in place of the preset's")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the runs' rates here (JSON)")
    args = parser.parse_args(argv)
    if args.updates < 3 * args.log_interval:
        parser.error(f"--updates {args.updates} logs fewer than three intervals of "
                     f"--log-interval {args.log_interval}")
    try:
        arms = [parse_arm(spec) for spec in (args.arms or DEFAULT_ARMS)]
    except ValueError as error:
        parser.error(str(error))
    preset = PRESETS[args.preset]
    if args.max_tokens:
        preset = with_max_tokens(preset, args.max_tokens)
    measured: Dict[str, List[Rates]] = {arm.name: [] for arm in arms}
    with tempfile.TemporaryDirectory() as scratch:
        for repeat in range(args.repeats):
            for arm in arms:
                rates = run_arm(arm, args, preset, Path(scratch) / f"{arm.name}-{repeat}")
                measured[arm.name].append(rates)
                print(f"[throughput] {arm.name} run {repeat + 1}: "
                      f"{rates.tokens_per_second:,.0f} target tokens/s, "
                      f"{rates.updates_per_second:.2f} updates/s", file=sys.stderr, flush=True)
    print(f"{args.preset} preset on {args.device}, {args.updates} updates per run, "
          f"{args.repeats} run(s) per arm, alternated:\n")
    print(table(measured, arms[0].name))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(
            {name: [vars(r) for r in runs] for name, runs in measured.items()}, indent=2) + "\n")
    return 0
