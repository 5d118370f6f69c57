"""The shrinking rule: the probability with which each candidate pair goes on to the Boss.

Each candidate is kept with probability ``p_keep = b + (1 - b) * a(x, y)`` from the
Assistant (:meth:`TokenAssistant.keep_probability`), by an independent Bernoulli draw
(:meth:`ShrinkingRule.keep_mask`).

With annealing (``--assistant-anneal-fraction``, :mod:`fairseq_autoassist.annealing`)
the Assistant's probabilities are raised towards 1 by the Boss's progress, the update
count the caller passes. Batches are decided a few dozen updates ahead of the Boss, so
the fade reaches them that many updates late.

``selection="uniform"`` is an ablation for benchmarks: each candidate of a chunk is
kept with the chunk's mean keep probability, so shrinking drops as many pairs as the
Assistant would, but prefers none. It separates what the Assistant's choice of pairs
is worth from what dropping that many pairs costs.

:class:`KeepDecisions` is where one run's decisions meet: the iterator takes keep
masks from it on fairseq's data-loading thread (and reports the candidates and kept
pairs behind each batch that goes out), the run tells it the Boss's progress and
reads back, per pair, the probability it was drawn with (for importance weighting,
``--assistant-importance-weighting``; a pair never decided counts as drawn with 1)
and the counts behind the ``keep_rate`` metric. The counts are locked; the
probabilities are written per pair before the batch holding the pair exists.
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
    """Keep probabilities from the Assistant's current ones, and Bernoulli draws."""

    def __init__(self, assistant: KeepProbability,
                 annealing: Optional[KeepAnnealing] = None,
                 selection: str = "assistant") -> None:
        if selection not in SELECTIONS:
            raise ValueError(f"unknown selection {selection!r}; choose one of {SELECTIONS}")
        self.assistant = assistant
        self.selection = selection
        self.annealing = annealing

    def keep_probability(self, ids: np.ndarray, update: int = 0) -> np.ndarray:
        """The Assistant's keep probabilities (their mean, for the uniform ablation),
        annealed by the Boss's progress (``update``)."""
        probabilities = self.assistant.keep_probability(ids)
        if self.selection == "uniform" and len(probabilities):
            probabilities = np.full(len(probabilities), probabilities.mean())
        if self.annealing is None:
            return probabilities
        return self.annealing.apply(probabilities, update)

    @staticmethod
    def draw(probabilities: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """A boolean mask: ``True`` where a pair is kept, one Bernoulli draw each."""
        return rng.random(len(probabilities)) < probabilities


class KeepDecisions:
    """One run's keep decisions: masks from the rule at the Boss's progress, the
    probability each kept pair was drawn with, and the counts of what went out.

    With an ``onset_update``, every candidate is kept (probability 1) until the Boss
    has made that many updates, and the rule decides from then on.

    The probabilities pairs were drawn with are remembered (4 bytes per training pair)
    only with ``remember_probabilities``, for the options that read them (importance
    weighting, the unbiased threshold); otherwise every pair reads as drawn with 1."""

    def __init__(self, rule: ShrinkingRule, onset_update: Optional[int] = None,
                 remember_probabilities: bool = True) -> None:
        self.rule = rule
        self.onset_update = onset_update
        self.update = 0
        self._drawn_with: Optional[np.ndarray] = (
            np.ones(rule.assistant.num_pairs, dtype=np.float32)
            if remember_probabilities else None)
        self._lock = threading.Lock()
        self._candidates = 0.0
        self._kept = 0

    def start_pairs(self, num_pairs: int) -> None:
        """Another training set (the next shard): no pair of it drawn yet."""
        if self._drawn_with is not None:
            self._drawn_with = np.ones(num_pairs, dtype=np.float32)

    def at_update(self, update: int) -> None:
        """The Boss's number of updates so far: where annealing stands."""
        self.update = int(update)

    @property
    def selecting(self) -> bool:
        """Whether the rule decides yet (always, without an onset)."""
        return self.onset_update is None or self.update >= self.onset_update

    def keep_probability(self, ids: np.ndarray) -> np.ndarray:
        if not self.selecting:
            return np.ones(len(ids), dtype=np.float64)
        return self.rule.keep_probability(ids, self.update)

    def keep_mask(self, ids: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Bernoulli keep decisions over ``ids``; each kept pair's probability is
        remembered."""
        probabilities = self.keep_probability(ids)
        mask = self.rule.draw(probabilities, rng)
        self.record_taken(ids[mask], probabilities[mask])
        return mask

    def record_taken(self, ids: np.ndarray, probabilities: np.ndarray) -> None:
        """Record the keep probabilities the pairs ``ids`` were chosen with."""
        if self._drawn_with is not None:
            self._drawn_with[ids] = probabilities

    def drawn_with(self, ids: np.ndarray) -> np.ndarray:
        """The keep probability each pair of ``ids`` was last chosen with (1 if never, or
        when not remembered)."""
        if self._drawn_with is None:
            return np.ones(len(ids), dtype=np.float64)
        return self._drawn_with[np.asarray(ids, dtype=np.int64)].astype(np.float64)

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
