"""Where a selecting run loses: the training pairs' loss after selection, by what the
pair memory said of them, against a run from the same checkpoint that kept every pair.

On `bible-long` the Assistant's choice after the onset ended 0.055 bits of valid NLL
above `keepall` (docs/benchmarks.md), although the selection probe measured its pairs
to make more progress per update over 100-update branches. One explanation is
forgetting: the pairs the memory calls learnt (label 0) are left out again and again,
and the model's loss on them climbs back. This reads three checkpoints of one seed:

- START, the checkpoint both runs went on from (``--share-prefix``'s fork point): its
  pair memory groups the training pairs into learnt (0), informative (1) and never
  labelled (-1), a grouping that neither run's later updates chose;
- SELECTING, the selecting run at its end; its own final memory gives a second
  grouping (the pairs left out since they were last labelled learnt);
- REFERENCE, the run that kept every pair (``keepall``) at the same update.

For each group it prints the pairs' mean NLL per target token (bits) at START and at
each end, and the change under each run: forgetting shows as a learnt group whose loss
falls less (or rises) under selection than under the reference, with the informative
group falling more. The valid pairs, which have no memory, are grouped by the paper
label's oracle at START (per-token loss above the valid set's mean), to tell whether
what selection loses on held-out data lies in the pairs like those it left out. Each
checkpoint's valid NLL is printed beside, as the harness measured it.

    OMP_NUM_THREADS=1 python experiments/forgetting.py --data runs/data/bible-es-en \\
        --seed 1 A/checkpoint_8_2000.pt A/checkpoint_16_4400.pt K/checkpoint_16_4400.pt

(``A`` the selecting arm's checkpoint folder, ``K`` keepall's; ``--seed`` repeatable;
``--sample N`` scores N random training pairs instead of all; ``--json PATH`` also writes
every group's figures, per seed, for experiments/confirm_table.py.)
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Dict, List

import numpy as np
import torch

from autoassist_tools.benchmark.nll import pair_losses
from autoassist_tools.probe.boss import Boss
from fairseq_autoassist.task import CHECKPOINT_KEY

GROUPS = {0: "learnt (0)", 1: "informative (1)", -1: "never labelled"}
# the groupings, as --json names them
GROUPINGS = {"train_by_start_memory": "the memory at the start",
             "train_by_end_memory": "the selecting run's memory at its end",
             "valid_by_start_oracle": "the paper label's oracle at the start (valid pairs)"}


def pair_memory(checkpoint: Path) -> np.ndarray:
    """The pair memory's labels in an AutoAssist checkpoint (one int8 per training pair)."""
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    for value in state.get("extra_state", {}).values():
        if isinstance(value, dict) and CHECKPOINT_KEY in value:
            memory = value[CHECKPOINT_KEY].get("memory")
            if memory is not None:
                return np.asarray(memory, dtype=np.int8)
    sys.exit(f"error: {checkpoint} holds no pair memory: give a checkpoint of a run "
             "trained with --assistant-memory")


def bits(losses) -> np.ndarray:
    """Each pair's NLL per target token, in bits."""
    return losses.normalised / math.log(2)


def group_rows(grouping: np.ndarray, start: np.ndarray, selecting: np.ndarray,
               reference: np.ndarray) -> List[Dict]:
    """Per memory label: the share of pairs, their mean loss at the start and at both
    ends, and each run's change."""
    rows = []
    for label, name in GROUPS.items():
        inside = grouping == label
        if not inside.any():
            continue
        rows.append({
            "group": name, "pairs": int(inside.sum()), "share": float(inside.mean()),
            "start": float(start[inside].mean()), "selecting": float(selecting[inside].mean()),
            "reference": float(reference[inside].mean()),
            "change_selecting": float((selecting[inside] - start[inside]).mean()),
            "change_reference": float((reference[inside] - start[inside]).mean()),
        })
    return rows


