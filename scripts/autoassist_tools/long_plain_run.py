"""One long plain-fairseq run whose checkpoints are the stages the selection probe
branches from (scripts/selection_probe.py).

The run is a preset's baseline arm (``--task translation``) with a budget several times
the preset's, so that its validation loss truly levels off; the learning-rate schedule is
the preset's, stretched to the longer budget. Every interval checkpoint is kept and
fairseq validates at each one, so the log holds the validation loss curve. It is
resumable: run the same command again and fairseq continues from ``checkpoint_last.pt``
(a command that differs from the recorded one is refused, since it would train a
different run into the same folder). ``--report`` writes ``curve.md`` and ``curve.csv``
(updates, validation NLL per target token, learning rate) from the log, training nothing.

Example (the stages of the README's probe table; 1.98 s per update on one CPU thread
beside another run, measured on 2026-12-08, so 6,600 updates take about 3.6 hours)::

    python scripts/long_plain_run.py --data runs/data/bible-es-en --preset bible \\
        --multiple 3 --out runs/long-plain

``--until 2200`` stops that run once its checkpoint at 2,200 updates is saved; the
same command without it (or with a later ``--until``) goes on from there.

The same corpus in the other direction, on a GPU (the probe's second setting; about
five minutes on an H100)::

    python scripts/long_plain_run.py --data runs/data/bible-es-en --preset bible \\
        --multiple 3 --source-lang en --target-lang es --device cuda --out runs/long-plain-en-es
"""
import argparse
import csv
import re
import shlex
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .benchmark.arms import BASELINE, PRESETS, Preset
from .benchmark.training import (
    first_difference, same_training, train_arm, train_command,
)

VALID = re.compile(r"\| valid on 'valid' subset \|(.*)")
FIELD = re.compile(r"(\w+) ([-\d.e]+)")
COMMAND_FILE = "command.txt"


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="a data folder made by prepare_data.py")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible",
                        help="model, schedule and batch size (default: bible)")
    parser.add_argument("--multiple", type=float, default=3.0,
                        help="the budget as a multiple of the preset's --max-update "
                        "(default: 3)")
    parser.add_argument("--checkpoint-interval", type=int, default=None,
                        help="updates between kept checkpoints (default: the preset's)")
    parser.add_argument("--seed", type=int, default=1, help="fairseq's --seed (default: 1)")
    parser.add_argument("--source-lang", default=None,
                        help="train this direction's source (with --target-lang), e.g. the "
                        "data folder's pair reversed: fairseq reads train.es-en.* for en-es "
                        "too (default: the folder's own direction)")
    parser.add_argument("--target-lang", default=None, help="see --source-lang")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where fairseq trains; on cuda with the preset's GPU options "
                        "(default: cpu)")
    parser.add_argument("--out", type=Path, required=True,
                        help="the run's folder: checkpoints, train.log, curve.md/csv")
    parser.add_argument("--until", type=int, default=None, metavar="UPDATES",
                        help="stop once the first checkpoint at or after UPDATES is saved, "
                        "leaving the rest of the run to the same command without --until "
                        "(the run, its schedule and its budget are unchanged: for a run "
                        "longer than one sitting, or one whose later stages are not needed "
                        "yet; default: train to the end)")
    parser.add_argument("--report", action="store_true",
                        help="write curve.md and curve.csv from the log; train nothing")
    args = parser.parse_args(argv)
    if args.multiple <= 0:
        parser.error(f"--multiple must be positive, got {args.multiple}")
    if args.until is not None and args.until <= 0:
        parser.error(f"--until must be positive, got {args.until}")
    if args.checkpoint_interval is not None and args.checkpoint_interval <= 0:
        parser.error(f"--checkpoint-interval must be positive, got {args.checkpoint_interval}")
    if (args.source_lang is None) != (args.target_lang is None):
        parser.error("give --source-lang and --target-lang together (or neither)")
    if args.source_lang is not None and args.source_lang == args.target_lang:
        parser.error(f"--source-lang and --target-lang are both {args.source_lang}")
    return args


