"""Shared prefixes (benchmark/prefix.py): which arms share one, the proof that they
train alike until the onset, and the harness's forks."""
import json
import re
from pathlib import Path

import pytest
import torch

from autoassist_tools.benchmark import prefix
from autoassist_tools.benchmark.arms import BASELINE, parse_arm
from conftest import run, train_command


def arms(*specs):
    return [parse_arm(spec) for spec in specs]


def test_arms_that_differ_only_after_the_onset_share_the_first_ones_prefix():
    planned = prefix.plan_forks(arms(
        "baseline", "keepall=--assistant-base 1", "autoassist",
        "uniform=--assistant-selection uniform --assistant-keep-rate=0.3",
        "paper=--assistant-onset-agreement 0 --assistant-keep-rate 0",
        "paperkeep=--assistant-onset-agreement 0 --assistant-base 1",
        "rebatch=plain:--update-epoch-batch-itr True",
        "fixed=--assistant-onset-updates 900", "fixedkeep=--assistant-onset-updates 900 "
        "--assistant-base=1", "memory=--assistant-lookahead 8"))
    # a fixed onset is not part of the prefix: those arms fork from the automatic donor
    assert planned == {"autoassist": "keepall", "uniform": "keepall", "fixed": "keepall",
                       "fixedkeep": "keepall"}


def test_an_automatic_onset_forks_only_from_a_donor_that_measured_the_agreement():
    planned = prefix.plan_forks(arms(
        "early=--assistant-onset-updates 900 --assistant-lookahead 8",
        "half=--assistant-onset-fraction 0.5 --assistant-lookahead 8 --assistant-base 1",
        "auto=--assistant-lookahead 8 --assistant-selection uniform",
        "auto2=--assistant-lookahead 8", "later=--assistant-lookahead 8 "
        "--assistant-onset-updates=1200"))
    # the fixed-onset run's checkpoints carry no agreement for "auto" to go on from: it
    # trains whole and is the donor of the arms after it with the automatic onset
    assert planned == {"half": "early", "auto2": "auto", "later": "auto"}


def test_a_fixed_onset_is_read_as_the_plug_in_reads_it_and_ends_the_shared_stretch():
    def onset(options):
        return prefix.fixed_onset(parse_arm("a=" + options).options, 2000)

    assert onset("--assistant-onset-updates 900") == 900
    assert onset("--assistant-onset-fraction=0.75") == 1500
    assert onset("--assistant-onset-updates 700 --assistant-onset-fraction 0.75") == 700
    assert onset("--assistant-selection uniform") is None
    assert prefix.prefix_end(1774, 1500) == 1500
    assert prefix.prefix_end(1774, None) == 1774
    assert prefix.prefix_end(None, 1500) == 1500
    assert prefix.prefix_end(None, None) is None


def test_a_fixed_onset_announces_itself_even_with_the_automatic_one_off():
    fixed = parse_arm("f=--assistant-onset-agreement 0 --assistant-onset-fraction 0.5")
    assert prefix.onset_announced(fixed)
    assert not prefix.onset_announced(parse_arm("p=--assistant-onset-agreement 0"))
    assert not prefix.onset_announced(BASELINE)
    assert not prefix.onset_announced(parse_arm("bad=--assistant-onset-agreement x"))


def test_the_fork_is_the_last_checkpoint_before_the_onset(tmp_path):
    for updates in (200, 400, 600):
        (tmp_path / f"checkpoint_1_{updates}.pt").write_bytes(b"")
    (tmp_path / "checkpoint_last.pt").write_bytes(b"")
    assert prefix.fork_update(tmp_path, 600) == 400
    assert prefix.fork_update(tmp_path, 601) == 600
    assert prefix.fork_update(tmp_path, None) == 600
    assert prefix.fork_update(tmp_path, 150) is None


def test_the_proof_keeps_a_fractional_onset_where_the_whole_run_has_it():
    command = ["fairseq-train", "data", "--max-update", "2000", "--save-dir", "a",
               "--save-interval-updates", "250", "--assistant-onset-fraction", "0.75"]
    proof = prefix.proof_command(command, Path("b"), 30)
    assert proof[proof.index("--max-update") + 1] == "30"
    assert proof[proof.index("--save-dir") + 1] == "b"
    assert proof[-2:] == ["--assistant-onset-updates", "1500"]  # not 0.75 of 30
    assert "--assistant-onset-fraction" not in proof  # the plug-in refuses both
    given = command + ["--assistant-onset-updates=900"]
    assert "--assistant-onset-updates" not in prefix.proof_command(given, Path("b"), 30)


def test_the_log_is_cut_at_the_checkpoint_the_fork_starts_from():
    log = ("a\n| INFO | Saved checkpoint x/checkpoint_1_10.pt (epoch 1 @ 10 updates, score "
           "None) (writing took 0.1 seconds)\nb\n| INFO | Saved checkpoint x/checkpoint_1_20"
           ".pt (epoch 1 @ 20 updates, score None) (writing took 0.1 seconds)\nc\n")
    assert prefix.log_until(log, 10).endswith("0.1 seconds)\n")
    assert "b\n" not in prefix.log_until(log, 10) and "c\n" not in prefix.log_until(log, 20)
    with pytest.raises(ValueError, match="update 30"):
        prefix.log_until(log, 30)


