"""The time-to-BLEU benchmark: its arithmetic, its report, and a short --quick run."""
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import List

import pytest

from autoassist_tools.benchmark import report
from autoassist_tools.benchmark.arms import BASELINE, PRESETS, parse_arm
from autoassist_tools.benchmark.training import same_training, train_command
from conftest import experiment

REPO = Path(__file__).resolve().parents[1]


def rows_for(arm, seed, points, nlls=None):
    """Rows as results.json holds them; without ``nlls``, as before the NLL was recorded."""
    rows = [{"arm": arm, "seed": seed, "updates": u, "train_seconds": t,
             "boss_tokens": 1000 * u, "keep_rate": k, "bleu": b} for u, t, b, k in points]
    for row, nll in zip(rows, nlls or []):
        row["valid_nll"] = nll
    return rows


def write_finished_folder(out: Path) -> None:
    """A finished folder's results.json and tests.json: baseline and autoassist, one
    seed, autoassist keeping half the pairs."""
    rows = (rows_for("baseline", 1, [(1100, 100.0, 10.0, 1), (2200, 200.0, 20.0, 1)])
            + rows_for("autoassist", 1, [(1100, 100.0, 19.0, 0.5), (2200, 200.0, 22.0, 0.5)]))
    (out / "results.json").write_text(json.dumps(rows))
    (out / "tests.json").write_text(json.dumps(
        {"baseline/1": {"bleu": 18.0, "updates": 2200},
         "autoassist/1": {"bleu": 18.5, "updates": 2200}}))


def test_time_to_reach_interpolates_between_checkpoints():
    rows = rows_for("a", 1, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1)])
    assert report.time_to_reach(rows, 15.0) == pytest.approx(150.0)
    assert report.time_to_reach(rows, 20.0) == pytest.approx(200.0)
    assert report.time_to_reach(rows, 5.0) == pytest.approx(100.0)  # first checkpoint
    assert report.time_to_reach(rows, 20.01) is None


def test_time_to_reach_takes_the_first_crossing_not_the_last():
    rows = rows_for("a", 1, [(1, 10.0, 0.0, 1), (2, 20.0, 30.0, 1), (3, 30.0, 10.0, 1),
                             (4, 40.0, 30.0, 1)])
    assert report.time_to_reach(rows, 15.0) == pytest.approx(15.0)


def test_summary_reports_ratios_for_both_targets_and_every_seed():
    rows = []
    for seed in (1, 2):
        rows += rows_for("baseline", seed, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1)])
        rows += rows_for("autoassist", seed, [(100, 100.0, 19.0, 0.5), (200, 200.0, 22.0, 0.5)])
    tests = {f"{a}/{s}": {"bleu": 18.5, "updates": 200}
             for a in ("baseline", "autoassist") for s in (1, 2)}
    summary = report.summarise(rows, tests, {
        "command": "cmd", "machine": "here", "preset": "p", "why": "w", "signature": "sig"})
    # Baseline best 20: AutoAssist gets there at 100 + 100 * (1 / 3) s; 95% (19) at 100 s.
    assert ("| autoassist | 22.00 | 22.00 | n/a | n/a | 18.50 (@200) | 133 s | 100 s | 0.67 | "
            "0.53 |") in summary
    assert ("| baseline | 20.00 | 20.00 | n/a | n/a | 18.50 (@200) | 200 s | 190 s | 1.00 | "
            "1.00 |") in summary
    assert "### Seed 1" in summary and "### Seed 2" in summary
    assert "goal" not in summary  # the project's own targets are not the user's
    assert "| 0.50 |" in summary  # mean keep rate


def test_the_valid_nll_is_in_the_tables_summary_and_plot(tmp_path):
    rows = rows_for("baseline", 1, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1),
                                    (300, 300.0, 19.0, 1)], nlls=[5.1234, 4.2, 4.3456])
    # an arm whose first checkpoint was scored before the NLL was recorded
    rows += rows_for("autoassist", 1, [(100, 100.0, 19.0, 0.5), (200, 200.0, 22.0, 0.5),
                                       (300, 300.0, 21.0, 0.5)], nlls=[None, 3.9876, 4.0])
    del rows[3]["valid_nll"]
    summary = report.summarise(rows, {}, {
        "command": "c", "machine": "m", "preset": "p", "why": "w", "signature": "s"})
    header = next(line for line in summary.splitlines() if line.startswith("| arm |"))
    assert header.startswith("| arm | best valid BLEU | final valid BLEU | best valid NLL | "
                             "final valid NLL | test BLEU")
    assert "| baseline | 20.00 | 19.00 | 4.200 | 4.346 |" in summary
    assert "| autoassist | 22.00 | 21.00 | 3.988 | 4.000 |" in summary
    assert report.nll_range(rows_for("a", 1, [(1, 1.0, 1.0, 1)])) == (None, None)

    report.write_tables(rows, tmp_path)
    table = (tmp_path / "results.csv").read_text().splitlines()
    assert table[0].endswith(",bleu,valid_nll")
    assert table[1].endswith(",10.0,5.1234") and table[4].endswith(",19.0,")
    assert json.loads((tmp_path / "results.json").read_text())[1]["valid_nll"] == 4.2

    report.plot(rows, tmp_path / "with.png", "t")
    report.plot(rows_for("baseline", 1, [(100, 100.0, 10.0, 1)]), tmp_path / "without.png", "t")
    assert (tmp_path / "with.png").stat().st_size > 0
    assert (tmp_path / "without.png").stat().st_size > 0


def test_the_plot_draws_bleu_and_nll_in_the_same_colours():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = (rows_for("baseline", 1, [(1, 1.0, 1.0, 1), (2, 2.0, 2.0, 1)], nlls=[5.0, 4.0])
            + rows_for("autoassist", 1, [(1, 1.0, 1.5, 1), (2, 2.0, 2.5, 1)], nlls=[None, 3.5]))
    figure, (bleu, nll) = plt.subplots(2, 1)
    assert report._draw(bleu, rows, "bleu") == 4
    assert report._draw(nll, rows, "valid_nll") == 3
    assert [line.get_color() for line in bleu.lines] == [line.get_color() for line in nll.lines]
    assert [list(line.get_ydata()) for line in nll.lines] == [[5.0, 4.0], [3.5]]
    plt.close(figure)


def test_time_to_reach_a_lower_is_better_target_skips_unrecorded_rows():
    rows = rows_for("a", 1, [(1, 10.0, 1, 1), (2, 20.0, 2, 1), (3, 30.0, 3, 1)],
                    nlls=[None, 5.0, 4.0])
    del rows[0]["valid_nll"]
    assert report.time_to_reach(rows, 4.5, "valid_nll", lower_is_better=True) == \
        pytest.approx(25.0)
    assert report.time_to_reach(rows, 6.0, "valid_nll", lower_is_better=True) == 20.0
    assert report.time_to_reach(rows, 3.9, "valid_nll", lower_is_better=True) is None


def test_keepall_is_a_plain_arm_and_a_selecting_arm_is_not():
    assert BASELINE.drops_nothing
    assert parse_arm("keepall=--assistant-base 1").drops_nothing
    assert parse_arm("k=--assistant-base=1.0 --assistant-lookahead 8").drops_nothing
    # the defaults select nothing (--assistant-selection none): the iterator alone
    assert parse_arm("autoassist").drops_nothing
    assert parse_arm("b=--assistant-base 0.5").drops_nothing
    assert not parse_arm("s=--assistant-selection assistant").drops_nothing
    assert not parse_arm("b=--assistant-base 0.5 --assistant-selection=assistant").drops_nothing
    assert parse_arm("k=--assistant-selection assistant --assistant-base 1").drops_nothing
    assert not parse_arm("uniform=--assistant-selection uniform").drops_nothing
    # plain fairseq with its own options: a plain arm, trained with --task translation
    rebatch = parse_arm("rebatch=plain:--update-epoch-batch-itr True "
                        "--update-ordered-indices-seed")
    assert rebatch.drops_nothing and not rebatch.is_autoassist
    assert rebatch.options == ["--update-epoch-batch-itr", "True",
                               "--update-ordered-indices-seed"]
    with pytest.raises(ValueError, match="no --assistant-\\* options"):
        parse_arm("p=plain:--assistant-base 1")


