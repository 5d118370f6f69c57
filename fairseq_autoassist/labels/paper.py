"""``paper``: 1 when the normalised loss is above the moving average of normalised
losses (AutoAssist, Zhang et al. 2019).

It calls about half of all pairs informative whatever the Boss knows, and favours
pairs that stay hard because they are noise (Mindermann et al., RHO-LOSS, ICML 2022).
"""
from __future__ import annotations

from typing import Any, Dict, Optional

import numpy as np

from . import register_label
from .base import LabelledBatch, PairLabel, batch_mean, moving_average, normalised_losses, \
    optional_float, shown


@register_label
class PaperLabel(PairLabel):
    """1 above the moving average of normalised losses (AutoAssist's label)."""

    name = "paper"
    help = "normalised loss above its moving average"

    def __init__(self, num_pairs: int, decay: float, options: Any = None) -> None:
        super().__init__(num_pairs, decay, options)
        self._loss_average: Optional[float] = None

    @classmethod
    def oracle(cls, normalised: np.ndarray, previous: Optional[np.ndarray] = None,
               options: Any = None, inputs=None) -> np.ndarray:
        """1 above the training set's mean normalised loss."""
        return (normalised > normalised.mean()).astype(np.float64)

    @property
    def loss_average(self) -> Optional[float]:
        return self._loss_average

    def label(self, ids, losses, target_lengths, weights=None) -> LabelledBatch:
        normalised = normalised_losses(losses, target_lengths)
        self._loss_average = moving_average(
            self._loss_average, batch_mean(normalised, weights), self.decay
        )
        labels = (normalised > self._loss_average).astype(np.float64)
        return LabelledBatch(labels, np.ones(len(labels), dtype=bool))

    def state_dict(self) -> Dict[str, Any]:
        return {"loss_average": self._loss_average}

    def summary(self) -> str:
        return f"loss average {shown(self._loss_average)}"

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        self._loss_average = optional_float(state["loss_average"])
