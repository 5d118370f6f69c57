"""The shape replay (autoassist_tools.shape_replay) on the CPU with a tiny model: phases
picked as documented, every timed phase timed, each variant in its own process, and bad
input refused with a message naming the problem."""
import json
import random
import sys
from pathlib import Path

import pytest
import torch

from conftest import run

from autoassist_tools.shape_replay import ReplayError, load_arm, make_sample, plan_phases

TINY = ("--arch transformer --encoder-layers 1 --decoder-layers 1 "
        "--encoder-embed-dim 16 --decoder-embed-dim 16 "
        "--encoder-ffn-embed-dim 32 --decoder-ffn-embed-dim 32 "
        "--encoder-attention-heads 2 --decoder-attention-heads 2 --share-all-embeddings "
        "--optimizer adam --lr 1e-3 "
        "--criterion label_smoothed_cross_entropy --label-smoothing 0.1")


def vocab_size(data: Path) -> int:
    return 4 + len((data / "dict.src.txt").read_text().splitlines())


@pytest.fixture(scope="module")
def shapes_file(tiny_bin, tmp_path_factory) -> Path:
    """Two recorded epochs of 12 small batches; epoch 2 repeats two warm-up shapes and
    one of its own, so that 'not seen before' is exercised."""
    rng = random.Random(3)

    def shape():
        return [rng.choice([2, 3, 4, 5]), rng.randint(3, 12), rng.randint(3, 12)]

    first = [shape() for _ in range(12)]
    second = [first[0], first[1]] + [shape() for _ in range(9)]
    second.insert(5, second[3])
    path = tmp_path_factory.mktemp("shapes") / "shapes.json"
    path.write_text(json.dumps({"max_tokens": 400, "vocab_size": vocab_size(tiny_bin),
                                "arms": {"shrink": [first, second]}}))
    return path


def replay(data: Path, shapes: Path, *extra: str, timeout: float = 120):
    return run([sys.executable, "-m", "autoassist_tools.shape_replay", "--data", str(data),
                "--shapes", str(shapes), "--arm", "shrink", "--device", "cpu",
                "--model-options", TINY, "--phase-batches", "4", "--warmup-batches", "2",
                *extra], timeout=timeout)


def test_plan_phases_takes_unseen_shapes_in_order_and_says_when_short():
    epochs = [[(2, 3, 3), (2, 4, 4), (2, 5, 5)],
              [(2, 3, 3), (2, 6, 6), (2, 6, 6), (2, 5, 5), (2, 7, 7)],
              [(2, 8, 8), (2, 6, 6)]]
    plan = plan_phases(epochs, warmup=2, size=2)
    assert plan.shapes["warmup"] == [(2, 3, 3), (2, 4, 4)]
    assert plan.shapes["new"] == [(2, 6, 6), (2, 5, 5)]  # (2,5,5): not run in the warm-up
    assert plan.shapes["seen"] == plan.shapes["new"]
    assert plan.shapes["new2"] == [(2, 7, 7), (2, 8, 8)]
    assert plan.notes == []
    short = plan_phases(epochs, warmup=2, size=3)
    assert short.shapes["new2"] == [(2, 8, 8)]
    assert any("new2" in note and "only 1" in note for note in short.notes)
    with pytest.raises(ReplayError, match="nothing new"):
        plan_phases([[(1, 2, 2)], [(1, 2, 2)]], warmup=1, size=2)


