#!/usr/bin/env python3
"""How well can the Assistant predict a Boss checkpoint's informative pairs?

Computes every training pair's NLL under a checkpoint, labels pairs above the mean
length-normalised loss as informative, and compares on a held-out 30%:
- an offline logistic regression (scikit-learn, several C) on the same features,
- the online Assistant (``observe`` on batches of 60, three passes) at several
  learning rates,
for each feature kind. This is how the defaults of ``--assistant-lr`` and
``--assistant-features`` were chosen.

Example::

    python scripts/assistant_fit.py --data runs/data/bible-es-en-sample \\
        --checkpoint results/quick/arms/baseline-seed1/checkpoints/checkpoint_4_400.pt
"""
import argparse
import sys
from pathlib import Path
from typing import List, Optional

import numpy as np
import torch
from fairseq import checkpoint_utils
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant  # noqa: E402
from fairseq_autoassist.features import FEATURE_KINDS, build_pair_features  # noqa: E402
from fairseq_autoassist.per_sample_loss import per_pair_nll  # noqa: E402


def training_losses(checkpoint: Path, data: Path, max_pairs: int):
    models, _, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides={"data": str(data)}
    )
    model = models[0].eval()
    task.load_dataset("train")
    dataset = task.dataset("train")
    count = min(len(dataset), max_pairs)
    losses, lengths = np.zeros(count), np.zeros(count)
    with torch.no_grad():
        for start in range(0, count, 100):
            sample = dataset.collater([dataset[i] for i in range(start, min(count, start + 100))])
            log_probs = model.get_normalized_probs(model(**sample["net_input"]), log_probs=True)
            nll, length = per_pair_nll(log_probs, sample["target"], task.tgt_dict.pad())
            ids = sample["id"].numpy()
            losses[ids], lengths[ids] = nll.numpy(), length.numpy()
    sources = [dataset.src[i].numpy() for i in range(count)]
    targets = [dataset.tgt[i].numpy() for i in range(count)]
    return sources, targets, losses, lengths, task.src_dict


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a prepare_data.py folder")
    parser.add_argument("--checkpoint", type=Path, required=True, help="a Boss checkpoint")
    parser.add_argument("--max-pairs", type=int, default=8000, help="training pairs used")
    parser.add_argument("--learning-rates", type=float, nargs="+",
                        default=[0.05, 0.1, 0.2, 0.5, 1.0])
    args = parser.parse_args(argv)
    sources, targets, losses, lengths, dictionary = training_losses(
        args.checkpoint, args.data, args.max_pairs)
    normalised = losses / np.maximum(lengths, 1)
    labels = (normalised > normalised.mean()).astype(int)
    order = np.random.default_rng(0).permutation(len(labels))
    train, held_out = order[: int(0.7 * len(order))], order[int(0.7 * len(order)):]
    print(f"{len(labels)} pairs, {labels.mean():.2f} informative; held-out {len(held_out)}")
    for kind in FEATURE_KINDS:
        features = build_pair_features(sources, targets, len(dictionary),
                                       range(dictionary.nspecial), kind=kind)
        for c in (0.3, 1.0, 3.0, 10.0):
            fitted = LogisticRegression(C=c, max_iter=2000).fit(features[train], labels[train])
            print(f"{kind:6s} offline C={c:<5g} held-out accuracy "
                  f"{fitted.score(features[held_out], labels[held_out]):.3f}")
        for rate in args.learning_rates:
            assistant = TokenAssistant(features, AssistantSettings(learning_rate=rate))
            rng = np.random.default_rng(1)
            for _ in range(3):
                for ids in np.array_split(rng.permutation(train), max(len(train) // 60, 1)):
                    assistant.observe(ids, losses[ids], lengths[ids])
            truth = normalised[held_out] > assistant.loss_average
            accuracy = np.mean((assistant.score(held_out) > 0.5) == truth)
            print(f"{kind:6s} online lr={rate:<5g} held-out accuracy {accuracy:.3f}, "
                  f"confidence {assistant.confidence:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
