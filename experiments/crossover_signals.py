"""Where selection starts to pay in each probed run, and what the free signals read there.

For each selection-probe folder (``branches.jsonl`` and ``stages.json``, written by
``scripts/selection_probe.py``), and each policy asked for: the policy's valid NLL
minus uniform's at every stage (mean over seeds), the crossover (the update where that
difference, interpolated linearly between the two stages around its first change of
sign from positive to not, reaches 0) and each signal the probe records, interpolated
to the crossover. One Markdown table per policy, one row per run.

    python experiments/crossover_signals.py --policies paper-oracle paper-memory \
        long=results/probe-bible-crossover-gpu/long \
        preset=results/probe-bible-crossover-gpu/preset \
        preset-en-es=results/probe-bible-crossover-gpu/preset-en-es
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np

SIGNALS = ("lr_fraction", "memory_agreement", "tau", "train_nll")


def branch_nll(folder: Path) -> Dict[tuple, float]:
    """Each branch's valid NLL, by ``(stage, policy, seed)``."""
    nll: Dict[tuple, float] = {}
    for line in (folder / "branches.jsonl").read_text().splitlines():
        branch = json.loads(line)
        nll[(branch["stage"], branch["policy"], branch["seed"])] = branch["valid_nll"]
    return nll


def stage_differences(nll: Dict[tuple, float], policy: str) -> Dict[int, float]:
    """Per stage: the mean over seeds of the policy's valid NLL minus uniform's."""
    differences = defaultdict(list)
    for (stage, name, seed), value in nll.items():
        if name == policy and (stage, "uniform", seed) in nll:
            differences[stage].append(value - nll[(stage, "uniform", seed)])
    return {stage: float(np.mean(d)) for stage, d in sorted(differences.items())}


def uniform_progress(nll: Dict[tuple, float], stages: Dict[str, dict]) -> Dict[int, float]:
    """Per stage: how much uniform's branches lowered the valid NLL (bits, mean over
    seeds; the branch's second-half mean against the stage's checkpoint)."""
    values = defaultdict(list)
    for (stage, policy, _), value in nll.items():
        if policy == "uniform":
            values[stage].append(value)
    return {stage: stages[str(stage)]["valid_nll"] - float(np.mean(v))
            for stage, v in values.items()}


def crossover(differences: Dict[int, float]) -> Optional[tuple]:
    """``(update, earlier stage, later stage)`` of the first change of sign, or None."""
    stages = sorted(differences)
    for before, after in zip(stages, stages[1:]):
        if differences[before] > 0 >= differences[after]:
            d0, d1 = differences[before], differences[after]
            return before + (after - before) * d0 / (d0 - d1), before, after
    return None


def interpolate(update: float, before: int, after: int, value_before: float,
                value_after: float) -> float:
    return value_before + (value_after - value_before) * (update - before) / (after - before)


def table(runs: Dict[str, Path], policy: str) -> List[str]:
    header = ["run", "stages (policy minus uniform, bits)", "crossover (updates)",
              *SIGNALS, "uniform's progress per 100 updates"]
    lines = [f"#### {policy}", "", "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    for name, folder in runs.items():
        stages = json.loads((folder / "stages.json").read_text())
        nll = branch_nll(folder)
        differences = stage_differences(nll, policy)
        shown = ", ".join(f"{s}: {d:+.4f}" for s, d in differences.items())
        found = crossover(differences)
        if found is None:
            lines.append(f"| {name} | {shown} | not bracketed |" + " |" * (len(SIGNALS) + 1))
            continue
        update, before, after = found
        cells = []
        for signal in SIGNALS:
            low = stages[str(before)]["signals"].get(signal)
            high = stages[str(after)]["signals"].get(signal)
            cells.append("" if low is None or high is None
                         else f"{interpolate(update, before, after, low, high):.3f}")
        progress = uniform_progress(nll, stages)
        cells.append(f"{interpolate(update, before, after, progress[before], progress[after]):.3f}")
        lines.append(f"| {name} | {shown} | {update:.0f} (between {before} and {after}) | "
                     + " | ".join(cells) + " |")
    return lines + [""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", metavar="NAME=FOLDER",
                        help="a probe folder and the name its row gets")
    parser.add_argument("--policies", nargs="+", default=["paper-oracle", "paper-memory"])
    args = parser.parse_args()
    runs = {}
    for spec in args.runs:
        name, _, folder = spec.partition("=")
        runs[name] = Path(folder)
    for policy in args.policies:
        print("\n".join(table(runs, policy)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
