"""Irreducible losses as data: the file beside each shard (refused when it does not
describe the corpus), the half split and its subset dataset as fairseq batches it, and
``autoassist-tools irreducible`` end to end on two shards."""
import json
import shutil
import sys

import numpy as np
import pytest
import torch

import corpus
from conftest import REPO, TINY_MODEL
from fairseq_autoassist.half_task import half_members
from fairseq_autoassist.irreducible import (
    BYTES_PER_PAIR, corpus_fingerprint, irreducible_path, load_irreducible, read_sidecar,
    write_irreducible,
)
from fairseq_autoassist.pair_subset import PairSubsetDataset
from test_shards import preprocess


@pytest.fixture(scope="module")
def other_corpus(tiny_bin, tmp_path_factory):
    """800 other pairs (as many as tiny_bin's training set), tiny_bin's dictionaries."""
    root = tmp_path_factory.mktemp("other")
    text = corpus.write_text_corpus(root / "text", sizes=(("train", 800),), seed=5)
    return preprocess(text, root / "bin", dictionary_dir=tiny_bin)


@pytest.fixture(scope="module")
def small_shard(tiny_bin, tmp_path_factory):
    """A second shard: 300 other pairs, tiny_bin's dictionaries."""
    root = tmp_path_factory.mktemp("small-shard")
    text = corpus.write_text_corpus(root / "text", sizes=(("train", 300),), seed=9)
    return preprocess(text, root / "bin", dictionary_dir=tiny_bin)


@pytest.fixture
def data(tiny_bin, tmp_path):
    """A copy of the tiny corpus this test may write beside."""
    return shutil.copytree(tiny_bin, tmp_path / "data")


def random_losses(count, seed=0):
    return np.random.default_rng(seed).uniform(0.5, 6.0, count)


# ---- the file -----------------------------------------------------------------------

def test_written_losses_load_memory_mapped_as_float16(data):
    losses = random_losses(800)
    path = write_irreducible(str(data), "train", "src", "tgt", losses, {"seed": 3})
    assert path == data / "train.src-tgt.irreducible.npy" == irreducible_path(
        str(data), "train", "src", "tgt")
    loaded = load_irreducible(str(data), "train", "src", "tgt", 800)
    assert isinstance(loaded, np.memmap) and loaded.dtype == np.float16
    np.testing.assert_array_equal(loaded, losses.astype(np.float16))
    assert np.load(path, mmap_mode="r").shape == (800,)  # a plain .npy
    sidecar = read_sidecar(str(data), "train", "src", "tgt")
    assert sidecar["pairs"] == 800 and sidecar["seed"] == 3
    assert sidecar["bytes_per_pair"] == BYTES_PER_PAIR == 2
    assert sidecar["corpus"] == corpus_fingerprint(str(data), "train", "src", "tgt")
    assert set(sidecar["corpus"]["sha256"]) == {
        "train.src-tgt.src.idx", "train.src-tgt.tgt.idx", "dict.src.txt", "dict.tgt.txt"}
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]  # renamed, not left


def test_an_existing_file_is_replaced_only_when_asked(data):
    write_irreducible(str(data), "train", "src", "tgt", random_losses(800), {})
    with pytest.raises(FileExistsError, match=r"overwrite=True.*--overwrite"):
        write_irreducible(str(data), "train", "src", "tgt", random_losses(800, 1), {})
    write_irreducible(str(data), "train", "src", "tgt", random_losses(800, 1), {},
                      overwrite=True)
    np.testing.assert_array_equal(load_irreducible(str(data), "train", "src", "tgt", 800),
                                  random_losses(800, 1).astype(np.float16))


def test_losses_of_another_corpus_are_refused(data, other_corpus):
    write_irreducible(str(data), "train", "src", "tgt", random_losses(800), {})
    for name in ("train.src-tgt.src.idx", "train.src-tgt.src.bin",
                 "train.src-tgt.tgt.idx", "train.src-tgt.tgt.bin"):
        shutil.copy(other_corpus / name, data / name)  # the folder binarised again
    with pytest.raises(ValueError, match=r"made from another corpus.*fingerprint.*"
                                         r"autoassist-tools irreducible --data"):
        load_irreducible(str(data), "train", "src", "tgt", 800)


