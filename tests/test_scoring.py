"""The in-process scorer decodes exactly what fairseq-generate decodes, checkpoint after
checkpoint, for plain and AutoAssist checkpoints alike, and its valid NLL is fairseq's
own validation ``nll_loss``."""
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import torch

from autoassist_tools.benchmark.scoring import (
    CheckpointScorer, decode_with_fairseq_generate, read_references, score_hypotheses,
)
from conftest import run, train_command
from fairseq_autoassist.checkpoint_safety import UnsafeCheckpointError

REPO = Path(__file__).resolve().parents[1]

BEAM, LENPEN = 3, 1.0
VALID_NLL = re.compile(r"valid on 'valid' subset \|.* nll_loss ([\d.]+) \|.* num_updates (\d+)")


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
    """Interval checkpoints at updates 10 and 20 of each task, and fairseq's log of its
    validation at each. ``--required-batch-size-multiple 1``: with fairseq's default (8)
    its validation drops the valid set's last batch when that is not a multiple of 8
    (here the 4 longest of 60 pairs), so the NLL it logs is not the whole split's."""
    found = {}
    for task in ("translation", "autoassist_translation"):
        save_dir = tmp_path_factory.mktemp(task) / "ck"
        result = run(train_command(scored_data, save_dir, "--max-update", "20",
                                   "--save-interval-updates", "10",
                                   "--keep-interval-updates", "-1",
                                   "--required-batch-size-multiple", "1", task=task))
        assert result.returncode == 0, result.stderr[-3000:]
        (save_dir / "train.log").write_text(result.stdout + result.stderr)
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


def fairseq_valid_nll(log: Path) -> dict:
    """fairseq's logged valid ``nll_loss`` (3 decimals) by update count."""
    return {int(updates): float(nll) for nll, updates in VALID_NLL.findall(log.read_text())}


def test_valid_nll_is_fairseqs_own_validation_nll_loss(scored_data, checkpoints):
    """From a full score (the NLL, then decoding, on one loaded model) and from the NLL
    alone, for both tasks' checkpoints: each equals what fairseq-train logged when it
    validated that checkpoint."""
    scorer = CheckpointScorer(scored_data, "tgt", BEAM, LENPEN, device="cpu")
    for task, paths in checkpoints.items():
        logged = fairseq_valid_nll(paths[0].parent / "train.log")
        assert sorted(logged) == [10, 20], logged
        assert logged[10] - logged[20] > 0.5, logged  # the two are told apart
        for path, updates in zip(paths, (10, 20)):
            score = scorer.score(path, "valid")
            assert scorer.nll(path, "valid")["nll"] == score["nll"], path
            # fairseq rounds to 3 decimals
            assert abs(score["nll"] - logged[updates]) <= 0.0005 + 1e-9, (path, logged)


def test_a_score_cached_before_the_nll_gains_it_without_decoding(scored_data, checkpoints,
                                                                  tmp_path, monkeypatch):
    from autoassist_tools import time_to_bleu

    checkpoint = checkpoints["translation"][1]
    scorer = CheckpointScorer(scored_data, "tgt", BEAM, LENPEN, device="cpu")
    old = {"bleu": 12.34, "signature": "nrefs:1|old", "decode_seconds": 1.0}
    cache = tmp_path / "valid_20.json"
    cache.write_text(json.dumps(old) + "\n")

    def no_decoding(*args):
        raise AssertionError("decoded again")

    monkeypatch.setattr(scorer, "decode", no_decoding)
    monkeypatch.setattr(scorer, "score", no_decoding)
    filled = time_to_bleu.cached_score(cache, scorer, checkpoint, "valid")
    assert filled == {**old, "nll": scorer.nll(checkpoint, "valid")["nll"],
                      "nll_seconds": filled["nll_seconds"]}
    assert json.loads(cache.read_text()) == filled
    monkeypatch.setattr(scorer, "nll", no_decoding)  # now cached: nothing computed
    assert time_to_bleu.cached_score(cache, scorer, checkpoint, "valid") == filled
