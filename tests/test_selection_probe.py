"""The selection probe: its policies and stream, and a run on a tiny plain-fairseq run."""
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from fairseq.data import Dictionary, LanguagePairDataset

from conftest import data_for_label, experiment, run, train_command

from autoassist_tools.probe import table
from autoassist_tools.probe.policies import (
    Policy, StreamCounts, candidate_stream, policy_label, policy_names, select, updates,
)
from fairseq_autoassist.batching import BatchLimits, pack_kept
from fairseq_autoassist.labels import label_class, label_names
from fairseq_autoassist.labels.noise_aware import NoiseAwareOptions

REPO = Path(__file__).resolve().parents[1]


def test_top_selection_keeps_the_highest_scores_in_pool_order():
    pool = np.array([7, 3, 9, 1, 5])
    scores = np.zeros(10)
    scores[[9, 1, 5]] = [0.9, 0.8, 0.7]
    kept = select(Policy("p", scores=scores), pool, 2, np.random.default_rng(0))
    assert kept.tolist() == [9, 1]


def test_top_selection_breaks_ties_at_random_among_equal_labels():
    pool = np.arange(100)
    labels = (np.arange(100) < 50).astype(float)
    seen = set()
    for seed in range(5):
        kept = select(Policy("p", scores=labels), pool, 20, np.random.default_rng(seed))
        assert len(kept) == 20 and labels[kept].all()
        seen.add(tuple(kept))
    assert len(seen) == 5


def test_weighted_selection_is_proportional_to_scores():
    pool = np.arange(2)
    scores = np.array([0.8, 0.2])
    rng = np.random.default_rng(0)
    first = sum(select(Policy("p", scores=scores), pool, 1, rng, "weighted")[0] == 0
                for _ in range(4000))
    assert first / 4000 == pytest.approx(0.8, abs=0.03)


def test_uniform_and_keepall():
    pool = np.arange(10, 20)
    rng = np.random.default_rng(0)
    assert select(Policy("keepall"), pool, 3, rng).tolist() == pool.tolist()
    kept = select(Policy("uniform", random=True), pool, 3, rng)
    assert len(kept) == 3 and set(kept) <= set(pool) and list(kept) == sorted(kept)
    with pytest.raises(ValueError, match="unknown selection"):
        select(Policy("p", scores=np.ones(20)), pool, 3, rng, "best")


def dataset_of(sizes):
    """A pair dataset whose pairs have the given ``num_tokens`` (both sides that long)."""
    dictionary = Dictionary()
    for i in range(10):
        dictionary.add_symbol(f"w{i}")
    sentences = [torch.LongTensor([4] * (int(n) - 1) + [2]) for n in sizes]
    lengths = np.array([len(t) for t in sentences])
    return LanguagePairDataset(sentences, lengths, dictionary, sentences, lengths, dictionary)


def take(iterator, count):
    return [b for _, b in zip(range(count), iterator)]


def test_candidate_stream_is_seeded_and_passes_over_every_pair():
    first = candidate_stream(30, seed=4).take(30)
    assert sorted(first) == list(range(30))
    assert first.tolist() == candidate_stream(30, seed=4).take(30).tolist()
    assert first.tolist() != candidate_stream(30, seed=5).take(30).tolist()


