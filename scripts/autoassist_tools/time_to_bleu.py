"""Time-to-BLEU: AutoAssist against plain fairseq, the arms trained alike.

Each arm trains from the same seed, data, model, optimizer, schedule and batch size
for the same budget (updates, or seconds of training time), saving a checkpoint every
``--checkpoint-interval`` updates. Afterwards every checkpoint is decoded on the valid
set, in this process with fairseq's generation API (benchmark/scoring.py), and scored
with sacrebleu; the best valid checkpoint of each arm is also scored on the test set.
The same loaded model gives each checkpoint's valid NLL (teacher-forced, bits per
target token: fairseq's valid ``nll_loss``), far less noisy than greedy BLEU.
Results go to one folder: ``results.json`` and ``results.csv`` (one row per checkpoint,
with its BLEU and ``valid_nll``), ``bleu_vs_time.png`` (BLEU and valid NLL against
training time) and ``summary.md`` (best and final BLEU and valid NLL, times to reach
the baseline's best BLEU and 95% of it, their ratios, test BLEU). With a plain arm
besides the baseline (``keepall=--assistant-base 1``), the summary also gives every
arm's time ratios against the best plain arm, with the spread over seeds. Rerunning skips what
is done: fairseq resumes an interrupted arm from its last checkpoint, and scores are
cached per checkpoint (a score cached before the NLL was recorded gains it without
decoding again). ``--report-only`` writes ``summary.md`` and ``bleu_vs_time.png``
again from a folder's ``results.json`` and ``tests.json`` alone (after a change to a
preset's description or to the report), with the command, machine and BLEU signature
that its ``summary.md`` records: no checkpoint is needed (a folder from before the NLL
was recorded shows it as n/a). ``--share-prefix`` trains once the stretch before the
onset of selection that several AutoAssist arms train alike (benchmark/prefix.py says
which arms, and how the harness proves it before it forks). ``--readme`` puts the
plot, one table of every arm against the best plain arm (mean ± std over seeds), the
command and the machine into the README's Results block; the per-seed tables and the
prose stay in ``summary.md``. ``--train-only`` trains (or resumes) the arms it names
and stops before scoring, so that arms can train side by side, one harness per arm
(one thread each on a CPU, or sharing one GPU); the same command with every arm and
without ``--train-only`` then finds them trained, scores them and reports.
``--score-only`` scores arms already trained and writes no report, so that an arm
trained for a folder that already holds its baseline (a later arm, a fork) can be
scored without training that baseline again, then joined to the folder by
``experiments/join_arm.py``.

Examples::

    python scripts/time_to_bleu.py --quick                # embedded sample, minutes
    python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset bible \\
        --seeds 1 2 --out results/bible --readme README.md
"""
import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Dict, List, Optional

from .benchmark import prefix, report
from .benchmark.arms import AUTOASSIST, BASELINE, PRESETS, parse_arm, with_max_tokens
from .benchmark.scoring import CheckpointScorer, quiet_fairseq_logs
from .benchmark.training import (
    REPO, first_difference, read_points, same_training, train_arm, train_command,
)