def best_plain_rows():
    """Two seeds; keepall is the best plain arm in both; autoassist beats it in seed 1
    and ties it in seed 2."""
    rows = []
    for seed, late in ((1, 26.0), (2, 24.0)):
        rows += rows_for("baseline", seed, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1)],
                         nlls=[5.0, 4.0])
        rows += rows_for("keepall", seed, [(100, 100.0, 12.0, 1), (200, 200.0, 24.0, 1)],
                         nlls=[4.8, 3.8])
        rows += rows_for("autoassist", seed, [(100, 100.0, 20.0, .5), (200, 200.0, late, .5)],
                         nlls=[4.5, 3.7])
    return rows


def test_ratios_are_taken_against_the_best_plain_arm_not_plain_fairseq():
    rows, plain = best_plain_rows(), ["baseline", "keepall"]
    assert report.plain_targets(rows, 1, plain) == [
        (24.0, "keepall"), (pytest.approx(22.8), "keepall"), (3.8, "keepall")]
    # best plain BLEU 24: keepall at 200 s, autoassist at 100 + 100 * 4 / 6 s; 95% of it
    # (22.8): keepall at 190 s (baseline never), autoassist at 100 + 100 * 2.8 / 6 s;
    # valid NLL 3.8: keepall at 200 s, autoassist at 100 + 100 * 0.7 / 0.8 s.
    assert report.ratios_to_best_plain(rows, "autoassist", 1, plain) == [
        pytest.approx(166.667 / 200, abs=1e-4), pytest.approx(146.667 / 190, abs=1e-4),
        pytest.approx(187.5 / 200)]
    assert report.ratios_to_best_plain(rows, "keepall", 1, plain)[0] == 1.0
    assert report.ratios_to_best_plain(rows, "baseline", 1, plain)[:2] == [None, None]
    gaps = report.final_gaps(rows, "autoassist", 1, plain)
    assert gaps == (2.0, pytest.approx(-0.1))
    # against plain fairseq alone, the same arm looks far better
    assert report.time_ratios(rows, "autoassist", 1)[0] == pytest.approx(100.0 / 200)


def test_the_summary_puts_the_seed_spread_next_to_every_best_plain_figure():
    summary = report.summarise(best_plain_rows(), {}, {
        "command": "c", "machine": "m", "preset": "p", "why": "w", "signature": "s",
        "plain_arms": ["baseline", "keepall"]})
    assert summary.startswith("**autoassist against the best plain arm** (baseline, keepall), "
                              "2 seed(s): time ratio to its best valid BLEU 0.92 ± 0.12 "
                              "(0.83, 1.00); final valid BLEU minus the best plain arm's "
                              "+1.00 ± 1.41 (+2.00, +0.00).")
    assert "goal" not in summary
    assert "### Against the best plain arm (baseline, keepall)" in summary
    assert "- seed 1: best plain BLEU 24.00 (keepall), 95% of it 22.80 (keepall), " \
        "lowest plain valid NLL 3.800 (keepall)" in summary
    row = next(line for line in summary.splitlines() if line.startswith("| autoassist | 0.92"))
    assert "-0.100 ± 0.000 (-0.100, -0.100)" in row
    baseline_row = next(line for line in summary.splitlines()
                        if line.startswith("| baseline | not reached"))
    assert "-4.00 ± 0.00" in baseline_row
    # with plain fairseq as the only plain arm, no second comparison is printed
    alone = report.summarise([r for r in best_plain_rows() if r["arm"] != "keepall"], {}, {
        "command": "c", "machine": "m", "preset": "p", "why": "w", "signature": "s",
        "plain_arms": ["baseline"]})
    assert "best plain arm" not in alone


def test_spread_text_says_when_there_is_no_spread():
    assert report.spread_text([0.5]) == "0.50 (one seed: no spread)"
    assert report.spread_text([None, None]) == "not reached"
    assert report.spread_text([0.5, None]) == "0.50 (0.50, not reached)"
    assert report.spread_text([0.1, -0.1], 3, signed=True) == "+0.000 ± 0.141 (+0.100, -0.100)"
    # the README's compact form: no per-seed values
    assert report.spread_text([0.1, -0.1], 3, signed=True, per_seed=False) == "+0.000 ± 0.141"
    assert report.spread_text([0.5], per_seed=False) == "0.50"
    assert report.spread_text([0.5, None], per_seed=False) == "0.50 (reached in 1 of 2 seeds)"
    assert report.spread_text([0.5, 0.7, None], per_seed=False) == \
        "0.60 ± 0.14 (reached in 2 of 3 seeds)"
    assert report.spread_text([None, None], per_seed=False) == "not reached"


def test_summary_says_not_reached():
    rows = rows_for("baseline", 1, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1)])
    rows += rows_for("autoassist", 1, [(100, 100.0, 5.0, 0.5), (200, 200.0, 8.0, 0.5)])
    summary = report.summarise(rows, {}, {
        "command": "c", "machine": "m", "preset": "p", "why": "w", "signature": "s"})
    assert "baseline best: not reached, 95% of it: not reached" in summary


def test_late_gain_shows_whether_the_curve_levels_off():
    rows = rows_for("baseline", 1, [(200, 10, 5.0, 1), (400, 20, 20.0, 1), (600, 30, 24.0, 1),
                                    (800, 40, 26.0, 1), (1000, 50, 26.5, 1)])
    assert report.late_gain(rows) == (
        "+2.50 BLEU over its last 400 updates (600 to 1000), +0.50 over the last 200")
    assert report.late_gain(rows[:2]) == "+15.00 BLEU over its last 200 updates (200 to 400)"
    assert "too few checkpoints" in report.late_gain(rows[:1])


