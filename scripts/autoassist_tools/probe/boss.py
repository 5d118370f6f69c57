"""The Boss at a stage: a plain fairseq run's checkpoint, branched in this process.

Each branch restores the whole training state of the stage's checkpoint (model, Adam's
moments, the learning-rate schedule and the update count) into fairseq's own
``Trainer``, then trains on the updates a policy gives it with ``Trainer.train_step``,
so the schedule continues at the learning rate of that point of the run. fairseq seeds
dropout with ``--seed`` plus the update count, so branches that share a seed share
their dropout masks as well as their candidate stream: their differences are paired.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import torch
from omegaconf import DictConfig, OmegaConf, open_dict

import fairseq_autoassist  # noqa: F401  (allowlists fairseq's checkpoint types)
from fairseq import checkpoint_utils, tasks
from fairseq.tasks.translation import TranslationConfig
from fairseq.trainer import Trainer

from ..benchmark.nll import PairLosses, pair_losses
from .policies import BatchLimits

logger = logging.getLogger("selection_probe")


def checkpoint_config(checkpoint: Path, data: Path, device: str) -> DictConfig:
    """The checkpoint's training configuration on ``data``, on ``device``, as plain
    translation: the probe does its own selection, so an AutoAssist run's checkpoint is
    branched without its Assistant."""
    state = checkpoint_utils.load_checkpoint_to_cpu(str(checkpoint))
    cfg = state["cfg"]
    if cfg is None:
        raise SystemExit(f"{checkpoint} holds no configuration (a fairseq checkpoint from "
                         "before hydra); the probe needs one saved by fairseq 0.10 or later")
    task_cfg = cfg.task
    if task_cfg._name != "translation":
        plain = OmegaConf.structured(TranslationConfig)
        for key in plain:
            if key in task_cfg:
                plain[key] = task_cfg[key]
        with open_dict(cfg):
            cfg.task = plain
            cfg.task._name = "translation"
    with open_dict(cfg):
        cfg.task.data = str(data)
        cfg.common.cpu = device == "cpu"
        cfg.dataset.num_workers = 0
        cfg.common.tensorboard_logdir = None
        cfg.checkpoint.save_dir = str(Path(checkpoint).parent)
    return cfg


class Boss:
    """A fairseq Trainer that can be reset to a checkpoint and trained on given pairs."""

    def __init__(self, checkpoint: Path, data: Path, device: str = "cpu") -> None:
        self.cfg = checkpoint_config(checkpoint, data, device)
        self.task = tasks.setup_task(self.cfg.task)
        self.task.load_dataset("train")
        self.task.load_dataset("valid")
        model = self.task.build_model(self.cfg.model)
        criterion = self.task.build_criterion(self.cfg.criterion)
        self.trainer = Trainer(self.cfg, self.task, model, criterion)
        self.checkpoint: Optional[Path] = None

    @property
    def train_set(self):
        return self.task.dataset("train")

    @property
    def valid_set(self):
        return self.task.dataset("valid")

    @property
    def max_tokens(self) -> int:
        return int(self.cfg.dataset.max_tokens)

    @property
    def batch_limits(self) -> BatchLimits:
        """The run's batch limits, which every branch's updates keep."""
        dataset = self.cfg.dataset
        return BatchLimits(
            max_tokens=dataset.max_tokens, max_sentences=dataset.batch_size,
            required_batch_size_multiple=int(dataset.required_batch_size_multiple))

    @property
    def num_updates(self) -> int:
        return int(self.trainer.get_num_updates())

    def restore(self, checkpoint: Path, seed: int) -> None:
        """Model, optimizer, schedule and update count of ``checkpoint``; dropout seeded
        from ``seed`` (and the update count, as fairseq does)."""
        self.trainer.load_checkpoint(str(checkpoint))
        if self.trainer.get_num_updates() == 0:
            raise SystemExit(f"{checkpoint} holds no trained update: give a checkpoint of a "
                             "run in progress")
        with open_dict(self.cfg):
            self.cfg.common.seed = int(seed)
        self.checkpoint = Path(checkpoint)

    def losses(self, split: str = "train") -> PairLosses:
        """Every pair's NLL under the current model, in eval mode."""
        dataset = self.train_set if split == "train" else self.valid_set
        return pair_losses(self.trainer.model, dataset, max_tokens=2 * self.max_tokens)

    def valid_nll(self) -> float:
        """The valid split's NLL per target token (base 2), as fairseq logs nll_loss."""
        return self.losses("valid").per_token_bits()

    def train(self, batches: Iterable[List[int]], num_updates: int,
              evaluate_at: Sequence[int] = (),
              groups: Optional[Dict[str, np.ndarray]] = None,
              ) -> Tuple[int, float, Dict[int, float], Dict[str, Dict[int, float]]]:
        """``num_updates`` updates on the given batches of pair ids, with the valid NLL
        after each update count in ``evaluate_at`` (counted from the branch's start),
        over every valid pair and over each of the ``groups`` of them (boolean masks).
        Returns the target tokens trained on, the seconds spent training (evaluation
        excluded), the valid NLL by update count and each group's."""
        dataset = self.train_set
        target_tokens = 0
        seconds = 0.0
        curve: Dict[int, float] = {}
        group_curves: Dict[str, Dict[int, float]] = {name: {} for name in groups or {}}
        for done, batch in enumerate(batches, start=1):
            start = time.time()
            sample = dataset.collater([dataset[i] for i in batch])
            self.trainer.train_step([sample])
            seconds += time.time() - start
            target_tokens += int(sample["ntokens"])
            if done in evaluate_at:
                losses = self.losses("valid")
                curve[done] = losses.per_token_bits()
                for name, members in (groups or {}).items():
                    group_curves[name][done] = group_bits(losses, members)
            if done == num_updates:
                break
        return target_tokens, seconds, curve, group_curves


def group_bits(losses: PairLosses, members: np.ndarray) -> float:
    """NLL per target token (base 2) over the pairs ``members`` (a boolean mask)."""
    tokens = losses.target_lengths[members].sum()
    return float(losses.nll[members].sum() / max(tokens, 1) / np.log(2))


def valid_difficulty(losses: PairLosses) -> Dict[str, np.ndarray]:
    """The valid pairs that were hard (per-token loss above the valid set's mean: the
    paper label's oracle) and easy at a stage, as experiments/forgetting.py groups
    them: where a policy's gain or loss on held-out data lies."""
    hard = losses.normalised > losses.normalised.mean()
    return {"easy": ~hard, "hard": hard}


def load_losses(cache: Path, compute) -> PairLosses:
    """Cached per-pair losses of a checkpoint (``compute()`` when not cached yet)."""
    if cache.exists():
        stored = np.load(cache)
        return PairLosses(stored["nll"], stored["target_lengths"])
    losses = compute()
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".partial.npz")
    np.savez(partial, nll=losses.nll, target_lengths=losses.target_lengths)
    partial.replace(cache)
    return losses


def torch_threads(threads: Optional[int]) -> None:
    if threads:
        torch.set_num_threads(threads)
