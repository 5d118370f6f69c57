"""What the Assistant learns to predict: the label of a pair from the Boss's losses.

A label turns one batch of the Boss's per-pair losses into 0/1 labels and a mask of
the pairs that carry evidence (the Assistant trains and measures its accuracy on
those only). Every label works on the loss divided by the target length (the
*normalised* loss) and keeps its own running state, which belongs to the training
state (:meth:`PairLabel.state_dict`, numpy arrays and plain values only).

- ``paper``: 1 when the normalised loss is above an exponential moving average of
  normalised losses (AutoAssist, Zhang et al. 2019). It calls about half of all pairs
  informative whatever the Boss knows, and favours pairs that stay hard because they
  are noise (Mindermann et al., RHO-LOSS, ICML 2022).
- ``learnability``: 1 when the pair's normalised loss fell since its previous visit by
  more than the moving average of such falls (the loss-decline signal of Xu et al.,
  COLING 2020). Pairs that stay high (noise) or stay low (learnt) are 0 alike. A
  pair's first visit carries no evidence: it is masked out, and only its loss is kept.
- ``noise-aware``: the paper's label, except that pairs above a moving high quantile
  of normalised losses are 0: the highest losses are likely noise (loss truncation,
  Kang and Hashimoto, ACL 2020).

What it is not: it knows nothing of the Assistant's model, fairseq or torch (numpy
only), and it is not thread-safe: the Assistant calls it under its own lock.
Under data-parallel training every worker's Assistant sees the same gathered losses
in the same order, so every worker's label state stays the same.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

import numpy as np

LABELS: Tuple[str, ...] = ("paper", "learnability", "noise-aware")


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


def _moving_average(average: Optional[float], value: float, decay: float) -> float:
    """``decay * average + (1 - decay) * value``; the first value starts it."""
    if average is None:
        return value
    return decay * average + (1.0 - decay) * value


def _shown(value: Optional[float]) -> str:
    return "none yet" if value is None else f"{value:.4f}"


def _optional_float(value: Any) -> Optional[float]:
    return None if value is None else float(value)


class PairLabel(ABC):
    """One way of labelling pairs from the Boss's losses, with its running state."""

    name: str

    @abstractmethod
    def label(
        self, ids: np.ndarray, losses: np.ndarray, target_lengths: np.ndarray
    ) -> LabelledBatch:
        """Update the running state with this batch and label its pairs."""

    @abstractmethod
    def state_dict(self) -> Dict[str, Any]:
        """The running state (numpy arrays and plain values)."""

    @abstractmethod
    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore :meth:`state_dict`; ``ValueError`` when it does not fit."""

    @abstractmethod
    def summary(self) -> str:
        """The running state in a few words, for the log."""

    @property
    def loss_average(self) -> Optional[float]:
        """The moving average of normalised losses, for labels that keep one."""
        return None


class PaperLabel(PairLabel):
    """1 above the moving average of normalised losses (AutoAssist's label)."""

    name = "paper"

    def __init__(self, decay: float) -> None:
        self.decay = decay
        self._loss_average: Optional[float] = None

    @property
    def loss_average(self) -> Optional[float]:
        return self._loss_average

    def label(self, ids, losses, target_lengths) -> LabelledBatch:
        normalised = normalised_losses(losses, target_lengths)
        self._loss_average = _moving_average(
            self._loss_average, float(normalised.mean()), self.decay
        )
        labels = (normalised > self._loss_average).astype(np.float64)
        return LabelledBatch(labels, np.ones(len(labels), dtype=bool))

    def state_dict(self) -> Dict[str, Any]:
        return {"loss_average": self._loss_average}

    def summary(self) -> str:
        return f"loss average {_shown(self._loss_average)}"

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        self._loss_average = _optional_float(state["loss_average"])


class NoiseAwareLabel(PaperLabel):
    """The paper's label, but 0 above a moving ``quantile`` of normalised losses."""

    name = "noise-aware"

    def __init__(self, decay: float, quantile: float) -> None:
        if not 0.5 < quantile < 1.0:
            raise ValueError(f"noise quantile must be in (0.5, 1), got {quantile}")
        super().__init__(decay)
        self.quantile = quantile
        self.loss_quantile: Optional[float] = None

    def label(self, ids, losses, target_lengths) -> LabelledBatch:
        normalised = normalised_losses(losses, target_lengths)
        self.loss_quantile = _moving_average(
            self.loss_quantile, float(np.quantile(normalised, self.quantile)), self.decay
        )
        above_mean = super().label(ids, losses, target_lengths)
        labels = above_mean.labels * (normalised < self.loss_quantile)
        return LabelledBatch(labels, above_mean.mask)

    def state_dict(self) -> Dict[str, Any]:
        return {**super().state_dict(), "loss_quantile": self.loss_quantile}

    def summary(self) -> str:
        return f"{super().summary()}, {self.quantile}-quantile {_shown(self.loss_quantile)}"

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        super().load_state_dict(state)
        self.loss_quantile = _optional_float(state["loss_quantile"])


class LearnabilityLabel(PairLabel):
    """1 when a pair's normalised loss fell since its last visit by more than average."""

    name = "learnability"

    def __init__(self, num_pairs: int, decay: float) -> None:
        self.decay = decay
        # float32: one per training pair, part of every checkpoint; NaN = never seen
        self.last_losses = np.full(num_pairs, np.nan, dtype=np.float32)
        self.fall_average: Optional[float] = None

    def label(self, ids, losses, target_lengths) -> LabelledBatch:
        ids = np.asarray(ids, dtype=np.int64)
        normalised = normalised_losses(losses, target_lengths)
        previous = self.last_losses[ids].astype(np.float64)
        seen = ~np.isnan(previous)
        falls = np.where(seen, previous - normalised, 0.0)
        if seen.any():
            self.fall_average = _moving_average(
                self.fall_average, float(falls[seen].mean()), self.decay
            )
        labels = np.zeros(len(ids), dtype=np.float64)
        if self.fall_average is not None:
            labels[seen] = (falls[seen] > self.fall_average).astype(np.float64)
        self.last_losses[ids] = normalised
        return LabelledBatch(labels, seen)

    def state_dict(self) -> Dict[str, Any]:
        return {"last_losses": self.last_losses.copy(), "fall_average": self.fall_average}

    def summary(self) -> str:
        seen = int(np.count_nonzero(~np.isnan(self.last_losses)))
        return (f"losses of {seen} of {self.last_losses.size} pairs, "
                f"average fall {_shown(self.fall_average)}")

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        last = np.asarray(state["last_losses"], dtype=np.float32)
        if last.shape != self.last_losses.shape:
            raise ValueError(
                f"the checkpoint's learnability label holds the last losses of "
                f"{last.size} training pairs, this data has {self.last_losses.size} pairs. "
                "Resume with the data the checkpoint was trained on, or pass "
                "--reset-assistant to start the Assistant afresh."
            )
        self.last_losses[:] = last
        self.fall_average = _optional_float(state["fall_average"])


def build_label(kind: str, num_pairs: int, decay: float, noise_quantile: float) -> PairLabel:
    """The label named ``kind`` (one of :data:`LABELS`) for ``num_pairs`` pairs."""
    if kind == "paper":
        return PaperLabel(decay)
    if kind == "learnability":
        return LearnabilityLabel(num_pairs, decay)
    if kind == "noise-aware":
        return NoiseAwareLabel(decay, noise_quantile)
    raise ValueError(f"label must be one of {', '.join(LABELS)}, got {kind!r}")