def long_run_command(preset: Preset, data: Path, out: Path, seed: int, max_update: int,
                     checkpoint_interval: int, device: str = "cpu",
                     direction: Optional[Tuple[str, str]] = None) -> List[str]:
    """The baseline arm's command with validation at every kept checkpoint, in
    ``direction`` (source, target) where one is given."""
    from dataclasses import replace
    preset = replace(preset, checkpoint_interval=checkpoint_interval)
    command = train_command(BASELINE, preset, data, out / "checkpoints", seed,
                            max_update=max_update, time_budget=None, device=device)
    command.remove("--disable-validation")
    if direction:
        command += ["--source-lang", direction[0], "--target-lang", direction[1]]
    return command


def read_curve(log_path: Path) -> List[Dict[str, float]]:
    """fairseq's validation lines: one row per validated update count (a resumed run
    that validates an update again keeps the later line)."""
    rows: Dict[int, Dict[str, float]] = {}
    for line in log_path.read_text().splitlines():
        match = VALID.search(line)
        if not match:
            continue
        fields = {k: float(v) for k, v in FIELD.findall(match.group(1))}
        if "num_updates" in fields:
            rows[int(fields["num_updates"])] = fields
    return [rows[u] for u in sorted(rows)]


def write_curve(out: Path, command: str) -> str:
    rows = read_curve(out / "train.log")
    if not rows:
        raise SystemExit(f"no validation line in {out / 'train.log'} yet: train first")
    with open(out / "curve.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["updates", "valid_nll_per_token", "valid_loss", "valid_ppl", "lr"])
        for row in rows:
            writer.writerow([int(row["num_updates"]), row.get("nll_loss"), row.get("loss"),
                             row.get("ppl"), row.get("lr", "")])
    lines = [
        f"Command: `{command}`", "",
        "| updates | valid NLL per target token (base 2) | change since previous |",
        "|---|---|---|",
    ]
    previous = None
    for row in rows:
        change = "" if previous is None else f"{row['nll_loss'] - previous:+.3f}"
        lines.append(f"| {int(row['num_updates'])} | {row['nll_loss']:.3f} | {change} |")
        previous = row["nll_loss"]
    text = "\n".join(lines) + "\n"
    (out / "curve.md").write_text(text)
    return text


def without_sitting_options(argv: List[str]) -> List[str]:
    """The command line less ``--report`` and ``--until N``: the options that say what
    this invocation does with the run, not which run it is."""
    kept, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--report" or arg.startswith("--until="):
            continue
        elif arg == "--until":
            skip = True
        else:
            kept.append(arg)
    return kept


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    preset = PRESETS[args.preset]
    max_update = int(round(preset.max_update * args.multiple))
    interval = args.checkpoint_interval or preset.checkpoint_interval
    direction = (args.source_lang, args.target_lang) if args.source_lang else None
    command = long_run_command(preset, args.data, args.out, args.seed, max_update, interval,
                               args.device, direction)
    # the training command, also when --report writes the curve; --until only says
    # where this sitting stops, not which run it is
    this_run = "python scripts/long_plain_run.py " + shlex.join(
        without_sitting_options(sys.argv[1:] if argv is None else argv))
    if args.report:
        print(write_curve(args.out, this_run))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    recorded = args.out / COMMAND_FILE
    if recorded.exists() and not same_training(recorded.read_text(), shlex.join(command)):
        raise SystemExit(
            f"{args.out} holds a different run ({first_difference(recorded.read_text(), shlex.join(command))}); "
            "give another --out, or the options it was started with, to continue it")
    recorded.write_text(shlex.join(command))

    def progress(arm: str, fields: Dict[str, str]) -> None:
        print(f"{arm}: update {fields.get('num_updates', '?')}, loss {fields.get('loss', '?')}",
              flush=True)

    train_arm(BASELINE, command, args.out / "train.log", progress,
              stop_after_checkpoint=args.until)
    print(write_curve(args.out, this_run))
    return 0
