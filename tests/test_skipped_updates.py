"""An update that fairseq skips hands the Assistant nothing.

fairseq skips an update after a gradient overflow (``--fp16``: before
``task.optimizer_step``; ``--amp``: inside it, in torch's GradScaler) or an
out-of-memory error in a forward pass. The out-of-memory path is the one fairseq's
Trainer takes on a CPU, so it is driven here through the real Trainer; the overflow
paths need CUDA and are in ``test_precision_cuda.py``. AMP's check is tested against
torch's own GradScaler on the CPU.
"""
import numpy as np
import pytest
import torch
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
)

from conftest import build_trainer, recorded_submissions
from fairseq_autoassist.pending_losses import PendingLosses, amp_loss_scale


class OutOfMemoryOnce(LabelSmoothedCrossEntropyCriterion):
    """Raises fairseq's recoverable out-of-memory error on the armed sample, once."""

    armed_first_id = None

    def forward(self, model, sample, reduce=True):
        if int(sample["id"][0]) == type(self).armed_first_id:
            type(self).armed_first_id = None
            raise RuntimeError("CUDA out of memory (forced by the test)")
        return super().forward(model, sample, reduce=reduce)


def ids_of(*samples):
    return sorted(int(i) for s in samples for i in s["id"])


def test_an_update_skipped_after_out_of_memory_hands_no_losses(tiny_bin):
    trainer, task = build_trainer(tiny_bin, "--update-freq", "2",
                                  criterion_class=OutOfMemoryOnce)
    batches = trainer.get_train_iterator(epoch=1).next_epoch_itr(shuffle=True)
    submitted = recorded_submissions(task)
    s1, s2, s3, s4, s5, s6 = (next(batches) for _ in range(6))

    assert trainer.train_step([s1, s2]) is not None
    assert trainer.get_num_updates() == 1
    assert ids_of(s1, s2) == sorted(submitted[-1].ids.tolist())

    OutOfMemoryOnce.armed_first_id = int(s4["id"][0])  # s3 passes, then s4 fails
    assert trainer.train_step([s3, s4]) is None  # fairseq skipped the update
    assert trainer.get_num_updates() == 1 and len(submitted) == 1

    trainer.train_step([s5, s6])
    assert trainer.get_num_updates() == 2 and len(submitted) == 2
    # s3's losses, computed for the skipped update, are not handed with s5 and s6's
    assert sorted(submitted[-1].ids.tolist()) == ids_of(s5, s6)
    assert task.run.pending.skipped_updates == 1
    task.worker.close()


def test_gradient_accumulation_hands_every_pass_of_an_update(tiny_bin):
    trainer, task = build_trainer(tiny_bin, "--update-freq", "3")
    batches = trainer.get_train_iterator(epoch=1).next_epoch_itr(shuffle=True)
    submitted = recorded_submissions(task)
    samples = [next(batches) for _ in range(3)]
    trainer.train_step(samples)
    assert len(submitted) == 1 and sorted(submitted[0].ids.tolist()) == ids_of(*samples)
    assert task.run.pending.skipped_updates == 0
    task.worker.close()


def step_with_grad_scaler(gradient: float):
    """One step of a parameter through torch's CPU GradScaler; the scaler's holder."""
    parameter = torch.nn.Parameter(torch.ones(3))
    holder = type("AmpLike", (), {})()
    holder.scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
    sgd = torch.optim.SGD([parameter], lr=0.1)
    pending = PendingLosses()
    before = amp_loss_scale(holder)
    holder.scaler.scale((parameter * gradient).sum()).backward()
    holder.scaler.step(sgd)
    holder.scaler.update()
    return pending.step_was_skipped(before, holder), parameter, pending


def test_amp_skip_is_read_from_the_scalers_backoff():
    skipped, parameter, pending = step_with_grad_scaler(float("inf"))
    assert skipped and pending.skipped_updates == 1
    assert torch.equal(parameter.detach(), torch.ones(3))  # torch really skipped it
    skipped, parameter, pending = step_with_grad_scaler(1.0)
    assert not skipped and pending.skipped_updates == 0
    assert not torch.equal(parameter.detach(), torch.ones(3))


def test_no_amp_scaler_means_no_amp_check():
    holder = type("Plain", (), {"scaler": None})()
    assert amp_loss_scale(holder) is None
    assert not PendingLosses().step_was_skipped(None, holder)


def test_pending_losses_survive_the_passes_of_one_update():
    model = torch.nn.Linear(2, 1)
    pending = PendingLosses()
    one = (torch.tensor([0, 1]), torch.tensor([1.0, 2.0]), torch.tensor([3, 4]))
    pending.before_forward(model)
    pending.add(*one)
    model(torch.ones(1, 2)).sum().backward()  # the first pass's backward
    pending.before_forward(model)  # a second pass of the same update: grads present
    pending.add(*one)
    assert len(pending) == 2
    model.zero_grad(set_to_none=True)  # what fairseq does before a new update
    pending.before_forward(model)
    assert len(pending) == 0 and pending.skipped_updates == 1
    pending.add(*one)
    host = pending.take()
    assert len(pending) == 0
    np.testing.assert_array_equal(host[0][0], [0, 1])