SAMPLE_DATA = REPO / "runs" / "data" / "bible-es-en-sample"


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="the embedded sample (prepared if needed) with the quick preset")
    parser.add_argument("--brief", action="store_true",
                        help="end with one short table and one sentence (make demo) instead "
                        "of the whole summary, which summary.md still holds")
    parser.add_argument("--data", type=Path, help="a data folder made by prepare_data.py")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible",
                        help="shared model and budget (default: bible)")
    parser.add_argument("--arm", dest="arms", action="append", default=None,
                        help="an arm: baseline, autoassist, NAME=AUTOASSIST-OPTIONS, or "
                        "NAME=plain:FAIRSEQ-OPTIONS (plain fairseq with other options, a "
                        "plain arm); repeat for several (default: baseline and autoassist)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1], help="seeds (default: 1)")
    parser.add_argument("--max-update", type=int, help="updates per arm (default: preset's)")
    parser.add_argument("--time-budget", type=float,
                        help="seconds of training time per arm (fairseq --stop-time-hours)")
    parser.add_argument("--checkpoint-interval", type=int,
                        help="updates between checkpoints (default: preset's)")
    parser.add_argument("--max-tokens", type=int,
                        help="tokens per batch, in place of the preset's (default: preset's)")
    parser.add_argument("--beam", type=int, help="beam size for decoding (default: preset's)")
    parser.add_argument("--lenpen", type=float, help="length penalty (default: preset's)")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                        help="train and decode on the CPU (fairseq --cpu) or on the GPU "
                        "(default: cpu)")
    parser.add_argument("--out", type=Path, help="results folder (default: results/PRESET)")
    parser.add_argument("--share-prefix", action="store_true",
                        help="AutoAssist arms that differ only in options read once "
                        "selection runs (--assistant-base, --assistant-selection, "
                        "--assistant-keep-rate) and whose onset is the automatic or a fixed "
                        "one train alike until it: the first of them trains whole, the "
                        "others go on from its last checkpoint before its onset, once a "
                        "short run from scratch of both has given identical checkpoints "
                        "(benchmark/prefix.py); their times still count from update 0")
    parser.add_argument("--train-only", action="store_true",
                        help="train (or resume) the arms named and stop before scoring; "
                        "'baseline' need not be among them. Start one such harness per arm "
                        "to train arms side by side, then run the command with every arm "
                        "and without --train-only to score and report. With --share-prefix "
                        "a fork goes on from its donor's run, trained first (in this "
                        "harness, or already by another): forks of one donor can then train "
                        "side by side, each harness naming the donor and its fork, once the "
                        "donor is trained")
    parser.add_argument("--score-only", action="store_true",
                        help="score the arms named, every one already trained (refused "
                        "otherwise: nothing is trained), caching each checkpoint's valid "
                        "score and the best one's test score beside it, and write no "
                        "report; 'baseline' need not be among them. For an arm that "
                        "experiments/join_arm.py then joins to a folder holding its baseline")
    parser.add_argument("--readme", type=Path,
                        help="write the summary into this README's Results section")
    parser.add_argument("--report-only", action="store_true",
                        help="train and score nothing: write summary.md, the plot and the "
                        "--readme section again from --out's results.json and tests.json, "
                        "with the command, machine and BLEU signature its summary.md "
                        "records; the other options must name the preset, arms, seeds and "
                        "budget of that command")
    args = parser.parse_args(argv)
    if args.quick:
        args.preset = "quick"
        args.data = args.data or SAMPLE_DATA
    if args.data is None:
        parser.error("--data is required (or --quick for the embedded sample)")
    args.out = args.out or REPO / "results" / args.preset
    try:
        args.arms = [parse_arm(s) for s in (args.arms or [BASELINE.name, AUTOASSIST.name])]
    except ValueError as error:
        parser.error(str(error))
    names = [a.name for a in args.arms]
    modes = [flag for flag, on in (("--train-only", args.train_only),
                                   ("--score-only", args.score_only),
                                   ("--report-only", args.report_only)) if on]
    if len(modes) > 1:
        parser.error(f"{' and '.join(modes)} exclude each other: --train-only trains, "
                     "--score-only scores what is trained, --report-only rewrites the "
                     "report; give one of them")
    if BASELINE.name not in names and not (args.train_only or args.score_only):
        parser.error("the arms must include 'baseline': the targets come from it")
    if len(set(names)) != len(names):
        parser.error(f"arm names must be unique: {names}")
    if args.time_budget and PRESETS[args.preset].decays_to_zero:
        horizon = args.max_update or PRESETS[args.preset].max_update
        print(f"warning: the {args.preset} preset's learning rate decays to 0 at --max-update "
              f"({horizon}); a --time-budget that stops training earlier leaves it part-way "
              "down. Give the --max-update the budget reaches, or use a preset with "
              "inverse_sqrt (bible-isqrt)", file=sys.stderr, flush=True)
    return args


def prepare_sample(data: Path) -> None:
    if (data / "prepare_summary.json").exists():
        return
    print(f"[data] preparing the embedded sample into {data}", flush=True)
    subprocess.run([
        sys.executable, str(REPO / "scripts" / "prepare_data.py"), "--source", "text",
        "--src", "es", "--tgt", "en",
        "--trainpref", str(REPO / "data/bible-es-en/train"),
        "--validpref", str(REPO / "data/bible-es-en/valid"),
        "--testpref", str(REPO / "data/bible-es-en/test"),
        "--vocab-size", "4000", "--out-dir", str(data), "--no-progress",
    ], check=True)


