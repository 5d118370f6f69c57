"""A census of batch shapes: how many a run makes each epoch, and how many are new.

A GPU pays for a batch shape it has not seen (cuDNN attention builds a graph per
shape, the caching allocator fragments: docs/gpu-shapes.md). Plain fairseq makes its
batches once and reuses them every epoch; the shrinking iterator packs new batches
every epoch. This tool counts, per epoch and per arm, the distinct shapes (batch size,
longest source, longest target, as the collater pads them), how many of them no
earlier epoch had, the distinct (batch size, length) pairs each attention sees
(encoder: source length, decoder: target length), the padding fraction (padded target
tokens over real ones), the target tokens per update, and how alike a batch's pairs
are: the share of the epoch's variance within batches of the source lengths, the
target lengths and the log length ratio (target over source). Nothing is trained: batches
are made by fairseq's own iterator and the plug-in's, on the real data.

Arms: ``plain`` (fairseq's batches), ``keepall`` (the shrinking iterator keeping every
pair, ``--assistant-base 1``) and ``shrink`` (the iterator keeping each pair with
probability ``--keep-rate``; a stand-in for AutoAssist's Assistant, which would need
a trained model: the default 0.57 is its measured keep rate on the ``bible`` preset,
results/bible-confirm); each also with bounded shapes (``--assistant-bounded-shapes
on``) when ``--bounded`` is given.

An arm may carry settings, ``ARM:key=value,...``: ``max_tokens`` (another batch size,
e.g. ``plain:max_tokens=4400``, plain fairseq with a larger ``--max-tokens``),
``lookahead`` (the iterator's ``--assistant-lookahead``), ``warmup`` (epochs of plain
batches first: 1, the paper's, unless given; the defaults of today have 0) and
``frozen=1`` (the iterator's first shrunk epoch's batches reused every epoch after it,
as fairseq reuses its own: fuller batches without new groupings). What the batches of
each arm look like, before anything trains, separates the iterator's two candidate
gains: fuller batches (target tokens per update, padding) and new groupings (the share
of pairs whose batch-mates changed since the epoch before).

Example::

    python -m autoassist_tools shape-census --data runs/data/bible-es-en --preset bible \\
        --epochs 8 --bounded
    python -m autoassist_tools shape-census --data runs/data/bible-es-en --preset bible \\
        --epochs 4 --arms plain plain:max_tokens=4400 keepall:warmup=0 \\
        keepall:warmup=0,lookahead=1 keepall:warmup=0,lookahead=100000
"""
from __future__ import annotations

import argparse
import json
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from fairseq_autoassist.batching import BatchLimits, LengthLadder
from fairseq_autoassist.iterator import shrinking_iterator
from fairseq_autoassist.shrinking import KeepDecisions, ShrinkingRule

from .benchmark.arms import PRESETS

Shape = Tuple[int, int, int]


class ConstantKeep:
    """Every pair kept with the same probability (the census's stand-in Assistant)."""

    def __init__(self, num_pairs: int, probability: float) -> None:
        self.num_pairs = num_pairs
        self.probability = probability

    def keep_probability(self, ids: np.ndarray) -> np.ndarray:
        return np.full(len(ids), self.probability)


@dataclass
class EpochCensus:
    """What one epoch's batches looked like."""

    epoch: int
    batches: int
    shapes: int
    new_shapes: int
    seen_shapes: int
    new_encoder_pairs: int
    new_decoder_pairs: int
    padding: float
    target_tokens: float
    # of the pairs trained in this epoch and the one before, the share whose batch-mates
    # changed (None in the first epoch): 0 for fairseq's fixed batches
    regrouped: Optional[float] = None
    # the share of the epoch's variance of source (target) lengths that lies within
    # batches: 0 when every batch holds one length, about 1 for random batches
    source_spread: float = 0.0
    target_spread: float = 0.0
    # the same for the log of the length ratio (target over source): 0 when every batch
    # holds pairs of one ratio
    ratio_spread: float = 0.0


