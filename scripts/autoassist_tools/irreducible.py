"""Every training pair's irreducible loss, written beside the data (RHO-LOSS's holdout
model, without a holdout).

A pair's irreducible loss is the loss of a small model that never trained on it. Two
half models train with fairseq-train (``--task irreducible_half``), each on one half
of every shard's pairs (``fairseq_autoassist.half_task.half_members``: a seeded split);
then model 0 scores the pairs of half 1 and model 1 those of half 0, teacher-forced in
eval mode (``benchmark/nll.py``'s ``pair_losses``: NLL per target token, in nats).
Each shard folder gets its file (``fairseq_autoassist.irreducible``: 2 bytes per pair,
and a JSON sidecar with the corpus's fingerprint, this command, the half models'
settings, the split's seed and the cost). Each half has half the pairs, so by default
it trains for half the preset's updates: the same number of epochs.

The half models' checkpoints and logs go to ``--work-dir``; an interrupted half
resumes from its ``checkpoint_last.pt`` when the same command runs again, a finished
one is not trained again, and a folder holding halves trained with other options is
refused. Example (the bible preset's model, both halves at once on 2 CPU cores)::

    autoassist-tools irreducible --data runs/data/bible-es-en --side-by-side
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Dict, List, NoReturn, Optional, Sequence

import numpy as np

from fairseq_autoassist.half_task import HALVES, TASK_NAME, half_members
from fairseq_autoassist.irreducible import (
    BYTES_PER_PAIR, corpus_fingerprint, irreducible_path, write_irreducible,
)
from fairseq_autoassist.shards import check_shard_dictionaries, data_paths

from .benchmark.arms import PRESETS, Preset
from .benchmark.training import (
    DONE, PLUGIN, REPO, fairseq_bin, first_difference, model_options, same_training,
    schedule_options,
)

SPLIT = "train"  # fairseq-train's --train-subset, which the half task splits
PROG = "autoassist-tools irreducible"
COMMAND_FILE = "command.txt"
COST_FILE = "cost.json"


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True,
                        help="a data folder made by `autoassist-tools prepare`, or several "
                        "joined by ':' (shards, as fairseq-train takes them): one file of "
                        "irreducible losses per folder")
    parser.add_argument("--source-lang", default=None,
                        help="the direction's source language, with --target-lang (default: "
                        "the pair fairseq infers from the first folder's file names)")
    parser.add_argument("--target-lang", default=None, help="see --source-lang")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible",
                        help="the half models' model, optimizer, schedule and batch size "
                        "(default: bible; quick for a small check)")
    parser.add_argument("--max-update", type=int, default=None,
                        help="updates per half model (default: half the preset's budget, "
                        "since each half has half the pairs)")
    parser.add_argument("--seed", type=int, default=1,
                        help="seed of the split into halves and of fairseq's training "
                        "(default: 1)")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="where the half models' checkpoints and logs go (default: "
                        "runs/irreducible/<first data folder>.<src>-<tgt>.<preset>.seed<seed>)")
    parser.add_argument("--threads", type=int, default=1,
                        help="CPU threads of each fairseq-train and of the scoring "
                        "(default: 1)")
    parser.add_argument("--side-by-side", action="store_true",
                        help="train the two half models at once, --threads each (on 2 CPU "
                        "cores: one thread each); default: one after the other")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where the half models train and score; on cuda with the "
                        "preset's GPU options (default: cpu)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace existing irreducible-loss files (default: refuse)")
    args = parser.parse_args(argv)
    if (args.source_lang is None) != (args.target_lang is None):
        parser.error("give --source-lang and --target-lang together (or neither)")
    if args.source_lang is not None and args.source_lang == args.target_lang:
        parser.error(f"--source-lang and --target-lang are both {args.source_lang}")
    if args.max_update is not None and args.max_update < 1:
        parser.error(f"--max-update must be at least 1, got {args.max_update}")
    if args.threads < 1:
        parser.error(f"--threads must be at least 1, got {args.threads}")
    if not 0 <= args.seed < 2 ** 32:
        parser.error(f"--seed must be in [0, 2**32), got {args.seed}")
    return args


@dataclass(frozen=True)
class Shard:
    """One data folder: its pairs and where its irreducible losses go."""

    index: int
    folder: str
    pairs: int
    output: Path


@dataclass(frozen=True)
class HalfModel:
    """The model trained on half ``half`` of every shard; it scores the other half."""

    half: int
    folder: Path
    command: List[str]

    @property
    def scores(self) -> int:
        return 1 - self.half

    @property
    def log(self) -> Path:
        return self.folder / "train.log"

    @property
    def checkpoint(self) -> Path:
        return self.folder / "checkpoints" / "checkpoint_last.pt"


@dataclass
class Cost:
    """What training one half model took, over every attempt (an interrupted one too)."""

    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    attempts: int = 0


def fail(message: str) -> NoReturn:
    raise SystemExit(f"{PROG}: error: {message}")


def languages(paths: Sequence[str], args: argparse.Namespace) -> tuple:
    """The direction: the one given, or the one fairseq-train infers from the first
    folder's file names (``data_utils.infer_language_pair``)."""
    if args.source_lang:
        return args.source_lang, args.target_lang
    from fairseq.data import data_utils

    src, tgt = data_utils.infer_language_pair(paths[0])
    if src is None or tgt is None:
        fail(f"{paths[0]} holds no binarised data (no <split>.<src>-<tgt>.* file): give a "
             "folder made by `autoassist-tools prepare`")
    return src, tgt


