"""The shrinking rule: which candidate pairs go on to the Boss.

Each candidate is kept with probability ``p_keep = b + (1 - b) * a(x, y)`` from the
Assistant (:meth:`TokenAssistant.keep_probability`), by an independent Bernoulli draw.
The rule also accumulates the counts of candidates and kept pairs that the iterator
reports as its batches go out; the task turns them into the ``keep_rate`` metric.
Counting is locked because batches are made on fairseq's data-loading thread while
the main thread reads the counts.

It remembers the probability each kept pair was drawn with, so that the task can
weight that pair's loss (importance weighting, ``--assistant-importance-weighting``).
A pair never decided (warm-up, ``base`` 1) counts as drawn with probability 1.

With annealing (``--assistant-anneal-fraction``, :mod:`fairseq_autoassist.annealing`)
the Assistant's probabilities are raised towards 1 by the Boss's progress, which the
task reports at each Boss update (:meth:`ShrinkingRule.at_update`). Batches are decided a
few dozen updates ahead of the Boss, so the fade reaches them that many updates late.

``selection="uniform"`` is an ablation for benchmarks: each candidate of a chunk is
kept with the chunk's mean keep probability, so shrinking drops as many pairs as the
Assistant would, but prefers none. It separates what the Assistant's choice of pairs
is worth from what dropping that many pairs costs.
"""
from __future__ import annotations

import threading
from typing import Optional, Protocol, Tuple

import numpy as np

from .annealing import KeepAnnealing

SELECTIONS = ("assistant", "uniform")


class KeepProbability(Protocol):
    num_pairs: int

    def keep_probability(self, ids: np.ndarray) -> np.ndarray: ...


class ShrinkingRule:
    """Bernoulli keep decisions from the Assistant's current keep probabilities."""

    def __init__(self, assistant: KeepProbability,
                 annealing: Optional[KeepAnnealing] = None,
                 selection: str = "assistant") -> None:
        if selection not in SELECTIONS:
            raise ValueError(f"unknown selection {selection!r}; choose one of {SELECTIONS}")
        self.assistant = assistant
        self.selection = selection
        self.annealing = annealing
        self._update = 0
        self._lock = threading.Lock()
        self._candidates = 0.0
        self._kept = 0
        self._drawn_with = np.ones(assistant.num_pairs, dtype=np.float64)

    def keep_mask(self, ids: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """A boolean mask over ``ids``: ``True`` where the pair is kept."""
        probabilities = self.keep_probability(ids)
        mask = rng.random(len(ids)) < probabilities
        self.remember(ids[mask], probabilities[mask])
        return mask

    def at_update(self, update: int) -> None:
        """The Boss's number of updates so far: where annealing stands."""
        self._update = int(update)

    def keep_probability(self, ids: np.ndarray) -> np.ndarray:
        """The Assistant's keep probabilities (their mean, for the uniform ablation),
        annealed by the Boss's progress."""
        probabilities = self.assistant.keep_probability(ids)
        if self.selection == "uniform" and len(probabilities):
            probabilities = np.full(len(probabilities), probabilities.mean())
        if self.annealing is None:
            return probabilities
        return self.annealing.apply(probabilities, self._update)

    def remember(self, ids: np.ndarray, probabilities: np.ndarray) -> None:
        """Record the keep probabilities the pairs ``ids`` were chosen with."""
        self._drawn_with[ids] = probabilities

    def drawn_with(self, ids: np.ndarray) -> np.ndarray:
        """The keep probability each pair of ``ids`` was last chosen with (1 if never)."""
        return self._drawn_with[np.asarray(ids, dtype=np.int64)]

    def count(self, candidates: float, kept: int) -> None:
        """Record the candidates behind a batch and the pairs it kept."""
        with self._lock:
            self._candidates += candidates
            self._kept += kept

    def take_counts(self) -> Tuple[float, int]:
        """``(candidates, kept)`` since the previous call."""
        with self._lock:
            counts = (self._candidates, self._kept)
            self._candidates = self._kept = 0
        return counts