def languages(data: Path) -> tuple:
    summary = json.loads((data / "prepare_summary.json").read_text())
    return summary["src"], summary["tgt"]


def machine(device: str) -> str:
    import torch

    if device == "cuda":
        accelerator = f"on one {torch.cuda.get_device_name(0)} GPU"
    else:
        accelerator = "no GPU"
    return (f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.python_version()}, "
            f"torch {torch.__version__}, {torch.get_num_threads()} threads, {accelerator}")


def plain_arms(arms) -> List[str]:
    """The arms that drop nothing (baseline, keepall): the report measures every arm
    against the best of them."""
    return [arm.name for arm in arms if arm.drops_nothing]


def measured_plain_arms(arms, rows: List[Dict]) -> List[str]:
    """The arms that dropped nothing, by their logged keep rates: what a report rewritten
    later goes by, since an arm's options can name another method today than when it
    trained (``autoassist`` in folders from before ``--assistant-selection none`` became
    the default selected pairs)."""
    return [arm.name for arm in arms
            if all(r["keep_rate"] >= 1.0 for r in rows if r["arm"] == arm.name)]


def cached_score(cache: Path, scorer: CheckpointScorer, checkpoint: Path,
                 split: str) -> Dict:
    """A checkpoint's score on a split, computed once. A score cached before the NLL was
    recorded gains it from the checkpoint, without decoding again."""
    if not cache.exists():
        result = scorer.score(checkpoint, split)
    else:
        result = json.loads(cache.read_text())
        if "nll" in result:
            return result
        result.update(scorer.nll(checkpoint, split))
    cache.write_text(json.dumps(result) + "\n")
    return result


def fork_from_donor(arm, seed: int, donor: str, commands: Dict[str, List[str]],
                    out: Path, max_update: int) -> bool:
    """With --share-prefix: give a fork's folder its donor's prefix (benchmark/prefix.py),
    once the proof has passed. Returns whether nothing is left to train (neither the
    donor's selection nor the fork's fixed onset started before the donor's run ended,
    so the fork's whole run is the donor's)."""
    workdir = out / "arms" / f"{arm.name}-seed{seed}"
    record = prefix.shared_record(workdir)
    if record is None:
        if workdir.exists():
            print(f"[{arm.name}] seed {seed}: goes on with the whole training it began "
                  "without a shared prefix", flush=True)
            return False
        donor_dir = out / "arms" / f"{donor}-seed{seed}"
        onset = prefix.logged_onset(donor_dir / "train.log")
        if onset is None and not prefix.onset_planned(donor_dir / "train.log"):
            print(f"[{arm.name}] seed {seed}: trains whole: {donor}'s log says neither when "
                  "its selection started nor that it was to wait for an onset", flush=True)
            return False
        own = prefix.fixed_onset(arm.options, max_update)
        end = prefix.prefix_end(onset, own)
        at = prefix.fork_update(donor_dir / "checkpoints", end)
        if at is None:
            whose = f"{donor}'s selection" if end == onset else "its fixed onset"
            print(f"[{arm.name}] seed {seed}: trains whole: {whose} starts at update "
                  f"{end}, before {donor}'s first checkpoint", flush=True)
            return False
        proof = min(prefix.PROOF_UPDATES, at)  # within the shared stretch
        print(f"[{arm.name}] seed {seed}: proving that it trains as {donor} does until "
              f"the onset ({proof} updates from scratch, each)", flush=True)
        differs = prefix.prove_same_prefix((donor, commands[donor]),
                                           (arm.name, commands[arm.name]),
                                           out / "prefix-proof" / f"seed{seed}", proof)
        if differs:
            print(f"[{arm.name}] seed {seed}: trains whole: its checkpoint after {proof} "
                  f"updates differs from {donor}'s at {differs}", flush=True)
            return False
        # recorded only where the fork's own onset, not the donor's, ends the prefix
        record = prefix.start_fork(donor, donor_dir, workdir, at, onset, proof,
                                   own if end != onset else None)
        print(f"[{arm.name}] seed {seed}: " + prefix.describe(arm.name, seed, record),
              flush=True)
    return prefix.prefix_end(record["donor_onset"], record.get("fork_onset")) is None


