"""The ``autoassist_translation`` task: fairseq translation with AutoAssist shrinking.

A thin adapter between fairseq's task hooks and one :class:`AutoAssistRun`
(:mod:`fairseq_autoassist.run`), which owns the Assistant, its trainer, the shrinking
rule and the AutoAssist state of checkpoints:

- ``load_dataset`` (train split): starts the run on the training set;
- ``get_batch_iterator`` (train split): fairseq's iterator, made shrinking;
- ``train_step`` / ``optimizer_step``: the Boss's progress, its per-pair losses from
  the criterion's own forward pass and its updates go to the run; with
  ``--assistant-importance-weighting`` each pair's weight goes into the batch for the
  criterion (``build_criterion`` then builds its pair-weighted subclass);
- ``get_checkpoint_dict`` / ``set_checkpoint_dict``: fairseq's hooks for task state.

The options are declared and checked in :mod:`fairseq_autoassist.config`. Validation,
generation and the model are fairseq's, untouched.
"""

import importlib.util
import logging
import os
from typing import Any, Dict, Optional

import torch
from fairseq import utils
from fairseq.logging import metrics
from fairseq.tasks import register_task
from fairseq.tasks.translation import TranslationTask

from .batching import BatchLimits
from .checkpoint_safety import refuse_unsafe_checkpoints
from .config import AutoAssistConfig, length_ladder, validate_config
from .irreducible import irreducible_path, label_pair_inputs, read_sidecar
from .iterator import ShrinkingEpochBatchIterator, shrinking_iterator
from .methods import settle_method
from .per_sample_loss import LogProbCapture, check_criterion_supported, per_pair_nll
from .run import AutoAssistRun
from .shards import check_shard_dictionaries, data_paths, shard_of_epoch, visit_of_epoch
from .weighted_criteria import PAIR_WEIGHTED, PAIR_WEIGHTS

TASK_NAME = "autoassist_translation"
logger = logging.getLogger(__name__)
CHECKPOINT_KEY = "autoassist"


def refuse_tpu_without_torch_xla(tpu: bool) -> None:
    """fairseq 0.12's ``--bf16`` implies ``--tpu`` (fairseq/options.py); without
    torch_xla its trainer fails with an AttributeError far from the cause."""
    if tpu and importlib.util.find_spec("torch_xla") is None:
        raise ValueError(
            "--tpu, which fairseq 0.12's --bf16 implies, needs torch_xla, which is not "
            "installed, so fairseq's trainer would fail looking for a TPU. On a GPU, "
            "train in half precision with --fp16 (or --amp); AutoAssist supports both"
        )


