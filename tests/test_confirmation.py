"""Issue 34's confirmation table: experiments/forgetting.py's split written per seed, and
experiments/confirm_table.py's pairing with keepall and its stop rule."""
import json
import shutil

import pytest

from conftest import REPO, data_for_label, experiment, run, train_command


@pytest.fixture
def confirm_table(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "experiments"))  # as when it runs as a script
    return experiment("confirm_table")


def scored(arm, seed, points):
    """results.json rows as the harness writes them: (updates, seconds, BLEU, NLL)."""
    return [{"arm": arm, "seed": seed, "updates": u, "train_seconds": t, "bleu": b,
             "valid_nll": n} for u, t, b, n in points]


def forgetting_record(path, differences):
    """forgetting.py --json for two seeds: per column of confirm_table.SPLIT,
    selecting − reference per seed (the reference at 2.0 bits)."""
    seeds = {}
    for index, seed in enumerate(("1", "2")):
        record = {"train_by_start_memory": [], "train_by_end_memory": [],
                  "valid_by_start_oracle": []}
        for (grouping, group), values in differences.items():
            record[grouping].append({"group": group, "reference": 2.0,
                                     "selecting": 2.0 + values[index]})
        seeds[seed] = record
    path.write_text(json.dumps({"sample": 6000, "seeds": seeds}))


def test_the_table_pairs_each_arm_with_keepall_by_seed_and_the_rule_wins(
        confirm_table, tmp_path, capsys):
    rows = []
    for seed, shift in ((1, 0.0), (2, 0.2)):
        rows += scored("keepall-r", seed, [(2000, 2000.0, 30.0 + shift, 3.0),
                                           (4400, 4400.0, 33.0 + shift, 2.70)])
        # reaches keepall's best halfway between 2,000 and 4,400 updates, at 3,500 s
        rows += scored("r", seed, [(2000, 2000.0, 30.0 + shift, 3.0),
                                   (4400, 5000.0, 36.0 + shift + 0.1 * seed, 2.65)])
        rows += scored("uniform-r", seed, [(2000, 2000.0, 30.0 + shift, 3.0),
                                           (4400, 4400.0, 32.8 + shift, 2.71)])
    results = tmp_path / "results.json"
    results.write_text(json.dumps(rows))
    forgetting_record(tmp_path / "f.json", {
        ("train_by_start_memory", "learnt (0)"): (0.2, 0.18),
        ("train_by_start_memory", "informative (1)"): (-0.3, -0.28),
        ("valid_by_start_oracle", "learnt (0)"): (0.1, 0.08),
        ("valid_by_start_oracle", "informative (1)"): (0.02, 0.02)})
    assert confirm_table.main([str(results), "--keepall", "keepall-r", "--rule", "r",
                               "--arm", "uniform-r", "--forgetting", f"r={tmp_path / 'f.json'}"]) == 0
    out = capsys.readouterr().out
    lines = {line.split(" | ")[0]: line for line in out.splitlines() if line.startswith("| ")}
    # seed 1: +3.1 BLEU, seed 2: +3.2; the NLL 0.05 bits lower in both; keepall's best
    # (its final, at 4,400 updates and 4,400 s) reached 3/6.1 and 3/6.2 of the way from
    # 2,000 to 4,400 updates (3,180 and 3,161: 0.72 of keepall's) and from 2,000 to
    # 5,000 s (3,475 and 3,452: 0.79 and 0.78)
    assert lines["| r"].split(" | ")[1:] == [
        "+3.10, +3.20; +3.15 ± 0.07", "-0.050, -0.050; -0.050 ± 0.000", "0.72, 0.72",
        "0.79, 0.78", "+0.190 ± 0.014", "-0.290 ± 0.014", "+0.090 ± 0.014",
        "+0.020 ± 0.000 |"]
    assert lines["| uniform-r"].split(" | ")[1:4] == [
        "-0.20, -0.20; -0.20 ± 0.00", "+0.010, +0.010; +0.010 ± 0.000",
        "not reached, not reached"]
    assert lines["| uniform-r"].endswith("| — | — | — | — |")
    assert "keepall (keepall-r): final valid BLEU 33.00, 33.20 (seed std 0.14)" in out
    assert out.count("- holds: ") == 4
    assert "Verdict: r wins against keepall." in out


