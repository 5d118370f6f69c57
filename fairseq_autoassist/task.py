"""The ``autoassist_translation`` task: fairseq translation with AutoAssist shrinking.

It is fairseq's ``TranslationTask`` plus four hooks:
- ``load_dataset`` (train split): builds the Assistant's feature matrix and its
  background trainer;
- ``get_batch_iterator`` (train split): returns the shrinking iterator;
- ``train_step`` / ``optimizer_step``: tell the shrinking rule the Boss's progress
  (for ``--assistant-anneal-fraction``), read per-pair losses from the criterion's own
  forward pass and, after each Boss update, hand them to the Assistant's queue (never
  those of an update fairseq skipped: :mod:`fairseq_autoassist.pending_losses`); with
  ``--assistant-importance-weighting``, put each pair's weight into the batch for the
  criterion (``build_criterion`` then builds its pair-weighted subclass);
- ``get_checkpoint_dict`` / ``set_checkpoint_dict``: fairseq's hooks for task state in
  checkpoints (the Assistant's weights, its label's state, confidence and counters).

Under data-parallel training every worker's Assistant learns from every worker's
losses and stays identical (:mod:`fairseq_autoassist.distributed`), so a checkpoint
(written by worker 0) holds the one Assistant and resumes on any number of workers.

Validation, generation and the model are fairseq's, untouched.
"""

import importlib.util
import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import numpy as np
import torch
from fairseq import utils
from fairseq.dataclass import ChoiceEnum
from fairseq.logging import metrics
from fairseq.tasks import register_task
from fairseq.tasks.translation import TranslationConfig, TranslationTask
from omegaconf import II

from .annealing import KeepAnnealing
from .assistant import AssistantSettings, TokenAssistant
from .checkpoint_safety import refuse_unsafe_checkpoints
from .distributed import DistributedFeed, check_assistants_agree, data_parallel_world
from .features import FEATURE_KINDS, build_pair_features
from .importance import importance_weights
from .iterator import ShrinkingEpochBatchIterator
from .labels import LABELS
from .pending_losses import PendingLosses, amp_loss_scale
from .per_sample_loss import LogProbCapture, check_criterion_supported, per_pair_nll
from .shrinking import SELECTIONS, ShrinkingRule
from .weighted_criteria import PAIR_WEIGHTED, PAIR_WEIGHTS
from .worker import AssistantWorker, LossBatch

logger = logging.getLogger(__name__)

TASK_NAME = "autoassist_translation"
CHECKPOINT_KEY = "autoassist"


