"""What a selection policy keeps of a stream of candidate pairs, and the oracle labels.

A branch of the probe reads candidates from one shuffled stream of training pairs, in
pools of ``pool_size``. A *selective* policy keeps ``keep_rate`` of each pool, ranked by
its score of each pair; ``keepall`` keeps every candidate. The kept pairs of each
pool are packed into updates as fairseq packs them (sorted by size, at most
``max_tokens`` padded tokens, the batches shuffled; an unfilled last batch waits for the
next pool), so that every branch spends about the same compute per update whatever
lengths its policy prefers.

Oracle labels are the AutoAssist labels (:mod:`fairseq_autoassist.labels`) computed from
every pair's true loss under the Boss at the stage, with the running averages replaced by
their exact values over the training set. They say what a label is worth when known
exactly; the Assistant's prediction of it says what is left once a token-level model has
to predict it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Tuple

import numpy as np

SELECTIONS = ("top", "weighted")


def paper_oracle(normalised: np.ndarray) -> np.ndarray:
    """1 above the training set's mean normalised loss (the paper's label, exactly)."""
    return (normalised > normalised.mean()).astype(np.float64)


def noise_aware_oracle(normalised: np.ndarray, quantile: float) -> np.ndarray:
    """The paper's label, 0 above the training set's ``quantile`` of normalised losses."""
    return paper_oracle(normalised) * (normalised < np.quantile(normalised, quantile))


def learnability_oracle(previous: np.ndarray, normalised: np.ndarray) -> np.ndarray:
    """1 where the normalised loss fell since ``previous`` by more than the mean fall."""
    falls = previous - normalised
    return (falls > falls.mean()).astype(np.float64)


@dataclass(frozen=True)
class Policy:
    """A named selection: scores per training pair (``None``: keep everything, or uniform
    when ``random`` is set)."""

    name: str
    scores: np.ndarray = None
    random: bool = False

    @property
    def keeps_all(self) -> bool:
        return self.scores is None and not self.random


def select(policy: Policy, pool: np.ndarray, keep: int, rng: np.random.Generator,
           selection: str = "top") -> np.ndarray:
    """The ``keep`` pairs of ``pool`` the policy keeps, in pool order.

    ``top``: the highest scores, ties in random order (a 0/1 label keeps its 1s first,
    at random among them). ``weighted``: drawn without replacement with probabilities
    proportional to the scores (the softer choice of AutoAssist's Bernoulli rule), by
    the Gumbel top-k trick. The random draws are made for every policy alike, so
    policies that share a seed share them.
    """
    if selection not in SELECTIONS:
        raise ValueError(f"unknown selection {selection!r}; choose one of {SELECTIONS}")
    if policy.keeps_all or keep >= len(pool):
        return pool
    noise = rng.random(len(pool))
    if policy.random:
        chosen = np.argsort(noise, kind="stable")[:keep]
    else:
        scores = np.asarray(policy.scores, dtype=np.float64)[pool]
        if selection == "top":
            chosen = np.lexsort((noise, -scores))[:keep]
        else:
            gumbel = -np.log(-np.log(np.clip(noise, 1e-12, 1 - 1e-12)))
            chosen = np.argsort(-(np.log(np.maximum(scores, 1e-12)) + gumbel),
                                kind="stable")[:keep]
    return pool[np.sort(chosen)]


def candidate_pools(num_pairs: int, pool_size: int, seed: int) -> Iterator[np.ndarray]:
    """Pools of ``pool_size`` candidates from a shuffled stream of all pairs, one fresh
    permutation per pass (an endless stream, the same for every policy of a seed)."""
    rng = np.random.default_rng([seed, 0x5E1EC7])
    buffer = np.zeros(0, dtype=np.int64)
    while True:
        while len(buffer) < pool_size:
            buffer = np.concatenate([buffer, rng.permutation(num_pairs)])
        yield buffer[:pool_size]
        buffer = buffer[pool_size:]


@dataclass
class StreamCounts:
    """What a branch's stream gave: candidates read and pairs kept."""

    candidates: int = 0
    kept: int = 0

    @property
    def keep_rate(self) -> float:
        return self.kept / self.candidates if self.candidates else float("nan")


def pack(pairs: np.ndarray, sizes: np.ndarray, max_tokens: int
         ) -> Tuple[List[List[int]], np.ndarray]:
    """fairseq's batching of a group of pairs: sorted by size and cut into batches whose
    padded size (pairs times the largest size) is at most ``max_tokens``. Returns the
    full batches and the pairs of the last, unfilled one, which go with the next group:
    an update of a few pairs would take a full-sized Adam step on a tiny batch, once per
    group, and penalise a policy for keeping fewer pairs per pool."""
    ordered = pairs[np.argsort(sizes[pairs], kind="stable")]
    batches: List[List[int]] = []
    batch: List[int] = []
    for pair in ordered.tolist():
        if batch and (len(batch) + 1) * int(sizes[pair]) > max_tokens:
            batches.append(batch)
            batch = []
        batch.append(pair)
    return batches, np.asarray(batch, dtype=np.int64)


def updates(policy: Policy, sizes: np.ndarray, max_tokens: int, pool_size: int,
            keep_rate: float, seed: int, counts: StreamCounts,
            selection: str = "top") -> Iterator[List[int]]:
    """The branch's updates: each pool's kept pairs packed as fairseq packs them
    (:func:`pack`, ``sizes`` being fairseq's ``num_tokens``), in random order, pool
    after pool."""
    keep = max(1, int(round(keep_rate * pool_size)))
    rng = np.random.default_rng([seed, 0xC401CE])
    carried = np.zeros(0, dtype=np.int64)
    for pool in candidate_pools(len(sizes), pool_size, seed):
        kept = select(policy, pool, keep, rng, selection)
        counts.candidates += len(pool)
        counts.kept += len(kept)
        batches, carried = pack(np.concatenate([carried, kept]), sizes, max_tokens)
        for index in rng.permutation(len(batches)):
            yield batches[index]
