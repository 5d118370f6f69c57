"""Bounded batch shapes: the length ladder, its collater and the census of shapes."""
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from fairseq.data import iterators

from autoassist_tools.shape_census import census, within_batch_share
from conftest import pair_dataset
from fairseq_autoassist.batching import BatchLimits, LadderCollater, LengthLadder, pack_kept
from fairseq_autoassist.config import length_ladder

MAX_TOKENS = 1024


def realistic_dataset(count=3000, seed=0):
    """Pairs with log-normal lengths from 2 to ~150 tokens, target ~ source length."""
    rng = np.random.default_rng(seed)
    sources = np.clip(rng.lognormal(3.2, 0.6, count), 2, 150).astype(int)
    targets = np.clip(sources * rng.uniform(0.8, 1.25, count), 2, 150).astype(int)
    lengths = {"source": iter(sources), "target": iter(targets)}
    return pair_dataset(count, lambda side: int(next(lengths[side])) - 1, rng, vocab=50)


class PlainTask:
    """Just fairseq's batching, as TranslationTask.get_batch_iterator makes it."""

    def get_batch_iterator(self, dataset, max_tokens, required_batch_size_multiple, seed,
                           **_):
        batches = dataset.batch_by_size(dataset.ordered_indices(), max_tokens=max_tokens,
                                        required_batch_size_multiple=required_batch_size_multiple)
        return iterators.EpochBatchIterator(dataset, dataset.collater, batches, seed=seed)


def test_the_ladder_rounds_up_to_few_lengths_at_a_bounded_cost():
    ladder = LengthLadder(exact_up_to=16, steps_per_octave=16)
    lengths = np.arange(1, 257)
    rounded = ladder.round_up(lengths)
    assert (rounded >= lengths).all() and (np.diff(rounded) >= 0).all()
    assert (rounded[:16] == lengths[:16]).all()  # short lengths are exact
    assert len(set(rounded.tolist())) == 80
    assert ((rounded - lengths) / lengths).max() <= 1 / 16 + 1e-9
    assert ladder.round_up(33) == 34 and isinstance(ladder.round_up(33), int)
    with pytest.raises(ValueError, match="positive"):
        LengthLadder(steps_per_octave=0)


def test_the_ladder_collater_only_adds_padding():
    dataset = realistic_dataset(count=40)
    ladder = LengthLadder(exact_up_to=4, steps_per_octave=2)
    samples = [dataset[i] for i in range(0, 40, 3)]
    plain = dataset.collater(samples)
    padded = LadderCollater(dataset.collater, ladder)(samples)
    source, target = plain["net_input"]["src_tokens"], plain["target"]
    src, tgt = padded["net_input"]["src_tokens"], padded["target"]
    assert src.shape[1] == ladder.round_up(source.shape[1]) > source.shape[1]
    assert tgt.shape[1] == ladder.round_up(target.shape[1])
    pad = dataset.src_dict.pad()
    # sources are padded on the left, targets and decoder inputs on the right
    assert torch.equal(src[:, src.shape[1] - source.shape[1]:], source)
    assert (src[:, : src.shape[1] - source.shape[1]] == pad).all()
    assert torch.equal(tgt[:, : target.shape[1]], target)
    assert (tgt[:, target.shape[1]:] == pad).all()
    prev, prev_plain = (b["net_input"]["prev_output_tokens"] for b in (padded, plain))
    assert torch.equal(prev[:, : prev_plain.shape[1]], prev_plain)
    for key in ("id", "ntokens", "nsentences"):
        assert torch.equal(torch.as_tensor(padded[key]), torch.as_tensor(plain[key]))
    assert torch.equal(padded["net_input"]["src_lengths"], plain["net_input"]["src_lengths"])


def test_bounded_packing_keeps_the_budget_for_the_padded_lengths():
    dataset = realistic_dataset(count=600)
    ladder = LengthLadder(exact_up_to=8, steps_per_octave=4)
    members = np.random.default_rng(1).permutation(len(dataset))[:400]
    batches, carry = pack_kept(dataset, members,
                               BatchLimits(MAX_TOKENS, None, 8, ladder))
    together = np.concatenate(batches + [carry])
    assert sorted(together.tolist()) == sorted(members.tolist())  # every kept pair once
    for batch in batches:
        longest = max(ladder.round_up(int(dataset.num_tokens(i))) for i in batch)
        assert len(batch) * longest <= MAX_TOKENS and len(batch) % 8 == 0


@pytest.mark.parametrize("arm", ["keepall", "shrink"])
def test_with_bounded_shapes_the_set_of_shapes_stops_growing(arm):
    dataset = realistic_dataset()
    ladder = LengthLadder(steps_per_octave=8)
    plain = census(PlainTask(), dataset, "plain", 2, MAX_TOKENS, 8, 0.5, None)
    free = census(PlainTask(), dataset, arm, 12, MAX_TOKENS, 8, 0.5, None)
    bounded = census(PlainTask(), dataset, arm, 12, MAX_TOKENS, 8, 0.5, ladder)
    assert plain[1].new_shapes == 0  # fairseq reuses its batches
    late_free = sum(e.new_shapes for e in free[-6:])
    late_bounded = sum(e.new_shapes for e in bounded[-6:])
    # free packing keeps making new shapes every epoch; bounded packing all but stops
    # (a rare pool still ends in a batch size not seen before at some length)
    assert all(e.new_shapes > 0 for e in free[-6:]) and late_free > 30
    assert late_bounded <= 8 and late_bounded * 8 < late_free
    assert bounded[-1].seen_shapes < free[-1].seen_shapes / 2
    # the ladder's padding stays within 2 points of plain fairseq's
    for epoch in bounded[1:]:
        assert epoch.padding <= plain[0].padding + 0.02
        assert epoch.target_tokens == pytest.approx(free[1].target_tokens, rel=0.05)


