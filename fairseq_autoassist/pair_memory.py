"""The pair memory: each pair's label at its last visit, predicted for the pairs seen.

A wrapper around any predictor of labels (the Assistant's token model): for a pair it
has seen, it predicts the label that pair got at its last visit; for the others, the
wrapped predictor's score. It learns by passing every batch on to the wrapped
predictor, unchanged, and by remembering the labels of the pairs in it. It works with
any label, since it stores labels, not what they are made of; a pair that a label
leaves out of a step (no evidence, e.g. learnability's first visit) is not remembered.

Late in training a pair's label changes little between visits, far less than a
token-level model can tell pairs apart (docs/selection-probe.md); scoring a pair by
its last visit is the idea of online batch selection (Loshchilov and Hutter, 2015) and
InfoBatch (Qin et al., ICLR 2024). One int8 per training pair (-1: never labelled),
part of the Assistant's checkpoint state.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional, Protocol

import numpy as np


@dataclass(frozen=True)
class Learnt:
    """What a predictor's ``learn`` saw: its predictions before the step (what shrinking
    would have used) and, for the memory, the pairs it held a label for and how many of
    those got the same label again."""

    predictions: np.ndarray
    revisited: int = 0
    agreed: int = 0


class LabelPredictor(Protocol):
    """What the Assistant asks of its predictor (the token model, or this wrapper)."""

    num_pairs: int

    def predict(self, ids: np.ndarray) -> np.ndarray: ...

    def learn(self, ids: np.ndarray, labels: np.ndarray) -> Learnt: ...

    def state_dict(self) -> Dict[str, Any]: ...

    def load_state_dict(self, state: Dict[str, Any]) -> None: ...


class PairMemory:
    """Remembered labels in front of another predictor."""

    def __init__(self, inner: LabelPredictor) -> None:
        self.inner = inner
        self.num_pairs = inner.num_pairs
        self.labels = np.full(inner.num_pairs, -1, dtype=np.int8)

    def predict(self, ids: np.ndarray) -> np.ndarray:
        """The remembered label of each pair seen before, the inner score otherwise."""
        remembered = self.labels[ids]
        return np.where(remembered >= 0, remembered.astype(np.float64),
                        self.inner.predict(ids))

    def learn(self, ids: np.ndarray, labels: np.ndarray) -> Learnt:
        """The inner predictor learns; the pairs' labels are remembered. Returns the
        predictions before the step (remembered labels where there were some), the
        pairs it held a label for and how many of those got the same label again (the
        memory's agreement, logged as ``mem_agree``)."""
        inner = self.inner.learn(ids, labels)
        new = (labels > 0.5).astype(np.int8)
        previous = self.labels[ids]
        known = previous >= 0
        self.labels[ids] = new
        return Learnt(np.where(known, previous.astype(np.float64), inner.predictions),
                      int(known.sum()), int((previous[known] == new[known]).sum()))

    @property
    def pairs_remembered(self) -> int:
        return int(np.count_nonzero(self.labels >= 0))

    def pair_state(self) -> Dict[str, Any]:
        """What it holds per pair of the current training set (kept per shard)."""
        return {"memory": self.labels}

    def start_pairs(self, num_pairs: int, pair_state: Optional[Dict[str, Any]] = None) -> None:
        """Another training set (a shard) of ``num_pairs`` pairs: their state from its
        last visit (:meth:`pair_state`), or none."""
        self.num_pairs = num_pairs
        labels = (pair_state or {}).get("memory")
        self.labels = (np.full(num_pairs, -1, dtype=np.int8) if labels is None
                       else np.asarray(labels, dtype=np.int8))

    def state_dict(self) -> Dict[str, Any]:
        return {**self.inner.state_dict(), "memory": self.labels.copy()}

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore; a checkpoint saved without the memory starts it empty."""
        self.inner.load_state_dict(state)
        remembered = state.get("memory")
        self.labels[:] = -1 if remembered is None else np.asarray(remembered, np.int8)