@register_task(TASK_NAME, dataclass=AutoAssistConfig)
class AutoAssistTranslationTask(TranslationTask):
    """Translation whose training batches skip the pairs an Assistant calls learnt."""

    cfg: AutoAssistConfig

    def __init__(self, cfg: AutoAssistConfig, src_dict, tgt_dict):
        # the method's option defaults, in place of the options left unset
        logger.info("AutoAssist: %s", settle_method(cfg))
        validate_config(cfg)
        super().__init__(cfg, src_dict, tgt_dict)
        self.data_paths = data_paths(cfg.data)
        if len(self.data_paths) > 1:
            check_shard_dictionaries(self.data_paths, [cfg.source_lang, cfg.target_lang])
        self.run: Optional[AutoAssistRun] = None
        self._train_iterator: Optional[ShrinkingEpochBatchIterator] = None

    @classmethod
    def setup_task(cls, cfg: AutoAssistConfig, **kwargs):
        # Check what fairseq is about to unpickle before it does (resume or decode).
        # (fairseq reads --restore-file's default from --save-dir, other values as given)
        if cfg.restore_file == "checkpoint_last.pt":
            candidates = [os.path.join(cfg.save_dir or ".", cfg.restore_file)]
        else:
            candidates = [cfg.restore_file]
        if cfg.eval_path:
            candidates.extend(utils.split_paths(cfg.eval_path, separator=":"))
        refuse_unsafe_checkpoints(candidates)
        refuse_tpu_without_torch_xla(cfg.tpu)
        return super().setup_task(cfg, **kwargs)

    # the run's parts, as tests and tools know them
    @property
    def assistant(self):
        return None if self.run is None else self.run.assistant

    @property
    def worker(self):
        return None if self.run is None else self.run.worker

    # ---- building ------------------------------------------------------------------

    def build_criterion(self, cfg, from_checkpoint=False):
        criterion = super().build_criterion(cfg, from_checkpoint=from_checkpoint)
        check_criterion_supported(criterion)
        if self.cfg.assistant_importance_weighting > 0:
            # the same criterion, taking per-pair weights from the batch
            criterion = PAIR_WEIGHTED[type(criterion)].build_criterion(cfg, self)
        return criterion

    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        super().load_dataset(split, epoch=epoch, combine=combine, **kwargs)
        if split != self.cfg.train_subset:
            return
        dataset = self.datasets[split]
        # sharded data: fairseq loads one folder per epoch (fairseq_autoassist.shards)
        shard = shard_of_epoch(epoch, len(self.data_paths))
        if self.run is None:
            self.run = AutoAssistRun(self.cfg, dataset, self.src_dict, self.tgt_dict,
                                     shard=shard, num_shards=len(self.data_paths),
                                     pair_inputs=self.label_pair_inputs(shard, len(dataset)))
        elif dataset is not self.run.dataset:
            self.run.switch_training_set(dataset, shard,
                                         self.label_pair_inputs(shard, len(dataset)))

    def label_pair_inputs(self, shard: int, num_pairs: int) -> Dict[str, Any]:
        """What the label reads per training pair of ``shard`` besides the Boss's losses,
        from the files beside the shard's data (the irreducible losses of ``reducible``,
        memory-mapped; a clear error naming the tool that makes them when absent)."""
        folder, split = self.data_paths[shard], self.cfg.train_subset
        src, tgt = self.cfg.source_lang, self.cfg.target_lang
        inputs = label_pair_inputs(str(self.cfg.assistant_label), folder, split, src, tgt,
                                   num_pairs)
        if inputs:
            made_by = read_sidecar(folder, split, src, tgt).get("command", "unknown")
            logger.info("AutoAssist: the irreducible losses of %d pairs from %s (made by: %s)",
                        num_pairs, irreducible_path(folder, split, src, tgt), made_by)
        return inputs

    def get_batch_iterator(self, dataset, **kwargs):
        plain = super().get_batch_iterator(dataset, **kwargs)
        if (self.run is None or dataset is not self.run.dataset
                or isinstance(plain, ShrinkingEpochBatchIterator)):
            return plain
        limits = BatchLimits(kwargs.get("max_tokens"), kwargs.get("max_sentences"),
                             kwargs.get("required_batch_size_multiple", 1),
                             length_ladder(self.cfg))
        # a fixed onset replaces the warm-up epochs: before it the iterator keeps every
        # candidate and packs as keepall does
        warmup = 0 if self.run.warmup_epochs_replaced else self.cfg.assistant_warmup_epochs
        shrinking = shrinking_iterator(plain, self.run.decisions, warmup,
                                       self.cfg.assistant_lookahead, limits,
                                       visit=visit_of_epoch(plain.epoch, len(self.data_paths)),
                                       freeze=bool(self.cfg.assistant_freeze_batches))
        if dataset in self.dataset_to_epoch_iter:
            self.dataset_to_epoch_iter[dataset] = shrinking
        self._train_iterator = shrinking
        return shrinking

    # ---- training ------------------------------------------------------------------

    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        run = self.run
        if run is None:
            return super().train_step(sample, model, criterion, optimizer, update_num,
                                      ignore_grad=ignore_grad)
        run.at_update(update_num)
        run.before_forward(model)
        if run.importance_exponent > 0 and sample and "id" in sample:
            ids = sample["id"].detach().cpu().numpy()
            lengths = sample["target"].ne(criterion.padding_idx).sum(dim=1).cpu().numpy()
            weights = run.pair_weights(ids, lengths)
            if weights is not None:
                sample = {**sample, PAIR_WEIGHTS: torch.from_numpy(weights).to(
                    sample["target"].device)}
        capture = LogProbCapture(model)
        loss, sample_size, logging_output = super().train_step(
            sample, capture, criterion, optimizer, update_num, ignore_grad=ignore_grad
        )
        if not ignore_grad and capture.log_probs is not None:
            losses, lengths = per_pair_nll(
                capture.log_probs,
                sample["target"],
                padding_idx=criterion.padding_idx,
                ignore_prefix_size=getattr(criterion, "ignore_prefix_size", 0),
            )
            # Kept on the device: copying them to the host here would wait for the
            # backward pass and hold back fairseq's dispatch of the next kernels.
            run.add_losses(sample["id"], losses, lengths)
            logging_output.update(run.metric_counts(update_num))
        return loss, sample_size, logging_output

    def optimizer_step(self, optimizer, model, update_num):
        if self.run is None:
            return super().optimizer_step(optimizer, model, update_num)
        with self.run.optimizer_step(optimizer, update_num):
            super().optimizer_step(optimizer, model, update_num)

    def begin_epoch(self, epoch, model):
        super().begin_epoch(epoch, model)
        self._check_workers_agree(f"start of epoch {epoch}")

    def begin_valid_epoch(self, epoch, model):
        super().begin_valid_epoch(epoch, model)
        self._check_workers_agree(f"validation in epoch {epoch}")

    def _check_workers_agree(self, where: str) -> None:
        if self.run is not None:
            iterator = self._train_iterator
            self.run.check_workers_agree(
                where, iterator.announced_batches if iterator is not None else -1)

    def reduce_metrics(self, logging_outputs, criterion):
        super().reduce_metrics(logging_outputs, criterion)
        AutoAssistRun.log_metrics(logging_outputs, metrics)

    # ---- checkpoints ---------------------------------------------------------------

    def get_checkpoint_dict(self) -> Dict[str, Any]:
        if self.run is None:
            return {}
        # fairseq stores this under extra_state[<task class name>] and hands the inner
        # dict back to set_checkpoint_dict on resume.
        return {type(self).__name__: {CHECKPOINT_KEY: self.run.state_dict()}}

    def set_checkpoint_dict(self, checkpoint_dict: Dict[str, Any]) -> None:
        state = checkpoint_dict.get(CHECKPOINT_KEY) if isinstance(checkpoint_dict, dict) else None
        if state and self.run is not None:
            self.run.load_state_dict(state)
