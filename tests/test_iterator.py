"""The shrinking iterator's contract: exact epoch length, token budget, floor, warm-up, resume."""
import collections

import numpy as np
import pytest
import torch

from conftest import FixedAssistant, pair_dataset
from fairseq_autoassist.batching import BatchLimits, CandidateStream, pack_kept, packing_order
from fairseq_autoassist.iterator import ShrinkingEpochBatchIterator
from fairseq_autoassist.shrinking import KeepDecisions, ShrinkingRule

MAX_TOKENS = 120


def make_dataset(count=300, seed=0):
    rng = np.random.default_rng(seed)
    return pair_dataset(count, lambda side: int(rng.integers(2, 30)), rng)


def make_iterator(dataset, probabilities, warmup_epochs=0, lookahead=4, multiple=1, **kwargs):
    batches = dataset.batch_by_size(
        dataset.ordered_indices(), max_tokens=MAX_TOKENS, required_batch_size_multiple=multiple
    )
    decisions = KeepDecisions(ShrinkingRule(FixedAssistant(probabilities)))
    return ShrinkingEpochBatchIterator(
        dataset=dataset, collate_fn=dataset.collater, batch_sampler=batches, seed=3,
        selector=decisions, warmup_epochs=warmup_epochs, lookahead=lookahead,
        limits=BatchLimits(MAX_TOKENS, None, multiple), **kwargs,
    ), len(batches)


def ids_of(sample):
    return sample["id"].tolist()


@pytest.mark.parametrize("num_workers", [0, 2])
def test_announced_length_equals_batches_yielded(num_workers):
    dataset = make_dataset()
    iterator, plain_batches = make_iterator(
        dataset, np.full(len(dataset), 0.3), num_workers=num_workers, buffer_size=3
    )
    for _ in range(3):
        epoch = iterator.next_epoch_itr(shuffle=True)
        announced = len(epoch)
        yielded = sum(1 for _ in epoch)
        assert announced == yielded == plain_batches == len(iterator)
        assert iterator.end_of_epoch()


@pytest.mark.parametrize("multiple", [1, 8])
def test_no_batch_exceeds_the_token_budget(multiple):
    dataset = make_dataset()
    iterator, _ = make_iterator(dataset, np.full(len(dataset), 0.5), multiple=multiple)
    for _ in range(3):
        for sample in iterator.next_epoch_itr():
            ids = ids_of(sample)
            padded = max(dataset.num_tokens(i) for i in ids) * len(ids)
            assert padded <= MAX_TOKENS


def test_warmup_epochs_keep_every_pair_exactly_once():
    dataset = make_dataset()
    iterator, _ = make_iterator(dataset, np.zeros(len(dataset)), warmup_epochs=2)
    for _ in range(2):
        seen = [i for sample in iterator.next_epoch_itr() for i in ids_of(sample)]
        assert sorted(seen) == list(range(len(dataset)))
    assert iterator.selector.take_counts() == (2 * len(dataset), 2 * len(dataset))


def test_the_floor_still_draws_every_pair_over_a_long_run():
    dataset = make_dataset()
    probabilities = np.full(len(dataset), 0.05)  # a floor of 5% for every pair
    probabilities[:30] = 1.0  # a few pairs the Assistant wants every time
    iterator, _ = make_iterator(dataset, probabilities)
    counts = collections.Counter()
    for _ in range(40):
        for sample in iterator.next_epoch_itr():
            counts.update(ids_of(sample))
    assert set(counts) == set(range(len(dataset)))
    wanted = np.mean([counts[i] for i in range(30)])
    floor_only = np.mean([counts[i] for i in range(30, len(dataset))])
    assert 12 < wanted / floor_only < 30  # about 1 / 0.05 = 20


def test_keep_rate_counts_match_the_probabilities():
    dataset = make_dataset()
    iterator, _ = make_iterator(dataset, np.full(len(dataset), 0.25))
    for _ in range(5):
        for _ in iterator.next_epoch_itr():
            pass
    candidates, kept = iterator.selector.take_counts()
    assert kept / candidates == pytest.approx(0.25, abs=0.04)


def test_each_yielded_pair_remembers_the_probability_it_was_kept_with():
    dataset = make_dataset()
    probabilities = np.where(np.arange(len(dataset)) % 3 == 0, 0.9, 0.3)
    iterator, _ = make_iterator(dataset, probabilities, warmup_epochs=1)
    for sample in iterator.next_epoch_itr():  # warm-up: nothing decided, all count as 1
        assert iterator.selector.drawn_with(sample["id"].numpy()).tolist() == [1.0] * len(sample["id"])
    seen = 0
    for sample in iterator.next_epoch_itr():
        ids = sample["id"].numpy()
        # remembered in 32 bits (4 bytes per training pair)
        assert np.array_equal(iterator.selector.drawn_with(ids),
                              probabilities[ids].astype(np.float32))
        seen += len(ids)
    assert seen > 0


