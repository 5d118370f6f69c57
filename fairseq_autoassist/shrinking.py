"""The shrinking rule: the probability with which each candidate pair goes on to the Boss.

Each candidate is kept with probability ``p_keep = b + (1 - b) * a(x, y)`` from the
Assistant (:meth:`TokenAssistant.keep_probability`), by an independent Bernoulli draw
(:meth:`ShrinkingRule.keep_mask`).

With annealing (``--assistant-anneal-fraction``, :mod:`fairseq_autoassist.annealing`)
the Assistant's probabilities are raised towards 1 by the Boss's progress, the update
count the caller passes. Batches are decided a few dozen updates ahead of the Boss, so
the fade reaches them that many updates late.

With a keep-rate target (``--assistant-keep-rate``, :func:`scaled_to_mean`) each
chunk's probabilities are scaled by one factor (capped at 1) so that their mean is the
target: the Assistant still orders the pairs, the target sets how many go on. The
selection probe measured selection's gain at a keep rate of 0.5; left to itself the
paper's rule keeps ever fewer once the pair memory holds stale labels of 0 (a pair
remembered as easy is seen again only at the floor rate, so it is seldom relabelled).

``selection="none"`` (the rule of the plug-in's default, ``--assistant-selection none``) keeps every
candidate: the shrinking iterator's batches without the Assistant's choice. On both
presets measured (docs/benchmarks.md, ``bible`` and ``bible-long``) the Assistant's choice
after the onset ended below keeping everything, by BLEU on both and by NLL on the longer
one, so selection is what a user asks for, not what they get unasked.

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

# which pairs shrinking drops once selection starts (the rule of each method of
# --assistant-selection, fairseq_autoassist.methods)
SELECTIONS = ("none", "assistant", "uniform")


class KeepProbability(Protocol):
    num_pairs: int

    def keep_probability(self, ids: np.ndarray) -> np.ndarray: ...


def scaled_to_mean(probabilities: np.ndarray, target: float) -> np.ndarray:
    """``min(1, s * p)`` with the one factor ``s`` that makes their mean ``target``:
    the order of the pairs is kept. Pairs of probability 0 stay at 0 unless the others,
    all at 1, fall short of the target; then they share what is missing."""
    n = len(probabilities)
    if n == 0:
        return probabilities
    ordered = np.sort(probabilities)[::-1]
    rest = np.cumsum(ordered[::-1])[::-1]  # rest[k]: the sum of all but the k largest
    capped = np.arange(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        # with the k largest at 1, the factor that gives the others the rest of the target
        scale = (target * n - capped) / rest
        fits = (rest > 0) & (scale * ordered <= 1.0)
    if fits.any():
        return np.minimum(1.0, scale[np.argmax(fits)] * probabilities)
    positive = probabilities > 0
    share = (target * n - positive.sum()) / max(n - positive.sum(), 1)
    return np.where(positive, 1.0, min(max(share, 0.0), 1.0))


class ShrinkingRule:
    """Keep probabilities from the Assistant's current ones, and Bernoulli draws."""

    def __init__(self, assistant: KeepProbability,
                 annealing: Optional[KeepAnnealing] = None,
                 selection: str = "assistant", keep_rate: float = 0.0) -> None:
        if selection not in SELECTIONS:
            raise ValueError(f"unknown selection {selection!r}; choose one of {SELECTIONS}")
        if not 0.0 <= keep_rate <= 1.0:
            raise ValueError(f"the keep-rate target must lie in [0, 1], not {keep_rate}")
        self.assistant = assistant
        self.selection = selection
        self.annealing = annealing
        self.keep_rate = keep_rate

    def keep_probability(self, ids: np.ndarray, update: int = 0) -> np.ndarray:
        """The Assistant's keep probabilities (their mean, for the uniform ablation; 1
        for every pair with selection ``none``), scaled to the keep-rate target if there
        is one, annealed by the Boss's progress (``update``)."""
        if self.selection == "none":
            return np.ones(len(ids))
        probabilities = self.assistant.keep_probability(ids)
        if self.selection == "uniform" and len(probabilities):
            probabilities = np.full(len(probabilities), probabilities.mean())
        if self.keep_rate > 0:
            probabilities = scaled_to_mean(probabilities, self.keep_rate)
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

    def at_sweep(self, visit: int, sweep: int) -> None:
        """Where the candidate stream is (the shard's visit, its sweep), for the
        Assistant's spaced revisits (an Assistant without a clock, such as the tools'
        stand-ins, is not told)."""
        at_sweep = getattr(self.rule.assistant, "at_sweep", None)
        if at_sweep is not None:
            at_sweep(visit, sweep)

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
