"""``noise-aware``: the paper's label, except that pairs above a moving high quantile
of normalised losses are 0: the highest losses are likely noise (loss truncation,
Kang and Hashimoto, ACL 2020).

(No ``from __future__ import annotations`` here: fairseq reads the options' types.)
"""

from dataclasses import dataclass
from typing import Any, Dict, Optional

import numpy as np

from ..options import CheckedOptions, between, option
from . import register_label
from .base import LabelledBatch, batch_quantile, moving_average, normalised_losses, \
    optional_float, shown
from .paper import PaperLabel


@dataclass
class NoiseAwareOptions(CheckedOptions):
    assistant_noise_quantile: float = option(
        0.95,
        "for --assistant-label noise-aware: the quantile q of each batch's normalised "
        "losses whose moving average (decay --assistant-loss-decay) bounds the "
        "informative pairs from above",
        between(0.5, 1.0, low_open=True, high_open=True),
    )


@register_label
class NoiseAwareLabel(PaperLabel):
    """The paper's label, but 0 above a moving quantile of normalised losses."""

    name = "noise-aware"
    help = ("paper, but 0 above a moving high quantile of normalised losses, see "
            "--assistant-noise-quantile")
    Options = NoiseAwareOptions

    def __init__(self, num_pairs: int, decay: float, options: Any = None) -> None:
        super().__init__(num_pairs, decay, options or NoiseAwareOptions())
        self.quantile = self.options.assistant_noise_quantile
        self.loss_quantile: Optional[float] = None

    @classmethod
    def oracle(cls, normalised: np.ndarray, previous: Optional[np.ndarray] = None,
               options: Any = None, inputs=None) -> np.ndarray:
        """The paper's oracle, 0 above the training set's quantile."""
        quantile = (options or NoiseAwareOptions()).assistant_noise_quantile
        return PaperLabel.oracle(normalised) * (normalised < np.quantile(normalised, quantile))

    def label(self, ids, losses, target_lengths, weights=None) -> LabelledBatch:
        normalised = normalised_losses(losses, target_lengths)
        self.loss_quantile = moving_average(
            self.loss_quantile, batch_quantile(normalised, self.quantile, weights), self.decay
        )
        above_mean = super().label(ids, losses, target_lengths, weights)
        labels = above_mean.labels * (normalised < self.loss_quantile)
        return LabelledBatch(labels, above_mean.mask)

    def state_dict(self) -> Dict[str, Any]:
        return {**super().state_dict(), "loss_quantile": self.loss_quantile}

    def summary(self) -> str:
        return f"{super().summary()}, {self.quantile}-quantile {shown(self.loss_quantile)}"

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        super().load_state_dict(state)
        self.loss_quantile = optional_float(state["loss_quantile"])
