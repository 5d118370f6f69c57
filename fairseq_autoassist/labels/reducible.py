"""``reducible``: the paper's rule on the *reducible* loss, the Boss's normalised loss
minus the pair's irreducible one (RHO-LOSS, Mindermann et al., ICML 2022).

A pair's irreducible loss is the normalised loss of a model that never trained on it
(two models, each trained on one half of the pairs and scoring the other half:
``autoassist-tools irreducible``, :mod:`fairseq_autoassist.irreducible`). A pair that
no model learns (a misaligned verse, a rare name) keeps a high irreducible loss, so
its reducible loss stays low however high its loss: it stops being called
informative. A pair the Boss has learnt has a low loss and a low reducible loss
alike. What stays is "learnable, worth learning, not yet learnt".

The Boss's losses come from its training forward pass (dropout on), the irreducible
ones from models in eval mode; the rule compares each reducible loss with their
moving average, so a constant offset between the two does not change a label.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

import numpy as np

from . import register_label
from .base import LabelledBatch, PairLabel, batch_mean, moving_average, normalised_losses, \
    optional_float, shown

IRREDUCIBLE = "irreducible"


def reducible_losses(normalised: np.ndarray, irreducible: np.ndarray) -> np.ndarray:
    """Normalised loss minus irreducible loss, per pair (float64)."""
    return np.asarray(normalised, np.float64) - np.asarray(irreducible, np.float64)


@register_label
class ReducibleLabel(PairLabel):
    """1 when the normalised loss minus the irreducible loss is above its moving average."""

    name = "reducible"
    help = ("the normalised loss minus the pair's irreducible loss (made before training "
            "by autoassist-tools irreducible) above its moving average")
    pair_inputs = (IRREDUCIBLE,)

    def __init__(self, num_pairs: int, decay: float, options: Any = None) -> None:
        super().__init__(num_pairs, decay, options)
        self.reducible_average: Optional[float] = None

    @classmethod
    def oracle(cls, normalised: np.ndarray, previous: Optional[np.ndarray] = None,
               options: Any = None, inputs=None) -> np.ndarray:
        """1 above the training set's mean reducible loss."""
        if not inputs or IRREDUCIBLE not in inputs:
            raise ValueError("the reducible label needs every pair's irreducible loss")
        reducible = reducible_losses(normalised, inputs[IRREDUCIBLE])
        return (reducible > reducible.mean()).astype(np.float64)

    def label(self, ids, losses, target_lengths, weights=None) -> LabelledBatch:
        if IRREDUCIBLE not in self.inputs:
            raise RuntimeError("the reducible label was not given the training pairs' "
                               "irreducible losses (set_pair_inputs)")
        ids = np.asarray(ids, dtype=np.int64)
        reducible = reducible_losses(normalised_losses(losses, target_lengths),
                                     self.inputs[IRREDUCIBLE][ids])
        self.reducible_average = moving_average(
            self.reducible_average, batch_mean(reducible, weights), self.decay)
        labels = (reducible > self.reducible_average).astype(np.float64)
        return LabelledBatch(labels, np.ones(len(labels), dtype=bool))

    def state_dict(self) -> Dict[str, Any]:
        # the irreducible losses are data (a file beside the corpus), not state
        return {"reducible_average": self.reducible_average}

    def summary(self) -> str:
        return f"reducible-loss average {shown(self.reducible_average)}"

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        self.reducible_average = optional_float(state["reducible_average"])
