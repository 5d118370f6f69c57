"""Signals an onset of selection could read: Katharopoulos and Fleuret's tau."""
import math

import numpy as np
import pytest

from fairseq_autoassist.signals import MovingTau, batch_tau


def test_tau_is_one_for_equal_losses_and_grows_with_their_spread():
    lengths = np.array([2, 4, 8])
    assert batch_tau(np.array([2.0, 4.0, 8.0]), lengths) == pytest.approx(1.0)  # 1/token
    losses = np.array([1.0, 3.0])  # per token 1 and 3: mean 2, std 1, CV 0.5
    assert batch_tau(losses, np.ones(2)) == pytest.approx(math.sqrt(1.25))
    assert batch_tau(np.array([1.0]), np.ones(1)) is None  # one pair says nothing
    assert batch_tau(np.zeros(3), np.ones(3)) is None


def test_the_moving_tau_has_momentum_and_ignores_empty_batches():
    tau = MovingTau(momentum=0.9)
    assert tau.update(np.array([1.0, 1.0]), np.ones(2)) == pytest.approx(1.0)
    assert tau.update(np.array([1.0]), np.ones(1)) == pytest.approx(1.0)  # ignored
    spread = batch_tau(np.array([1.0, 3.0]), np.ones(2))
    assert tau.update(np.array([1.0, 3.0]), np.ones(2)) == pytest.approx(0.9 + 0.1 * spread)