def test_updates_pack_kept_pairs_under_the_batch_limits_and_count_the_keep_rate():
    sizes = np.random.default_rng(0).integers(2, 30, size=200)
    dataset = dataset_of(sizes)
    counts = StreamCounts()
    batches = take(updates(Policy("uniform", random=True), dataset, BatchLimits(100), 50,
                           0.5, 1, counts), 20)
    assert all(len(b) * sizes[b].max() <= 100 for b in batches)  # padded, as fairseq
    padded = np.array([len(b) * sizes[b].max() for b in batches])
    assert np.mean([sizes[b].sum() for b in batches] / padded) > 0.8  # sorted: no waste
    assert counts.keep_rate == pytest.approx(0.5)
    # 25 kept pairs of size 30 per pool: 8 updates of 3, and the 25th waits for the next
    # pool instead of making an update of its own
    equal = take(updates(Policy("uniform", random=True), dataset_of(np.full(200, 30)),
                         BatchLimits(100), 50, 0.5, 1, StreamCounts()), 30)
    assert {len(b) for b in equal} == {3}
    # --required-batch-size-multiple holds, and no kept pair is lost to it
    counts = StreamCounts()
    multiple = take(updates(Policy("uniform", random=True), dataset_of(np.full(400, 10)),
                            BatchLimits(100, None, 4), 50, 0.5, 1, counts, lookahead=4),
                     20)
    assert {len(b) for b in multiple} == {8}
    trained = np.concatenate(multiple)
    assert len(trained) == len(set(trained.tolist()))  # within a sweep: no pair twice
    everything = StreamCounts()
    next(updates(Policy("keepall"), dataset, BatchLimits(100), 50, 1.0, 1, everything))
    assert everything.keep_rate == 1.0


def test_updates_are_the_plug_ins_packing():
    sizes = np.random.default_rng(1).integers(2, 30, size=120)
    dataset = dataset_of(sizes)
    pool = candidate_stream(len(dataset), 7).take(60)
    expected, carry = pack_kept(dataset, pool, BatchLimits(100, None, 2))
    assert len(expected) > 2 and len(carry) > 0
    batches = take(updates(Policy("keepall"), dataset, BatchLimits(100, None, 2), 60, 1.0,
                           7, StreamCounts(), lookahead=1), len(expected))
    # the first pool's updates are exactly the plug-in's batches of it, shuffled
    assert sorted(sorted(b) for b in batches) == sorted(sorted(b.tolist()) for b in expected)


def test_every_policy_packs_equally_dense_updates_whatever_its_keep_rate():
    sizes = np.random.default_rng(2).integers(2, 40, size=3000)
    dataset = dataset_of(sizes)

    def pairs_per_update(policy, keep_rate, lookahead):
        batches = take(updates(policy, dataset, BatchLimits(200), 100, keep_rate, 1,
                               StreamCounts(), lookahead=lookahead), 150)
        return np.mean([len(b) for b in batches])

    keepall = pairs_per_update(Policy("keepall"), 1.0, 16)
    assert pairs_per_update(Policy("uniform", random=True), 0.25, 16) == \
        pytest.approx(keepall, rel=0.03)
    # packing each pool's kept pairs on its own (lookahead 1 < a pool) packs a thin
    # sample: looser updates the lower the keep rate
    assert pairs_per_update(Policy("uniform", random=True), 0.25, 1) < 0.95 * keepall


def test_policies_of_one_seed_read_the_same_candidates():
    dataset = dataset_of(np.full(100, 10))
    low_ids = np.arange(100) < 50
    counts_a, counts_b = StreamCounts(), StreamCounts()
    a = take(updates(Policy("p", scores=low_ids.astype(float)), dataset, BatchLimits(50),
                     20, 0.5, 3, counts_a, lookahead=1), 5)
    b = take(updates(Policy("q", scores=(~low_ids).astype(float)), dataset,
                     BatchLimits(50), 20, 0.5, 3, counts_b, lookahead=1), 5)
    pools = candidate_stream(100, seed=3).take(60)
    kept = set(np.concatenate(a)) | set(np.concatenate(b))
    assert kept <= set(pools.tolist())  # both drew from the same first pools
    # each keeps its preferred half first (a pool short of it is filled at random)
    assert low_ids[np.concatenate(a)].mean() > 0.75 > 0.25 > low_ids[np.concatenate(b)].mean()


def test_oracle_labels():
    normalised = np.array([1.0, 2.0, 3.0, 10.0])
    assert label_class("paper").oracle(normalised, None).tolist() == [0, 0, 0, 1]
    noise_aware = label_class("noise-aware").oracle
    assert noise_aware(np.array([1.0, 2.0, 3.0, 4.0, 100.0]), None,
                       NoiseAwareOptions(0.75)).tolist() == [0, 0, 0, 0, 0]
    # 11..18, not 19, 20
    assert noise_aware(np.arange(1.0, 21.0), None, NoiseAwareOptions(0.9)).sum() == 8
    previous = np.array([5.0, 5.0, 5.0, 5.0])
    assert label_class("learnability").oracle(
        np.array([1.0, 4.0, 5.0, 5.0]), previous).tolist() == [1, 0, 0, 0]


