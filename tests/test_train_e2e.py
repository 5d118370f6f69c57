"""End to end: fairseq-train with the task on a tiny corpus, kill and resume, decode."""
import re
import signal
import subprocess

import pytest
import torch

import fairseq_autoassist  # noqa: F401  (allowlists fairseq's checkpoint types)
from conftest import REPO, data_for_label, fairseq_command, run, train_command
from fairseq_autoassist.assistant import weights_fingerprint
from fairseq_autoassist.labels import label_class, label_names

EPOCH_LINE = re.compile(r"\| train \| epoch (\d+) \|(.*)$", re.M)


def metrics_of(line: str) -> dict:
    pairs = re.findall(r"(\w+)[ =]([-\d.e]+|None)", line)
    return {key: value for key, value in pairs}


def epoch_metrics(log: str) -> dict:
    """fairseq's end-of-epoch training metrics in ``log``, by epoch number."""
    return {int(n): metrics_of(rest) for n, rest in EPOCH_LINE.findall(log)}


def test_training_shrinks_after_warmup_and_logs_assistant_metrics(tiny_bin, tmp_path):
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "4", "--no-save"))
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stdout + result.stderr
    epochs = epoch_metrics(log)
    assert sorted(epochs) == [1, 2, 3, 4]
    assert float(epochs[1]["keep_rate"]) == 1.0  # warm-up keeps everything
    assert all(float(epochs[e]["keep_rate"]) < 0.9 for e in (2, 3, 4))
    inner = [metrics_of(l) for l in log.splitlines() if "| train_inner |" in l]
    for name in ("keep_rate", "asst_acc", "asst_conf", "asst_dropped", "asst_lag"):
        assert all(name in m for m in inner), name
    assert float(epochs[4]["asst_conf"]) > 0.5
    # the candidate onset signal, logged with the rest (1 when every loss is the same)
    assert all(1.0 <= float(epochs[e]["sel_tau"]) < 2.0 for e in (1, 2, 3, 4))


def test_importance_weighted_training_runs_and_shrinks(tiny_bin, tmp_path):
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "2", "--no-save",
                               "--assistant-importance-weighting", "1"))
    assert result.returncode == 0, result.stderr[-3000:]
    epochs = epoch_metrics(result.stdout + result.stderr)
    assert float(epochs[2]["keep_rate"]) < 0.9
    assert 0 < float(epochs[2]["loss"]) < 20


def test_the_uniform_ablation_shrinks_as_much_as_the_assistant(tiny_bin, tmp_path):
    # the control at the paper's onset and keep probabilities
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "2", "--no-save",
                               "--assistant-selection", "uniform",
                               "--assistant-onset-agreement", "0", "--assistant-keep-rate", "0"))
    assert result.returncode == 0, result.stderr[-3000:]
    epochs = epoch_metrics(result.stdout + result.stderr)
    assert float(epochs[1]["keep_rate"]) == 1.0
    assert float(epochs[2]["keep_rate"]) < 0.9


def test_a_keep_rate_target_holds_and_base_one_still_keeps_everything(tiny_bin, tmp_path):
    target = run(train_command(tiny_bin, tmp_path / "a", "--max-epoch", "3", "--no-save",
                               "--assistant-keep-rate", "0.5"))
    assert target.returncode == 0, target.stderr[-3000:]
    keep = {n: float(m["keep_rate"]) for n, m in epoch_metrics(target.stdout + target.stderr)
            .items()}
    assert keep[1] == 1.0 and all(0.4 < keep[e] < 0.6 for e in (2, 3))
    alone = run(train_command(tiny_bin, tmp_path / "b", "--max-epoch", "2", "--no-save",
                              "--assistant-keep-rate", "0.5", "--assistant-base", "1"))
    assert alone.returncode == 0, alone.stderr[-3000:]
    assert float(epoch_metrics(alone.stdout + alone.stderr)[2]["keep_rate"]) == 1.0