def test_probabilities_are_not_remembered_when_nothing_reads_them():
    dataset = make_dataset()
    decisions = KeepDecisions(ShrinkingRule(FixedAssistant(np.full(len(dataset), 0.5))),
                              remember_probabilities=False)
    ids = np.arange(len(dataset))
    mask = decisions.keep_mask(ids, np.random.default_rng(0))
    assert 0 < mask.sum() < len(ids)
    assert decisions._drawn_with is None  # no array of every pair's probability
    assert decisions.drawn_with(ids[mask]).tolist() == [1.0] * int(mask.sum())


def test_an_assistant_that_keeps_nothing_does_not_starve_the_boss():
    dataset = make_dataset()
    iterator, announced = make_iterator(dataset, np.zeros(len(dataset)))
    epoch = list(iterator.next_epoch_itr())
    assert len(epoch) == announced
    ids = np.concatenate([s["id"].numpy() for s in epoch])
    assert len(ids) > 0
    # taken, not drawn: importance weights treat them as kept with probability 1
    assert iterator.selector.drawn_with(ids).tolist() == [1.0] * len(ids)


def test_mid_epoch_resume_yields_the_rest_of_the_epoch_and_continues_the_stream():
    dataset = make_dataset()
    probabilities = np.full(len(dataset), 0.4)
    iterator, plain_batches = make_iterator(dataset, probabilities)
    for _ in iterator.next_epoch_itr():
        pass
    epoch = iterator.next_epoch_itr()  # epoch 2, mid-way
    for _ in range(5):
        next(epoch)
    state = iterator.state_dict()
    assert state["epoch"] == 2 and state["iterations_in_epoch"] == 5
    assert state["autoassist_stream"] != {"sweep": 0, "position": 0}

    resumed, _ = make_iterator(dataset, probabilities)
    resumed.load_state_dict(state)
    rest = resumed.next_epoch_itr()
    assert resumed.epoch == 2 and rest.n == 5
    assert sum(1 for _ in rest) == plain_batches - 5
    assert resumed.next_epoch_idx == 3


def test_resume_at_an_epoch_boundary_keeps_the_stream_position():
    dataset = make_dataset()
    iterator, _ = make_iterator(dataset, np.full(len(dataset), 0.4))
    for _ in iterator.next_epoch_itr():
        pass
    state = iterator.state_dict()
    assert state["epoch"] == 2 and state["iterations_in_epoch"] == 0
    resumed, _ = make_iterator(dataset, np.full(len(dataset), 0.4))
    resumed.load_state_dict(state)
    resumed.next_epoch_itr()
    assert resumed._epoch_start_cursor == state["autoassist_stream"]


def test_each_sweep_splits_all_pairs_between_disjoint_shards_anew():
    shards = [CandidateStream(np.arange(100), seed=1, shard_id=k, num_shards=2) for k in (0, 1)]
    for sweep in range(3):
        drawn = [set(stream.take(50).tolist()) for stream in shards]
        assert drawn[0].isdisjoint(drawn[1]) and drawn[0] | drawn[1] == set(range(100))
        assert shards[0].cursor() == {"sweep": sweep + 1, "position": 0}
        if sweep == 0:
            first = drawn[0]
    assert drawn[0] != first  # shards are re-dealt each sweep, like fairseq's epochs
    with pytest.raises(ValueError, match="empty"):
        CandidateStream(np.zeros(0), seed=1, shard_id=0, num_shards=1)


def _fill(dataset, batches):
    """Real tokens over padded tokens, as batch_by_size counts them (num_tokens)."""
    real = sum(sum(dataset.num_tokens(i) for i in b) for b in batches)
    padded = sum(max(dataset.num_tokens(i) for i in b) * len(b) for b in batches)
    return real / padded


def test_pools_are_packed_by_num_tokens_with_little_padding():
    # Source and target lengths are independent here, as a thin sample of a real
    # corpus makes them: packing in fairseq's (source, target) order pads a lot.
    dataset = make_dataset(count=600)
    iterator, _ = make_iterator(dataset, np.full(len(dataset), 0.5))
    members = np.random.default_rng(0).permutation(len(dataset))[:200]
    order = packing_order(dataset, members)
    sizes = [dataset.num_tokens(i) for i in order]
    assert sizes == sorted(sizes) and sorted(order.tolist()) == sorted(members.tolist())
    batches, carry = pack_kept(dataset, members, BatchLimits(MAX_TOKENS, None, 1))
    ours = _fill(dataset, batches + [carry])
    chosen = set(members.tolist())
    fairseq_order = dataset.batch_by_size(
        np.array([i for i in dataset.ordered_indices() if i in chosen]), max_tokens=MAX_TOKENS
    )
    assert ours > 0.9 and ours > _fill(dataset, fairseq_order) + 0.05


