"""A synthetic binarised translation corpus of any size, written straight to fairseq's
mmap format, for measuring start-up, memory and speed at millions of pairs
(``autoassist-tools scale``) without preparing real text.

The corpus looks like WMT subword data where the plug-in's costs depend on it: token
ids follow a Zipf law (exponent about 1.1, id 4 the most frequent: fairseq's four
specials come first), source lengths are lognormal with a mean of about 28 tokens and
target lengths the source's times a lognormal ratio of median 1, both clipped to
[1, 200] and counting the end-of-sentence token each sentence ends with.

It is made in blocks of :data:`BLOCK_PAIRS` pairs, each drawn from its own random
stream (seed, split, block number), so memory stays bounded whatever the size and a
pair is the same whether the corpus is written whole or in shards. The ``.idx`` is
written block by block in the layout of fairseq's
``MMapIndexedDataset.Index.writer`` (whose ``write`` builds a Python list of every
pointer: minutes and gigabytes at 20 million sentences).

Numpy only: importing this module does not load torch or fairseq.
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

import numpy as np

SOURCE, TARGET = "src", "tgt"
NUM_SPECIALS = 4  # fairseq's <s> <pad> </s> <unk>, ids 0-3
EOS = 2
# fairseq's mmap index: magic, version 1, dtype code, then count, sizes, pointers
# (fairseq/data/indexed_dataset.py, MMapIndexedDataset.Index and _code_to_dtype)
INDEX_MAGIC = b"MMIDIDX\x00\x00"
DTYPE_CODES = {np.dtype(np.uint16): 8, np.dtype(np.uint32): 9, np.dtype(np.int64): 5}
BLOCK_PAIRS = 250_000  # pairs drawn at once: ~7M tokens a side, ~130 MB of scratch
SUMMARY = "summary.json"
FORMAT_VERSION = 1
_TRAIN, _VALID = 0, 1  # random stream of each split


@dataclass(frozen=True)
class CorpusSpec:
    """Everything that decides the corpus's content; a cached corpus is reused only
    when its summary records the same spec."""

    pairs: int
    vocab_size: int = 32_000  # real tokens per side, beside fairseq's 4 specials
    seed: int = 1
    shards: int = 1
    valid_pairs: int = 500
    zipf_exponent: float = 1.1
    mean_length: float = 28.0  # tokens, end-of-sentence included, before clipping
    length_sigma: float = 0.55  # of the log source length
    ratio_sigma: float = 0.15  # of the log target/source length ratio
    max_length: int = 200
    format_version: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        if self.pairs < self.shards or self.shards < 1:
            raise ValueError(f"{self.pairs} pairs cannot make {self.shards} shard(s)")
        if self.vocab_size < 1 or self.max_length < 1 or self.valid_pairs < 1:
            raise ValueError("vocab_size, max_length and valid_pairs must be >= 1")

    @property
    def dtype(self) -> np.dtype:
        """fairseq's choice for the dictionary's size (best_fitting_int_dtype)."""
        return np.dtype(np.uint16 if self.vocab_size + NUM_SPECIALS < 65500 else np.uint32)


def data_path(root: Path, shards: int) -> str:
    """fairseq-train's data argument for a corpus written to ``root``."""
    if shards == 1:
        return str(root)
    return ":".join(str(root / f"shard{s}") for s in range(shards))


def shard_folders(root: Path, shards: int) -> List[Path]:
    return [root] if shards == 1 else [root / f"shard{s}" for s in range(shards)]


def disk_bytes(spec: CorpusSpec) -> int:
    """About what the corpus takes on disk (a little over, for the free-space check)."""
    per_pair = 2 * (spec.mean_length * spec.dtype.itemsize + 12)
    return int(1.05 * per_pair * (spec.pairs + spec.shards * spec.valid_pairs)) + (1 << 20)


def generation_bytes(spec: CorpusSpec) -> int:
    """About the memory writing the corpus takes: one block's uniforms, ids and tokens
    (8 + 8 + 2 bytes a token), with room to spare."""
    tokens = min(spec.pairs, BLOCK_PAIRS) * spec.mean_length * 1.2
    return int(2 * tokens * 18) + (64 << 20)


# ---- drawing ---------------------------------------------------------------------------

def zipf_cdf(spec: CorpusSpec) -> np.ndarray:
    """Cumulative probabilities of the real tokens, most frequent first."""
    weights = np.arange(1, spec.vocab_size + 1, dtype=np.float64) ** -spec.zipf_exponent
    cdf = np.cumsum(weights)
    return cdf / cdf[-1]


def _lengths(rng: np.random.Generator, count: int,
             spec: CorpusSpec) -> Tuple[np.ndarray, np.ndarray]:
    mu = np.log(spec.mean_length) - spec.length_sigma ** 2 / 2  # lognormal with that mean
    source = np.clip(np.rint(rng.lognormal(mu, spec.length_sigma, count)), 1, spec.max_length)
    ratio = rng.lognormal(0.0, spec.ratio_sigma, count)
    target = np.clip(np.rint(source * ratio), 1, spec.max_length)
    return source.astype(np.int32), target.astype(np.int32)