def _checkpoint(path, weight, seconds, cfg):
    torch.save({"cfg": cfg, "model": {"w": weight}, "optimizer_history": [{"num_updates": 3}],
                "extra_state": {"previous_training_time": seconds, "metrics": {"x": seconds},
                                "train_iterator": {"epoch": 1}}}, path)
    return path


def test_the_state_comparison_ignores_the_clock_and_finds_one_changed_byte(tmp_path):
    weight = torch.arange(6, dtype=torch.float32)
    left = _checkpoint(tmp_path / "a.pt", weight, 10.0, {"task": "a"})
    same = _checkpoint(tmp_path / "b.pt", weight.clone(), 99.0, {"task": "b"})
    assert prefix.state_difference(left, same) is None
    nudged = weight.clone()
    nudged[4] = torch.nextafter(nudged[4], torch.tensor(10.0))
    other = _checkpoint(tmp_path / "c.pt", nudged, 10.0, {"task": "a"})
    assert prefix.state_difference(left, other) == "model.w"


def test_the_state_comparison_ignores_only_the_automatic_onsets_watcher(tmp_path):
    weight = torch.arange(3, dtype=torch.float32)

    def saved(name, run_state):
        path = tmp_path / name
        torch.save({"model": {"w": weight},
                    "extra_state": {"Task": {prefix.RUN_STATE: run_state}}}, path)
        return path

    watching = saved("auto.pt", {"memory": torch.ones(2), prefix.ONSET_WATCHER: {"n": 5}})
    fixed = saved("fixed.pt", {"memory": torch.ones(2)})
    assert prefix.state_difference(watching, fixed) is None
    other = saved("other.pt", {"memory": torch.zeros(2)})
    assert prefix.state_difference(watching, other) == "extra_state.Task.autoassist.memory"


def _trained(tiny_bin, save_dir, *options):
    result = run(train_command(tiny_bin, save_dir, "--max-update", "50",
                               "--save-interval-updates", "10", "--num-workers", "0",
                               "--assistant-onset-agreement", "0.6",
                               "--assistant-onset-window", "200", *options,
                               paper_selection=False))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    onset = re.findall(r"selection starts at update (\d+)", log)
    assert len(onset) == 1, log[-3000:]
    return int(onset[0])


def test_keepall_the_assistants_choice_and_uniform_train_alike_until_the_onset(tiny_bin,
                                                                              tmp_path):
    """The claim a shared prefix rests on, over a whole prefix with the pair memory
    revisiting pairs (24 updates per epoch): the options read after the onset change no
    byte of any checkpoint before it, and the comparison sees the change after it."""
    variants = {"keepall": ("--assistant-base", "1"),
                "selecting": ("--assistant-selection", "assistant"),
                "uniform": ("--assistant-selection", "uniform", "--assistant-keep-rate",
                            "0.3"),
                # a fixed onset before the automatic one, as a fork at 0.75 of a budget
                "fixed": ("--assistant-selection", "uniform", "--assistant-onset-updates",
                          "20")}
    onsets = {name: _trained(tiny_bin, tmp_path / name, *options)
              for name, options in variants.items()}
    assert onsets["fixed"] == 20
    first = min(onsets[name] for name in ("keepall", "selecting", "uniform"))
    assert 20 < first < 50  # the window of revisited pairs filled in the second sweep
    before = [u for u in range(10, 50, 10) if u < first]
    assert len(before) >= 2
    for name in ("selecting", "uniform", "fixed"):
        for updates in (u for u in before if u < onsets[name]):
            checkpoints = [next((tmp_path / arm).glob(f"checkpoint_*_{updates}.pt"))
                           for arm in ("keepall", name)]
            assert prefix.state_difference(*checkpoints) is None, (name, updates)
        assert prefix.state_difference(tmp_path / "keepall" / "checkpoint_last.pt",
                                       tmp_path / name / "checkpoint_last.pt") is not None


