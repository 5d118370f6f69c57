"""Whether a merged probe table already holds one unit (one stage, one seed) whole, so
that a session that starts on a new machine, with none of the last one's runs, trains
only the units the committed table lacks.

A unit counts as held when the table has a branch of every asked policy at that stage
and seed; a unit with only some of them is not held, and merging it again is refused by
the probe's merge (a branch measured twice), which names the branch::

    python experiments/probe_units.py results/probe-bible-reducible --stage 2200 --seed 1 \\
        --policies keepall uniform paper-memory
    # exit status 0: held; 1: not held (or no table yet)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence, Set, Tuple

from autoassist_tools.selection_probe import read_branches


def held_branches(table: Path) -> Set[Tuple[int, str, int]]:
    """(stage, policy, seed) of every branch in the table's branches.jsonl (none where
    the table does not exist yet)."""
    path = table / "branches.jsonl"
    try:
        return {(int(b["stage"]), str(b["policy"]), int(b["seed"]))
                for b in read_branches(path)}
    except (ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: a line is not a probe branch ({error!r}); "
                         "restore the file from git") from error


def unit_is_held(table: Path, stage: int, seed: int, policies: Sequence[str]) -> bool:
    held = held_branches(table)
    return all((stage, policy, seed) in held for policy in policies)


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", type=Path, help="a merged probe folder (branches.jsonl)")
    parser.add_argument("--stage", type=int, required=True, help="the unit's stage (updates)")
    parser.add_argument("--seed", type=int, required=True, help="the unit's seed")
    parser.add_argument("--policies", nargs="+", required=True,
                        help="the policies a whole unit has a branch of")
    args = parser.parse_args(argv)
    return 0 if unit_is_held(args.table, args.stage, args.seed, args.policies) else 1


if __name__ == "__main__":
    sys.exit(main())
