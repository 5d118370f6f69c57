"""Decodes checkpoints with fairseq's generation API and scores them with sacrebleu.

Hypotheses are SentencePiece-decoded by fairseq (``--post-process sentencepiece``) and
scored against the raw, cleaned references that prepare_data.py keeps in ``raw/``.
The same loaded model also gives the split's teacher-forced NLL (benchmark/nll.py),
what fairseq's validation logs as ``nll_loss``: a far less noisy measure than BLEU.
Decoded lengths are bounded (``--max-len-a 1.2 --max-len-b 10``) so that an early,
babbling checkpoint does not decode for minutes.

:class:`CheckpointScorer` decodes in this process: a benchmark scores dozens of
checkpoints, and a ``fairseq-generate`` process per checkpoint imports fairseq, loads
the data and, on a GPU, starts CUDA each time (on this 2-core CPU 3 to 6 s of a 12 s
decode, see experiments/scoring_speed.py; on a GPU it can cost more than the training it
measures). It parses the same options as :func:`decode_with_fairseq_generate`, which
still runs ``fairseq-generate``: the reference that the tests and
``experiments/scoring_speed.py`` compare it with.
"""
from __future__ import annotations

import ast
import copy
import gc
import logging
import re
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Tuple, TypeVar

import numpy as np
import sacrebleu
import torch
from fairseq import checkpoint_utils, options, tasks, utils
from fairseq.dataclass.utils import convert_namespace_to_omegaconf
from fairseq.tasks import FairseqTask
from fairseq_cli.generate import get_symbols_to_strip_from_output
from omegaconf import DictConfig

from fairseq_autoassist.checkpoint_safety import refuse_unsafe_checkpoint

from .nll import split_nll_bits
from .training import PLUGIN, device_options, fairseq_bin

Measured = TypeVar("Measured")
DETOKENISED = re.compile(r"^D-(\d+)\t[^\t]*\t(.*)$", re.M)


def generation_options(data: Path, split: str, beam: int, lenpen: float,
                       device: str = "cpu") -> List[str]:
    """fairseq-generate's options, but ``--path``: one list for both decoders, so that
    they decode alike.

    ``--num-workers 0`` loads batches in the decoding process. With fairseq's default
    (one worker process), each in-process decode waited 5 s more for that worker to
    stop (fairseq's batch iterator is freed by the garbage collector, and torch's
    data loader then joins its worker on a 5 s timeout); the batches are the same.
    """
    return [
        str(data), "--user-dir", str(PLUGIN), "--task", "translation",
        "--gen-subset", split, "--beam", str(beam), "--lenpen", str(lenpen),
        "--max-len-a", "1.2", "--max-len-b", "10", "--batch-size", "128",
        "--required-batch-size-multiple", "1", "--post-process", "sentencepiece",
        "--num-workers", "0", "--no-progress-bar",
        *device_options(device),
    ]


def decode_with_fairseq_generate(checkpoint: Path, data: Path, split: str, beam: int,
                                 lenpen: float, device: str = "cpu") -> List[str]:
    """A split's hypotheses in sample-id order, from a ``fairseq-generate`` process."""
    command = [
        *fairseq_bin("fairseq-generate"),
        *generation_options(data, split, beam, lenpen, device), "--path", str(checkpoint),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"decoding {checkpoint} failed:\n{result.stderr[-3000:]}")
    by_id = {int(i): text for i, text in DETOKENISED.findall(result.stdout)}
    return [by_id.get(i, "") for i in range(max(by_id) + 1 if by_id else 0)]


def read_references(data: Path, split: str, target_lang: str) -> List[str]:
    """The raw references that prepare_data.py keeps beside the binarised data."""
    return (data / "raw" / f"{split}.{target_lang}").read_text().splitlines()


def score_hypotheses(hypotheses: List[str], references: List[str], checkpoint: Path,
                     decode_seconds: float) -> Dict[str, object]:
    """Corpus BLEU of a checkpoint's hypotheses: what a benchmark caches per checkpoint."""
    if len(hypotheses) != len(references):
        raise RuntimeError(
            f"{checkpoint}: {len(hypotheses)} hypotheses for {len(references)} references"
        )
    bleu = sacrebleu.metrics.BLEU()
    result = bleu.corpus_score(hypotheses, [references])
    return {
        "bleu": round(result.score, 2),
        "signature": str(bleu.get_signature()),
        "decode_seconds": round(decode_seconds, 1),
    }


def quiet_fairseq_logs() -> None:
    """Keep a script's console to its own lines. Importing fairseq configures the root
    logger (here at DEBUG), so decoding in-process prints a dozen fairseq and hydra
    lines per checkpoint that fairseq-generate's captured output hid, and torch warns
    on each CPU batch iterator that fairseq asks for pinned memory."""
    for name in ("fairseq", "fairseq_cli", "hydra"):
        logging.getLogger(name).setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message="'pin_memory' argument is set as true")


