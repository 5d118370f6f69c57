"""The in-process scorer decodes exactly what fairseq-generate decodes, checkpoint after
checkpoint, for plain and AutoAssist checkpoints alike."""
import os
import shutil
import sys
from pathlib import Path

import pytest
import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from benchmark.scoring import (  # noqa: E402
    CheckpointScorer, decode_with_fairseq_generate, read_references, score_hypotheses,
)
from conftest import run, train_command  # noqa: E402
from fairseq_autoassist.checkpoint_safety import UnsafeCheckpointError  # noqa: E402

BEAM, LENPEN = 3, 1.0


@pytest.fixture(scope="module")
def scored_data(tiny_bin, tmp_path_factory) -> Path:
    """The tiny corpus with the ``raw/`` references that scoring reads. Its words carry
    no SentencePiece marks, so ``--post-process sentencepiece`` joins a sentence's
    words into one string; the references are joined alike."""
    data = tmp_path_factory.mktemp("scored") / "bin"
    shutil.copytree(tiny_bin, data)
    (data / "raw").mkdir()
    lines = (tiny_bin.parent / "text" / "valid.tgt").read_text().splitlines()
    (data / "raw" / "valid.tgt").write_text("".join(line.replace(" ", "") + "\n"
                                                    for line in lines))
    return data


@pytest.fixture(scope="module")
def checkpoints(scored_data, tmp_path_factory):
    """Interval checkpoints at updates 10 and 20 of each task."""
    found = {}
    for task in ("translation", "autoassist_translation"):
        save_dir = tmp_path_factory.mktemp(task) / "ck"
        result = run(train_command(scored_data, save_dir, "--max-update", "20",
                                   "--save-interval-updates", "10",
                                   "--keep-interval-updates", "-1", task=task))
        assert result.returncode == 0, result.stderr[-3000:]
        found[task] = [save_dir / "checkpoint_1_10.pt", save_dir / "checkpoint_1_20.pt"]
    return found


def test_in_process_hypotheses_equal_fairseq_generates(scored_data, checkpoints):
    # One scorer for every checkpoint, as in a benchmark run: the task and the split
    # load once, and each model is built from the same, unchanged dictionaries. An
    # early and a later plain checkpoint, with an AutoAssist one between them.
    order = [checkpoints["translation"][0], checkpoints["autoassist_translation"][1],
             checkpoints["translation"][1]]
    scorer = CheckpointScorer(scored_data, "tgt", BEAM, LENPEN, device="cpu")
    references = read_references(scored_data, "valid", "tgt")
    decoded = []
    for checkpoint in order:
        expected = decode_with_fairseq_generate(checkpoint, scored_data, "valid", BEAM,
                                                LENPEN, device="cpu")
        hypotheses = scorer.decode(checkpoint, "valid")
        assert len(expected) == len(references) == 60
        assert sum(1 for h in expected if h) > 30, (checkpoint, expected[:5])
        assert hypotheses == expected, checkpoint
        decoded.append(hypotheses)
    assert decoded[0] != decoded[2], "the early and the later checkpoint decoded alike"
    score = scorer.score(order[-1], "valid")
    assert score["bleu"] == score_hypotheses(decoded[-1], references, order[-1], 0)["bleu"]
    assert "nrefs:1" in score["signature"] and score["decode_seconds"] >= 0


def test_a_checkpoint_with_a_foreign_global_is_refused(scored_data, checkpoints, tmp_path):
    state = torch.load(checkpoints["translation"][0], map_location="cpu")
    state["extra_state"]["payload"] = os.system  # pickled as the global posix.system
    evil = tmp_path / "evil.pt"
    torch.save(state, evil)
    scorer = CheckpointScorer(scored_data, "tgt", BEAM, LENPEN, device="cpu")
    with pytest.raises(UnsafeCheckpointError, match=r"posix\.system"):
        scorer.decode(evil, "valid")
