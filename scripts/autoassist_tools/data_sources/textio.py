"""Reading aligned text files strictly: UTF-8 only, lines split on ``\\n`` only.

``str.splitlines`` would also split on U+2028, form feeds and other separators that
occur inside real sentences, silently shifting one side of a parallel corpus against
the other; here a line is exactly what ``wc -l`` counts (plus an unterminated last line).
"""

from pathlib import Path
from typing import List, Tuple

from . import PrepareError


def decode_lines(data: bytes, name: str) -> List[str]:
    """Split ``data`` on newlines and decode each line, naming ``name`` and the
    1-based line number of the first undecodable line."""
    if not data:
        return []
    chunks = data.split(b"\n")
    if chunks[-1] == b"":
        chunks.pop()
    lines = []
    for number, chunk in enumerate(chunks, start=1):
        if chunk.endswith(b"\r"):
            chunk = chunk[:-1]
        try:
            lines.append(chunk.decode("utf-8"))
        except UnicodeDecodeError as err:
            raise PrepareError(
                f"{name}: line {number} is not valid UTF-8 "
                f"(byte {err.start + 1} of the line: {chunk[err.start:err.start + 1]!r})"
            ) from None
    return lines


def read_lines(path: Path) -> List[str]:
    path = Path(path)
    if not path.is_file():
        raise PrepareError(f"{path}: no such file")
    return decode_lines(path.read_bytes(), str(path))


def read_parallel(src_path: Path, tgt_path: Path) -> List[Tuple[str, str]]:
    """Read two line-aligned files; their line counts must match."""
    src = read_lines(src_path)
    tgt = read_lines(tgt_path)
    if len(src) != len(tgt):
        raise PrepareError(
            f"line counts differ: {src_path} has {len(src)} lines, "
            f"{tgt_path} has {len(tgt)} lines"
        )
    return list(zip(src, tgt))


def write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")
