"""``learnability``: 1 when the pair's normalised loss fell since its previous visit by
more than the moving average of such falls (the loss-decline signal of Xu et al.,
COLING 2020).

Pairs that stay high (noise) or stay low (learnt) are 0 alike. A pair's first visit
carries no evidence: it is masked out, and only its loss is kept.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

import numpy as np

from . import register_label
from .base import LabelledBatch, PairLabel, batch_mean, moving_average, normalised_losses, \
    optional_float, shown


@register_label
class LearnabilityLabel(PairLabel):
    """1 when a pair's normalised loss fell since its last visit by more than average."""

    name = "learnability"
    help = ("the pair's normalised loss fell since its last visit by more than the "
            "moving average of such falls; a first visit is not trained on")
    needs_previous_visit = True

    def __init__(self, num_pairs: int, decay: float, options: Any = None) -> None:
        super().__init__(num_pairs, decay, options)
        # float32: one per training pair, part of every checkpoint; NaN = never seen
        self.last_losses = np.full(num_pairs, np.nan, dtype=np.float32)
        self.fall_average: Optional[float] = None

    @classmethod
    def oracle(cls, normalised: np.ndarray, previous: Optional[np.ndarray],
               options: Any = None, inputs=None) -> np.ndarray:
        """1 where the normalised loss fell since ``previous`` by more than the mean fall."""
        if previous is None:
            raise ValueError("the learnability label needs every pair's previous loss")
        falls = previous - normalised
        return (falls > falls.mean()).astype(np.float64)

    def label(self, ids, losses, target_lengths, weights=None) -> LabelledBatch:
        ids = np.asarray(ids, dtype=np.int64)
        normalised = normalised_losses(losses, target_lengths)
        previous = self.last_losses[ids].astype(np.float64)
        seen = ~np.isnan(previous)
        falls = np.where(seen, previous - normalised, 0.0)
        if seen.any():
            self.fall_average = moving_average(
                self.fall_average,
                batch_mean(falls[seen], None if weights is None else weights[seen]),
                self.decay,
            )
        labels = np.zeros(len(ids), dtype=np.float64)
        if self.fall_average is not None:
            labels[seen] = (falls[seen] > self.fall_average).astype(np.float64)
        self.last_losses[ids] = normalised
        return LabelledBatch(labels, seen)

    def state_dict(self) -> Dict[str, Any]:
        return {"last_losses": self.last_losses.copy(), "fall_average": self.fall_average}

    def pair_state(self) -> Dict[str, np.ndarray]:
        return {"last_losses": self.last_losses}

    def start_pairs(self, num_pairs: int, pair_state: Optional[Dict[str, Any]] = None) -> None:
        super().start_pairs(num_pairs)
        self.last_losses = (np.full(num_pairs, np.nan, dtype=np.float32) if not pair_state
                            else np.asarray(pair_state["last_losses"], dtype=np.float32))

    def summary(self) -> str:
        seen = int(np.count_nonzero(~np.isnan(self.last_losses)))
        return (f"losses of {seen} of {self.last_losses.size} pairs, "
                f"average fall {shown(self.fall_average)}")

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
        self.fall_average = optional_float(state["fall_average"])
