"""The probe's table: each stage and policy against ``uniform`` and ``keepall``.

A branch's measure is its mean validation NLL over its second half (``valid_nll``). A
difference is the mean over seeds of per-seed (paired) differences of that measure; its
spread is the standard deviation of those per-seed differences. Next to it stands the
noise floor: the seed-to-seed standard deviation of ``uniform``'s own measure. And next
to that the *placebo*: ``keepall`` against ``uniform``. In the probe both train on random
pairs with equally dense updates, so in expectation they are equal, and their measured
difference is what noise alone made of two random choices, paired by seed. A difference
counts only when it exceeds all three: with two or three seeds a standard deviation is a
poor estimate, and the placebo catches a stage where it understates the noise.
"""
from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np

from . import stage_signals

FIELDS = [
    "stage", "policy", "seeds", "valid_nll_start", "valid_nll",
    "delta_vs_uniform", "delta_vs_uniform_std", "delta_vs_keepall", "delta_vs_keepall_std",
    "uniform_seed_std", "placebo", "keep_rate", "target_tokens", "candidates", "assistant_agreement",
    "verdict", "easy_vs_uniform", "easy_vs_uniform_std", "hard_vs_uniform", "hard_vs_uniform_std",
]
# the valid pairs that were easy and hard at the stage (probe/boss.py valid_difficulty)
GROUPS = ("easy", "hard")


def _std(values: np.ndarray) -> float:
    return float(np.std(values, ddof=1)) if len(values) > 1 else float("nan")


def _paired(branches: Dict[int, Dict], reference: Dict[int, Dict],
            key: str = "valid_nll") -> np.ndarray:
    seeds = sorted(s for s in set(branches) & set(reference)
                   if key in branches[s] and key in reference[s])
    return np.array([branches[s][key] - reference[s][key] for s in seeds])


def verdict(delta: float, paired_std: float, floor: float, placebo: float = 0.0) -> str:
    """``better``/``worse`` than uniform when the difference exceeds both spreads and
    the placebo (``keepall``'s size of difference from uniform; 0 when not measured)."""
    if np.isnan(delta) or np.isnan(paired_std) or np.isnan(floor):
        return "one seed: no spread"
    if abs(delta) <= max(paired_std, floor, 0.0 if np.isnan(placebo) else placebo):
        return "within noise"
    return "better than uniform" if delta < 0 else "worse than uniform"


def placebo_verdict(delta: float, paired_std: float, floor: float) -> str:
    """``keepall``'s row: two random choices should not differ; when they do by more
    than both spreads, the spreads understate this stage's noise."""
    plain = verdict(delta, paired_std, floor)
    if plain in ("within noise", "one seed: no spread"):
        return f"placebo: {plain}"
    return "placebo: beyond both spreads (they understate the noise)"


def summarise(branches: Sequence[Dict], stages: Dict[int, Dict]) -> List[Dict]:
    """One row per stage and policy (stages in order, policies in first-run order)."""
    by_stage: Dict[int, Dict[str, Dict[int, Dict]]] = {}
    for branch in branches:
        by_stage.setdefault(branch["stage"], {}).setdefault(
            branch["policy"], {})[branch["seed"]] = branch
    rows = []
    for stage in sorted(by_stage):
        policies = by_stage[stage]
        uniform, keepall = policies.get("uniform", {}), policies.get("keepall", {})
        floor = _std(np.array([b["valid_nll"] for b in uniform.values()]))
        placebo_pairs = _paired(keepall, uniform)
        placebo = float(abs(placebo_pairs.mean())) if len(placebo_pairs) else float("nan")
        for policy, seeds in policies.items():
            vs_uniform = _paired(seeds, uniform)
            vs_keepall = _paired(seeds, keepall)
            ends = np.array([b["valid_nll"] for b in seeds.values()])
            delta = float(vs_uniform.mean()) if len(vs_uniform) else float("nan")
            delta_std = _std(vs_uniform)
            agreement = stages.get(stage, {}).get("assistants", {}).get(
                policy, {}).get("agreement_with_oracle")
            rows.append({
                "stage": stage, "policy": policy, "seeds": len(seeds),
                "valid_nll_start": stages.get(stage, {}).get("valid_nll"),
                "valid_nll": float(ends.mean()),
                "delta_vs_uniform": delta, "delta_vs_uniform_std": delta_std,
                "delta_vs_keepall": float(vs_keepall.mean()) if len(vs_keepall) else float("nan"),
                "delta_vs_keepall_std": _std(vs_keepall),
                "uniform_seed_std": floor, "placebo": placebo,
                "keep_rate": float(np.mean([b["keep_rate"] for b in seeds.values()])),
                "target_tokens": float(np.mean([b["target_tokens"] for b in seeds.values()])),
                "candidates": float(np.mean([b["candidates"] for b in seeds.values()])),
                "assistant_agreement": agreement,
                "verdict": "reference" if policy == "uniform" else (
                    placebo_verdict(delta, delta_std, floor) if policy == "keepall"
                    else verdict(delta, delta_std, floor, placebo)),
                **_group_deltas(seeds, uniform),
            })
    return rows


def _group_deltas(seeds: Dict[int, Dict], uniform: Dict[int, Dict]) -> Dict[str, float]:
    """Against uniform, paired by seed, on the valid pairs easy and hard at the stage
    (NaN for branches measured before the split was recorded)."""
    deltas = {}
    for group in GROUPS:
        paired = _paired(seeds, uniform, f"valid_nll_{group}")
        deltas[f"{group}_vs_uniform"] = float(paired.mean()) if len(paired) else float("nan")
        deltas[f"{group}_vs_uniform_std"] = _std(paired)
    return deltas