def check_data(paths: Sequence[str], src: str, tgt: str, overwrite: bool) -> List[Shard]:
    """Every refusal that needs no training: missing folders, data or dictionaries, a
    language pair a folder does not hold, shards binarised with other dictionaries, a
    shard too small to halve, an existing file without --overwrite."""
    for path in paths:
        if not os.path.isdir(path):
            fail(f"no data folder {path}: give --data a folder made by "
                 "`autoassist-tools prepare` (several joined by ':')")
    for lang in (src, tgt):
        if not os.path.exists(os.path.join(paths[0], f"dict.{lang}.txt")):
            fail(f"{paths[0]} has no dict.{lang}.txt, so it holds no {src}-{tgt} data: give "
                 "the languages it holds with --source-lang/--target-lang")
    try:
        check_shard_dictionaries(paths, [src, tgt])
    except ValueError as error:
        fail(str(error))
    shards = []
    for index, path in enumerate(paths):
        try:
            pairs = corpus_fingerprint(path, SPLIT, src, tgt)["pairs"]
        except ValueError as error:
            fail(str(error))
        if pairs < 2:
            fail(f"{path} holds {pairs} training pair(s): two half models need at least 2")
        output = irreducible_path(path, SPLIT, src, tgt)
        if not overwrite and (output.exists() or output.with_suffix(".json").exists()):
            fail(f"{output} already exists: give --overwrite to replace it")
        shards.append(Shard(index, path, pairs, output))
    return shards


def half_command(preset: Preset, data: str, direction: tuple, half: int, seed: int,
                 max_update: int, save_dir: Path, device: str) -> List[str]:
    """fairseq-train for one half model: the preset's options, the half task, no
    validation (the model's only use is scoring), the last interval checkpoint kept
    for resuming."""
    return [
        *fairseq_bin("fairseq-train"), data, "--task", TASK_NAME, "--user-dir", str(PLUGIN),
        "--source-lang", direction[0], "--target-lang", direction[1],
        *model_options(preset, device), *schedule_options(preset, max_update),
        "--half", str(half), "--half-seed", str(seed), "--seed", str(seed),
        "--save-dir", str(save_dir), "--max-update", str(max_update),
        "--save-interval-updates", str(preset.checkpoint_interval),
        "--keep-interval-updates", "1", "--no-epoch-checkpoints", "--disable-validation",
        "--log-format", "simple", "--log-interval", "10",
    ]


def trained_updates(model: HalfModel) -> int:
    """Updates in the half model's last checkpoint (0 without one)."""
    if not model.checkpoint.exists():
        return 0
    import torch

    state = torch.load(model.checkpoint, map_location="cpu")
    return int(state["optimizer_history"][-1]["num_updates"])


def read_cost(model: HalfModel) -> Cost:
    path = model.folder / COST_FILE
    return Cost(**json.loads(path.read_text())) if path.exists() else Cost()


@dataclass
class Trainer:
    """One running fairseq-train of a half model."""

    model: HalfModel
    process: subprocess.Popen
    log: IO[str]
    log_start: int  # where this attempt's output begins in the log
    began: float

    def reap(self, timeout: Optional[float] = None) -> bool:
        """Wait for the trainer to end (at most ``timeout`` seconds) and add its CPU
        and wall seconds to the half model's cost file; whether it ended. ``os.wait4``
        (not ``Popen.wait``) gives this trainer's own CPU time."""
        deadline = None if timeout is None else time.time() + timeout
        while True:
            pid, status, usage = os.wait4(self.process.pid, 0 if deadline is None else os.WNOHANG)
            if pid:
                break
            if time.time() >= deadline:
                return False
            time.sleep(0.1)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        cost = read_cost(self.model)
        cost.cpu_seconds += usage.ru_utime + usage.ru_stime
        cost.wall_seconds += time.time() - self.began
        cost.attempts += 1
        (self.model.folder / COST_FILE).write_text(json.dumps(cost.__dict__, indent=1) + "\n")
        return True

    def check(self) -> None:
        """Refuse a trainer that failed. fairseq-train sometimes aborts at interpreter
        exit after its "done training" line (SIGABRT; see benchmark/training.py's
        train_arm): its checkpoints are complete, so that counts as trained."""
        self.log.flush()
        with open(self.model.log) as written:
            written.seek(self.log_start)
            finished = DONE in written.read()
        if self.process.returncode == -signal.SIGABRT and finished:
            self.log.write("[fairseq-train aborted at exit (SIGABRT) after 'done training': "
                           "its checkpoints are complete]\n")
        elif self.process.returncode != 0:
            raise RuntimeError(f"training half model {self.model.half} failed (exit "
                               f"{self.process.returncode}); see {self.model.log}")

    def stop(self) -> None:
        """Stop a trainer still running (its cost so far is recorded)."""
        if self.process.returncode is not None:
            return
        self.process.terminate()
        if not self.reap(timeout=30):
            self.process.kill()
            self.reap()
        self.log.write("[stopped: fairseq-train ended with this run]\n")