def test_bounded_shapes_are_on_by_default_only_on_a_gpu(monkeypatch):
    def cfg(choice, cpu):
        return SimpleNamespace(assistant_bounded_shapes=choice, assistant_shape_steps=8,
                               cpu=cpu)

    assert length_ladder(cfg("auto", True)) is None
    assert length_ladder(cfg("on", True)) == LengthLadder(steps_per_octave=8)
    assert length_ladder(cfg("off", False)) is None
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert length_ladder(cfg("auto", False)) == LengthLadder(steps_per_octave=8)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert length_ladder(cfg("auto", False)) is None


def test_bounded_warmup_batches_hold_every_pair_once_within_the_budget():
    from fairseq_autoassist.batching import ladder_batches

    dataset = realistic_dataset(count=800)
    ladder = LengthLadder()
    plain = PlainTask().get_batch_iterator(dataset, MAX_TOKENS, 8, seed=1)
    batches = ladder_batches(dataset, plain.frozen_batches, BatchLimits(MAX_TOKENS, None, 8,
                                                                         ladder))
    together = np.concatenate(batches)
    assert sorted(together.tolist()) == sorted(np.concatenate(plain.frozen_batches).tolist())
    for batch in batches:
        longest = max(ladder.round_up(int(dataset.num_tokens(i))) for i in batch)
        assert len(batch) * longest <= MAX_TOKENS


def test_the_census_separates_fuller_batches_from_new_groupings():
    """The arms of the iterator's mechanism ablation, before anything trains: one pool
    per sweep packs fullest, pools of one batch pad most, frozen batches never change,
    and a larger --max-tokens gives plain fairseq more target tokens per update."""
    from autoassist_tools.shape_census import parse_arm

    dataset = realistic_dataset()
    plain = census(PlainTask(), dataset, "plain", 1, MAX_TOKENS, 8, 0.5, None)
    larger = census(PlainTask(), dataset, "plain", 1, int(MAX_TOKENS * 1.2), 8, 0.5, None)
    assert larger[0].target_tokens > plain[0].target_tokens * 1.1
    runs = {lookahead: census(PlainTask(), dataset, "keepall", 3, MAX_TOKENS, 8, 0.5, None,
                              warmup_epochs=0, lookahead=lookahead)
            for lookahead in (1, 32, 100_000)}
    assert runs[1][1].padding > runs[32][1].padding > runs[100_000][1].padding
    assert runs[100_000][1].target_tokens > runs[1][1].target_tokens
    frozen = census(PlainTask(), dataset, "keepall", 4, MAX_TOKENS, 8, 0.5, None,
                    warmup_epochs=0, frozen=True)
    assert [e.new_shapes for e in frozen[1:]] == [0, 0, 0]
    assert frozen[0].padding == runs[32][0].padding  # the same first epoch
    assert parse_arm("plain:max_tokens=4470") == ("plain", {"max_tokens": 4470})
    assert parse_arm("keepall:warmup=0,lookahead=1") == ("keepall", {"warmup": 0,
                                                                     "lookahead": 1})
    for bad in ("fancy", "plain:lookahead=1", "keepall:depth=2", "keepall:lookahead=x"):
        with pytest.raises(ValueError, match="bad arm"):
            parse_arm(bad)
    # fairseq's batches and frozen ones never regroup a pair; the iterator regroups most
    assert plain[0].regrouped is None
    assert [e.regrouped for e in frozen[1:]] == [0.0, 0.0, 0.0]
    assert runs[32][1].regrouped > 0.9


def test_the_share_of_variance_within_batches_is_0_for_one_length_each_and_1_for_one_batch():
    lengths = np.array([3, 3, 7, 7, 9, 9])
    by_length = [np.array([0, 1]), np.array([2, 3]), np.array([4, 5])]
    assert within_batch_share(by_length, lengths) == 0.0
    assert within_batch_share([np.arange(6)], lengths) == pytest.approx(1.0)
    mixed = [np.array([0, 2, 4]), np.array([1, 3, 5])]
    assert within_batch_share(mixed, lengths) == pytest.approx(1.0)


def test_fairseqs_batches_hold_one_source_length_and_stratify_the_length_ratio():
    """What the census says of batch make-up (docs/benchmarks.md, the iterator's batches
    arm by arm): fairseq sorts by source and then target length, so its batches hold
    about one source length and little of the ratio's variance; the iterator's pools
    mix the ratio; one pool per sweep stratifies it again."""
    dataset = realistic_dataset()
    plain = census(PlainTask(), dataset, "plain", 1, MAX_TOKENS, 8, 0.5, None)[0]
    pooled = census(PlainTask(), dataset, "keepall", 2, MAX_TOKENS, 8, 0.5, None,
                    warmup_epochs=0)[0]
    one_pool = census(PlainTask(), dataset, "keepall", 2, MAX_TOKENS, 8, 0.5, None,
                      warmup_epochs=0, lookahead=100000)[0]
    # (lengths and ratios drawn apart here; in the Bible corpus the ratio spreads 0.46
    # against 0.97, the gaps are wider)
    assert plain.source_spread < 0.01
    assert plain.ratio_spread < pooled.ratio_spread - 0.1
    assert one_pool.ratio_spread < pooled.ratio_spread - 0.05
    assert max(plain.target_spread, pooled.target_spread, one_pool.target_spread) < 0.1