@dataclass
class AutoAssistConfig(TranslationConfig):
    assistant_base: float = field(
        default=0.1,
        metadata={
            "help": "floor keep probability: every pair is kept with probability at "
            "least max(base, 1 - confidence); 1 keeps everything (plain fairseq "
            "batches plus the Assistant's overhead), in [0, 1]"
        },
    )
    assistant_warmup_epochs: int = field(
        default=1,
        metadata={
            "help": "epochs at the start during which every pair is kept and the "
            "Assistant only learns, >= 0"
        },
    )
    assistant_lr: float = field(
        default=0.5,
        metadata={"help": "the Assistant's (AdaGrad) learning rate, > 0"},
    )
    assistant_l2: float = field(
        default=1e-6,
        metadata={"help": "L2 decay of the Assistant's weights, >= 0"},
    )
    assistant_features: ChoiceEnum(FEATURE_KINDS) = field(
        default="tf",
        metadata={
            "help": "per-token feature: tf (count / sentence length) or tfidf "
            "(tf times inverse document frequency over the training set)"
        },
    )
    assistant_loss_decay: float = field(
        default=0.95,
        metadata={
            "help": "decay of the moving average of normalised losses that separates "
            "informative pairs (above) from learnt ones, in [0, 1)"
        },
    )
    assistant_label: ChoiceEnum(LABELS) = field(
        default="paper",
        metadata={
            "help": "what the Assistant learns to predict: paper (normalised loss above "
            "its moving average), learnability (the pair's normalised loss fell since "
            "its last visit by more than the moving average of such falls; a first "
            "visit is not trained on) or noise-aware (paper, but 0 above a moving high "
            "quantile of normalised losses, see --assistant-noise-quantile)"
        },
    )
    assistant_noise_quantile: float = field(
        default=0.95,
        metadata={
            "help": "for --assistant-label noise-aware: the quantile q of each batch's "
            "normalised losses whose moving average (decay --assistant-loss-decay) "
            "bounds the informative pairs from above, in (0.5, 1)"
        },
    )
    assistant_memory: bool = field(
        default=False,
        metadata={
            "help": "the Assistant also remembers each pair's label at its last visit "
            "(one byte per training pair, kept in checkpoints) and predicts it for the "
            "pairs it has seen; its token model predicts the others. Late in training a "
            "pair's label changes little between visits (see docs/selection-probe.md)"
        },
    )
    assistant_confidence_decay: float = field(
        default=0.95,
        metadata={
            "help": "decay of the moving average of the Assistant's accuracy (its "
            "confidence), in [0, 1)"
        },
    )
    assistant_queue_size: int = field(
        default=64,
        metadata={
            "help": "Boss updates whose losses may wait for the Assistant's trainer; "
            "when full, the oldest are dropped and counted (asst_dropped), >= 1"
        },
    )
    assistant_lookahead: int = field(
        default=32,
        metadata={
            "help": "batches decided at once, ahead of the Boss (fairseq's "
            "--data-buffer-size adds its own prefetching); larger packs batches "
            "with less padding, smaller uses fresher Assistant weights, >= 1"
        },
    )
    assistant_importance_weighting: float = field(
        default=0.0,
        metadata={
            "help": "exponent alpha of the importance weight p_keep^-alpha on each "
            "kept pair's loss (scaled to a mean of 1 per target token in each batch): "
            "0 is the paper's biased sampling, 1 makes the expected gradient the full "
            "data's, in [0, 1]"
        },
    )
    assistant_anneal_fraction: float = field(
        default=0.0,
        metadata={
            "help": "fraction of --max-update at the end over which shrinking fades "
            "out: each pair's drop probability 1 - p_keep falls linearly to 0, so the "
            "last updates see all the data; 0 turns it off, in [0, 1] (needs --max-update)"
        },
    )
    assistant_selection: ChoiceEnum(SELECTIONS) = field(
        default="assistant",
        metadata={
            "help": "which pairs shrinking drops: assistant (by the Assistant's keep "
            "probabilities) or uniform (an ablation for benchmarks: as many pairs as "
            "the Assistant would drop, chosen at random)"
        },
    )
    reset_assistant: bool = field(
        default=False,
        metadata={
            "help": "on resume, ignore the Assistant state in the checkpoint and "
            "start a new Assistant (the Boss and the data position are restored)"
        },
    )
    # Owned by other groups; read to check a checkpoint before fairseq loads it.
    seed: int = II("common.seed")
    save_dir: str = II("checkpoint.save_dir")
    restore_file: str = II("checkpoint.restore_file")
    eval_path: Optional[str] = II("common_eval.path")
    max_update: int = II("optimization.max_update")
    tpu: bool = II("common.tpu")