def table(title: str, rows: List[Dict]) -> str:
    lines = [f"\n{title}\n",
             "| pairs, by label | pairs (share) | NLL at start | selecting at end | "
             "reference at end | change, selecting | change, reference | "
             "selecting − reference |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['group']} | {r['pairs']} ({r['share']:.2f}) | {r['start']:.3f} | "
                     f"{r['selecting']:.3f} | {r['reference']:.3f} | "
                     f"{r['change_selecting']:+.3f} | {r['change_reference']:+.3f} | "
                     f"{r['selecting'] - r['reference']:+.3f} |")
    return "\n".join(lines)


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="the data folder the runs were trained on")
    parser.add_argument("--seed", nargs=4, action="append", required=True,
                        metavar=("SEED", "START", "SELECTING", "REFERENCE"),
                        help="a seed and its three checkpoints (repeatable)")
    parser.add_argument("--sample", type=int, default=0,
                        help="score this many training pairs drawn at random (the same for "
                             "every checkpoint), not all of them: a quicker, noisier reading")
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help="also write every grouping's rows and the valid NLL per seed "
                             "here (GROUPINGS names the groupings)")
    args = parser.parse_args(argv)
    differences: Dict[str, List[float]] = {}
    recorded: Dict[str, Dict] = {}
    for seed, *paths in args.seed:
        start_path, selecting_path, reference_path = map(Path, paths)
        for path in (start_path, selecting_path, reference_path):
            if not path.is_file():
                parser.error(f"no checkpoint at {path}")
        boss = Boss(start_path, args.data)
        pairs = len(boss.train_set)
        ids = (np.sort(np.random.default_rng(0).choice(pairs, args.sample, replace=False))
               if 0 < args.sample < pairs else np.arange(pairs))
        losses, valid, valid_pairs = {}, {}, {}
        for name, path in (("start", start_path), ("selecting", selecting_path),
                           ("reference", reference_path)):
            boss.restore(path, int(seed))
            losses[name] = bits(pair_losses(boss.trainer.model, boss.train_set,
                                            2 * boss.max_tokens, ids))[ids]
            valid_losses = boss.losses("valid")
            valid[name] = valid_losses.per_token_bits()
            valid_pairs[name] = bits(valid_losses)
            print(f"seed {seed}: {name} = {path} (update {boss.num_updates}): train NLL "
                  f"{losses[name].mean():.3f}, valid NLL {valid[name]:.3f} bits",
                  flush=True)
        start_memory, end_memory = pair_memory(start_path), pair_memory(selecting_path)
        if len(start_memory) != pairs:
            sys.exit(f"error: the memory holds {len(start_memory)} pairs, {args.data}'s "
                     f"training set {pairs}: give the data the runs trained on")
        start_memory, end_memory = start_memory[ids], end_memory[ids]
        seed_record = recorded[seed] = {
            "checkpoints": {"start": str(start_path), "selecting": str(selecting_path),
                            "reference": str(reference_path)},
            "valid_nll": valid, "training_pairs_scored": int(len(ids))}
        for key, grouping in (("train_by_start_memory", start_memory),
                              ("train_by_end_memory", end_memory)):
            title = GROUPINGS[key]
            rows = seed_record[key] = group_rows(grouping, losses["start"],
                                                 losses["selecting"], losses["reference"])
            print(table(f"Seed {seed}, pairs grouped by {title}:", rows))
            for r in rows:
                differences.setdefault(f"{title}: {r['group']}", []).append(
                    r["selecting"] - r["reference"])
        # the valid pairs have no memory: grouped by the paper label's oracle at START
        # (per-token loss above the split's mean), what the memory approximates
        oracle = (valid_pairs["start"] > valid_pairs["start"].mean()).astype(np.int8)
        rows = seed_record["valid_by_start_oracle"] = group_rows(
            oracle, valid_pairs["start"], valid_pairs["selecting"], valid_pairs["reference"])
        print(table(f"Seed {seed}, valid pairs grouped by the paper label's oracle at the "
                    "start (0: loss below the valid set's mean, 1: above):", rows))
        for r in rows:
            differences.setdefault(f"valid pairs, oracle at the start: {r['group']}",
                                   []).append(r["selecting"] - r["reference"])
        moved = seed_record["label_changed_share"] = float(np.mean(start_memory != end_memory))
        print(f"\nSeed {seed}: the memory's label changed for {moved:.2f} of the pairs "
              f"between start and end; valid NLL, selecting − reference: "
              f"{valid['selecting'] - valid['reference']:+.3f} bits\n", flush=True)
    if len(args.seed) > 1:
        print("Over seeds, selecting − reference (bits per target token), "
              "mean ± std:")
        for group, values in differences.items():
            print(f"- {group}: {np.mean(values):+.3f} ± {np.std(values, ddof=1):.3f} "
                  f"({', '.join(f'{v:+.3f}' for v in values)})")
    if args.json:
        args.json.write_text(json.dumps({"sample": args.sample, "seeds": recorded}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
