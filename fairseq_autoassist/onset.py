"""The automatic onset of selection: it starts once the pair memory's labels have settled.

The selection probe (docs/selection-probe.md) branches plain training at many stages
and finds that choosing pairs by the paper's label loses to a random choice early in
training and wins late. Where it crosses over differs from run to run: about 2,800
updates in a long run, about 1,700 in the ``bible`` preset's own runs, whose learning
rate decays three times as fast. Of the signals training has for free, the learning
rate (0.60 of its peak at one crossover, 0.28 at the others), the training loss and
Katharopoulos and Fleuret's tau differ between those crossovers; the share of
revisited pairs whose label is the one remembered from their previous visit does not
by much (0.90 to 0.935 in four runs). A label that no longer changes between visits
is one the next update can act on.

:class:`AgreementOnset` reads that share from the pair memory's running totals, over
a window of the latest revisits, and says when it first reaches a threshold. It sits
on the main thread: the totals are the background trainer's, read between updates.
"""
from __future__ import annotations

import collections
from typing import Deque, Dict, Optional, Tuple

import numpy as np


class AgreementOnset:
    """Says when the agreement of revisited pairs' labels reaches ``threshold``,
    measured over the latest ``window_pairs`` revisits (or a few more: the window
    holds whole updates)."""

    def __init__(self, threshold: float, window_pairs: int) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"the onset's agreement threshold must lie in (0, 1], not {threshold}")
        if window_pairs < 1:
            raise ValueError(f"the onset's window must hold at least one pair, not {window_pairs}")
        self.threshold = float(threshold)
        self.window_pairs = int(window_pairs)
        self._window: Deque[Tuple[int, int]] = collections.deque()  # (revisited, agreed)
        self._revisited = 0
        self._agreed = 0
        self._seen = (0, 0)  # the running totals at the previous observe

    @property
    def agreement(self) -> Optional[float]:
        """The share of agreeing labels over the window, once the window is full."""
        if self._revisited < self.window_pairs:
            return None
        return self._agreed / self._revisited

    @property
    def pairs_measured(self) -> int:
        return self._revisited

    def observe(self, revisited_total: int, agreed_total: int) -> bool:
        """The pair memory's running totals (revisited pairs, of them agreeing); whether
        the agreement over the window has reached the threshold."""
        revisited = revisited_total - self._seen[0]
        agreed = agreed_total - self._seen[1]
        if revisited < 0 or agreed < 0:  # the totals restarted (a new trainer)
            revisited, agreed = revisited_total, agreed_total
        self._seen = (revisited_total, agreed_total)
        if revisited > 0:
            self._window.append((revisited, agreed))
            self._revisited += revisited
            self._agreed += agreed
        while self._window and self._revisited - self._window[0][0] >= self.window_pairs:
            oldest_revisited, oldest_agreed = self._window.popleft()
            self._revisited -= oldest_revisited
            self._agreed -= oldest_agreed
        agreement = self.agreement
        return agreement is not None and agreement >= self.threshold

    def state_dict(self) -> Dict[str, np.ndarray]:
        """The window (the running totals restart with the trainer on resume)."""
        return {"window": np.array(list(self._window), dtype=np.int64).reshape(-1, 2)}

    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:
        window = np.asarray(state["window"], dtype=np.int64).reshape(-1, 2)
        self._window = collections.deque((int(r), int(a)) for r, a in window)
        self._revisited = int(window[:, 0].sum())
        self._agreed = int(window[:, 1].sum())
        self._seen = (0, 0)
