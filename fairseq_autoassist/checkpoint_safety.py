"""Loading fairseq checkpoints under torch's ``weights_only=True`` default, safely.

torch 2.6 and later unpickle checkpoints with an allowlist of globals. fairseq's
checkpoints hold a few types outside torch's default list (the legacy model config is
an ``argparse.Namespace``), so resuming and ``fairseq-generate`` fail. Turning the
check off would let any checkpoint run arbitrary code on load; instead, importing
this plug-in adds exactly the types that fairseq's (and our) checkpoints hold to
torch's allowlist. Every other global is still refused by torch.

:func:`refuse_unsafe_checkpoint` inspects a checkpoint's pickle without executing it
and raises :class:`UnsafeCheckpointError`, naming the file and the foreign globals,
before fairseq tries to load it; the task calls it on the checkpoint it will resume
from or decode with.
"""
from __future__ import annotations

import argparse
import os
from typing import Iterable, List

import torch

# What fairseq checkpoints hold beyond torch's defaults (tensors, containers and
# primitives are allowed already). Found with get_unsafe_globals_in_checkpoint on
# checkpoints of fairseq-fixed 0.12.3.1's translation and our task.
FAIRSEQ_CHECKPOINT_GLOBALS: List[type] = [argparse.Namespace]


class UnsafeCheckpointError(RuntimeError):
    """A checkpoint carries pickled globals outside the allowlist."""


def allow_fairseq_checkpoints() -> None:
    """Add fairseq's checkpoint types to torch's ``weights_only`` allowlist."""
    torch.serialization.add_safe_globals(FAIRSEQ_CHECKPOINT_GLOBALS)


def foreign_globals(path: str) -> List[str]:
    """Pickled globals in ``path`` that ``torch.load(weights_only=True)`` would refuse."""
    allow_fairseq_checkpoints()
    try:
        return sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path))
    except Exception as error:  # not a zip checkpoint, truncated file, ...
        raise UnsafeCheckpointError(
            f"cannot read the checkpoint {path!r}: {error}. It is not a complete "
            "checkpoint written by torch.save (an interrupted write?); point to another "
            "checkpoint, or move this one away to start afresh."
        ) from error


def refuse_unsafe_checkpoint(path: str) -> None:
    """Raise :class:`UnsafeCheckpointError` if ``path`` holds globals we do not allow."""
    found = foreign_globals(path)
    if found:
        raise UnsafeCheckpointError(
            f"refusing to load the checkpoint {path!r}: it contains pickled globals "
            f"that fairseq checkpoints never hold ({', '.join(found)}). A checkpoint is a "
            "pickle, and loading it would run that code. If you trust its origin, load "
            "it yourself with torch.load(..., weights_only=False), remove those objects, "
            "and save it again."
        )


def refuse_unsafe_checkpoints(paths: Iterable[str]) -> None:
    """:func:`refuse_unsafe_checkpoint` for each existing file among ``paths``."""
    for path in paths:
        if path and os.path.isfile(path):
            refuse_unsafe_checkpoint(path)
