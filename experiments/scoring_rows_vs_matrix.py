#!/usr/bin/env python3
"""Scoring and training speed of the Assistant: rows computed from token ids (the
plug-in since issue 23) against the stored matrix of every row (the plug-in before).

Both Assistants are built on the same training set in one process, trained the same
steps on random ids and losses, and timed alternately on the same chunks of random
candidates, so that the ratio is measured in one run on one machine (the stored
matrix's own build time and size are printed too). Backs the scoring table of
docs/scale.md.

Example::

    python experiments/scoring_rows_vs_matrix.py --data runs/data/bible-es-en
    python experiments/scoring_rows_vs_matrix.py --data runs/scale/pairs-1000000
"""
import argparse
import time
from pathlib import Path
from typing import Callable, List, Optional

import numpy as np
from fairseq.data import Dictionary, LanguagePairDataset, data_utils

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.features import FeatureMatrix, dataset_pair_features


def load(data: Path) -> tuple:
    """The training set of a fairseq data folder (its two languages, mmap format)."""
    prefix = next(data.glob("train.*-*.*.bin")).name.split(".")[1]
    src, tgt = prefix.split("-")
    dictionaries = [Dictionary.load(str(data / f"dict.{lang}.txt")) for lang in (src, tgt)]
    sides = [data_utils.load_indexed_dataset(str(data / f"train.{prefix}.{lang}"), d)
             for lang, d in zip((src, tgt), dictionaries)]
    return LanguagePairDataset(sides[0], sides[0].sizes, dictionaries[0], sides[1],
                               sides[1].sizes, dictionaries[1]), dictionaries


def per_second(call: Callable[[np.ndarray], object], chunks: List[np.ndarray],
               repeats: int) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        for chunk in chunks:
            call(chunk)
    return repeats * sum(len(c) for c in chunks) / (time.perf_counter() - start)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a fairseq data folder")
    parser.add_argument("--steps", type=int, default=300, help="training steps before timing")
    parser.add_argument("--rounds", type=int, default=5, help="alternations of the two")
    parser.add_argument("--seed", type=int, default=1, help="random ids and losses")
    args = parser.parse_args(argv)
    dataset, (src_dict, tgt_dict) = load(args.data)
    rows = dataset_pair_features(dataset, src_dict, tgt_dict, "tf")
    start = time.perf_counter()
    matrix = rows.matrix()
    print(f"{len(dataset):,} pairs; the stored matrix: {matrix.nnz:,} non-zeros, "
          f"{(matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes) / 2**20:.0f}"
          f" MiB, built in {time.perf_counter() - start:.1f} s from the token ids")
    assistants = {"rows": TokenAssistant(rows, AssistantSettings()),
                  "matrix": TokenAssistant(FeatureMatrix(matrix), AssistantSettings())}
    rng = np.random.default_rng(args.seed)
    for _ in range(args.steps):
        ids = rng.integers(0, len(dataset), 256)
        lengths = dataset.tgt_sizes[ids].astype(np.int64)
        losses = rng.gamma(2.0, 1.5, len(ids)) * lengths
        for assistant in assistants.values():
            assistant.observe(ids, losses, lengths)
    assert np.allclose(assistants["rows"].weights, assistants["matrix"].weights, atol=1e-5)
    rates = {(name, what): [] for name in assistants
             for what in ("score 128", "score 512", "score 2048", "observe 2048")}
    for _ in range(args.rounds):
        for name, assistant in assistants.items():
            for size in (128, 512, 2048):
                chunks = [rng.integers(0, len(dataset), size) for _ in range(max(1, 4096 // size))]
                rates[name, f"score {size}"].append(
                    per_second(assistant.keep_probability, chunks, 20))
            ids = rng.integers(0, len(dataset), 2048)
            lengths = dataset.tgt_sizes[ids].astype(np.int64)
            losses = rng.gamma(2.0, 1.5, 2048) * lengths
            rates[name, "observe 2048"].append(
                per_second(lambda chunk: assistant.observe(chunk, losses, lengths), [ids], 10))
    print("| what | rows from token ids (pairs/s) | stored matrix (pairs/s) | matrix / rows |")
    print("|---|---|---|---|")
    for what in ("score 128", "score 512", "score 2048", "observe 2048"):
        row, stored = (float(np.median(rates[name, what])) for name in ("rows", "matrix"))
        print(f"| {what} | {row / 1e6:.2f} M | {stored / 1e6:.2f} M | {stored / row:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
