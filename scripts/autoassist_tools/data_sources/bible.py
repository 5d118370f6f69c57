"""Spanish-English Bible, offline, from Debian's SWORD modules.

``sword-text-sparv`` holds the Reina-Valera 1909 (module ``spaRV1909eb``, KJV
versification) and ``sword-text-web`` the World English Bible (module
``engWEB2015eb``, NRSVA versification, with the deuterocanon). ``mod2imp`` from
``libsword-utils`` exports a module as "imp" text: a ``$$$Book C:V`` key line, then the
entry's OSIS markup. Keys use English book names in both modules, so verses are aligned
by key: the canonical verses present in both (chapter and verse above 0), in the source
module's order. Both texts are in the public domain.
"""

import html
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from . import PrepareError
from .textio import decode_lines

MODULES = {"es": "spaRV1909eb", "en": "engWEB2015eb"}
PACKAGES = ("libsword-utils", "sword-text-sparv", "sword-text-web")
INSTALL_HINT = "apt-get install -y " + " ".join(PACKAGES)

_VERSE_KEY = re.compile(r"^(.+) (\d+):(\d+)$")

# Elements dropped with their content: footnotes (and the references, catch-words and
# alternative readings inside them), the WEB's speaker labels in the Song of Songs
# (absent from the RV1909), and editorial headings. Canonical psalm titles are text
# in both translations and are kept.
_NOTE = re.compile(r"<note\b[^>]*/>|<note\b[^>]*>.*?</note>", re.S)
_SPEAKER = re.compile(r"<speaker\b[^>]*>.*?</speaker>", re.S)
_TITLE = re.compile(r"<title\b([^>]*)>(.*?)</title>", re.S)
# Structural tags: a word boundary may hide behind them ("God<note/>created").
_BLOCK = re.compile(
    r"</?(?:div|l|lg|lb|p|chapter|milestone|list|item|verse|title|table|row|cell)\b"
    r"[^>]*>"
)
# Two word-level elements side by side ("los animales</w><transChange>silvestres") are
# two words; inside a word ("repartiéron<transChange>lo") the tag touches letters.
_ADJACENT = re.compile(
    r"</(?:w|transChange|q|seg|name|divineName)>"
    r"(?=<(?:w|transChange|q|seg|name|divineName)\b)"
)
# Everything else (<w lemma=...>, <transChange>, <q>, <seg>, <name>, ...) is inline:
# the tags go, the words stay.
_ANY_TAG = re.compile(r"<[^<>]*>")
_BOUNDARY = "\x00"
_MARKS = re.compile(_BOUNDARY + "+")
_OPENERS = "([{\u201c\u2018\u00ab\u00bf\u00a1"


def _boundary(match: re.Match) -> str:
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else " "
    after = text[match.end()] if match.end() < len(text) else " "
    if before.isspace() or before in _OPENERS or after.isspace():
        return ""
    if after.isalnum() or after in _OPENERS:
        return " "
    return ""


def _title(match: re.Match) -> str:
    attributes, content = match.group(1), match.group(2)
    if 'canonical="true"' in attributes:
        return _BOUNDARY + content + _BOUNDARY
    return _BOUNDARY


def strip_osis(text: str) -> str:
    """Plain text of one OSIS entry: notes, speaker labels and non-canonical headings
    removed with their content, every other tag removed, entities decoded."""
    if "<" in text:
        text = _NOTE.sub(_BOUNDARY, text)
        text = _SPEAKER.sub(_BOUNDARY, text)
        text = _TITLE.sub(_title, text)
        text = _BLOCK.sub(_BOUNDARY, text)
        text = _ADJACENT.sub(_BOUNDARY, text)
        text = _ANY_TAG.sub("", text)
        text = _MARKS.sub(_boundary, text)
    if "&" in text:
        text = html.unescape(text)
    return text


def parse_imp(data: bytes, name: str) -> Dict[str, str]:
    """Verse key ("Genesis 1:1") to raw OSIS text, for canonical verses, in order."""
    verses: Dict[str, str] = {}
    key: Optional[str] = None
    body: List[str] = []

    def flush():
        if key is not None:
            match = _VERSE_KEY.match(key)
            if match and int(match.group(2)) > 0 and int(match.group(3)) > 0:
                verses[key] = " ".join(body)

    for line in decode_lines(data, name):
        if line.startswith("$$$"):
            flush()
            key, body = line[3:].strip(), []
        elif key is not None:
            body.append(line)
    flush()
    return verses


def sword_module_present(module: str) -> bool:
    roots = [os.environ.get("SWORD_PATH"), "/usr/share/sword", "/usr/local/share/sword"]
    roots.append(str(Path.home() / ".sword"))
    names = {f"{module}.conf", f"{module.lower()}.conf"}
    return any(
        (Path(root) / "mods.d" / name).is_file()
        for root in roots
        if root
        for name in names
    )


def ensure_packages(install: bool) -> None:
    """Check that mod2imp and both modules are there; install them if asked to."""
    missing = shutil.which("mod2imp") is None or not all(
        sword_module_present(m) for m in MODULES.values()
    )
    if not missing:
        return
    if not install:
        raise PrepareError(
            "the bible source needs Debian's SWORD tools and modules; install them "
            f"with `{INSTALL_HINT}` (as root), or pass --install-packages to let this "
            "script run apt-get, or export the modules yourself with mod2imp and pass "
            "--bible-imp SRC.imp TGT.imp"
        )
    if os.geteuid() != 0:
        raise PrepareError(
            f"--install-packages needs root; run `sudo {INSTALL_HINT}` instead"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", *PACKAGES]):
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            tail = result.stderr.strip().splitlines()[-1:] or [""]
            raise PrepareError(
                f"`{' '.join(command)}` failed ({result.returncode}): {tail[0]}"
            )


def export_module(module: str) -> bytes:
    result = subprocess.run(["mod2imp", module], capture_output=True)
    if result.returncode != 0 or not result.stdout:
        raise PrepareError(
            f"`mod2imp {module}` failed ({result.returncode}): "
            + result.stderr.decode("utf-8", "replace").strip()
        )
    return result.stdout


def load_bible(
    src: str,
    tgt: str,
    imp_files: Optional[Tuple[Path, Path]] = None,
    install: bool = False,
) -> Tuple[List[Tuple[str, str]], Dict[str, int]]:
    """Verse-aligned raw (OSIS) pairs and alignment counts. ``imp_files`` are
    ready-made mod2imp exports for the source and target side."""
    if {src, tgt} != set(MODULES):
        raise PrepareError(
            f"the bible source is Spanish-English: --src/--tgt must be es/en or en/es, "
            f"got {src}/{tgt}"
        )
    if imp_files is not None:
        sides = []
        for path in imp_files:
            path = Path(path)
            if not path.is_file():
                raise PrepareError(f"{path}: no such file")
            sides.append(parse_imp(path.read_bytes(), str(path)))
    else:
        ensure_packages(install)
        sides = [
            parse_imp(export_module(MODULES[lang]), f"mod2imp {MODULES[lang]}")
            for lang in (src, tgt)
        ]
    src_verses, tgt_verses = sides
    pairs = [
        (text, tgt_verses[key]) for key, text in src_verses.items() if key in tgt_verses
    ]
    stats = {
        f"verses_{src}": len(src_verses),
        f"verses_{tgt}": len(tgt_verses),
        "verses_aligned": len(pairs),
    }
    return pairs, stats
