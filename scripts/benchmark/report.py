"""The benchmark's outputs: JSON, CSV, a BLEU-against-time plot and a Markdown summary.

Time to target: the training seconds at which an arm's valid BLEU first reaches the
target, interpolated linearly between the two checkpoints around the crossing.
"""
from __future__ import annotations

import csv
import logging
import json
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROW_FIELDS = ["arm", "seed", "updates", "train_seconds", "boss_tokens", "keep_rate", "bleu"]


def time_to_reach(rows: Sequence[Dict], target: float) -> Optional[float]:
    """First training time at which BLEU reaches ``target`` (linear interpolation)."""
    previous = None
    for row in sorted(rows, key=lambda r: r["train_seconds"]):
        if row["bleu"] >= target:
            if previous is None or previous["bleu"] >= target:
                return row["train_seconds"]
            fraction = (target - previous["bleu"]) / (row["bleu"] - previous["bleu"])
            return previous["train_seconds"] + fraction * (
                row["train_seconds"] - previous["train_seconds"]
            )
        previous = row
    return None


def write_tables(rows: List[Dict], folder: Path) -> None:
    (folder / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    with open(folder / "results.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ROW_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def plot(rows: List[Dict], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    keys = sorted({(r["arm"], r["seed"]) for r in rows})
    for arm, seed in keys:
        points = sorted((r for r in rows if (r["arm"], r["seed"]) == (arm, seed)),
                        key=lambda r: r["train_seconds"])
        axis.plot([p["train_seconds"] for p in points], [p["bleu"] for p in points],
                  marker="o", label=f"{arm} (seed {seed})",
                  linestyle="-" if arm == "baseline" else "--")
    axis.set_xlabel("training seconds (fairseq's clock, checkpoint writes excluded)")
    axis.set_ylabel("valid BLEU (sacrebleu)")
    axis.set_title(title)
    axis.grid(alpha=0.3)
    axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def summarise(rows: List[Dict], tests: Dict, context: Dict) -> str:
    """The Markdown summary: best BLEU, targets, times to target, ratios, test BLEU."""
    lines = [f"Command: `{context['command']}`", "",
             f"Machine: {context['machine']}. Preset `{context['preset']}`: "
             f"{context['why']}.", "",
             f"BLEU: {context['signature']}", ""]
    seeds = sorted({r["seed"] for r in rows})
    for seed in seeds:
        seed_rows = [r for r in rows if r["seed"] == seed]
        arms = sorted({r["arm"] for r in seed_rows}, key=lambda a: (a != "baseline", a))
        baseline = [r for r in seed_rows if r["arm"] == "baseline"]
        if not baseline:
            continue
        best = max(r["bleu"] for r in baseline)
        targets = [("baseline best", best), ("95% of it", 0.95 * best)]
        lines += [f"### Seed {seed}", "",
                  "| arm | best valid BLEU | final valid BLEU | test BLEU (best ckpt) | "
                  + " | ".join(f"time to {name} ({value:.2f})" for name, value in targets)
                  + " | " + " | ".join(f"ratio to baseline ({name})" for name, _ in targets)
                  + " |",
                  "|---" * (4 + 2 * len(targets)) + "|"]
        baseline_times = [time_to_reach(baseline, value) for _, value in targets]
        for arm in arms:
            arm_rows = sorted((r for r in seed_rows if r["arm"] == arm),
                              key=lambda r: r["updates"])
            times = [time_to_reach(arm_rows, value) for _, value in targets]
            ratios = [
                f"{t / b:.2f}" if t is not None and b else "not reached"
                for t, b in zip(times, baseline_times)
            ]
            test = tests.get(f"{arm}/{seed}", {})
            lines.append(
                f"| {arm} | {max(r['bleu'] for r in arm_rows):.2f} | "
                f"{arm_rows[-1]['bleu']:.2f} | "
                f"{test.get('bleu', float('nan')):.2f} (@{test.get('updates', '?')}) | "
                + " | ".join(f"{t:.0f} s" if t is not None else "not reached" for t in times)
                + " | " + " | ".join(ratios) + " |"
            )
        lines.append("")
    return "\n".join(lines)


def replace_readme_section(readme: Path, body: str) -> None:
    """Put ``body`` between the README's results markers (added at the end if absent)."""
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    text = readme.read_text()
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        text = before + block + after
    else:
        text = text.rstrip() + "\n\n## Results\n\n" + block + "\n"
    readme.write_text(text)
