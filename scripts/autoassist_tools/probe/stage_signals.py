"""What an online onset rule could read at a probe stage, recorded beside the stage's
verdicts so that a signal can be matched with the crossover (issue 22).

All come from what the stage has already measured or what a training run has for
free: the learning rate as a fraction of its peak (the schedules of two runs decay at
different speeds, so this tells apart "once the learning rate has come down" from
"once the model has learnt enough"), the training set's NLL per target token,
Katharopoulos and Fleuret's tau (``fairseq_autoassist.signals.batch_tau``, the ``sel_tau``
a run logs) over random batches of the plain batch size, and, where the probe has the
previous visit's losses, the pair memory's agreement with the current label.
"""
from __future__ import annotations

from typing import Dict, Optional

import numpy as np

from fairseq_autoassist.signals import batch_tau

from ..benchmark.nll import PairLosses

TAU_BATCHES = 200


def stage_signals(losses: PairLosses, lr: float, peak_lr: float, batch_pairs: int,
                  seed: int, memory_agreement: Optional[float] = None) -> Dict[str, float]:
    """The signals of one stage (``losses``: every training pair's, at the stage)."""
    rng = np.random.default_rng([seed, 0x7A0])
    size = max(2, min(int(round(batch_pairs)), len(losses.nll)))
    taus = [batch_tau(losses.nll[ids], losses.target_lengths[ids])
            for ids in (rng.choice(len(losses.nll), size=size, replace=False)
                        for _ in range(TAU_BATCHES))]
    taus = np.array([t for t in taus if t is not None])
    signals = {
        "lr_fraction": float(lr / peak_lr) if peak_lr > 0 else float("nan"),
        "train_nll": float(losses.per_token_bits()),
        "tau": float(taus.mean()) if len(taus) else float("nan"),
        "tau_std": float(taus.std()) if len(taus) else float("nan"),
        "tau_batch_pairs": size,
    }
    if memory_agreement is not None:
        signals["memory_agreement"] = float(memory_agreement)
    return signals


def describe(signals: Dict[str, float]) -> str:
    """One line for the probe's report."""
    text = (f"Signals: learning rate {signals['lr_fraction']:.2f} of its peak, training NLL "
            f"{signals['train_nll']:.3f} bits per token, tau {signals['tau']:.3f} "
            f"(± {signals['tau_std']:.3f} over batches of {signals['tau_batch_pairs']} pairs)")
    if "memory_agreement" in signals:
        text += f", the memory agrees with the current label on {signals['memory_agreement']:.3f}"
    return text + "."
