"""From cleaned pairs to a fairseq data directory: splits, SentencePiece, binaries.

Everything is written into a temporary sibling of the output directory, which is
renamed into place only at the end: a failure at any step leaves an existing output
directory as it was.
"""

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Sequence, Tuple

from . import PrepareError
from .textio import write_lines

Pair = Tuple[str, str]
SPLITS = ("train", "valid", "test")


def progress_bar(enabled: bool, **kwargs):
    """A tqdm bar on stderr, or a do-nothing one; tqdm is imported lazily so that the
    library stays importable without it."""
    from tqdm import tqdm

    return tqdm(disable=not enabled, file=sys.stderr, dynamic_ncols=True, **kwargs)


# ---------------------------------------------------------------- output directory


def check_output_dir(out_dir: Path, overwrite: bool) -> None:
    """Refuse an output directory that already holds something, unless overwriting."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise PrepareError(f"{out_dir} exists and is not a directory")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not overwrite:
        raise PrepareError(
            f"{out_dir} already holds data; pass --overwrite to replace it"
        )


@contextmanager
def staged_output(out_dir: Path, overwrite: bool) -> Iterator[Path]:
    """Yield a fresh temporary directory beside ``out_dir``; on success it replaces
    ``out_dir``, on any exception it is removed and ``out_dir`` is left untouched."""
    out_dir = Path(out_dir).absolute()
    check_output_dir(out_dir, overwrite)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(stage, 0o777 & ~umask)  # mkdtemp's 0700 would outlive the rename.
    try:
        yield stage
        check_output_dir(out_dir, overwrite)  # Someone may have written it meanwhile.
        old = None
        if out_dir.exists():
            old = Path(
                tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent)
            )
            old.rmdir()
            out_dir.rename(old)
        stage.rename(out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


# ---------------------------------------------------------------------- splitting


def carve_random(
    pairs: Sequence[Pair], n_valid: int, n_test: int, seed: int
) -> Dict[str, List[Pair]]:
    """Draw ``n_valid`` and ``n_test`` pairs at random (fixed seed); the rest is train.
    Every split keeps the corpus order."""
    if n_valid < 0 or n_test < 0:
        raise PrepareError(
            f"split sizes must be >= 0, got valid {n_valid}, test {n_test}"
        )
    if n_valid + n_test >= len(pairs):
        raise PrepareError(
            f"cannot hold out {n_valid} valid + {n_test} test pairs from a corpus of "
            f"{len(pairs)} cleaned pairs; lower --valid-size/--test-size"
        )
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    valid = sorted(order[:n_valid])
    test = sorted(order[n_valid : n_valid + n_test])
    held = set(valid) | set(test)
    return {
        "train": [p for i, p in enumerate(pairs) if i not in held],
        "valid": [pairs[i] for i in valid],
        "test": [pairs[i] for i in test],
    }


def carve_every(pairs: Sequence[Pair], every: int) -> Dict[str, List[Pair]]:
    """fairseq's IWSLT convention: line number (1-based) divisible by ``every`` is
    valid, the others train."""
    return {
        "train": [p for i, p in enumerate(pairs, start=1) if i % every != 0],
        "valid": [p for i, p in enumerate(pairs, start=1) if i % every == 0],
    }


def sample_splits(
    splits: Dict[str, List[Pair]], sizes: Dict[str, int], seed: int
) -> Dict[str, List[Pair]]:
    """A deterministic random subset of each split, in corpus order."""
    out = {}
    for split, pairs in splits.items():
        k = min(sizes[split], len(pairs))
        chosen = sorted(random.Random(f"{seed}-{split}").sample(range(len(pairs)), k))
        out[split] = [pairs[i] for i in chosen]
    return out


def write_text_splits(folder: Path, splits: Dict[str, List[Pair]], src: str, tgt: str):
    folder.mkdir(parents=True, exist_ok=True)
    for split, pairs in splits.items():
        write_lines(folder / f"{split}.{src}", (s for s, _ in pairs))
        write_lines(folder / f"{split}.{tgt}", (t for _, t in pairs))


# ------------------------------------------------------------------ SentencePiece


@dataclass
class SpmSettings:
    vocab_size: int = 8000
    model_type: str = "unigram"
    character_coverage: float = 1.0
    seed: int = 1


def train_sentencepiece(
    train: Sequence[Pair], prefix: Path, settings: SpmSettings, progress: bool
) -> None:
    """A joint model over both sides of the training data, written to PREFIX.model and
    PREFIX.vocab. Single-threaded, every sentence used in corpus order, fixed seed, and
    fed from memory so that no temporary path ends up inside the model: two runs give
    byte-identical files."""
    import sentencepiece as spm

    spm.set_random_generator_seed(settings.seed)
    model = io.BytesIO()
    with progress_bar(progress, total=1, desc="SentencePiece", unit="model") as bar:
        try:
            spm.SentencePieceTrainer.train(
                sentence_iterator=iter([s for pair in train for s in pair]),
                model_writer=model,
                vocab_size=settings.vocab_size,
                model_type=settings.model_type,
                character_coverage=settings.character_coverage,
                input_sentence_size=0,
                shuffle_input_sentence=False,
                num_threads=1,
                max_sentence_length=1 << 16,
                minloglevel=2,
            )
        except RuntimeError as err:
            raise PrepareError(
                f"SentencePiece training failed: {err} (with {len(train)} training pairs; "
                "a smaller --vocab-size may fit)"
            ) from None
        bar.update(1)
    Path(f"{prefix}.model").write_bytes(model.getvalue())
    processor = spm.SentencePieceProcessor(model_proto=model.getvalue())
    write_lines(
        Path(f"{prefix}.vocab"),
        (
            f"{processor.id_to_piece(i)}\t{processor.get_score(i):g}"
            for i in range(processor.get_piece_size())
        ),
    )


def encode_splits(
    model: Path,
    splits: Dict[str, List[Pair]],
    folder: Path,
    src: str,
    tgt: str,
    progress: bool,
) -> Dict[str, Dict[str, int]]:
    """Write SentencePiece pieces, space-separated, for fairseq-preprocess; return the
    number of pieces per split and side."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(model))
    tokens: Dict[str, Dict[str, int]] = {}
    total = sum(len(pairs) for pairs in splits.values())
    with progress_bar(progress, total=total, desc="encode", unit="pair") as bar:
        for split, pairs in splits.items():
            counts = {src: 0, tgt: 0}
            for side, lang in enumerate((src, tgt)):
                lines = [pair[side] for pair in pairs]
                pieces = processor.encode(lines, out_type=str)
                counts[lang] = sum(len(p) for p in pieces)
                write_lines(folder / f"{split}.{lang}", (" ".join(p) for p in pieces))
            bar.update(len(pairs))
            tokens[split] = counts
    return tokens