def test_a_wrong_length_a_missing_file_and_bad_values_are_refused(data):
    with pytest.raises(ValueError, match=r"irreducible\.npy is missing.*autoassist-tools "
                                         r"irreducible --data"):
        load_irreducible(str(data), "train", "src", "tgt", 800)
    with pytest.raises(ValueError, match=r"799 irreducible losses for 800 pairs"):
        write_irreducible(str(data), "train", "src", "tgt", random_losses(799), {})
    bad = random_losses(800)
    bad[5] = np.nan
    with pytest.raises(ValueError, match=r"1 irreducible losses are NaN.*pair 5"):
        write_irreducible(str(data), "train", "src", "tgt", bad, {})
    bad[5] = 1e6  # beyond float16
    with pytest.raises(ValueError, match=r"NaN or infinite in float16"):
        write_irreducible(str(data), "train", "src", "tgt", bad, {})
    path = write_irreducible(str(data), "train", "src", "tgt", random_losses(800), {})
    with pytest.raises(ValueError, match=r"holds 800 irreducible losses, the training set "
                                         r"has 799 pairs"):
        load_irreducible(str(data), "train", "src", "tgt", 799)
    damaged = np.load(path, mmap_mode="r+")
    damaged[7] = np.inf
    damaged.flush()
    del damaged
    with pytest.raises(ValueError, match=r"1 NaN or infinite losses"):
        load_irreducible(str(data), "train", "src", "tgt", 800)


def test_the_reverse_direction_keeps_the_folder_s_language_pair(data):
    """fairseq trains tgt->src from train.src-tgt.*; its file must not be named
    train.tgt-src.*, which fairseq would read as the folder's language pair."""
    from fairseq.data import data_utils

    path = write_irreducible(str(data), "train", "tgt", "src", random_losses(800), {})
    assert path.name == "train.src-tgt.irreducible.tgt-src.npy"
    pairs = {p.name.split(".")[1] for p in data.iterdir()
             if len(p.name.split(".")) >= 3 and "-" in p.name.split(".")[1]}
    assert pairs == {"src-tgt"} and data_utils.infer_language_pair(str(data)) == ["src", "tgt"]
    assert load_irreducible(str(data), "train", "tgt", "src", 800).shape == (800,)
    with pytest.raises(ValueError, match="missing"):  # the forward direction has none
        load_irreducible(str(data), "train", "src", "tgt", 800)


# ---- the half split and its dataset -------------------------------------------------

@pytest.mark.parametrize("count", [0, 1, 2, 7, 800])
def test_the_halves_partition_the_pairs(count):
    first, second = half_members(count, 3, 0), half_members(count, 3, 1)
    assert len(first) == (count + 1) // 2 and len(second) == count // 2
    np.testing.assert_array_equal(np.sort(np.concatenate([first, second])), np.arange(count))
    np.testing.assert_array_equal(first, half_members(count, 3, 0))  # deterministic


def test_the_seed_chooses_the_halves():
    assert not np.array_equal(half_members(800, 1, 0), half_members(800, 2, 0))
    with pytest.raises(ValueError, match="half must be 0 or 1"):
        half_members(800, 1, 2)


def half_task(data, half, *extra):
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    parser = options.get_training_parser()
    args = options.parse_args_and_arch(parser, [
        str(data), "--user-dir", str(REPO / "fairseq_autoassist"), "--task",
        "irreducible_half", "--arch", "transformer", "--half", str(half), *extra])
    return tasks.setup_task(convert_namespace_to_omegaconf(args).task)


def batched_ids(task, dataset, max_positions=(1024, 1024), ignore_invalid=False):
    iterator = task.get_batch_iterator(dataset, max_tokens=200, max_positions=max_positions,
                                       ignore_invalid_inputs=ignore_invalid, seed=1,
                                       disable_iterator_cache=True)
    ids, shapes = [], []
    for sample in iterator.next_epoch_itr(shuffle=True):
        ids.extend(sample["id"].tolist())
        shapes.append((sample["net_input"]["src_tokens"].numel(), sample["target"].numel()))
    return np.array(ids), shapes


