"""fairseq's two supported criteria, with an optional weight per pair.

Importance weighting (:mod:`fairseq_autoassist.importance`) scales each pair's loss.
fairseq's criteria sum token losses over the batch, so these subclasses ask
fairseq's own loss functions for per-token losses (``reduce=False``), multiply each
token's loss by its pair's weight and sum. That costs a multiply over the batch's
target tokens, nothing over the vocabulary. The weights travel in the batch, under
:data:`PAIR_WEIGHTS`; a batch without them (validation, warm-up) gets fairseq's
exact loss.

What is logged: ``loss`` is the weighted loss that is optimised; the label-smoothed
criterion's ``nll_loss`` (and so ``ppl``) stays the unweighted NLL, comparable with
plain fairseq's.
"""
from __future__ import annotations

from typing import Dict, Type

import torch
from fairseq.criterions.cross_entropy import CrossEntropyCriterion
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
    label_smoothed_nll_loss,
)

PAIR_WEIGHTS = "autoassist_pair_weights"


def _per_token(weights: torch.Tensor, token_losses: torch.Tensor) -> torch.Tensor:
    """Each pair's weight repeated over its (equally many, padded) target positions."""
    positions = token_losses.numel() // weights.numel()
    return weights.to(token_losses).repeat_interleave(positions).view_as(token_losses)


class PairWeightedLabelSmoothedCrossEntropy(LabelSmoothedCrossEntropyCriterion):
    def compute_loss(self, model, net_output, sample, reduce=True):
        weights = sample.get(PAIR_WEIGHTS)
        if weights is None or not reduce:
            return super().compute_loss(model, net_output, sample, reduce=reduce)
        lprobs, target = self.get_lprobs_and_target(model, net_output, sample)
        loss, nll_loss = label_smoothed_nll_loss(
            lprobs, target, self.eps, ignore_index=self.padding_idx, reduce=False
        )
        return (loss * _per_token(weights, loss)).sum(), nll_loss.sum()


class PairWeightedCrossEntropy(CrossEntropyCriterion):
    def compute_loss(self, model, net_output, sample, reduce=True):
        weights = sample.get(PAIR_WEIGHTS)
        if weights is None or not reduce:
            return super().compute_loss(model, net_output, sample, reduce=reduce)
        token_losses, _ = super().compute_loss(model, net_output, sample, reduce=False)
        weighted = (token_losses * _per_token(weights, token_losses)).sum()
        return weighted, weighted


PAIR_WEIGHTED: Dict[type, Type] = {
    LabelSmoothedCrossEntropyCriterion: PairWeightedLabelSmoothedCrossEntropy,
    CrossEntropyCriterion: PairWeightedCrossEntropy,
}
