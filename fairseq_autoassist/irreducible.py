"""Irreducible losses as data: one float16 per training pair, beside the binarised data.

A pair's *irreducible loss* (RHO-LOSS, Mindermann et al., ICML 2022) is the loss of a
small model that never trained on it; a label then prefers the pairs whose Boss loss
is far above it (learnable, not yet learnt) over those that are merely noisy. The
losses are made once per corpus by ``autoassist-tools irreducible`` (two half models,
each scoring the half it did not see) and read by training, so they live beside the
data they describe, one file per shard folder:

- ``<folder>/<split>.<src>-<tgt>.irreducible.npy``: a standard ``.npy`` of float16, one
  per pair, by pair id (fairseq's pair ids of that folder's training set), so that
  ``np.load(path, mmap_mode="r")`` maps it without reading it (2 bytes per pair);
  the value is the pair's NLL per target token, in nats;
- ``<same stem>.json``: the format version, the number of pairs, a fingerprint of the
  corpus it was made from, and what the tool records (its command, the half models'
  settings, the seed of the half split, its cost).

The stem is the binarised data's own ``<split>.<a>-<b>`` (fairseq also reads data
binarised in the other direction, ``<split>.<tgt>-<src>.<lang>``); a file for the
direction opposite to the binarised one adds ``.<src>-<tgt>`` after ``irreducible``.
Never ``<split>.<tgt>-<src>.irreducible.npy`` for reversed data: fairseq infers a
folder's language pair from the first file name whose second part is ``x-y``
(``data_utils.infer_language_pair``), and such a name would flip the direction a run
without ``--source-lang`` trains.

The fingerprint is the sha256 of the split's source and target ``.idx`` files (they
hold every pair's size and position, so a corpus with other sentences, or the same
sentences in another order, differs) and of the folder's two dictionaries: losses made
from another corpus are refused rather than silently attached to other pairs.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Optional

import numpy as np

from .labels import label_class
from .labels.reducible import IRREDUCIBLE

FORMAT_VERSION = 1
BYTES_PER_PAIR = 2
DTYPE = np.float16
UNITS = "NLL per target token (natural log), of a model that did not train on the pair"
TOOL = "autoassist-tools irreducible"
# the sidecar's own keys, which the tool's ``info`` may not replace
_RESERVED = ("format_version", "pairs", "dtype", "bytes_per_pair", "units", "corpus",
             "values_sha256")


def _binarised(prefix: str, lang: str) -> bool:
    return os.path.exists(f"{prefix}{lang}.idx") and os.path.exists(f"{prefix}{lang}.bin")


def binarised_prefixes(folder: str, split: str, src: str, tgt: str) -> List[str]:
    """The prefixes (``<folder>/<split>.<a>-<b>.``) of the parts fairseq's training set
    holds, found as ``load_langpair_dataset`` finds them: ``<split>``, then
    ``<split>1``, ``<split>2``... (fairseq-train concatenates them), each binarised in
    the trained direction or, failing that, the other. Empty when there is none."""
    prefixes = []
    for k in itertools.count():
        part = split + (str(k) if k > 0 else "")
        for a, b in ((src, tgt), (tgt, src)):
            prefix = os.path.join(folder, f"{part}.{a}-{b}.")
            if _binarised(prefix, src) and _binarised(prefix, tgt):
                prefixes.append(prefix)
                break
        else:
            return prefixes


def irreducible_path(folder: str, split: str, src: str, tgt: str) -> Path:
    """Where the irreducible losses of ``folder``'s ``split`` in the direction
    ``src``-``tgt`` live (see the module's docstring for the name)."""
    prefixes = binarised_prefixes(folder, split, src, tgt)
    stem = os.path.basename(prefixes[0])[:-1] if prefixes else f"{split}.{src}-{tgt}"
    reversed_data = stem != f"{split}.{src}-{tgt}"
    name = f"{stem}.irreducible" + (f".{src}-{tgt}" if reversed_data else "") + ".npy"
    return Path(folder) / name


def sidecar_path(folder: str, split: str, src: str, tgt: str) -> Path:
    """The JSON beside the losses (same stem)."""
    return irreducible_path(folder, split, src, tgt).with_suffix(".json")


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _count_pairs(prefix: str, lang: str) -> int:
    from fairseq.data import data_utils

    dataset = data_utils.load_indexed_dataset(prefix + lang, None)
    if dataset is None:
        raise ValueError(f"cannot read the binarised data {prefix}{lang}.idx/.bin")
    return len(dataset)


def corpus_fingerprint(folder: str, split: str, src: str, tgt: str) -> dict:
    """What identifies the pairs of ``folder``'s ``split``: the number of pairs and the
    sha256 of every part's source and target ``.idx`` and of the folder's dictionaries
    (``None`` for a dictionary the folder lacks: a shard may use the first folder's).
    Raises ``ValueError`` when the folder holds no binarised ``split`` for the pair."""
    prefixes = binarised_prefixes(folder, split, src, tgt)
    if not prefixes:
        raise ValueError(
            f"{folder} holds no binarised {split} data for {src}-{tgt} (looked for "
            f"{split}.{src}-{tgt}.{{{src},{tgt}}}.idx/.bin and {split}.{tgt}-{src}.*): give "
            "a folder made by `autoassist-tools prepare` (or fairseq-preprocess), or the "
            "languages it holds with --source-lang/--target-lang")
    files: Dict[str, Optional[str]] = {}
    pairs = 0
    for prefix in prefixes:
        pairs += _count_pairs(prefix, src)
        for lang in (src, tgt):
            path = f"{prefix}{lang}.idx"
            files[os.path.basename(path)] = _sha256(path)
    for lang in (src, tgt):
        path = os.path.join(folder, f"dict.{lang}.txt")
        files[os.path.basename(path)] = _sha256(path) if os.path.exists(path) else None
    return {"split": split, "source": src, "target": tgt, "pairs": pairs, "sha256": files}


def _values_sha256(values: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(values, dtype=DTYPE).tobytes()).hexdigest()


def _replace_atomically(path: Path, write) -> None:
    """``write(handle)`` into a temporary file of ``path``'s folder, then rename it over
    ``path``: a reader never sees a half-written file."""
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False)
    try:
        with handle:
            write(handle)
        os.replace(handle.name, path)
    except BaseException:
        if os.path.exists(handle.name):
            os.unlink(handle.name)
        raise


