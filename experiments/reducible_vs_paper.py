"""What the reducible label picks on a corpus, against the paper's label: per checkpoint
of a run, how the Boss's per-pair training loss, the irreducible loss and their
difference (the reducible loss) relate, and how often the two labels' oracles agree.

The reducible label calls a pair informative when its reducible loss is above the
mean. Whether that means "hard but learnable" or something else depends on the two
losses' spreads: when the irreducible losses, which a weaker model measured on pairs it
never saw, spread wider than the Boss's and follow them closely, their difference falls
as the Boss's loss rises, and the label prefers the pairs the Boss finds easy. This
reads the losses the selection probe cached (``OUT/losses/checkpoint_*.npz``, NLL and
target length per training pair, eval mode) and the irreducible losses beside the
data, and trains nothing::

    .venv/bin/python experiments/reducible_vs_paper.py --data runs/data/bible-es-en \\
        runs/probe34/stage-6000-seed1/losses
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Dict, List

import numpy as np

from autoassist_tools.benchmark.nll import PairLosses
from autoassist_tools.time_to_bleu import languages
from fairseq_autoassist.irreducible import load_irreducible
from fairseq_autoassist.labels.paper import PaperLabel
from fairseq_autoassist.labels.reducible import IRREDUCIBLE, ReducibleLabel

UPDATES = re.compile(r"checkpoint_\d+_(\d+)\.npz$")


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def reading(normalised: np.ndarray, irreducible: np.ndarray) -> Dict[str, float]:
    """The two losses' spreads, how the reducible loss moves with each, and the labels'
    oracles (positive rates, agreement), all per pair, in nats per target token."""
    reducible = normalised - irreducible
    paper = PaperLabel.oracle(normalised)
    by_reducible = ReducibleLabel.oracle(normalised, None, None, {IRREDUCIBLE: irreducible})
    return {
        "boss_mean": float(normalised.mean()), "boss_std": float(normalised.std()),
        "irreducible_std": float(irreducible.std()),
        "boss_vs_irreducible": correlation(normalised, irreducible),
        "reducible_vs_boss": correlation(reducible, normalised),
        "reducible_vs_irreducible": correlation(reducible, irreducible),
        "paper_positive": float(paper.mean()), "reducible_positive": float(by_reducible.mean()),
        "agreement": float(np.mean(paper == by_reducible)),
        # the informative pairs of each label: their mean loss under the Boss
        "boss_loss_of_paper_informative": float(normalised[paper == 1].mean()),
        "boss_loss_of_reducible_informative": float(normalised[by_reducible == 1].mean()),
    }


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="the data folder, with the irreducible losses beside it")
    parser.add_argument("losses", type=Path, nargs="+",
                        help="folders of cached per-pair losses (the probe's OUT/losses)")
    args = parser.parse_args(argv)
    cached = {}
    for folder in args.losses:
        for path in folder.glob("checkpoint_*.npz"):
            match = UPDATES.search(path.name)
            if match:  # a .partial.npz is being written
                cached.setdefault(int(match.group(1)), path)
    if not cached:
        parser.error(f"no checkpoint_*.npz in {', '.join(map(str, args.losses))}")
    losses = {updates: PairLosses(**np.load(path)).normalised
              for updates, path in sorted(cached.items())}
    try:  # refused when made from another corpus or for another number of pairs
        irreducible = np.asarray(load_irreducible(
            str(args.data), "train", *languages(args.data),
            num_pairs=len(next(iter(losses.values())))), dtype=np.float64)
    except ValueError as error:
        parser.error(str(error))
    print("| update | Boss's loss, mean (std) | irreducible's std | corr(Boss, irreducible) "
          "| corr(reducible, Boss) | corr(reducible, irreducible) | informative share, paper "
          "/ reducible | labels agree | Boss's loss of the informative, paper / reducible |")
    print("|---|---|---|---|---|---|---|---|---|")
    for updates, normalised in losses.items():
        if len(normalised) != len(irreducible):
            parser.error(f"{cached[updates]} holds {len(normalised)} pairs, the "
                         f"irreducible losses {len(irreducible)}: give the data the run "
                         "trained on")
        r = reading(normalised, irreducible)
        print(f"| {updates:,} | {r['boss_mean']:.3f} ({r['boss_std']:.3f}) | "
              f"{r['irreducible_std']:.3f} | {r['boss_vs_irreducible']:+.2f} | "
              f"{r['reducible_vs_boss']:+.2f} | {r['reducible_vs_irreducible']:+.2f} | "
              f"{r['paper_positive']:.2f} / {r['reducible_positive']:.2f} | "
              f"{r['agreement']:.2f} | {r['boss_loss_of_paper_informative']:.3f} / "
              f"{r['boss_loss_of_reducible_informative']:.3f} |")
    print(f"\nNats per target token, every training pair; irreducible losses: mean "
          f"{irreducible.mean():.3f}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
