"""Per-pair losses come from the criterion's own forward pass and add up to its loss."""
import pytest
import torch
from fairseq import tasks

import fairseq_autoassist  # noqa: F401
from conftest import TINY_MODEL, training_config
from fairseq_autoassist.per_sample_loss import LogProbCapture, per_pair_nll


@pytest.mark.parametrize("criterion", ["label_smoothed_cross_entropy", "cross_entropy"])
def test_per_pair_nll_sums_to_the_criterion_nll(tiny_bin, criterion):
    model_args = [a for a in TINY_MODEL if a not in ("--label-smoothing", "0.1")]
    model_args[model_args.index("label_smoothed_cross_entropy")] = criterion
    cfg = training_config(tiny_bin, *model_args)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("valid")
    model = task.build_model(cfg.model)
    crit = task.build_criterion(cfg.criterion)
    dataset = task.dataset("valid")
    sample = dataset.collater([dataset[i] for i in range(16)])
    model.eval()
    capture = LogProbCapture(model)
    with torch.no_grad():
        _, _, logging_output = crit(capture, sample)
    losses, lengths = per_pair_nll(capture.log_probs, sample["target"], crit.padding_idx)
    reported = logging_output.get("nll_loss", logging_output["loss"])
    assert losses.sum().item() == pytest.approx(float(reported), rel=1e-5)
    assert lengths.tolist() == sample["target"].ne(crit.padding_idx).sum(1).tolist()
    assert (losses > 0).all()
