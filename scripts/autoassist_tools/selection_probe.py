"""Would data selection help this run, at this point of training? A selection probe.

From each stage (a checkpoint of a plain fairseq run, e.g. scripts/long_plain_run.py),
the probe branches training for the same number of updates under each selection
policy: the same candidate stream, the same keep rate, updates of at most the run's
``--max-tokens``, the schedule's learning rate at that point, and fairseq's own
``Trainer``. It then measures each branch's validation NLL (teacher-forced, per target
token, no decoding) and compares it with ``uniform`` (the same keep rate, pairs at
random) and ``keepall`` (nothing dropped), paired by seed: every policy of a seed reads
the same candidates with the same dropout masks. Repeating the branches over several
seeds gives the spread printed next to every difference.

Policies (``--policies``; all by default), one set per label of the plug-in's registry
(:mod:`fairseq_autoassist.labels`: today ``paper``, ``learnability``, ``noise-aware``):

- ``keepall``: every candidate; ``uniform``: ``--keep-rate`` of each pool at random.
- ``L``: the Assistant's prediction of label ``L`` (the plug-in's TokenAssistant,
  fitted on one pass of the stage's losses, see probe/assistant_fit.py), keeping the
  pairs it scores highest.
- ``L-oracle``: the label itself, by its own oracle, from every training pair's true
  loss at the stage (and, for labels that need a previous visit, at the kept
  checkpoint about ``--learnability-gap`` updates earlier).
- ``L-memory`` (labels that need no previous visit): each pair's label at its
  previous visit, from the losses at that earlier checkpoint: what the Assistant's
  pair memory (``--assistant-memory``) predicts when selection starts at this stage
  of a plain run.
- ``L-spaced`` (the same labels): the pair memory with spaced revisits
  (``--assistant-spaced-revisits``), from the label at ``--spaced-sweeps`` earlier
  checkpoints about ``--learnability-gap`` apart, as if the spaced rule had chosen which
  pairs were visited (and labelled) at each
  (:func:`fairseq_autoassist.spaced_memory.spaced_oracle`).

A label that reads values per pair made before training (``reducible``: the irreducible
losses of ``autoassist-tools irreducible``) reads them from beside ``--data``.

An oracle that loses to uniform says the label is wrong; an oracle that wins while its
Assistant does not says the Assistant predicts it badly. Outputs in ``--out``:
``probe.md`` (the table), ``probe.csv``, ``probe.png``, ``branches.jsonl`` (one line per
branch: rerunning skips the branches done) and ``stages.json``.

Example (the README's table; the checkpoints of scripts/long_plain_run.py)::

    python scripts/selection_probe.py --data runs/data/bible-es-en \\
        --checkpoint-dir runs/long-plain/checkpoints --stages 800 3000 6000 \\
        --seeds 1 2 3 --out results/probe

Stages are independent: they can run in parallel processes (or on other machines), each
with its own ``--out``, and ``--merge`` gathers them into one table::

    python scripts/selection_probe.py --data runs/data/bible-es-en \\
        --checkpoint-dir runs/long-plain/checkpoints --stages 600 \\
        --merge runs/probe/stage-600 runs/probe/stage-4400 --out results/probe
"""
import argparse
import dataclasses
import json
import platform
import shlex
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .benchmark.scoring import quiet_fairseq_logs
from .benchmark.training import interval_checkpoints
from .probe import table
from .probe.assistant_fit import fit_assistant, pair_features
from .probe.boss import Boss, group_bits, load_losses, torch_threads, valid_difficulty
from .probe.stage_signals import stage_signals
from fairseq_autoassist.batching import plain_batch_pairs
from fairseq_autoassist.irreducible import label_pair_inputs
from fairseq_autoassist.labels import label_class, label_option_classes, label_options
from fairseq_autoassist.spaced_memory import LARGEST_BOX, spaced_oracle
from .probe.policies import (
    PLAIN_POLICIES, SELECTIONS, Policy, StreamCounts, policy_label, policy_names, updates,
)

POLICIES = policy_names()
# the labels' own options, as the probe's flags: --noise-quantile for the task's
# --assistant-noise-quantile
LABEL_OPTIONS = {f.name[len("assistant_"):]: f for c in label_option_classes()
                 for f in dataclasses.fields(c)}
