"""Cleaning rules for parallel text, each one counted.

Rules, in the order they run (the names are the keys of the reported counts):

- ``markup``: markup removed by the source's own stripper (OSIS for the Bible, XML tags
  for IWSLT, tag-shaped ``<...>`` and character entities for plain text). Counts pairs
  changed.
- ``control_chars``: C0/C1 control characters that are not whitespace, and invisible
  format characters (zero-width spaces, byte-order marks, soft hyphens, direction
  marks) removed; ZWJ/ZWNJ are kept, some scripts need them. Counts pairs changed.
- ``unicode_nfc``: text put in Unicode NFC, so that one letter has one encoding.
  Counts pairs changed.
- ``whitespace``: every run of Unicode whitespace (tabs, no-break spaces, ...) becomes
  one space; leading and trailing whitespace removed. Counts pairs changed.
- ``empty``: pairs with an empty side dropped.
- ``too_long``: pairs with more than ``max_words`` whitespace-separated words on either
  side dropped (training data only).
- ``length_ratio``: pairs whose longer side has more than ``max_ratio`` times the words
  of the shorter side dropped (training data only).

Nothing is truncated: a pair is kept whole or dropped and counted.
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Tuple

Pair = Tuple[str, str]

RULES = (
    "markup",
    "control_chars",
    "unicode_nfc",
    "whitespace",
    "empty",
    "too_long",
    "length_ratio",
)

_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ, ZWJ: meaningful in Persian, Indic scripts.
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*/?>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def strip_tags(line: str) -> str:
    """Generic markup stripper for plain text: removes tag-shaped ``<name ...>``
    sequences (but not a lone ``<`` or ``a < b``) and decodes character entities."""
    if "<" in line:
        line = _TAG.sub(" ", line)
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line)
    return line


def remove_control_chars(line: str) -> str:
    if line.isprintable():
        return line
    out = []
    for char in line:
        category = unicodedata.category(char)
        if category == "Cc" and not char.isspace():
            continue
        if category == "Cf" and char not in _KEEP_FORMAT:
            continue
        out.append(char)
    return "".join(out)


def normalise_whitespace(line: str) -> str:
    return " ".join(line.split())


@dataclass
class CleaningRules:
    """Length limits for training pairs; see the module docstring for all rules."""

    max_words: int = 80
    max_ratio: float = 9.0

    def __post_init__(self):
        if self.max_words < 1:
            raise ValueError(f"max_words must be at least 1, got {self.max_words}")
        if self.max_ratio < 1.0:
            raise ValueError(f"max_ratio must be at least 1, got {self.max_ratio}")


def clean_pairs(
    pairs: Iterable[Pair],
    rules: CleaningRules,
    strip_markup: Optional[Callable[[str], str]] = strip_tags,
    filter_lengths: bool = True,
    progress: Optional[Callable[[Iterable], Iterable]] = None,
) -> Tuple[List[Pair], Dict[str, int]]:
    """Apply the rules to ``pairs``; return the kept pairs and a count per rule
    (plus ``input`` and ``kept``). ``filter_lengths=False`` skips ``too_long`` and
    ``length_ratio``, for reference sets that must stay complete."""
    counts = {"input": 0, **{rule: 0 for rule in RULES}, "kept": 0}
    kept = []
    iterator = progress(pairs) if progress is not None else pairs
    for src, tgt in iterator:
        counts["input"] += 1
        if strip_markup is not None:
            new = (strip_markup(src), strip_markup(tgt))
            if new != (src, tgt):
                counts["markup"] += 1
                src, tgt = new
        for rule, func in (
            ("control_chars", remove_control_chars),
            ("unicode_nfc", lambda s: unicodedata.normalize("NFC", s)),
            ("whitespace", normalise_whitespace),
        ):
            new = (func(src), func(tgt))
            if new != (src, tgt):
                counts[rule] += 1
                src, tgt = new
        if not src or not tgt:
            counts["empty"] += 1
            continue
        if filter_lengths:
            src_words = src.count(" ") + 1
            tgt_words = tgt.count(" ") + 1
            if max(src_words, tgt_words) > rules.max_words:
                counts["too_long"] += 1
                continue
            if max(src_words, tgt_words) > rules.max_ratio * min(src_words, tgt_words):
                counts["length_ratio"] += 1
                continue
        kept.append((src, tgt))
    counts["kept"] = len(kept)
    return kept, counts