def write_csv(rows: List[Dict], path: Path) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def _signed(value: float, spread: float, itself: bool = False) -> str:
    if itself:
        return "—"
    if value is None or np.isnan(value):
        return "n/a"
    return f"{value:+.4f} ± {spread:.4f}" if not np.isnan(spread) else f"{value:+.4f}"


def markdown(rows: List[Dict], stages: Dict[int, Dict], header: str) -> str:
    lines = [header, "",
             "Validation NLL is per target token, base 2 (fairseq's `nll_loss`, over every pair), the mean of "
             "the validations over the second half of each branch; lower is better. A difference is the mean of per-seed "
             "differences ± their standard deviation; the noise floor is uniform's own "
             "seed-to-seed standard deviation; the placebo is keepall's distance from uniform "
             "(in the probe both choose pairs at random with equally dense updates, so it is "
             "noise). A difference counts only when it exceeds all three. The last two "
             "columns split the difference from uniform between the valid pairs that "
             "were easy and hard at the stage (per-token loss below or above the valid "
             "set's mean there), as experiments/forgetting.py splits them.",
             ""]
    for stage in sorted({row["stage"] for row in rows}):
        info = stages.get(stage, {})
        lr = info.get("lr")
        lines += [
            f"### Stage: {stage} updates (valid NLL {info.get('valid_nll', float('nan')):.4f}"
            + (f", learning rate {lr:.2e}" if lr is not None else "")
            + (f"; {info['valid_hard_share']:.0%} of the valid pairs hard here, valid NLL "
               f"{info['valid_nll_easy']:.4f} on the easy, {info['valid_nll_hard']:.4f} on "
               "the hard" if "valid_hard_share" in info else "") + ")", "",
            "| policy | seeds | valid NLL | vs uniform | vs keepall | uniform's seed "
            "spread | placebo | keep rate | target tokens | Assistant agrees with oracle | "
            "verdict | easy pairs vs uniform | hard pairs vs uniform |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in (r for r in rows if r["stage"] == stage):
            agreement = row["assistant_agreement"]
            is_uniform, is_keepall = row["policy"] == "uniform", row["policy"] == "keepall"
            lines.append(
                f"| {row['policy']} | {row['seeds']} | {row['valid_nll']:.4f} | "
                f"{_signed(row['delta_vs_uniform'], row['delta_vs_uniform_std'], is_uniform)} | "
                f"{_signed(row['delta_vs_keepall'], row['delta_vs_keepall_std'], is_keepall)} | "
                f"{row['uniform_seed_std']:.4f} | {row['placebo']:.4f} | "
                f"{row['keep_rate']:.2f} | "
                f"{row['target_tokens']:,.0f} | "
                f"{'' if agreement is None else f'{agreement:.2f}'} | {row['verdict']} | "
                + " | ".join(_signed(row.get(f"{g}_vs_uniform", float("nan")),
                                     row.get(f"{g}_vs_uniform_std", float("nan")), is_uniform)
                             for g in GROUPS) + " |")
        if info.get("signals"):
            lines += ["", stage_signals.describe(info["signals"])]
        fits = info.get("assistants", {})
        if fits:
            lines += ["", "Assistants fitted at this stage (one pass of the stage's losses; "
                      "paper-memory: the label at the previous visit, nothing fitted): "
                      + "; ".join(f"{name}: " + (
                          f"online accuracy {fit['online_accuracy']:.3f}, "
                          if fit.get("online_accuracy") is not None else "")
                          + f"agreement with its oracle {fit['agreement_with_oracle']:.3f}"
                          f", positive rate of the oracle {fit['oracle_positive_rate']:.2f}"
                          for name, fit in fits.items())]
        lines.append("")
    return "\n".join(lines)


def plot(rows: List[Dict], path: Path, title: str) -> Optional[Path]:
    """Bars of the difference against uniform per policy, one panel per stage."""
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    stages = sorted({row["stage"] for row in rows})
    figure, axes = plt.subplots(1, len(stages), figsize=(4.5 * len(stages), 4.2),
                                squeeze=False, sharey=True)
    for axis, stage in zip(axes[0], stages):
        stage_rows = [r for r in rows if r["stage"] == stage and r["policy"] != "uniform"]
        names = [r["policy"] for r in stage_rows]
        deltas = [r["delta_vs_uniform"] for r in stage_rows]
        spreads = [0 if np.isnan(r["delta_vs_uniform_std"]) else r["delta_vs_uniform_std"]
                   for r in stage_rows]
        floor = next((r["uniform_seed_std"] for r in rows if r["stage"] == stage), np.nan)
        axis.bar(range(len(names)), deltas, yerr=spreads, capsize=3, color="tab:blue")
        if not np.isnan(floor):
            axis.axhspan(-floor, floor, color="grey", alpha=0.25, label="uniform's seed spread")
        axis.axhline(0, color="black", linewidth=0.8)
        axis.set_xticks(range(len(names)))
        axis.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
        axis.set_title(f"stage {stage} updates", fontsize=10)
    axes[0][0].set_ylabel("valid NLL minus uniform's (bits/token)")
    axes[0][0].legend(fontsize=8)
    figure.suptitle(title, fontsize=10)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