def validate_config(cfg: AutoAssistConfig) -> None:
    """Stop at start-up on an out-of-range option, naming it and its allowed range."""
    problems: List[str] = []

    def need(ok: bool, option: str, allowed: str, value: Any) -> None:
        if not ok:
            problems.append(f"--{option} must be {allowed}, got {value!r}")

    need(0.0 <= cfg.assistant_base <= 1.0, "assistant-base", "in [0, 1]", cfg.assistant_base)
    need(cfg.assistant_warmup_epochs >= 0, "assistant-warmup-epochs", ">= 0",
         cfg.assistant_warmup_epochs)
    need(cfg.assistant_lr > 0, "assistant-lr", "> 0", cfg.assistant_lr)
    need(cfg.assistant_l2 >= 0, "assistant-l2", ">= 0", cfg.assistant_l2)
    need(str(cfg.assistant_features) in FEATURE_KINDS, "assistant-features",
         f"one of {', '.join(FEATURE_KINDS)}", cfg.assistant_features)
    need(0.0 <= cfg.assistant_loss_decay < 1.0, "assistant-loss-decay", "in [0, 1)",
         cfg.assistant_loss_decay)
    need(str(cfg.assistant_label) in LABELS, "assistant-label",
         f"one of {', '.join(LABELS)}", cfg.assistant_label)
    need(0.5 < cfg.assistant_noise_quantile < 1.0, "assistant-noise-quantile", "in (0.5, 1)",
         cfg.assistant_noise_quantile)
    need(0.0 <= cfg.assistant_confidence_decay < 1.0, "assistant-confidence-decay",
         "in [0, 1)", cfg.assistant_confidence_decay)
    need(cfg.assistant_queue_size >= 1, "assistant-queue-size", ">= 1",
         cfg.assistant_queue_size)
    need(cfg.assistant_lookahead >= 1, "assistant-lookahead", ">= 1", cfg.assistant_lookahead)
    need(0.0 <= cfg.assistant_importance_weighting <= 1.0, "assistant-importance-weighting",
         "in [0, 1]", cfg.assistant_importance_weighting)
    need(str(cfg.assistant_selection) in SELECTIONS, "assistant-selection",
         f"one of {', '.join(SELECTIONS)}", cfg.assistant_selection)
    need(0.0 <= cfg.assistant_anneal_fraction <= 1.0, "assistant-anneal-fraction",
         "in [0, 1]", cfg.assistant_anneal_fraction)
    if 0.0 <= cfg.assistant_anneal_fraction <= 1.0:
        try:  # the schedule needs a known end
            KeepAnnealing.over_last(cfg.assistant_anneal_fraction, cfg.max_update or 0)
        except ValueError as error:
            problems.append(str(error))
    if problems:
        raise ValueError("invalid AutoAssist options: " + "; ".join(problems))


def refuse_tpu_without_torch_xla(tpu: bool) -> None:
    """fairseq 0.12's ``--bf16`` implies ``--tpu`` (fairseq/options.py); without
    torch_xla its trainer fails with an AttributeError far from the cause."""
    if tpu and importlib.util.find_spec("torch_xla") is None:
        raise ValueError(
            "--tpu, which fairseq 0.12's --bf16 implies, needs torch_xla, which is not "
            "installed, so fairseq's trainer would fail looking for a TPU. On a GPU, "
            "train in half precision with --fp16 (or --amp); AutoAssist supports both"
        )


def assistant_settings(cfg: AutoAssistConfig) -> AssistantSettings:
    return AssistantSettings(
        base=cfg.assistant_base,
        learning_rate=cfg.assistant_lr,
        l2=cfg.assistant_l2,
        loss_decay=cfg.assistant_loss_decay,
        confidence_decay=cfg.assistant_confidence_decay,
        label=str(cfg.assistant_label),
        noise_quantile=cfg.assistant_noise_quantile,
        memory=bool(cfg.assistant_memory),
    )


def training_pair_features(dataset, src_dict, tgt_dict, kind: str):
    """The Assistant's feature matrix of every pair of a ``LanguagePairDataset``."""
    sources = [dataset.src[i].numpy() for i in range(len(dataset))]
    targets = [dataset.tgt[i].numpy() for i in range(len(dataset))]
    vocab_size = max(len(src_dict), len(tgt_dict))
    specials = range(max(src_dict.nspecial, tgt_dict.nspecial))
    return build_pair_features(sources, targets, vocab_size, specials, kind=kind)


def _arrays_as_tensors(state: Dict[str, Any]) -> Dict[str, Any]:
    """The Assistant's state with its numpy arrays as tensors (for weights_only loads)."""
    return {
        key: torch.from_numpy(value) if isinstance(value, np.ndarray)
        else _arrays_as_tensors(value) if isinstance(value, dict) else value
        for key, value in state.items()
    }


def _tensors_as_arrays(state: Dict[str, Any]) -> Dict[str, Any]:
    """The inverse of :func:`_arrays_as_tensors`."""
    return {
        key: value.numpy() if torch.is_tensor(value)
        else _tensors_as_arrays(value) if isinstance(value, dict) else value
        for key, value in state.items()
    }