def test_annealed_training_fades_shrinking_out(tiny_bin, tmp_path):
    # 24 updates per epoch; the fade runs over epochs 3 and 4 (updates 48 to 96)
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-update", "96", "--no-save",
                               "--assistant-anneal-fraction", "0.5",
                               "--assistant-lookahead", "2"))
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stdout + result.stderr
    assert "shrinking fades out from update 48 to 96" in log
    keep = {n: float(m["keep_rate"]) for n, m in epoch_metrics(log).items()}
    assert keep[1] == 1.0  # warm-up
    assert keep[2] < 0.6  # shrinking, before the fade
    # decided a few updates ahead, at drop probabilities halved to zeroed
    assert keep[4] > 0.6 and keep[4] > keep[2] + 0.25


def test_the_automatic_onset_starts_selection_once_and_survives_two_resumes(tiny_bin,
                                                                            tmp_path):
    """Stopped before its window is full, resumed (the window goes on from the
    checkpoint), started, stopped, resumed again (the switch is not repeated)."""
    save_dir = tmp_path / "ck"
    options = ("--assistant-memory", "--assistant-onset-agreement", "0.6",
               "--assistant-onset-window", "100", "--save-interval-updates", "10",
               "--num-workers", "0")

    def train(max_update):
        result = run(train_command(tiny_bin, save_dir, "--max-update", str(max_update),
                                   *options))
        log = result.stdout + result.stderr
        assert result.returncode == 0, log[-3000:]
        return log

    def keep_rates(log):
        inner = (metrics_of(rest) for _, rest in INNER_LINE.findall(log))
        return [(int(m["num_updates"]), float(m["keep_rate"])) for m in inner
                if m.get("keep_rate", "None") != "None"]

    log = train(10)  # 24 updates per epoch: few pairs seen again yet
    assert "onset of selection: automatic, once the pair memory's labels agree" in log
    assert "selection starts" not in log
    state = checkpoint_assistant(save_dir / "checkpoint_last.pt")[0]
    measured = int(state["onset"]["window"][:, 0].sum())
    assert 0 <= measured < 100 and state["selection_started_at"] == -1
    log = train(40)
    assert f"goes on from the agreement of {measured} revisited pairs" in log
    started = re.findall(r"selection starts at update (\d+) \(the pair memory's labels agree "
                         r"with the previous visit's for ([\d.]+) of the latest (\d+)", log)
    assert len(started) == 1
    update, agreement, pairs = int(started[0][0]), float(started[0][1]), int(started[0][2])
    assert 10 < update < 40 and agreement >= 0.6 and pairs >= 100
    rates = keep_rates(log)
    assert all(rate == 1.0 for n, rate in rates if n <= update)
    assert any(rate < 1.0 for n, rate in rates if n > update + 5)
    state = checkpoint_assistant(save_dir / "checkpoint_last.pt")[0]
    assert state["selection_started_at"] == update
    log = train(50)
    assert f"selection started at update {update} before the checkpoint" in log
    assert "selection starts at update" not in log
    assert all(rate < 1.0 for _, rate in keep_rates(log))


def checkpoint_assistant(path):
    state = torch.load(path, map_location="cpu")  # weights_only=True, torch's default
    return state["extra_state"]["AutoAssistTranslationTask"]["autoassist"], state


