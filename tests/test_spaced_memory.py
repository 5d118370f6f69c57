"""Spaced revisits (--assistant-spaced-revisits): the pair memory's Leitner boxes, their
clock, their oracle, their state, and a training run that uses them."""
import re
from types import SimpleNamespace

import numpy as np
import pytest
import scipy.sparse as sp
import torch

from conftest import run, train_command
from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.config import validate_config
from fairseq_autoassist.footprint import pair_footprint
from fairseq_autoassist.pair_memory import PairMemory
from fairseq_autoassist.spaced_memory import LARGEST_BOX, SpacedMemory, spaced_oracle
from test_labels import task_with, through_a_checkpoint


class Unknown:
    """A predictor that says 0.5 of every pair (the memory's inner model)."""

    def __init__(self, num_pairs):
        self.num_pairs = num_pairs

    def predict(self, ids):
        return np.full(len(ids), 0.5)

    def learn(self, ids, labels):
        from fairseq_autoassist.pair_memory import Learnt
        return Learnt(np.full(len(ids), 0.5))

    def state_dict(self):
        return {}

    def load_state_dict(self, state):
        pass


def sweeps_until_due(memory, pair, visit=0):
    """Sweeps the memory waits before it predicts a learnt ``pair`` informative."""
    start = memory.clock[1]
    for sweep in range(start + 1, start + 40):
        memory.at_sweep(visit, sweep)
        if memory.predict(np.array([pair]))[0] == 1.0:
            return sweep - start
    return None


def test_a_learnt_pair_comes_back_after_a_doubling_number_of_sweeps():
    memory = SpacedMemory(Unknown(3), max_box=4)
    ids = np.array([0])
    assert memory.predict(ids)[0] == 0.5  # never labelled: the inner model's score
    waits = []
    for _ in range(6):  # learnt at every visit: boxes 1, 2, 3, 4, 4, 4
        memory.learn(ids, np.array([0.0]))
        assert memory.predict(ids)[0] == 0.0  # just learnt: not due
        waits.append(sweeps_until_due(memory, 0))
    assert waits == [2, 4, 8, 16, 16, 16]
    memory.learn(ids, np.array([1.0]))  # informative again: back to box 0
    assert memory.boxes[0] == 0 and memory.predict(ids)[0] == 1.0
    memory.learn(ids, np.array([0.0]))
    assert memory.boxes[0] == 1 and sweeps_until_due(memory, 0) == 2


def test_the_plain_memory_keeps_a_learnt_pair_at_zero_forever():
    plain = PairMemory(Unknown(2))
    plain.learn(np.array([0]), np.array([0.0]))
    assert plain.predict(np.array([0]))[0] == 0.0 and not hasattr(plain, "at_sweep")


def test_the_clock_counts_each_sweep_once():
    memory = SpacedMemory(Unknown(2))
    memory.learn(np.array([0, 1]), np.array([0.0, 0.0]))
    memory.at_sweep(0, 1)
    memory.at_sweep(0, 1)  # asked again within the sweep
    memory.at_sweep(0, 0)  # a resume rewinds the stream to its last trained batch
    assert memory.elapsed.tolist() == [1, 1]
    memory.at_sweep(0, 3)
    assert memory.elapsed.tolist() == [3, 3]
    memory.at_sweep(1, 0)  # the shard's next visit: a fresh stream at sweep 0
    assert memory.elapsed.tolist() == [4, 4]
    memory.at_sweep(1, 500)
    assert memory.elapsed.tolist() == [31, 31]  # saturates, above every interval


@pytest.mark.parametrize("max_box", [1, 2, LARGEST_BOX])
def test_the_oracle_is_the_online_rule_fed_the_whole_set_sweep_by_sweep(max_box):
    """Every sweep the online memory is told the true label of every pair it would keep
    (predicted 1); the oracle, from the sweeps' labels of every pair, predicts the same
    at the sweep after."""
    rng = np.random.default_rng(max_box)
    pairs, sweeps = 400, 24
    learnt_from = rng.integers(0, sweeps, pairs)  # each pair is learnt from then on ...
    forgets = rng.random((sweeps, pairs)) < 0.15  # ... but forgotten now and then
    history = [((s < learnt_from) | forgets[s]).astype(float) for s in range(sweeps)]
    memory = SpacedMemory(Unknown(pairs), max_box=max_box)
    ids = np.arange(pairs)
    memory.learn(ids, history[0])
    visits = pairs
    for sweep in range(1, sweeps):
        memory.at_sweep(0, sweep)
        visited = ids[memory.predict(ids) > 0.5]
        memory.learn(visited, history[sweep][visited])
        visits += len(visited)
    memory.at_sweep(0, sweeps)
    online = memory.predict(ids)
    np.testing.assert_array_equal(online, spaced_oracle(history, max_box))
    assert visits < 0.8 * pairs * sweeps  # it skipped learnt pairs ...
    assert 0.05 < online.mean() < 0.95  # ... and the case separates pairs


