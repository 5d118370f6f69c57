"""``--task irreducible_half``: fairseq translation trained on one half of the pairs.

Irreducible losses (:mod:`fairseq_autoassist.irreducible`) need, for every training
pair, a model that never saw it. Without a held-out corpus, two models each train on
one half of the pairs and each scores the other half. This task is plain fairseq
translation whose training split is the chosen half of each shard's pairs
(``--half 0`` or ``1``), chosen by :func:`half_members`, which the tool that scores
the pairs calls too: the split is a pure function of the number of pairs and
``--half-seed``, so it needs no file of its own. Validation and test splits are
whole.

``fairseq-train DATA --user-dir fairseq_autoassist --task irreducible_half --half 0``
"""
# no ``from __future__ import annotations``: fairseq reads the config's field types
import logging
from dataclasses import dataclass

import numpy as np
from fairseq.tasks import register_task
from fairseq.tasks.translation import TranslationConfig, TranslationTask

from .options import between, check_options, one_of, option
from .pair_subset import PairSubsetDataset
from .shards import check_shard_dictionaries, data_paths, shard_of_epoch

TASK_NAME = "irreducible_half"
HALVES = (0, 1)
logger = logging.getLogger(__name__)


def half_members(num_pairs: int, seed: int, half: int) -> np.ndarray:
    """The pair ids (sorted) of half ``half`` of ``num_pairs`` pairs: a permutation
    drawn from ``seed`` by numpy's ``RandomState``, whose stream numpy keeps fixed
    across versions (NEP 19), so a half trained today is the same half when it is
    scored later; half 0 is its first ``ceil(num_pairs / 2)`` ids, half 1 the rest.
    The two halves partition ``range(num_pairs)``."""
    if half not in HALVES:
        raise ValueError(f"half must be 0 or 1, got {half!r}")
    if not 0 <= seed < 2 ** 32:
        raise ValueError(f"the half split's seed must be in [0, 2**32), got {seed}")
    order = np.random.RandomState(seed).permutation(num_pairs)
    cut = (num_pairs + 1) // 2
    return np.sort(order[:cut] if half == 0 else order[cut:]).astype(np.int64)


@dataclass
class IrreducibleHalfConfig(TranslationConfig):
    half: int = option(
        0, "which half of each training shard's pairs to train on: 0 or 1 (the other "
        "half is what this model scores for the irreducible losses)", one_of(("0", "1")))
    half_seed: int = option(
        1, "seed of the split of each shard's pairs into two halves "
        "(fairseq_autoassist.half_task.half_members); the scoring tool must use the "
        "same", between(0, 2 ** 32 - 1))


@register_task(TASK_NAME, dataclass=IrreducibleHalfConfig)
class IrreducibleHalfTask(TranslationTask):
    """Translation whose training set is one half of each shard's pairs."""

    cfg: IrreducibleHalfConfig

    def __init__(self, cfg: IrreducibleHalfConfig, src_dict, tgt_dict):
        check_options(cfg, IrreducibleHalfConfig)
        super().__init__(cfg, src_dict, tgt_dict)
        paths = data_paths(cfg.data)
        if len(paths) > 1:
            check_shard_dictionaries(paths, [cfg.source_lang, cfg.target_lang])
        self.num_shards = len(paths)

    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        super().load_dataset(split, epoch=epoch, combine=combine, **kwargs)
        if split != self.cfg.train_subset:
            return
        whole = self.datasets[split]
        members = half_members(len(whole), int(self.cfg.half_seed), int(self.cfg.half))
        if len(members) == 0:
            raise ValueError(
                f"half {self.cfg.half} of a training set of {len(whole)} pair(s) is empty: "
                "the irreducible losses need at least 2 pairs per shard")
        self.datasets[split] = PairSubsetDataset(whole, members)
        logger.info("irreducible half %d (seed %d) of training shard %d: %d of %d pairs",
                    self.cfg.half, self.cfg.half_seed, shard_of_epoch(epoch, self.num_shards),
                    len(members), len(whole))
