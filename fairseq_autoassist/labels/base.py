"""What every label is: an online rule over batches of losses and its exact oracle.

A label turns one batch of the Boss's per-pair losses into 0/1 labels and a mask of
the pairs that carry evidence (the Assistant trains and measures its accuracy on
those only). Every label works on the loss divided by the target length (the
*normalised* loss) and keeps its own running state, which belongs to the training
state (:meth:`PairLabel.state_dict`, numpy arrays and plain values only).

Its *oracle* is the same rule applied to every training pair's loss at once, with
each running average replaced by its exact value over the training set: what the
label says when known exactly. The selection probe selects by it; the Assistant has
to predict it.

What it is not: it knows nothing of the Assistant's model, fairseq or torch (numpy
only), and it is not thread-safe: the Assistant calls it under its own lock. Under
data-parallel training every worker's Assistant sees the same gathered losses in the
same order, so every worker's label state stays the same.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar, Dict, Mapping, Optional, Tuple

import numpy as np


@dataclass(frozen=True)
class LabelledBatch:
    """Labels (0/1 floats) of a batch and which of its pairs to train on."""

    labels: np.ndarray
    mask: np.ndarray


def normalised_losses(losses: np.ndarray, target_lengths: np.ndarray) -> np.ndarray:
    """Loss per target token (a length of 0 counts as 1)."""
    return np.asarray(losses, np.float64) / np.maximum(
        np.asarray(target_lengths, np.float64), 1.0
    )


def moving_average(average: Optional[float], value: float, decay: float) -> float:
    """``decay * average + (1 - decay) * value``; the first value starts it."""
    if average is None:
        return value
    return decay * average + (1.0 - decay) * value


def batch_mean(values: np.ndarray, weights: Optional[np.ndarray] = None) -> float:
    """The batch's mean; with ``weights`` (each pair's inverse keep probability) the
    weighted mean, an estimate of the mean over every candidate, kept or not."""
    if weights is None:
        return float(values.mean())
    return float(np.average(values, weights=weights))


def batch_quantile(values: np.ndarray, quantile: float,
                   weights: Optional[np.ndarray] = None) -> float:
    """The batch's ``quantile``; with ``weights``, of the distribution in which each
    value counts its weight: numpy's linear interpolation between order statistics,
    placed at the weight before each value (with equal weights, ``np.quantile``)."""
    if weights is None:
        return float(np.quantile(values, quantile))
    order = np.argsort(values, kind="stable")
    ordered_weights = np.asarray(weights, dtype=np.float64)[order]
    before = np.cumsum(ordered_weights) - ordered_weights
    return float(np.interp(quantile * before[-1], before, values[order]))


def shown(value: Optional[float]) -> str:
    return "none yet" if value is None else f"{value:.4f}"


def optional_float(value: Any) -> Optional[float]:
    return None if value is None else float(value)


class PairLabel(ABC):
    """One way of labelling pairs from the Boss's losses, with its running state.

    A subclass sets ``name`` and ``help``, and ``Options`` when it has options of its
    own (a dataclass of ``--assistant-*`` fields made with
    :func:`fairseq_autoassist.options.option`), and registers itself with
    :func:`fairseq_autoassist.labels.register_label`.
    """

    name: ClassVar[str]
    help: ClassVar[str]
    Options: ClassVar[Optional[type]] = None
    # whether the oracle needs each pair's loss at its previous visit (and the online
    # rule masks a pair's first visit)
    needs_previous_visit: ClassVar[bool] = False
    # what the label reads per training pair besides the Boss's losses, made before
    # training and stored beside the data (e.g. ``irreducible``: the losses of models
    # that never trained on the pair, fairseq_autoassist.irreducible)
    pair_inputs: ClassVar[Tuple[str, ...]] = ()

    def __init__(self, num_pairs: int, decay: float, options: Any = None) -> None:
        self.num_pairs = num_pairs
        self.decay = decay
        self.options = options
        self.inputs: Dict[str, np.ndarray] = {}

    @classmethod
    @abstractmethod
    def oracle(cls, normalised: np.ndarray, previous: Optional[np.ndarray],
               options: Any = None, inputs: Optional[Mapping[str, np.ndarray]] = None,
               ) -> np.ndarray:
        """The exact label (0/1 floats) of every training pair from its normalised loss
        now and, for labels that need it, at its previous visit and the
        :attr:`pair_inputs` of every pair."""

    def set_pair_inputs(self, inputs: Optional[Mapping[str, np.ndarray]]) -> None:
        """The :attr:`pair_inputs` of the current training set (one value per pair; a
        shard's own when the data is sharded). Refuses missing or mis-sized ones."""
        inputs = dict(inputs or {})
        missing = [name for name in self.pair_inputs if name not in inputs]
        if missing:
            raise ValueError(f"the {self.name} label needs the training pairs' "
                             f"{', '.join(missing)}, which were not given")
        for name in self.pair_inputs:
            if len(inputs[name]) != self.num_pairs:
                raise ValueError(
                    f"the {self.name} label was given {len(inputs[name])} values of "
                    f"{name} for a training set of {self.num_pairs} pairs")
        self.inputs = {name: inputs[name] for name in self.pair_inputs}

    @abstractmethod
    def label(
        self, ids: np.ndarray, losses: np.ndarray, target_lengths: np.ndarray,
        weights: Optional[np.ndarray] = None,
    ) -> LabelledBatch:
        """Update the running state with this batch and label its pairs. With
        ``weights`` (each kept pair's inverse keep probability) the running averages
        are weighted, so that they estimate those of every candidate, not only of the
        pairs shrinking kept (``--assistant-unbiased-threshold``)."""

    @abstractmethod
    def state_dict(self) -> Dict[str, Any]:
        """The running state (numpy arrays and plain values)."""

    @abstractmethod
    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore :meth:`state_dict`; ``ValueError`` when it does not fit."""

    def pair_state(self) -> Dict[str, np.ndarray]:
        """The part of the state held per training pair (none for most labels)."""
        return {}

    def start_pairs(self, num_pairs: int, pair_state: Optional[Dict[str, Any]] = None) -> None:
        """Another training set (a shard of sharded data): its pairs' state, as
        :meth:`pair_state` gave it at the set's last visit, or fresh. The running
        averages are the label's, not the set's: they go on."""
        self.num_pairs = num_pairs

    @abstractmethod
    def summary(self) -> str:
        """The running state in a few words, for the log."""

    @property
    def loss_average(self) -> Optional[float]:
        """The moving average of normalised losses, for labels that keep one."""
        return None