# options that change what a branch measures: a folder's branches must share them
BRANCH_SETTINGS = ("updates", "evaluations", "keep_rate", "pool_size", "lookahead",
                   "selection", "learnability_gap", "spaced_sweeps", "spaced_max_box",
                   *LABEL_OPTIONS)


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="the data folder the run trained on (prepare_data.py)")
    parser.add_argument("--checkpoint-dir", type=Path, required=True,
                        help="the run's folder of interval checkpoints "
                        "(checkpoint_EPOCH_UPDATES.pt, as --keep-interval-updates -1 keeps)")
    parser.add_argument("--stages", type=int, nargs="+", required=True,
                        help="update counts of the checkpoints to branch from")
    parser.add_argument("--policies", nargs="+", choices=POLICIES, default=None,
                        help="policies to branch with (default: every one whose label's "
                        "per-pair inputs exist beside --data; uniform and keepall are always "
                        "added: every difference is measured against them)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3],
                        help="sampling seeds: each repeats every branch with another "
                        "candidate stream and dropout (default: 1 2 3)")
    parser.add_argument("--updates", type=int, default=200,
                        help="updates per branch, the same for every policy (default: 200)")
    parser.add_argument("--evaluations", type=int, default=3,
                        help="validations per branch, evenly spaced over its second half and "
                        "ending at its last update; the table compares their mean "
                        "(default: 3)")
    parser.add_argument("--keep-rate", type=float, default=0.5,
                        help="fraction of each pool a selective policy keeps (default: 0.5)")
    parser.add_argument("--pool-size", type=int, default=1000,
                        help="candidates per pool, ranked together (default: 1000)")
    parser.add_argument("--lookahead", type=int, default=32,
                        help="kept pairs are packed together once they fill this many of "
                        "plain fairseq's batches, as the plug-in's --assistant-lookahead "
                        "(default: 32, its default); every policy then packs equally "
                        "dense updates")
    parser.add_argument("--selection", choices=SELECTIONS, default="top",
                        help="top: the highest-scored pairs of a pool; weighted: drawn with "
                        "probability proportional to the score (default: top)")
    parser.add_argument("--learnability-gap", type=int, default=300,
                        help="updates back to a pair's previous visit, for the learnability "
                        "label and for paper-memory: the kept checkpoint nearest this far "
                        "before the stage (default: 300, about one epoch of the bible preset)")
    parser.add_argument("--spaced-sweeps", type=int, default=6,
                        help="for the L-spaced policies: earlier checkpoints whose labels "
                        "make each pair's history, about --learnability-gap apart, the last "
                        "the previous visit (default: 6)")
    parser.add_argument("--spaced-max-box", type=int, default=LARGEST_BOX,
                        help="for the L-spaced policies: the highest Leitner box (the "
                        f"task's --assistant-spaced-max-box; default: {LARGEST_BOX})")
    for name, declared in LABEL_OPTIONS.items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(declared.default),
                            default=declared.default,
                            help=f"{declared.metadata['help']} (the task's "
                            f"--{declared.name.replace('_', '-')}; default: {declared.default})")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where the branches train (default: cpu)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch's CPU threads (default: torch's choice)")
    parser.add_argument("--out", type=Path, required=True, help="the probe's folder")
    parser.add_argument("--report-only", action="store_true",
                        help="write the table again from branches.jsonl; train nothing")
    parser.add_argument("--merge", type=Path, nargs="+", default=None, metavar="FOLDER",
                        help="gather the branches and stages of probe folders run apart "
                        "(stages in parallel processes, or on other machines) into --out, "
                        "then write the table; train nothing. They must share the settings "
                        "that change what a branch measures")
    args = parser.parse_args(argv)
    if not 0 < args.keep_rate < 1:
        parser.error(f"--keep-rate must be in (0, 1), got {args.keep_rate}")
    if not 1 <= args.spaced_max_box <= LARGEST_BOX:
        parser.error(f"--spaced-max-box must be 1 to {LARGEST_BOX}, got {args.spaced_max_box}")
    for name in ("updates", "evaluations", "pool_size", "lookahead", "learnability_gap",
                 "spaced_sweeps"):
        if getattr(args, name) <= 0:
            parser.error(f"--{name.replace('_', '-')} must be positive, got {getattr(args, name)}")
    try:
        args.label_options = {label: label_options(label, task_options(args))
                              for label in dict.fromkeys(policy_label(p)[0] for p in POLICIES
                                                         if p not in PLAIN_POLICIES)}
    except ValueError as error:
        parser.error(str(error).replace("--assistant-", "--"))
    if len(set(args.seeds)) != len(args.seeds):
        parser.error(f"--seeds repeats a seed: {args.seeds}")
    args.policies_by_default = args.policies is None
    args.policies = ["keepall", "uniform"] + [
        p for p in dict.fromkeys(args.policies or POLICIES) if p not in ("keepall", "uniform")]
    return args


