"""A small synthetic parallel corpus, binarised with fairseq-preprocess, for fast tests.

The "translation" is a word-for-word mapping, so a tiny Transformer learns it within
a few epochs; pairs whose source contains a *noisy* word get random targets, so their
losses stay high and the Assistant has something to learn.
"""
from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

from autoassist_tools.benchmark.training import fairseq_bin  # one rule for both

VOCAB = [f"w{i}" for i in range(60)]
NOISY = {"w0", "w1", "w2"}


def _pair(rng: random.Random) -> tuple:
    source = [rng.choice(VOCAB) for _ in range(rng.randint(3, 12))]
    if NOISY & set(source):
        target = [f"t{rng.randrange(60)}" for _ in range(rng.randint(3, 12))]
    else:
        target = [f"t{w[1:]}" for w in reversed(source)]
    return " ".join(source), " ".join(target)


def write_text_corpus(directory: Path, sizes=(("train", 800), ("valid", 60), ("test", 60)),
                      seed: int = 1) -> Path:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for split, count in sizes:
        pairs = [_pair(rng) for _ in range(count)]
        (directory / f"{split}.src").write_text("\n".join(p[0] for p in pairs) + "\n")
        (directory / f"{split}.tgt").write_text("\n".join(p[1] for p in pairs) + "\n")
    return directory


def binarise(text_dir: Path, out_dir: Path) -> Path:
    subprocess.run(
        [
            *fairseq_bin("fairseq-preprocess"),
            "--source-lang", "src", "--target-lang", "tgt",
            "--trainpref", str(text_dir / "train"),
            "--validpref", str(text_dir / "valid"),
            "--testpref", str(text_dir / "test"),
            "--destdir", str(out_dir), "--joined-dictionary", "--workers", "1",
        ],
        check=True, capture_output=True, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    return out_dir
