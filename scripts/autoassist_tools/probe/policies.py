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

import math
from dataclasses import dataclass
from typing import Iterator, List, Optional

import numpy as np

from fairseq_autoassist.iterator import CandidateStream, pack_kept, size_rank

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


@dataclass(frozen=True)
class BatchLimits:
    """fairseq's batch limits of the run (``--max-tokens``, ``--batch-size``,
    ``--required-batch-size-multiple``), which the branches' updates keep."""

    max_tokens: Optional[int]
    max_sentences: Optional[int] = None
    required_batch_size_multiple: int = 1


@dataclass
class StreamCounts:
    """What a branch's stream gave: candidates read and pairs kept."""

    candidates: int = 0
    kept: int = 0

    @property
    def keep_rate(self) -> float:
        return self.kept / self.candidates if self.candidates else float("nan")


def candidate_stream(num_pairs: int, seed: int) -> CandidateStream:
    """The plug-in's candidate stream over every pair (one worker): a fresh permutation
    each sweep, the same for every policy of a seed."""
    return CandidateStream(np.arange(num_pairs), seed, shard_id=0, num_shards=1)


def plain_batch_pairs(dataset, limits: BatchLimits, rank: np.ndarray) -> float:
    """Pairs per batch in plain fairseq's batches of the whole set (the dataset's own
    order, from its :func:`size_rank`): the unit in which the plug-in sizes the pools it
    packs (``--assistant-lookahead`` batches' worth)."""
    batches = dataset.batch_by_size(
        np.argsort(rank), max_tokens=limits.max_tokens, max_sentences=limits.max_sentences,
        required_batch_size_multiple=limits.required_batch_size_multiple)
    return sum(len(b) for b in batches) / max(len(batches), 1)


def updates(policy: Policy, dataset, limits: BatchLimits, pool_size: int,
            keep_rate: float, seed: int, counts: StreamCounts,
            selection: str = "top", lookahead: int = 32) -> Iterator[List[int]]:
    """The branch's updates, made as the plug-in's iterator makes them.

    Candidates come from the plug-in's :class:`CandidateStream` in pools of
    ``pool_size``, each ranked on its own. Kept pairs gather until they fill about
    ``lookahead`` of plain fairseq's batches (the plug-in's ``--assistant-lookahead``),
    whatever the keep rate, so that every policy packs equally dense updates; they are
    then packed by the plug-in's :func:`pack_kept` (sorted by ``num_tokens``, fairseq's
    ``batch_by_size`` under the run's limits, the last partial batch carried into the
    next packing), and the batches go out in random order.
    """
    keep = max(1, int(round(keep_rate * pool_size)))
    rng = np.random.default_rng([seed, 0xC401CE])
    stream = candidate_stream(len(dataset), seed)
    rank = size_rank(dataset, seed)
    target = max(int(math.ceil(lookahead * plain_batch_pairs(dataset, limits, rank))), 1)
    gathered = [np.zeros(0, dtype=np.int64)]  # the carry, then each pool's kept pairs
    drawn = 0
    while True:
        pool = stream.take(pool_size)
        kept = select(policy, pool, keep, rng, selection)
        counts.candidates += len(pool)
        counts.kept += len(kept)
        gathered.append(kept)
        drawn += len(pool)
        # as the plug-in: at most one sweep of the data per packing, so that a small
        # training set never puts a pair twice into one packing
        if sum(len(part) for part in gathered) < target and drawn + pool_size <= len(dataset):
            continue
        drawn = 0
        batches, carried = pack_kept(
            dataset, np.concatenate(gathered), rank, limits.max_tokens,
            limits.max_sentences, limits.required_batch_size_multiple)
        gathered = [carried]
        for index in rng.permutation(len(batches)):
            yield batches[index].tolist()
