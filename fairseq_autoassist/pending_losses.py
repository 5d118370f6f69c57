"""Per-pair losses held between the Boss's forward passes and its optimizer step.

The Assistant must learn only from updates that happened. fairseq skips an update in
three ways, none of which tells the task:

- ``--fp16`` / ``--bf16`` (``FP16Optimizer``): a gradient overflow raises
  ``OverflowError`` in ``clip_grad_norm``, *before* ``task.optimizer_step``; the
  trainer zeroes the gradients and moves on to the next batch with the same update
  number;
- an out-of-memory error in one forward/backward pass: the trainer zeroes the
  gradients and returns without stepping (single worker);
- ``--amp`` (``AMPOptimizer``): ``task.optimizer_step`` *is* called, and torch's
  ``GradScaler`` silently skips the step when it finds inf/NaN gradients, then backs
  its scale off (and fairseq retries the same batch).

The first two leave losses here that no ``optimizer_step`` collected. They are
recognised at the next forward pass: a new update starts with every gradient cleared
(fairseq's ``zero_grad`` sets them to ``None``), while the forward passes of one update
under ``--update-freq`` find the gradients of the earlier ones. The third is
recognised by the scaler's scale falling across the step, which torch's
``GradScaler`` does exactly when it skipped.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

import numpy as np
import torch

HostLosses = Tuple[np.ndarray, np.ndarray, np.ndarray]


def gradients_cleared(model: torch.nn.Module) -> bool:
    """Whether no trainable parameter holds a gradient: a new update's first pass."""
    return all(p.grad is None for p in model.parameters() if p.requires_grad)


def amp_loss_scale(optimizer) -> Optional[float]:
    """The AMP ``GradScaler``'s scale, or ``None`` for any other optimizer wrapper.

    ``FP16Optimizer`` needs no such check: it raises before ``task.optimizer_step``.
    """
    scaler = getattr(optimizer, "scaler", None)
    if isinstance(scaler, torch.amp.GradScaler) and scaler.is_enabled():
        return float(scaler.get_scale())
    return None


class PendingLosses:
    """The losses of the update in progress, handed on only if the update happens."""

    def __init__(self) -> None:
        self._entries: List[Tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = []
        self.skipped_updates = 0

    def __len__(self) -> int:
        return len(self._entries)

    def before_forward(self, model: torch.nn.Module) -> None:
        """Drop what a skipped update left behind (see the module's docstring)."""
        if self._entries and gradients_cleared(model):
            self._discard()

    def add(self, ids: torch.Tensor, losses: torch.Tensor, lengths: torch.Tensor) -> None:
        """Keep one forward pass's losses, on their device (copying waits for it)."""
        self._entries.append((ids.detach(), losses, lengths))

    def take(self) -> List[HostLosses]:
        """This update's losses on the host, and none left here."""
        taken = [tuple(t.cpu().numpy() for t in entry) for entry in self._entries]
        self._entries = []
        return taken

    def step_was_skipped(self, scale_before: Optional[float], optimizer) -> bool:
        """After the optimizer's step: whether AMP's scaler skipped it (and count it)."""
        if scale_before is None:
            return False
        scale_after = amp_loss_scale(optimizer)
        skipped = scale_after is not None and scale_after < scale_before
        if skipped:
            self.skipped_updates += 1
        return skipped

    def _discard(self) -> None:
        self._entries = []
        self.skipped_updates += 1