def test_the_probe_has_every_registered_label_as_assistant_oracle_and_memory():
    names = policy_names()
    assert names[:2] == ("keepall", "uniform") and len(set(names)) == len(names)
    for label in label_names():
        assert policy_label(label) == (label, "assistant")
        assert policy_label(label + "-oracle") == (label, "oracle")
        assert label in names and label + "-oracle" in names
        has_memory = not label_class(label).needs_previous_visit
        assert (label + "-memory" in names) == has_memory
        assert (label + "-spaced" in names) == has_memory
        if has_memory:
            assert policy_label(label + "-spaced") == (label, "spaced")


def test_verdict_needs_the_difference_to_exceed_both_spreads():
    assert table.verdict(-0.05, 0.01, 0.01) == "better than uniform"
    assert table.verdict(0.05, 0.01, 0.01) == "worse than uniform"
    assert table.verdict(-0.005, 0.01, 0.001) == "within noise"
    assert table.verdict(-0.005, 0.001, 0.01) == "within noise"
    assert table.verdict(-0.05, float("nan"), float("nan")) == "one seed: no spread"
    # beyond both spreads but not beyond the placebo (keepall's distance from uniform)
    assert table.verdict(-0.005, 0.001, 0.001, placebo=0.01) == "within noise"
    assert table.verdict(-0.02, 0.001, 0.001, placebo=0.01) == "better than uniform"
    assert table.placebo_verdict(0.01, 0.001, 0.002).startswith("placebo: beyond both")
    assert table.placebo_verdict(0.001, 0.001, 0.002) == "placebo: within noise"


def test_summary_pairs_differences_by_seed():
    branches = [
        {"stage": 5, "policy": p, "seed": s, "valid_nll": v, "keep_rate": 0.5,
         "target_tokens": 100, "candidates": 10}
        for p, s, v in [("uniform", 1, 5.0), ("uniform", 2, 6.0), ("keepall", 1, 5.1),
                        ("keepall", 2, 6.1), ("x", 1, 4.9), ("x", 2, 5.9)]]
    rows = {r["policy"]: r for r in table.summarise(branches, {})}
    assert rows["x"]["delta_vs_uniform"] == pytest.approx(-0.1)
    assert rows["x"]["delta_vs_uniform_std"] == pytest.approx(0.0)
    assert rows["x"]["uniform_seed_std"] == pytest.approx(np.std([5.0, 6.0], ddof=1))
    # a seed-to-seed spread of 0.7 swamps a paired difference of 0.1
    assert rows["x"]["verdict"] == "within noise"
    assert rows["keepall"]["delta_vs_uniform"] == pytest.approx(0.1)


def test_a_difference_no_larger_than_the_placebo_is_noise():
    # uniform's seeds agree closely (floor 0.0014), keepall sits 0.03 from uniform in
    # both seeds: two random choices differing that much say the spreads understate
    # the noise, and x's -0.02 (beyond both spreads) is no result
    branches = [
        {"stage": 5, "policy": p, "seed": s, "valid_nll": v, "keep_rate": 0.5,
         "target_tokens": 100, "candidates": 10}
        for p, s, v in [("uniform", 1, 5.000), ("uniform", 2, 5.002), ("keepall", 1, 5.030),
                        ("keepall", 2, 5.032), ("x", 1, 4.980), ("x", 2, 4.982),
                        ("y", 1, 4.950), ("y", 2, 4.952)]]
    rows = {r["policy"]: r for r in table.summarise(branches, {})}
    assert rows["x"]["placebo"] == pytest.approx(0.03)
    assert rows["x"]["verdict"] == "within noise"
    assert rows["y"]["verdict"] == "better than uniform"
    assert rows["keepall"]["verdict"].startswith("placebo: beyond both")
    assert "| placebo |" in table.markdown(list(rows.values()), {}, "header")