def shared_notes(records: Dict[str, Dict]) -> List[str]:
    """The summary's lines on shared prefixes, from records keyed ``ARM/SEED`` (what a
    folder's shared.json holds)."""
    return [prefix.describe(*key.split("/"), record) for key, record in records.items()]


def recorded_shares(out: Path) -> Dict[str, Dict]:
    """A results folder's shared.json, or nothing."""
    path = out / "shared.json"
    return json.loads(path.read_text()) if path.exists() else {}


def recorded_joins(out: Path) -> Dict[str, Dict]:
    """A results folder's joined.json (arms added by experiments/join_arm.py), or nothing."""
    path = out / "joined.json"
    return json.loads(path.read_text()) if path.exists() else {}


def joined_notes(joins: Dict[str, Dict]) -> List[str]:
    """The summary's lines on arms joined to the folder after its round."""
    notes = []
    for arm, record in joins.items():
        seeds = ", ".join(str(s) for s in record["seeds"])
        commands = " and ".join(f"`{c}`" for c in record["commands"])
        note = f" ({record['note']})" if record.get("note") else ""
        notes.append(f"{arm} (seeds {seeds}) was trained later, by {commands}{note}, and "
                     "joined to this folder by experiments/join_arm.py")
    return notes


def write_report(args: argparse.Namespace, rows: List[Dict], tests: Dict,
                 context: Dict) -> str:
    """summary.md and the plot in --out, and the --readme section; returns the summary."""
    report.plot(rows, args.out / "bleu_vs_time.png",
                f"valid BLEU against training time ({args.preset} preset)")
    summary = report.summarise(rows, tests, context)
    (args.out / "summary.md").write_text(summary + "\n")
    if args.readme:
        # The README gets the plot, one table against the best plain arm, the command and
        # the machine; the per-seed tables and the prose stay in summary.md.
        def link(name: str) -> str:
            return os.path.relpath(args.out / name, args.readme.parent)

        report.replace_readme_section(args.readme, report.readme_block(
            rows, context, link("bleu_vs_time.png"), link("summary.md")))
        print(f"[report] updated the Results section of {args.readme}")
    return summary


RECORDED = {"command": re.compile(r"^Command: `(.+)`$", re.MULTILINE),
            "machine": re.compile(r"^Machine: (.+?)\. Preset `", re.MULTILINE),
            "signature": re.compile(r"^BLEU: (.+)$", re.MULTILINE)}


def measured_settings(args: argparse.Namespace) -> Dict:
    """What a command fixes about the results it measures."""
    return {"--preset": args.preset,
            "--arm": [(a.name, a.task, a.options) for a in args.arms],
            "--seeds": args.seeds,
            "--max-update": args.max_update or PRESETS[args.preset].max_update,
            "--time-budget": args.time_budget, "--share-prefix": args.share_prefix}


def harness_options(command: str) -> Optional[List[str]]:
    """The options of a recorded ``time_to_bleu.py`` command (as summary.md quotes it),
    or ``None`` when it is not one."""
    words = shlex.split(command)
    start = next((i + 1 for i, w in enumerate(words) if w.endswith("time_to_bleu.py")), None)
    return None if start is None else words[start:]


def same_measurement(recorded: str, args: argparse.Namespace) -> Optional[str]:
    """None if the recorded command (as summary.md quotes it) measured what ``args``
    name; otherwise the first option where they differ."""
    options = harness_options(recorded)
    if options is None:
        return "the recorded command is not a time_to_bleu.py command"
    try:
        then = measured_settings(parse_args(options))
    except SystemExit:
        return "the recorded command's options are no longer accepted"
    now = measured_settings(args)
    return next((f"{key}: recorded {then[key]}, this command {now[key]}"
                 for key in now if now[key] != then[key]), None)


