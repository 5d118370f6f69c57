"""The automatic onset of selection: the pair memory's agreement over a window of
revisits, read from the background trainer's running totals."""
import numpy as np
import pytest

from fairseq_autoassist.onset import AgreementOnset


def rising_stream(updates=400, pairs_per_update=100, start=0.80, end=0.98, seed=0):
    """Per update: pairs revisited and, of them, agreeing, with an agreement rate that
    rises linearly from ``start`` to ``end``, drawn binomially."""
    rng = np.random.default_rng(seed)
    rates = np.linspace(start, end, updates)
    agreed = rng.binomial(pairs_per_update, rates)
    return np.full(updates, pairs_per_update), agreed


def first_crossing(revisited, agreed, threshold, window):
    """The first update whose latest ``window`` revisits (whole updates) agree at least
    ``threshold``, computed directly from the per-update counts."""
    per_update = window // revisited[0]
    for update in range(per_update - 1, len(revisited)):
        span = slice(update - per_update + 1, update + 1)
        if agreed[span].sum() / revisited[span].sum() >= threshold:
            return update
    return None


def feed(onset, revisited, agreed, start=0, totals=(0, 0)):
    """Feed running totals, one update at a time; the update at which it fires."""
    total_revisited, total_agreed = totals
    for update in range(start, len(revisited)):
        total_revisited += int(revisited[update])
        total_agreed += int(agreed[update])
        if onset.observe(total_revisited, total_agreed):
            return update
    return None


def test_it_fires_where_a_rising_stream_first_crosses_its_threshold():
    revisited, agreed = rising_stream()
    expected = first_crossing(revisited, agreed, 0.92, 5000)
    assert expected is not None and 200 < expected < 350  # crosses well inside the stream
    onset = AgreementOnset(0.92, 5000)
    assert feed(onset, revisited, agreed) == expected
    assert onset.pairs_measured == 5000 and onset.agreement >= 0.92


def test_it_waits_for_a_full_window_and_never_fires_below_the_threshold():
    onset = AgreementOnset(0.5, 1000)
    assert not onset.observe(999, 999)  # every label agrees, but the window is not full
    assert onset.agreement is None
    assert onset.observe(1000, 1000)
    flat = AgreementOnset(0.95, 500)
    revisited, agreed = rising_stream(start=0.90, end=0.90)
    assert feed(flat, revisited, agreed) is None
    assert flat.agreement == pytest.approx(0.90, abs=0.02)


def test_updates_without_revisits_leave_the_window_as_it_was():
    onset = AgreementOnset(0.9, 200)
    onset.observe(200, 170)  # 0.85
    for _ in range(50):  # a new shard's first visit: nothing revisited
        assert not onset.observe(200, 170)
    assert onset.agreement == pytest.approx(0.85)


def test_a_resumed_onset_fires_where_the_uninterrupted_one_does():
    """Its window travels in the checkpoint; the trainer's running totals restart at 0."""
    revisited, agreed = rising_stream(seed=3)
    expected = feed(AgreementOnset(0.92, 5000), revisited, agreed)
    first = AgreementOnset(0.92, 5000)
    assert feed(first, revisited[:200], agreed[:200]) is None
    resumed = AgreementOnset(0.92, 5000)
    resumed.load_state_dict(first.state_dict())
    assert feed(resumed, revisited, agreed, start=200) == expected


def test_bad_settings_are_named():
    with pytest.raises(ValueError, match="threshold"):
        AgreementOnset(0.0, 100)
    with pytest.raises(ValueError, match="window"):
        AgreementOnset(0.9, 0)