@pytest.fixture(scope="module")
def plain_run(tiny_bin, tmp_path_factory):
    """A tiny plain-fairseq run with interval checkpoints at 10, 20 and 30 updates."""
    save_dir = tmp_path_factory.mktemp("plain") / "checkpoints"
    result = run(train_command(
        tiny_bin, save_dir, "--max-update", "30", "--save-interval-updates", "10",
        "--keep-interval-updates", "-1", "--no-epoch-checkpoints", "--disable-validation",
        "--num-workers", "0", task="translation"))
    assert result.returncode == 0, result.stderr[-3000:]
    return save_dir


def probe_command(tiny_bin, plain_run, out, *extra):
    return [sys.executable, str(REPO / "scripts" / "selection_probe.py"),
            "--data", str(tiny_bin), "--checkpoint-dir", str(plain_run),
            "--stages", "20", "30", "--seeds", "1", "2", "--updates", "3",
            "--pool-size", "40", "--learnability-gap", "10", "--threads", "1",
            "--out", str(out), *extra]


def test_probe_runs_every_policy_at_every_stage_with_a_spread(tiny_bin, plain_run, tmp_path):
    out = tmp_path / "probe"
    result = run(probe_command(tiny_bin, plain_run, out), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    branches = [json.loads(line) for line in (out / "branches.jsonl").read_text().splitlines()]
    # every registered label's policies, but those of labels that read inputs the
    # data lacks (no irreducible losses beside tiny_bin): left out, and said so
    policies = [p for p in policy_names() if policy_label(p)[0] != "reducible"]
    assert re.search(r"left out reducible, reducible-oracle, reducible-memory, "
                     r"reducible-spaced: no irreducible losses", result.stdout)
    assert len(branches) == 2 * len(policies) * 2  # stages x policies x seeds
    assert all(b["end_updates"] == b["stage"] + 3 for b in branches)  # from the stage on
    with open(out / "probe.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert {(int(r["stage"]), r["policy"]) for r in rows} == {
        (s, p) for s in (20, 30) for p in policies}
    assert {"paper", "paper-oracle", "learnability-oracle", "paper-memory"} <= set(policies)
    for row in rows:
        assert float(row["uniform_seed_std"]) > 0  # two seeds really differ
        if row["policy"] != "uniform":
            assert not np.isnan(float(row["delta_vs_uniform_std"]))
        assert float(row["keep_rate"]) == pytest.approx(
            1.0 if row["policy"] == "keepall" else 0.5)
    # selection changed what was trained on: the oracles' branches end elsewhere
    ends = {(b["stage"], b["policy"], b["seed"]): b["valid_nll"] for b in branches}
    assert ends[(20, "paper-oracle", 1)] != ends[(20, "uniform", 1)]
    stages = json.loads((out / "stages.json").read_text())
    assert stages["30"]["learnability_previous"] == "checkpoint_1_20.pt" or \
        stages["30"]["learnability_previous"].endswith("_20.pt")
    assert set(stages["20"]["assistants"]) == set(label_names()) - {"reducible"} | {
        p for p in policies if p.endswith(("-memory", "-spaced"))}
    # spaced revisits: the labels of up to --spaced-sweeps earlier checkpoints
    assert [name[-6:] for name in stages["30"]["spaced_history"]] == ["_10.pt", "_20.pt"]
    spaced = stages["30"]["assistants"]["paper-spaced"]
    assert spaced["mean_score"] >= stages["30"]["assistants"]["paper-memory"]["mean_score"]
    # the memory's label is the paper's at the previous visit (20 updates for stage 30)
    assert stages["30"]["memory_previous"].endswith("_20.pt")
    memory = stages["30"]["assistants"]["paper-memory"]
    assert "online_accuracy" not in memory and 0.5 < memory["agreement_with_oracle"] <= 1
    previous = np.load(out / "losses" / stages["30"]["memory_previous"].replace(".pt", ".npz"))
    normalised = previous["nll"] / np.maximum(previous["target_lengths"], 1)
    assert memory["mean_score"] == pytest.approx(np.mean(normalised > normalised.mean()))
    # the signals an onset rule could read, at every stage
    for stage in ("20", "30"):
        signals = stages[stage]["signals"]
        assert 0 < signals["lr_fraction"] <= 1 and signals["tau"] >= 1
        assert signals["train_nll"] > 0 and signals["tau_batch_pairs"] >= 2
    assert stages["30"]["signals"]["memory_agreement"] == memory["agreement_with_oracle"]
    # the split into valid pairs easy and hard at the stage, for every branch
    assert all({"valid_nll_easy", "valid_nll_hard"} <= set(b) for b in branches)
    assert all(b["valid_nll_easy"] < b["valid_nll_hard"] for b in branches)
    assert 0 < stages["20"]["valid_hard_share"] < 1
    assert all(not np.isnan(float(r["hard_vs_uniform"])) for r in rows)
    markdown = (out / "probe.md").read_text()
    assert "| easy pairs vs uniform | hard pairs vs uniform |" in markdown
    assert "### Stage: 20 updates" in markdown and "### Stage: 30 updates" in markdown
    assert "Signals: learning rate" in markdown
    assert "--stages 20 30" in markdown
    assert (out / "probe.png").stat().st_size > 0

    # rerunning skips the branches done; other settings in the same folder are refused
    again = run(probe_command(tiny_bin, plain_run, out), timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert len((out / "branches.jsonl").read_text().splitlines()) == len(branches)
    refused = run(probe_command(tiny_bin, plain_run, out, "--keep-rate", "0.3"))
    assert refused.returncode != 0 and "keep_rate: 0.5 there, 0.3 now" in refused.stderr


def test_probe_branch_is_reproducible_and_restores_the_stage(tiny_bin, plain_run, tmp_path):
    """The same seed gives the same branch; each branch starts from the stage's state."""
    ends = []
    for name, seeds in (("a", ["1", "2"]), ("b", ["2", "1"])):
        out = tmp_path / name
        result = run(probe_command(tiny_bin, plain_run, out, "--policies", "uniform",
                                   "--seeds", *seeds), timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        ends.append({(b["stage"], b["policy"], b["seed"]): b["valid_nll"] for b in
                     map(json.loads, (out / "branches.jsonl").read_text().splitlines())})
    # in the other order each branch follows another: it must not start where that ended
    assert ends[0] == ends[1] and len(ends[0]) == 2 * 2 * 2


def test_probe_names_a_missing_stage(tiny_bin, plain_run, tmp_path):
    result = run([sys.executable, str(REPO / "scripts" / "selection_probe.py"),
                  "--data", str(tiny_bin), "--checkpoint-dir", str(plain_run),
                  "--stages", "25", "--out", str(tmp_path / "p")])
    assert result.returncode != 0
    assert "no checkpoint at 25 updates" in result.stderr and "10, 20, 30" in result.stderr


def test_probe_report_only_quotes_the_command_that_measured(tiny_bin, plain_run, tmp_path):
    out = tmp_path / "probe"
    assert run(probe_command(tiny_bin, plain_run, out, "--policies", "uniform")
               ).returncode == 0
    report = run(probe_command(tiny_bin, plain_run, out, "--policies", "uniform",
                               "--report-only"))
    assert report.returncode == 0, report.stderr[-3000:]
    markdown = (out / "probe.md").read_text()
    assert "--stages 20 30" in markdown and "--report-only" not in markdown
    assert "{" not in markdown.split("Validation NLL")[0]  # the header's fields filled in


def test_long_plain_run_validates_every_checkpoint_and_refuses_another_run(tiny_bin, tmp_path):
    out = tmp_path / "long"
    command = [sys.executable, str(REPO / "scripts" / "long_plain_run.py"), "--data",
               str(tiny_bin), "--preset", "quick", "--multiple", "0.05",
               "--checkpoint-interval", "10", "--out", str(out)]
    result = run(command)
    assert result.returncode == 0, result.stderr[-3000:]
    kept = sorted(int(p.stem.rsplit("_", 1)[1])
                  for p in (out / "checkpoints").glob("checkpoint_*_*.pt"))
    assert kept == [10, 20]
    with open(out / "curve.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert {10, 20} <= {int(r["updates"]) for r in rows}
    assert all(float(r["valid_nll_per_token"]) > 0 for r in rows)
    assert "--report" not in (out / "curve.md").read_text().splitlines()[0]
    # the same command again continues (here: nothing left); another budget is refused
    assert run(command).returncode == 0
    refused = run(command[:-2] + ["--multiple", "0.1", "--out", str(out)])
    assert refused.returncode != 0 and "holds a different run" in refused.stderr


def test_long_plain_run_until_stops_at_a_checkpoint_and_the_same_command_goes_on(
        tiny_bin, tmp_path):
    """--until trains a run too long for one sitting in parts: the first part stops once
    the checkpoint at that update is saved, and the command without --until resumes the
    same run (same recorded command, same schedule) to its end."""
    out = tmp_path / "long"
    command = [sys.executable, str(REPO / "scripts" / "long_plain_run.py"), "--data",
               str(tiny_bin), "--preset", "quick", "--multiple", "0.05",
               "--checkpoint-interval", "10", "--out", str(out)]
    first = run(command + ["--until", "10"])
    assert first.returncode == 0, first.stderr[-3000:]
    kept = lambda: sorted(int(p.stem.rsplit("_", 1)[1])
                          for p in (out / "checkpoints").glob("checkpoint_*_*.pt"))
    assert kept() == [10]
    log = (out / "train.log").read_text()
    assert "stopped after the checkpoint at 10 updates" in log and "done training" not in log
    recorded = (out / "command.txt").read_text()
    assert "--until" not in recorded and "--max-update 20" in recorded
    assert "--until" not in (out / "curve.md").read_text().splitlines()[0]
    rest = run(command)
    assert rest.returncode == 0, rest.stderr[-3000:]
    assert kept() == [10, 20] and (out / "command.txt").read_text() == recorded
    assert "done training" in (out / "train.log").read_text()
    refused = run(command + ["--until", "0"])
    assert refused.returncode != 0 and "--until must be positive" in refused.stderr


def test_probe_merges_stages_run_apart_and_refuses_a_branch_measured_twice(
        tiny_bin, plain_run, tmp_path):
    """Stages run in separate folders (parallel processes, other machines) make the same
    table as one run; a branch in two folders, or other settings, are refused."""
    parts = []
    for stage in ("20", "30"):
        out = tmp_path / f"stage-{stage}"
        command = probe_command(tiny_bin, plain_run, out, "--policies", "paper-oracle")
        command[command.index("--stages") + 1:command.index("--stages") + 3] = [stage]
        result = run(command)
        assert result.returncode == 0, result.stderr[-3000:]
        parts.append(out)
    merged = tmp_path / "merged"
    result = run(probe_command(tiny_bin, plain_run, merged, "--merge", *map(str, parts)))
    assert result.returncode == 0, result.stderr[-3000:]
    branches = [json.loads(line) for line in (merged / "branches.jsonl").read_text().splitlines()]
    assert {(b["stage"], b["policy"], b["seed"]) for b in branches} == {
        (s, p, seed) for s in (20, 30) for p in ("keepall", "uniform", "paper-oracle")
        for seed in (1, 2)}
    stages = json.loads((merged / "stages.json").read_text())
    assert set(stages) == {"20", "30"} and all("valid_nll" in v for v in stages.values())
    with open(merged / "probe.csv") as handle:
        assert {(r["stage"], r["policy"]) for r in csv.DictReader(handle)} == {
            (s, p) for s in ("20", "30") for p in ("keepall", "uniform", "paper-oracle")}
    markdown = (merged / "probe.md").read_text()
    assert "--stages 20 " in markdown and "--stages 30 " in markdown  # both commands quoted
    assert "device cpu" in markdown

    # merging again into the merged folder would count its branches twice
    twice = run(probe_command(tiny_bin, plain_run, merged, "--merge", str(parts[0])))
    assert twice.returncode != 0 and "is measured in both" in twice.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "probe.json").write_text(json.dumps(
        {"settings": {**json.loads((parts[0] / "probe.json").read_text())["settings"],
                      "keep_rate": 0.3}, "command": "x"}))
    refused = run(probe_command(tiny_bin, plain_run, tmp_path / "m2", "--merge",
                                str(parts[0]), str(other)))
    assert refused.returncode != 0 and "keep_rate: 0.3 against 0.5" in refused.stderr


def test_long_plain_run_trains_the_other_direction(tiny_bin, tmp_path):
    """--source-lang/--target-lang reverse the data folder's pair: fairseq reads the same
    binarised files, and the probe's Boss takes the direction from the checkpoint."""
    out = tmp_path / "reverse"
    command = [sys.executable, str(REPO / "scripts" / "long_plain_run.py"), "--data",
               str(tiny_bin), "--preset", "quick", "--multiple", "0.05",
               "--checkpoint-interval", "10", "--source-lang", "tgt", "--target-lang", "src",
               "--out", str(out)]
    result = run(command)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "--source-lang tgt --target-lang src" in (out / "command.txt").read_text()
    assert "--cpu" in (out / "command.txt").read_text()
    state = torch.load(out / "checkpoints" / "checkpoint_last.pt", weights_only=False)
    assert (state["cfg"]["task"]["source_lang"], state["cfg"]["task"]["target_lang"]) == (
        "tgt", "src")
    probe = run([sys.executable, str(REPO / "scripts" / "selection_probe.py"), "--data",
                 str(tiny_bin), "--checkpoint-dir", str(out / "checkpoints"), "--stages", "20",
                 "--policies", "paper-memory", "--seeds", "1", "--updates", "2",
                 "--evaluations", "1", "--pool-size", "40", "--learnability-gap", "10",
                 "--threads", "1", "--out", str(tmp_path / "probe")])
    assert probe.returncode == 0, probe.stderr[-3000:]
    stages = json.loads((tmp_path / "probe" / "stages.json").read_text())
    assert stages["20"]["memory_previous"].endswith("_10.pt")
    half = run(command[:-6] + ["--source-lang", "tgt", "--out", str(tmp_path / "x")])
    assert half.returncode != 0 and "--source-lang and --target-lang together" in half.stderr


def test_stage_signals_measure_the_spread_of_losses_and_the_schedule():
    from autoassist_tools.benchmark.nll import PairLosses
    from autoassist_tools.probe.stage_signals import stage_signals

    lengths = np.full(1000, 10)
    equal = stage_signals(PairLosses(np.full(1000, 20.0), lengths), 5e-4, 1e-3, 50, seed=1)
    assert equal["lr_fraction"] == pytest.approx(0.5) and equal["tau"] == pytest.approx(1.0)
    assert equal["train_nll"] == pytest.approx(2.0 / np.log(2))  # nats per token, in bits
    # losses per token with a coefficient of variation of 1: tau = sqrt(2)
    spread = np.random.default_rng(0).exponential(2.0, 1000) * lengths
    assert stage_signals(PairLosses(spread, lengths), 1e-3, 1e-3, 200, seed=1)["tau"] == \
        pytest.approx(np.sqrt(2), rel=0.1)


def test_probe_selects_by_reducible_loss_from_the_irreducible_losses_beside_the_data(
        tiny_bin, plain_run, tmp_path):
    data = data_for_label(tiny_bin, tmp_path, "reducible")
    out = tmp_path / "probe"
    result = run(probe_command(data, plain_run, out, "--policies", "reducible-oracle",
                               "reducible-spaced", "reducible"), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    stages = json.loads((out / "stages.json").read_text())
    fits = stages["20"]["assistants"]
    assert {"reducible", "reducible-spaced"} <= set(fits)
    assert 0.05 < fits["reducible"]["oracle_positive_rate"] < 0.95
    branches = [json.loads(line) for line in (out / "branches.jsonl").read_text().splitlines()]
    assert {b["policy"] for b in branches} == {"keepall", "uniform", "reducible-oracle",
                                               "reducible-spaced", "reducible"}


def test_the_valid_split_by_difficulty_recombines_into_the_whole():
    from autoassist_tools.benchmark.nll import PairLosses
    from autoassist_tools.probe.boss import group_bits, valid_difficulty

    rng = np.random.default_rng(0)
    losses = PairLosses(rng.uniform(1, 40, 50), rng.integers(1, 12, 50))
    groups = valid_difficulty(losses)
    assert (groups["easy"] ^ groups["hard"]).all()  # a partition
    assert (losses.normalised[groups["hard"]].min()
            > losses.normalised[groups["easy"]].max())
    tokens = {name: losses.target_lengths[m].sum() for name, m in groups.items()}
    whole = sum(group_bits(losses, m) * tokens[name] for name, m in groups.items())
    assert whole / sum(tokens.values()) == pytest.approx(losses.per_token_bits())
    assert group_bits(losses, np.ones(50, bool)) == pytest.approx(losses.per_token_bits())


def test_issue34_rule_is_the_candidate_lowest_against_uniform_over_the_stages(tmp_path, capsys):
    """experiments/issue34_rule.py applies the criterion written before the confirmation:
    the -memory or -spaced policy with the lowest mean valid NLL against uniform over
    the stages; oracles and plain policies are never chosen, and a candidate measured at
    fewer stages than the table is refused."""
    import csv

    rule = experiment("issue34_rule")
    deltas = {"uniform": (0, 0, 0), "keepall": (-0.2, -0.2, -0.2),
              "reducible-oracle": (-0.3, -0.3, -0.3), "paper-memory": (0.02, -0.01, -0.02),
              "reducible-memory": (0.01, -0.02, -0.02), "paper-spaced": (-0.03, 0.02, 0.03),
              "reducible-spaced": (0.05, -0.04, -0.03)}
    table = tmp_path / "probe.csv"
    with open(table, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["stage", "policy", "delta_vs_uniform",
                                         "delta_vs_uniform_std"])
        writer.writeheader()
        for policy, values in deltas.items():
            for stage, delta in zip((2200, 4400, 6000), values):
                writer.writerow({"stage": stage, "policy": policy, "delta_vs_uniform": delta,
                                 "delta_vs_uniform_std": 0.01})
    assert rule.main([str(table)]) == 0
    printed = capsys.readouterr()
    assert printed.out.strip().splitlines()[-1] == "reducible-memory"  # mean -0.0100
    assert "paper-spaced: mean +0.0067" in printed.err
    with open(table, "a", newline="") as handle:
        csv.writer(handle).writerow([1400, "paper-memory", -0.5, 0.01])
    with pytest.raises(SystemExit, match="reducible-memory is measured at stages"):
        rule.main([str(table)])


def test_probe_units_tells_a_unit_the_committed_table_holds_whole(tmp_path):
    """experiments/probe_units.py: a unit (stage, seed) is held only when the table has a
    branch of every policy there; no table yet holds nothing; a damaged line is named."""
    units = experiment("probe_units")
    table = tmp_path / "table"
    policies = ["keepall", "uniform", "paper-memory"]
    assert units.main([str(table), "--stage", "2200", "--seed", "1",
                       "--policies", *policies]) == 1  # no table yet
    table.mkdir()
    branches = [{"stage": 2200, "policy": p, "seed": 1, "valid_nll": 3.0} for p in policies]
    branches += [{"stage": 2200, "policy": "keepall", "seed": 2, "valid_nll": 3.0}]
    (table / "branches.jsonl").write_text("".join(json.dumps(b) + "\n" for b in branches))
    assert units.main([str(table), "--stage", "2200", "--seed", "1",
                       "--policies", *policies]) == 0
    assert units.main([str(table), "--stage", "2200", "--seed", "2",
                       "--policies", *policies]) == 1  # one policy of three
    assert units.main([str(table), "--stage", "4400", "--seed", "1",
                       "--policies", *policies]) == 1
    with open(table / "branches.jsonl", "a") as handle:
        handle.write('{"stage": 2200, "policy": "uniform"\n')
    with pytest.raises(SystemExit, match="line 5: not a probe branch"):
        units.unit_is_held(table, 2200, 1, policies)
