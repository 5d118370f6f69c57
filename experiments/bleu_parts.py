"""What a valid BLEU is made of: brevity penalty, length ratio and n-gram precisions.

Decodes given checkpoints of time_to_bleu.py arms on the valid set as the harness does
(its in-process scorer, the preset's greedy decoding) and splits sacrebleu's score into
its parts: whether two arms' BLEU differ by length or by precision. Backed the reading
of `results/bible-shared` in docs/benchmarks.md::

    OMP_NUM_THREADS=1 python experiments/bleu_parts.py --data runs/data/bible-es-en \
        --folder runs/shared/seed{SEED} --arms onset keepall uniform --seeds 1 2 --updates 2200
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sacrebleu

from autoassist_tools.benchmark.scoring import (
    CheckpointScorer, quiet_fairseq_logs, read_references,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the prepared data folder")
    parser.add_argument("--folder", required=True,
                        help="the results folder; {SEED} is replaced by each seed")
    parser.add_argument("--arms", nargs="+", required=True, help="arm names")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1], help="seeds")
    parser.add_argument("--updates", type=int, required=True, help="the checkpoint's update")
    parser.add_argument("--target-lang", default="en", help="the target language")
    parser.add_argument("--beam", type=int, default=1, help="beam size (the presets': 1)")
    args = parser.parse_args()
    quiet_fairseq_logs()
    scorer = CheckpointScorer(args.data, args.target_lang, args.beam, 1.0, "cpu")
    references = read_references(args.data, "valid", args.target_lang)
    print("| seed | arm | BLEU | brevity penalty | length ratio | 1- to 4-gram precision |")
    print("|---|---|---|---|---|---|")
    for seed in args.seeds:
        for arm in args.arms:
            folder = Path(args.folder.replace("{SEED}", str(seed)))
            found = sorted((folder / "arms" / f"{arm}-seed{seed}" / "checkpoints").glob(
                f"checkpoint_*_{args.updates}.pt"))
            if not found:
                sys.exit(f"error: no checkpoint at update {args.updates} for arm {arm}, "
                         f"seed {seed}, in {folder}")
            score = sacrebleu.metrics.BLEU().corpus_score(scorer.decode(found[0], "valid"),
                                                          [references])
            precisions = ", ".join(f"{p:.1f}" for p in score.precisions)
            print(f"| {seed} | {arm} | {score.score:.2f} | {score.bp:.3f} | "
                  f"{score.sys_len / score.ref_len:.3f} | {precisions} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
