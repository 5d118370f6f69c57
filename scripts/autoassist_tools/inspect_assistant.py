"""What a trained Assistant keeps and skips: read it from an AutoAssist checkpoint.

Scores every training pair with the Assistant saved in the checkpoint and prints the
expected keep rate, the mean keep probability by target length and by length ratio
(pairs whose sides differ much in length are often misaligned: a Boss never learns
them, so an Assistant that favours them over-samples noise), and the pairs it most
wants and most skips, as text.

Example::

    python scripts/inspect_assistant.py --data runs/data/bible-es-en \\
        --checkpoint results/bible/arms/autoassist-seed1/checkpoints/checkpoint_last.pt
"""
import argparse
import dataclasses
import sys
from pathlib import Path
from typing import List, Optional

import numpy as np
import torch
from fairseq.data import Dictionary, LanguagePairDataset, data_utils

from fairseq_autoassist.assistant import TokenAssistant
from fairseq_autoassist.config import AutoAssistConfig, assistant_settings
from fairseq_autoassist.features import dataset_pair_features
from fairseq_autoassist.task import CHECKPOINT_KEY, TASK_NAME


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", type=Path, required=True,
                        help="a checkpoint saved by --task autoassist_translation")
    parser.add_argument("--data", type=Path, required=True,
                        help="the data folder the checkpoint was trained on")
    parser.add_argument("--top", type=int, default=5,
                        help="pairs to show at each end of the ranking (default: 5)")
    parser.add_argument("--buckets", type=int, default=5,
                        help="quantile buckets for the length tables (default: 5)")
    return parser.parse_args(argv)


def load_assistant_state(checkpoint: Path):
    """The task config and the Assistant's saved state, or a clear error."""
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    task_cfg = state["cfg"]["task"]
    if task_cfg.get("_name") != TASK_NAME:
        sys.exit(f"error: {checkpoint} was trained with --task {task_cfg.get('_name')}, "
                 f"not {TASK_NAME}: it holds no Assistant")
    saved = [v[CHECKPOINT_KEY] for v in state.get("extra_state", {}).values()
             if isinstance(v, dict) and CHECKPOINT_KEY in v]
    if not saved:
        sys.exit(f"error: {checkpoint} holds no Assistant state (saved during warm-up by an "
                 "older version, or with --reset-assistant?)")
    return task_cfg, saved[0]


def text(dictionary: Dictionary, tokens) -> str:
    return dictionary.string(tokens).replace(" ", "").replace("\u2581", " ").strip()


def bucket_table(title: str, values: np.ndarray, keep: np.ndarray, buckets: int) -> None:
    edges = np.quantile(values, np.linspace(0, 1, buckets + 1))
    which = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, buckets - 1)
    print(f"\n{title}")
    print("| bucket | range | pairs | mean keep probability |\n|---|---|---|---|")
    for b in range(buckets):
        inside = which == b
        if inside.any():
            print(f"| {b + 1} | {values[inside].min():.2f} to {values[inside].max():.2f} | "
                  f"{inside.sum()} | {keep[inside].mean():.3f} |")


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    task_cfg, saved = load_assistant_state(args.checkpoint)
    src, tgt = task_cfg["source_lang"], task_cfg["target_lang"]
    if src is None or tgt is None:  # fairseq inferred them from the file names
        src, tgt = data_utils.infer_language_pair(str(args.data))
    if src is None or tgt is None:
        sys.exit(f"error: cannot tell the language pair of {args.data}: no train.SRC-TGT.* files")
    src_dict = Dictionary.load(str(args.data / f"dict.{src}.txt"))
    tgt_dict = Dictionary.load(str(args.data / f"dict.{tgt}.txt"))
    prefix = args.data / f"train.{src}-{tgt}"
    sources = data_utils.load_indexed_dataset(f"{prefix}.{src}", src_dict)
    targets = data_utils.load_indexed_dataset(f"{prefix}.{tgt}", tgt_dict)
    if sources is None or targets is None:
        sys.exit(f"error: no binarised training data at {prefix}.{{{src},{tgt}}}")
    dataset = LanguagePairDataset(sources, sources.sizes, src_dict,
                                  targets, targets.sizes, tgt_dict)
    features = dataset_pair_features(dataset, src_dict, tgt_dict,
                                     task_cfg["assistant_features"])
    # the options' declared defaults for what the checkpoint's configuration lacks
    # (e.g. a checkpoint from before --assistant-label learnt the paper's label)
    defaults = {f.name: f.default for f in dataclasses.fields(AutoAssistConfig)
                if f.name.startswith("assistant_")}
    options = {**defaults, **task_cfg}
    assistant = TokenAssistant(features, assistant_settings(argparse.Namespace(**options)))
    try:
        assistant.load_state_dict(saved)
    except ValueError as error:
        sys.exit(f"error: {error}")

    ids = np.arange(len(dataset))
    keep = assistant.keep_probability(ids)
    source_len = dataset.src_sizes.astype(float)
    target_len = dataset.tgt_sizes.astype(float)
    print(f"{args.checkpoint}: Assistant after {assistant.steps} steps, confidence "
          f"{assistant.confidence:.3f}, floor {assistant.floor():.3f}")
    print(f"expected keep rate over the {len(ids)} training pairs: {keep.mean():.3f}; "
          f"correlation of keep probability with target length "
          f"{np.corrcoef(keep, target_len)[0, 1]:+.2f}")
    bucket_table("By target length (tokens):", target_len, keep, args.buckets)
    ratio = np.log2(source_len / target_len)
    bucket_table("By log2(source length / target length):", ratio, keep, args.buckets)
    order = np.argsort(-keep)
    for title, chosen in (("most wanted", order[: args.top]),
                          ("most skipped", order[::-1][: args.top])):
        print(f"\n{title}:")
        for i in chosen:
            print(f"  p={keep[i]:.3f}  {src}: {text(src_dict, dataset.src[i])}\n"
                  f"           {tgt}: {text(tgt_dict, dataset.tgt[i])}")
    return 0

