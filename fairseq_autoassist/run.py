"""One AutoAssist training run: the Assistant, its trainer, the shrinking rule and
everything they share, behind a few events in and decisions out.

The task (:mod:`fairseq_autoassist.task`) is a thin fairseq adapter that forwards
fairseq's hooks here; the iterator (:mod:`fairseq_autoassist.iterator`) asks it for
keep decisions. Events in:

- :meth:`AutoAssistRun.before_forward` / :meth:`add_losses`: a forward pass of the
  Boss and its per-pair losses (held until the update happens,
  :mod:`fairseq_autoassist.pending_losses`);
- :meth:`AutoAssistRun.optimizer_step` (a context around fairseq's step): the update
  happened, or AMP skipped it; its losses go to the Assistant's trainer (gathered
  from every data-parallel worker first, :mod:`fairseq_autoassist.distributed`);
- :meth:`AutoAssistRun.at_update`: the Boss's progress (for annealing).

Decisions out: :attr:`decisions` (which candidates the iterator keeps,
:class:`fairseq_autoassist.shrinking.KeepDecisions`), :meth:`pair_weights`
(importance weights of a batch's pairs), :meth:`metric_counts` (what to log), and
:meth:`state_dict` (the one piece of AutoAssist state in a checkpoint besides the
iterator's stream position, which fairseq saves with the iterator's own state).

Threads: the keep decisions run on fairseq's data-loading thread, the rest on the
main thread (see :class:`~fairseq_autoassist.shrinking.KeepDecisions`).
"""
from __future__ import annotations

import contextlib
import logging
from typing import Any, Dict, Iterator, Optional

import numpy as np
import torch

from .annealing import KeepAnnealing
from .assistant import TokenAssistant
from .config import (
    agreement_onset, assistant_settings, onset_update, shrinking_rule_selection,
    unbiased_threshold_on,
)
from .distributed import DistributedFeed, check_assistants_agree, data_parallel_world
from .features import dataset_pair_features
from .footprint import check_pair_state_fits
from .importance import importance_weights
from .pending_losses import PendingLosses, amp_loss_scale
from .shrinking import KeepDecisions, ShrinkingRule
from .signals import MovingTau
from .worker import AssistantWorker, LossBatch

logger = logging.getLogger(__name__)


def _arrays_as_tensors(state: Dict[str, Any]) -> Dict[str, Any]:
    """A state with its numpy arrays as tensors (for weights_only loads)."""
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