def train(models: Sequence[HalfModel], threads: int) -> None:
    """Run (or resume) fairseq-train for ``models`` at once, ``threads`` each, adding
    each attempt's CPU and wall seconds to its cost file. If this process is stopped
    (Ctrl-C, or SIGTERM through the tools' handler), the trainers are stopped with it
    and resume from their last checkpoint on the next run."""
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    trainers: List[Trainer] = []
    try:
        for model in models:
            model.folder.mkdir(parents=True, exist_ok=True)
            log = open(model.log, "a")
            log.write("$ " + shlex.join(model.command) + "\n")
            log.flush()
            start = log.tell()  # before the trainer shares the file's offset
            process = subprocess.Popen(model.command, stdout=log, stderr=subprocess.STDOUT,
                                       env=env)
            trainers.append(Trainer(model, process, log, start, time.time()))
        for trainer in trainers:
            trainer.reap()
            trainer.check()
    except BaseException:
        for trainer in trainers:
            trainer.stop()
        raise
    finally:
        for trainer in trainers:
            trainer.log.close()


def prepare_models(args: argparse.Namespace, preset: Preset, direction: tuple,
                   max_update: int, work_dir: Path) -> List[HalfModel]:
    """The two half models, refusing a work folder that holds other training."""
    models = []
    for half in HALVES:
        folder = work_dir / f"half{half}"
        command = half_command(preset, args.data, direction, half, args.seed, max_update,
                               folder / "checkpoints", args.device)
        recorded = folder / COMMAND_FILE
        if recorded.exists() and not same_training(recorded.read_text(), shlex.join(command)):
            fail(f"{folder} holds a half model trained otherwise "
                 f"({first_difference(recorded.read_text(), shlex.join(command))}): give "
                 "another --work-dir, or the options it was trained with")
        models.append(HalfModel(half, folder, command))
    return models


def train_models(models: Sequence[HalfModel], max_update: int, threads: int,
                 side_by_side: bool) -> Dict[int, Cost]:
    """Train the half models not yet at ``max_update``, at once or one after the
    other; their costs over every attempt."""
    todo = []
    for model in models:
        updates = trained_updates(model)
        if updates >= max_update:
            print(f"[half {model.half}] already trained ({updates} updates): {model.checkpoint}",
                  flush=True)
            continue
        model.folder.mkdir(parents=True, exist_ok=True)
        (model.folder / COMMAND_FILE).write_text(shlex.join(model.command))
        resumed = f", resuming from update {updates}" if updates else ""
        print(f"[half {model.half}] training {max_update} updates{resumed}; log: {model.log}",
              flush=True)
        todo.append(model)
    for group in ([todo] if side_by_side else [[model] for model in todo]):
        if group:
            train(group, threads)
    for model in todo:
        if trained_updates(model) < max_update:
            fail(f"half model {model.half} stopped before {max_update} updates; see {model.log}")
    return {model.half: read_cost(model) for model in models}


def translation_task(data: str, direction: tuple):
    """fairseq's translation task on the data, as fairseq-train sets it up (the half
    task's whole training sets; the models are built from its dictionaries)."""
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    parser = options.get_training_parser()
    namespace = options.parse_args_and_arch(parser, [
        data, "--task", "translation", "--arch", "transformer",
        "--source-lang", direction[0], "--target-lang", direction[1]])
    return tasks.setup_task(convert_namespace_to_omegaconf(namespace).task)


def load_model(checkpoint: Path, task, device: str):
    from fairseq import checkpoint_utils

    from fairseq_autoassist.checkpoint_safety import refuse_unsafe_checkpoint

    refuse_unsafe_checkpoint(str(checkpoint))
    models, _ = checkpoint_utils.load_model_ensemble([str(checkpoint)], task=task)
    model = models[0]
    return model.cuda() if device == "cuda" else model


