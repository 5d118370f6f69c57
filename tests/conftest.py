"""Shared fixtures: a tiny binarised corpus and a helper to run fairseq-train on it."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import List

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


class FixedAssistant:
    """Keep probabilities set by the test, per pair id."""

    def __init__(self, probabilities):
        self.probabilities = np.asarray(probabilities, dtype=float)
        self.num_pairs = len(self.probabilities)

    def keep_probability(self, ids):
        return self.probabilities[ids]


def pair_dataset(count: int, length, rng, vocab: int = 40):
    """A LanguagePairDataset of ``count`` pairs of random tokens; ``length(side)`` gives
    a sentence's length before EOS (drawn from ``rng`` as it likes)."""
    import torch
    from fairseq.data import Dictionary, LanguagePairDataset

    dictionary = Dictionary()
    for i in range(vocab):
        dictionary.add_symbol(f"w{i}")

    def sentence(side):
        return torch.LongTensor(rng.integers(4, len(dictionary), length(side)).tolist() + [2])

    src = [sentence("source") for _ in range(count)]
    tgt = [sentence("target") for _ in range(count)]
    return LanguagePairDataset(src, np.array([len(s) for s in src]), dictionary,
                               tgt, np.array([len(t) for t in tgt]), dictionary)


TINY_MODEL = [
    "--arch", "transformer",
    "--encoder-layers", "1", "--decoder-layers", "1",
    "--encoder-embed-dim", "32", "--decoder-embed-dim", "32",
    "--encoder-ffn-embed-dim", "64", "--decoder-ffn-embed-dim", "64",
    "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
    "--share-all-embeddings",
    "--optimizer", "adam", "--lr", "3e-3",
    "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "20",
    "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
    "--max-tokens", "400", "--cpu", "--seed", "1",
    "--log-format", "simple", "--log-interval", "5", "--no-epoch-checkpoints",
]