@pytest.mark.parametrize("half", [0, 1])
def test_the_half_task_trains_on_exactly_its_half(tiny_bin, half):
    task = half_task(tiny_bin, half, "--half-seed", "4")
    task.load_dataset("train", combine=True)
    subset = task.dataset("train")
    members = half_members(800, 4, half)
    assert isinstance(subset, PairSubsetDataset) and len(subset) == len(members)
    whole = subset.dataset
    np.testing.assert_array_equal(subset.sizes, whole.sizes[members])
    np.testing.assert_array_equal(subset.num_tokens_vec(np.arange(3)),
                                  whole.num_tokens_vec(members[:3]))
    assert subset.size(2) == whole.size(members[2])
    assert subset.num_tokens(2) == whole.num_tokens(members[2])
    assert sorted(subset.ordered_indices()) == list(range(len(subset)))
    ids, shapes = batched_ids(task, subset)
    assert len(ids) == len(set(ids)) and sorted(ids) == members.tolist()
    assert all(max(shape) <= 200 for shape in shapes)  # batched by the members' sizes
    assert torch.equal(subset[5]["source"], whole[int(members[5])]["source"])
    assert subset[5]["id"] == members[5]  # the pair's id in the shard
    # fairseq's size filter drops the members too long, and names them by position
    short, _ = batched_ids(task, subset, max_positions=(8, 8), ignore_invalid=True)
    fits = [i for i in members if whole.src_sizes[i] <= 8 and whole.tgt_sizes[i] <= 8]
    assert 0 < len(fits) < len(members) and sorted(short) == fits
    kept, ignored = subset.filter_indices_by_size(np.arange(len(subset)), (8, 8))
    assert sorted(members[kept]) == fits and all(max(subset.size(i)) > 8 for i in ignored)


def test_the_validation_split_stays_whole(tiny_bin):
    task = half_task(tiny_bin, 0)
    task.load_dataset("valid")
    assert not isinstance(task.dataset("valid"), PairSubsetDataset)
    assert len(task.dataset("valid")) == 60


# ---- the tool -----------------------------------------------------------------------

@pytest.fixture
def tiny_preset(monkeypatch):
    """The tests' tiny model as a preset of the tool."""
    from autoassist_tools.benchmark.arms import PRESETS, Preset

    monkeypatch.setitem(PRESETS, "tiny", Preset("tiny", list(TINY_MODEL), max_update=40,
                                                 checkpoint_interval=10))


def tool(*argv):
    from autoassist_tools import irreducible

    return irreducible.main([str(a) for a in argv])


def test_the_tool_refuses_bad_input_before_training(data, small_shard, tmp_path, capsys):
    work = tmp_path / "work"
    with pytest.raises(SystemExit, match=r"no data folder .*/missing"):
        tool("--data", f"{data}:{tmp_path / 'missing'}", "--work-dir", work)
    with pytest.raises(SystemExit, match=r"has no dict\.xx\.txt.*--source-lang"):
        tool("--data", data, "--source-lang", "src", "--target-lang", "xx", "--work-dir", work)
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(data / "dict.src.txt", empty)
    with pytest.raises(SystemExit, match=r"holds no binarised train data for src-tgt"):
        tool("--data", f"{data}:{empty}", "--work-dir", work)
    existing = irreducible_path(str(data), "train", "src", "tgt")
    existing.write_bytes(b"")
    with pytest.raises(SystemExit, match=r"irreducible\.npy already exists: give --overwrite"):
        tool("--data", f"{data}:{small_shard}", "--work-dir", work)
    existing.unlink()
    (work / "half0").mkdir(parents=True)
    (work / "half0" / "command.txt").write_text("fairseq-train x --task translation")
    with pytest.raises(SystemExit, match=r"half0 holds a half model trained otherwise"):
        tool("--data", data, "--work-dir", work, "--preset", "quick")
    assert not (work / "half1").exists()  # nothing trained


