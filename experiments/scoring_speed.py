#!/usr/bin/env python3
"""Seconds to score a checkpoint: a fairseq-generate process against the in-process scorer.

time_to_bleu.py scores every checkpoint of a benchmark. It used to start one
``fairseq-generate`` per checkpoint (imports, and on a GPU CUDA's start, each time);
it now decodes in its own process (benchmark/scoring.py). This times both on the same
checkpoints with the same options, from the call to the BLEU score, alternating which
goes first, and checks that they decode the same hypotheses. The in-process scorer's
first checkpoint includes loading the task and the split; importing torch and fairseq,
paid once per process, is printed apart.

Example::

    python experiments/scoring_speed.py --data runs/data/bible-es-en --device cpu \\
        results/bible/arms/baseline-seed1/checkpoints/checkpoint_1_200.pt \\
        results/bible/arms/baseline-seed1/checkpoints/checkpoint_2_400.pt
"""
import time

_IMPORT_START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from statistics import mean  # noqa: E402
from typing import Callable, Dict, List, Optional  # noqa: E402

from autoassist_tools.benchmark.arms import PRESETS  # noqa: E402
from autoassist_tools.benchmark.scoring import (  # noqa: E402
    CheckpointScorer, decode_with_fairseq_generate, quiet_fairseq_logs, read_references,
    score_hypotheses,
)

IMPORT_SECONDS = time.perf_counter() - _IMPORT_START


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkpoints", type=Path, nargs="+", help="checkpoints to score")
    parser.add_argument("--data", type=Path, required=True,
                        help="the data folder the checkpoints were trained on")
    parser.add_argument("--split", default="valid", help="split to decode (default: valid)")
    parser.add_argument("--target-lang",
                        help="target language (default: from the data's prepare_summary.json)")
    bible = PRESETS["bible"]
    parser.add_argument("--beam", type=int, default=bible.beam,
                        help=f"beam size (default: the bible preset's, {bible.beam})")
    parser.add_argument("--lenpen", type=float, default=bible.lenpen,
                        help=f"length penalty (default: the bible preset's, {bible.lenpen})")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                        help="decode on the CPU (fairseq --cpu) or on the GPU (default: cpu)")
    args = parser.parse_args(argv)
    if args.target_lang is None:
        summary = args.data / "prepare_summary.json"
        if not summary.exists():
            parser.error(f"{summary} not found: give --target-lang")
        args.target_lang = json.loads(summary.read_text())["tgt"]
    return args


def first_difference(expected: List[str], got: List[str]) -> str:
    """Where two hypothesis lists part, for the report."""
    if len(expected) != len(got):
        return f"{len(expected)} against {len(got)} hypotheses"
    differing = [i for i, (a, b) in enumerate(zip(expected, got)) if a != b]
    first = differing[0]
    return (f"{len(differing)} of {len(expected)} differ; first, sentence {first}: "
            f"fairseq-generate {expected[first]!r}, in-process {got[first]!r}")


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    quiet_fairseq_logs()
    references = read_references(args.data, args.split, args.target_lang)
    scorer = CheckpointScorer(args.data, args.target_lang, args.beam, args.lenpen,
                              args.device)

    decoders: Dict[str, Callable[[Path], List[str]]] = {
        "fairseq-generate": lambda checkpoint: decode_with_fairseq_generate(
            checkpoint, args.data, args.split, args.beam, args.lenpen, args.device),
        "in-process": lambda checkpoint: scorer.decode(checkpoint, args.split),
    }

    print(f"{args.split} of {args.data} ({len(references)} sentences), beam {args.beam}, "
          f"lenpen {args.lenpen}, device {args.device}; importing torch and fairseq took "
          f"{IMPORT_SECONDS:.1f} s in this process (once, not in the figures below)",
          flush=True)
    seconds: Dict[str, List[float]] = {"fairseq-generate": [], "in-process": []}
    all_identical = True
    for index, checkpoint in enumerate(args.checkpoints):
        order = ["fairseq-generate", "in-process"]
        if index % 2:
            order.reverse()
        results = {}
        for name in order:
            start = time.perf_counter()
            hypotheses = decoders[name](checkpoint)
            results[name] = (hypotheses, score_hypotheses(
                hypotheses, references, checkpoint, time.perf_counter() - start))
            seconds[name].append(time.perf_counter() - start)  # decoding and BLEU
        (expected, old), (got, new) = results["fairseq-generate"], results["in-process"]
        identical = expected == got
        all_identical &= identical
        print(f"{checkpoint}: fairseq-generate {seconds['fairseq-generate'][-1]:.1f} s, "
              f"in-process {seconds['in-process'][-1]:.1f} s "
              f"({order[0]} first); BLEU {old['bleu']:.2f} and {new['bleu']:.2f}; "
              f"hypotheses identical: {'yes' if identical else 'NO'}", flush=True)
        if not identical:
            print(f"  HYPOTHESES DIFFER: {first_difference(expected, got)}", flush=True)
    before, after = mean(seconds["fairseq-generate"]), mean(seconds["in-process"])
    print(f"mean over {len(args.checkpoints)} checkpoint(s): fairseq-generate {before:.1f} s, "
          f"in-process {after:.1f} s ({before / after:.1f}x); hypotheses identical for "
          f"every checkpoint: {'yes' if all_identical else 'NO'}", flush=True)
    return 0 if all_identical else 1


if __name__ == "__main__":
    sys.exit(main())
