"""Importance weights: the scaling rule, and that the criterion's loss becomes the weighted sum."""
import numpy as np
import pytest
import torch
from fairseq import options, tasks
from fairseq.dataclass.utils import convert_namespace_to_omegaconf

import fairseq_autoassist  # noqa: F401
from conftest import REPO, TINY_MODEL
from fairseq_autoassist.importance import importance_weights
from fairseq_autoassist.weighted_criteria import PAIR_WEIGHTED, PAIR_WEIGHTS


def test_weights_are_inverse_probabilities_with_a_token_mean_of_one():
    probabilities = np.array([1.0, 0.5, 0.25, 0.8])
    lengths = np.array([10, 3, 7, 1])
    weights = importance_weights(probabilities, lengths, exponent=1.0)
    assert (weights * lengths).sum() / lengths.sum() == pytest.approx(1.0)
    assert weights[2] / weights[0] == pytest.approx(4.0)
    assert weights[1] / weights[3] == pytest.approx(1.6)


def test_a_partial_exponent_shrinks_the_spread_and_zero_is_no_weighting():
    probabilities = np.array([1.0, 0.25])
    lengths = np.array([5, 5])
    half = importance_weights(probabilities, lengths, exponent=0.5)
    assert half[1] / half[0] == pytest.approx(2.0)
    assert importance_weights(probabilities, lengths, exponent=0.0).tolist() == [1.0, 1.0]


@pytest.mark.parametrize("exponent, probabilities", [(1.5, [0.5]), (-0.1, [0.5]), (1.0, [0.0])])
def test_bad_exponents_and_probabilities_are_refused(exponent, probabilities):
    with pytest.raises(ValueError):
        importance_weights(np.array(probabilities), np.array([3]), exponent)


@pytest.mark.parametrize("criterion", ["label_smoothed_cross_entropy", "cross_entropy"])
def test_weighted_criterion_loss_is_the_weighted_sum_of_pair_losses(tiny_bin, criterion):
    parser = options.get_training_parser()
    model_args = list(TINY_MODEL)
    if criterion == "cross_entropy":
        model_args = [a for a in model_args if a not in ("--label-smoothing", "0.1")]
        model_args[model_args.index("label_smoothed_cross_entropy")] = criterion
    args = options.parse_args_and_arch(parser, [
        str(tiny_bin), "--user-dir", str(REPO / "fairseq_autoassist"),
        "--task", "autoassist_translation", "--assistant-importance-weighting", "1",
        *model_args,
    ])
    cfg = convert_namespace_to_omegaconf(args)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("valid")
    model = task.build_model(cfg.model)
    weighted_criterion = task.build_criterion(cfg.criterion)
    assert type(weighted_criterion) is PAIR_WEIGHTED[type(weighted_criterion).__mro__[1]]
    dataset = task.dataset("valid")
    sample = dataset.collater([dataset[i] for i in range(6)])
    model.eval()

    def loss_with(weights):
        batch = sample if weights is None else {**sample, PAIR_WEIGHTS: torch.tensor(weights)}
        with torch.no_grad():
            loss, _, logged = weighted_criterion(model, batch)
        return float(loss), logged

    weights = [0.5, 2.0, 1.0, 3.0, 0.25, 1.5]
    weighted, logged = loss_with(weights)
    one_hot = [loss_with([1.0 if j == i else 0.0 for j in range(6)])[0] for i in range(6)]
    assert weighted == pytest.approx(sum(w * l for w, l in zip(weights, one_hot)), rel=1e-5)
    plain, plain_logged = loss_with(None)
    assert sum(one_hot) == pytest.approx(plain, rel=1e-5)
    fairseq_criterion = type(weighted_criterion).__mro__[1].build_criterion(cfg.criterion, task)
    with torch.no_grad():
        assert float(fairseq_criterion(model, sample)[0]) == pytest.approx(plain, rel=1e-6)
    if criterion == "label_smoothed_cross_entropy":  # the logged NLL stays unweighted
        assert float(logged["nll_loss"]) == pytest.approx(float(plain_logged["nll_loss"]))