def write_irreducible(folder: str, split: str, src: str, tgt: str, losses: np.ndarray,
                      info: Dict[str, Any], overwrite: bool = False) -> Path:
    """Write the irreducible losses of ``folder``'s ``split`` (one per pair, by pair id)
    and their sidecar holding ``info`` (the tool's command, settings, seed, cost), each
    atomically. Refuses values that are not finite in float16, a length other than the
    corpus's, and an existing file unless ``overwrite``."""
    path = irreducible_path(folder, split, src, tgt)
    sidecar = path.with_suffix(".json")
    if not overwrite and (path.exists() or sidecar.exists()):
        raise FileExistsError(
            f"{path} already exists: pass overwrite=True ({TOOL} --overwrite) to replace "
            "it, or delete it")
    clashes = sorted(set(info) & set(_RESERVED))
    if clashes:
        raise ValueError(f"info may not set the sidecar's own keys {clashes}")
    corpus = corpus_fingerprint(folder, split, src, tgt)
    losses = np.asarray(losses)
    if losses.ndim != 1 or len(losses) != corpus["pairs"]:
        raise ValueError(
            f"{len(losses) if losses.ndim == 1 else losses.shape} irreducible losses for "
            f"{corpus['pairs']} pairs in {folder} ({split}): give one loss per pair, by "
            "pair id")
    with np.errstate(over="ignore", invalid="ignore"):  # refused just below
        values = losses.astype(DTYPE)
    bad = ~np.isfinite(values)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise ValueError(
            f"{int(bad.sum())} irreducible losses are NaN or infinite in float16 (the "
            f"first: pair {first}, {losses[first]!r}); every pair needs a finite loss "
            f"below {float(np.finfo(DTYPE).max):g}")
    metadata = {
        "format_version": FORMAT_VERSION, "pairs": int(len(values)),
        "dtype": np.dtype(DTYPE).name, "bytes_per_pair": BYTES_PER_PAIR, "units": UNITS,
        "corpus": corpus, "values_sha256": _values_sha256(values), **info,
    }
    _replace_atomically(path, lambda handle: np.save(handle, values, allow_pickle=False))
    _replace_atomically(sidecar, lambda handle: handle.write(
        (json.dumps(metadata, indent=1, sort_keys=True) + "\n").encode()))
    return path


