"""A results folder for arms trained after a finished round, against that round: a
copy of the round's folder (its baseline and arms, same preset) with the new arms of
every seed joined by experiments/join_arm.py, their shared-prefix records added to its
shared.json, and its summary rewritten by ``time_to_bleu.py --report-only`` with every
arm. Nothing is trained or decoded: the arms must be scored already
(``time_to_bleu.py --score-only``). The round's folder is not touched, and an existing
``--into`` is refused.

Issue 34's confirmation (experiments/issue34_confirm.sh) joins its three arms to
``results/bible-long`` so::

    python experiments/confirm_report.py --round results/bible-long \\
        --runs runs/confirm34-reducible-spaced \\
        --arm 'keepall-reducible-spaced=--assistant-selection none ...' --arm ... \\
        --donor 'keepall-reducible-spaced=--assistant-selection none ...' \\
        --command "python scripts/time_to_bleu.py ... --train-only" \\
        --into results/bible-long-reducible-spaced
"""
from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import List, Sequence

import join_arm  # experiments/join_arm.py: this script's folder is on the path when it runs
from autoassist_tools import time_to_bleu
from autoassist_tools.benchmark.arms import without_options


def recorded_command(folder: Path) -> List[str]:
    """The options of the harness command a folder's summary.md records."""
    command = time_to_bleu.RECORDED["command"].search((folder / "summary.md").read_text())
    options = time_to_bleu.harness_options(command.group(1)) if command else None
    if options is None:
        sys.exit(f"error: {folder / 'summary.md'} records no time_to_bleu.py command")
    return options


def joined_arms(folder: Path) -> List[str]:
    """The ``--arm`` values of the arms joined to a folder, from the command each was
    trained by (its name alone where that command does not name it)."""
    joins_path = folder / "joined.json"
    joins = json.loads(joins_path.read_text()) if joins_path.exists() else {}
    arms = []
    for name, record in joins.items():
        trained = shlex.split(record["commands"][0])
        options = [trained[i + 1] for i, word in enumerate(trained[:-1])
                   if word == "--arm" and trained[i + 1].split("=")[0] == name]
        arms.append(options[-1] if options else name)
    return arms


def report_command(folder: Path, out: Path, new_arms: Sequence[str]) -> List[str]:
    """``time_to_bleu.py --report-only`` options for ``out``: the round's recorded
    command (its preset, seeds, budget and arms) with ``--out`` replaced and no
    ``--readme``, then the arms joined to it earlier and the new ones."""
    options = without_options(recorded_command(folder), ("--out", "--readme"))
    options += ["--out", str(out), "--report-only"]
    for arm in joined_arms(folder) + list(new_arms):
        options += ["--arm", arm]
    return options


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round", type=Path, required=True,
                        help="the finished round's results folder (copied, not changed)")
    parser.add_argument("--runs", type=Path, required=True,
                        help="the harness --out folder where the new arms trained")
    parser.add_argument("--arm", dest="arms", action="append", required=True,
                        help="a new arm as NAME=OPTIONS, as it was trained; repeat")
    parser.add_argument("--command", required=True,
                        help="the harness command that trained the new arms, without its "
                        "--arm options (each arm's are added), quoted in the summary")
    parser.add_argument("--donor",
                        help="the new arm (NAME=OPTIONS, one of --arm) the others were "
                        "forked from with --share-prefix: their commands name it")
    parser.add_argument("--into", type=Path, required=True, help="the new results folder")
    args = parser.parse_args(argv)
    if args.donor and args.donor not in args.arms:
        parser.error("--donor must be one of the --arm values")
    if args.into.exists():
        sys.exit(f"error: {args.into} exists: move it away to make it again")
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "folder"
        shutil.copytree(args.round, staged)
        shared_path = staged / "shared.json"
        shared = json.loads(shared_path.read_text()) if shared_path.exists() else {}
        for arm in args.arms:
            name = arm.split("=")[0]
            command = args.command
            if args.donor and arm != args.donor:
                command += f" --share-prefix --arm {shlex.quote(args.donor)}"
            if join_arm.main(["--runs", str(args.runs), "--arm", name, "--into", str(staged),
                              "--command", f"{command} --arm {shlex.quote(arm)}"]):
                return 1
            for record in sorted((args.runs / "arms").glob(f"{name}-seed*/shared_prefix.json")):
                seed = record.parent.name.rsplit("-seed", 1)[1]
                shared[f"{name}/{seed}"] = json.loads(record.read_text())
        if shared:
            shared_path.write_text(json.dumps(shared, indent=2) + "\n")
        # the round's own arms and the arms joined before, then the new ones
        if time_to_bleu.main(report_command(args.round, staged, args.arms)):
            return 1
        shutil.copytree(staged, args.into)
    print(f"[confirm-report] {args.into}: {args.round}'s round with "
          f"{', '.join(a.split('=')[0] for a in args.arms)} joined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
