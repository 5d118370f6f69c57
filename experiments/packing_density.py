#!/usr/bin/env python3
"""How full AutoAssist's batches are: target tokens per batch, pools against plain fairseq.

AutoAssist packs each pool of kept pairs (``--assistant-lookahead`` batches' worth)
separately, so its batches can carry more padding than plain fairseq's, which are cut
from the whole sorted data set: fewer real tokens per update at the same cost per
update. This script measures that without training: it draws pools at random as the
shrinking iterator does (a random keep mask at the given keep rate) and packs them
with ``batch_by_size`` under two sort keys, fairseq's own order (source length, then
target length) and ``num_tokens`` (what the iterator uses).

Example::

    python experiments/packing_density.py --data runs/data/bible-es-en --max-tokens 4096
"""
import argparse
import sys
from pathlib import Path
from typing import List, Optional

import numpy as np
from fairseq.data import Dictionary, LanguagePairDataset, data_utils

from fairseq_autoassist.batching import packing_order


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a prepare_data.py folder")
    parser.add_argument("--src", default="es", help="source language (default: es)")
    parser.add_argument("--tgt", default="en", help="target language (default: en)")
    parser.add_argument("--max-tokens", type=int, default=4096, help="as for fairseq-train")
    parser.add_argument("--multiple", type=int, default=8,
                        help="--required-batch-size-multiple (default: 8, fairseq's)")
    parser.add_argument("--lookaheads", type=int, nargs="+", default=[32, 128],
                        help="pool sizes in batches to try (default: 32 128)")
    parser.add_argument("--keep-rates", type=float, nargs="+", default=[1.0, 0.5],
                        help="keep rates to try (default: 1.0 0.5)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    return parser.parse_args(argv)


def load(data: Path, src: str, tgt: str) -> LanguagePairDataset:
    dicts = [Dictionary.load(str(data / f"dict.{lang}.txt")) for lang in (src, tgt)]
    sides = [data_utils.load_indexed_dataset(str(data / f"train.{src}-{tgt}.{lang}"), d)
             for lang, d in zip((src, tgt), dicts)]
    if any(side is None for side in sides):
        sys.exit(f"error: no binarised train.{src}-{tgt} data in {data}")
    return LanguagePairDataset(sides[0], sides[0].sizes, dicts[0],
                               sides[1], sides[1].sizes, dicts[1])


def tokens_per_batch(dataset: LanguagePairDataset, batches) -> str:
    batches = [np.asarray(b) for b in batches]
    target = np.mean([dataset.tgt_sizes[b].sum() for b in batches])
    pairs = np.mean([len(b) for b in batches])
    return f"{target:,.0f} target tokens, {pairs:.1f} pairs"


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    dataset = load(args.data, args.src, args.tgt)
    with data_utils.numpy_seed(args.seed):
        order = dataset.ordered_indices()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    pack = lambda ids: dataset.batch_by_size(  # noqa: E731
        ids, max_tokens=args.max_tokens, required_batch_size_multiple=args.multiple)
    plain = pack(order)
    print(f"plain fairseq, {len(plain)} batches per epoch: {tokens_per_batch(dataset, plain)}")
    pairs_per_batch = len(dataset) / len(plain)
    rng = np.random.default_rng(args.seed)
    sorts = {
        "fairseq order": lambda ids: ids[np.argsort(rank[ids], kind="stable")],
        "num_tokens": lambda ids: packing_order(dataset, ids),
    }
    everything = sorts["num_tokens"](np.arange(len(dataset)))
    print("the whole data set sorted by num_tokens (not what fairseq does): "
          f"{tokens_per_batch(dataset, pack(everything))}")
    for keep_rate in args.keep_rates:
        for lookahead in args.lookaheads:
            for name, sort in sorts.items():
                kept = rng.permutation(len(dataset))
                kept = kept[rng.random(len(kept)) < keep_rate]
                size = int(lookahead * pairs_per_batch)
                batches = []
                for start in range(0, len(kept) - size + 1, size):
                    pool = kept[start:start + size]
                    batches.extend(pack(sort(pool))[:-1])  # the last one carries over
                print(f"keep rate {keep_rate}, lookahead {lookahead}, pools sorted by "
                      f"{name}: {tokens_per_batch(dataset, batches)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