def within_batch_share(batches: Sequence[np.ndarray], lengths: np.ndarray) -> float:
    """The share of the variance of the batched pairs' lengths that lies within batches
    (the within-group sum of squares over the total): how wide a band of lengths a
    batch spans, against the whole epoch's spread."""
    values = [lengths[batch].astype(np.float64) for batch in batches if len(batch)]
    if not values:
        return 0.0
    every = np.concatenate(values)
    total = float(((every - every.mean()) ** 2).sum())
    within = sum(float(((v - v.mean()) ** 2).sum()) for v in values)
    return within / total if total > 0 else 0.0


def length_ratios(src_sizes: np.ndarray, tgt_sizes: np.ndarray) -> np.ndarray:
    """Each pair's log length ratio, target over source (both counted with EOS, so never
    zero)."""
    return np.log(np.maximum(tgt_sizes, 1) / np.maximum(src_sizes, 1))


@dataclass
class ShapeTally:
    """Shapes seen so far, to count what each epoch adds; each pair's batch in the
    previous epoch, to count regroupings."""

    shapes: Set[Shape] = field(default_factory=set)
    encoder: Set[Tuple[int, int]] = field(default_factory=set)
    decoder: Set[Tuple[int, int]] = field(default_factory=set)
    previous_batch_of: Optional[Dict[int, Tuple[int, ...]]] = None

    recorded: List[List[Shape]] = field(default_factory=list)

    def _regrouped(self, batches: Sequence[np.ndarray]) -> Optional[float]:
        batch_of = {}
        for batch in batches:
            members = tuple(sorted(int(i) for i in batch))
            batch_of.update((i, members) for i in members)
        previous, self.previous_batch_of = self.previous_batch_of, batch_of
        if previous is None:
            return None
        both = [i for i in batch_of if i in previous]
        return sum(batch_of[i] != previous[i] for i in both) / max(len(both), 1)

    def add_epoch(self, epoch: int, batches: Sequence[np.ndarray], src_sizes: np.ndarray,
                  tgt_sizes: np.ndarray, ladder: Optional[LengthLadder]) -> EpochCensus:
        shapes, padded, real = [], 0, 0
        for batch in batches:
            source, target = int(src_sizes[batch].max()), int(tgt_sizes[batch].max())
            if ladder is not None:
                source, target = ladder.round_up(source), ladder.round_up(target)
            shapes.append((len(batch), source, target))
            padded += len(batch) * target
            real += int(tgt_sizes[batch].sum())
        self.recorded.append(shapes)
        distinct = set(shapes)
        encoder = {(b, s) for b, s, _ in distinct}
        decoder = {(b, t) for b, _, t in distinct}
        census = EpochCensus(
            epoch=epoch, batches=len(batches), shapes=len(distinct),
            new_shapes=len(distinct - self.shapes),
            seen_shapes=len(self.shapes | distinct),
            new_encoder_pairs=len(encoder - self.encoder),
            new_decoder_pairs=len(decoder - self.decoder),
            padding=(padded - real) / max(real, 1),
            target_tokens=real / max(len(batches), 1),
            regrouped=self._regrouped(batches),
            source_spread=within_batch_share(batches, src_sizes),
            target_spread=within_batch_share(batches, tgt_sizes),
            ratio_spread=within_batch_share(batches, length_ratios(src_sizes, tgt_sizes)))
        self.shapes |= distinct
        self.encoder |= encoder
        self.decoder |= decoder
        return census


def preset_limits(preset_name: str) -> Tuple[int, int]:
    """``(max_tokens, required_batch_size_multiple)`` of a benchmark preset."""
    preset = PRESETS[preset_name]
    multiple = preset.option("--required-batch-size-multiple") or 8  # fairseq's default
    return int(preset.option("--max-tokens")), int(multiple)


def load_training_set(data: Path, source_lang: Optional[str], target_lang: Optional[str]):
    """fairseq's translation task and its training set, as fairseq-train loads them."""
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    args = [str(data), "--task", "translation", "--arch", "transformer"]
    if source_lang:
        args += ["--source-lang", source_lang, "--target-lang", target_lang]
    parser = options.get_training_parser()
    cfg = convert_namespace_to_omegaconf(options.parse_args_and_arch(parser, args))
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    return task, task.dataset("train")


