"""Join an arm trained and scored by the harness in another ``--out`` to a results
folder: its rows go into the folder's ``results.json`` and ``results.csv``, its test
score into ``tests.json``, as the harness writes them for an arm trained there, and the
command that trained it into ``joined.json``, which ``time_to_bleu.py --report-only``
reads to rewrite the folder's summary with the arm (its command quoted apart from the
round's own).

For an arm added to a finished round without training the round's other arms again
(``paper`` on ``bible-long``: the harness was stopped once the arm was scored, before it
went on to the baseline the folder already had). Nothing is scored here: every
checkpoint's score must be in the arm's folder already (the harness's cache). A folder
that already holds the arm for a seed is refused rather than overwritten.

    python experiments/join_arm.py --runs runs/long-paper/seed1 runs/long-paper/seed2 \\
        --arm paper --into results/bible-long --command "python scripts/time_to_bleu.py ..."
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Sequence

from autoassist_tools.benchmark.report import write_tables
from autoassist_tools.benchmark.training import read_points


def arm_rows(workdir: Path, arm: str, seed: int) -> List[Dict]:
    """The arm's rows, from its checkpoints, log and cached valid scores."""
    rows = []
    for point in read_points(workdir / "checkpoints", workdir / "train.log"):
        cache = workdir / f"valid_{point.updates}.json"
        if not cache.exists():
            sys.exit(f"error: {cache} is missing: let the harness score the arm first")
        score = json.loads(cache.read_text())
        rows.append({"arm": arm, "seed": seed, "updates": point.updates,
                     "train_seconds": round(point.train_seconds, 1),
                     "boss_tokens": int(point.boss_tokens), "keep_rate": point.keep_rate,
                     "bleu": score["bleu"], "valid_nll": score["nll"],
                     "checkpoint": str(point.path)})
    return rows


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=Path, nargs="+", required=True,
                        help="the harness's --out folders that trained the arm")
    parser.add_argument("--arm", required=True, help="the arm's name")
    parser.add_argument("--into", type=Path, required=True, help="the results folder")
    parser.add_argument("--command", required=True,
                        help="the command that trained the arm, quoted in the folder's "
                        "summary (one per --runs folder, or one for all)", nargs="+")
    parser.add_argument("--note", default="",
                        help="what the summary should say of how the arm was trained, "
                        "e.g. an older spelling of its options")
    args = parser.parse_args(argv)
    if len(args.command) not in (1, len(args.runs)):
        parser.error("give one --command for all --runs folders, or one per folder")
    rows = json.loads((args.into / "results.json").read_text())
    tests = json.loads((args.into / "tests.json").read_text())
    joins_path = args.into / "joined.json"
    joins = json.loads(joins_path.read_text()) if joins_path.exists() else {}
    if args.arm in joins:
        sys.exit(f"error: {args.into} already holds a joined arm {args.arm}")
    seeds = []
    for run in args.runs:
        if not (run / "arms").is_dir():
            sys.exit(f"error: {run} is not a harness --out folder (no arms/ in it)")
        for workdir in sorted((run / "arms").glob(f"{args.arm}-seed*")):
            seed = int(workdir.name.rsplit("-seed", 1)[1])
            if any(r["arm"] == args.arm and r["seed"] == seed for r in rows):
                sys.exit(f"error: {args.into} already holds arm {args.arm}, seed {seed}")
            joined = arm_rows(workdir, args.arm, seed)
            if not joined:
                sys.exit(f"error: {workdir} has no interval checkpoint")
            best = max(joined, key=lambda r: r["bleu"])
            test = workdir / f"test_{best['updates']}.json"
            if not test.exists():
                sys.exit(f"error: {test} is missing: let the harness score the arm first")
            score = json.loads(test.read_text())
            rows += joined
            seeds.append(seed)
            tests[f"{args.arm}/{seed}"] = {"bleu": score["bleu"], "updates": best["updates"],
                                           "nll": score["nll"]}
            print(f"[join] {args.arm} seed {seed}: {len(joined)} checkpoints, final valid BLEU "
                  f"{joined[-1]['bleu']:.2f}, test BLEU {score['bleu']:.2f}")
    if not seeds:
        sys.exit(f"error: no {args.arm}-seed* folder in {', '.join(map(str, args.runs))}")
    joins[args.arm] = {"seeds": sorted(seeds), "commands": args.command, "note": args.note}
    write_tables(rows, args.into)
    joins_path.write_text(json.dumps(joins, indent=2) + "\n")
    (args.into / "tests.json").write_text(json.dumps(tests, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
