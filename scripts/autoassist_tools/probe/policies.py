"""What a selection policy keeps of a stream of candidate pairs, and which policies exist.

A branch of the probe reads candidates from one shuffled stream of training pairs, in
pools of ``pool_size``. A *selective* policy keeps ``keep_rate`` of each pool, ranked by
its score of each pair; ``keepall`` keeps every candidate. The kept pairs are packed
into updates by the plug-in's own code (:class:`fairseq_autoassist.batching.PoolPacker`:
sorted by size, at most ``max_tokens`` padded tokens, the batches shuffled, an
unfilled last batch carried into the next packing), so that every branch spends about
the same compute per update whatever lengths its policy prefers, and packs exactly as
the plug-in packs.

The policies come from the registry of labels (:mod:`fairseq_autoassist.labels`): for
each label ``L``, ``L`` (the Assistant's prediction of it), ``L-oracle`` (the label's
own exact oracle on every pair's true loss at the stage) and, for labels that need no
previous visit, ``L-memory`` (the oracle at the pair's previous visit: what the pair
memory would predict) and ``L-spaced`` (the oracle over several earlier visits, with the
pair memory's spaced revisits: :func:`fairseq_autoassist.spaced_memory.spaced_oracle`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Tuple

import numpy as np

from fairseq_autoassist.batching import (
    BatchLimits, CandidateStream, PoolPacker, plain_batch_pairs,
)
from fairseq_autoassist.labels import label_class, label_names

SELECTIONS = ("top", "weighted")
PLAIN_POLICIES = ("keepall", "uniform")
ORACLE, MEMORY, SPACED = "-oracle", "-memory", "-spaced"


def policy_names() -> Tuple[str, ...]:
    """Every policy the probe knows, in the order branches are run."""
    labels = label_names()
    remembered = [label for label in labels if not label_class(label).needs_previous_visit]
    return PLAIN_POLICIES + tuple(
        name for label in labels for name in (label, label + ORACLE)) + tuple(
        label + MEMORY for label in remembered) + tuple(label + SPACED for label in remembered)


def policy_label(name: str) -> Tuple[str, str]:
    """``(label, kind)`` of a label's policy: kind ``assistant``, ``oracle``, ``memory``
    or ``spaced``."""
    for suffix, kind in ((ORACLE, "oracle"), (MEMORY, "memory"), (SPACED, "spaced")):
        if name.endswith(suffix):
            return name[: -len(suffix)], kind
    return name, "assistant"


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


def updates(policy: Policy, dataset, limits: BatchLimits, pool_size: int,
            keep_rate: float, seed: int, counts: StreamCounts,
            selection: str = "top", lookahead: int = 32) -> Iterator[List[int]]:
    """The branch's updates, made by the plug-in's :class:`PoolPacker`.

    Candidates come from the plug-in's :class:`CandidateStream` in pools of
    ``pool_size``, each ranked on its own. Kept pairs gather until they fill about
    ``lookahead`` of plain fairseq's batches (the plug-in's ``--assistant-lookahead``),
    whatever the keep rate, so that every policy packs equally dense updates.
    """
    keep = max(1, int(round(keep_rate * pool_size)))
    rng = np.random.default_rng([seed, 0xC401CE])
    packer = PoolPacker(dataset, candidate_stream(len(dataset), seed), limits,
                        plain_batch_pairs(dataset, limits, seed), lookahead, chunk=pool_size)

    def kept_of(pool: np.ndarray) -> np.ndarray:
        kept = select(policy, pool, keep, rng, selection)
        counts.candidates += len(pool)
        counts.kept += len(kept)
        return kept

    for batch in packer.batches(kept_of, rng):
        yield batch.tolist()
