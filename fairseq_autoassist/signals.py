"""Signals an onset of selection could read, computed free from what training has.

Selection pays late in training and loses early (docs/selection-probe.md); an online
rule needs a signal that crosses a threshold where it starts to pay. This module holds
the candidates that cost nothing: they are computed from the per-pair losses the
criterion's forward pass already gives, and logged every interval so that training
runs record them beside the curves they are to predict.

- ``sel_tau``: Katharopoulos and Fleuret's tau (ICML 2018), a moving average (momentum
  0.9) of ``1 / sqrt(1 - ||g - u||^2 / ||g||^2)`` over a batch's normalised per-sample
  scores ``g`` (``u`` uniform), which for scores normalised to sum to one is
  ``sqrt(1 + CV^2)``, CV the coefficient of variation of the scores (here each pair's
  loss per target token). It measures how much importance sampling could reduce the
  gradient's variance: 1 when every pair's loss is the same; their threshold is about 2
  (``../shared/design/selection-literature.md``).
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from .labels import normalised_losses


def batch_tau(losses: np.ndarray, target_lengths: np.ndarray) -> Optional[float]:
    """``sqrt(1 + CV^2)`` of a batch's losses per target token (``None`` for fewer than
    two pairs, or losses that are all zero)."""
    normalised = normalised_losses(losses, target_lengths)
    if len(normalised) < 2 or normalised.mean() <= 0:
        return None
    variation = normalised.std() / normalised.mean()
    return math.sqrt(1.0 + variation * variation)


class MovingTau:
    """The moving average of :func:`batch_tau` over the updates (momentum 0.9)."""

    def __init__(self, momentum: float = 0.9) -> None:
        self.momentum = momentum
        self.value: Optional[float] = None

    def update(self, losses: np.ndarray, target_lengths: np.ndarray) -> Optional[float]:
        tau = batch_tau(losses, target_lengths)
        if tau is not None:
            self.value = tau if self.value is None else (
                self.momentum * self.value + (1.0 - self.momentum) * tau)
        return self.value
