"""The reducible label (--assistant-label reducible): the Boss's normalised loss minus
the pair's irreducible loss, read from the file beside each shard's data."""
import re
import shutil
from types import SimpleNamespace

import numpy as np
import pytest

import corpus
from conftest import experiment, run, train_command, with_irreducible
from fairseq_autoassist.footprint import pair_footprint
from fairseq_autoassist.labels import build_label, label_class
from test_shards import preprocess


def test_a_pair_no_model_learns_is_not_informative_however_high_its_loss():
    # pairs: noise (high loss, high irreducible), learnable and not yet learnt (high
    # loss, low irreducible), learnt (low, low), and the rest in between
    irreducible = np.array([5.0, 0.5, 0.5, 2.0, 2.0, 2.0])
    normalised = np.array([6.0, 5.0, 0.6, 3.0, 3.0, 3.0])
    label = build_label("reducible", 6, 0.0, inputs={"irreducible": irreducible})
    out = label.label(np.arange(6), normalised * 2, np.full(6, 2))
    assert out.mask.all()
    assert out.labels.tolist() == [0, 1, 0, 0, 0, 0]  # reducible 1, 4.5, .1, 1, 1, 1
    assert label.reducible_average == pytest.approx(np.mean([1, 4.5, .1, 1, 1, 1]))
    paper = build_label("paper", 6, 0.0).label(np.arange(6), normalised * 2, np.full(6, 2))
    assert paper.labels[0] == 1  # the paper's label calls the noise informative


def test_the_label_reads_each_pairs_own_irreducible_loss_by_id():
    irreducible = np.array([0.0, 10.0, 0.0, 10.0])
    label = build_label("reducible", 4, 0.0, inputs={"irreducible": irreducible})
    out = label.label(np.array([3, 2]), np.array([11.0, 2.0]), np.ones(2))
    assert out.labels.tolist() == [0, 1]  # reducible 1 and 2


def test_missing_or_mis_sized_irreducible_losses_are_refused():
    with pytest.raises(ValueError, match="needs the training pairs' irreducible"):
        build_label("reducible", 4, 0.9)
    with pytest.raises(ValueError, match="3 values of irreducible for a training set of 4"):
        build_label("reducible", 4, 0.9, inputs={"irreducible": np.zeros(3)})
    with pytest.raises(ValueError, match="irreducible"):
        label_class("reducible").oracle(np.ones(4), None, None, None)


def test_the_irreducible_losses_cost_two_bytes_per_pair_of_the_shard():
    base = dict(assistant_importance_weighting=0.0, assistant_unbiased_threshold="off",
                assistant_memory="off", assistant_spaced_revisits="off",
                assistant_onset_agreement=0.0, assistant_onset_updates=0,
                assistant_onset_fraction=0.0)
    paper = pair_footprint(SimpleNamespace(**base, assistant_label="paper"))
    reducible = pair_footprint(SimpleNamespace(**base, assistant_label="reducible"))
    assert reducible.per_current_pair - paper.per_current_pair == 2
    assert reducible.per_pair_seen == paper.per_pair_seen


@pytest.fixture(scope="module")
def two_shards(tiny_bin, tmp_path_factory):
    """Two shards (a copy of the tiny corpus, and 300 other pairs with its dictionaries),
    without irreducible losses yet."""
    root = tmp_path_factory.mktemp("reducible")
    first = root / "shard0"
    shutil.copytree(tiny_bin, first)
    text = corpus.write_text_corpus(root / "text", sizes=(("train", 300),), seed=9)
    return first, preprocess(text, root / "shard1", dictionary_dir=first)


def test_training_without_the_file_stops_at_start_up_naming_the_tool(two_shards, tmp_path):
    first, _ = two_shards
    save_dir = tmp_path / "ck"
    result = run(train_command(first, save_dir, "--max-epoch", "1",
                               "--assistant-label", "reducible"))
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "no irreducible losses for" in log and "autoassist-tools irreducible --data" in log
    assert not (save_dir / "checkpoint_last.pt").exists()


def test_a_sharded_run_reads_each_shards_irreducible_losses(two_shards, tmp_path):
    first, second = two_shards
    with_irreducible(first, 1)
    with_irreducible(second, 2)
    data = f"{first}:{second}"
    result = run(train_command(data, tmp_path / "ck", "--max-epoch", "3",
                               "--assistant-label", "reducible", "--assistant-memory",
                               "--assistant-warmup-epochs", "1"))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert "reducible label" in log and "training shard 1 of 2 (300 pairs)" in log, log[-3000:]
    for folder, pairs in ((first, 800), (second, 300)):  # each shard's own file, named
        assert (f"the irreducible losses of {pairs} pairs from "
                f"{folder}/train.src-tgt.irreducible.npy (made by: ") in log, log[-3000:]
    assert re.search(r"\| train \| epoch 003 \|.*keep_rate 0\.\d+", log), log[-3000:]


def test_the_reading_tells_when_the_reducible_label_prefers_the_bosss_easy_pairs():
    """experiments/reducible_vs_paper.py: irreducible losses that follow the Boss's
    closely but spread wider (a weaker model, on pairs it never saw) make the reducible
    loss fall as the Boss's loss rises, so the label calls the Boss's easier pairs
    informative; irreducible losses alike for every pair leave the paper's label."""
    module = experiment("reducible_vs_paper")
    rng = np.random.default_rng(0)
    boss = rng.normal(2.0, 0.7, 5000)
    wider = 1.3 * boss + rng.normal(0.0, 0.2, 5000)
    r = module.reading(boss, wider)
    assert r["boss_vs_irreducible"] > 0.9 and r["reducible_vs_boss"] < -0.5
    assert r["agreement"] < 0.5
    assert r["boss_loss_of_reducible_informative"] < r["boss_mean"] \
        < r["boss_loss_of_paper_informative"]
    same = module.reading(boss, np.full(5000, 2.5))
    assert same["agreement"] == 1.0 and same["reducible_vs_boss"] == pytest.approx(1.0)
