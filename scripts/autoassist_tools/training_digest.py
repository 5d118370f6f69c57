"""A digest of what a short training run did, with the Assistant trained synchronously:
two spellings of a method (or two commits) train identically when their digests match.

Normally the Assistant learns on a background thread while fairseq's loader decides
pools of batches ahead of the Boss, so which weights a pool sees depends on thread
timing, and two runs of a selecting method differ run to run. Here each update's
losses are learnt before the next batch is drawn (the Assistant's worker is drained
after every update, fairseq's buffering thread is off), so a run is a function of its
options and data, and the digest (the Boss's parameters, the Assistant's state and the
pairs trained each epoch, in order) compares two of them exactly.

It runs fairseq's own Trainer in this process on a fairseq data folder; the plug-in is
the ``fairseq_autoassist`` this Python imports (printed on stderr), so the same command
checks another checkout's plug-in with that checkout first on ``PYTHONPATH``::

    autoassist-tools digest DATA --epochs 3 -- --assistant-selection paper
    PYTHONPATH=../old autoassist-tools digest DATA --epochs 3 -- \\
        --assistant-selection assistant --assistant-onset-agreement 0 --assistant-keep-rate 0
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Dict, List, Sequence

import numpy as np
import torch

# a model small enough that three epochs of a tiny corpus take seconds
SMALL_MODEL = [
    "--arch", "transformer",
    "--encoder-layers", "1", "--decoder-layers", "1",
    "--encoder-embed-dim", "32", "--decoder-embed-dim", "32",
    "--encoder-ffn-embed-dim", "64", "--decoder-ffn-embed-dim", "64",
    "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
    "--share-all-embeddings", "--optimizer", "adam", "--lr", "3e-3",
    "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "20",
    "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
    "--max-tokens", "400", "--cpu", "--seed", "1", "--num-workers", "0",
    "--assistant-lookahead", "4",
]


def _hash_arrays(arrays: Dict[str, object]) -> str:
    digest = hashlib.sha256()
    for key in sorted(arrays):
        value = arrays[key]
        if isinstance(value, dict):
            digest.update(f"{key}:{_hash_arrays(value)}".encode())
            continue
        digest.update(key.encode())
        if torch.is_tensor(value):
            value = value.detach().cpu().numpy()
        if isinstance(value, np.ndarray):
            digest.update(np.ascontiguousarray(value).tobytes())
        else:  # a number, a string, None: by its exact text
            digest.update(repr(value).encode())
    return digest.hexdigest()[:16]


def training_digest(data: Path, options: Sequence[str], epochs: int = 3,
                    model: Sequence[str] = tuple(SMALL_MODEL)) -> Dict[str, object]:
    """Train ``epochs`` epochs of ``--task autoassist_translation`` with ``options``,
    the Assistant synchronous; the digest of what it did."""
    import fairseq_autoassist
    from fairseq import options as fairseq_options
    from fairseq import tasks
    from fairseq import utils as fairseq_utils
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    torch.set_num_threads(1)
    plugin = str(Path(fairseq_autoassist.__file__).resolve().parent)
    print(f"plug-in: {plugin}", file=sys.stderr)
    parser = fairseq_options.get_training_parser()
    args = fairseq_options.parse_args_and_arch(parser, [
        str(data), "--user-dir", plugin, "--task", "autoassist_translation",
        "--data-buffer-size", "0", "--save-dir", str(Path(data) / "unused"),
        *model, *options])
    cfg = convert_namespace_to_omegaconf(args)
    np.random.seed(cfg.common.seed)  # as fairseq_cli/train.py does before building
    fairseq_utils.set_torch_seed(cfg.common.seed)
    task = tasks.setup_task(cfg.task)
    trainer = Trainer(cfg, task, task.build_model(cfg.model),
                      task.build_criterion(cfg.criterion))
    epoch_itr = trainer.get_train_iterator(epoch=1, load_dataset=True)
    epochs_trained: List[List[object]] = []
    try:
        for _ in range(epochs):
            ids = []
            for sample in epoch_itr.next_epoch_itr(shuffle=True):
                ids.append(sample["id"].numpy())
                trainer.train_step([sample])
                task.worker.drain(timeout=60)  # learnt before the next batch is drawn
            ids = np.concatenate(ids)
            # the pairs the Boss trained on this epoch, in order
            epochs_trained.append([len(ids), hashlib.sha256(ids.tobytes()).hexdigest()[:12]])
            epoch_itr = trainer.get_train_iterator(epoch_itr.next_epoch_idx,
                                                   load_dataset=False)
        assistant = task.run.state_dict()
    finally:
        task.worker.close()
    return {"updates": trainer.get_num_updates(),
            "boss": _hash_arrays(dict(trainer.model.state_dict())),
            "assistant": _hash_arrays(assistant),
            "pairs_per_epoch": epochs_trained}


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="a fairseq data folder (prepare_data.py)")
    parser.add_argument("--epochs", type=int, default=3, help="epochs to train")
    argv = list(sys.argv[1:] if argv is None else argv)
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])  # after --: the task's options
    print(json.dumps(training_digest(args.data, argv[split + 1:], args.epochs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
