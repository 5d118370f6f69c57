"""scripts/gpu/regime.sh (issue 32's GPU rung) dry-run on the CPU: both arms training
at once with --train-only, scoring and the report from one harness, the throughput table
and the packed results, on the quick preset's small model and a tiny budget given in
updates (the side-by-side calibration
it otherwise runs is tested with the calibration tool, in test_benchmark.py)."""
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_gpu_regime_script_runs_on_the_cpu(mini_bible, tmp_path):
    logs, out = tmp_path / "logs", tmp_path / "regime"
    result = subprocess.run(
        ["bash", str(REPO / "scripts/gpu/regime.sh"), "--device", "cpu", "--data",
         str(mini_bible), "--preset", "quick", "--max-update", "20", "--checkpoint-interval", "10",
         "--max-tokens", "128", "--throughput-updates", "30",
         "--throughput-log-interval", "10", "--throughput-limit", "600", "--out", str(out), "--logs", str(logs)],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHON": sys.executable})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    regime_log = (logs / "regime.log").read_text()
    assert "budget: --max-update 20 --checkpoint-interval 10, both arms at once" in regime_log
    assert "training exit status: baseline 0, defaults 0" in regime_log
    # each arm trained in its own harness, and the scoring run trained nothing again
    for arm in ("baseline", "defaults"):
        assert "[train-only] " + arm in (logs / f"train_{arm}.log").read_text()
    score_log = (logs / "score.log").read_text()
    assert score_log.count("already trained") == 2
    rows = json.loads((out / "results.json").read_text())
    assert sorted({r["arm"] for r in rows}) == ["baseline", "defaults"]
    assert sorted({r["updates"] for r in rows}) == [10, 20]
    summary = (out / "summary.md").read_text()
    assert "Preset `quick`" in summary and "--max-tokens 128" in summary
    table = (out / "throughput.md").read_text()
    for arm in ("plain", "shapes-on", "shapes-off"):
        assert f"| {arm} |" in table
    assert set(json.loads((out / "throughput.json").read_text())) == {
        "plain", "shapes-on", "shapes-off"}
    with tarfile.open(logs / "results.tgz") as packed:
        names = packed.getnames()
    assert any(n.endswith("throughput.md") for n in names)
    assert any(n.endswith("summary.md") for n in names)
    assert not any(n.endswith(".pt") for n in names)
