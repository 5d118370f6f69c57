"""Sharded training data (``fairseq-train data1:data2:...``), as fairseq reads it.

fairseq's translation task loads one data folder per epoch: epoch ``e`` trains on
folder ``(e - 1) % n`` of the ``n`` given (``TranslationTask.load_dataset``), each a
separate training set with its own pair ids, and reads the dictionaries of the first
folder only. What AutoAssist does with shards:

- pair ids are those of the shard being trained on; the Assistant's token weights, its
  label's running averages and its confidence carry over from shard to shard (one
  dictionary, one task), and its per-pair state (the pair memory, learnability's last
  losses) is kept per shard, for the shard's next visit
  (:meth:`fairseq_autoassist.assistant.TokenAssistant.switch_pairs`);
- a checkpoint holds the current shard's state and that of every other shard seen, and
  resuming refuses a checkpoint whose shards differ in number or size;
- every folder must hold the same dictionaries: a shard binarised with another one
  would silently train on wrong token ids (fairseq does not check), so it is refused
  at start-up (:func:`check_shard_dictionaries`).
"""
from __future__ import annotations

import filecmp
import os
from typing import List, Sequence

from fairseq import utils
from fairseq.data import Dictionary


def data_paths(data: str) -> List[str]:
    """The data folders of fairseq's ``data`` argument (one unless sharded)."""
    return utils.split_paths(data) if data else []


def shard_of_epoch(epoch: int, num_shards: int) -> int:
    """The shard fairseq's translation task loads for ``epoch`` (1-based)."""
    return (max(int(epoch), 1) - 1) % max(num_shards, 1)


def visit_of_epoch(epoch: int, num_shards: int) -> int:
    """How many times the shard of ``epoch`` was trained on before (0 the first time)."""
    return (max(int(epoch), 1) - 1) // max(num_shards, 1)


def check_shard_dictionaries(paths: Sequence[str], languages: Sequence[str]) -> None:
    """Refuse shards whose dictionaries differ from the first folder's (fairseq uses the
    first folder's for every shard). A shard without its own dictionary files is fine."""
    for language in languages:
        name = f"dict.{language}.txt"
        first = os.path.join(paths[0], name)
        if not os.path.exists(first):
            continue
        symbols = None
        for index, path in enumerate(paths[1:], start=1):
            other = os.path.join(path, name)
            if not os.path.exists(other) or filecmp.cmp(first, other, shallow=False):
                continue
            if symbols is None:
                symbols = Dictionary.load(first).symbols
            if Dictionary.load(other).symbols != symbols:  # counts may differ, ids not
                raise ValueError(
                    f"training shard {index} ({path}) was binarised with another {language} "
                    f"dictionary than the first shard ({paths[0]}): its token ids mean "
                    f"other words. Binarise every shard with the first shard's "
                    f"dictionaries: fairseq-preprocess --srcdict {paths[0]}/dict.<src>.txt "
                    f"--tgtdict {paths[0]}/dict.<tgt>.txt")