def task_options(args: argparse.Namespace) -> SimpleNamespace:
    """The labels' options under the task's names (``assistant_noise_quantile``)."""
    return SimpleNamespace(**{declared.name: getattr(args, name)
                              for name, declared in LABEL_OPTIONS.items()})


def stage_checkpoint(checkpoints: Dict[int, Path], stage: int, folder: Path) -> Path:
    if stage not in checkpoints:
        raise SystemExit(
            f"no checkpoint at {stage} updates in {folder} (it holds "
            f"{', '.join(map(str, sorted(checkpoints))) or 'none'}): give --stages from "
            "those, or train the run further")
    return checkpoints[stage]


def previous_checkpoint(checkpoints: Dict[int, Path], stage: int, gap: int) -> Path:
    """The kept checkpoint nearest ``stage - gap`` (the earlier one on a tie)."""
    earlier = [u for u in checkpoints if u < stage]
    if not earlier:
        raise SystemExit(f"the learnability label and paper-memory need a checkpoint before "
                         f"{stage} updates (the previous visit); none is kept: choose a later "
                         "stage")
    return checkpoints[min(earlier, key=lambda u: (abs(stage - gap - u), u))]


def earlier_checkpoints(checkpoints: Dict[int, Path], stage: int, gap: int,
                        count: int) -> List[Path]:
    """Up to ``count`` kept checkpoints before ``stage``, each nearest a multiple of
    ``gap`` back, oldest first (fewer where fewer are kept)."""
    chosen = {previous_checkpoint(checkpoints, stage, k * gap) for k in range(1, count + 1)}
    update_of = {path: updates for updates, path in checkpoints.items()}
    return sorted(chosen, key=update_of.__getitem__)


def label_inputs(boss: Boss, data: Path, label: str) -> Dict[str, np.ndarray]:
    """What ``label`` reads per training pair besides the losses (the irreducible losses
    beside ``data``, memory-mapped, refused when made from another corpus)."""
    task = boss.task.cfg  # its languages as the task inferred them from the data
    return label_pair_inputs(label, str(data), "train", task.source_lang, task.target_lang,
                             len(boss.train_set))


def available_policies(boss: Boss, data: Path, policies: Sequence[str]) -> List[str]:
    """``policies`` less those whose label reads per-pair inputs that ``data`` lacks
    (the probe's default: every policy it can run), saying which it left out and why."""
    label_of = {name: None if name in PLAIN_POLICIES else policy_label(name)[0]
                for name in policies}
    missing: Dict[str, str] = {}  # label -> why its inputs cannot be read (each once)
    for label in dict.fromkeys(label for label in label_of.values() if label is not None):
        try:
            label_inputs(boss, data, label)
        except ValueError as error:
            missing[label] = str(error)
    kept, left_out = [], {}
    for name in policies:
        if label_of[name] in missing:
            left_out.setdefault(missing[label_of[name]], []).append(name)
        else:
            kept.append(name)
    for reason, names in left_out.items():
        print(f"[probe] left out {', '.join(names)}: {reason}", flush=True)
    return kept


def changed_settings(old: Dict, new: Dict) -> Dict[str, Tuple]:
    """The branch settings ``new`` sets otherwise than ``old``: (old value, new value)."""
    return {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}


def check_settings(out: Path, settings: Dict) -> None:
    """Refuse to mix branches measured with other settings into one folder."""
    recorded = out / "probe.json"
    if recorded.exists():
        changed = changed_settings(json.loads(recorded.read_text())["settings"], settings)
        if changed:
            raise SystemExit(
                f"{out} holds branches measured with other settings ("
                + ", ".join(f"{k}: {a} there, {b} now" for k, (a, b) in changed.items())
                + "): give another --out, or the same settings")


