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
        results/archive/bible-onset/results.json --plain baseline keepall

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

``--cost-after UPDATE`` adds a comparison by time for arms whose clocks were disturbed
(a run paused, or sharing the machine with another load for a while): each arm's
steady cost is the median seconds per update of its checkpoint intervals from UPDATE
on, and an arm's time to a target is its updates to it at that cost.
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


SCORED = re.compile(r"^\[([\w@-]+)\] update (\d+): ([\d.]+) s, valid BLEU ([\d.]+), "
                    r"valid NLL ([\d.]+)", re.MULTILINE)


def update_ratio(rows: List[dict], plain_rows: List[dict], target: float) -> Optional[float]:
    """The updates an arm takes to reach ``target`` over the plain arm's, or None when
    the arm never reaches it."""
    reached = updates_to_reach(rows, target)
    return None if reached is None else reached / updates_to_reach(plain_rows, target)


def rows_from_log(text: str, seed: int) -> List[dict]:
    """The checkpoints a harness run scored, from its console output."""
    return [{"arm": arm, "seed": seed, "updates": int(updates), "train_seconds": float(sec),
             "bleu": float(bleu), "valid_nll": float(nll)}
            for arm, updates, sec, bleu, nll in SCORED.findall(text)]


def seconds_per_update(rows: List[dict], after: int) -> Optional[float]:
    """The median training seconds per update over the checkpoint intervals that start at
    or after update ``after``: an arm's steady cost, robust to an interval slowed by a
    pause or another load (the clock only ever runs slow)."""
    points = sorted({r["updates"]: r["train_seconds"] for r in rows
                     if r.get("train_seconds") is not None}.items())
    costs = [(t1 - t0) / (u1 - u0) for (u0, t0), (u1, t1) in zip(points, points[1:])
             if u0 >= after and u1 > u0]
    return float(np.median(costs)) if costs else None


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
    parser.add_argument("--cost-after", type=int, metavar="UPDATE",
                        help="also compare by time at each arm's steady cost: the median "
                             "seconds per update of its checkpoint intervals from UPDATE on "
                             "(for arms whose clocks a pause or another load disturbed)")
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
            known = by_arm[row["arm"]][row["seed"]]
            # a checkpoint already read (from results.json, or an earlier line of a
            # rerun that scored it again) is not counted twice
            if all(r["updates"] != row["updates"] for r in known):
                known.append(row)
    if not by_arm:
        parser.error("give results.json files or --log SEED=PATH")
    seeds = sorted({seed for arm in by_arm.values() for seed in arm})
    best_plain = {}
    for seed in seeds:
        plain = [(max(r["bleu"] for r in by_arm[a][seed]), a) for a in args.plain
                 if a in by_arm and by_arm[a].get(seed)]
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
            ratios.append(update_ratio(rows, plain_rows, target))
            ratios95.append(update_ratio(rows, plain_rows, 0.95 * target))
        shown = [f"{r:.2f}" if r is not None else "not reached" for r in ratios]
        shown95 = [f"{r:.2f}" if r is not None else "not reached" for r in ratios95]
        print(f"| {arm} | {len(per_seed)} | {', '.join(f'{b:.2f}' for b in best)} | "
              f"{', '.join(f'{b:.2f}' for b in final)} | {', '.join(f'{n:.3f}' for n in nll)} | "
              f"{spread(d_bleu)} | {spread(d_nll, 3)} | "
              f"{', '.join(shown)} | {', '.join(shown95)} |")
    print()
    print("Best plain arm per seed: " + ", ".join(
        f"seed {seed}: {arm} ({bleu:.2f})" for seed, (bleu, arm) in best_plain.items()))
    if args.cost_after is not None:
        print()
        print(time_table(by_arm, best_plain, args.cost_after))
    return 0


def time_table(by_arm: Dict[str, Dict[int, List[dict]]], best_plain: Dict[int, tuple],
               after: int) -> str:
    """Each arm's steady seconds per update and its time to the best plain arm's best
    valid BLEU (and to 95% of it) over that arm's, both at their steady costs."""
    lines = [f"By time at each arm's steady cost (median seconds per update of its "
             f"checkpoint intervals from update {after} on):", "",
             "| arm | seconds per update, per seed | / the best plain arm's | time to the "
             "best plain arm's best BLEU, / its own | to 95% of it, / its own |",
             "|---|---|---|---|---|"]
    for arm, per_seed in by_arm.items():
        costs, relative, ratios, ratios95 = [], [], [], []
        for seed, rows in sorted(per_seed.items()):
            target, plain_arm = best_plain[seed]
            plain_rows = by_arm[plain_arm][seed]
            cost = seconds_per_update(rows, after)
            plain_cost = seconds_per_update(plain_rows, after)
            costs.append("n/a" if cost is None else f"{cost:.3f}")
            if cost is None or plain_cost is None:
                relative.append("n/a")
                ratios.append("n/a")
                ratios95.append("n/a")
                continue
            relative.append(f"{cost / plain_cost:.3f}")
            for goal, shown in ((target, ratios), (0.95 * target, ratios95)):
                ratio = update_ratio(rows, plain_rows, goal)
                shown.append("not reached" if ratio is None
                             else f"{ratio * cost / plain_cost:.2f}")
        lines.append(f"| {arm} | {', '.join(costs)} | {', '.join(relative)} | "
                     f"{', '.join(ratios)} | {', '.join(ratios95)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
