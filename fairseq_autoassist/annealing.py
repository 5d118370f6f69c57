"""Annealing back to the full data near the end of training.

Shrinking biases the Boss towards the pairs the Assistant calls informative. Early on
that is the point; near the end the Boss is fine-tuning on what it will be scored on,
and the skipped pairs are part of it. With annealing, each pair's drop probability
``1 - p_keep`` is scaled by ``1 - progress``, where ``progress`` rises linearly from 0
at ``start_update`` to 1 at ``end_update``:

    p_annealed = 1 - (1 - progress) * (1 - p_keep)

At progress 0 this is the Assistant's rule unchanged; at 1 every pair is kept, as in
plain fairseq (with the shrinking iterator's packing). The Assistant's preferences are
kept in between: a pair it wants is never kept less often than one it does not.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np


@dataclass(frozen=True)
class KeepAnnealing:
    """A linear fade of shrinking from ``start_update`` to ``end_update``."""

    start_update: int
    end_update: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_update <= self.end_update:
            raise ValueError(
                f"annealing needs 0 <= start_update <= end_update, got "
                f"{self.start_update} and {self.end_update}"
            )

    @classmethod
    def over_last(cls, fraction: float, max_update: int) -> Optional["KeepAnnealing"]:
        """Annealing over the last ``fraction`` of ``max_update`` updates (``None`` for 0)."""
        if not 0.0 <= fraction <= 1.0:
            raise ValueError(f"the annealed fraction must be in [0, 1], got {fraction}")
        if fraction == 0.0:
            return None
        if max_update <= 0:
            raise ValueError(
                "--assistant-anneal-fraction is a fraction of --max-update, which is not "
                "set: give --max-update, or leave annealing off (--assistant-anneal-fraction 0)"
            )
        start = int(round(max_update * (1.0 - fraction)))
        return cls(start_update=start, end_update=max_update)

    def progress(self, update: int) -> float:
        """0 before the fade, 1 after it, linear in between."""
        if update <= self.start_update:
            return 0.0
        if update >= self.end_update:
            return 1.0
        return (update - self.start_update) / (self.end_update - self.start_update)

    def apply(self, keep_probabilities: np.ndarray, update: int) -> np.ndarray:
        """The annealed keep probabilities at ``update``."""
        progress = self.progress(update)
        probabilities = np.asarray(keep_probabilities, dtype=np.float64)
        if progress == 0.0:
            return probabilities
        return 1.0 - (1.0 - progress) * (1.0 - probabilities)