def _tokens(rng: np.random.Generator, sizes: np.ndarray, cdf: np.ndarray,
            dtype: np.dtype) -> np.ndarray:
    """Sentences back to back: Zipf ids, each sentence's last token the eos."""
    total = int(sizes.sum())
    ranks = np.searchsorted(cdf, rng.random(total), side="right")
    tokens = (np.minimum(ranks, len(cdf) - 1) + NUM_SPECIALS).astype(dtype)
    tokens[np.cumsum(sizes, dtype=np.int64) - 1] = EOS
    return tokens


@dataclass
class Block:
    """Pairs drawn together: each side's sizes and tokens back to back."""

    source_sizes: np.ndarray
    source_tokens: np.ndarray
    target_sizes: np.ndarray
    target_tokens: np.ndarray

    def slice(self, start: int, stop: int) -> "Block":
        def side(sizes: np.ndarray, tokens: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
            offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
            return sizes[start:stop], tokens[offsets[start]:offsets[stop]]

        return Block(*side(self.source_sizes, self.source_tokens),
                     *side(self.target_sizes, self.target_tokens))


def draw_block(spec: CorpusSpec, split: int, number: int, count: int,
               cdf: Optional[np.ndarray] = None) -> Block:
    """Block ``number`` of a split, from its own stream: the same pairs however the
    corpus is written."""
    cdf = zipf_cdf(spec) if cdf is None else cdf
    rng = np.random.default_rng([spec.seed, split, number])
    source_sizes, target_sizes = _lengths(rng, count, spec)
    return Block(source_sizes, _tokens(rng, source_sizes, cdf, spec.dtype),
                 target_sizes, _tokens(rng, target_sizes, cdf, spec.dtype))


def blocks(spec: CorpusSpec, split: int, pairs: int) -> Iterator[Tuple[int, Block]]:
    """``(first pair, block)`` over a split of ``pairs`` pairs."""
    cdf = zipf_cdf(spec)
    for number, start in enumerate(range(0, pairs, BLOCK_PAIRS)):
        yield start, draw_block(spec, split, number, min(BLOCK_PAIRS, pairs - start), cdf)


# ---- writing ---------------------------------------------------------------------------

class IndexWriter:
    """fairseq's mmap ``.idx``, a block of sizes at a time: the count is known first,
    so each block's sizes and pointers go straight to their places in the file."""

    def __init__(self, path: Path, count: int, dtype: np.dtype) -> None:
        self.count, self.itemsize = count, np.dtype(dtype).itemsize
        self.file = open(path, "wb")
        self.file.write(INDEX_MAGIC + struct.pack("<Q", 1)
                        + struct.pack("<B", DTYPE_CODES[np.dtype(dtype)])
                        + struct.pack("<Q", count))
        self.sizes_at = self.file.tell()
        self.pointers_at = self.sizes_at + 4 * count
        self.written = 0
        self.address = 0  # bytes of .bin so far

    def append(self, sizes: np.ndarray) -> None:
        sizes = np.asarray(sizes, dtype=np.int32)
        if self.written + len(sizes) > self.count:
            raise ValueError(f"more than the {self.count} sentences announced")
        ends = np.cumsum(sizes, dtype=np.int64) * self.itemsize
        pointers = self.address + np.concatenate([[0], ends[:-1]]).astype(np.int64)
        self.file.seek(self.sizes_at + 4 * self.written)
        self.file.write(sizes.tobytes())
        self.file.seek(self.pointers_at + 8 * self.written)
        self.file.write(pointers.tobytes())
        self.written += len(sizes)
        self.address += int(ends[-1]) if len(ends) else 0

    def close(self) -> None:
        self.file.close()
        if self.written != self.count:
            raise ValueError(f"{self.written} sentences written, {self.count} announced")


class SideWriter:
    """One ``{split}.src-tgt.{lang}.{bin,idx}`` pair of files."""

    def __init__(self, folder: Path, split: str, lang: str, count: int, dtype: np.dtype) -> None:
        prefix = folder / f"{split}.{SOURCE}-{TARGET}.{lang}"
        self.dtype = dtype
        self.data = open(f"{prefix}.bin", "wb")
        self.index = IndexWriter(Path(f"{prefix}.idx"), count, dtype)

    def append(self, sizes: np.ndarray, tokens: np.ndarray) -> None:
        self.data.write(np.ascontiguousarray(tokens, dtype=self.dtype).tobytes())
        self.index.append(sizes)

    def close(self) -> None:
        self.data.close()
        self.index.close()


class SplitWriter:
    """Both sides of one split in one folder."""

    def __init__(self, folder: Path, split: str, count: int, dtype: np.dtype) -> None:
        self.sides = (SideWriter(folder, split, SOURCE, count, dtype),
                      SideWriter(folder, split, TARGET, count, dtype))

    def append(self, block: Block) -> None:
        self.sides[0].append(block.source_sizes, block.source_tokens)
        self.sides[1].append(block.target_sizes, block.target_tokens)

    def close(self) -> None:
        for side in self.sides:
            side.close()


def shard_bounds(pairs: int, shards: int) -> List[Tuple[int, int]]:
    """Each shard's ``[start, stop)`` of the training pairs: contiguous, sizes within one."""
    edges = [pairs * s // shards for s in range(shards + 1)]
    return list(zip(edges[:-1], edges[1:]))


def write_dictionary(path: Path, counts: np.ndarray) -> None:
    """fairseq's dictionary text: ``symbol count`` per real token, in id order."""
    with open(path, "w") as out:
        out.writelines(f"w{i} {int(c)}\n" for i, c in enumerate(counts[NUM_SPECIALS:]))


@dataclass
class SideStats:
    tokens: int = 0
    longest: int = 0

    def add(self, sizes: np.ndarray) -> None:
        self.tokens += int(sizes.sum(dtype=np.int64))
        self.longest = max(self.longest, int(sizes.max(initial=0)))


def write_corpus(root: Path, spec: CorpusSpec, progress=None) -> Dict:
    """Write the corpus to ``root`` (replacing it) and return its summary, also saved
    as ``root/summary.json``. Built in a temporary sibling, renamed into place at the
    end: an interrupted run leaves no corpus that looks finished."""
    root = Path(root).absolute()
    root.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{root.name}.tmp-", dir=root.parent))
    started = time.perf_counter()
    try:
        folders = shard_folders(stage, spec.shards)
        for folder in folders:
            folder.mkdir(exist_ok=True)
        bounds = shard_bounds(spec.pairs, spec.shards)
        writers = [SplitWriter(folder, "train", stop - start, spec.dtype)
                   for folder, (start, stop) in zip(folders, bounds)]
        counts = [np.zeros(spec.vocab_size + NUM_SPECIALS, dtype=np.int64) for _ in range(2)]
        stats = (SideStats(), SideStats())
        for first, block in blocks(spec, _TRAIN, spec.pairs):
            last = first + len(block.source_sizes)
            for writer, (start, stop) in zip(writers, bounds):
                if start < last and first < stop:
                    writer.append(block.slice(max(start, first) - first, min(stop, last) - first))
            for side, (sizes, tokens) in enumerate(((block.source_sizes, block.source_tokens),
                                                    (block.target_sizes, block.target_tokens))):
                counts[side] += np.bincount(tokens, minlength=len(counts[side]))
                stats[side].add(sizes)
            if progress is not None:
                progress(last, spec.pairs)
        for writer in writers:
            writer.close()
        valid = draw_block(spec, _VALID, 0, spec.valid_pairs)
        for folder in folders:
            writer = SplitWriter(folder, "valid", spec.valid_pairs, spec.dtype)
            writer.append(valid)
            writer.close()
            write_dictionary(folder / f"dict.{SOURCE}.txt", counts[0])
            write_dictionary(folder / f"dict.{TARGET}.txt", counts[1])
        summary = {
            "spec": asdict(spec),
            "pairs": spec.pairs,
            "seed": spec.seed,
            "shards": [{"folder": "." if spec.shards == 1 else f"shard{s}", "pairs": stop - start}
                       for s, (start, stop) in enumerate(bounds)],
            "dictionary_size": spec.vocab_size + NUM_SPECIALS,
            "dtype": spec.dtype.name,
            "source_tokens": stats[0].tokens, "target_tokens": stats[1].tokens,
            "mean_source_length": stats[0].tokens / spec.pairs,
            "mean_target_length": stats[1].tokens / spec.pairs,
            "longest_source": stats[0].longest, "longest_target": stats[1].longest,
            "valid_pairs": spec.valid_pairs,
            "bytes_on_disk": sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()),
            "seconds": round(time.perf_counter() - started, 2),
        }
        (stage / SUMMARY).write_text(json.dumps(summary, indent=2) + "\n")
        os.chmod(stage, 0o755)
        if root.exists():
            shutil.rmtree(root)
        stage.rename(root)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return summary


def read_summary(root: Path) -> Optional[Dict]:
    """The summary of a finished corpus at ``root``, or ``None``."""
    try:
        return json.loads((Path(root) / SUMMARY).read_text())
    except (OSError, ValueError):
        return None


def cached_corpus(root: Path, spec: CorpusSpec, progress=None) -> Tuple[Dict, bool]:
    """``(summary, reused)``: the corpus at ``root`` if its summary records ``spec``,
    otherwise a newly written one."""
    summary = read_summary(root)
    if summary is not None and summary.get("spec") == asdict(spec):
        return summary, True
    return write_corpus(root, spec, progress), False