def kill_after_checkpoint(command, updates: int) -> None:
    """Run ``command`` and SIGKILL it once it has saved a checkpoint at ``updates``."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    try:
        for line in process.stdout:
            if "Saved checkpoint" in line and f"@ {updates} updates" in line:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


def test_killed_after_a_checkpoint_resumes_with_the_assistant_restored(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    kill_after_checkpoint(train_command(
        tiny_bin, save_dir, "--max-update", "300", "--save-interval-updates", "10",
        "--num-workers", "0",
    ), 30)
    saved, state = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    assert state["optimizer_history"][-1]["num_updates"] == 30
    iterator_state = state["extra_state"]["train_iterator"]
    assert iterator_state["epoch"] == 2 and iterator_state["iterations_in_epoch"] == 6
    assert saved["steps"] > 0 and torch.is_tensor(saved["weights"])
    expected = weights_fingerprint(saved["weights"].numpy(), saved["bias"])

    result = run(train_command(tiny_bin, save_dir, "--max-update", "40", "--num-workers", "0"))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert re.search(r"Loaded checkpoint \S+checkpoint_last.pt \(epoch 2 @ 30 updates\)", log)
    restored = re.search(r"restored the Assistant \((\d+) steps, confidence ([\d.]+), "
                         r"weights (\w+)\)", log)
    assert restored, log[-3000:]
    assert int(restored.group(1)) == saved["steps"] and restored.group(3) == expected
    first_inner = re.search(r"\| train_inner \| epoch 002:\s+(\d+) / 24 .*num_updates=(\d+)", log)
    assert first_inner and 30 < int(first_inner.group(2)) <= 40
    final, _ = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    assert final["steps"] > saved["steps"]


def test_generate_loads_the_checkpoint_under_weights_only(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "2"))
    assert result.returncode == 0, result.stderr[-3000:]
    generated = run(fairseq_command(
        "fairseq-generate", str(tiny_bin), "--user-dir", str(REPO / "fairseq_autoassist"),
        "--task", "autoassist_translation", "--path", str(save_dir / "checkpoint_last.pt"),
        "--gen-subset", "valid", "--beam", "1", "--max-len-b", "20", "--cpu",
        "--batch-size", "32", "--required-batch-size-multiple", "1",
    ))
    assert generated.returncode == 0, generated.stderr[-3000:]
    assert len(re.findall(r"^H-\d+\t", generated.stdout, re.M)) == 60


@pytest.mark.parametrize(
    "options, message",
    [
        (["--assistant-base", "1.5"], r"--assistant-base must be in \[0, 1\], got 1.5"),
        (["--assistant-queue-size", "0"], r"--assistant-queue-size must be >= 1, got 0"),
        (["--assistant-lookahead", "-2"], r"--assistant-lookahead must be >= 1, got -2"),
        (["--assistant-loss-decay", "1"], r"--assistant-loss-decay must be in \[0, 1\), got 1"),
        (["--assistant-importance-weighting", "2"],
         r"--assistant-importance-weighting must be in \[0, 1\], got 2.0"),
        (["--assistant-anneal-fraction", "0.5"],
         r"--assistant-anneal-fraction is a fraction of --max-update, which is not set"),
        (["--assistant-anneal-fraction", "-0.1"],
         r"--assistant-anneal-fraction must be in \[0, 1\], got -0.1"),
        (["--assistant-selection", "best"], r"--assistant-selection: invalid choice: 'best'"),
        (["--assistant-selection", "assistant", "--assistant-memory", "off"],
         r"the automatic onset \(--assistant-onset-agreement 0\.92\) reads the pair memory"),
        (["--assistant-memory", "yes"], r"--assistant-memory must be one of on, off, got 'yes'"),
        (["--assistant-freeze-batches"], r"--assistant-freeze-batches reuses one packed sweep "
                                         r"of every pair: give it with --assistant-selection "
                                         r"none"),
        (["--assistant-features", "bm25"], r"--assistant-features: invalid choice: 'bm25'"),
        (["--criterion", "nat_loss"], r"can read from these criteria only: "
                                      r"label_smoothed_cross_entropy, cross_entropy"),
    ],
)
def test_bad_options_fail_fast_with_a_message(tiny_bin, tmp_path, options, message):
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "1", *options))
    assert result.returncode != 0
    assert re.search(message, result.stderr), result.stderr[-2000:]
    assert "begin training" not in result.stdout + result.stderr


INNER_LINE = re.compile(r"\| train_inner \| epoch (\d+):(.*)$", re.M)


@pytest.mark.parametrize("label", label_names())  # every registered label
def test_training_with_every_label_shrinks_after_warmup(tiny_bin, tmp_path, label):
    data = data_for_label(tiny_bin, tmp_path, label)  # reducible: irreducible losses
    result = run(train_command(data, tmp_path / "ck", "--max-epoch", "3", "--no-save",
                               "--assistant-label", label))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert f"{label} label)" in log  # the Assistant says which label it learns
    epochs = epoch_metrics(log)
    assert float(epochs[1]["keep_rate"]) == 1.0
    assert float(epochs[3]["keep_rate"]) < 0.9
    inner = [(int(n), metrics_of(rest)) for n, rest in INNER_LINE.findall(log)]
    assert all("asst_acc" in m for n, m in inner if n == 3)
    if label_class(label).needs_previous_visit:  # first visits teach nothing: no
        # accuracy in epoch 1
        assert not any("asst_acc" in m for n, m in inner if n == 1)


def test_a_resumed_run_restores_the_learnability_label(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    options = ("--assistant-label", "learnability", "--num-workers", "0")
    kill_after_checkpoint(train_command(tiny_bin, save_dir, "--max-update", "300",
                                        "--save-interval-updates", "10", *options), 30)
    saved, _ = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    last = saved["label"]["last_losses"]
    assert saved["label"]["kind"] == "learnability"
    assert last.dtype == torch.float32 and not last.isnan().any()  # epoch 1 saw every pair

    result = run(train_command(tiny_bin, save_dir, "--max-update", "40", *options))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    restored = re.search(r"restored the learnability label \(losses of (\d+) of (\d+) pairs, "
                         r"average fall ([-\d.]+)\)", log)
    assert restored, log[-3000:]
    assert restored.group(1) == restored.group(2) == str(len(last))
    assert float(restored.group(3)) == pytest.approx(saved["label"]["fall_average"], abs=1e-4)
    final, _ = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    after = final["label"]["last_losses"]
    # pairs the 10 updates after the resume did not visit kept their saved losses
    assert not after.isnan().any()
    assert 0.2 < float((after == last).float().mean()) < 1.0
    assert final["steps"] > saved["steps"]


def test_the_pair_memory_trains_saves_and_resumes(tiny_bin, tmp_path):
    """--assistant-memory through fairseq-train: shrinking runs on remembered labels, the
    memory is saved with the Assistant and restored on resume."""
    save_dir = tmp_path / "ck"
    options = ("--assistant-memory", "--num-workers", "0", "--no-epoch-checkpoints")
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "3", *options))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    epochs = epoch_metrics(log)
    assert float(epochs[1]["keep_rate"]) == 1.0 and float(epochs[3]["keep_rate"]) < 0.9
    saved, _ = checkpoint_assistant(save_dir / "checkpoint_last.pt")
    memory = saved["memory"]
    assert memory.dtype == torch.int8
    assert bool((memory >= 0).all())  # the warm-up epoch visited every pair
    assert set(memory.unique().tolist()) == {0, 1}

    resumed = run(train_command(tiny_bin, save_dir, "--max-epoch", "4", *options))
    log = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, log[-3000:]
    held = re.search(r"the pair memory holds the labels of (\d+) of (\d+) pairs", log)
    assert held and held.group(1) == held.group(2) == str(len(memory)), log[-3000:]


@pytest.mark.parametrize(
    "options, message",
    [
        (["--assistant-label", "oracle"], r"--assistant-label: invalid choice: 'oracle'"),
        (["--assistant-noise-quantile", "0.5"],
         r"--assistant-noise-quantile must be in \(0.5, 1\), got 0.5"),
        (["--assistant-noise-quantile", "1"],
         r"--assistant-noise-quantile must be in \(0.5, 1\), got 1.0"),
    ],
)
def test_bad_label_options_fail_fast_with_a_message(tiny_bin, tmp_path, options, message):
    test_bad_options_fail_fast_with_a_message(tiny_bin, tmp_path, options, message)


def test_bounded_shapes_train_with_the_ladder_collater_in_loader_workers(tiny_bin, tmp_path):
    # the ladder collater travels to fairseq's data-loading processes (--num-workers)
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "2", "--no-save",
                               "--num-workers", "2", "--assistant-bounded-shapes", "on",
                               "--assistant-shape-steps", "2"))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert float(epoch_metrics(log)[2]["keep_rate"]) < 1.0


def test_the_unbiased_threshold_trains_and_the_memory_logs_its_agreement(tiny_bin, tmp_path):
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "3", "--no-save",
                               "--assistant-memory", "--assistant-unbiased-threshold"))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    epochs = epoch_metrics(log)
    assert float(epochs[3]["keep_rate"]) < 0.9
    # pairs come back from epoch 2 on: the memory compares their new labels with its own
    assert "mem_agree" not in epochs[1]
    assert 0.5 < float(epochs[3]["mem_agree"]) <= 1.0


def test_the_assistants_choice_keeps_everything_until_the_automatic_onset(tiny_bin,
                                                                         tmp_path):
    """Selection asked for, no onset option given: the method's automatic onset decides
    (from the pair memory, which the method also sets), and before it every candidate is
    kept, with no warm-up epoch of plain batches; the start-up line says what the method
    set."""
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "2", "--no-save",
                               "--assistant-selection", "assistant", paper_selection=False))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert ("onset of selection: automatic, once the pair memory's labels agree with the "
            "previous visit's for 0.92 of the latest 5000 revisited pairs") in log
    assert ("--assistant-selection assistant (the project's selection: the automatic onset, "
            "the pair memory, the unbiased threshold, a keep-rate target); the method sets "
            "--assistant-onset-agreement 0.92, --assistant-memory on, "
            "--assistant-unbiased-threshold on, --assistant-keep-rate 0.5") in log
    assert "then a keep-rate target of 0.5" in log
    epochs = epoch_metrics(log)
    assert float(epochs[1]["keep_rate"]) == 1.0 and "mem_agree" in epochs[2]
    if "selection starts at update" not in log:
        assert float(epochs[2]["keep_rate"]) == 1.0


def test_the_defaults_keep_every_pair_even_after_the_onset(tiny_bin, tmp_path):
    """No selection option given (--assistant-selection none): the automatic onset still
    fires and says where selection would start, the Assistant and the pair memory learn
    and log their signals, and every candidate is kept throughout."""
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-update", "60", "--no-save",
                               "--assistant-onset-agreement", "0.6",
                               "--assistant-onset-window", "100", paper_selection=False))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert "selection drops nothing even then (--assistant-selection none, the default" in log
    assert ("AutoAssist: --assistant-selection none (the shrinking iterator keeps every "
            "candidate;") in log
    assert "given instead: --assistant-onset-agreement 0.6 (the method's: 0.92)" in log
    started = re.findall(r"selection starts at update (\d+) \(.*\); --assistant-selection "
                         r"none: every candidate is still kept", log)
    onset = int(started[0]) if len(started) == 1 else None
    assert onset is not None and 0 < onset < 55, log[-3000:]
    inner = [metrics_of(rest) for _, rest in INNER_LINE.findall(log)]
    rates = [(int(m["num_updates"]), float(m["keep_rate"])) for m in inner
             if m.get("keep_rate", "None") != "None"]
    assert any(n > onset for n, _ in rates) and all(rate == 1.0 for _, rate in rates)
    assert all(float(m["keep_rate"]) == 1.0 for m in epoch_metrics(log).values())
    assert any("mem_agree" in m and "asst_acc" in m for m in inner)


def test_a_fixed_onset_keeps_everything_until_it_and_survives_a_resume(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    options = ("--assistant-onset-updates", "30", "--save-interval-updates", "20",
               "--num-workers", "0")
    first = run(train_command(tiny_bin, save_dir, "--max-update", "40", *options))
    log = first.stdout + first.stderr
    assert first.returncode == 0, log[-3000:]
    assert log.count("selection starts at update 30") == 1
    inner = [(int(n), metrics_of(rest)) for n, rest in INNER_LINE.findall(log)]
    keep = [float(m["keep_rate"]) for _, m in inner if m.get("keep_rate", "None") != "None"]
    # logs every 5 updates: 1 until the onset (no warm-up epoch of plain batches), then less
    assert keep[:5] == [1.0] * 5 and min(keep[-2:]) < 1.0
    state = torch.load(save_dir / "checkpoint_last.pt", weights_only=True)
    assert state["extra_state"]["AutoAssistTranslationTask"]["autoassist"][
        "selection_started_at"] == 30
    resumed = run(train_command(tiny_bin, save_dir, "--max-update", "60", *options))
    log = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, log[-3000:]
    assert "selection started at update 30 before the checkpoint" in log
    assert "selection starts at update" not in log  # the switch is not repeated
    inner = [metrics_of(rest) for _, rest in INNER_LINE.findall(log)]
    assert all(float(m["keep_rate"]) < 1.0 for m in inner
               if m.get("keep_rate", "None") != "None")


def test_frozen_batches_train_and_keep_every_pair(tiny_bin, tmp_path):
    """The benchmark's frozen arm end to end: the defaults with
    --assistant-freeze-batches train through fairseq, every pair kept."""
    result = run(train_command(tiny_bin, tmp_path / "ck", "--max-epoch", "3", "--no-save",
                               "--assistant-freeze-batches", paper_selection=False))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert all(float(m["keep_rate"]) == 1.0 for m in epoch_metrics(log).values())
    assert len(epoch_metrics(log)) == 3
