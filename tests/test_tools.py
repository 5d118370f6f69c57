"""The tools' entry points: ``autoassist-tools`` (``python -m autoassist_tools``), its
subcommands, and the thin scripts in scripts/ that a checkout runs by path."""
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from autoassist_tools import cli

REPO = Path(__file__).resolve().parents[1]
# scripts/'s entry points, each the subcommand it runs (bootstrap_env.sh builds .venv)
THIN_SCRIPTS = {
    "prepare_data.py": "prepare", "time_to_bleu.py": "benchmark",
    "selection_probe.py": "probe", "long_plain_run.py": "long-run",
    "inspect_assistant.py": "inspect",
}
PATH_HACK = re.compile(r"sys\.path\.(insert|append|extend)\b|sys\.path\s*\+?=")


def help_of(command, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd="/")


def test_the_package_lists_every_subcommand():
    result = help_of([sys.executable, "-m", "autoassist_tools", "--help"])
    assert result.returncode == 0, result.stderr
    for name, tool in cli.TOOLS.items():
        assert re.search(rf"^  {re.escape(name)} +{re.escape(tool.summary)}$", result.stdout,
                         re.MULTILINE), (name, result.stdout)
    assert {"prepare", "benchmark", "probe", "long-run", "calibrate", "inspect"} <= set(cli.TOOLS)


def test_the_console_script_is_installed():
    """setup.py's entry point, in the environment's bin/ (redone with setup.py)."""
    script = Path(sys.executable).parent / "autoassist-tools"
    assert script.exists(), "reinstall the project: bash scripts/bootstrap_env.sh"
    result = help_of([str(script), "--help"])
    assert result.returncode == 0 and "benchmark" in result.stdout, result.stderr


def test_an_unknown_or_missing_subcommand_is_an_error(capsys):
    assert cli.main(["train"]) == 2
    assert "unknown subcommand 'train'" in capsys.readouterr().err
    assert cli.main([]) == 2


@pytest.mark.parametrize("name", list(cli.TOOLS))
def test_each_subcommand_has_its_help(name, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["pytest"])
    sigterm = signal.getsignal(signal.SIGTERM)  # the benchmark tools set their own
    try:
        with pytest.raises(SystemExit) as exit:
            cli.main([name, "--help"])
    finally:
        signal.signal(signal.SIGTERM, sigterm)
    assert exit.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: autoassist-tools {name} ")


def test_scripts_holds_only_the_entry_points():
    top = {p.name for p in (REPO / "scripts").iterdir() if p.is_file()}
    assert top == set(THIN_SCRIPTS) | {"bootstrap_env.sh"}


