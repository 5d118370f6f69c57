"""What AutoAssist holds per training pair, and a refusal when that cannot fit.

The Assistant's features cost nothing per pair (:mod:`fairseq_autoassist.features`);
what does, per data-parallel worker (docs/scale.md has the measurements):

- the candidate stream's order of the sweep: 4 bytes per pair of the shard being
  trained on while a sweep is drawn (each worker draws the whole order, then keeps its
  part in the same memory);
- ``--assistant-importance-weighting`` or ``--assistant-unbiased-threshold``: the
  probability each pair was drawn with, 4 bytes per pair of the current shard;
- ``--assistant-memory on``: each pair's last label, 1 byte per pair of every shard seen;
- ``--assistant-spaced-revisits on``: each pair's Leitner box and sweeps since its last
  visit, 1 byte per pair of every shard seen;
- ``--assistant-label learnability``: each pair's last loss, 4 bytes per pair of every
  shard seen;
- ``--assistant-label reducible``: each pair's irreducible loss, 2 bytes (float16) per
  pair of the shard trained on, memory-mapped from the file beside the data
  (:mod:`fairseq_autoassist.irreducible`): the kernel pages it in and out, so it needs
  no more than that and often less.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from .config import automatic_onset_on, pair_memory_on, spaced_revisits_on, \
    unbiased_threshold_on

# refuse when the per-pair state would take more than this share of the memory free
_SHARE_OF_AVAILABLE = 0.5


@dataclass(frozen=True)
class PairFootprint:
    """Bytes per pair of the shard trained on, and per pair of every shard seen."""

    per_current_pair: int
    per_pair_seen: int
    reasons: Tuple[str, ...]
    # the option values that go without everything but the sweep's order
    options: Tuple[str, ...] = ()

    def bytes_for(self, current_pairs: int, total_pairs: int) -> int:
        return self.per_current_pair * current_pairs + self.per_pair_seen * total_pairs


def pair_footprint(cfg: Any) -> PairFootprint:
    """The per-pair bytes the options of ``cfg`` (its method's defaults settled) ask
    for (see the module's docstring)."""
    current, seen, reasons, options = 4, 0, ["4 B for a sweep's order"], []
    readers = []  # the options that read the probabilities pairs were drawn with
    if cfg.assistant_importance_weighting > 0:
        readers.append(("--assistant-importance-weighting", "--assistant-importance-weighting 0"))
    if unbiased_threshold_on(cfg):
        readers.append(("--assistant-unbiased-threshold on", "--assistant-unbiased-threshold off"))
    if readers:
        current += 4
        reasons.append(f"4 B for the keep probabilities ({' or '.join(r for r, _ in readers)})")
        options += [off for _, off in readers]
    if pair_memory_on(cfg):
        seen += 1
        reasons.append("1 B for the pair memory (--assistant-memory on)")
        options.append("--assistant-memory off")
        if automatic_onset_on(cfg):  # which reads the memory
            options.append("--assistant-onset-agreement 0")
        if spaced_revisits_on(cfg):
            seen += 1
            reasons.append("1 B for the Leitner boxes (--assistant-spaced-revisits on)")
            options.append("--assistant-spaced-revisits off")
    if str(cfg.assistant_label) == "learnability":
        seen += 4
        reasons.append("4 B for the last losses (--assistant-label learnability)")
        options.append("another --assistant-label than learnability")
    if str(cfg.assistant_label) == "reducible":
        current += 2
        reasons.append("2 B for the irreducible losses, memory-mapped "
                       "(--assistant-label reducible)")
        options.append("another --assistant-label than reducible")
    return PairFootprint(current, seen, tuple(reasons), tuple(dict.fromkeys(options)))


def available_memory() -> Optional[int]:
    """Bytes of memory the kernel says are available (``None`` where it does not say)."""
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def check_pair_state_fits(cfg: Any, current_pairs: int, num_shards: int,
                          available: Optional[int] = None) -> None:
    """Refuse, before training, a corpus whose per-pair state cannot fit in memory (the
    shards not yet loaded counted as large as this one)."""
    available = available_memory() if available is None else available
    if not available:
        return
    footprint = pair_footprint(cfg)
    needed = footprint.bytes_for(current_pairs, current_pairs * max(num_shards, 1))
    if needed <= _SHARE_OF_AVAILABLE * available:
        return
    options = list(footprint.options)
    raise ValueError(
        f"AutoAssist's per-pair state for {current_pairs:,} training pairs x {num_shards} "
        f"shard(s) needs {needed / 2 ** 30:.1f} GiB per worker ({'; '.join(footprint.reasons)})"
        f", more than half the {available / 2 ** 30:.1f} GiB this machine has available. "
        + (f"Train with {' and '.join(options)}, or on a machine with more memory."
           if options else "Train on a machine with more memory, or split the data into "
           "shards (data1:data2:...; fairseq loads one per epoch)."))
