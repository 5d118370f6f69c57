"""Half precision on CUDA: the runs a GPU user makes, and fairseq's overflow skips.

These need a GPU and are skipped without one; ``scripts/gpu/round.sh`` runs them first
on a lent GPU machine (its log is committed with the round's results). What the CPU
can check of the same code is in test_precision.py and test_skipped_updates.py.
"""
import pytest
import torch
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
)

from conftest import build_trainer, recorded_submissions, run, train_command

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")

ON_GPU = ["--device-id", "0"]


def on_cuda(command):
    return [word for word in command if word != "--cpu"]


class NonFiniteOnce(LabelSmoothedCrossEntropyCriterion):
    """Returns an infinite loss for the armed sample, once: its gradients overflow."""

    armed_first_id = None

    def forward(self, model, sample, reduce=True):
        loss, sample_size, logging_output = super().forward(model, sample, reduce=reduce)
        if int(sample["id"][0]) == type(self).armed_first_id:
            type(self).armed_first_id = None
            loss = loss * float("inf")
        return loss, sample_size, logging_output


def cuda_trainer(tiny_bin, *extra):
    def off_cpu(cfg):
        cfg.common.cpu = False
    return build_trainer(tiny_bin, *extra, "--fp16-init-scale", "1",
                         criterion_class=NonFiniteOnce, adjust_cfg=off_cpu)


def ids_of(sample):
    return sorted(int(i) for i in sample["id"].cpu())


def test_fp16_overflow_skip_hands_no_losses(tiny_bin):
    trainer, task = cuda_trainer(tiny_bin, "--fp16")
    batches = trainer.get_train_iterator(epoch=1).next_epoch_itr(shuffle=True)
    submitted = recorded_submissions(task)
    s1, s2, s3 = (next(batches) for _ in range(3))
    trainer.train_step([s1])
    NonFiniteOnce.armed_first_id = int(s2["id"][0])
    trainer.train_step([s2])  # FP16Optimizer raises OverflowError: fairseq skips it
    assert trainer.get_num_updates() == 1
    trainer.train_step([s3])
    assert trainer.get_num_updates() == 2
    assert [sorted(b.ids.tolist()) for b in submitted] == [ids_of(s1), ids_of(s3)]
    assert task.run.pending.skipped_updates == 1
    task.worker.close()


def test_amp_overflow_skip_hands_only_the_retry(tiny_bin):
    trainer, task = cuda_trainer(tiny_bin, "--amp")
    batches = trainer.get_train_iterator(epoch=1).next_epoch_itr(shuffle=True)
    submitted = recorded_submissions(task)
    s1, s2 = (next(batches) for _ in range(2))
    trainer.train_step([s1])
    NonFiniteOnce.armed_first_id = int(s2["id"][0])
    trainer.train_step([s2])  # GradScaler skips the step; fairseq retries the batch
    assert trainer.get_num_updates() == 2
    assert [sorted(b.ids.tolist()) for b in submitted] == [ids_of(s1), ids_of(s2)]
    assert task.run.pending.skipped_updates == 1
    task.worker.close()


def test_bf16_training_through_fairseqs_trainer(tiny_bin):
    """fairseq's CLI turns --bf16 into --tpu; its Trainer itself supports bf16 on CUDA."""
    def bf16_on_cuda(cfg):
        cfg.common.cpu = False
        cfg.common.bf16 = True
        cfg.common.tpu = False
    trainer, task = build_trainer(tiny_bin, adjust_cfg=bf16_on_cuda)
    batches = trainer.get_train_iterator(epoch=1).next_epoch_itr(shuffle=True)
    submitted = recorded_submissions(task)
    samples = [next(batches) for _ in range(4)]
    for sample in samples:
        trainer.train_step([sample])
    assert next(trainer.model.parameters()).dtype == torch.bfloat16
    assert [sorted(b.ids.tolist()) for b in submitted] == [ids_of(s) for s in samples]
    for batch in submitted:
        assert batch.losses.dtype.kind == "f" and (batch.losses > 0).all()
    task.worker.close()


@pytest.mark.parametrize("precision", ["--fp16", "--amp"])
def test_fairseq_train_shrinks_in_half_precision(tiny_bin, tmp_path, precision):
    result = run(on_cuda(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "3",
                                       "--no-save", precision)))
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stdout + result.stderr
    from test_train_e2e import epoch_metrics
    epochs = epoch_metrics(log)
    assert float(epochs[1]["keep_rate"]) == 1.0
    assert float(epochs[3]["keep_rate"]) < 0.9
    assert "asst_skipped" in epochs[3] and "loss_scale" in epochs[3]
    assert float(epochs[3]["asst_acc"]) > 0.5
