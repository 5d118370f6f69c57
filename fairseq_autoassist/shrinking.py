"""The shrinking rule: which candidate pairs go on to the Boss.

Each candidate is kept with probability ``p_keep = b + (1 - b) * a(x, y)`` from the
Assistant (:meth:`TokenAssistant.keep_probability`), by an independent Bernoulli draw.
The rule also counts candidates and kept pairs; the task turns those counts into the
``keep_rate`` metric. Counting is locked because decisions are taken on fairseq's
data-loading thread while the main thread reads the counts.
"""
from __future__ import annotations

import threading
from typing import Protocol, Tuple

import numpy as np


class KeepProbability(Protocol):
    def keep_probability(self, ids: np.ndarray) -> np.ndarray: ...


class ShrinkingRule:
    """Bernoulli keep decisions from the Assistant's current keep probabilities."""

    def __init__(self, assistant: KeepProbability) -> None:
        self.assistant = assistant
        self._lock = threading.Lock()
        self._candidates = 0
        self._kept = 0

    def keep_mask(self, ids: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """A boolean mask over ``ids``: ``True`` where the pair is kept."""
        probabilities = self.assistant.keep_probability(ids)
        mask = rng.random(len(ids)) < probabilities
        self.count(len(ids), int(mask.sum()))
        return mask

    def count(self, candidates: int, kept: int) -> None:
        """Record decisions taken elsewhere (the warm-up keeps every candidate)."""
        with self._lock:
            self._candidates += candidates
            self._kept += kept

    def take_counts(self) -> Tuple[int, int]:
        """``(candidates, kept)`` since the previous call."""
        with self._lock:
            counts = (self._candidates, self._kept)
            self._candidates = self._kept = 0
        return counts
