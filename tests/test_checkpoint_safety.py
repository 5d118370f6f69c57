"""Checkpoints load under weights_only=True; a foreign pickled global is refused."""
import hashlib
import os

import pytest
import torch

import fairseq_autoassist  # noqa: F401
from conftest import run, train_command
from fairseq_autoassist.checkpoint_safety import (
    UnsafeCheckpointError,
    foreign_globals,
    refuse_unsafe_checkpoint,
)


@pytest.fixture(scope="module")
def trained_checkpoint(tiny_bin, tmp_path_factory):
    save_dir = tmp_path_factory.mktemp("safety") / "ck"
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "2"))
    assert result.returncode == 0, result.stderr[-3000:]
    return save_dir / "checkpoint_last.pt"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_our_checkpoints_hold_only_allowlisted_globals(trained_checkpoint):
    assert foreign_globals(str(trained_checkpoint)) == []
    state = torch.load(trained_checkpoint, map_location="cpu")  # weights_only default
    assert "autoassist" in state["extra_state"]["AutoAssistTranslationTask"]


def plant_foreign_global(source, target):
    state = torch.load(source, map_location="cpu")
    state["extra_state"]["payload"] = os.system  # pickled as the global posix.system
    torch.save(state, target)


def test_a_foreign_global_is_refused_by_name(trained_checkpoint, tmp_path):
    evil = tmp_path / "evil.pt"
    plant_foreign_global(trained_checkpoint, evil)
    with pytest.raises(UnsafeCheckpointError, match=r"posix\.system"):
        refuse_unsafe_checkpoint(str(evil))
    with pytest.raises(Exception, match="posix.system"):  # torch itself refuses too
        torch.load(evil, map_location="cpu")


def test_resuming_from_a_foreign_checkpoint_stops_with_a_message_and_keeps_it(
    tiny_bin, trained_checkpoint, tmp_path
):
    save_dir = tmp_path / "ck"
    save_dir.mkdir()
    planted = save_dir / "checkpoint_last.pt"
    plant_foreign_global(trained_checkpoint, planted)
    before = digest(planted)
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "3"))
    assert result.returncode != 0
    assert "refusing to load the checkpoint" in result.stderr
    assert "posix.system" in result.stderr
    assert digest(planted) == before and sorted(os.listdir(save_dir)) == ["checkpoint_last.pt"]


def test_a_corrupt_checkpoint_gets_a_clear_message(tiny_bin, tmp_path):
    save_dir = tmp_path / "ck"
    save_dir.mkdir()
    (save_dir / "checkpoint_last.pt").write_bytes(b"not a checkpoint at all")
    result = run(train_command(tiny_bin, save_dir, "--max-epoch", "1"))
    assert result.returncode != 0
    assert "cannot read the checkpoint" in result.stderr
    assert (save_dir / "checkpoint_last.pt").read_bytes() == b"not a checkpoint at all"
