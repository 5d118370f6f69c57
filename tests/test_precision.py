"""Per-pair losses under half precision: the Assistant sees what float32 would show it.

fairseq's decoder computes log-probabilities in float32 whatever the model's dtype
(``utils.log_softmax(..., dtype=torch.float32)``), so under ``--fp16``, ``--amp`` (and
bfloat16 where fairseq can run it) the per-pair NLL is a float32 sum of float32
values. The first tests bound the error if a model ever handed half-precision
log-probabilities; the others run the tiny model itself in bfloat16 and float16 on the
CPU (the end-to-end half-precision runs need CUDA: test_precision_cuda.py).
"""
import numpy as np
import pytest
import torch
import scipy.sparse as sp
from fairseq import tasks

import fairseq_autoassist  # noqa: F401
from conftest import TINY_MODEL, training_config
from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.importance import importance_weights
from fairseq_autoassist.per_sample_loss import LogProbCapture, per_pair_nll

PAD = 1
# Relative error of a pair's summed NLL: one rounding of each token's log-probability
# (float16 keeps 11 significant bits, bfloat16 8), which partly cancel in the sum.
TOLERANCE = {torch.float16: 1e-3, torch.bfloat16: 8e-3}


def random_batch(seed=0, pairs=64, length=30, vocab=8000):
    generator = torch.Generator().manual_seed(seed)
    logits = torch.randn(pairs, length, vocab, generator=generator) * 3
    log_probs = torch.log_softmax(logits, dim=-1)
    target = torch.randint(4, vocab, (pairs, length), generator=generator)
    lengths = torch.randint(3, length + 1, (pairs,), generator=generator)
    for row, n in enumerate(lengths.tolist()):
        target[row, n:] = PAD
    return log_probs, target


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_per_pair_nll_from_half_log_probs_matches_float32(dtype):
    log_probs, target = random_batch()
    exact, exact_lengths = per_pair_nll(log_probs, target, PAD)
    half, half_lengths = per_pair_nll(log_probs.to(dtype), target, PAD)
    assert half.dtype == torch.float32  # summed in float32, not in half
    assert torch.equal(half_lengths, exact_lengths)
    relative = ((half - exact).abs() / exact).max().item()
    assert relative < TOLERANCE[dtype], relative
    assert relative > 0  # the half path really rounded


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_labels_and_importance_weights_survive_half_precision(dtype):
    log_probs, target = random_batch(seed=1)
    exact, lengths = per_pair_nll(log_probs, target, PAD)
    half, half_lengths = per_pair_nll(log_probs.to(dtype), target, PAD)
    features = sp.csr_matrix(np.eye(len(exact), dtype=np.float32))
    a, b = (TokenAssistant(features, AssistantSettings()) for _ in range(2))
    exact_labels = a.labels(exact.numpy(), lengths.numpy())
    half_labels = b.labels(half.numpy(), lengths.numpy())
    normalised = exact.numpy() / lengths.numpy()
    # a label may differ only for a pair within the tolerance of the threshold
    near = np.abs(normalised - a.loss_average) <= TOLERANCE[dtype] * normalised
    assert np.array_equal(exact_labels[~near], half_labels[~near])
    assert 0 < exact_labels.mean() < 1
    # weights depend on keep probabilities and the target lengths the half path counts
    keep = np.linspace(0.2, 1.0, len(exact))
    np.testing.assert_array_equal(importance_weights(keep, half_lengths.numpy(), 1.0),
                                  importance_weights(keep, lengths.numpy(), 1.0))


def tiny_model_and_sample(tiny_bin):
    cfg = training_config(tiny_bin, *TINY_MODEL)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("valid")
    model = task.build_model(cfg.model).eval()
    criterion = task.build_criterion(cfg.criterion)
    dataset = task.dataset("valid")
    sample = dataset.collater([dataset[i] for i in range(32)])
    return model, criterion, sample


def per_pair_nll_of(model, criterion, sample):
    capture = LogProbCapture(model)
    with torch.no_grad():
        criterion(capture, sample)
    losses, lengths = per_pair_nll(capture.log_probs, sample["target"], criterion.padding_idx)
    return capture.log_probs.dtype, losses, lengths


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_a_half_precision_model_hands_float32_log_probs(tiny_bin, dtype):
    model, criterion, sample = tiny_model_and_sample(tiny_bin)
    _, exact, lengths = per_pair_nll_of(model, criterion, sample)
    dtype_seen, half, half_lengths = per_pair_nll_of(model.to(dtype), criterion, sample)
    assert dtype_seen == torch.float32
    assert torch.equal(lengths, half_lengths)
    # the whole forward pass ran in half precision (weights and activations rounded),
    # so the bound is looser than one rounding of the log-probabilities
    relative = ((half - exact).abs() / exact).max().item()
    print(f"{dtype}: largest relative difference of a pair's NLL {relative:.2e}")
    assert relative < 0.01, relative


def test_bf16_without_a_tpu_is_refused_with_the_fix(tiny_bin):
    cfg = training_config(tiny_bin, *TINY_MODEL, "--bf16")
    with pytest.raises(ValueError, match="--tpu, which fairseq 0.12.s --bf16 implies, needs torch_xla.*--fp16"):
        tasks.setup_task(cfg.task)
