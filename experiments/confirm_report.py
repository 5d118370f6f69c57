"""A results folder for arms trained after a finished round, against that round: a
copy of the round's report (its baseline and arms, same preset) with the new arms of
every seed joined by experiments/join_arm.py, their shared-prefix records added to its
shared.json, and its summary rewritten by ``time_to_bleu.py --report-only`` with every
arm. Nothing is trained or decoded: the arms must be scored already
(``time_to_bleu.py --score-only``). Only the round's report files are copied, never its
checkpoints, so the round may be a harness ``--out`` as well as a results folder. The
round's folder is not touched; an existing ``--into`` is refused unless ``--replace``
is given, and then replaced only once the new folder is whole.

The forks' donor (``--donor``) is a new arm or one of the round's own; each fork's
joined record names it.

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
from autoassist_tools.benchmark import prefix
from autoassist_tools.benchmark.arms import option_values, without_options

# what the harness writes at the top of its --out and --report-only reads or rewrites
REPORT_FILES = ("summary.md", "results.json", "results.csv", "tests.json", "shared.json",
                "joined.json")


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
    arms = []
    for name, record in time_to_bleu.recorded_joins(folder).items():
        options = [value for value in option_values(shlex.split(record["commands"][0]), "--arm")
                   if value.split("=")[0] == name]
        arms.append(options[-1] if options else name)
    return arms


def round_arms(folder: Path) -> List[str]:
    """The ``--arm`` values of a round: those of its recorded command, then those joined."""
    return option_values(recorded_command(folder), "--arm") + joined_arms(folder)


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
                        help="the arm (NAME=OPTIONS, one of --arm or of the round's) the "
                        "others were forked from with --share-prefix: their commands and "
                        "records name it")
    parser.add_argument("--into", type=Path, required=True, help="the new results folder")
    parser.add_argument("--replace", action="store_true",
                        help="replace an existing --into (once the new one is whole)")
    args = parser.parse_args(argv)
    if args.donor and args.donor not in args.arms + round_arms(args.round):
        parser.error(f"--donor {args.donor!r} is neither one of the --arm values nor an "
                     f"arm of {args.round}")
    if args.into.exists() and not args.replace:
        sys.exit(f"error: {args.into} exists: move it away to make it again, or give "
                 "--replace")
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "folder"
        staged.mkdir()
        for name in REPORT_FILES:
            if (args.round / name).exists():
                shutil.copy2(args.round / name, staged / name)
        shared_path = staged / "shared.json"
        shared = time_to_bleu.recorded_shares(staged)
        for arm in args.arms:
            name = arm.split("=")[0]
            command, note = args.command, []
            if args.donor and arm != args.donor:
                command += f" --share-prefix --arm {shlex.quote(args.donor)}"
                note = ["--note", f"forked from {args.donor.split('=')[0]}, see Shared "
                                  "prefixes"]
            if join_arm.main(["--runs", str(args.runs), "--arm", name, "--into", str(staged),
                              "--command", f"{command} --arm {shlex.quote(arm)}", *note]):
                return 1
            for workdir in sorted((args.runs / "arms").glob(f"{name}-seed*")):
                record = prefix.shared_record(workdir)
                if record is not None:
                    shared[f"{name}/{workdir.name.rsplit('-seed', 1)[1]}"] = record
        if shared:
            shared_path.write_text(json.dumps(shared, indent=2) + "\n")
        # the round's own arms and the arms joined before, then the new ones
        if time_to_bleu.main(report_command(args.round, staged, args.arms)):
            return 1
        replaced = args.into.with_name(f"{args.into.name}.replaced") if args.into.exists() else None
        if replaced:
            if replaced.exists():
                sys.exit(f"error: {replaced} is left from a replacement cut short "
                         f"({args.into} is the newer folder): delete it or move it away")
            args.into.rename(replaced)
        shutil.copytree(staged, args.into)
        if replaced:
            shutil.rmtree(replaced)
    print(f"[confirm-report] {args.into}: {args.round}'s round with "
          f"{', '.join(a.split('=')[0] for a in args.arms)} joined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