class AutoAssistRun:
    """The Assistant, its background trainer and the shrinking rule of one training set."""

    def __init__(self, cfg: Any, dataset, src_dict, tgt_dict, shard: int = 0,
                 num_shards: int = 1, pair_inputs: Optional[Dict[str, Any]] = None) -> None:
        check_pair_state_fits(cfg, len(dataset), num_shards)
        self.feature_kind = str(cfg.assistant_features)
        self.dictionaries = (src_dict, tgt_dict)
        features = dataset_pair_features(dataset, src_dict, tgt_dict, self.feature_kind)
        self.dataset = dataset
        # pair_inputs: what the label reads per pair besides the losses (the task's
        # label_pair_inputs: the irreducible losses of --assistant-label reducible)
        self.assistant = TokenAssistant(features, assistant_settings(cfg), shard=shard,
                                        num_shards=num_shards, pair_inputs=pair_inputs)
        annealing = KeepAnnealing.over_last(cfg.assistant_anneal_fraction, cfg.max_update or 0)
        if annealing is not None:
            logger.info("AutoAssist: shrinking fades out from update %d to %d",
                        annealing.start_update, annealing.end_update)
        # --assistant-base 1 keeps every pair (the iterator alone), whatever the target
        keep_rate = 0.0 if cfg.assistant_base >= 1.0 else float(cfg.assistant_keep_rate)
        self.rule = ShrinkingRule(self.assistant, annealing, shrinking_rule_selection(cfg),
                                  keep_rate=keep_rate)
        self.worker = AssistantWorker(self.assistant, cfg.assistant_queue_size)
        self.importance_exponent = float(cfg.assistant_importance_weighting)
        self.unbiased_threshold = unbiased_threshold_on(cfg)
        self.reset_on_resume = bool(cfg.reset_assistant)
        self.pending = PendingLosses()
        self.tau = MovingTau()  # a signal an onset rule could read (sel_tau)
        self.decisions = KeepDecisions(
            self.rule, onset_update=onset_update(cfg),
            remember_probabilities=self.importance_exponent > 0 or self.unbiased_threshold)
        # the automatic onset (None: a fixed onset, or the paper's warm-up epochs)
        self.onset = agreement_onset(cfg)
        # the update at which selection started (an onset replacing the warm-up), once it has
        self.selection_started_at: Optional[int] = None
        self._feed: Optional[DistributedFeed] = None
        self._logged = {"pairs_trained": 0, "pairs_correct": 0.0, "batches_dropped": 0,
                        "skipped_updates": 0, "pairs_revisited": 0, "labels_agreed": 0}
        logger.info("AutoAssist: Assistant ready (%d features, %s label)",
                    features.num_features, self.assistant.label.name)
        logger.info("AutoAssist: %s", self._onset_plan(cfg))

    def _onset_plan(self, cfg: Any) -> str:
        """One line on when selection will start, and at what keep rate."""
        rate = (f"; then a keep-rate target of {self.rule.keep_rate:g}"
                if self.rule.keep_rate > 0 else "")
        if self.rule.selection == "none":
            rate = ("; selection drops nothing even then (--assistant-selection none, the "
                    "default: every candidate is kept and packed by the shrinking "
                    "iterator; --assistant-selection assistant selects)")
        if self.onset is not None:
            return (f"onset of selection: automatic, once the pair memory's labels agree "
                    f"with the previous visit's for {self.onset.threshold:g} of the latest "
                    f"{self.onset.window_pairs} revisited pairs, every candidate kept until "
                    f"then (--assistant-warmup-epochs is not used){rate}")
        if self.warmup_epochs_replaced:
            return f"onset of selection: fixed, at update {self.decisions.onset_update}{rate}"
        return (f"onset of selection: the paper's, after {cfg.assistant_warmup_epochs} "
                f"warm-up epoch(s) of plain batches{rate}")

    def switch_training_set(self, dataset, shard: int,
                            pair_inputs: Optional[Dict[str, Any]] = None) -> None:
        """The next shard of sharded training data, loaded by fairseq between epochs:
        the Assistant goes on with its pairs (:meth:`TokenAssistant.switch_pairs`) once
        it has learnt from every update on the shard before."""
        if len(self.pending):
            raise RuntimeError("a new training set was loaded between a forward pass and "
                               "its update")
        self.worker.drain()
        features = dataset_pair_features(dataset, *self.dictionaries, self.feature_kind)
        self.assistant.switch_pairs(features, shard, pair_inputs or None)
        self.decisions.start_pairs(len(dataset))
        self.dataset = dataset
        memory = self.assistant.memory
        logger.info("AutoAssist: training shard %d of %d (%d pairs)%s", shard,
                    self.assistant.num_shards, len(dataset),
                    "" if memory is None else
                    f"; the pair memory holds the labels of {self.assistant.pairs_remembered}")

    # ---- events from the Boss, on the main thread ----------------------------------

    @property
    def warmup_epochs_replaced(self) -> bool:
        """Whether a fixed onset replaces the paper's warm-up epochs."""
        return self.decisions.onset_update is not None

    def at_update(self, update: int) -> None:
        """The Boss's number of updates so far: where annealing and the onset stand."""
        self.decisions.at_update(update)
        if self.selection_started_at is not None or not self.warmup_epochs_replaced:
            return
        reason = "the fixed onset"
        if not self.decisions.selecting and self.onset is not None:
            if not self.onset.observe(*self.worker.agreement_totals()):
                return
            self.decisions.onset_update = int(update)
            reason = (f"the pair memory's labels agree with the previous visit's for "
                      f"{self.onset.agreement:.3f} of the latest {self.onset.pairs_measured} "
                      f"revisited pairs, at least --assistant-onset-agreement "
                      f"{self.onset.threshold:g}")
        if self.decisions.selecting:
            self.selection_started_at = int(update)
            logger.info("AutoAssist: selection starts at update %d (%s); %s", update, reason,
                        "--assistant-selection none: every candidate is still kept"
                        if self.rule.selection == "none" else "until now every candidate "
                        "was kept")

    def pair_weights(self, ids: np.ndarray, target_lengths: np.ndarray) -> Optional[np.ndarray]:
        """Importance weights of a batch's pairs, or ``None`` when not weighting (or
        when all are 1: warm-up, nothing decided, so fairseq's exact loss)."""
        if self.importance_exponent <= 0:
            return None
        weights = importance_weights(self.decisions.drawn_with(ids), target_lengths,
                                     self.importance_exponent)
        return None if np.all(weights == 1.0) else weights

    def before_forward(self, model: torch.nn.Module) -> None:
        self.pending.before_forward(model)

    def add_losses(self, ids: torch.Tensor, losses: torch.Tensor, lengths: torch.Tensor) -> None:
        """One forward pass's per-pair losses, kept on their device until the update."""
        self.pending.add(ids, losses, lengths)

    @contextlib.contextmanager
    def optimizer_step(self, optimizer, update_num: int) -> Iterator[None]:
        """Around fairseq's optimizer step: after it, this update's losses go to the
        Assistant, unless AMP's scaler skipped the step."""
        # fairseq has just waited for the device (its finite-gradient-norm check), so
        # this update's per-pair losses come to the host now at no extra wait.
        pending = self.pending.take()
        scale_before = amp_loss_scale(optimizer)
        yield
        if self.pending.step_was_skipped(scale_before, optimizer):
            pending = []  # AMP's scaler skipped this update: its losses teach nothing
        feed = self.distributed_feed()
        if not pending and feed is None:
            return
        if pending:
            ids, losses, lengths = (np.concatenate(p) for p in zip(*pending))
            self.tau.update(losses, lengths)
        else:  # a dummy batch: this worker still joins the gather
            ids, losses, lengths = np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64)
        # each kept pair's inverse keep probability, for the label's unbiased averages
        weights = 1.0 / self.decisions.drawn_with(ids) if self.unbiased_threshold else None
        batch = LossBatch(update_num, ids, losses, lengths, weights)
        if feed is None:
            self.worker.submit(batch)
        else:
            feed.submit(self.worker, batch)

    def distributed_feed(self) -> Optional[DistributedFeed]:
        """The gather across data-parallel workers, or ``None`` when training alone."""
        if self._feed is None:
            group, rank, world_size = data_parallel_world()
            if world_size > 1:
                self._feed = DistributedFeed(group, rank, world_size)
        return self._feed

    def check_workers_agree(self, where: str, epoch_batches: int) -> None:
        """With several workers: same Assistant, same epoch length everywhere, or stop."""
        feed = self.distributed_feed()
        if feed is None:
            return
        steps, fingerprint = check_assistants_agree(
            self.assistant, self.worker, feed.gather.group, feed.world_size, epoch_batches
        )
        logger.info(
            "AutoAssist: at the %s the Assistants of %d workers agree (%d steps, weights %s)",
            where, feed.world_size, steps, fingerprint,
        )

    # ---- metrics -------------------------------------------------------------------

    def metric_counts(self, update_num: int) -> Dict[str, float]:
        """Summable counts for this step's logging output (summed over workers too)."""
        candidates, kept = self.decisions.take_counts()
        counters = self.worker.counters
        trained = counters.pairs_trained - self._logged["pairs_trained"]
        correct = counters.pairs_correct - self._logged["pairs_correct"]
        dropped = counters.batches_dropped - self._logged["batches_dropped"]
        skipped = self.pending.skipped_updates - self._logged["skipped_updates"]
        revisited = counters.pairs_revisited - self._logged["pairs_revisited"]
        agreed = counters.labels_agreed - self._logged["labels_agreed"]
        if self._feed is not None and self._feed.rank != 0:
            # the same updates are dropped (and skipped) on every worker: count them once
            dropped = skipped = 0
        self._mark_logged()
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
            "aa_tau": 0.0 if self.tau.value is None else self.tau.value,
            "aa_tau_reports": 0 if self.tau.value is None else 1,
            "aa_revisited": revisited,
            "aa_agreed": agreed,
            "aa_reports": 1,
        }

    def _mark_logged(self) -> None:
        """Remember the worker's totals, so the next log reports what came after them."""
        counters = self.worker.counters
        self._logged.update(
            pairs_trained=counters.pairs_trained,
            pairs_correct=counters.pairs_correct,
            batches_dropped=counters.batches_dropped,
            skipped_updates=self.pending.skipped_updates,
            pairs_revisited=counters.pairs_revisited,
            labels_agreed=counters.labels_agreed,
        )

    @staticmethod
    def log_metrics(logging_outputs, metrics) -> None:
        """fairseq's metrics from the summed counts of :meth:`metric_counts`."""

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
        tau_reports = total("aa_tau_reports")
        if tau_reports > 0:  # a candidate signal for the onset of selection
            metrics.log_scalar("sel_tau", total("aa_tau") / tau_reports, tau_reports, round=3)
        revisited = total("aa_revisited")
        if revisited > 0:  # the pair memory: a revisited pair's label, same as before?
            metrics.log_scalar("mem_agree", total("aa_agreed") / revisited, revisited,
                               round=3)

    # ---- checkpoints ---------------------------------------------------------------

    def state_dict(self) -> Dict[str, Any]:
        """The Assistant's state and the trainer's counters, as tensors and plain
        values (safe under weights_only)."""
        self.worker.drain(timeout=120)
        state = _arrays_as_tensors(self.assistant.state_dict())
        state["last_trained_update"] = int(self.worker.counters.last_trained_update)
        state["batches_dropped"] = int(self.worker.counters.batches_dropped)
        state["selection_started_at"] = (
            -1 if self.selection_started_at is None else int(self.selection_started_at))
        if self.onset is not None:
            state["onset"] = _arrays_as_tensors(self.onset.state_dict())
        return state

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore :meth:`state_dict` (or, with ``--reset-assistant``, only the Boss's
        progress)."""
        started = int(state.get("selection_started_at", -1))
        if started >= 0 and self.warmup_epochs_replaced:
            # selection went on before the stop: it goes on, the switch is not repeated
            self.selection_started_at = started
            self.decisions.onset_update = min(self.decisions.onset_update, started)
            logger.info("AutoAssist: selection started at update %d before the checkpoint",
                        started)
        elif self.onset is not None and state.get("onset") is not None:
            # the agreement measured before the stop counts towards the onset
            self.onset.load_state_dict(_tensors_as_arrays(state["onset"]))
            logger.info("AutoAssist: the automatic onset goes on from the agreement of %d "
                        "revisited pairs measured before the checkpoint",
                        self.onset.pairs_measured)
        # the Boss's progress, for annealing the batches decided before its next update
        self.at_update(int(state.get("last_trained_update", -1)) + 1)
        if self.reset_on_resume:
            logger.info("AutoAssist: --reset-assistant, starting a new Assistant")
            return
        state = _tensors_as_arrays(state)
        assistant = self.assistant
        assistant.load_state_dict(state)
        counters = self.worker.counters
        counters.last_trained_update = int(state.get("last_trained_update", -1))
        counters.batches_dropped = int(state.get("batches_dropped", 0))
        self._mark_logged()
        logger.info(
            "AutoAssist: restored the Assistant (%d steps, confidence %.3f, weights %s)",
            assistant.steps, assistant.confidence, assistant.fingerprint(),
        )
        logger.info("AutoAssist: restored the %s label (%s)", assistant.label.name,
                    assistant.label.summary())
        if assistant.memory is not None:
            logger.info("AutoAssist: the pair memory holds the labels of %d of %d pairs%s",
                        assistant.pairs_remembered, assistant.num_pairs,
                        "" if state.get("memory") is not None
                        else " (the checkpoint had none: it starts empty)")