def test_the_tool_scores_each_pair_with_the_model_that_did_not_see_it(
        data, small_shard, tmp_path, tiny_preset, capsys):
    from fairseq import checkpoint_utils

    from autoassist_tools.benchmark.nll import pair_losses
    from autoassist_tools.irreducible import translation_task

    work = tmp_path / "work"
    argv = ["--data", f"{data}:{small_shard}", "--preset", "tiny", "--max-update", "24",
            "--seed", "5", "--work-dir", work, "--side-by-side"]
    assert tool(*argv) == 0
    out = capsys.readouterr().out
    assert "2 bytes per pair: 2,200 bytes for 1,100 pairs in 2 file(s)" in out, out
    assert "half model 0:" in out and "CPU minutes of training" in out, out
    for half in (0, 1):  # each trained on its half of each shard
        log = (work / f"half{half}" / "train.log").read_text()
        assert f"irreducible half {half} (seed 5) of training shard 0: " \
               f"{len(half_members(800, 5, half))} of 800 pairs" in log, log[-2000:]
        assert f"training shard 1: {len(half_members(300, 5, half))} of 300 pairs" in log

    task = translation_task(f"{data}:{small_shard}", ("src", "tgt"))
    models = {}
    for half in (0, 1):
        loaded, _ = checkpoint_utils.load_model_ensemble(
            [str(work / f"half{half}" / "checkpoints" / "checkpoint_last.pt")], task=task)
        models[half] = loaded[0]
    for shard, (folder, count) in enumerate(((data, 800), (small_shard, 300))):
        losses = np.asarray(load_irreducible(str(folder), "train", "src", "tgt", count),
                            dtype=np.float64)
        sidecar = read_sidecar(str(folder), "train", "src", "tgt")
        assert [(m["trained_on_half"], m["scores_half"]) for m in sidecar["models"]] == \
            [(0, 1), (1, 0)]
        assert sidecar["half_split"]["seed"] == 5 and sidecar["shard"] == shard
        assert sidecar["cost"]["bytes_per_pair"] == 2 and sidecar["cost"]["bytes"] == 2 * count
        assert all(c > 0 for c in sidecar["cost"]["train_cpu_seconds"])
        task.load_dataset("train", epoch=shard + 1, combine=True)
        dataset = task.dataset("train")
        for half in (0, 1):
            unseen = half_members(count, 5, 1 - half)
            by_other = pair_losses(models[half], dataset, 4096, unseen).normalised[unseen]
            by_self = pair_losses(models[1 - half], dataset, 4096, unseen).normalised[unseen]
            np.testing.assert_allclose(losses[unseen], by_other, rtol=2e-3, atol=2e-3)
            # the other model's losses would not pass: the check can fail
            assert np.abs(losses[unseen] - by_self).max() > 0.01

    # a rerun trains nothing, and replaces the files only when asked
    with pytest.raises(SystemExit, match="already exists: give --overwrite"):
        tool(*argv)
    before = np.array(load_irreducible(str(small_shard), "train", "src", "tgt", 300))
    assert tool(*argv, "--overwrite") == 0
    out = capsys.readouterr().out
    assert "[half 0] already trained (24 updates)" in out and "[half 1] already" in out, out
    np.testing.assert_array_equal(
        load_irreducible(str(small_shard), "train", "src", "tgt", 300), before)
    assert json.loads((work / "half0" / "cost.json").read_text())["attempts"] == 1


def test_a_trainer_counts_as_trained_only_when_it_finished(tmp_path):
    """fairseq-train's abort at exit after "done training" is a finished run (its
    checkpoints are written); any other failure is refused, naming the log. Each
    attempt's CPU time goes to the half model's cost."""
    from autoassist_tools.irreducible import HalfModel, read_cost, train

    aborts = HalfModel(0, tmp_path / "half0", [
        sys.executable, "-c", "import os; print('done training in 1.0 seconds', flush=True); "
        "os.abort()"])
    train([aborts], threads=1)
    assert "aborted at exit (SIGABRT) after 'done training'" in aborts.log.read_text()
    assert read_cost(aborts).attempts == 1
    fails = HalfModel(1, tmp_path / "half1", [sys.executable, "-c", "import os; os.abort()"])
    with pytest.raises(RuntimeError, match=r"half model 1 failed \(exit -6\); see .*train\.log"):
        train([fails], threads=1)
    exits = HalfModel(1, tmp_path / "half1", [sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(RuntimeError, match=r"failed \(exit 3\)"):
        train([exits], threads=1)
    assert read_cost(exits).attempts == 2