def test_the_assistant_shelves_each_shards_boxes_and_restores_them_from_a_checkpoint():
    settings = AssistantSettings(memory=True, spaced_revisits=True, spaced_max_box=3)
    eye = lambda n: sp.csr_matrix(np.eye(n, dtype=np.float32))  # noqa: E731
    assistant = TokenAssistant(eye(6), settings, shard=0, num_shards=2)
    assert isinstance(assistant.predictor, SpacedMemory)
    for sweep in range(3):
        assistant.at_sweep(0, sweep)
        assistant.observe(np.arange(6), np.array([1.0, 1, 1, 9, 9, 9]) * 4, np.full(6, 4))
    boxes = assistant.predictor.boxes.copy()
    assert boxes.tolist() == [3, 3, 3, 0, 0, 0]
    assistant.switch_pairs(eye(6)[:4], shard=1)  # 4 pairs, the same dictionary
    assert assistant.predictor.boxes.tolist() == [0] * 4
    state = assistant.state_dict()
    resumed = TokenAssistant(eye(6)[:4], settings, shard=1, num_shards=2)
    resumed.load_state_dict(state)
    resumed.switch_pairs(eye(6), shard=0)
    np.testing.assert_array_equal(resumed.predictor.boxes, boxes)
    assert resumed.predictor.clock == (0, 2)


def test_spaced_revisits_need_the_memory_and_cost_one_byte_per_pair():
    with pytest.raises(ValueError, match="need it on"):
        TokenAssistant(sp.csr_matrix(np.eye(2, dtype=np.float32)),
                       AssistantSettings(spaced_revisits=True))
    from fairseq_autoassist.config import AutoAssistConfig
    cfg = AutoAssistConfig(data="x", assistant_memory="off", assistant_spaced_revisits="on",
                           assistant_onset_agreement=0.0, assistant_keep_rate=0.0,
                           assistant_unbiased_threshold="off", max_update=10)
    with pytest.raises(ValueError, match="--assistant-spaced-revisits.*--assistant-memory on"):
        validate_config(cfg)
    with_boxes = pair_footprint(SimpleNamespace(**{**vars(cfg), "assistant_memory": "on"}))
    without = pair_footprint(SimpleNamespace(**{**vars(cfg), "assistant_memory": "on",
                                                "assistant_spaced_revisits": "off"}))
    assert with_boxes.per_pair_seen - without.per_pair_seen == 1
    assert "--assistant-spaced-revisits off" in with_boxes.options


def test_the_boxes_round_trip_through_the_task_checkpoint(tiny_bin):
    options = ("--assistant-memory", "--assistant-spaced-revisits")
    task = task_with(tiny_bin, *options)
    pairs = task.assistant.num_pairs
    rng = np.random.default_rng(4)
    for sweep in range(4):
        task.assistant.at_sweep(0, sweep)
        ids = rng.choice(pairs, 200, replace=False)
        task.assistant.observe(ids, rng.uniform(1, 30, 200), rng.integers(1, 10, 200))
    saved = through_a_checkpoint(task)
    resumed = task_with(tiny_bin, *options)
    resumed.set_checkpoint_dict(saved)
    np.testing.assert_array_equal(resumed.assistant.predictor.spacing,
                                  task.assistant.predictor.spacing)
    assert resumed.assistant.predictor.clock == (0, 3)
    assert task.assistant.predictor.boxes.max() >= 2
    for each in (task, resumed):
        each.worker.close()


def test_a_run_with_spaced_revisits_selects_and_counts_the_streams_sweeps(tiny_bin, tmp_path):
    result = run(train_command(
        tiny_bin, tmp_path / "ck", "--max-epoch", "6", "--assistant-selection", "assistant",
        "--assistant-spaced-revisits", "--assistant-onset-updates", "20",
        "--assistant-spaced-max-box", "1"))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    assert "selection starts at update 20" in log, log[-3000:]
    rates = [float(r) for r in re.findall(r"\| train \| epoch 00\d \|.*?keep_rate ([\d.]+)", log)]
    assert rates and min(rates) < 0.9, log[-3000:]  # it selected
    state = torch.load(tmp_path / "ck" / "checkpoint_last.pt", map_location="cpu")
    saved = state["extra_state"]["AutoAssistTranslationTask"]["autoassist"]
    boxes = saved["spacing"].numpy() & 7
    assert saved["spacing_clock"].tolist()[1] >= 4  # the iterator told it the sweeps
    assert set(np.unique(boxes)) == {0, 1}  # box 1 the highest (--assistant-spaced-max-box)
