"""Time-to-BLEU arms from several runs of scripts/time_to_bleu.py, compared by updates.

Arms trained in different sessions cannot be compared by seconds (another load on the
machine, another speed), but arms of the same preset can be by updates, where their
updates cost the same: the shrinking iterator's arms pack the same number of tokens per
update, and the Assistant costs about 0.03% of one on the CPU (docs/scale.md). For each
arm: its best and final valid BLEU and final valid NLL, and the updates it took to
reach the best plain arm's best valid BLEU (per seed, interpolated between
checkpoints), and to 95% of it, each against the best plain arm of that seed, mean ± standard deviation
over seeds.

    python experiments/arms_by_updates.py results/bible-confirm/results.json \
        results/bible-onset/results.json --plain baseline keepall

``PATH@TAG`` renames a file's arms ``ARM@TAG``, for folders that hold arms of the same
name (``--plain keepall`` then names the untagged one)::

    python experiments/arms_by_updates.py results/bible-shared/results.json \
        results/bible-confirm/results.json@confirm --plain baseline keepall

``--log SEED=PATH`` reads a harness run's console output instead (its ``[ARM] update N:
... valid BLEU B, valid NLL L`` lines, one seed per run), for arms whose run has not
written results.json yet (the harness writes it once every arm, the baseline among
them, has trained)::

    python experiments/arms_by_updates.py --log 1=runs/long/seed1.log \
        --log 2=runs/long/seed2.log --plain keepall
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np


def updates_to_reach(rows: List[dict], target: float) -> Optional[float]:
    """The first update at which the valid BLEU reaches ``target`` (linear between
    checkpoints; from 0 BLEU at update 0), or None."""
    previous_updates, previous_bleu = 0, 0.0
    for row in sorted(rows, key=lambda r: r["updates"]):
        if row["bleu"] >= target:
            share = (target - previous_bleu) / (row["bleu"] - previous_bleu)
            return previous_updates + share * (row["updates"] - previous_updates)
        previous_updates, previous_bleu = row["updates"], row["bleu"]
    return None


SCORED = re.compile(r"^\[([\w@-]+)\] update (\d+): [\d.]+ s, valid BLEU ([\d.]+), "
                    r"valid NLL ([\d.]+)", re.MULTILINE)


def rows_from_log(text: str, seed: int) -> List[dict]:
    """The checkpoints a harness run scored, from its console output."""
    return [{"arm": arm, "seed": seed, "updates": int(updates), "bleu": float(bleu),
             "valid_nll": float(nll)} for arm, updates, bleu, nll in SCORED.findall(text)]


def spread(values: List[float], digits: int = 2) -> str:
    """Mean ± standard deviation over seeds (the value alone for one seed)."""
    if len(values) == 1:
        return f"{values[0]:+.{digits}f}"
    return f"{np.mean(values):+.{digits}f} ± {np.std(values, ddof=1):.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="*",
                        help="results.json files; PATH@TAG renames that file's arms ARM@TAG")
    parser.add_argument("--log", action="append", default=[], metavar="SEED=PATH",
                        help="a harness run's console output, for seed SEED (repeatable)")
    parser.add_argument("--plain", nargs="+", default=["baseline", "keepall"],
                        help="the plain arms (the best of them, per seed, is the reference)")
    args = parser.parse_args()
    by_arm: Dict[str, Dict[int, List[dict]]] = defaultdict(lambda: defaultdict(list))
    for given in args.results:
        path, _, tag = given.partition("@")
        for row in json.loads(Path(path).read_text()):
            arm = f"{row['arm']}@{tag}" if tag else row["arm"]
            by_arm[arm][row["seed"]].append(row)
    for given in args.log:
        seed, _, path = given.partition("=")
        for row in rows_from_log(Path(path).read_text(), int(seed)):
            by_arm[row["arm"]][row["seed"]].append(row)
    if not by_arm:
        parser.error("give results.json files or --log SEED=PATH")
    seeds = sorted({seed for arm in by_arm.values() for seed in arm})
    best_plain = {}
    for seed in seeds:
        plain = [(max(r["bleu"] for r in by_arm[a][seed]), a) for a in args.plain
                 if seed in by_arm[a]]
        best_plain[seed] = max(plain)
    print("| arm | seeds | best valid BLEU | final valid BLEU | final valid NLL | "
          "final BLEU − best plain arm's | final NLL − best plain arm's | updates to the "
          "best plain arm's best BLEU, / its own | to 95% of it, / its own |")
    print("|---|---|---|---|---|---|---|---|---|")
    for arm, per_seed in by_arm.items():
        best, final, nll, d_bleu, d_nll, ratios, ratios95 = [], [], [], [], [], [], []
        for seed, rows in sorted(per_seed.items()):
            rows = sorted(rows, key=lambda r: r["updates"])
            target, plain_arm = best_plain[seed]
            plain_rows = sorted(by_arm[plain_arm][seed], key=lambda r: r["updates"])
            best.append(max(r["bleu"] for r in rows))
            final.append(rows[-1]["bleu"])
            nll.append(rows[-1]["valid_nll"])
            d_bleu.append(rows[-1]["bleu"] - plain_rows[-1]["bleu"])
            d_nll.append(rows[-1]["valid_nll"] - plain_rows[-1]["valid_nll"])
            reached = updates_to_reach(rows, target)
            own = updates_to_reach(plain_rows, target)
            ratios.append(None if reached is None else reached / own)
            reached = updates_to_reach(rows, 0.95 * target)
            ratios95.append(None if reached is None
                            else reached / updates_to_reach(plain_rows, 0.95 * target))
        shown = [f"{r:.2f}" if r is not None else "not reached" for r in ratios]
        shown95 = [f"{r:.2f}" if r is not None else "not reached" for r in ratios95]
        print(f"| {arm} | {len(per_seed)} | {', '.join(f'{b:.2f}' for b in best)} | "
              f"{', '.join(f'{b:.2f}' for b in final)} | {', '.join(f'{n:.3f}' for n in nll)} | "
              f"{spread(d_bleu)} | {spread(d_nll, 3)} | "
              f"{', '.join(shown)} | {', '.join(shown95)} |")
    print()
    print("Best plain arm per seed: " + ", ".join(
        f"seed {seed}: {arm} ({bleu:.2f})" for seed, (bleu, arm) in best_plain.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
