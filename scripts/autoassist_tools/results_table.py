"""The README's Results table: each method of ``--assistant-selection`` on both presets,
from the results folders that measured it as it trains today.

The table is generated, never typed: ``autoassist-tools results --readme README.md``
rewrites the README's block between its ``results`` markers, and a test fails when the
block and the folders differ. :data:`CURRENT` names, per preset and method, the folder
and arm that measured it; a method measured in another folder than plain fairseq's is
compared with the plain fairseq and the defaults (``keepall``: the iterator keeping
every pair, what ``--assistant-selection none`` trains) of its own folder, seed by
seed, since runs in different folders are not identical even with the same seed.

Figures are mean ± standard deviation over the seeds. Compared by updates, not seconds:
the folders' clocks were disturbed by other loads (docs/benchmarks.md), and every arm's
update costs within a few per cent of the others' on the CPU.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np

from .benchmark.report import replace_readme_section

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Measured:
    """Where one method was measured: a results folder and its arm, and that folder's
    plain fairseq and defaults arms."""

    method: str
    folder: str
    arm: str
    plain: str = "baseline"
    defaults: str = "keepall"


# The methods' current measurements (docs/benchmarks.md has each round).
CURRENT: Dict[str, List[Measured]] = {
    "bible": [
        Measured("plain fairseq", "bible-shared", "baseline"),
        Measured("defaults (`none`)", "bible-shared", "keepall"),
        Measured("`paper`", "bible-confirm", "autoassist"),
        Measured("`assistant`", "bible-shared", "onset"),
        Measured("`uniform`", "bible-shared", "uniform"),
    ],
    "bible-long": [
        Measured("plain fairseq", "bible-long", "baseline"),
        Measured("defaults (`none`)", "bible-long", "keepall"),
        Measured("`paper`", "bible-long", "paper"),
        Measured("`assistant`", "bible-long", "autoassist"),
        Measured("`uniform`", "bible-long", "uniform"),
    ],
}


def _curve(rows: Sequence[Dict], arm: str, seed: int) -> List[Dict]:
    return sorted((r for r in rows if r["arm"] == arm and r["seed"] == seed),
                  key=lambda r: r["updates"])


def updates_to_reach(curve: Sequence[Dict], target: float) -> Optional[float]:
    """The first update at which valid BLEU reaches ``target``, interpolated linearly
    between checkpoints; ``None`` if never."""
    previous = None
    for row in curve:
        if row["bleu"] >= target:
            if previous is None:
                return float(row["updates"])
            fraction = (target - previous["bleu"]) / (row["bleu"] - previous["bleu"])
            return previous["updates"] + fraction * (row["updates"] - previous["updates"])
        previous = row
    return None


def _spread(values: Sequence[float], digits: int, signed: bool = False) -> str:
    sign = "+" if signed else ""
    mean = float(np.mean(values))
    if len(values) < 2:
        return f"{mean:{sign}.{digits}f}"
    return f"{mean:{sign}.{digits}f} ± {float(np.std(values, ddof=1)):.{digits}f}"


def method_figures(measured: Measured, root: Path) -> Optional[Dict[str, object]]:
    """Per seed, then over seeds: final valid BLEU and NLL, their gaps to the folder's
    plain fairseq and defaults, updates to plain fairseq's best, test BLEU."""
    folder = root / "results" / measured.folder
    rows = json.loads((folder / "results.json").read_text())
    tests = json.loads((folder / "tests.json").read_text())
    seeds = sorted({r["seed"] for r in rows if r["arm"] == measured.arm})
    if not seeds:
        return None
    figures: Dict[str, List] = {k: [] for k in (
        "bleu", "vs_plain", "vs_defaults", "nll_vs_defaults", "updates_ratio", "test")}
    for seed in seeds:
        arm, plain, defaults = (_curve(rows, name, seed) for name in
                                (measured.arm, measured.plain, measured.defaults))
        final = arm[-1]
        figures["bleu"].append(final["bleu"])
        figures["vs_plain"].append(final["bleu"] - plain[-1]["bleu"])
        figures["vs_defaults"].append(final["bleu"] - defaults[-1]["bleu"])
        figures["nll_vs_defaults"].append(final["valid_nll"] - defaults[-1]["valid_nll"])
        plain_best = max(plain, key=lambda r: r["bleu"])
        reached = updates_to_reach(arm, plain_best["bleu"])
        figures["updates_ratio"].append(
            None if reached is None else reached / updates_to_reach(plain, plain_best["bleu"]))
        figures["test"].append(tests[f"{measured.arm}/{seed}"]["bleu"])
    return {"seeds": seeds, "updates": final["updates"], **figures}


def _ratio_text(ratios: Sequence[Optional[float]]) -> str:
    reached = [r for r in ratios if r is not None]
    if len(reached) == len(ratios):
        return _spread(reached, 2)
    if not reached:
        return "not reached"
    return f"{', '.join('not reached' if r is None else f'{r:.2f}' for r in ratios)}"


def table(root: Path = REPO) -> str:
    lines = ["| preset | method | final valid BLEU | − plain fairseq | − the defaults | "
             "valid NLL − the defaults | updates to plain fairseq's best, / its own | "
             "test BLEU | measured in |",
             "|---|---|---|---|---|---|---|---|---|"]
    for preset, methods in CURRENT.items():
        for measured in methods:
            figures = method_figures(measured, root)
            link = f"[{measured.folder}](results/{measured.folder}/summary.md)"
            if figures is None:
                lines.append(f"| `{preset}` | {measured.method} | not trained | | | | | | "
                             f"{link} |")
                continue
            is_plain = measured.arm == measured.plain
            is_defaults = measured.arm == measured.defaults
            lines.append(
                f"| `{preset}` | {measured.method} | {_spread(figures['bleu'], 2)} | "
                f"{'' if is_plain else _spread(figures['vs_plain'], 2, True)} | "
                f"{'' if is_defaults else _spread(figures['vs_defaults'], 2, True)} | "
                f"{'' if is_defaults else _spread(figures['nll_vs_defaults'], 3, True)} | "
                f"{_ratio_text(figures['updates_ratio'])} | {_spread(figures['test'], 2)} | "
                f"{link} |")
    return "\n".join(lines)


def readme_block(root: Path = REPO) -> str:
    """The README's Results block: the table and how to read it."""
    return "\n".join([
        table(root), "",
        "Mean ± std over seeds 1 and 2 (a difference smaller than its spread is not a "
        "result). Differences are taken seed by seed against the plain fairseq and the "
        "defaults of the same folder; valid NLL in bits per target token; updates to "
        "plain fairseq's best valid BLEU over plain fairseq's own (below 1 is faster). "
        "Presets: `bible` is 2,200 updates and `bible-long` 4,400 of a 2+2-layer d=128 "
        "Transformer on the 29k-pair Bible corpus, learning rate decayed to 0, on 2 CPU "
        "cores, one thread per run. Generated by `autoassist-tools results --readme "
        "README.md` from the folders named.",
    ])


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", type=Path,
                        help="rewrite this file's block between its results markers")
    args = parser.parse_args(argv)
    block = readme_block()
    if args.readme:
        replace_readme_section(args.readme, block)
        print(f"[results] {args.readme}: the Results block rewritten")
    else:
        print(block)
    return 0