def merge_folders(out: Path, sources: Sequence[Path]) -> Tuple[str, Dict, str]:
    """Gather probe folders into ``out`` (its own branches kept): their branches, their
    stages' information and their commands. Refuses folders measured with other settings
    and a branch (stage, policy, seed) measured twice, since the two would be averaged
    as if they were different seeds. Returns the commands, settings and device."""
    folders = ([out] if (out / "probe.json").exists() else []) + list(sources)
    recorded = []
    for folder in folders:
        path = folder / "probe.json"
        if not path.exists():
            raise SystemExit(f"{folder} holds no probe.json: not a selection probe's folder")
        recorded.append(json.loads(path.read_text()))
    settings = recorded[0]["settings"]
    for folder, probe in zip(folders[1:], recorded[1:]):
        changed = changed_settings(settings, probe["settings"])
        if changed:
            raise SystemExit(
                f"{folder} was measured with other settings than {folders[0]} ("
                + ", ".join(f"{k}: {b} against {a}" for k, (a, b) in changed.items())
                + "): its branches cannot share a table with theirs")
    branches: List[Dict] = []
    origin: Dict[Tuple, Path] = {}
    stages: Dict[str, Dict] = {}
    for folder in folders:
        for branch in read_branches(folder / "branches.jsonl"):
            key = (branch["stage"], branch["policy"], branch["seed"])
            if key in origin:
                raise SystemExit(
                    f"stage {key[0]}, {key[1]}, seed {key[2]} is measured in both "
                    f"{origin[key]} and {folder}: drop one of them from the merge")
            origin[key] = folder
            branches.append(branch)
        path = folder / "stages.json"
        for stage, info in (json.loads(path.read_text()) if path.exists() else {}).items():
            merged = stages.setdefault(stage, {})
            fits = {**merged.get("assistants", {}), **info.get("assistants", {})}
            merged.update(info)
            if fits:
                merged["assistants"] = fits
    out.mkdir(parents=True, exist_ok=True)
    partial = out / "branches.jsonl.partial"
    partial.write_text("".join(json.dumps(b) + "\n" for b in branches))
    partial.replace(out / "branches.jsonl")
    (out / "stages.json").write_text(json.dumps(stages, indent=1))
    commands = " ; ".join(dict.fromkeys(r["command"] for r in recorded))
    devices = sorted({r.get("device", "cpu") for r in recorded})
    device = ", ".join(devices)
    (out / "probe.json").write_text(json.dumps(
        {"settings": settings, "command": commands, "device": device}, indent=1))
    return commands, settings, device


def read_branches(path: Path) -> List[Dict]:
    """A probe folder's branches, one JSON object per line (none before the first); a
    damaged line is named."""
    if not path.exists():
        return []
    branches = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            branches.append(json.loads(line))
        except ValueError as error:
            raise SystemExit(f"{path}, line {number}: not a probe branch ({error}); "
                             "restore the file from git") from error
    return branches


def stage_losses(boss: Boss, out: Path, checkpoint: Path):
    """Every training pair's loss under ``checkpoint`` (cached in the output folder)."""
    def compute():
        boss.restore(checkpoint, seed=0)
        return boss.losses("train")
    return load_losses(out / "losses" / (checkpoint.stem + ".npz"), compute)


