"""Teacher-forced negative log-likelihood of a model on a split: per pair, and per token.

This is what fairseq's validation reports as ``nll_loss`` (the criterion's NLL without
label smoothing, summed over target tokens and divided by their number, in base 2),
computed in eval mode (no dropout) with no decoding. It is cheap next to greedy BLEU
and far less noisy, so the benchmark and the selection probe both read it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np
import torch

from fairseq_autoassist.per_sample_loss import per_pair_nll


@dataclass(frozen=True)
class PairLosses:
    """Summed NLL (natural log) and target length of every pair of a split, by pair id."""

    nll: np.ndarray
    target_lengths: np.ndarray

    @property
    def normalised(self) -> np.ndarray:
        """NLL per target token of each pair."""
        return self.nll / np.maximum(self.target_lengths, 1)

    def per_token_bits(self) -> float:
        """The split's NLL per target token in base 2, as fairseq logs ``nll_loss``."""
        return float(self.nll.sum() / max(self.target_lengths.sum(), 1) / math.log(2))


def length_sorted_batches(dataset, ids: Sequence[int], max_tokens: int) -> Iterator[np.ndarray]:
    """Batches of ``ids`` sorted by size, by fairseq's own ``batch_by_size`` (each under
    ``max_tokens`` padded tokens)."""
    ids = np.asarray(ids, dtype=np.int64)
    ordered = ids[np.argsort(dataset.num_tokens_vec(ids), kind="stable")]
    for batch in dataset.batch_by_size(ordered, max_tokens=max_tokens):
        yield np.asarray(batch, dtype=np.int64)


@torch.no_grad()
def pair_losses(model: torch.nn.Module, dataset, max_tokens: int = 8192,
                ids: Sequence[int] = None) -> PairLosses:
    """Every pair's teacher-forced NLL under ``model`` in eval mode (no dropout).

    The model is put back in the mode it was in. Pairs not in ``ids`` (all by default)
    get NaN.
    """
    ids = np.arange(len(dataset)) if ids is None else np.asarray(ids, dtype=np.int64)
    device = next(model.parameters()).device
    nll = np.full(len(dataset), np.nan, dtype=np.float64)
    lengths = np.zeros(len(dataset), dtype=np.int64)
    was_training = model.training
    model.eval()
    try:
        for batch_ids in length_sorted_batches(dataset, ids, max_tokens):
            sample = dataset.collater([dataset[int(i)] for i in batch_ids])
            net_input = {k: v.to(device) if torch.is_tensor(v) else v
                         for k, v in sample["net_input"].items()}
            output = model(**net_input)
            log_probs = model.get_normalized_probs(output, log_probs=True).float()
            sums, counts = per_pair_nll(log_probs, sample["target"].to(device),
                                        dataset.tgt_dict.pad())
            order = sample["id"].numpy()
            nll[order] = sums.double().cpu().numpy()
            lengths[order] = counts.cpu().numpy()
    finally:
        model.train(was_training)
    return PairLosses(nll, lengths)


def split_nll_bits(model: torch.nn.Module, dataset, max_tokens: int = 8192) -> float:
    """A split's teacher-forced NLL per target token in base 2 (fairseq's ``nll_loss``)."""
    return pair_losses(model, dataset, max_tokens).per_token_bits()
