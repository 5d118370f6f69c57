"""Per-pair losses from the Boss's own forward pass, with no second forward.

The supported criteria compute their loss from ``model.get_normalized_probs(...)``.
:class:`LogProbCapture` stands in for the model during the criterion's call and keeps
the log-probabilities of that first call; the per-pair negative log-likelihood is
then a gather over the target tokens, which costs next to nothing. The criterion runs
unchanged, so its loss, gradient and logging outputs are exactly fairseq's.

We label pairs by their NLL (not the label-smoothed loss): it is what "how well does
the Boss know this pair" means, and it is the same for both criteria.

Per-pair tensors never enter fairseq's logging outputs, which fairseq sums across
workers; the task keeps them.
"""
from __future__ import annotations

from typing import Any, Optional, Tuple

import torch
from fairseq.criterions.cross_entropy import CrossEntropyCriterion
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
)

SUPPORTED_CRITERIA = {
    "label_smoothed_cross_entropy": LabelSmoothedCrossEntropyCriterion,
    "cross_entropy": CrossEntropyCriterion,
}


class UnsupportedCriterionError(ValueError):
    pass


def check_criterion_supported(criterion: Any) -> None:
    """Refuse, at start-up, a criterion whose per-pair losses we cannot read."""
    if type(criterion) not in SUPPORTED_CRITERIA.values():
        raise UnsupportedCriterionError(
            f"--task autoassist_translation needs per-pair losses from the criterion, "
            f"which it can read from these criteria only: "
            f"{', '.join(SUPPORTED_CRITERIA)}; got {type(criterion).__name__}. "
            f"Pass --criterion label_smoothed_cross_entropy (or cross_entropy)."
        )


class LogProbCapture:
    """Wraps the model for one criterion call and keeps its first log-probabilities."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self.log_probs: Optional[torch.Tensor] = None

    def __call__(self, *args, **kwargs):
        return self._model(*args, **kwargs)

    def get_normalized_probs(self, net_output, log_probs, sample=None):
        probs = self._model.get_normalized_probs(net_output, log_probs, sample=sample)
        if log_probs and self.log_probs is None:
            self.log_probs = probs
        return probs

    def __getattr__(self, name: str):
        return getattr(self._model, name)


@torch.no_grad()
def per_pair_nll(
    log_probs: torch.Tensor, target: torch.Tensor, padding_idx: int, ignore_prefix_size: int = 0
) -> Tuple[torch.Tensor, torch.Tensor]:
    """Summed token NLL and target length of each pair (``B x T x V`` log-probs)."""
    if ignore_prefix_size > 0:
        log_probs = log_probs[:, ignore_prefix_size:]
        target = target[:, ignore_prefix_size:]
    mask = target.ne(padding_idx)
    token_nll = -log_probs.gather(-1, target.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    token_nll = token_nll.float().masked_fill(~mask, 0.0)
    return token_nll.sum(dim=1), mask.sum(dim=1)