ARMS = ("plain", "keepall", "shrink")
ARM_SETTINGS = {"max_tokens": int, "lookahead": int, "warmup": int, "frozen": int}


def parse_arm(spec: str) -> Tuple[str, Dict[str, int]]:
    """``ARM`` or ``ARM:key=value,...`` (see the module's docstring)."""
    arm, _, rest = spec.partition(":")
    if arm not in ARMS:
        raise ValueError(f"bad arm {spec!r}: the arm is one of {', '.join(ARMS)}")
    settings: Dict[str, int] = {}
    for item in filter(None, rest.split(",")):
        key, equals, value = item.partition("=")
        if key not in ARM_SETTINGS or not equals:
            raise ValueError(f"bad arm {spec!r}: settings are key=value with keys "
                             f"{', '.join(ARM_SETTINGS)}")
        try:
            settings[key] = ARM_SETTINGS[key](value)
        except ValueError:
            raise ValueError(f"bad arm {spec!r}: {key} takes a whole number") from None
    if arm == "plain" and set(settings) - {"max_tokens"}:
        raise ValueError(f"bad arm {spec!r}: plain fairseq takes max_tokens only")
    return arm, settings


def census(task, dataset, arm: str, epochs: int, max_tokens: int, multiple: int,
           keep_rate: float, ladder: Optional[LengthLadder], seed: int = 1,
           warmup_epochs: int = 1, lookahead: int = 32,
           record: Optional[List[List[Shape]]] = None,
           frozen: bool = False) -> List[EpochCensus]:
    """Each epoch's census of one arm's batches (``plain``, ``keepall`` or ``shrink``);
    ``record``, when given, receives each epoch's shapes in the order of its batches.
    ``frozen``: the iterator's first shrunk epoch's batches, reused every epoch after."""
    plain = task.get_batch_iterator(  # not fairseq's cached one: max_tokens may differ
        dataset, max_tokens=max_tokens, required_batch_size_multiple=multiple,
        max_positions=(1024, 1024), seed=seed, epoch=1, disable_iterator_cache=True)
    if arm == "plain":
        batches = [np.asarray(b) for b in plain.frozen_batches]
        epoch_batches = lambda epoch: batches  # noqa: E731  (fairseq reuses them)
    else:
        probability = 1.0 if arm == "keepall" else keep_rate
        decisions = KeepDecisions(ShrinkingRule(ConstantKeep(len(dataset), probability)))
        iterator = shrinking_iterator(plain, decisions, warmup_epochs, lookahead,
                                      BatchLimits(max_tokens, None, multiple, ladder))
        made: Dict[int, List[np.ndarray]] = {}

        def epoch_batches(epoch: int) -> List[np.ndarray]:
            first_shrunk = warmup_epochs + 1
            if frozen and epoch > first_shrunk:
                return made[first_shrunk]
            made[epoch] = [np.asarray(b) for b in iterator.ordered_batches(epoch, False, True)]
            return made[epoch]

    tally = ShapeTally()
    rows = [tally.add_epoch(epoch, epoch_batches(epoch), dataset.src_sizes,
                            dataset.tgt_sizes, ladder if arm != "plain" else None)
            for epoch in range(1, epochs + 1)]
    if record is not None:
        record.extend(tally.recorded)
    return rows


