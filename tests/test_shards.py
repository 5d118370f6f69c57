"""Sharded training data (data0:data1): the Assistant goes from shard to shard, keeps
each shard's per-pair state, saves and resumes it, and refuses shards that differ."""
import hashlib
import re
import subprocess

import numpy as np
import pytest
import scipy.sparse as sp
import torch

import corpus
from conftest import run, train_command
from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant


def eye(count):
    return sp.csr_matrix(np.eye(count, dtype=np.float32))


def teach(assistant, ids, high):
    """One step on ``ids``: the pairs in ``high`` above the moving average."""
    losses = np.where(np.isin(ids, high), 5.0, 1.0)
    assistant.observe(ids, losses * 4, np.full(len(ids), 4))


def test_each_shard_keeps_its_pair_memory_and_the_weights_carry_over():
    assistant = TokenAssistant(eye(6), AssistantSettings(memory=True, label="learnability"),
                               shard=0, num_shards=2)
    for _ in range(3):
        teach(assistant, np.arange(6), high=[1, 2])
    remembered = assistant.memory.copy()
    last_losses = assistant.label.last_losses.copy()
    weights = assistant.weights.copy()
    assistant.switch_pairs(eye(6)[:4], shard=1)  # another shard: 4 pairs, nothing known
    assert assistant.num_pairs == 4 and assistant.pairs_remembered == 0
    assert np.isnan(assistant.label.last_losses).all()
    np.testing.assert_array_equal(assistant.weights, weights)  # the model carries over
    teach(assistant, np.arange(4), high=[0])
    assistant.switch_pairs(eye(6), shard=0)  # back: the shard's state as it was left
    np.testing.assert_array_equal(assistant.memory, remembered)
    np.testing.assert_array_equal(assistant.label.last_losses, last_losses)
    assert assistant.shard_pairs() == {0: 6, 1: 4}


def test_a_checkpoint_saved_in_one_shard_resumes_in_another():
    settings = AssistantSettings(memory=True)
    saved = TokenAssistant(eye(6), settings, shard=0, num_shards=2)
    teach(saved, np.arange(6), high=[3])
    saved.switch_pairs(eye(6)[:4], shard=1)
    teach(saved, np.arange(4), high=[1])
    state = saved.state_dict()
    assert state["shard"] == 1 and set(state["shelved"]) == {"0"}

    resumed = TokenAssistant(eye(6), settings, shard=0, num_shards=2)  # e.g. a new epoch 1
    resumed.load_state_dict(state)
    np.testing.assert_array_equal(resumed.memory, saved._shelf[0][1]["memory"])
    resumed.switch_pairs(eye(6)[:4], shard=1)
    np.testing.assert_array_equal(resumed.memory, saved.memory)
    np.testing.assert_array_equal(resumed.weights, saved.weights)


def test_a_checkpoint_of_other_shards_is_refused_with_the_fix():
    state = TokenAssistant(eye(6), AssistantSettings(), shard=0, num_shards=2).state_dict()
    with pytest.raises(ValueError, match=r"trained on 2 shard\(s\).*this run's data has 1.*"
                                         r"--reset-assistant"):
        TokenAssistant(eye(6), AssistantSettings()).load_state_dict(state)
    with pytest.raises(ValueError, match=r"6 training pairs in training shard 0, this data "
                                         r"has 5 pairs"):
        TokenAssistant(eye(5), AssistantSettings(), num_shards=2).load_state_dict(state)


def preprocess(text_dir, out_dir, dictionary_dir=None):
    """Binarise a training split, with the given folder's dictionaries if any."""
    dictionaries = [] if dictionary_dir is None else [
        "--srcdict", str(dictionary_dir / "dict.src.txt"),
        "--tgtdict", str(dictionary_dir / "dict.tgt.txt")]
    subprocess.run([*corpus.fairseq_bin("fairseq-preprocess"), "--source-lang", "src",
                    "--target-lang", "tgt", "--trainpref", str(text_dir / "train"),
                    "--destdir", str(out_dir), "--workers", "1", *dictionaries],
                   check=True, capture_output=True)
    return out_dir


@pytest.fixture(scope="module")
def second_shard(tiny_bin, tmp_path_factory):
    """500 other pairs binarised with the first shard's dictionaries."""
    root = tmp_path_factory.mktemp("shard1")
    text = corpus.write_text_corpus(root / "text", sizes=(("train", 500),), seed=7)
    return preprocess(text, root / "bin", dictionary_dir=tiny_bin)


def digest(path):
    return hashlib.sha1(path.read_bytes()).hexdigest()