def generation_config(options_list: List[str]) -> DictConfig:
    """The configuration ``fairseq-generate`` builds from these options."""
    parser = options.get_generation_parser()
    # fairseq-generate's cli_main adds --arch (for tasks that build models from
    # arguments); it only fills cfg.model, which decoding does not read, but the same
    # parser gives the same configuration.
    parser.add_argument("--arch", "-a", metavar="ARCH", default="wav2vec2")
    with warnings.catch_warnings():  # hydra's deprecation notices, once per split
        warnings.simplefilter("ignore")
        cfg = convert_namespace_to_omegaconf(
            options.parse_args_and_arch(parser, input_args=options_list))
    utils.import_user_module(cfg.common)
    if cfg.dataset.max_tokens is None and cfg.dataset.batch_size is None:
        cfg.dataset.max_tokens = 12000  # fairseq-generate's default
    return cfg


@dataclass
class _LoadedSplit:
    """What every checkpoint of a split shares: its configuration, task and data."""

    cfg: DictConfig
    task: FairseqTask
    references: List[str]
    detokenise: Callable[[str], str]


def detokeniser(task: FairseqTask, cfg: DictConfig) -> Callable[[str], str]:
    """fairseq-generate's ``decode_fn``: undo ``--bpe`` and ``--tokenizer`` if given
    (the benchmark gives neither; SentencePiece is undone by ``--post-process``)."""
    tokenizer = task.build_tokenizer(cfg.tokenizer)
    bpe = task.build_bpe(cfg.bpe)

    def detokenise(text: str) -> str:
        if bpe is not None:
            text = bpe.decode(text)
        if tokenizer is not None:
            text = tokenizer.decode(text)
        return text

    return detokenise