@pytest.mark.parametrize("bleu, keepall, nll, failing", [
    # with two seeds, a difference below zero in one puts the mean below their std too
    ((0.5, -0.1), (33.0, 33.1), (-0.01, -0.01), ["in every seed (+0.50, -0.10)",
                                                 "paired differences' std 0.42"]),
    ((0.1, 0.9), (33.0, 33.1), (-0.01, -0.01), ["paired differences' std"]),
    ((0.3, 0.35), (32.5, 33.5), (-0.01, -0.01), ["keepall's own seed std"]),
    ((0.3, 0.35), (33.0, 33.1), (-0.01, 0.002), ["NLL below keepall's"]),
    ((0.3, 0.35), (33.0, 33.1), (-0.01, -0.01), []),
])
def test_the_stop_rule_wants_every_condition(confirm_table, bleu, keepall, nll, failing):
    conditions = confirm_table.stop_rule(bleu, keepall, nll)
    failed = [text for text, held in conditions if not held]
    assert len(failed) == len(failing)
    for text, expected in zip(failed, failing):
        assert expected in text


def test_the_table_refuses_an_arm_it_cannot_pair(confirm_table, tmp_path):
    results = tmp_path / "results.json"
    results.write_text(json.dumps(scored("keepall-r", 1, [(10, 1.0, 1.0, 9.0)])
                                  + scored("keepall-r", 2, [(10, 1.0, 1.0, 9.0)])
                                  + scored("r", 1, [(10, 1.0, 1.0, 9.0)])))
    with pytest.raises(SystemExit, match=r"r has seeds \[1\], keepall-r \[1, 2\]"):
        confirm_table.main([str(results), "--keepall", "keepall-r", "--rule", "r"])
    with pytest.raises(SystemExit, match="no arm 'spaced'"):
        confirm_table.main([str(results), "--keepall", "keepall-r", "--rule", "spaced"])


def test_forgetting_splits_a_reducible_spaced_run_per_seed_for_the_table(
        tiny_bin, tmp_path, confirm_table, capsys):
    """The confirmation's checkpoints (the reducible label, spaced revisits, selection
    off: the donor's options) go through forgetting.py; its --json holds each grouping
    per seed, as confirm_table reads it."""
    data = data_for_label(tiny_bin, tmp_path, "reducible")
    save_dir = tmp_path / "ck"
    options = ("--assistant-selection", "none", "--assistant-label", "reducible",
               "--assistant-memory", "--assistant-spaced-revisits")
    for epochs in ("1", "2"):
        result = run(train_command(data, save_dir, "--max-epoch", epochs, *options,
                                   paper_selection=False))
        assert result.returncode == 0, result.stderr[-3000:]
        if epochs == "1":
            shutil.copy(save_dir / "checkpoint_last.pt", tmp_path / "start.pt")
    start, end = str(tmp_path / "start.pt"), str(save_dir / "checkpoint_last.pt")
    forgetting = experiment("forgetting")
    written = tmp_path / "forgetting.json"
    assert forgetting.main(["--data", str(data), "--seed", "1", start, end, end,
                            "--seed", "2", start, end, end, "--json", str(written)]) == 0
    out = capsys.readouterr().out
    assert "Over seeds, selecting − reference" in out
    record = json.loads(written.read_text())
    assert set(record["seeds"]) == {"1", "2"}
    for seed in record["seeds"].values():
        for grouping in forgetting.GROUPINGS:
            rows = seed[grouping]
            assert sum(r["share"] for r in rows) == pytest.approx(1.0)
            # the selecting run is the reference here, and it trained past the start
            assert all(r["selecting"] == r["reference"] != r["start"] for r in rows)
    assert confirm_table.forgetting_split(written, [1, 2]) == [[0.0, 0.0]] * 4
    with pytest.raises(SystemExit, match="no seed 3"):
        confirm_table.forgetting_split(written, [1, 3])
