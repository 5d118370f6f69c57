"""Issue 34: the rule the confirmation runs, chosen from the probe's table by the
criterion docs/selection-probe.md wrote down before either ran: among the policies the
plug-in trains as they are measured (``-memory`` and ``-spaced``; the oracles only say
whether a label is right), the one with the lowest mean valid NLL against ``uniform``
over the probe's stages. It is confirmed even if it does not beat ``uniform``.

Prints each candidate's mean difference over the stages (with its per-stage values and
their spread over seeds), then, on the last line, the rule's name, which
experiments/issue34_confirm.sh takes::

    python experiments/issue34_rule.py results/probe-bible-reducible/probe.csv
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

CANDIDATE_SUFFIXES = ("-memory", "-spaced")


def mean_against_uniform(rows: Sequence[Dict[str, str]]) -> Dict[str, Tuple[float, List]]:
    """Candidate -> (mean valid NLL minus uniform's over the stages, [(stage, delta,
    seed std)]). A candidate missing a stage that another has is refused: its mean
    would be over other stages."""
    per_policy: Dict[str, List] = defaultdict(list)
    stages = sorted({int(r["stage"]) for r in rows})
    for row in rows:
        if row["policy"].endswith(CANDIDATE_SUFFIXES):
            per_policy[row["policy"]].append((int(row["stage"]), float(row["delta_vs_uniform"]),
                                              float(row["delta_vs_uniform_std"] or "nan")))
    if not per_policy:
        raise SystemExit("error: the table holds no -memory or -spaced policy")
    found = {}
    for policy, values in per_policy.items():
        if sorted(stage for stage, _, _ in values) != stages:
            raise SystemExit(f"error: {policy} is measured at stages "
                             f"{sorted(s for s, _, _ in values)}, the table at {stages}")
        found[policy] = (sum(delta for _, delta, _ in values) / len(values), sorted(values))
    return found


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", type=Path, help="the merged probe's probe.csv")
    args = parser.parse_args(argv)
    with open(args.table, newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = mean_against_uniform(rows)
    ranked = sorted(found.items(), key=lambda item: item[1][0])
    for policy, (mean, values) in ranked:
        shown = ", ".join(f"{stage}: {delta:+.4f} ± {std:.4f}" for stage, delta, std in values)
        print(f"{policy}: mean {mean:+.4f} bits against uniform ({shown})", file=sys.stderr)
    print(ranked[0][0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