def stage_policies(boss: Boss, args: argparse.Namespace, checkpoints: Dict[int, Path],
                   stage: int, features, stage_info: Dict) -> Dict[str, Policy]:
    """Every requested policy at a stage, with the oracles' and Assistants' scores."""
    policies = {"keepall": Policy("keepall"), "uniform": Policy("uniform", random=True)}
    wanted = [p for p in args.policies if p not in policies]
    if not wanted:
        return policies
    checkpoint = stage_checkpoint(checkpoints, stage, args.checkpoint_dir)

    def losses_of(path: Path):
        return stage_losses(boss, args.out, path)

    now = losses_of(checkpoint)
    normalised = now.normalised
    kinds = {name: policy_label(name) for name in wanted}
    previous = None
    if any(kind == "memory" or label_class(label).needs_previous_visit
           for label, kind in kinds.values()):
        # the pairs' previous visit, for labels that need one and the memory alike
        earlier = previous_checkpoint(checkpoints, stage, args.learnability_gap)
        previous = losses_of(earlier)
    oracles: Dict[str, np.ndarray] = {}
    inputs = {label: label_inputs(boss, args.data, label)
              for label in dict.fromkeys(label for label, _ in kinds.values())}

    def oracle(label: str) -> np.ndarray:
        if label not in oracles:
            cls = label_class(label)
            oracles[label] = cls.oracle(
                normalised, previous.normalised if cls.needs_previous_visit else None,
                args.label_options[label], inputs[label])
            if cls.needs_previous_visit:
                stage_info[f"{label}_previous"] = earlier.name
        return oracles[label]

    fits = stage_info.setdefault("assistants", {})
    for name, (label, kind) in kinds.items():
        if kind == "oracle":
            policies[name] = Policy(name, scores=oracle(label))
        elif kind == "spaced":
            history = earlier_checkpoints(checkpoints, stage, args.learnability_gap,
                                          args.spaced_sweeps)
            labels = [label_class(label).oracle(losses_of(path).normalised, None,
                                                args.label_options[label], inputs[label])
                      for path in history]
            spaced = spaced_oracle(labels, args.spaced_max_box)
            policies[name] = Policy(name, scores=spaced)
            stage_info["spaced_history"] = [path.name for path in history]
            fits[name] = {"agreement_with_oracle": float(np.mean(spaced == oracle(label))),
                          "oracle_positive_rate": float(oracle(label).mean()),
                          "mean_score": float(spaced.mean())}
        elif kind == "memory":
            remembered = label_class(label).oracle(previous.normalised, None,
                                                   args.label_options[label], inputs[label])
            policies[name] = Policy(name, scores=remembered)
            stage_info["memory_previous"] = earlier.name
            fits[name] = {"agreement_with_oracle": float(np.mean(remembered == oracle(label))),
                          "oracle_positive_rate": float(oracle(label).mean()),
                          "mean_score": float(remembered.mean())}
        else:
            fit = fit_assistant(features, label, now.nll, now.target_lengths, oracle(label),
                                previous_nll=None if previous is None else previous.nll,
                                label_options=args.label_options[label],
                                pair_inputs=inputs[label])
            fits[name] = {"online_accuracy": fit.online_accuracy,
                          "agreement_with_oracle": fit.agreement_with_oracle,
                          "oracle_positive_rate": float(oracle(label).mean()),
                          "mean_score": float(fit.scores.mean())}
            policies[name] = Policy(name, scores=fit.scores)
    return policies


def evaluation_points(updates: int, count: int) -> List[int]:
    """``count`` update counts, evenly spaced over the branch's second half, ending at
    its last update."""
    if count == 1:
        return [updates]
    step = (updates / 2) / (count - 1)
    return sorted({int(round(updates / 2 + i * step)) for i in range(count)})


def run_branch(boss: Boss, checkpoint: Path, policy: Policy, seed: int,
               args: argparse.Namespace,
               groups: Optional[Dict[str, np.ndarray]] = None) -> Dict:
    boss.restore(checkpoint, seed)
    counts = StreamCounts()
    batches = updates(policy, boss.train_set, boss.batch_limits, args.pool_size,
                      1.0 if policy.keeps_all else args.keep_rate, seed, counts,
                      args.selection, args.lookahead)
    points = evaluation_points(args.updates, args.evaluations)
    tokens, seconds, curve, group_curves = boss.train(batches, args.updates, points, groups)
    return {"policy": policy.name, "seed": seed, "updates": args.updates,
            "end_updates": boss.num_updates, "lr_end": float(boss.trainer.get_lr()),
            # the table's measure: the mean over the second half damps the step-to-step
            # wobble of a model trained at a high learning rate
            "valid_nll": float(np.mean(list(curve.values()))),
            "valid_nll_end": curve[args.updates],
            "valid_nll_curve": {str(k): v for k, v in curve.items()},
            # the valid pairs that were easy and hard at the stage, each measured alike
            **{f"valid_nll_{name}": float(np.mean(list(values.values())))
               for name, values in group_curves.items()},
            "target_tokens": tokens,
            "candidates": counts.candidates, "keep_rate": counts.keep_rate,
            "train_seconds": round(seconds, 1)}


def header(device: str, command: str, settings: Dict) -> str:
    import torch
    return (
        "## Selection probe\n\n"
        f"Command: `{command}`\n\n"
        f"Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"torch {torch.__version__}, device {device}. Branches: "
        f"{settings['updates']} updates from each stage, keep rate {settings['keep_rate']} "
        f"of pools of {settings['pool_size']} candidates ({settings['selection']} "
        f"selection), "
        + (f"kept pairs packed {settings['lookahead']} batches' worth at a time"
           if "lookahead" in settings else "each pool's kept pairs packed on their own")
        + f", a pair's previous visit about {settings['learnability_gap']} updates back"
        + "".join(f", {name.replace('_', ' ')} {settings[name]}"
                  for name in LABEL_OPTIONS if name in settings) + ".")


