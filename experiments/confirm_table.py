"""Issue 34's one table, and its stop rule: the confirmed rule and the other arms of a
confirmation against its donor ``keepall``, paired by seed, from the folder
experiments/confirm_report.py made and the forgetting splits experiments/forgetting.py
wrote (``--json``).

Per arm: the final valid BLEU and NLL minus ``keepall``'s (each seed, then mean ± the
standard deviation of the paired differences), the updates and the training time it took
to reach ``keepall``'s best valid BLEU over ``keepall``'s own (linear between
checkpoints), and the forgetting split (selecting − ``keepall`` at the end, bits per
target token: the training pairs the donor's memory called learnt and informative at
the fork, the valid pairs that were easy and hard there). Then the stop rule of
docs/selection-probe.md, item 4, condition by condition::

    python experiments/confirm_table.py results/bible-long-RULE/results.json \\
        --keepall keepall-RULE --rule RULE --arm uniform-RULE --arm baseline \\
        --forgetting RULE=results/bible-long-RULE/forgetting-RULE.json \\
        --forgetting uniform-RULE=results/bible-long-RULE/forgetting-uniform-RULE.json
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np

from arms_by_updates import spread, update_ratio, updates_to_reach  # experiments/

# the forgetting split's columns: (forgetting.py's grouping, its group, the column's name)
SPLIT = (("train_by_start_memory", "learnt (0)", "training pairs learnt at the fork"),
         ("train_by_start_memory", "informative (1)", "training pairs informative at the fork"),
         ("valid_by_start_oracle", "learnt (0)", "valid pairs easy at the fork"),
         ("valid_by_start_oracle", "informative (1)", "valid pairs hard at the fork"))


def read_rows(path: Path) -> Dict[str, Dict[int, List[dict]]]:
    """results.json's scored checkpoints by arm and seed, in update order."""
    by_arm: Dict[str, Dict[int, List[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in json.loads(path.read_text()):
        by_arm[row["arm"]][row["seed"]].append(row)
    for per_seed in by_arm.values():
        for rows in per_seed.values():
            rows.sort(key=lambda r: r["updates"])
    return by_arm


def time_to_reach(rows: List[dict], target: float) -> Optional[float]:
    """The training seconds at which the valid BLEU first reaches ``target``."""
    return updates_to_reach([{"updates": r["train_seconds"], "bleu": r["bleu"]} for r in rows],
                            target)


def shown(value: Optional[float]) -> str:
    return "not reached" if value is None else f"{value:.2f}"


def forgetting_split(path: Path, seeds: Sequence[int]) -> List[List[float]]:
    """Per column of SPLIT, selecting − reference at the end, one value per seed."""
    recorded = json.loads(path.read_text())["seeds"]
    missing = [s for s in seeds if str(s) not in recorded]
    if missing:
        raise SystemExit(f"error: {path} holds no seed {missing[0]}: run "
                         "experiments/forgetting.py with every seed of the table")
    columns = []
    for grouping, group, _ in SPLIT:
        values = []
        for seed in seeds:
            row = next(r for r in recorded[str(seed)][grouping] if r["group"] == group)
            values.append(row["selecting"] - row["reference"])
        columns.append(values)
    return columns


def stop_rule(bleu_differences: Sequence[float], keepall_finals: Sequence[float],
              nll_differences: Sequence[float]) -> List[tuple]:
    """docs/selection-probe.md, item 4: the rule wins only if its final valid BLEU minus
    keepall's is positive in every seed, its mean exceeds both the standard deviation of
    those paired differences and keepall's own seed standard deviation, and its final
    valid NLL is below keepall's in every seed. (condition, held) pairs."""
    mean = float(np.mean(bleu_differences))
    paired_std = float(np.std(bleu_differences, ddof=1))
    keepall_std = float(np.std(keepall_finals, ddof=1))
    return [
        ("final valid BLEU above keepall's in every seed ("
         + ", ".join(f"{d:+.2f}" for d in bleu_differences) + ")",
         all(d > 0 for d in bleu_differences)),
        (f"mean BLEU difference {mean:+.2f} above the paired differences' std "
         f"{paired_std:.2f}", mean > paired_std),
        (f"mean BLEU difference {mean:+.2f} above keepall's own seed std {keepall_std:.2f}",
         mean > keepall_std),
        ("final valid NLL below keepall's in every seed ("
         + ", ".join(f"{d:+.3f}" for d in nll_differences) + " bits)",
         all(d < 0 for d in nll_differences)),
    ]


def table(by_arm: Dict[str, Dict[int, List[dict]]], keepall: str, arms: Sequence[str],
          forgetting: Dict[str, Path]) -> List[str]:
    for arm in (keepall, *arms):
        if arm not in by_arm:
            raise SystemExit(f"error: no arm {arm!r} in the results (it has "
                             f"{', '.join(sorted(by_arm))})")
    seeds = sorted(by_arm[keepall])
    for arm in arms:
        if sorted(by_arm[arm]) != seeds:
            raise SystemExit(f"error: {arm} has seeds {sorted(by_arm[arm])}, {keepall} "
                             f"{seeds}: the table pairs them by seed")
    header = ["arm", "final valid BLEU − keepall (" + ", ".join(f"s{s}" for s in seeds)
              + "; mean ± std)", "final valid NLL − keepall, bits",
              "updates to keepall's best, / keepall's", "time to it, / keepall's"]
    header += [f"{name}, − keepall" for _, _, name in SPLIT]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    keepall_rows = by_arm[keepall]
    for arm in arms:
        bleu, nll, updates, seconds = [], [], [], []
        for seed in seeds:
            rows, reference = by_arm[arm][seed], keepall_rows[seed]
            best = max(r["bleu"] for r in reference)
            bleu.append(rows[-1]["bleu"] - reference[-1]["bleu"])
            nll.append(rows[-1]["valid_nll"] - reference[-1]["valid_nll"])
            updates.append(shown(update_ratio(rows, reference, best)))
            reached = time_to_reach(rows, best)
            seconds.append(shown(None if reached is None
                                 else reached / time_to_reach(reference, best)))
        cells = [arm, ", ".join(f"{d:+.2f}" for d in bleu) + f"; {spread(bleu)}",
                 ", ".join(f"{d:+.3f}" for d in nll) + f"; {spread(nll, 3)}",
                 ", ".join(updates), ", ".join(seconds)]
        if arm in forgetting:
            cells += [spread(values, 3) for values in forgetting_split(forgetting[arm], seeds)]
        else:
            cells += ["—"] * len(SPLIT)
        lines.append("| " + " | ".join(cells) + " |")
    finals = [keepall_rows[s][-1]["bleu"] for s in seeds]
    lines += ["", f"keepall ({keepall}): final valid BLEU "
              + ", ".join(f"{b:.2f}" for b in finals)
              + f" (seed std {np.std(finals, ddof=1):.2f}), best "
              + ", ".join(f"{max(r['bleu'] for r in keepall_rows[s]):.2f}" for s in seeds)]
    return lines


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="the confirmation's results.json")
    parser.add_argument("--keepall", required=True,
                        help="the arm every other is paired with (the forks' donor)")
    parser.add_argument("--rule", required=True,
                        help="the confirmed rule's arm, which the stop rule judges")
    parser.add_argument("--arm", action="append", default=[],
                        help="another arm to show against keepall (repeatable)")
    parser.add_argument("--forgetting", action="append", default=[], metavar="ARM=PATH",
                        help="an arm's forgetting split: experiments/forgetting.py --json "
                             "against keepall, every seed (repeatable)")
    args = parser.parse_args(argv)
    forgetting = {}
    for given in args.forgetting:
        arm, _, path = given.partition("=")
        if not path:
            parser.error(f"--forgetting wants ARM=PATH, not {given!r}")
        forgetting[arm] = Path(path)
    by_arm = read_rows(args.results)
    print("\n".join(table(by_arm, args.keepall, [args.rule, *args.arm], forgetting)))
    seeds = sorted(by_arm[args.keepall])
    rule, keepall = by_arm[args.rule], by_arm[args.keepall]
    conditions = stop_rule([rule[s][-1]["bleu"] - keepall[s][-1]["bleu"] for s in seeds],
                           [keepall[s][-1]["bleu"] for s in seeds],
                           [rule[s][-1]["valid_nll"] - keepall[s][-1]["valid_nll"]
                            for s in seeds])
    print(f"\nThe stop rule (docs/selection-probe.md, item 4), for {args.rule}:")
    for condition, held in conditions:
        print(f"- {'holds' if held else 'fails'}: {condition}")
    won = all(held for _, held in conditions)
    print(f"\nVerdict: {args.rule} {'wins' if won else 'does not win'} against keepall.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