def test_the_harness_forks_after_the_proof_and_counts_time_from_update_0(
        mini_bible, tmp_path, monkeypatch, capsys):
    from autoassist_tools import time_to_bleu

    monkeypatch.setattr(prefix, "PROOF_UPDATES", 4)
    # --assistant-lookahead changes the batches before the onset: declared (wrongly)
    # as read after it, the proof must catch it and train the arm whole
    monkeypatch.setattr(prefix, "POST_ONSET", prefix.POST_ONSET + ("--assistant-lookahead",))
    out = tmp_path / "out"
    onset = "--assistant-onset-updates 15"
    command = ["--data", str(mini_bible), "--preset", "quick", "--max-update", "30",
               "--checkpoint-interval", "10", "--max-tokens", "256", "--share-prefix",
               "--arm", f"keepall={onset} --assistant-base 1", "--arm", "baseline",
               "--arm", f"uniform={onset} --assistant-selection uniform",
               "--arm", f"lookahead={onset} --assistant-lookahead 2",
               "--arm", "early=--assistant-onset-fraction 0.4 --assistant-selection uniform",
               "--out", str(out)]
    assert time_to_bleu.main(command) == 0
    printed = capsys.readouterr().out
    arms_dir = out / "arms"
    record = json.loads((arms_dir / "uniform-seed1" / "shared_prefix.json").read_text())
    assert record == {"donor": "keepall", "updates": 10, "donor_onset": 15,
                      "proof_updates": 4}
    early = json.loads((arms_dir / "early-seed1" / "shared_prefix.json").read_text())
    assert early == {"donor": "keepall", "updates": 10, "donor_onset": 15,
                     "proof_updates": 4, "fork_onset": 12}
    assert ("selection starts at update 12" in
            (arms_dir / "early-seed1" / "train.log").read_text())
    assert not (arms_dir / "lookahead-seed1" / "shared_prefix.json").exists()
    assert re.search(r"\[lookahead\] seed 1: trains whole: its checkpoint after 4 updates "
                     r"differs from keepall's at \S+", printed)
    donor, fork = (arms_dir / f"{name}-seed1" / "checkpoints" for name in ("keepall",
                                                                           "uniform"))
    shared = next(donor.glob("checkpoint_*_10.pt"))
    assert (fork / shared.name).stat().st_ino == shared.stat().st_ino
    assert not list(fork.glob("checkpoint_*_10.pt"))[0].samefile(fork / "checkpoint_last.pt")
    log = (arms_dir / "uniform-seed1" / "train.log").read_text()
    assert "[shared prefix: the lines above are arm keepall's training up to update 10" in log
    assert log.count("selection starts at update 15") == 1  # the donor's is cut off
    rows = json.loads((out / "results.json").read_text())

    def curve(arm):
        return [(r["updates"], r["train_seconds"]) for r in rows if r["arm"] == arm]

    assert curve("uniform")[0] == curve("keepall")[0]  # the shared checkpoint, its clock
    assert [u for u, _ in curve("uniform")] == [10, 20, 30]
    assert curve("uniform")[1][1] > curve("uniform")[0][1]
    summary = (out / "summary.md").read_text()
    assert ("uniform (seed 1) shares keepall's first 10 updates (the donor's selection "
            "started at update 15)") in summary
    assert "its own fixed onset is at update 12" in summary
    assert json.loads((out / "shared.json").read_text()) == {"uniform/1": record,
                                                            "early/1": early}
    # a rerun trains, proves and copies nothing again
    stamps = {p: p.stat().st_mtime_ns for folder in ("arms", "prefix-proof")
              for p in (out / folder).rglob("*") if p.is_file()}
    assert time_to_bleu.main(command) == 0
    assert "already trained" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps


def test_a_fork_folder_is_made_whole_beside_it_and_renamed_into_place(tmp_path):
    donor = tmp_path / "donor"
    (donor / "checkpoints").mkdir(parents=True)
    saved = ""
    for epoch, updates in ((1, 10), (1, 20), (2, 30)):
        (donor / "checkpoints" / f"checkpoint_{epoch}_{updates}.pt").write_bytes(b"%d" % updates)
        (donor / f"valid_{updates}.json").write_text("{}")
        saved += (f"train {updates}\n| INFO | Saved checkpoint x/checkpoint_{epoch}_{updates}.pt "
                  f"(epoch {epoch} @ {updates} updates, score None) (writing took 0.1 "
                  "seconds)\n")
    (donor / "train.log").write_text(saved)
    fork = tmp_path / "fork"
    half_made = tmp_path / "fork.partial"
    (half_made / "checkpoints").mkdir(parents=True)
    (half_made / "checkpoints" / "checkpoint_last.pt").write_bytes(b"stale")
    record = prefix.start_fork("donor", donor, fork, 20, 25, 4)
    assert record == {"donor": "donor", "updates": 20, "donor_onset": 25,
                      "proof_updates": 4}
    assert not half_made.exists()
    assert sorted(p.name for p in (fork / "checkpoints").iterdir()) == [
        "checkpoint_1_10.pt", "checkpoint_1_20.pt", "checkpoint_last.pt"]
    assert (fork / "checkpoints" / "checkpoint_last.pt").read_bytes() == b"20"
    assert sorted(p.name for p in fork.glob("valid_*.json")) == ["valid_10.json",
                                                                 "valid_20.json"]
    log = (fork / "train.log").read_text()
    assert "train 20" in log and "train 30" not in log
    assert prefix.shared_record(fork) == record
    with pytest.raises(OSError):  # never over a folder that exists
        prefix.start_fork("donor", donor, fork, 10, 25, 4)
    assert prefix.shared_record(fork) == record