def write_report(args: argparse.Namespace, command: str, settings: Dict,
                 device: str) -> str:
    branches = read_branches(args.out / "branches.jsonl")
    if not branches:
        raise SystemExit(f"no branch in {args.out / 'branches.jsonl'} yet: run the probe first")
    stages = {int(k): v for k, v in json.loads(
        (args.out / "stages.json").read_text()).items()} if (
        args.out / "stages.json").exists() else {}
    rows = table.summarise(branches, stages)
    table.write_csv(rows, args.out / "probe.csv")
    text = table.markdown(rows, stages, header(device, command, settings))
    (args.out / "probe.md").write_text(text)
    table.plot(rows, args.out / "probe.png",
               "validation NLL after the branch, minus uniform's (lower is better)")
    return text


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    quiet_fairseq_logs()
    torch_threads(args.threads)
    settings = {k: getattr(args, k) for k in BRANCH_SETTINGS}
    command = "python scripts/selection_probe.py " + shlex.join(
        sys.argv[1:] if argv is None else argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.merge:
        print(write_report(args, *merge_folders(args.out, args.merge)))
        return 0
    if args.report_only:
        # the settings, command and device that measured the branches, not this one's
        device = args.device
        recorded = args.out / "probe.json"
        if recorded.exists():
            measured = json.loads(recorded.read_text())
            command = measured.get("command", command)
            settings = measured["settings"]
            device = measured.get("device", "cpu")
        print(write_report(args, command, settings, device))
        return 0
    check_settings(args.out, settings)
    (args.out / "probe.json").write_text(
        json.dumps({"settings": settings, "command": command, "device": args.device},
                   indent=1))
    checkpoints = interval_checkpoints(args.checkpoint_dir)
    for stage in args.stages:
        stage_checkpoint(checkpoints, stage, args.checkpoint_dir)
    done = {(b["stage"], b["policy"], b["seed"])
            for b in read_branches(args.out / "branches.jsonl")}
    stages_path = args.out / "stages.json"
    stages = json.loads(stages_path.read_text()) if stages_path.exists() else {}
    boss = Boss(stage_checkpoint(checkpoints, args.stages[0], args.checkpoint_dir),
                args.data, args.device)
    if args.policies_by_default:
        args.policies = available_policies(boss, args.data, args.policies)
    features = pair_features(boss.task)
    for stage in args.stages:
        checkpoint = checkpoints[stage]
        todo = [(p, s) for s in args.seeds for p in args.policies
                if (stage, p, s) not in done]
        if not todo:
            continue
        info = stages.setdefault(str(stage), {"checkpoint": checkpoint.name})
        started = time.time()
        policies = stage_policies(boss, args, checkpoints, stage, features, info)
        now = stage_losses(boss, args.out, checkpoint)
        boss.restore(checkpoint, seed=0)
        valid = boss.losses("valid")
        groups = valid_difficulty(valid)
        info.update(valid_nll=valid.per_token_bits(), lr=float(boss.trainer.get_lr()),
                    num_updates=boss.num_updates,
                    **{f"valid_nll_{name}": group_bits(valid, members)
                       for name, members in groups.items()},
                    valid_hard_share=float(groups["hard"].mean()))
        info["signals"] = stage_signals(
            now, info["lr"], float(boss.cfg.optimization.lr[0]),
            plain_batch_pairs(boss.train_set, boss.batch_limits, 0), seed=stage,
            memory_agreement=info.get("assistants", {}).get("paper-memory", {}).get(
                "agreement_with_oracle"))
        stages_path.write_text(json.dumps(stages, indent=1))
        print(f"stage {stage}: valid NLL {info['valid_nll']:.4f}, lr {info['lr']:.2e}, "
              f"policies ready in {time.time() - started:.0f} s", flush=True)
        for policy_name, seed in todo:
            branch = {"stage": stage, **run_branch(boss, checkpoint, policies[policy_name],
                                                  seed, args, groups)}
            with open(args.out / "branches.jsonl", "a") as handle:
                handle.write(json.dumps(branch) + "\n")
            print(f"stage {stage} {policy_name} seed {seed}: valid NLL "
                  f"{branch['valid_nll']:.4f} (end {branch['valid_nll_end']:.4f}), keep rate {branch['keep_rate']:.2f}, "
                  f"{branch['target_tokens']:,} target tokens, {branch['train_seconds']} s",
                  flush=True)
    print(write_report(args, command, settings, args.device))
    return 0

