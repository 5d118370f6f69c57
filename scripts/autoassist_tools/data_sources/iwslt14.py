"""IWSLT'14 German-English, from the raw release as users download it.

The ``de-en`` folder holds ``train.tags.de-en.{de,en}`` (one sentence a line, with
talk metadata lines in between) and ``IWSLT14.TED*.de-en.{de,en}.xml`` files (one
``<seg id="N">`` a line). The splits follow fairseq's
``examples/translation/prepare-iwslt14.sh``:

- train: the ``train.tags`` lines, without the ``<url>``, ``<talkid>`` and
  ``<keywords>`` lines and with the ``<title>``/``<description>`` tags (not their text)
  removed; we also drop ``<speaker>``, ``<reviewer>`` and ``<translator>`` lines, which
  fairseq leaves in as tokenised tag soup;
- valid: every 23rd line of the cleaned training data, train: the other lines;
- test: the concatenation of ``IWSLT14.TED.dev2010``, ``IWSLT14.TEDX.dev2012``,
  ``IWSLT14.TED.tst2010``, ``IWSLT14.TED.tst2011``, ``IWSLT14.TED.tst2012``.

Unlike fairseq's script we neither tokenise (Moses) nor lowercase: SentencePiece works
on raw text, and BLEU is computed on detokenised, cased output.
"""

import html
import re
from pathlib import Path
from typing import Dict, List, Tuple

from . import PrepareError
from .textio import read_lines

TEST_SETS = (
    "IWSLT14.TED.dev2010",
    "IWSLT14.TEDX.dev2012",
    "IWSLT14.TED.tst2010",
    "IWSLT14.TED.tst2011",
    "IWSLT14.TED.tst2012",
)
VALID_EVERY = 23

_METADATA = re.compile(
    r"^\s*<(url|talkid|keywords|speaker|reviewer|translator)\b", re.IGNORECASE
)
_KEPT_TAGS = re.compile(r"</?(?:title|description)>", re.IGNORECASE)
_SEG = re.compile(r'^\s*<seg id="?(\d+)"?\s*>(.*?)</seg>\s*$', re.S)


def strip_iwslt(line: str) -> str:
    """Markup rule for IWSLT text: title/description tags and XML entities."""
    line = _KEPT_TAGS.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return line


def _segments(path: Path) -> List[str]:
    return [m.group(2) for m in map(_SEG.match, read_lines(path)) if m]


def load_iwslt14(
    folder: Path, src: str, tgt: str
) -> Tuple[Dict[str, List[Tuple[str, str]]], Dict[str, int]]:
    """Raw train and test pairs (valid is carved from cleaned train later), plus the
    number of metadata lines dropped."""
    folder = Path(folder)
    if {src, tgt} != {"de", "en"}:
        raise PrepareError(
            f"IWSLT'14 is de-en: --src/--tgt must be de/en or en/de, got {src}/{tgt}"
        )
    if not folder.is_dir():
        raise PrepareError(
            f"{folder}: no such directory (expected the release's de-en folder)"
        )
    train = {lang: folder / f"train.tags.de-en.{lang}" for lang in (src, tgt)}
    tests = {
        name: {lang: folder / f"{name}.de-en.{lang}.xml" for lang in (src, tgt)}
        for name in TEST_SETS
    }
    missing = [str(p) for p in train.values() if not p.is_file()]
    missing += [
        str(p) for files in tests.values() for p in files.values() if not p.is_file()
    ]
    if missing:
        raise PrepareError("IWSLT'14 files missing: " + ", ".join(missing))

    src_lines, tgt_lines = read_lines(train[src]), read_lines(train[tgt])
    if len(src_lines) != len(tgt_lines):
        raise PrepareError(
            f"line counts differ: {train[src]} has {len(src_lines)} lines, "
            f"{train[tgt]} has {len(tgt_lines)} lines"
        )
    train_pairs, metadata = [], 0
    for s, t in zip(src_lines, tgt_lines):
        if _METADATA.match(s) or _METADATA.match(t):
            metadata += 1
        else:
            train_pairs.append((s, t))

    test_pairs = []
    for name, files in tests.items():
        s, t = _segments(files[src]), _segments(files[tgt])
        if len(s) != len(t):
            raise PrepareError(
                f"segment counts differ: {files[src]} has {len(s)} segments, "
                f"{files[tgt]} has {len(t)} segments"
            )
        test_pairs.extend(zip(s, t))
    stats = {"metadata_lines_dropped": metadata}
    return {"train": train_pairs, "test": test_pairs}, stats