@pytest.mark.parametrize("script", sorted(THIN_SCRIPTS))
def test_each_thin_script_runs_its_tool(script):
    """By path, from another folder: Python puts scripts/ first on the path itself."""
    result = help_of([sys.executable, str(REPO / "scripts" / script), "--help"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {script} ")
    assert f'run("{THIN_SCRIPTS[script]}")' in (REPO / "scripts" / script).read_text()


def test_no_script_or_experiment_edits_the_import_path():
    """Imports come from the package (installed editable, or scripts/ as the script's
    own folder), never from a path pushed onto sys.path."""
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for folder in ("scripts", "experiments")
        for path in sorted((REPO / folder).rglob("*"))
        if path.is_file() and path.suffix in (".py", ".sh")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PATH_HACK.search(line)
    ]
    assert offenders == []


def test_arms_by_updates_reads_a_harness_console_log(tmp_path):
    """experiments/arms_by_updates.py --log SEED=PATH: the scored checkpoints of a run that
    has not written results.json yet, measured against the best plain arm per seed."""
    for seed, (final, late) in {1: (30.0, 29.0), 2: (32.0, 30.0)}.items():
        (tmp_path / f"seed{seed}.log").write_text(
            "[keepall] training, seed 1: fairseq-train ...\n"
            f"[keepall] update 100: 50 s, valid BLEU 20.00, valid NLL 4.000\n"
            f"[keepall] update 200: 99 s, valid BLEU {final:.2f}, valid NLL 3.000\n"
            "[keepall] best valid BLEU ...\n"
            f"[sel] update 100: 51 s, valid BLEU 20.00, valid NLL 4.000\n"
            f"[sel] update 200: 98 s, valid BLEU {late:.2f}, valid NLL 3.100\n")
    result = subprocess.run(
        [sys.executable, str(REPO / "experiments" / "arms_by_updates.py"), "--log",
         f"1={tmp_path / 'seed1.log'}", "--log", f"2={tmp_path / 'seed2.log'}",
         "--plain", "keepall"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    # final BLEU gaps -1 and -2; NLL +0.1 in both; 95% of 30 (28.5) at 194.4 against 185,
    # of 32 (30.4): never reached
    assert ("| sel | 2 | 29.00, 30.00 | 29.00, 30.00 | 3.100, 3.100 | -1.50 ± 0.71 | "
            "+0.100 ± 0.000 | not reached, not reached | 1.05, not reached |") in result.stdout
    assert "seed 1: keepall (30.00), seed 2: keepall (32.00)" in result.stdout
    assert "By time" not in result.stdout
    by_time = subprocess.run(
        [sys.executable, str(REPO / "experiments" / "arms_by_updates.py"), "--log",
         f"1={tmp_path / 'seed1.log'}", "--log", f"2={tmp_path / 'seed2.log'}",
         "--plain", "keepall", "--cost-after", "100"], capture_output=True, text=True,
        timeout=60)
    assert by_time.returncode == 0, by_time.stderr
    # 0.47 s per update (98 - 51 over 100 updates) against keepall's 0.49; 95% of 30 at
    # 194.4 updates against 185: 194.4 * 0.47 / (185 * 0.49) = 1.008
    assert ("| sel | 0.470, 0.470 | 0.959, 0.959 | not reached, not reached | "
            "1.01, not reached |") in by_time.stdout
    # a results.json and a log that both hold seed 1's keepall: each checkpoint counted
    # once, with the results file's unrounded seconds (0.495 s per update, not 0.49)
    results = tmp_path / "results.json"
    results.write_text(json.dumps([
        {"arm": "keepall", "seed": 1, "updates": 100, "train_seconds": 50.4, "bleu": 20.0,
         "valid_nll": 4.0},
        {"arm": "keepall", "seed": 1, "updates": 200, "train_seconds": 99.9, "bleu": 30.0,
         "valid_nll": 3.0}]))
    merged = subprocess.run(
        [sys.executable, str(REPO / "experiments" / "arms_by_updates.py"), str(results),
         "--log", f"1={tmp_path / 'seed1.log'}", "--plain", "keepall", "absent",
         "--cost-after", "100"], capture_output=True, text=True, timeout=60)
    assert merged.returncode == 0, merged.stderr
    assert "| keepall | 0.495 | 1.000 | 1.00 | 1.00 |" in merged.stdout
    assert "absent" not in merged.stdout


def test_the_options_page_is_the_code_s_declarations():
    """docs/options.md is generated: it changes with the config, or this fails (the fix:
    autoassist-tools options --markdown > docs/options.md)."""
    import dataclasses

    from autoassist_tools.options_reference import markdown
    from fairseq_autoassist.config import AutoAssistConfig

    page = (REPO / "docs" / "options.md").read_text()
    assert page == markdown(), "regenerate: autoassist-tools options --markdown > docs/options.md"
    own = [f for f in dataclasses.fields(AutoAssistConfig)
           if f.name.startswith(("assistant_", "reset_assistant"))]
    for field in own:  # each option once, with its help text
        flag = "--" + field.name.replace("_", "-")
        assert len(re.findall(rf"^\| `{re.escape(flag)}[ `]", page, re.MULTILINE)) == 1, flag
        assert field.metadata["help"].replace("|", "/") in page, flag


def test_the_options_tool_prints_every_option_in_a_terminal():
    result = help_of([sys.executable, "-m", "autoassist_tools", "options"])
    assert result.returncode == 0, result.stderr
    assert "fairseq's --help does not list a task's options" in result.stdout
    for flag in ("--assistant-selection {none,paper,assistant,uniform}   (default: none)",
                 "--assistant-memory [{on,off}]   (default: the method's)",
                 "--assistant-lookahead N   (default: 32)", "--reset-assistant   (default: off)"):
        assert flag in result.stdout