def test_sharded_data_trains_and_resumes(tiny_bin, second_shard, tmp_path):
    data = f"{tiny_bin}:{second_shard}"
    save_dir = tmp_path / "ck"
    options = ("--assistant-memory", "--num-workers", "0", "--assistant-warmup-epochs", "1")
    result = run(train_command(data, save_dir, "--max-epoch", "3", *options))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert "training shard 1 of 2 (500 pairs)" in log and "training shard 0 of 2 (800 " \
        "pairs); the pair memory holds the labels of 800" in log, log[-3000:]
    assert re.search(r"\| train \| epoch 003 \|.*keep_rate 0\.\d+", log)  # shrinking
    state = torch.load(save_dir / "checkpoint_last.pt", map_location="cpu")
    saved = state["extra_state"]["AutoAssistTranslationTask"]["autoassist"]
    assert saved["shard"] == 0 and saved["num_shards"] == 2
    assert saved["memory"].shape == (800,) and saved["shelved"]["1"]["num_pairs"] == 500
    assert saved["shelved"]["1"]["memory"].shape == (500,)

    resumed = run(train_command(data, save_dir, "--max-epoch", "4", *options))
    log = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, log[-3000:]
    # saved at the end of epoch 3 (shard 0), resumed in epoch 4 (shard 1): the shard's
    # memory comes back from the checkpoint, and shard 0's at the switch to epoch 5
    assert "restored the Assistant" in log, log[-3000:]
    held = re.search(r"the pair memory holds the labels of (\d+) of 500 pairs", log)
    assert held and 0 < int(held.group(1)) <= 500, log[-3000:]
    assert "training shard 0 of 2 (800 pairs); the pair memory holds the labels of 800" in log

    # the same checkpoint with one shard only: refused, the checkpoint untouched
    before = digest(save_dir / "checkpoint_last.pt")
    refused = run(train_command(tiny_bin, save_dir, "--max-epoch", "5", *options))
    log = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "trained on 2 shard(s) of training data, this run's data has 1" in log, log[-3000:]
    assert digest(save_dir / "checkpoint_last.pt") == before


def test_a_shard_with_another_dictionary_is_refused_before_training(tiny_bin, tmp_path):
    text = corpus.write_text_corpus(tmp_path / "text", sizes=(("train", 300),), seed=9)
    (text / "train.src").write_text((text / "train.src").read_text().replace("w", "v"))
    other = preprocess(text, tmp_path / "bin")  # its own dictionaries
    save_dir = tmp_path / "ck"
    result = run(train_command(f"{tiny_bin}:{other}", save_dir, "--max-epoch", "2"))
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"training shard 1 \(\S+\) was binarised with another src dictionary "
                     r"than the first shard.*--srcdict", log), log[-3000:]
    assert not (save_dir / "checkpoint_last.pt").exists()


def test_a_corpus_whose_per_pair_state_cannot_fit_is_refused_with_the_options_to_drop():
    from types import SimpleNamespace

    from fairseq_autoassist.footprint import check_pair_state_fits, pair_footprint

    options = SimpleNamespace(assistant_importance_weighting=0.0,
                              assistant_unbiased_threshold="off", assistant_memory="on",
                              assistant_spaced_revisits="off",
                              assistant_label="learnability", assistant_onset_agreement=0.0,
                              assistant_onset_updates=0, assistant_onset_fraction=0.0)
    assert pair_footprint(options).bytes_for(100, 300) == 4 * 100 + 5 * 300
    check_pair_state_fits(options, 36_000_000, 1, available=16 * 2 ** 30)  # 0.5 GiB: fits
    with pytest.raises(ValueError, match=r"36,000,000 training pairs x 8 shard\(s\) needs "
                                         r"1\.5 GiB.*Train with --assistant-memory off and "
                                         r"another --assistant-label than learnability"):
        check_pair_state_fits(options, 36_000_000, 8, available=2 * 2 ** 30)
    # the methods' defaults (none, assistant, uniform): the memory, read by the automatic
    # onset, and the unbiased threshold; each named with the value that turns it off
    project = SimpleNamespace(**{**vars(options), "assistant_unbiased_threshold": "on",
                                 "assistant_label": "paper", "assistant_onset_agreement": 0.92})
    assert pair_footprint(project).bytes_for(100, 300) == 8 * 100 + 1 * 300
    with pytest.raises(ValueError, match=r"keep probabilities \(--assistant-unbiased-threshold "
                                         r"on\);.*Train with --assistant-unbiased-threshold off "
                                         r"and --assistant-memory off and "
                                         r"--assistant-onset-agreement 0, or on a machine"):
        check_pair_state_fits(project, 2_000_000_000, 1, available=2 * 2 ** 30)


def test_two_workers_go_through_the_shards_with_one_assistant(tiny_bin, second_shard, tmp_path):
    from test_distributed import AGREE, start_workers, stop

    processes = start_workers(f"{tiny_bin}:{second_shard}", tmp_path / "ck", "--max-epoch", "3",
                              "--assistant-memory", logs=tmp_path)
    try:
        codes = [process.wait(timeout=240) for process in processes]
    finally:
        stop(processes)
    logs = [(tmp_path / f"rank{rank}.log").read_text() for rank in (0, 1)]
    assert codes == [0, 0], logs[0][-3000:] + logs[1][-3000:]
    # (fairseq logs on the first worker only)
    assert "training shard 1 of 2 (500 pairs)" in logs[0], logs[0][-3000:]
    assert "training shard 0 of 2 (800 pairs); the pair memory holds the labels" in logs[0]
    # one Assistant on both workers at every epoch's start, in every shard (the check
    # also compares the two workers' epoch lengths)
    starts = {int(epoch) for where, epoch, workers, *_ in AGREE.findall(logs[0])
              if where == "start" and workers == "2"}
    assert starts == {1, 2, 3}