def test_pack_kept_returns_full_batches_and_carries_the_rest():
    dataset = make_dataset(count=400)
    rng = np.random.default_rng(3)
    for count in range(120, 160):  # every remainder modulo the multiple
        members = rng.permutation(len(dataset))[:count]
        batches, carry = pack_kept(dataset, members, BatchLimits(MAX_TOKENS, None, 4))
        assert len(batches) > 1 and len(carry) > 0
        together = np.concatenate(batches + [carry])
        # every kept pair once: none of the tail fairseq's batch_by_size drops is lost
        assert sorted(together.tolist()) == sorted(members.tolist())
        for batch in batches:  # fairseq's limits hold: padded budget and the multiple
            assert max(dataset.num_tokens(i) for i in batch) * len(batch) <= MAX_TOKENS
            assert len(batch) % 4 == 0
        # the carry holds the pool's largest pairs
        assert min(dataset.num_tokens(i) for i in carry) >= max(
            dataset.num_tokens(i) for i in batches[-1])


def test_pack_kept_yields_a_pool_smaller_than_the_multiple_whole():
    dataset = make_dataset(count=50)
    batches, carry = pack_kept(dataset, np.array([4, 9, 17]), BatchLimits(MAX_TOKENS, None, 8))
    assert [sorted(b.tolist()) for b in batches] == [[4, 9, 17]] and len(carry) == 0
    assert pack_kept(dataset, np.zeros(0, dtype=np.int64),
                     BatchLimits(MAX_TOKENS, None, 8))[0] == []


def test_a_stream_over_every_pair_holds_no_copy_of_the_ids_and_draws_the_same_order():
    everything = CandidateStream(1000, seed=3)
    listed = CandidateStream(np.arange(1000), seed=3)
    assert everything.indices is None
    np.testing.assert_array_equal(everything.take(2500), listed.take(2500))
    # the sweep's order in 32 bits: 4 bytes per pair, not 8
    assert everything._sweep_order().dtype == np.int32
    # the order is a plain numpy permutation of the seed (unchanged by the compact ids)
    expected = np.random.default_rng([3, 0x5EED, 0]).permutation(1000)
    np.testing.assert_array_equal(CandidateStream(1000, seed=3).take(1000), expected)


@pytest.mark.parametrize("count, step", [(10, 3), (1000, 2), (1001, 8), (7, 1)])
def test_a_workers_part_of_a_sweep_is_compacted_in_place(count, step):
    from fairseq_autoassist.batching import keep_every

    rng = np.random.default_rng(count)
    for start in range(step):
        order = rng.permutation(count).astype(np.int32)
        expected = order[start::step].copy()
        kept = keep_every(order, start, step, chunk=3)  # many chunks, overlapping reads
        np.testing.assert_array_equal(kept, expected)
        assert kept.base is None and kept.dtype == np.int32


def test_frozen_batches_are_one_packed_sweep_reused_pass_after_pass():
    """--assistant-freeze-batches: one sweep of the pairs, every pair once, packed once;
    the epochs after the warm-up go on through those batches, each pass in a new order
    (as fairseq shuffles its own), so every pair is trained equally often and always with
    the same batch-mates. Another iterator of the same seed (a resumed run) makes the same
    epochs; without it every epoch regroups."""
    dataset = make_dataset()
    keep = np.ones(len(dataset))
    iterator, plain_batches = make_iterator(dataset, keep, warmup_epochs=1, freeze=True)
    sweep = iterator.frozen_sweep
    assert sorted(i for b in sweep for i in b) == list(range(len(dataset)))
    assert len(sweep) < plain_batches  # fuller batches than fairseq's
    frozen = {tuple(sorted(b)) for b in sweep}
    epochs = [[ids_of(s) for s in iterator.next_epoch_itr(shuffle=True)] for _ in range(4)]
    assert all(len(e) == plain_batches for e in epochs)
    assert {tuple(sorted(b)) for b in epochs[0]} != frozen  # the warm-up: fairseq's own
    trained = [b for e in epochs[1:] for b in e]
    assert {tuple(sorted(b)) for b in trained} == frozen
    passes = [trained[k:k + len(sweep)] for k in range(0, len(trained) - len(sweep) + 1,
                                                      len(sweep))]
    assert len(passes) >= 2 and passes[0] != passes[1]  # each pass in a new order
    assert all(sorted(map(sorted, p)) == sorted(map(sorted, sweep)) for p in passes)
    again, _ = make_iterator(dataset, keep, warmup_epochs=1, freeze=True)
    # (the warm-up's batches differ: this helper's ordered_indices() is not seeded)
    assert [[ids_of(s) for s in again.next_epoch_itr(shuffle=True)] for _ in range(4)][1:] \
        == epochs[1:]
    free, _ = make_iterator(dataset, keep, warmup_epochs=1)
    regrouped = [sorted(tuple(sorted(ids_of(s))) for s in free.next_epoch_itr(shuffle=True))
                 for _ in range(3)]
    assert regrouped[1] != regrouped[2]