def report_only(args: argparse.Namespace, preset) -> int:
    """Rewrite a results folder's report from what it holds, quoting the command that
    measured it (its summary.md records it); refuse a command that names other preset,
    arms, seeds or budget than that command and the folder's results."""
    try:
        rows = json.loads((args.out / "results.json").read_text())
        tests = json.loads((args.out / "tests.json").read_text())
        recorded = (args.out / "summary.md").read_text()
    except FileNotFoundError as missing:
        sys.exit(f"error: --report-only needs {missing.filename} (made by a full run)")
    joins = recorded_joins(args.out)
    context = {"preset": args.preset, "why": preset.why,
               "plain_arms": measured_plain_arms(args.arms, rows),
               "shared": shared_notes(recorded_shares(args.out)),
               "joined": joined_notes(joins)}
    for key, pattern in RECORDED.items():
        found = pattern.search(recorded)
        if not found:
            sys.exit(f"error: {args.out / 'summary.md'} records no {key} line")
        context[key] = found.group(1)
    # the recorded command trained every arm but the joined ones
    own = argparse.Namespace(**vars(args))
    own.arms = [arm for arm in args.arms if arm.name not in joins]
    differs = same_measurement(context["command"], own)
    if differs:
        sys.exit(f"error: {args.out / 'summary.md'} records another command than this one "
                 f"({differs}): `{context['command']}`")
    # a joined arm holds the seeds it was trained with (a fork of one seed beside a
    # round of two), which joined.json records; the round's own arms hold --seeds
    held = sorted({(r["arm"], r["seed"]) for r in rows})
    named = sorted({(arm.name, seed) for arm in args.arms
                    for seed in (joins[arm.name]["seeds"] if arm.name in joins else args.seeds)})
    if held != named:
        sys.exit(f"error: {args.out / 'results.json'} holds arms and seeds {held}, this "
                 f"command names {named}")
    max_update = args.max_update or preset.max_update
    last = {(r["arm"], r["seed"]): r["updates"] for r in sorted(rows, key=lambda r: r["updates"])}
    if not args.time_budget and set(last.values()) != {max_update}:
        sys.exit(f"error: {args.out / 'results.json'} ends at updates "
                 f"{sorted(set(last.values()))}, this command at --max-update {max_update}")
    print(write_report(args, rows, tests, context), flush=True)
    print(f"[report] {args.out}/summary.md and bleu_vs_time.png rewritten; nothing trained")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    preset = PRESETS[args.preset]
    given = argv if argv is not None else sys.argv[1:]
    this_run = "python scripts/time_to_bleu.py " + shlex.join(
        [a for a in given if a != "--report-only"])
    if args.report_only:
        return report_only(args, preset)
    joined = recorded_joins(args.out)
    if joined:
        sys.exit(f"error: {args.out} holds arms joined after its round "
                 f"({', '.join(joined)}, see joined.json), which a new run "
                 "there would drop from its results: train into another --out, or rewrite "
                 "its summary with --report-only")
    if args.quick:
        prepare_sample(args.data)
    if not (args.data / "prepare_summary.json").exists():
        sys.exit(f"error: {args.data} is not a data folder made by scripts/prepare_data.py "
                 "(no prepare_summary.json); prepare it first")
    src, tgt = languages(args.data)
    beam = args.beam or preset.beam
    lenpen = args.lenpen if args.lenpen is not None else preset.lenpen
    max_update = args.max_update or preset.max_update
    if args.checkpoint_interval:
        preset = replace(preset, checkpoint_interval=args.checkpoint_interval)
    if args.max_tokens:
        preset = with_max_tokens(preset, args.max_tokens)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.time()

    def progress(arm: str, fields: Dict[str, str]) -> None:
        keep = f", keep_rate {fields['keep_rate']}" if "keep_rate" in fields else ""
        print(f"[{arm}] update {fields.get('num_updates')}/{max_update}, "
              f"elapsed {time.time() - started:.0f} s{keep}", flush=True)

    # One scorer for the run: the task and each split load once, and no fairseq-generate
    # process starts per checkpoint (nothing loads if every score is cached).
    scorer = None if args.train_only else CheckpointScorer(args.data, tgt, beam, lenpen,
                                                           args.device)
    quiet_fairseq_logs()
    rows, tests, signature = [], {}, ""
    forks = prefix.plan_forks(args.arms) if args.share_prefix else {}
    shared: Dict[str, Dict] = {}
    for seed in args.seeds:
        commands: Dict[str, List[str]] = {}
        for arm in args.arms:
            workdir = args.out / "arms" / f"{arm.name}-seed{seed}"
            command = train_command(arm, preset, args.data, workdir / "checkpoints", seed,
                                    max_update, args.time_budget, args.device)
            commands[arm.name] = command
            finished = workdir / "trained_with.txt"
            line = shlex.join(command)
            recorded = finished.read_text() if finished.exists() else None
            if recorded is not None and not same_training(recorded, line):
                # fairseq would resume the old checkpoints under the new options.
                sys.exit(f"error: {workdir} holds arm {arm.name}, seed {seed}, trained with "
                         f"other options than this run's ({first_difference(recorded, line)}); "
                         f"give another --out, or delete {workdir} to train it again")
            if recorded is None and args.score_only:
                sys.exit(f"error: arm {arm.name}, seed {seed} is not trained in {workdir} "
                         "(no trained_with.txt), and --score-only trains nothing: train it "
                         "first with the same command and --train-only")
            if recorded is not None:
                # Resuming a finished run would still train one more update in fairseq.
                print(f"[{arm.name}] seed {seed}: already trained", flush=True)
            elif arm.name in forks and fork_from_donor(arm, seed, forks[arm.name],
                                                       commands, args.out, max_update):
                print(f"[{arm.name}] seed {seed}: its run is {forks[arm.name]}'s, whose "
                      "selection never started", flush=True)
                finished.write_text(line)
            else:
                print(f"[{arm.name}] training, seed {seed}: {line}", flush=True)
                train_arm(arm, command, workdir / "train.log", progress)
                finished.write_text(line)
            if args.train_only:
                continue
            record = prefix.shared_record(workdir)
            if record is not None:
                shared[f"{arm.name}/{seed}"] = record
            points = read_points(workdir / "checkpoints", workdir / "train.log")
            arm_rows = []
            for point in points:
                result = cached_score(workdir / f"valid_{point.updates}.json", scorer,
                                      point.path, "valid")
                signature = result["signature"]
                print(f"[{arm.name}] update {point.updates}: {point.train_seconds:.0f} s, "
                      f"valid BLEU {result['bleu']:.2f}, valid NLL {result['nll']:.3f}",
                      flush=True)
                arm_rows.append({"arm": arm.name, "seed": seed, "updates": point.updates,
                                 "train_seconds": round(point.train_seconds, 1),
                                 "boss_tokens": int(point.boss_tokens),
                                 "keep_rate": point.keep_rate, "bleu": result["bleu"],
                                 "valid_nll": result["nll"], "checkpoint": str(point.path)})
            if not arm_rows:
                sys.exit(f"error: arm {arm.name} saved no interval checkpoint; lower "
                         "--checkpoint-interval below --max-update")
            best = max(arm_rows, key=lambda r: r["bleu"])
            test = cached_score(workdir / f"test_{best['updates']}.json", scorer,
                                Path(best["checkpoint"]), "test")
            tests[f"{arm.name}/{seed}"] = {"bleu": test["bleu"], "updates": best["updates"],
                                           "nll": test["nll"]}
            print(f"[{arm.name}] best valid BLEU {best['bleu']:.2f} at update "
                  f"{best['updates']}; test BLEU {test['bleu']:.2f}", flush=True)
            rows.extend(arm_rows)

    if args.train_only:
        print(f"[train-only] {', '.join(a.name for a in args.arms)} trained in {args.out}; "
              "the command with every arm and without --train-only scores and reports",
              flush=True)
        return 0
    if args.score_only:
        print(f"[score-only] {', '.join(a.name for a in args.arms)} scored in {args.out} "
              "(cached beside each checkpoint); no report: experiments/join_arm.py joins "
              "an arm to a folder that holds its baseline", flush=True)
        return 0
    report.write_tables(rows, args.out)
    (args.out / "tests.json").write_text(json.dumps(tests, indent=2) + "\n")
    if shared:
        (args.out / "shared.json").write_text(json.dumps(shared, indent=2) + "\n")
    summary = write_report(args, rows, tests, {
        "command": this_run, "machine": machine(args.device), "preset": args.preset,
        "why": preset.why, "signature": signature, "plain_arms": plain_arms(args.arms),
        "shared": shared_notes(shared),
    })
    if args.brief:
        setting = (f"The embedded 4,000-pair sample, {max_update} updates" if args.quick
                   else f"Preset {args.preset}, {max_update} updates")
        print("\n" + report.brief(rows, tests, setting), flush=True)
    else:
        print("\n" + summary, flush=True)
    print(f"[report] {args.out}/summary.md, results.csv, results.json, bleu_vs_time.png")
    return 0