def read_sidecar(folder: str, split: str, src: str, tgt: str) -> Dict[str, Any]:
    """The sidecar of the irreducible losses of ``folder``'s ``split`` (what made them)."""
    path = sidecar_path(folder, split, src, tgt)
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise ValueError(_missing(folder, split, src, tgt, path)) from None


def _missing(folder: str, split: str, src: str, tgt: str, path: Path) -> str:
    return (f"no irreducible losses for {folder} ({split}, {src}-{tgt}): {path} is "
            f"missing. Make them first: {TOOL} --data {folder} (with every shard of a "
            "sharded corpus: --data DIR1:DIR2:...)")


def load_irreducible(folder: str, split: str, src: str, tgt: str,
                     num_pairs: int) -> np.ndarray:
    """The irreducible losses of ``folder``'s ``split``, memory-mapped (float16, one per
    pair by pair id). Raises ``ValueError`` naming the problem and its fix when the
    file is missing, was made from another corpus, holds another number of pairs than
    ``num_pairs``, or holds a value that is NaN or infinite."""
    path = irreducible_path(folder, split, src, tgt)
    if not path.exists():
        raise ValueError(_missing(folder, split, src, tgt, path))
    metadata = read_sidecar(folder, split, src, tgt)
    rerun = f"re-run {TOOL} --data {folder} --overwrite"
    if metadata.get("format_version") != FORMAT_VERSION:
        raise ValueError(
            f"{path} has format version {metadata.get('format_version')!r}, this code "
            f"reads version {FORMAT_VERSION}: {rerun}")
    corpus = corpus_fingerprint(folder, split, src, tgt)
    if metadata.get("corpus") != corpus:
        made = metadata.get("corpus") or {}
        raise ValueError(
            f"{path} was made from another corpus than {folder} holds now (its fingerprint "
            f"differs: {made.get('pairs')} pairs then, {corpus['pairs']} now, or other "
            f"sentences or dictionaries): its losses would be read for other pairs. "
            f"{rerun.capitalize()}")
    values = np.load(path, mmap_mode="r", allow_pickle=False)
    if values.dtype != DTYPE or values.ndim != 1:
        raise ValueError(f"{path} holds {values.dtype} of shape {values.shape}, not one "
                         f"float16 per pair: {rerun}")
    if len(values) != num_pairs or len(values) != metadata.get("pairs"):
        raise ValueError(
            f"{path} holds {len(values)} irreducible losses, the training set has "
            f"{num_pairs} pairs: the losses belong to another split, direction or "
            f"corpus; {rerun} (with the --data, --source-lang and --target-lang of the "
            "training run)")
    if not np.isfinite(values).all():
        raise ValueError(
            f"{path} holds {int((~np.isfinite(values)).sum())} NaN or infinite losses (a "
            f"damaged file): {rerun}")
    if _values_sha256(values) != metadata.get("values_sha256"):
        raise ValueError(f"{path} does not hold the values its sidecar records (a file "
                         f"replaced by hand, or a write cut short): {rerun}")
    return values


def label_pair_inputs(label: str, folder: str, split: str, src: str, tgt: str,
                      num_pairs: int) -> Dict[str, np.ndarray]:
    """What label ``label`` reads per pair of ``folder``'s ``split`` besides the Boss's
    losses (its ``pair_inputs``: the irreducible losses of ``reducible``, memory-mapped),
    for training and the selection probe alike; a ``ValueError`` naming the fix when a
    file is missing or made from another corpus."""
    inputs: Dict[str, np.ndarray] = {}
    if IRREDUCIBLE in label_class(label).pair_inputs:
        inputs[IRREDUCIBLE] = load_irreducible(folder, split, src, tgt, num_pairs)
    return inputs