def table(rows: Dict[str, List[EpochCensus]]) -> str:
    """The census as a markdown table, one row per arm and epoch."""
    lines = ["| arm | epoch | batches | shapes | new shapes | all shapes so far | "
             "new (bsz, src) | new (bsz, tgt) | target padding | target tokens/update | "
             "pairs regrouped | variance within batches (src, tgt, ratio) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for arm, epochs in rows.items():
        for e in epochs:
            lines.append(
                f"| {arm} | {e.epoch} | {e.batches} | {e.shapes} | {e.new_shapes} | "
                f"{e.seen_shapes} | {e.new_encoder_pairs} | {e.new_decoder_pairs} | "
                f"{100 * e.padding:.2f}% | {e.target_tokens:,.0f} | "
                f"{'' if e.regrouped is None else f'{100 * e.regrouped:.1f}%'} | "
                f"{e.source_spread:.3f}, {e.target_spread:.3f}, {e.ratio_spread:.3f} |")
    return "\n".join(lines)


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a prepared data folder")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible",
                        help="the benchmark preset whose --max-tokens to use (default: bible)")
    parser.add_argument("--epochs", type=int, default=8, help="epochs to count (default: 8)")
    parser.add_argument("--keep-rate", type=float, default=0.57,
                        help="the shrink arm's keep probability (default: 0.57, AutoAssist's "
                        "measured keep rate on the bible preset)")
    parser.add_argument("--arms", nargs="+", default=list(ARMS),
                        help="arms to count: plain, keepall, shrink, each optionally with "
                        "settings ARM:key=value,... (max_tokens, lookahead, warmup, frozen; "
                        "see above)")
    parser.add_argument("--bounded", action="store_true",
                        help="also count keepall and shrink with bounded shapes")
    parser.add_argument("--shape-steps", type=int, default=16,
                        help="the ladder's lengths per doubling (--assistant-shape-steps)")
    parser.add_argument("--source-lang", default=None)
    parser.add_argument("--target-lang", default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--record", type=Path, default=None,
                        help="write every arm's batch shapes, epoch by epoch, to this JSON "
                        "file (for the GPU replay: python -m autoassist_tools shape-replay)")
    args = parser.parse_args(argv)
    if args.epochs < 1:
        parser.error(f"--epochs must be >= 1, got {args.epochs}")
    if not 0 < args.keep_rate <= 1:
        parser.error(f"--keep-rate must be in (0, 1], got {args.keep_rate}")
    try:
        args.arm_specs = [parse_arm(spec) for spec in args.arms]
    except ValueError as error:
        parser.error(str(error))
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    import sys

    args = parse_args(argv)
    task, dataset = load_training_set(args.data, args.source_lang, args.target_lang)
    max_tokens, multiple = preset_limits(args.preset)
    variants: List[Tuple[str, str, Dict[str, int], Optional[LengthLadder]]] = [
        (spec, arm, settings, None) for spec, (arm, settings) in zip(args.arms, args.arm_specs)]
    if args.bounded:
        ladder = LengthLadder(steps_per_octave=args.shape_steps)
        variants += [(f"{spec} bounded", arm, settings, ladder)
                     for spec, (arm, settings) in zip(args.arms, args.arm_specs)
                     if arm != "plain"]
    recorded: Dict[str, List[List[Shape]]] = {name: [] for name, _, _, _ in variants}
    rows = {name: census(task, dataset, arm, args.epochs,
                         settings.get("max_tokens", max_tokens), multiple, args.keep_rate,
                         ladder, seed=args.seed, record=recorded[name],
                         warmup_epochs=settings.get("warmup", 1),
                         lookahead=settings.get("lookahead", 32),
                         frozen=bool(settings.get("frozen", 0)))
            for name, arm, settings, ladder in variants}
    if args.record is not None:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(json.dumps(
            {"max_tokens": max_tokens, "vocab_size": len(task.source_dictionary),
             "arms": {name: [[list(s) for s in epoch] for epoch in epochs]
                      for name, epochs in recorded.items()}}))
    command = "python -m autoassist_tools shape-census " + shlex.join(
        sys.argv[1:] if argv is None else argv)
    print(f"Command: `{command}`\n")
    print(f"{len(dataset):,} training pairs, --max-tokens {max_tokens}, "
          f"--required-batch-size-multiple {multiple}, seed {args.seed}; unless an arm says "
          f"otherwise, warm-up 1 epoch and lookahead 32; shrink keeps each pair with "
          f"probability {args.keep_rate}.\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