class CheckpointScorer:
    """Scores many checkpoints of one data folder in this process.

    The task, its dictionaries and each split are loaded once; each checkpoint then
    costs only its model's loading and the decoding itself.
    """

    def __init__(self, data: Path, target_lang: str, beam: int, lenpen: float,
                 device: str = "cpu"):
        self.data = Path(data)
        self.target_lang = target_lang
        self.beam = beam
        self.lenpen = lenpen
        self.device = device
        self._splits: Dict[str, _LoadedSplit] = {}

    def _split(self, split: str) -> _LoadedSplit:
        if split not in self._splits:
            cfg = generation_config(generation_options(self.data, split, self.beam,
                                                       self.lenpen, self.device))
            task = tasks.setup_task(cfg.task)
            task.load_dataset(cfg.dataset.gen_subset)
            self._splits[split] = _LoadedSplit(
                cfg, task, read_references(self.data, split, self.target_lang),
                detokeniser(task, cfg))
        return self._splits[split]

    def score(self, checkpoint: Path, split: str) -> Dict[str, object]:
        """``{"bleu", "signature", "decode_seconds", "nll", "nll_seconds"}`` of a
        checkpoint on a split: the model loads once for both measures."""
        loaded = self._split(split)
        start = time.time()

        def measure(models: List[torch.nn.Module]) -> Tuple[float, float, List[str]]:
            nll_start = time.time()
            nll = self._nll(models[0], loaded)  # first: see _nll
            nll_seconds = time.time() - nll_start
            return nll, nll_seconds, self._decode_loaded(loaded, models)

        nll, nll_seconds, hypotheses = self._with_models(checkpoint, loaded, measure)
        decode_seconds = time.time() - start - nll_seconds  # loading included, as before
        return {**score_hypotheses(hypotheses, loaded.references, checkpoint, decode_seconds),
                "nll": nll, "nll_seconds": round(nll_seconds, 1)}

    def nll(self, checkpoint: Path, split: str) -> Dict[str, float]:
        """``{"nll", "nll_seconds"}`` alone: what a score cached before the NLL was
        recorded lacks, without decoding again."""
        loaded = self._split(split)
        start = time.time()
        nll = self._with_models(checkpoint, loaded, lambda models: self._nll(models[0], loaded))
        return {"nll": nll, "nll_seconds": round(time.time() - start, 1)}

    def decode(self, checkpoint: Path, split: str) -> List[str]:
        """A split's hypotheses in sample-id order, as fairseq-generate's ``D-`` lines."""
        loaded = self._split(split)
        return self._with_models(checkpoint, loaded,
                                 lambda models: self._decode_loaded(loaded, models))

    @staticmethod
    def _nll(model: torch.nn.Module, loaded: _LoadedSplit) -> float:
        """The split's teacher-forced NLL in bits per target token: fairseq's valid
        ``nll_loss``, but over every pair (fairseq's validation drops the last batch
        when it is not a multiple of ``--required-batch-size-multiple``, 8 by default).
        Taken on the model as loaded, before decoding: fairseq's generator sets a beam
        size on models that take one (BART's), whose encoder-decoder attention then
        folds a teacher-forced batch as if it held beams."""
        dataset = loaded.task.dataset(loaded.cfg.dataset.gen_subset)
        return round(split_nll_bits(model, dataset), 4)

    @staticmethod
    def _with_models(checkpoint: Path, loaded: _LoadedSplit,
                     measure: Callable[[List[torch.nn.Module]], Measured]) -> Measured:
        """``measure`` of a checkpoint's model, loaded as fairseq-generate loads it, on
        the decoding device; the model is freed before this returns."""
        cfg, task = loaded.cfg, loaded.task
        use_cuda = torch.cuda.is_available() and not cfg.common.cpu
        # fairseq-generate seeds once per process, before building the model; seeding
        # per checkpoint makes each decode start where a fresh fairseq-generate would
        # (it matters for sampling).
        if cfg.common.seed is not None and not cfg.generation.no_seed_provided:
            np.random.seed(cfg.common.seed)
            utils.set_torch_seed(cfg.common.seed)
        # Name the checkpoint's foreign globals before torch refuses them less clearly.
        refuse_unsafe_checkpoint(str(checkpoint))
        models, _ = checkpoint_utils.load_model_ensemble(
            [str(checkpoint)],
            arg_overrides=ast.literal_eval(cfg.common_eval.model_overrides),
            task=task,
            suffix=cfg.checkpoint.checkpoint_suffix,
            strict=(cfg.checkpoint.checkpoint_shard_count == 1),
            num_shards=cfg.checkpoint.checkpoint_shard_count,
        )
        try:
            for model in models:
                if cfg.common.fp16:
                    model.half()
                if use_cuda:
                    model.cuda()
            return measure(models)
        finally:
            del models
            gc.collect()
            if use_cuda:
                torch.cuda.empty_cache()

    @staticmethod
    def _decode_loaded(loaded: _LoadedSplit, models: List[torch.nn.Module]) -> List[str]:
        """Hypotheses of freshly loaded models; they are fixed for inference here."""
        for model in models:
            model.prepare_for_inference_(loaded.cfg)
        use_cuda = torch.cuda.is_available() and not loaded.cfg.common.cpu
        return CheckpointScorer._generate(loaded, models, use_cuda)

    @staticmethod
    def _generate(loaded: _LoadedSplit, models: List[torch.nn.Module],
                  use_cuda: bool) -> List[str]:
        cfg, task = loaded.cfg, loaded.task
        generator = task.build_generator(models, cfg.generation)
        # post_process_prediction adds the words it re-encodes to the dictionary it is
        # given; the task's own must keep its size, since the next checkpoint's model
        # is built from it. A copy per checkpoint grows as fairseq-generate's does.
        text_dict = copy.deepcopy(task.target_dictionary)
        strip = get_symbols_to_strip_from_output(generator)
        batches = task.get_batch_iterator(
            dataset=task.dataset(cfg.dataset.gen_subset),
            max_tokens=cfg.dataset.max_tokens,
            max_sentences=cfg.dataset.batch_size,
            max_positions=utils.resolve_max_positions(
                task.max_positions(), *[model.max_positions() for model in models]
            ),
            ignore_invalid_inputs=cfg.dataset.skip_invalid_size_inputs_valid_test,
            required_batch_size_multiple=cfg.dataset.required_batch_size_multiple,
            seed=cfg.common.seed,
            num_shards=cfg.distributed_training.distributed_world_size,
            shard_id=cfg.distributed_training.distributed_rank,
            num_workers=cfg.dataset.num_workers,
            data_buffer_size=cfg.dataset.data_buffer_size,
            # each checkpoint may bound lengths differently: batch afresh, as a new
            # fairseq-generate process would
            disable_iterator_cache=True,
        ).next_epoch_itr(shuffle=False)
        by_id: Dict[int, str] = {}
        for sample in batches:
            sample = utils.move_to_cuda(sample) if use_cuda else sample
            if "net_input" not in sample:
                continue
            hypos = task.inference_step(generator, models, sample)
            for i, sample_id in enumerate(sample["id"].tolist()):
                best = hypos[i][0]
                _, text, _ = utils.post_process_prediction(
                    hypo_tokens=best["tokens"].int().cpu(),
                    src_str="",
                    alignment=best["alignment"],
                    align_dict=None,
                    tgt_dict=text_dict,
                    remove_bpe=cfg.common_eval.post_process,
                    extra_symbols_to_ignore=strip,
                )
                by_id[sample_id] = loaded.detokenise(text)
        return [by_id.get(i, "") for i in range(max(by_id) + 1 if by_id else 0)]
