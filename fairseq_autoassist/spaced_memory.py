"""Spaced revisits: the pair memory with Leitner boxes (``--assistant-spaced-revisits``).

The pair memory (:mod:`fairseq_autoassist.pair_memory`) predicts each seen pair's label
at its last visit, so a pair found learnt keeps the floor keep probability for the
rest of the run, however long ago that visit was: what the Boss leaves out, it
forgets (issue 22's forgetting measurement, docs/selection-probe.md). Leitner queues
(Amiri, Miller and Savova, EMNLP 2017, "Repeat before forgetting") space the revisits
instead: a pair found learnt moves up a box and is skipped for a doubling number of
sweeps; a pair found informative again falls back to the first box.

The rule, per pair, in *sweeps* of the candidate stream (every pair of the shard is a
candidate once per sweep):

- a visit (the pair was trained on and labelled) with label 1 puts it in box 0; with
  label 0 it moves up a box, to at most ``max_box``; either way its sweeps since the
  visit restart at 0;
- a pair whose last label is 0 and whose box is ``k`` is *due* once ``2**k`` sweeps have
  passed since that visit: the memory then predicts 1 (keep it), otherwise 0 (the
  floor); a pair labelled 1 is predicted 1, a pair never labelled gets the wrapped
  predictor's score, as in the plain memory.

It works with any label, since it stores labels. A label is computed only for pairs
the Boss trains on, so the revisits cannot be a label: a pair left out is never
labelled again, and only the predictor, asked about it at every sweep, can bring it
back. Hence a memory, not an entry of the label registry.

Memory: one byte per pair of every shard seen on top of the memory's own byte: the box
in the low 3 bits, the sweeps since the last visit in the high 5 (saturating at 31,
more than the longest interval, ``2**4``).
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Tuple

import numpy as np

from .pair_memory import LabelPredictor, Learnt, PairMemory

BOX_BITS = 3
BOX_MASK = (1 << BOX_BITS) - 1
MAX_ELAPSED = (1 << (8 - BOX_BITS)) - 1  # 31
LARGEST_BOX = 4  # its interval, 16 sweeps, must stay below MAX_ELAPSED


def due(boxes: np.ndarray, elapsed: np.ndarray) -> np.ndarray:
    """Whether a learnt pair in box ``boxes`` is due after ``elapsed`` sweeps."""
    return np.asarray(elapsed, np.int64) >= (1 << np.asarray(boxes, np.int64))


class SpacedMemory(PairMemory):
    """The pair memory whose learnt pairs come back after a doubling number of sweeps."""

    def __init__(self, inner: LabelPredictor, max_box: int = LARGEST_BOX) -> None:
        if not 1 <= max_box <= LARGEST_BOX:
            raise ValueError(f"the largest Leitner box must be 1 to {LARGEST_BOX}, "
                             f"not {max_box}")
        super().__init__(inner)
        self.max_box = max_box
        self.spacing = np.zeros(inner.num_pairs, dtype=np.uint8)
        # (visit of the shard, sweep of its stream) the memory has counted sweeps to
        self.clock: Tuple[int, int] = (0, 0)

    # ---- the packed byte -------------------------------------------------------------

    @property
    def boxes(self) -> np.ndarray:
        return self.spacing & BOX_MASK

    @property
    def elapsed(self) -> np.ndarray:
        """Sweeps since each pair's last visit (saturating at 31)."""
        return self.spacing >> BOX_BITS

    # ---- the clock -----------------------------------------------------------------

    def at_sweep(self, visit: int, sweep: int) -> None:
        """The candidate stream is at sweep ``sweep`` of the shard's visit ``visit``:
        every pair's count of sweeps since its visit goes up by the sweeps passed since
        the last call. A later visit of the shard (sharded data: a fresh stream) counts
        as one sweep more than its own; an earlier position (a resume rewinding the
        stream to its last trained batch) counts none, so no sweep counts twice."""
        key = (int(visit), int(sweep))
        if key <= self.clock:
            return
        passed = key[1] - self.clock[1] if key[0] == self.clock[0] else key[1] + 1
        self.clock = key
        self.tick(passed)

    def tick(self, sweeps: int = 1) -> None:
        """``sweeps`` more sweeps since every pair's last visit."""
        if sweeps <= 0:
            return
        elapsed = np.minimum(self.elapsed.astype(np.int64) + sweeps, MAX_ELAPSED)
        self.spacing[:] = self.boxes | (elapsed.astype(np.uint8) << BOX_BITS)

    # ---- predicting and learning ---------------------------------------------------

    def predict(self, ids: np.ndarray) -> np.ndarray:
        """The remembered label, except that a learnt pair that is due is predicted 1."""
        predictions = super().predict(ids)
        spacing = self.spacing[ids]
        learnt_and_due = (self.labels[ids] == 0) & due(spacing & BOX_MASK, spacing >> BOX_BITS)
        return np.where(learnt_and_due, 1.0, predictions)

    def learn(self, ids: np.ndarray, labels: np.ndarray) -> Learnt:
        """The plain memory's step; then each pair's box: 0 for label 1, one up for 0.
        The predictions returned are what shrinking used: due pairs as 1."""
        remembered, spacing = self.labels[ids], self.spacing[ids]
        boxes = (spacing & BOX_MASK).astype(np.int64)
        spaced = np.where(remembered == 1, 1.0,
                          due(boxes, spacing >> BOX_BITS).astype(np.float64))
        learnt = super().learn(ids, labels)
        boxes = np.where(labels > 0.5, 0, np.minimum(boxes + 1, self.max_box))
        self.spacing[ids] = boxes.astype(np.uint8)  # and 0 sweeps since this visit
        return Learnt(np.where(remembered >= 0, spaced, learnt.predictions),
                      learnt.revisited, learnt.agreed)

    # ---- state ---------------------------------------------------------------------

    def pair_state(self) -> Dict[str, Any]:
        return {**super().pair_state(), "spacing": self.spacing,
                "spacing_clock": np.asarray(self.clock, dtype=np.int64)}

    def start_pairs(self, num_pairs: int, pair_state: Optional[Dict[str, Any]] = None) -> None:
        super().start_pairs(num_pairs, pair_state)
        spacing = (pair_state or {}).get("spacing")
        self.spacing = (np.zeros(num_pairs, dtype=np.uint8) if spacing is None
                        else np.asarray(spacing, dtype=np.uint8).copy())
        clock = (pair_state or {}).get("spacing_clock")
        self.clock = (0, 0) if clock is None else (int(clock[0]), int(clock[1]))

    def state_dict(self) -> Dict[str, Any]:
        return {**super().state_dict(), "spacing": self.spacing.copy(),
                "spacing_clock": np.asarray(self.clock, dtype=np.int64)}

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore; a checkpoint saved without spaced revisits starts every pair in box 0
        (a learnt pair then comes back at the next sweep, and its box grows from there)."""
        super().load_state_dict(state)
        spacing = state.get("spacing")
        if spacing is None:
            self.spacing[:] = 0
            self.clock = (0, 0)
            return
        spacing = np.asarray(spacing, dtype=np.uint8)
        if spacing.shape != self.spacing.shape:
            raise ValueError(
                f"the checkpoint's spaced revisits hold the boxes of {spacing.size} training "
                f"pairs, this data has {self.spacing.size} pairs. Resume with the data the "
                "checkpoint was trained on, or pass --reset-assistant to start the "
                "Assistant afresh.")
        self.spacing[:] = spacing
        clock = state.get("spacing_clock")
        self.clock = (0, 0) if clock is None else (int(clock[0]), int(clock[1]))


def spaced_oracle(history: Sequence[np.ndarray], max_box: int = LARGEST_BOX) -> np.ndarray:
    """What the spaced memory predicts at the sweep after ``history``, had every pair's
    true label been known at every sweep it was trained on.

    ``history[s]`` holds every pair's label (0/1) at sweep ``s``, one sweep apart (e.g.
    the oracle of a label at checkpoints one epoch apart). At sweep 0 every pair is
    labelled (the memory knows none); at each later sweep the pairs the rule predicts 1
    (labelled 1 at their last visit, or learnt and due) are trained on and labelled
    again, the others wait. The selection probe's ``L-spaced`` policies select by it;
    the online :class:`SpacedMemory` fed the same labels sweep by sweep predicts the
    same (tests/test_spaced_memory.py)."""
    if not history:
        raise ValueError("spaced revisits need the labels of at least one earlier sweep")
    labels = np.asarray(history[0]) > 0.5
    boxes = np.where(labels, 0, 1).astype(np.int64)
    elapsed = np.zeros(len(labels), dtype=np.int64)
    for now in history[1:]:
        elapsed = np.minimum(elapsed + 1, MAX_ELAPSED)
        visited = labels | due(boxes, elapsed)
        fresh = np.asarray(now) > 0.5
        boxes = np.where(visited, np.where(fresh, 0, np.minimum(boxes + 1, max_box)), boxes)
        labels = np.where(visited, fresh, labels)
        elapsed = np.where(visited, 0, elapsed)
    elapsed = np.minimum(elapsed + 1, MAX_ELAPSED)
    return (labels | due(boxes, elapsed)).astype(np.float64)