def score_shard(shard: Shard, task, models: Dict[int, object], seed: int,
                max_tokens: int) -> np.ndarray:
    """Each pair of the shard scored by the half model that did not train on it."""
    from .benchmark.nll import pair_losses

    task.load_dataset(SPLIT, epoch=shard.index + 1, combine=True)  # as fairseq-train
    dataset = task.dataset(SPLIT)
    if len(dataset) != shard.pairs:
        fail(f"fairseq loads {len(dataset)} training pairs from {shard.folder}, its "
             f"binarised files hold {shard.pairs}")
    losses = np.full(len(dataset), np.nan)
    for half, model in models.items():
        scored = half_members(len(dataset), seed, 1 - half)
        losses[scored] = pair_losses(model, dataset, max_tokens, scored).normalised[scored]
    return losses


def distribution(losses: np.ndarray) -> Dict[str, float]:
    quartiles = np.quantile(losses.astype(np.float64), [0.25, 0.5, 0.75])
    return {"mean": round(float(losses.astype(np.float64).mean()), 4),
            "quartiles": [round(float(q), 4) for q in quartiles]}


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    paths = data_paths(args.data)
    if not paths:
        fail("--data names no folder")
    direction = languages(paths, args)
    shards = check_data(paths, *direction, args.overwrite)
    preset = PRESETS[args.preset]
    max_update = args.max_update or max(preset.max_update // 2, 1)
    work_dir = args.work_dir or (REPO / "runs" / "irreducible" / (
        f"{Path(paths[0]).resolve().name}.{direction[0]}-{direction[1]}.{args.preset}"
        f".seed{args.seed}"))
    models = prepare_models(args, preset, direction, max_update, work_dir)
    costs = train_models(models, max_update, args.threads, args.side_by_side)

    import torch

    from .benchmark.scoring import quiet_fairseq_logs

    quiet_fairseq_logs()
    threads = torch.get_num_threads()
    torch.set_num_threads(args.threads)
    try:
        task = translation_task(args.data, direction)
        loaded = {m.half: load_model(m.checkpoint, task, args.device) for m in models}
        max_tokens = 2 * int(preset.option("--max-tokens") or 4096)
        scored = []
        for shard in shards:
            cpu, wall = time.process_time(), time.time()
            losses = score_shard(shard, task, loaded, args.seed, max_tokens)
            scored.append((shard, losses, time.process_time() - cpu, time.time() - wall))
    finally:
        torch.set_num_threads(threads)

    model_info = [{
        "half": m.half, "trained_on_half": m.half, "scores_half": m.scores,
        "checkpoint": str(m.checkpoint), "max_update": max_update,
        "fairseq_train": shlex.join(m.command),
        "train_cpu_seconds": round(costs[m.half].cpu_seconds, 1),
        "train_wall_seconds": round(costs[m.half].wall_seconds, 1),
    } for m in models]
    command = f"{PROG} {shlex.join(argv)}"
    for m in models:
        print(f"[cost] half model {m.half}: {costs[m.half].cpu_seconds / 60:.2f} CPU minutes "
              f"of training ({costs[m.half].wall_seconds / 60:.2f} minutes of wall time, "
              f"{costs[m.half].attempts} run(s))")
    for shard, losses, cpu, wall in scored:
        halves = [len(half_members(shard.pairs, args.seed, h)) for h in HALVES]
        info = {
            "command": command, "data": args.data, "shard": shard.index,
            "num_shards": len(shards), "preset": args.preset, "device": args.device,
            "half_split": {"seed": args.seed, "rule": "fairseq_autoassist.half_task."
                           "half_members", "pairs_per_half": halves},
            "models": model_info,
            "cost": {"train_cpu_seconds": [round(costs[h].cpu_seconds, 1) for h in HALVES],
                     "score_cpu_seconds": round(cpu, 2), "score_wall_seconds": round(wall, 2),
                     "bytes_per_pair": BYTES_PER_PAIR, "bytes": BYTES_PER_PAIR * shard.pairs},
            "distribution": distribution(losses),
        }
        path = write_irreducible(shard.folder, SPLIT, *direction, losses, info,
                                 overwrite=args.overwrite)
        stats = info["distribution"]
        print(f"[shard {shard.index}] {shard.pairs:,} pairs scored in {wall:.1f} s "
              f"({cpu:.1f} CPU s); irreducible loss (nats per target token): mean "
              f"{stats['mean']:.3f}, quartiles {' / '.join(f'{q:.3f}' for q in stats['quartiles'])}"
              f" -> {path}")
    total = sum(shard.pairs for shard in shards)
    print(f"[cost] scoring: {sum(s[3] for s in scored):.1f} s ({sum(s[2] for s in scored):.1f} "
          f"CPU s); {BYTES_PER_PAIR} bytes per pair: {BYTES_PER_PAIR * total:,} bytes for "
          f"{total:,} pairs in {len(shards)} file(s)", flush=True)
    return 0