def test_readme_section_is_replaced_between_markers_only(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("intro\n<!-- results:start -->\nold\n<!-- results:end -->\noutro\n")
    report.replace_readme_section(readme, "new table")
    assert readme.read_text() == (
        "intro\n<!-- results:start -->\nnew table\n<!-- results:end -->\noutro\n")
    bare = tmp_path / "BARE.md"
    bare.write_text("just text\n")
    report.replace_readme_section(bare, "table")
    assert bare.read_text().startswith("just text\n\n## Results\n\n<!-- results:start -->")


def test_the_readme_block_is_the_plot_one_table_the_command_and_the_machine():
    """Only the comparison a reader needs: every arm against the best plain arm, mean ±
    std over seeds; the per-seed tables and the prose stay in summary.md."""
    context = {"command": "python scripts/time_to_bleu.py --seeds 1 2", "machine": "m, no GPU",
               "preset": "p", "why": "w", "signature": "s",
               "plain_arms": ["baseline", "keepall"]}
    block = report.readme_block(best_plain_rows(), context, "res/bleu_vs_time.png",
                                "res/summary.md")
    # autoassist, seed 1: 166.67 / 200 s to 24 BLEU and 146.67 / 190 s to 22.8; seed 2:
    # 200 / 200 s and 170 / 190 s (see test_ratios_are_taken_against_the_best_plain_arm...)
    assert block == "\n".join([
        "![BLEU against training time](res/bleu_vs_time.png)",
        "",
        "Each arm against the best plain arm (of baseline, keepall: keepall in every seed), "
        "mean ± std over 2 seeds. Times: the arm's training time to the best plain valid "
        "BLEU, and to 95% of it, over the fastest plain arm's (below 1 is faster). Final "
        "valid BLEU minus the best plain one, final valid NLL (bits per target token) minus "
        "the lowest plain one. Keep rate: the mean share of pairs kept, warm-up included. "
        "Per seed, with test BLEU: [summary.md](res/summary.md).",
        "",
        "| arm | time ratio to best plain BLEU | to 95% of it | final valid BLEU − best "
        "plain's | final valid NLL − lowest plain's | keep rate |",
        "|---|---|---|---|---|---|",
        "| autoassist | 0.92 ± 0.12 | 0.83 ± 0.09 | +1.00 ± 1.41 | -0.100 ± 0.000 "
        "| 0.50 ± 0.00 |",
        "| baseline | not reached | not reached | -4.00 ± 0.00 | +0.200 ± 0.000 | 1.00 ± 0.00 |",
        "| keepall | 1.00 ± 0.00 | 1.00 ± 0.00 | +0.00 ± 0.00 | +0.000 ± 0.000 "
        "| 1.00 ± 0.00 |",
        "",
        "Command: `python scripts/time_to_bleu.py --seeds 1 2`",
        "",
        "Machine: m, no GPU."])
    summary = report.summarise(best_plain_rows(), {}, context)
    for detail in ("### Seed 1", "### Seed 2", "### Against the best plain arm",
                   "**autoassist against baseline**", "BLEU: s", "Preset `p`: w."):
        assert detail in summary and detail not in block
    # without keepall, plain fairseq is the only plain arm; before the NLL was recorded,
    # its column says n/a
    alone = [dict(r, valid_nll=None) for r in best_plain_rows()
             if r["arm"] != "keepall" and r["seed"] == 1]
    block = report.readme_block(alone, dict(context, plain_arms=["baseline"]), "p.png", "s.md")
    assert "(baseline, the only plain arm), one seed, no spread." in block
    assert "| autoassist | 0.50 | 0.53 | +6.00 | n/a | 0.50 |" in block


def test_report_only_rewrites_the_summary_from_the_folder_alone(tmp_path):
    """--report-only: the summary, plot and README section from results.json and
    tests.json, with the recorded command, machine and signature and the preset's
    description of now; no data folder, checkpoint or training needed."""
    from autoassist_tools import time_to_bleu

    out = tmp_path / "res"
    with pytest.raises(SystemExit, match="--report-only needs .*results.json"):
        time_to_bleu.main(["--data", "nowhere", "--out", str(out), "--report-only"])
    out.mkdir()
    write_finished_folder(out)
    # an arm that selects (the defaults select nothing: a plain arm)
    measured = ("python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset "
                "bible-isqrt --arm baseline --arm 'autoassist=--assistant-selection assistant' "
                "--out results/res --readme README.md")
    recorded = ("old verdict\n\nCommand: `" + measured + "`\n\n"
                "Machine: x86_64, 16 CPU cores, on one GPU. Preset `bible`: 9.9 updates/s.\n\n"
                "BLEU: nrefs:1|version:2.6.0\n")
    (out / "summary.md").write_text(recorded)
    readme = tmp_path / "README.md"
    readme.write_text("intro\n<!-- results:start -->\nold\n<!-- results:end -->\noutro\n")
    command = ["--data", "nowhere", "--preset", "bible-isqrt", "--arm", "baseline", "--arm",
               "autoassist=--assistant-selection assistant", "--out", str(out), "--readme",
               str(readme)]

    assert time_to_bleu.main(command + ["--report-only"]) == 0
    summary = (out / "summary.md").read_text()
    # the command that measured the folder, not this one
    assert f"Command: `{measured}`" in summary and "nowhere" not in summary
    assert ("Machine: x86_64, 16 CPU cores, on one GPU. Preset `bible-isqrt`: "
            + PRESETS["bible-isqrt"].why + ".") in summary
    assert "BLEU: nrefs:1|version:2.6.0" in summary and "9.9 updates/s" not in summary
    # a folder from before the NLL was recorded: shown as not recorded
    assert "| autoassist | 22.00 | 22.00 | n/a | n/a | 18.50 (@2200) | 133 s | 100 s | 0.67 " \
        "| 0.53 |" in summary
    # the README gets the plot, one table, the command and the machine; the rest is in
    # summary.md. autoassist: 133.3 / 200 s to the baseline's 20 BLEU, 100 / 190 s to 19.
    assert readme.read_text() == "\n".join([
        "intro",
        "<!-- results:start -->",
        "![BLEU against training time](res/bleu_vs_time.png)",
        "",
        "Each arm against the best plain arm (baseline, the only plain arm), one seed, no "
        "spread. Times: the arm's training time to the best plain valid BLEU, and to 95% of "
        "it, over the fastest plain arm's (below 1 is faster). Final valid BLEU minus the "
        "best plain one, final valid NLL (bits per target token) minus the lowest plain "
        "one. Keep rate: the mean share of pairs kept, warm-up included. Per seed, with "
        "test BLEU: [summary.md](res/summary.md).",
        "",
        "| arm | time ratio to best plain BLEU | to 95% of it | final valid BLEU − best "
        "plain's | final valid NLL − lowest plain's | keep rate |",
        "|---|---|---|---|---|---|",
        "| autoassist | 0.67 | 0.53 | +2.00 | n/a | 0.50 |",
        "| baseline | 1.00 | 1.00 | +0.00 | n/a | 1.00 |",
        "",
        f"Command: `{measured}`",
        "",
        "Machine: x86_64, 16 CPU cores, on one GPU.",
        "<!-- results:end -->",
        "outro",
        ""])
    assert (out / "bleu_vs_time.png").stat().st_size > 0

    # a command that names another measurement than the recorded one is refused
    with pytest.raises(SystemExit, match=r"\(--seeds: recorded \[1\], this command \[1, 2\]\)"):
        time_to_bleu.main(command + ["--seeds", "1", "2", "--report-only"])
    with pytest.raises(SystemExit, match="--max-update: recorded 2200, this command 1000"):
        time_to_bleu.main(command + ["--max-update", "1000", "--report-only"])
    with pytest.raises(SystemExit, match="--preset: recorded bible-isqrt, this command bible"):
        time_to_bleu.main(command[:2] + command[4:] + ["--report-only"])
    # and so is a recorded command that the folder's results do not match
    (out / "summary.md").write_text(recorded.replace("--arm baseline",
                                                     "--seeds 1 2 --arm baseline"))
    with pytest.raises(SystemExit, match="holds arms and seeds"):
        time_to_bleu.main(command + ["--seeds", "1", "2", "--report-only"])
    (out / "summary.md").write_text(recorded.replace("--arm baseline",
                                                     "--max-update 1000 --arm baseline"))
    with pytest.raises(SystemExit, match=r"ends at updates \[2200\]"):
        time_to_bleu.main(command + ["--max-update", "1000", "--report-only"])


@pytest.mark.parametrize("spec", ["bad name=--assistant-base 1", "noequals", "=--x"])
def test_bad_arm_specs_are_refused_with_an_example(spec):
    with pytest.raises(ValueError, match="NAME=OPTIONS"):
        parse_arm(spec)


def test_named_arm_carries_its_options():
    arm = parse_arm("keepall=--assistant-base 1")
    assert arm.name == "keepall" and arm.is_autoassist
    assert arm.options == ["--assistant-base", "1"]


def test_a_finished_arm_is_recognised_wherever_its_folder_and_fairseq_live():
    recorded = ("/venv/bin/fairseq-train data --task translation --user-dir /a/fairseq_autoassist "
                "--lr 3e-3 --seed 1 --save-dir results/x/arms/b-seed1/checkpoints")
    moved = ("/usr/bin/python3 -m fairseq_cli.train data --task translation --user-dir "
             "/b/fairseq_autoassist --lr 3e-3 --seed 1 --save-dir results/y/arms/b-seed1/checkpoints")
    assert same_training(recorded, moved)
    assert not same_training(recorded, moved.replace("--seed 1", "--seed 2"))
    assert not same_training(recorded, moved + " --cpu")


def test_the_decaying_schedule_ends_at_the_runs_own_max_update():
    command = train_command(BASELINE, PRESETS["bible"], Path("data"), Path("ckpt"), 1, 1234, None)
    assert command[command.index("--lr-scheduler") + 1] == "polynomial_decay"
    assert command[command.index("--total-num-update") + 1] == "1234"
    assert command[command.index("--max-update") + 1] == "1234"
    quick = train_command(BASELINE, PRESETS["quick"], Path("data"), Path("ckpt"), 1, 400, None)
    assert "--total-num-update" not in quick


def test_the_inverse_sqrt_preset_recognises_arms_trained_before_presets_had_schedules():
    # The recorded command of a baseline arm of the first benchmark rounds (preset
    # "bible", which then had the inverse-sqrt schedule).
    recorded = (
        "/work/main/.venv/bin/fairseq-train runs/data/bible-es-en --task translation "
        "--user-dir /work/main/fairseq_autoassist --arch transformer --share-all-embeddings "
        "--optimizer adam --adam-betas '(0.9, 0.98)' --clip-norm 0.0 --lr-scheduler "
        "inverse_sqrt --criterion label_smoothed_cross_entropy --label-smoothing 0.1 "
        "--dropout 0.1 --weight-decay 0.0001 --cpu --num-workers 0 --encoder-layers 2 "
        "--decoder-layers 2 --encoder-embed-dim 128 --decoder-embed-dim 128 "
        "--encoder-ffn-embed-dim 512 --decoder-ffn-embed-dim 512 --encoder-attention-heads "
        "4 --decoder-attention-heads 4 --lr 3e-3 --warmup-updates 300 --max-tokens 4096 "
        "--seed 1 --save-dir results/bible-keepall/arms/baseline-seed1/checkpoints "
        "--max-update 2200 --save-interval-updates 200 --keep-interval-updates -1 "
        "--no-epoch-checkpoints --disable-validation --log-format simple --log-interval 10"
    )

    def now(preset: str) -> str:
        return shlex.join(train_command(BASELINE, PRESETS[preset], Path("runs/data/bible-es-en"),
                                        Path("elsewhere"), 1, 2200, None))

    assert same_training(recorded, now("bible-isqrt"))
    assert not same_training(recorded, now("bible"))


def test_a_time_budget_on_the_decaying_preset_is_warned_about(capsys):
    from autoassist_tools import time_to_bleu

    time_to_bleu.parse_args(["--data", "d", "--preset", "bible", "--time-budget", "60"])
    assert "decays to 0 at --max-update (2200)" in capsys.readouterr().err
    time_to_bleu.parse_args(["--data", "d", "--preset", "bible-isqrt", "--time-budget", "60"])
    assert capsys.readouterr().err == ""


def test_an_arm_trained_with_other_options_is_refused_not_resumed(tmp_path):
    from autoassist_tools import time_to_bleu

    data = tmp_path / "data"
    data.mkdir()
    (data / "prepare_summary.json").write_text(json.dumps({"src": "es", "tgt": "en"}))
    out = tmp_path / "results"
    arm = out / "arms" / "baseline-seed1"
    arm.mkdir(parents=True)
    trained = shlex.join(train_command(BASELINE, PRESETS["bible-isqrt"], data,
                                       arm / "checkpoints", 1, 2200, None))
    (arm / "trained_with.txt").write_text(trained)
    with pytest.raises(SystemExit) as refusal:
        time_to_bleu.main(["--data", str(data), "--preset", "bible", "--arm", "baseline",
                           "--out", str(out)])
    message = str(refusal.value)
    assert "trained with other options" in message
    assert "'--lr-scheduler inverse_sqrt --criterion' was trained" in message
    assert "'--lr-scheduler polynomial_decay --end-learning-rate'" in message
    assert f"delete {arm}" in message
    assert (arm / "trained_with.txt").read_text() == trained
    assert sorted(p.name for p in arm.iterdir()) == ["trained_with.txt"]


def _exiting(after: str) -> List[str]:
    """A stand-in for fairseq-train: one train_inner line, then ``after`` (Python)."""
    inner = "| train_inner | epoch 001:     10 / 20 loss=5.0, num_updates=10, wpb=100"
    return [sys.executable, "-c", f"print({inner!r}, flush=True); {after}"]


@pytest.mark.parametrize("after, trained", [
    ("print('done training in 1.0 seconds', flush=True); import os; os.abort()", True),
    ("import os; os.abort()", False),
    ("print('done training in 1.0 seconds', flush=True); raise SystemExit(1)", False),
])
def test_an_abort_after_done_training_counts_as_trained_any_other_failure_not(
        tmp_path, capsys, after, trained):
    """fairseq-train's abort at interpreter exit, once every checkpoint is written, is
    logged and tolerated; an abort before that line, or an error exit, still fails."""
    from autoassist_tools.benchmark.training import train_arm

    seen = []
    log = tmp_path / "arm" / "train.log"
    run = lambda: train_arm(BASELINE, _exiting(after), log,
                            lambda name, fields: seen.append(fields["num_updates"]))
    if trained:
        run()
        assert "aborted at exit (SIGABRT) after 'done training'" in log.read_text()
        assert "the arm counts as trained" in capsys.readouterr().err
    else:
        with pytest.raises(RuntimeError, match="training arm 'baseline' failed"):
            run()
        assert "counts as trained" not in log.read_text()
    assert seen == ["10"]


@pytest.mark.parametrize("done, tolerated", [(True, True), (False, False)])
def test_the_tests_runner_tolerates_the_same_exit_abort_only(done, tolerated):
    """conftest.run counts fairseq-train's abort at exit as success only after its
    "done training" line; an abort before it stays a failure."""
    from conftest import run

    script = ("import os, sys; "
              + ("print('| fairseq_cli.train | done training in 1.0 seconds', flush=True); "
                 if done else "")
              + "sys.stderr.write('terminate called without an active exception\\n'); "
                "sys.stderr.flush(); os.abort()")
    result = run([sys.executable, "-c", script], timeout=60)
    assert result.returncode == (0 if tolerated else -signal.SIGABRT)


def test_quick_benchmark_runs_scores_and_resumes(tmp_path):
    """The --quick preset, shortened: both arms train, decode, score and report; a
    rerun trains and decodes nothing again."""
    out = tmp_path / "quick"
    command = [sys.executable, str(REPO / "scripts" / "time_to_bleu.py"), "--quick",
               "--data", str(tmp_path / "sample"), "--out", str(out),
               "--max-update", "30", "--checkpoint-interval", "15"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    rows = json.loads((out / "results.json").read_text())
    assert sorted({(r["arm"], r["updates"]) for r in rows}) == [
        ("autoassist", 15), ("autoassist", 30), ("baseline", 15), ("baseline", 30)]
    assert all(r["train_seconds"] > 0 and r["boss_tokens"] > 0 for r in rows)
    for name in ("results.csv", "bleu_vs_time.png", "summary.md", "tests.json"):
        assert (out / name).stat().st_size > 0
    assert all(r["valid_nll"] > 0 for r in rows)
    assert (out / "results.csv").read_text().splitlines()[0].endswith(",bleu,valid_nll")
    summary = (out / "summary.md").read_text()
    assert "### Seed 1" in summary and "nrefs:1" in summary
    assert "| best valid NLL | final valid NLL |" in summary
    assert f"| {rows[-1]['valid_nll']:.3f} |" in summary
    # the command quoted is this run's, not the last arm's fairseq-train line
    assert f"Command: `python scripts/time_to_bleu.py {shlex.join(command[2:])}`" in summary
    scores = sorted(out.glob("arms/*/valid_*.json")) + sorted(out.glob("arms/*/test_*.json"))
    assert len(scores) == 6
    stamps = {p: p.stat().st_mtime_ns for p in scores}
    checkpoints = sorted(out.glob("arms/*/checkpoints/checkpoint_*_*.pt"))
    logs = {p: p.read_text() for p in out.glob("arms/*/train.log")}
    lasts = {p: p.stat().st_mtime_ns for p in out.glob("arms/*/checkpoints/checkpoint_last.pt")}

    again = subprocess.run(command + ["--brief"], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    # make demo's ending: one table, one sentence, not the summary
    ending = again.stdout.split("\n\n")[-2:]
    assert ending[0].startswith("| | time to plain fairseq's best valid BLEU | final valid "
                                "BLEU | test BLEU | target tokens per update |")
    assert len(ending[0].splitlines()) == 4  # the header, its rule, two arms
    assert ending[1].startswith("The embedded 4,000-pair sample, 30 updates, one seed: "
                                "AutoAssist, its defaults ")
    assert "says nothing" not in ending[1] and "too short" in ending[1]
    assert "### Seed 1" not in again.stdout
    assert {p: p.stat().st_mtime_ns for p in scores} == stamps
    assert sorted(out.glob("arms/*/checkpoints/checkpoint_*_*.pt")) == checkpoints
    # fairseq resumed on a finished run trains one more update: the rerun must not
    assert {p: p.read_text() for p in out.glob("arms/*/train.log")} == logs
    assert {p: p.stat().st_mtime_ns
            for p in out.glob("arms/*/checkpoints/checkpoint_last.pt")} == lasts
    assert again.stdout.count("already trained") == 2
    assert json.loads((out / "results.json").read_text()) == rows

    # What the Assistant keeps, read from the AutoAssist arm's checkpoint.
    inspect = [sys.executable, str(REPO / "scripts" / "inspect_assistant.py"),
               "--data", str(tmp_path / "sample"), "--top", "2", "--checkpoint"]
    shown = subprocess.run(
        inspect + [str(out / "arms/autoassist-seed1/checkpoints/checkpoint_last.pt")],
        capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr[-3000:]
    assert "expected keep rate over the" in shown.stdout and "most skipped:" in shown.stdout
    refused = subprocess.run(
        inspect + [str(out / "arms/baseline-seed1/checkpoints/checkpoint_last.pt")],
        capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and "holds no Assistant" in refused.stderr


def test_the_gpu_preset_is_half_precision_on_cuda_only():
    def command(device):
        return train_command(BASELINE, PRESETS["bible-gpu"], Path("d"), Path("c"), 1, 900,
                             None, device)
    assert "--fp16" in command("cuda") and "--cpu" not in command("cuda")
    assert "--fp16" not in command("cpu") and "--cpu" in command("cpu")
    assert command("cuda")[command("cuda").index("--total-num-update") + 1] == "900"


def test_the_long_preset_is_the_bible_preset_at_twice_its_budget():
    long, bible = PRESETS["bible-long"], PRESETS["bible"]
    assert long.model == bible.model and long.max_update == 2 * bible.max_update
    assert long.decays_to_zero and long.max_update % long.checkpoint_interval == 0


def test_the_large_preset_has_over_three_times_the_bible_presets_parameters(tmp_path):
    """Issue 32's larger model, counted as fairseq builds it with the Bible corpus's
    8,000-piece joined vocabulary; the rest of the preset (data, batch, schedule) is the
    bible preset's."""
    from fairseq import options, tasks

    for lang in ("es", "en"):
        (tmp_path / f"dict.{lang}.txt").write_text(
            "".join(f"piece{i} 1\n" for i in range(7996)))

    def parameters(preset):
        parser = options.get_training_parser()
        args = options.parse_args_and_arch(parser, [
            str(tmp_path), "--task", "translation", "--source-lang", "es",
            "--target-lang", "en", *preset.model, "--total-num-update", "10"])
        model = tasks.setup_task(args).build_model(args)
        return sum(p.numel() for p in model.parameters())

    large, bible = PRESETS["bible-large"], PRESETS["bible"]
    assert parameters(large) >= 3 * parameters(bible)
    assert large.decays_to_zero and large.max_update % large.checkpoint_interval == 0
    assert large.option("--max-tokens") == bible.option("--max-tokens")
    assert "--cpu" in large.model and not large.cuda_options


def test_the_batch_size_can_be_replaced_in_place():
    from autoassist_tools.benchmark.arms import with_max_tokens

    smaller = with_max_tokens(PRESETS["bible-gpu"], 512).model
    assert smaller.count("--max-tokens") == 1
    assert smaller[smaller.index("--max-tokens") + 1] == "512"
    assert PRESETS["bible-gpu"].model[PRESETS["bible-gpu"].model.index("--max-tokens") + 1] \
        == "8192"


def inner_lines(rates):
    return "\n".join(f"x | train_inner | epoch 001:  {10 * i} / 9 loss=3, ups={r}, wpb=9, "
                     f"bsz=3, num_updates={10 * i}, lr=1" for i, r in enumerate(rates, start=1))


def test_calibration_reads_the_steady_rate_and_the_warmup_before_it():
    from autoassist_tools.calibrate_budget import measured_speed

    # a slow first epoch (2 updates/s), then 20 updates/s: what a lent H100 showed
    speed = measured_speed(inner_lines([2.0] * 6 + [20.0] * 6))
    assert speed.updates_per_second == pytest.approx(20.0)
    assert speed.warmup_seconds == pytest.approx(6 * (10 / 2.0 - 10 / 20.0))
    assert measured_speed(inner_lines([5.0] * 4)).warmup_seconds == pytest.approx(0.0)
    with pytest.raises(ValueError, match="fewer than three intervals"):
        measured_speed(inner_lines([1.0, 2.0]))


def test_the_calibrated_budget_fills_the_seconds_after_the_warmup():
    from autoassist_tools.calibrate_budget import Speed, budget

    assert budget(Speed(20.0, 0.0), 65, 6) == (1260, 210)  # 1,300 fit: 6 intervals of 210
    assert budget(Speed(20.0, 35.0), 65, 6) == (600, 100)  # 30 s left after warm-up
    max_update, interval = budget(Speed(7.3, 10.0), 110, 4)
    assert max_update == 4 * interval and interval % 10 == 0 and max_update <= 730
    assert budget(Speed(0.1, 0.0), 5, 2) == (20, 10)  # at least one step per interval
    with pytest.raises(ValueError, match="warm-up alone"):
        budget(Speed(20.0, 70.0), 60, 5)


def packed_names(archive: Path) -> List[str]:
    """The paths in a round's packed results."""
    with tarfile.open(archive) as packed:
        return packed.getnames()


def test_the_gpu_round_runs_on_the_cpu_with_a_tiny_budget(mini_bible, tmp_path):
    """scripts/gpu/round.sh end to end on the bible-gpu preset (float32 on the CPU, a
    smaller batch, a given budget): four arms, scoring, the packed results."""
    logs, out = tmp_path / "logs", tmp_path / "round"
    result = subprocess.run(
        ["bash", str(REPO / "scripts/gpu/round.sh"), "--device", "cpu", "--data",
         str(mini_bible), "--max-update", "10", "--checkpoint-interval", "10",
         "--max-tokens", "128", "--out", str(out), "--logs", str(logs),
         "--no-device-tests", "--benchmark-limit", "850"],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHON": sys.executable})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    round_log = (logs / "round.log").read_text()
    assert "budget given: no calibration" in round_log
    rows = json.loads((out / "results.json").read_text())
    assert sorted({r["arm"] for r in rows}) == ["autoassist", "baseline", "keepall", "uniform"]
    summary = (out / "summary.md").read_text()
    assert "Preset `bible-gpu`" in summary and "--max-tokens 128" in summary
    names = packed_names(logs / "results.tgz")
    assert any(n.endswith("summary.md") for n in names)
    assert any(n.endswith("train.log") for n in names)
    assert not any(n.endswith(".pt") for n in names)


def test_the_calibration_prints_a_budget_for_the_gpu_preset(mini_bible):
    """autoassist-tools calibrate on the bible-gpu preset (float32 on the CPU, a
    smaller batch): two short baseline runs at once, as two arms will train side by
    side, then ``MAX_UPDATE INTERVAL``."""
    result = subprocess.run(
        [sys.executable, "-m", "autoassist_tools", "calibrate", "--data", str(mini_bible),
         "--preset", "bible-gpu", "--device", "cpu", "--seconds", "600", "--checkpoints",
         "2", "--updates", "30", "--max-tokens", "128", "--side-by-side", "2"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    max_update, interval = (int(v) for v in result.stdout.split("\n")[-2].split())
    assert max_update == 2 * interval and interval >= 10
    assert "[calibrate] bible-gpu baseline on cpu:" in result.stderr
    assert "the slowest of 2 at once" in result.stderr  # as two arms will train
    assert "updates/s steady" in result.stderr


def test_the_gpu_probe_round_runs_on_the_cpu_and_probes_the_stages_it_reached(
        mini_bible, tmp_path):
    """scripts/gpu/probe.sh end to end on the CPU: a long plain run in the other
    direction, the probe at each stage in its own process, one merged table, the packed
    results. A stage the run did not reach is probed at its latest checkpoint instead."""
    logs, out = tmp_path / "logs", tmp_path / "probe-round"
    result = subprocess.run(
        ["bash", str(REPO / "scripts/gpu/probe.sh"), "--device", "cpu", "--data",
         str(mini_bible), "--preset", "quick", "--multiple", "0.075",
         "--checkpoint-interval", "10", "--stages", "20 40", "--seeds", "1 2",
         "--updates", "2", "--policies", "paper-oracle paper-memory", "--threads", "1",
         "--probe-options", "--pool-size 40 --learnability-gap 10 --evaluations 1",
         "--out", str(out), "--logs", str(logs)],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHON": sys.executable, "OMP_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    round_log = (logs / "probe_round.log").read_text()
    assert "stage 40 not reached: probing 30 instead" in round_log
    assert "--source-lang en --target-lang es" in (out / "long-run" / "command.txt").read_text()
    branches = [json.loads(line)
                for line in (out / "probe" / "branches.jsonl").read_text().splitlines()]
    assert {(b["stage"], b["policy"], b["seed"]) for b in branches} == {
        (s, p, seed) for s in (20, 30) for seed in (1, 2)
        for p in ("keepall", "uniform", "paper-oracle", "paper-memory")}
    table_text = (logs / "probe.md").read_text()
    assert "### Stage: 20 updates" in table_text and "### Stage: 30 updates" in table_text
    names = packed_names(logs / "results.tgz")
    assert any(n.endswith("probe/probe.csv") for n in names)
    assert any(n.endswith("long-run/curve.csv") for n in names)
    assert not any(n.endswith((".pt", ".npz")) for n in names)


def _children(pid: int) -> List[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_killing_the_harness_stops_the_training_it_runs(mini_bible, tmp_path):
    """SIGTERM to a benchmark script (here long_plain_run.py) ends its fairseq-train too:
    an orphaned trainer would go on writing into the arm's folder under a rerun."""
    out = tmp_path / "long"
    harness = subprocess.Popen(
        [sys.executable, str(REPO / "scripts/long_plain_run.py"), "--data", str(mini_bible),
         "--preset", "quick", "--multiple", "10", "--out", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONWARNINGS": "ignore", "OMP_NUM_THREADS": "1"})
    trainers: List[int] = []
    try:
        deadline = time.time() + 120
        while time.time() < deadline and not (
                trainers and "num_updates" in (out / "train.log").read_text()):
            time.sleep(0.5)
            trainers = _children(harness.pid)
        assert trainers, "fairseq-train never started"
        harness.send_signal(signal.SIGTERM)
        assert harness.wait(timeout=60) == 128 + signal.SIGTERM
        for pid in trainers:
            assert not Path(f"/proc/{pid}").exists() or \
                Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
        assert "[stopped: fairseq-train ended with this run]" in (out / "train.log").read_text()
    finally:
        harness.kill()
        harness.wait()
        for pid in trainers:  # a failed check must not leave a trainer behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_the_brief_is_one_table_and_one_sentence_of_what_it_shows():
    rows = (rows_for("baseline", 1, [(100, 100.0, 10.0, 1), (200, 200.0, 20.0, 1)])
            + rows_for("autoassist", 1, [(100, 110.0, 19.0, 1), (200, 220.0, 22.0, 1)]))
    tests = {"baseline/1": {"bleu": 19.5}, "autoassist/1": {"bleu": 21.25}}
    text = report.brief(rows, tests, "The embedded 4,000-pair sample, 200 updates")
    table, sentence = text.split("\n\n")
    assert table.splitlines()[2:] == [
        "| plain fairseq | 200 s | 20.00 | 19.50 | 1,000 |",
        "| AutoAssist, its defaults | 147 s | 22.00 | 21.25 | 1,000 |"]
    assert sentence.startswith("The embedded 4,000-pair sample, 200 updates, one seed: "
                               "AutoAssist, its defaults reached plain fairseq's best valid "
                               "BLEU in 0.73 of its training time (final 22.00 against 20.00); "
                               "a run this small shows")
    assert sentence.endswith(".") and ". " not in sentence and "README's Results" in sentence
    slow = [dict(r, bleu=r["bleu"] / 2) if r["arm"] == "autoassist" else r for r in rows]
    assert "did not reach plain fairseq's best valid BLEU (11.00 at the end against 20.00)" \
        in report.brief(slow, tests, "x")


def _recorded_summary(out: Path, measured: str) -> None:
    """A summary.md as the harness writes it, as far as --report-only reads it: the
    command, the machine, the preset and the BLEU signature."""
    (out / "summary.md").write_text(
        "verdict\n\nCommand: `" + measured + "`\n\nMachine: x86_64, 2 CPU cores. Preset "
        "`bible-isqrt`: old.\n\nBLEU: nrefs:1|version:2.6.0\n")


def _harness_arm(run: Path, arm: str, seed: int, points, keep_rate: float) -> None:
    """An arm's folder as the harness leaves it once scored: interval checkpoints (only
    what read_points reads), its cached valid scores and the best one's test score."""
    import torch

    workdir = run / "arms" / f"{arm}-seed{seed}"
    (workdir / "checkpoints").mkdir(parents=True)
    for updates, seconds, bleu in points:
        torch.save({"optimizer_history": [{"num_updates": updates}],
                    "extra_state": {"previous_training_time": seconds}},
                   workdir / "checkpoints" / f"checkpoint_1_{updates}.pt")
        (workdir / f"valid_{updates}.json").write_text(json.dumps({"bleu": bleu, "nll": 3.0}))
    # one logged interval per checkpoint, as fairseq's train_inner lines carry it
    (workdir / "train.log").write_text("".join(
        f"| INFO | train_inner | epoch 001: keep_rate={keep_rate}, wpb=1000, "
        f"num_updates={updates}, lr=0.001\n" for updates, _, _ in points))
    best = max(points, key=lambda p: p[2])
    (workdir / f"test_{best[0]}.json").write_text(json.dumps({"bleu": 17.0, "nll": 3.1}))


def test_an_arm_joined_later_is_reported_with_the_command_that_trained_it(tmp_path):
    """experiments/join_arm.py adds an arm trained in another --out to a finished folder
    and records its command; --report-only then names the arm besides the round's own
    command, and finds the plain arms by their keep rates, not by what an arm's options
    mean today (``autoassist`` selected pairs when this folder was measured)."""
    from autoassist_tools import time_to_bleu

    join_arm = experiment("join_arm")

    out = tmp_path / "res"
    out.mkdir()
    write_finished_folder(out)
    measured = ("python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset "
                "bible-isqrt --arm baseline --arm autoassist --out results/res")
    _recorded_summary(out, measured)

    run = tmp_path / "later"
    _harness_arm(run, "paper", 1, [(1100, 90.0, 12.0), (2200, 180.0, 21.0)], keep_rate=0.5)
    trained = "python scripts/time_to_bleu.py --arm paper=--assistant-selection paper --out later"
    with pytest.raises(SystemExit, match="not a harness --out folder"):
        join_arm.main(["--runs", str(tmp_path / "nowhere"), "--arm", "paper", "--into", str(out),
                       "--command", trained])
    assert join_arm.main(["--runs", str(run), "--arm", "paper", "--into", str(out),
                          "--command", trained, "--note", "an older spelling"]) == 0
    joined = json.loads((out / "results.json").read_text())
    assert [(r["updates"], r["bleu"], r["train_seconds"], r["keep_rate"]) for r in joined
            if r["arm"] == "paper"] == [(1100, 12.0, 90.0, 0.5), (2200, 21.0, 180.0, 0.5)]
    assert json.loads((out / "tests.json").read_text())["paper/1"]["bleu"] == 17.0
    # joining it twice is refused, and the folder is left as it was
    before = (out / "results.json").read_text()
    with pytest.raises(SystemExit, match="already holds"):
        join_arm.main(["--runs", str(run), "--arm", "paper", "--into", str(out),
                       "--command", trained])
    assert (out / "results.json").read_text() == before

    command = ["--data", "nowhere", "--preset", "bible-isqrt", "--arm", "baseline",
               "--arm", "autoassist", "--arm", "paper=--assistant-selection paper",
               "--out", str(out)]
    assert time_to_bleu.main(command + ["--report-only"]) == 0
    summary = (out / "summary.md").read_text()
    assert f"Command: `{measured}`" in summary
    assert (f"Joined arms: paper (seeds 1) was trained later, by `{trained}` (an older "
            "spelling), and joined to this folder by experiments/join_arm.py.") in summary
    assert "| paper | 21.00 | 21.00 |" in summary
    # autoassist kept half the pairs: not a plain arm, whatever its options mean today
    assert "best plain arm" not in summary and "**autoassist against baseline**" in summary
    # the report without the joined arm is refused: the folder holds it
    with pytest.raises(SystemExit, match="holds arms and seeds"):
        time_to_bleu.main(command[:8] + command[10:] + ["--report-only"])
    # a new run into the folder would drop the joined arm: refused before anything trains
    with pytest.raises(SystemExit, match="holds arms joined after its round"):
        time_to_bleu.main(command)


def test_a_joined_arm_of_one_seed_beside_a_round_of_two_is_reported(tmp_path):
    """bible-large's forks were trained for seed 1 only, its round for seeds 1 and 2:
    --report-only takes a joined arm's seeds from joined.json and the round's from
    --seeds, and still refuses a folder that lacks a seed the round names."""
    from autoassist_tools import time_to_bleu

    join_arm = experiment("join_arm")

    out = tmp_path / "res"
    out.mkdir()
    rows = []
    for seed in (1, 2):
        rows += rows_for("baseline", seed, [(1100, 100.0, 10.0, 1), (2200, 200.0, 20.0, 1)])
        rows += rows_for("defaults", seed, [(1100, 100.0, 15.0, 1), (2200, 200.0, 23.0, 1)])
    (out / "results.json").write_text(json.dumps(rows))
    (out / "tests.json").write_text(json.dumps(
        {f"{a}/{s}": {"bleu": 18.0, "updates": 2200} for a in ("baseline", "defaults")
         for s in (1, 2)}))
    measured = ("python scripts/time_to_bleu.py --data d --preset bible-isqrt --seeds 1 2 "
                "--arm 'defaults=--assistant-selection none' --arm baseline --out res")
    _recorded_summary(out, measured)
    run = tmp_path / "runs"
    _harness_arm(run, "uniform", 1, [(1100, 100.0, 15.0), (2200, 190.0, 22.0)], keep_rate=0.8)
    assert join_arm.main(["--runs", str(run), "--arm", "uniform", "--into", str(out),
                          "--command", "python scripts/time_to_bleu.py --share-prefix"]) == 0

    command = ["--data", "d", "--preset", "bible-isqrt", "--seeds", "1", "2",
               "--arm", "defaults=--assistant-selection none",
               "--arm", "uniform=--assistant-selection uniform", "--arm", "baseline",
               "--out", str(out), "--report-only"]
    assert time_to_bleu.main(command) == 0
    summary = (out / "summary.md").read_text()
    assert "**uniform against baseline**, 1 seed(s)" in summary
    assert "**defaults against baseline**, 2 seed(s)" in summary
    assert "Joined arms: uniform (seeds 1)" in summary
    # a round's arm missing a seed is still refused
    (out / "results.json").write_text(json.dumps(
        [r for r in json.loads((out / "results.json").read_text())
         if (r["arm"], r["seed"]) != ("defaults", 2)]))
    with pytest.raises(SystemExit, match="holds arms and seeds"):
        time_to_bleu.main(command)


def test_score_only_scores_trained_arms_without_a_baseline_and_trains_nothing(tmp_path, capsys):
    """--score-only: an arm trained for a folder that holds its baseline elsewhere is
    scored (here every score is cached already) and no report is written; an arm not
    trained is refused rather than trained, and the modes exclude each other."""
    import shlex

    from autoassist_tools import time_to_bleu
    from autoassist_tools.benchmark.arms import parse_arm
    from autoassist_tools.benchmark.training import train_command

    data = tmp_path / "data"
    data.mkdir()
    (data / "prepare_summary.json").write_text(json.dumps({"src": "es", "tgt": "en"}))
    run = tmp_path / "runs"
    _harness_arm(run, "uniform", 1, [(1100, 100.0, 15.0), (2200, 190.0, 22.0)], keep_rate=0.8)
    workdir = run / "arms" / "uniform-seed1"
    for cache in workdir.glob("*_*.json"):
        cache.write_text(json.dumps(dict(json.loads(cache.read_text()), signature="sig")))
    arm = "uniform=--assistant-selection uniform"
    command = ["--data", str(data), "--preset", "bible-isqrt", "--max-update", "2200",
               "--arm", arm, "--out", str(run), "--score-only"]
    args = time_to_bleu.parse_args(command)
    (workdir / "trained_with.txt").write_text(shlex.join(train_command(
        parse_arm(arm), PRESETS["bible-isqrt"], data, workdir / "checkpoints", 1, 2200, None)))
    assert args.score_only and time_to_bleu.main(command) == 0
    printed = capsys.readouterr().out
    assert "[uniform] best valid BLEU 22.00 at update 2200; test BLEU 17.00" in printed
    assert not (run / "results.json").exists() and not (run / "summary.md").exists()
    # seed 2 was never trained: refused, and nothing starts training it
    with pytest.raises(SystemExit, match="not trained .*--score-only trains nothing"):
        time_to_bleu.main(command + ["--seeds", "2"])
    assert not (run / "arms" / "uniform-seed2" / "train.log").exists()
    for other in ("--train-only", "--report-only"):
        with pytest.raises(SystemExit):
            time_to_bleu.parse_args(command + [other])


def test_train_only_needs_no_baseline_and_refuses_what_it_cannot_do():
    from autoassist_tools import time_to_bleu

    args = time_to_bleu.parse_args(["--data", "d", "--arm", "defaults=--assistant-selection "
                                    "none", "--train-only"])
    assert args.train_only and [a.name for a in args.arms] == ["defaults"]
    with pytest.raises(SystemExit):
        time_to_bleu.parse_args(["--data", "d", "--arm", "defaults=", "--train-only",
                                 "--report-only"])
    # forks of a trained donor, side by side: each harness names the donor and its fork
    forked = time_to_bleu.parse_args(["--data", "d", "--arm", "defaults=", "--arm",
                                      "uniform=--assistant-selection uniform",
                                      "--train-only", "--share-prefix"])
    assert forked.share_prefix and [a.name for a in forked.arms] == ["defaults", "uniform"]
    with pytest.raises(SystemExit):  # without --train-only the baseline is needed
        time_to_bleu.parse_args(["--data", "d", "--arm", "defaults=--assistant-base 1"])


def test_throughput_reads_tokens_per_second_after_the_first_interval():
    from autoassist_tools.throughput import interval_rates

    log = "\n".join(
        f"| INFO | train_inner | epoch 001: loss=3, ups={ups}, wpb={wpb}, num_updates={n}"
        for n, ups, wpb in [(10, 0.5, 900), (20, 2.0, 1000), (30, 2.0, 1000), (40, 1.0, 2000)])
    rates = interval_rates(log)
    # after the first: 30 updates in 5 + 5 + 10 s, 40,000 target tokens
    assert rates.updates_per_second == pytest.approx(1.5)
    assert rates.tokens_per_second == pytest.approx(40000 / 20)
    assert rates.tokens_per_update == pytest.approx(40000 / 30)
    # the last half: intervals 3 and 4, 30,000 tokens in 15 s
    assert rates.steady_tokens_per_second == pytest.approx(2000)
    with pytest.raises(ValueError, match="fewer than three intervals"):
        interval_rates(log.splitlines()[0])


def test_a_confirmation_joins_its_arms_to_a_copy_of_the_round_it_is_measured_against(
        tmp_path, monkeypatch):
    """experiments/confirm_report.py: issue 34's three arms of two seeds, scored in their
    own runs folder, joined to a copy of results/bible-long (whose baseline they are
    compared with), their fork records added, every arm in the rewritten summary; the
    round's folder is left as it was, and an existing folder is not overwritten."""
    monkeypatch.syspath_prepend(str(REPO / "experiments"))  # as when it runs as a script
    confirm_report = experiment("confirm_report")

    round_folder = REPO / "results" / "bible-long"
    before = {p.name: p.read_bytes() for p in round_folder.iterdir()}
    assert "paper=--assistant-selection assistant --assistant-onset-agreement 0 " \
        "--assistant-keep-rate 0" in confirm_report.joined_arms(round_folder)
    runs = tmp_path / "runs"
    donor = "keepall-r=--assistant-selection none --assistant-label reducible"
    arms = [donor, "r=--assistant-selection assistant --assistant-label reducible",
            "uniform-r=--assistant-selection uniform --assistant-label reducible"]
    for seed in (1, 2):
        for arm, final in zip(("keepall-r", "r", "uniform-r"), (33.6, 33.9, 33.5)):
            _harness_arm(runs, arm, seed, [(2000, 1800.0, 30.0), (4400, 4000.0, final)],
                         keep_rate=1.0 if arm == "keepall-r" else 0.7)
            if arm != "keepall-r":
                (runs / "arms" / f"{arm}-seed{seed}" / "shared_prefix.json").write_text(
                    json.dumps({"donor": "keepall-r", "updates": 2000, "donor_onset": 2300,
                                "proof_updates": 30}))
    into = tmp_path / "bible-long-r"
    command = ["--round", str(round_folder), "--runs", str(runs),
               "--into", str(into), "--donor", donor,
               "--command", "python scripts/time_to_bleu.py --seeds S --train-only"]
    for arm in arms:
        command += ["--arm", arm]
    assert confirm_report.main(command) == 0
    summary = (into / "summary.md").read_text()
    for arm in ("keepall-r", "r", "uniform-r", "paper", "keepall", "baseline"):
        assert f"| {arm} | " in summary
    assert "r (seed 2) shares keepall-r's first 2,000 updates" in summary
    assert ("`python scripts/time_to_bleu.py --seeds S --train-only --share-prefix --arm "
            f"'{donor}' --arm 'r=--assistant-selection assistant --assistant-label "
            "reducible'`") in summary
    assert {p.name: p.read_bytes() for p in round_folder.iterdir()} == before
    with pytest.raises(SystemExit, match="exists"):
        confirm_report.main(command)


def test_a_confirmation_copies_a_rounds_report_not_its_checkpoints_and_forks_from_its_arm(
        tmp_path, monkeypatch):
    """experiments/confirm_report.py on a round that is a harness --out (checkpoints
    under arms/, as runs/large for experiments/large_report.sh): only the report files
    are copied; the donor may be one of the round's own arms, and each fork's joined
    record names it; --replace replaces the folder, which is refused without it, and a
    donor that is no arm is refused."""
    monkeypatch.syspath_prepend(str(REPO / "experiments"))
    confirm_report = experiment("confirm_report")
    round_folder = tmp_path / "round"
    shutil.copytree(REPO / "results" / "bible-long", round_folder)
    (round_folder / "arms" / "keepall-seed1" / "checkpoints").mkdir(parents=True)
    (round_folder / "arms" / "keepall-seed1" / "checkpoints" / "checkpoint_1_400.pt").write_bytes(
        b"a checkpoint")
    (round_folder / "train-keepall-s1.log").write_text("a console log\n")
    paper = "paper=--assistant-selection assistant --assistant-onset-agreement 0 " \
        "--assistant-keep-rate 0"
    assert paper in confirm_report.round_arms(round_folder)
    runs = tmp_path / "runs"
    for seed in (1, 2):
        _harness_arm(runs, "r", seed, [(2000, 1800.0, 30.0), (4400, 4000.0, 33.9)], 0.7)
        (runs / "arms" / f"r-seed{seed}" / "shared_prefix.json").write_text(json.dumps(
            {"donor": "paper", "updates": 2000, "donor_onset": 2300, "proof_updates": 30}))
    into = tmp_path / "bible-long-r"
    command = ["--round", str(round_folder), "--runs", str(runs), "--into", str(into),
               "--donor", paper, "--command", "python scripts/time_to_bleu.py --seeds S",
               "--arm", "r=--assistant-selection assistant --assistant-label reducible"]
    assert confirm_report.main(command) == 0
    assert sorted(p.name for p in into.iterdir()) == sorted(
        confirm_report.REPORT_FILES + ("bleu_vs_time.png",))
    assert "r (seed 1) shares paper's first 2,000 updates" in (into / "summary.md").read_text()
    joined = json.loads((into / "joined.json").read_text())
    assert joined["r"]["note"] == "forked from paper, see Shared prefixes"
    assert f"--share-prefix --arm '{paper}' --arm 'r=" in joined["r"]["commands"][0]
    made = (into / "summary.md").read_bytes()
    (into / "stale.txt").write_text("from before")
    with pytest.raises(SystemExit, match="give --replace"):
        confirm_report.main(command)
    assert confirm_report.main(command + ["--replace"]) == 0
    assert not (into / "stale.txt").exists() and (into / "summary.md").read_bytes() == made
    assert not (tmp_path / "bible-long-r.replaced").exists()
    (tmp_path / "bible-long-r.replaced").mkdir()  # a replacement cut short
    with pytest.raises(SystemExit, match="cut short"):
        confirm_report.main(command + ["--replace"])
    assert (into / "summary.md").read_bytes() == made
    with pytest.raises(SystemExit):
        confirm_report.main([*command[:6], "--donor", "nope=--assistant-selection none",
                             *command[8:], "--replace"])


def test_tokens_per_update_count_only_the_runs_whose_updates_were_kept(tmp_path):
    """An arm's log holds every run that trained it: a run stopped before its first
    checkpoint and restarted from scratch, and a run stopped past a checkpoint and
    resumed from it. Only the updates that reached the final checkpoints count: the
    stopped runs' later intervals (here at 999 tokens per update) must not inflate the
    arm's tokens per update (bible-large's second seed read 3,947 for plain fairseq's
    3,346 before this was fixed)."""
    import torch

    from autoassist_tools.benchmark.training import read_points

    def lines(first, last, wpb):
        return "".join(f"| INFO | train_inner | epoch 001: keep_rate=1, wpb={wpb}, "
                       f"num_updates={u}, lr=0.001\n" for u in range(first, last + 1, 10))

    save = tmp_path / "checkpoints"
    save.mkdir()
    for updates in (40, 80):
        torch.save({"optimizer_history": [{"num_updates": updates}],
                    "extra_state": {"previous_training_time": float(updates)}},
                   save / f"checkpoint_1_{updates}.pt")
    log = tmp_path / "train.log"
    log.write_text("$ fairseq-train\n" + lines(10, 30, 999)     # stopped, nothing saved
                   + "$ fairseq-train\n" + lines(10, 60, 100)   # saved 40, stopped at 60
                   + "$ fairseq-train\n" + lines(50, 80, 100))  # resumed from 40
    # the second run's 50 and 60 were lost with it; the third trained them again
    log.write_text(log.read_text().replace("wpb=100, num_updates=50", "wpb=999, num_updates=50", 1)
                   .replace("wpb=100, num_updates=60", "wpb=999, num_updates=60", 1))
    points = read_points(save, log)
    assert [(p.updates, p.boss_tokens) for p in points] == [(40, 4000.0), (80, 8000.0)]