@pytest.fixture(scope="session")
def tiny_bin(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    text = corpus.write_text_corpus(root / "text")
    return corpus.binarise(text, root / "bin")


def fairseq_command(name: str, *args: str) -> List[str]:
    return [*corpus.fairseq_bin(name), *args]


# The paper's selection (the Assistant's choice, onset after the warm-up epochs, its keep
# probabilities as they are): the mechanisms most tests check were built for it, and it
# stays available. The defaults (selection off; the automatic onset and a keep-rate target
# for a run that selects) have their own tests.
PAPER_SELECTION = ["--assistant-selection", "paper"]


def train_command(data: Path, save_dir: Path, *extra: str, task: str = "autoassist_translation",
                  paper_selection: bool = True):
    selection = PAPER_SELECTION if task == "autoassist_translation" and paper_selection else []
    return fairseq_command(
        "fairseq-train", str(data), "--user-dir", str(REPO / "fairseq_autoassist"),
        "--task", task, "--save-dir", str(save_dir), *TINY_MODEL, *selection, *extra,
    )


# what the C++ runtime prints when fairseq-train aborts at exit
EXIT_ABORT = "terminate called without an active exception"


def run(command: List[str], timeout: float = 300) -> subprocess.CompletedProcess:
    """Run a command as the tests' fairseq runs run (one thread, no weights-only
    overrides). fairseq-train sometimes aborts at interpreter exit, after its
    "done training" line, with every checkpoint written (SIGABRT, "terminate called
    without an active exception"; plain fairseq too, docs/design.md "Checkpoints and
    safe loading"). That abort alone counts as success, as the benchmark harness
    counts it; the tests still check every file and log line the run wrote."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "OMP_NUM_THREADS": "1"}
    env.pop("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", None)
    env.pop("TORCH_FORCE_WEIGHTS_ONLY_LOAD", None)
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    if result.returncode == -signal.SIGABRT:
        # the harness's own mark of a finished run (imported here, not at start-up)
        from autoassist_tools.benchmark.training import DONE
        if DONE in result.stdout and result.stderr.rstrip().endswith(EXIT_ABORT):
            result.returncode = 0
    return result


def training_config(data: Path, *options_list: str):
    """fairseq-train's configuration for the task on ``data`` with these options."""
    from fairseq import options
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    parser = options.get_training_parser()
    args = options.parse_args_and_arch(parser, [
        str(data), "--user-dir", str(REPO / "fairseq_autoassist"),
        "--task", "autoassist_translation", *PAPER_SELECTION, *options_list,
    ])
    return convert_namespace_to_omegaconf(args)


def build_trainer(data: Path, *extra: str, criterion_class=None, adjust_cfg=None):
    """fairseq's own Trainer, in this process, on the tiny corpus with the task.

    ``criterion_class`` replaces the criterion by a subclass of the one the options
    name (a test double, e.g. one that fails once); ``adjust_cfg(cfg)`` may change the
    parsed configuration before anything is built from it.
    """
    from fairseq import tasks
    from fairseq.trainer import Trainer

    cfg = training_config(data, "--save-dir", str(data / "unused"), *TINY_MODEL, *extra)
    if adjust_cfg is not None:
        adjust_cfg(cfg)
    task = tasks.setup_task(cfg.task)  # the trainer loads the data (and the Assistant)
    model = task.build_model(cfg.model)
    criterion = task.build_criterion(cfg.criterion)
    if criterion_class is not None:
        criterion = criterion_class.build_criterion(cfg.criterion, task)
    trainer = Trainer(cfg, task, model, criterion)
    return trainer, task


def recorded_submissions(task) -> list:
    """Record every LossBatch the task hands to its Assistant worker (a spy)."""
    submitted = []
    submit = task.worker.submit

    def record(batch):
        submitted.append(batch)
        submit(batch)

    task.worker.submit = record
    return submitted


@pytest.fixture(scope="session")
def mini_bible(tmp_path_factory) -> Path:
    """The short verses of the embedded Bible sample, prepared as a user would (seconds):
    short, so that a batch of 128 tokens holds any of them. For the tools' end-to-end
    runs (the GPU round on the CPU, the harness's forks)."""
    root = tmp_path_factory.mktemp("mini-bible")
    for split, count in (("train", 300), ("valid", 30), ("test", 30)):
        sides = [(REPO / "data/bible-es-en" / f"{split}.{lang}").read_text().splitlines()
                 for lang in ("es", "en")]
        short = [(es, en) for es, en in zip(*sides)
                 if len(es.split()) <= 14 and len(en.split()) <= 14][:count]
        for lang, side in (("es", 0), ("en", 1)):
            (root / f"{split}.{lang}").write_text("\n".join(p[side] for p in short) + "\n")
    out = root / "bin"
    subprocess.run([
        sys.executable, str(REPO / "scripts/prepare_data.py"), "--source", "text",
        "--src", "es", "--tgt", "en", "--trainpref", str(root / "train"),
        "--validpref", str(root / "valid"), "--testpref", str(root / "test"),
        "--vocab-size", "600", "--out-dir", str(out), "--no-progress",
    ], check=True, capture_output=True, timeout=300)
    return out


def experiment(name: str):
    """A script of experiments/ as a module (experiments/ is not a package); a script
    that imports a sibling needs experiments/ on the path as well, as when it runs."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / "experiments" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def with_irreducible(folder: Path, seed: int = 1):
    """Made-up irreducible losses for every training pair of ``folder`` (tests of how
    they are read, not of how they are made: tests/test_irreducible.py)."""
    from fairseq_autoassist.irreducible import corpus_fingerprint, write_irreducible

    pairs = corpus_fingerprint(str(folder), "train", "src", "tgt")["pairs"]
    losses = np.random.default_rng(seed).uniform(0.5, 4.0, pairs)
    write_irreducible(str(folder), "train", "src", "tgt", losses, {"made_by": "a test"})
    return losses


def data_for_label(data: Path, tmp_path: Path, label: str) -> Path:
    """``data``, or a copy of it with what ``label`` reads per pair beside it."""
    from fairseq_autoassist.labels import label_class

    if not label_class(label).pair_inputs:
        return data
    copy = tmp_path / "data-with-inputs"
    shutil.copytree(data, copy)
    with_irreducible(copy)
    return copy