# ----------------------------------------------------------------- binarisation


def fairseq_preprocess_command() -> List[str]:
    script = Path(sys.executable).parent / "fairseq-preprocess"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "fairseq_cli.preprocess"]


def binarise(
    pieces: Path, dest: Path, src: str, tgt: str, splits: Sequence[str], progress: bool
) -> None:
    """fairseq-preprocess with a joined dictionary built from the training pieces."""
    command = fairseq_preprocess_command() + [
        "--source-lang",
        src,
        "--target-lang",
        tgt,
        "--destdir",
        str(dest),
        "--joined-dictionary",
        "--workers",
        "1",
    ]
    for split in splits:
        command += [f"--{split}pref", str(pieces / split)]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    log: List[str] = []
    with progress_bar(
        progress, total=2 * len(splits), desc="binarise", unit="file"
    ) as bar:
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for line in proc.stdout:
            log.append(line.rstrip("\n"))
            if " sents, " in line:
                bar.update(1)
        code = proc.wait()
    if code != 0:
        tail = "\n".join(log[-15:])
        raise PrepareError(f"fairseq-preprocess failed with exit code {code}:\n{tail}")


def line_count(path: Path) -> int:
    """Lines in a text file (a fairseq dictionary file lacks its 4 special symbols)."""
    with open(path, encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def write_json(path: Path, data) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