def test_a_sample_is_what_the_collater_makes():
    generator = torch.Generator().manual_seed(1)
    sample = make_sample((3, 5, 4), 4, 30, 30, eos=2, pad=1, generator=generator)
    src, tgt = sample["net_input"]["src_tokens"], sample["target"]
    prev = sample["net_input"]["prev_output_tokens"]
    assert src.shape == (3, 5) and tgt.shape == (3, 4) and prev.shape == (3, 4)
    assert (src[:, -1] == 2).all() and (tgt[:, -1] == 2).all() and (prev[:, 0] == 2).all()
    assert (prev[:, 1:] == tgt[:, :-1]).all()
    assert (src[:, :-1] >= 4).all() and (src < 30).all() and (tgt[:, :-1] >= 4).all()
    assert sample["ntokens"] == 12 and sample["nsentences"] == 3
    assert sample["net_input"]["src_lengths"].tolist() == [5, 5, 5]

    padded = make_sample((2, 8, 8), 4, 30, 30, eos=2, pad=1, generator=generator,
                         padding=True)
    src, tgt = padded["net_input"]["src_tokens"], padded["target"]
    prev = padded["net_input"]["prev_output_tokens"]
    assert src[0, :2].tolist() == [1, 1] and src[0, -1] == 2  # left-padded source
    assert tgt[0, -2:].tolist() == [1, 1] and tgt[0, 5] == 2  # right-padded target
    assert prev[0, 0] == 2 and (prev[0, 1:6] == tgt[0, :5]).all() and (prev[0, 6:] == 1).all()
    assert padded["net_input"]["src_lengths"].tolist() == [6, 8]
    assert padded["ntokens"] == 14


def test_replay_on_the_cpu(tiny_bin, shapes_file, tmp_path):
    out = tmp_path / "replay.json"
    result = replay(tiny_bin, shapes_file, "--variants", "default,expandable-segments",
                    "--out", str(out))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "| default | new | 4 |" in result.stdout
    assert out.with_suffix(".md").read_text().strip() in result.stdout
    report = json.loads(out.read_text())
    assert [v["variant"] for v in report["variants"]] == ["default", "expandable-segments"]
    for variant in report["variants"]:
        assert variant["status"] == "ok", variant["log_tail"]
        phases = variant["phases"]
        assert phases["warmup"]["steps"] == 2 and not phases["warmup"]["timed"]
        for name in ("new", "seen", "new2"):
            phase = phases[name]
            assert phase["steps"] == 4 and len(phase["times_s"]) == 4
            assert all(t > 0 for t in phase["times_s"])
            assert 0 < phase["median_s"] <= phase["p90_s"] and phase["steps_per_s"] > 0
        assert phases["seen"]["shapes"] == phases["new"]["shapes"]
        assert len({tuple(s) for s in phases["new"]["shapes"]}) == 4
        run_before = {tuple(s) for s in phases["warmup"]["shapes"] + phases["new"]["shapes"]}
        assert not run_before & {tuple(s) for s in phases["new2"]["shapes"]}
        assert variant["ratios"]["new/seen mean"] > 0
        # fairseq's self-attention goes through torch's SDPA: one encoder, one decoder layer
        assert variant["sdpa_calls_per_step"] == 2
    conf = {v["variant"]: v["env"]["PYTORCH_CUDA_ALLOC_CONF"] for v in report["variants"]}
    assert "expandable_segments:True" in conf["expandable-segments"]
    assert "expandable_segments" not in (conf["default"] or "")


def test_a_failing_variant_is_reported_not_fatal(tiny_bin, shapes_file, tmp_path):
    out = tmp_path / "replay.json"
    result = replay(tiny_bin, shapes_file, "--timeout", "0.5", "--out", str(out))
    assert result.returncode == 1
    assert "timed out after 0.5 s" in result.stdout
    assert json.loads(out.read_text())["variants"][0]["status"] == "timed out after 0.5 s"


def test_bad_input_is_refused_with_the_problem_named(tiny_bin, shapes_file, tmp_path):
    no_arm = run([sys.executable, "-m", "autoassist_tools.shape_replay", "--data",
                  str(tiny_bin), "--shapes", str(shapes_file), "--arm", "shrink bounded",
                  "--device", "cpu"])
    assert no_arm.returncode == 2
    assert "arm 'shrink bounded' is not in shapes file" in no_arm.stderr
    assert "'shrink'" in no_arm.stderr  # the arms it has

    fp16 = replay(tiny_bin, shapes_file, "--fp16")
    assert fp16.returncode == 2
    assert "--fp16" in fp16.stderr and "CUDA" in fp16.stderr

    one_epoch = tmp_path / "one.json"
    one_epoch.write_text(json.dumps({"arms": {"shrink": [[[2, 3, 3]]]}}))
    with pytest.raises(ReplayError, match="needs 2 or more"):
        load_arm(one_epoch, "shrink")
    with pytest.raises(ReplayError, match="does not exist"):
        load_arm(tmp_path / "missing.json", "shrink")
