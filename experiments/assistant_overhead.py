#!/usr/bin/env python3
"""What the Assistant costs: scoring throughput alone, and the Boss's updates per second.

1. Scoring: the Assistant built on a prepared training set (features as the task
   builds them), timed on ``score`` (the sparse product behind ``keep_probability``)
   for batches of candidates, and on
   ``observe`` (one SGD step) for batches of incoming losses.
2. Boss speed: fairseq-train with ``--task translation`` against two AutoAssist runs
   that skip nothing, so all three do the same Boss work: ``--assistant-warmup-epochs
   1000`` (fairseq's own batches; what the per-pair losses and the Assistant's
   background training cost each update) and ``--assistant-base 1
   --assistant-warmup-epochs 0`` (every batch also through the shrinking iterator,
   whose pool packing changes the batches). Same model, data and seed, alternated
   ABCABC... to spread the machine's noise over all, updates per second read from
   fairseq's own train_inner lines, the first interval of each run excluded.

Example::

    python experiments/assistant_overhead.py --data runs/data/bible-es-en-sample --repeats 3
    python experiments/assistant_overhead.py --data runs/data/bible-es-en --device cuda
"""
import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
from fairseq.data import Dictionary, data_utils

from autoassist_tools.benchmark.training import PLUGIN, device_options, fairseq_bin
from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.features import build_pair_features

MODEL = [
    "--arch", "transformer", "--share-all-embeddings",
    "--encoder-layers", "2", "--decoder-layers", "2",
    "--encoder-embed-dim", "128", "--decoder-embed-dim", "128",
    "--encoder-ffn-embed-dim", "512", "--decoder-ffn-embed-dim", "512",
    "--encoder-attention-heads", "4", "--decoder-attention-heads", "4",
    "--optimizer", "adam", "--lr", "3e-3", "--lr-scheduler", "inverse_sqrt",
    "--warmup-updates", "100", "--criterion", "label_smoothed_cross_entropy",
    "--label-smoothing", "0.1", "--max-tokens", "2048", "--seed", "1",
    "--no-save", "--disable-validation", "--log-format", "simple", "--log-interval", "20",
    "--num-workers", "0",
]
INNER = re.compile(r"\| train_inner \|.* wps=([\d.]+), ups=([\d.]+), wpb=([\d.]+)")


def load_training_pairs(data: Path):
    dictionary = Dictionary.load(str(next(data.glob("dict.*.txt"))))
    src, tgt = sorted({p.name.split(".")[-2] for p in data.glob("train.*-*.*.bin")})[:2]
    prefix = next(data.glob("train.*-*.*.bin")).name.split(".")[1]
    datasets = [data_utils.load_indexed_dataset(str(data / f"train.{prefix}.{lang}"), dictionary)
                for lang in (src, tgt)]
    return ([datasets[0][i].numpy() for i in range(len(datasets[0]))],
            [datasets[1][i].numpy() for i in range(len(datasets[1]))], dictionary)


def scoring_throughput(data: Path, batch: int, repeats: int) -> None:
    sources, targets, dictionary = load_training_pairs(data)
    start = time.perf_counter()
    features = build_pair_features(sources, targets, len(dictionary), range(dictionary.nspecial))
    built = time.perf_counter() - start
    assistant = TokenAssistant(features, AssistantSettings())
    rng = np.random.default_rng(0)
    batches = [rng.integers(0, len(sources), batch) for _ in range(repeats)]
    start = time.perf_counter()
    for ids in batches:
        assistant.score(ids)  # what keep_probability costs once the Assistant is confident
    scoring = time.perf_counter() - start
    start = time.perf_counter()
    for ids in batches:
        lengths = np.array([len(targets[i]) for i in ids])
        assistant.observe(ids, rng.gamma(2.0, 2.0, len(ids)) * lengths, lengths)
    training = time.perf_counter() - start
    print(f"features: {len(sources)} pairs, {features.nnz} non-zeros, built in {built:.2f} s")
    print(f"scoring: {repeats * batch / scoring:,.0f} candidates/s "
          f"(batches of {batch}, {scoring / repeats * 1e3:.2f} ms each)")
    print(f"training: {repeats * batch / training:,.0f} pairs/s "
          f"(batches of {batch}, {training / repeats * 1e3:.2f} ms per SGD step)")


def boss_speed(data: Path, task_options: List[str], updates: int,
               device: str) -> Dict[str, float]:
    command = [*fairseq_bin("fairseq-train"), str(data),
               "--user-dir", str(PLUGIN), *MODEL, *task_options,
               "--max-update", str(updates), *device_options(device)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    intervals = INNER.findall(result.stdout + result.stderr)[1:]
    return {name: statistics.mean(float(row[k]) for row in intervals)
            for k, name in enumerate(("wps", "ups", "wpb"))}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a prepare_data.py folder")
    parser.add_argument("--updates", type=int, default=200, help="updates per training run")
    parser.add_argument("--repeats", type=int, default=3, help="runs per arm, alternated")
    parser.add_argument("--score-batch", type=int, default=2048,
                        help="candidates per scoring call")
    parser.add_argument("--skip-training", action="store_true", help="scoring only")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                        help="train the Boss on the CPU or the GPU (default: cpu)")
    args = parser.parse_args(argv)
    scoring_throughput(args.data, args.score_batch, repeats=200)
    if args.skip_training:
        return 0
    arms = {
        "translation": ["--task", "translation"],
        "autoassist, fairseq's batches": ["--task", "autoassist_translation",
                                          "--assistant-warmup-epochs", "1000"],
        "autoassist base=1": ["--task", "autoassist_translation", "--assistant-base", "1",
                              "--assistant-warmup-epochs", "0"],
    }
    results = {name: [] for name in arms}
    for repeat in range(args.repeats):
        for name, options in arms.items():
            speed = boss_speed(args.data, options, args.updates, args.device)
            results[name].append(speed)
            print(f"run {repeat + 1}: {name}: {speed['ups']:.3f} updates/s, "
                  f"{speed['wps']:.0f} target tokens/s, {speed['wpb']:.0f} tokens/batch",
                  flush=True)
    for metric, unit in (("ups", "updates/s"), ("wps", "target tokens/s")):
        plain = statistics.mean(r[metric] for r in results["translation"])
        for name in list(arms)[1:]:
            assisted = statistics.mean(r[metric] for r in results[name])
            print(f"{unit}: translation {plain:.3f}, {name} {assisted:.3f}, overhead "
                  f"{100 * (1 - assisted / plain):+.1f}% (mean of {args.repeats} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