@register_task(TASK_NAME, dataclass=AutoAssistConfig)
class AutoAssistTranslationTask(TranslationTask):
    """Translation whose training batches skip the pairs an Assistant calls learnt."""

    cfg: AutoAssistConfig

    def __init__(self, cfg: AutoAssistConfig, src_dict, tgt_dict):
        validate_config(cfg)
        super().__init__(cfg, src_dict, tgt_dict)
        self.assistant: Optional[TokenAssistant] = None
        self.worker: Optional[AssistantWorker] = None
        self.rule: Optional[ShrinkingRule] = None
        self._train_dataset = None
        self._train_iterator: Optional[ShrinkingEpochBatchIterator] = None
        self._feed: Optional[DistributedFeed] = None
        self._pending = PendingLosses()
        self._logged = {"pairs_trained": 0, "pairs_correct": 0.0, "batches_dropped": 0,
                        "skipped_updates": 0}

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
        if split == self.cfg.train_subset:
            self._build_assistant(self.datasets[split])

    def _build_assistant(self, dataset) -> None:
        if self.assistant is not None and dataset is self._train_dataset:
            return
        if self.assistant is not None:
            raise ValueError(
                "--task autoassist_translation needs one training set for the whole run; "
                "sharded training data (data1:data2:...) is not supported"
            )
        logger.info("AutoAssist: building %s features of %d training pairs",
                    self.cfg.assistant_features, len(dataset))
        features = training_pair_features(
            dataset, self.src_dict, self.tgt_dict, str(self.cfg.assistant_features)
        )
        self._train_dataset = dataset
        self.assistant = TokenAssistant(features, assistant_settings(self.cfg))
        annealing = KeepAnnealing.over_last(self.cfg.assistant_anneal_fraction,
                                            self.cfg.max_update or 0)
        self.rule = ShrinkingRule(self.assistant, annealing, str(self.cfg.assistant_selection))
        if annealing is not None:
            logger.info("AutoAssist: shrinking fades out from update %d to %d",
                        annealing.start_update, annealing.end_update)
        self.worker = AssistantWorker(self.assistant, self.cfg.assistant_queue_size)
        logger.info("AutoAssist: Assistant ready (%d features, %d non-zeros, %s label)",
                    features.shape[1], features.nnz, self.assistant.label.name)

    def get_batch_iterator(self, dataset, **kwargs):
        plain = super().get_batch_iterator(dataset, **kwargs)
        if dataset is not self._train_dataset or isinstance(plain, ShrinkingEpochBatchIterator):
            return plain
        shrinking = ShrinkingEpochBatchIterator(
            dataset=plain.dataset,
            collate_fn=plain.collate_fn,
            batch_sampler=plain.batch_sampler,
            seed=plain.seed,
            num_shards=plain.num_shards,
            shard_id=plain.shard_id,
            num_workers=plain.num_workers,
            epoch=plain.epoch,
            buffer_size=plain.buffer_size,
            timeout=plain.timeout,
            disable_shuffling=plain.disable_shuffling,
            skip_remainder_batch=plain.skip_remainder_batch,
            grouped_shuffling=plain.grouped_shuffling,
            reuse_dataloader=plain.reuse_dataloader,
            persistent_workers=plain.persistent_workers,
            rule=self.rule,
            warmup_epochs=self.cfg.assistant_warmup_epochs,
            lookahead=self.cfg.assistant_lookahead,
            max_tokens=kwargs.get("max_tokens"),
            max_sentences=kwargs.get("max_sentences"),
            required_batch_size_multiple=kwargs.get("required_batch_size_multiple", 1),
        )
        if dataset in self.dataset_to_epoch_iter:
            self.dataset_to_epoch_iter[dataset] = shrinking
        self._train_iterator = shrinking
        return shrinking

    # ---- training ------------------------------------------------------------------

    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        if self.rule is not None:
            self.rule.at_update(update_num)
        self._pending.before_forward(model)
        weights = self._pair_weights(sample, criterion.padding_idx)
        if weights is not None:
            sample = {**sample, PAIR_WEIGHTS: weights.to(sample["target"].device)}
        capture = LogProbCapture(model)
        loss, sample_size, logging_output = super().train_step(
            sample, capture, criterion, optimizer, update_num, ignore_grad=ignore_grad
        )
        if not ignore_grad and capture.log_probs is not None and self.worker is not None:
            losses, lengths = per_pair_nll(
                capture.log_probs,
                sample["target"],
                padding_idx=criterion.padding_idx,
                ignore_prefix_size=getattr(criterion, "ignore_prefix_size", 0),
            )
            # Kept on the device: copying them to the host here would wait for the
            # backward pass and hold back fairseq's dispatch of the next kernels.
            self._pending.add(sample["id"], losses, lengths)
            logging_output.update(self._metric_counts(update_num))
        return loss, sample_size, logging_output

    def _pair_weights(self, sample, padding_idx: int) -> Optional[torch.Tensor]:
        """Importance weights of the batch's pairs, or ``None`` when not weighting."""
        exponent = self.cfg.assistant_importance_weighting
        if exponent <= 0 or self.rule is None or not sample or "id" not in sample:
            return None
        ids = sample["id"].detach().cpu().numpy()
        lengths = sample["target"].ne(padding_idx).sum(dim=1).cpu().numpy()
        weights = importance_weights(self.rule.drawn_with(ids), lengths, exponent)
        if np.all(weights == 1.0):  # warm-up, or nothing decided: fairseq's exact loss
            return None
        return torch.from_numpy(weights)

    def optimizer_step(self, optimizer, model, update_num):
        # fairseq has just waited for the device (its finite-gradient-norm check), so
        # this update's per-pair losses come to the host now at no extra wait.
        pending = self._pending.take()
        scale_before = amp_loss_scale(optimizer)
        super().optimizer_step(optimizer, model, update_num)
        if self._pending.step_was_skipped(scale_before, optimizer):
            pending = []  # AMP's scaler skipped this update: its losses teach nothing
        if self.worker is None:
            return
        feed = self._distributed_feed()
        if not pending and feed is None:
            return
        if pending:
            ids, losses, lengths = (np.concatenate(p) for p in zip(*pending))
        else:  # a dummy batch: this worker still joins the gather
            ids, losses, lengths = np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64)
        batch = LossBatch(update_num, ids, losses, lengths)
        if feed is None:
            self.worker.submit(batch)
        else:
            feed.submit(self.worker, batch)

    def _distributed_feed(self) -> Optional[DistributedFeed]:
        """The gather across data-parallel workers, or ``None`` when training alone."""
        if self._feed is None:
            group, rank, world_size = data_parallel_world()
            if world_size > 1:
                self._feed = DistributedFeed(group, rank, world_size)
        return self._feed

    def begin_epoch(self, epoch, model):
        super().begin_epoch(epoch, model)
        self._check_workers_agree(f"start of epoch {epoch}")

    def begin_valid_epoch(self, epoch, model):
        super().begin_valid_epoch(epoch, model)
        self._check_workers_agree(f"validation in epoch {epoch}")

    def _check_workers_agree(self, where: str) -> None:
        """With several workers: same Assistant, same epoch length everywhere, or stop."""
        feed = self._distributed_feed() if self.worker is not None else None
        if feed is None:
            return
        iterator = self._train_iterator
        epoch_batches = iterator.announced_batches if iterator is not None else -1
        steps, fingerprint = check_assistants_agree(
            self.assistant, self.worker, feed.gather.group, feed.world_size, epoch_batches
        )
        logger.info(
            "AutoAssist: at the %s the Assistants of %d workers agree (%d steps, weights %s)",
            where, feed.world_size, steps, fingerprint,
        )

    def _metric_counts(self, update_num: int) -> Dict[str, float]:
        """Summable counts for this step's logging output (summed over workers too)."""
        candidates, kept = self.rule.take_counts()
        counters = self.worker.counters
        trained = counters.pairs_trained - self._logged["pairs_trained"]
        correct = counters.pairs_correct - self._logged["pairs_correct"]
        dropped = counters.batches_dropped - self._logged["batches_dropped"]
        skipped = self._pending.skipped_updates - self._logged["skipped_updates"]
        if self._feed is not None and self._feed.rank != 0:
            # the same updates are dropped (and skipped) on every worker: count them once
            dropped = skipped = 0
        self._mark_logged(counters)
        lag = update_num - max(counters.last_trained_update, 0)
        return {
            "aa_candidates": candidates,
            "aa_kept": kept,
            "aa_trained": trained,
            "aa_correct": correct,
            "aa_dropped": dropped,
            "aa_skipped": skipped,
            "aa_conf": self.assistant.confidence,
            "aa_lag": lag,
            "aa_reports": 1,
        }

    def _mark_logged(self, counters) -> None:
        """Remember the worker's totals, so the next log reports what came after them."""
        self._logged.update(
            pairs_trained=counters.pairs_trained,
            pairs_correct=counters.pairs_correct,
            batches_dropped=counters.batches_dropped,
            skipped_updates=self._pending.skipped_updates,
        )

    def reduce_metrics(self, logging_outputs, criterion):
        super().reduce_metrics(logging_outputs, criterion)

        def total(key: str) -> float:
            return float(sum(log.get(key, 0) for log in logging_outputs))

        reports = total("aa_reports")
        if reports == 0:
            return
        candidates = total("aa_candidates")
        if candidates > 0:
            metrics.log_scalar("keep_rate", total("aa_kept") / candidates, candidates, round=3)
        trained = total("aa_trained")
        if trained > 0:
            metrics.log_scalar("asst_acc", total("aa_correct") / trained, trained, round=3)
        metrics.log_scalar("asst_conf", total("aa_conf") / reports, reports, round=3)
        metrics.log_scalar_sum("asst_dropped", total("aa_dropped"), round=0)
        metrics.log_scalar_sum("asst_skipped", total("aa_skipped"), round=0)
        metrics.log_scalar("asst_lag", total("aa_lag") / reports, reports, round=1)

    # ---- checkpoints ---------------------------------------------------------------

    def get_checkpoint_dict(self) -> Dict[str, Any]:
        """The Assistant's state, as tensors and plain values (safe under weights_only)."""
        if self.assistant is None:
            return {}
        self.worker.drain(timeout=120)
        state = _arrays_as_tensors(self.assistant.state_dict())
        state["last_trained_update"] = int(self.worker.counters.last_trained_update)
        state["batches_dropped"] = int(self.worker.counters.batches_dropped)
        # fairseq stores this under extra_state[<task class name>] and hands the inner
        # dict back to set_checkpoint_dict on resume.
        return {type(self).__name__: {CHECKPOINT_KEY: state}}

    def set_checkpoint_dict(self, checkpoint_dict: Dict[str, Any]) -> None:
        state = checkpoint_dict.get(CHECKPOINT_KEY) if isinstance(checkpoint_dict, dict) else None
        if not state or self.assistant is None:
            return
        # the Boss's progress, for annealing the batches decided before its next update
        self.rule.at_update(int(state.get("last_trained_update", -1)) + 1)
        if self.cfg.reset_assistant:
            logger.info("AutoAssist: --reset-assistant, starting a new Assistant")
            return
        state = _tensors_as_arrays(state)
        self.assistant.load_state_dict(state)
        counters = self.worker.counters
        counters.last_trained_update = int(state.get("last_trained_update", -1))
        counters.batches_dropped = int(state.get("batches_dropped", 0))
        self._mark_logged(counters)
        logger.info(
            "AutoAssist: restored the Assistant (%d steps, confidence %.3f, weights %s)",
            self.assistant.steps, self.assistant.confidence, self.assistant.fingerprint(),
        )
        logger.info("AutoAssist: restored the %s label (%s)", self.assistant.label.name,
                    self.assistant.label.summary())
        if self.assistant.memory is not None:
            logger.info("AutoAssist: the pair memory holds the labels of %d of %d pairs%s",
                        self.assistant.pairs_remembered, self.assistant.num_pairs,
                        "" if state.get("memory") is not None
                        else " (the checkpoint had none: it starts empty)")
