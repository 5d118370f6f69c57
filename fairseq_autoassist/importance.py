"""Importance weights that undo (part of) the sampling bias of shrinking.

Shrinking keeps pair ``i`` with probability ``p_i``, so the Boss's gradient is biased
towards the pairs the Assistant calls informative. Weighting each kept pair's loss by
``p_i ** -alpha`` removes that bias at ``alpha = 1`` (the expected batch gradient is
then the full data's) and keeps the paper's biased sampling at ``alpha = 0``.

The weights of a batch are scaled so that their mean over its target tokens is 1:
the loss keeps its scale, so the learning rate, gradient clipping and the logged
loss stay comparable with plain fairseq. (That per-batch scaling leaves a small bias
between batches; the within-batch correction is exact.)
"""
from __future__ import annotations

import numpy as np


def importance_weights(keep_probabilities: np.ndarray, target_lengths: np.ndarray,
                       exponent: float) -> np.ndarray:
    """``p ** -exponent`` per pair, scaled to a token-weighted mean of 1 in the batch."""
    if not 0.0 <= exponent <= 1.0:
        raise ValueError(f"the importance-weighting exponent must be in [0, 1], got {exponent}")
    probabilities = np.asarray(keep_probabilities, dtype=np.float64)
    if probabilities.size and (probabilities.min() <= 0.0 or probabilities.max() > 1.0):
        raise ValueError("keep probabilities must be in (0, 1] to weight by them")
    weights = probabilities ** -exponent
    lengths = np.asarray(target_lengths, dtype=np.float64)
    tokens = lengths.sum()
    if tokens <= 0:
        return np.ones_like(weights)
    return weights * (tokens / float((weights * lengths).sum()))
