"""Replay recorded batch shapes into the model fairseq trains, timing every step.

Why: on an H100 in ``--fp16`` the shrinking iterator, which packs new batches every
epoch, trained at 6.9-12.4 updates/s where plain fairseq, which reuses its batches, ran
13.7-16.5 from the second epoch on (docs/gpu-shapes.md). Two suspects: cuDNN
attention building a graph for every new shape, and the CUDA caching allocator
fragmenting under changing shapes. This tool is the isolation experiment that tells
them apart. It takes the batch shapes ``shape-census --record`` wrote (batch size,
longest source, longest target, per batch and epoch), builds the preset's Transformer
the way fairseq-train does (fairseq's parser, ``task.build_model``,
``task.build_criterion``, fairseq's ``Trainer``, so ``--fp16``/``--amp`` and the
optimizer are fairseq's), and runs one ``train_step`` per recorded shape on random
tokens, in four phases:

- ``warmup``: the first ``--warmup-batches`` batches of epoch 1, not timed;
- ``new``: the next ``--phase-batches`` shapes this replay has not run yet, in recorded
  order from epochs 2 and later;
- ``seen``: the same shapes again, in the same order;
- ``new2``: as many other shapes not run yet (fewer if the file has fewer: it says so).

Every step is timed (``torch.cuda.synchronize()`` before and after on CUDA), and on
CUDA the allocator's counters are read at each phase's start and end. The key figure is
the new phase's time per step over the seen phase's: the same shapes, first new to the
process, then known. Each variant runs in its own process: ``default``,
``no-cudnn-sdp`` (``torch.backends.cuda.enable_cudnn_sdp(False)`` before the model is
built) and ``expandable-segments`` (``PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True``,
which must be set before CUDA starts); ``avoid-recompile``
(``TORCH_CUDNN_SDPA_AVOID_RECOMPILE=1``) may be asked for too. A variant whose new/seen
ratio falls to about 1 while ``default``'s stays above names the cause.

The batches hold random token ids of exactly the recorded shapes, EOS ending each row
and no padding (``--padding`` pads the first row of each batch, so that attention
carries a key-padding mask as in training). The training pairs are not read: ``--data``
gives the dictionaries. The task is fairseq's ``translation``: the model, criterion and
optimizer are those of every arm.

Example (on a GPU, shapes recorded with ``shape-census --preset bible-gpu --bounded
--record``)::

    python -m autoassist_tools shape-replay --data runs/data/bible-es-en \\
        --shapes runs/shapes/bible-gpu.json --arm shrink --preset bible-gpu --fp16 \\
        --out runs/shape-replay/shrink.json
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

from .benchmark.arms import PRESETS

Shape = Tuple[int, int, int]

PHASES = ("warmup", "new", "seen", "new2")
TIMED_PHASES = ("new", "seen", "new2")
VARIANTS: Dict[str, str] = {
    "default": "torch's defaults",
    "no-cudnn-sdp": "torch.backends.cuda.enable_cudnn_sdp(False) before the model is built",
    "expandable-segments": "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True",
    "avoid-recompile": "TORCH_CUDNN_SDPA_AVOID_RECOMPILE=1 (cuDNN attention reuses its "
    "graph across sequence lengths, torch builds that have it)",
}
CUDA_VARIANTS = ["default", "no-cudnn-sdp", "expandable-segments"]
ALLOCATOR_COUNTERS = ("num_alloc_retries", "num_device_alloc", "num_device_free",
                      "reserved_bytes.all.current", "active_bytes.all.peak")
LOG_TAIL = 4000  # characters of a variant's log kept in the report


class ReplayError(ValueError):
    """Bad input: a message naming the problem."""


# ----------------------------------------------------------------------------- shapes


@dataclass
class PhasePlan:
    """The shapes each phase replays, in order, and what fell short."""

    shapes: Dict[str, List[Shape]]
    notes: List[str] = field(default_factory=list)


def load_arm(path: Path, arm: str) -> Tuple[dict, List[List[Shape]]]:
    """The recorded file and one arm's shapes, epoch by epoch, checked."""
    try:
        recorded = json.loads(Path(path).read_text())
    except FileNotFoundError:
        raise ReplayError(f"shapes file {path} does not exist (write one with "
                          "shape-census --record)") from None
    except json.JSONDecodeError as error:
        raise ReplayError(f"shapes file {path} is not JSON: {error}") from None
    arms = recorded.get("arms") if isinstance(recorded, dict) else None
    if not isinstance(arms, dict):
        raise ReplayError(f"shapes file {path} has no 'arms' object (expected "
                          "shape-census --record's format)")
    if arm not in arms:
        raise ReplayError(f"arm {arm!r} is not in shapes file {path}; it has: "
                          + ", ".join(repr(a) for a in arms))
    epochs = []
    for e, epoch in enumerate(arms[arm], 1):
        shapes = []
        for b, shape in enumerate(epoch):
            if (not isinstance(shape, (list, tuple)) or len(shape) != 3
                    or not all(isinstance(x, int) and x > 0 for x in shape)):
                raise ReplayError(f"arm {arm!r}, epoch {e}, batch {b + 1}: {shape!r} is not "
                                  "[batch size, source length, target length] of positive "
                                  "integers")
            shapes.append(tuple(shape))
        epochs.append(shapes)
    if len(epochs) < 2:
        raise ReplayError(f"arm {arm!r} in {path} holds {len(epochs)} epoch(s); the replay "
                          "needs 2 or more (warm-up from epoch 1, new shapes from the rest)")
    return recorded, epochs


def plan_phases(epochs: Sequence[Sequence[Shape]], warmup: int, size: int) -> PhasePlan:
    """Warm-up: epoch 1's first ``warmup`` batches. New: the next ``size`` shapes not yet
    run, in recorded order from epoch 2 on. Seen: the same again. New2: the next ``size``
    shapes not yet run, continuing from where ``new`` stopped."""
    notes = []
    warm = list(epochs[0][:warmup])
    if len(warm) < warmup:
        notes.append(f"warm-up: epoch 1 has only {len(warm)} batches, not {warmup}")
    done: Set[Shape] = set(warm)
    later = [shape for epoch in epochs[1:] for shape in epoch]
    picked: Dict[str, List[Shape]] = {"new": [], "new2": []}
    position = 0
    for phase in ("new", "new2"):
        while position < len(later) and len(picked[phase]) < size:
            shape = later[position]
            position += 1
            if shape not in done:
                done.add(shape)
                picked[phase].append(shape)
        if len(picked[phase]) < size:
            notes.append(f"{phase}: the file has only {len(picked[phase])} more shapes not "
                         f"yet run in epochs 2-{len(epochs)}, not {size}")
    if not picked["new"]:
        raise ReplayError("no shape in epochs 2 and later differs from the warm-up's: "
                          "nothing new to time")
    return PhasePlan({"warmup": warm, "new": picked["new"], "seen": list(picked["new"]),
                      "new2": picked["new2"]}, notes)


def make_sample(shape: Shape, low: int, src_vocab: int, tgt_vocab: int, eos: int, pad: int,
                generator, padding: bool = False) -> dict:
    """A batch as fairseq's collater makes it, of exactly ``shape``: random tokens in
    ``[low, vocab)``, EOS ending each row, ``prev_output_tokens`` the target with its EOS
    moved to the front. With ``padding`` the first row is a quarter shorter (source
    padded on the left, target on the right, as the collater pads)."""
    import torch

    bsz, src_len, tgt_len = shape
    src = torch.randint(low, src_vocab, (bsz, src_len), generator=generator)
    tgt = torch.randint(low, tgt_vocab, (bsz, tgt_len), generator=generator)
    src[:, -1] = eos
    tgt[:, -1] = eos
    prev = torch.cat([tgt[:, -1:], tgt[:, :-1]], dim=1)
    src_lengths = torch.full((bsz,), src_len, dtype=torch.long)
    if padding:
        cut_src, cut_tgt = src_len // 4, tgt_len // 4
        if cut_src:
            src[0, :cut_src] = pad
            src_lengths[0] = src_len - cut_src
        if cut_tgt:
            tgt[0, tgt_len - cut_tgt - 1] = eos
            tgt[0, tgt_len - cut_tgt:] = pad
            prev[0, 0] = eos
            prev[0, 1:tgt_len - cut_tgt] = tgt[0, :tgt_len - cut_tgt - 1]
            prev[0, tgt_len - cut_tgt:] = pad
    return {
        "id": torch.arange(bsz),
        "nsentences": bsz,
        "ntokens": int(tgt.ne(pad).sum()),
        "net_input": {"src_tokens": src, "src_lengths": src_lengths,
                      "prev_output_tokens": prev},
        "target": tgt,
    }


# ------------------------------------------------------------------------ the model


def fairseq_options(args: argparse.Namespace) -> List[str]:
    """fairseq-train's options for the replay's model: the preset's (or
    ``--model-options``), less ``--cpu``, plus the device and precision."""
    if args.model_options is not None:
        model = shlex.split(args.model_options)
    else:
        model = list(PRESETS[args.preset].model)
    model = [option for option in model if option not in ("--cpu", "--fp16", "--amp")]
    options = [str(args.data), "--task", "translation", *model]
    if args.source_lang:
        options += ["--source-lang", args.source_lang, "--target-lang", args.target_lang]
    if "polynomial_decay" in model and "--total-num-update" not in model:
        # hydra refuses polynomial_decay's default horizon from the command line; the
        # learning rate does not change a step's time
        options += ["--total-num-update", "1000000"]
    if args.device == "cpu":
        options.append("--cpu")
    if args.fp16:
        options.append("--fp16")
    if args.amp:
        options.append("--amp")
    return options + ["--seed", str(args.seed), "--no-save", "--num-workers", "0"]


def build_trainer(options: List[str], save_dir: str):
    """fairseq's configuration, task, model, criterion and Trainer, as fairseq-train
    builds them (without loading the training pairs)."""
    import numpy as np
    from fairseq import options as fairseq_parser, tasks, utils
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    parser = fairseq_parser.get_training_parser()
    namespace = fairseq_parser.parse_args_and_arch(parser, options + ["--save-dir", save_dir])
    cfg = convert_namespace_to_omegaconf(namespace)
    np.random.seed(cfg.common.seed)
    utils.set_torch_seed(cfg.common.seed)
    task = tasks.setup_task(cfg.task)
    model = task.build_model(cfg.model)
    criterion = task.build_criterion(cfg.criterion)
    trainer = Trainer(cfg, task, model, criterion)
    trainer.lr_step(1)  # as fairseq-train's checkpoint loading does
    trainer.begin_epoch(1)
    return cfg, task, trainer


# ------------------------------------------------------------------------ one variant


def _percentile(values: List[float], q: float) -> float:
    import numpy as np

    return float(np.percentile(values, q))


def _allocator_state(torch) -> Dict[str, Optional[int]]:
    stats = torch.cuda.memory_stats()
    return {key: stats.get(key) for key in ALLOCATOR_COUNTERS}


def run_variant(args: argparse.Namespace) -> dict:
    """This process's replay (one variant): the result the parent reads."""
    import logging

    import torch

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s | %(levelname)s | %(name)s | %(message)s")
    log = logging.getLogger("shape_replay")
    recorded, epochs = load_arm(args.shapes, args.arm)
    plan = plan_phases(epochs, args.warmup_batches, args.phase_batches)
    cuda = args.device == "cuda"
    if args.variant == "no-cudnn-sdp":
        torch.backends.cuda.enable_cudnn_sdp(False)
    with tempfile.TemporaryDirectory(prefix="shape-replay-") as save_dir:
        options = fairseq_options(args)
        cfg, task, trainer = build_trainer(options, save_dir)
        trainer.optimizer  # built lazily by fairseq; built here, before any timing
        src_dict, tgt_dict = task.source_dictionary, task.target_dictionary
        low = max(src_dict.nspecial, tgt_dict.nspecial)
        if min(len(src_dict), len(tgt_dict)) <= low:
            raise ReplayError(f"the dictionaries in {args.data} hold no ordinary symbol")
        generator = torch.Generator().manual_seed(args.seed)

        # fairseq resets the peak counters after every step (its gb_free): keep each
        # step's peak before it does
        step_peaks: List[int] = []
        reset_peak = torch.cuda.reset_peak_memory_stats

        def keep_peak(*a, **k):
            step_peaks.append(torch.cuda.memory_stats().get("active_bytes.all.peak", 0))
            return reset_peak(*a, **k)

        if cuda:
            torch.cuda.reset_peak_memory_stats = keep_peak

        def sync():
            if cuda:
                torch.cuda.synchronize()

        phases = {}
        encoder_seen: Set[Tuple[int, int]] = set()
        decoder_seen: Set[Tuple[int, int]] = set()
        sdpa_calls = [0]
        for phase in PHASES:
            shapes = plan.shapes[phase]
            timed = phase in TIMED_PHASES
            times, skipped, target_tokens = [], 0, 0
            new_encoder = len({(b, s) for b, s, _ in shapes} - encoder_seen)
            new_decoder = len({(b, t) for b, _, t in shapes} - decoder_seen)
            encoder_seen |= {(b, s) for b, s, _ in shapes}
            decoder_seen |= {(b, t) for b, _, t in shapes}
            sync()
            before = _allocator_state(torch) if cuda else None
            del step_peaks[:]
            if phase == "warmup":  # is self-attention on torch's SDPA at all?
                sdpa = torch.nn.functional.scaled_dot_product_attention

                def counting(*a, **k):
                    sdpa_calls[0] += 1
                    return sdpa(*a, **k)

                torch.nn.functional.scaled_dot_product_attention = counting
            started = time.perf_counter()
            try:
                for shape in shapes:
                    sample = make_sample(shape, low, len(src_dict), len(tgt_dict),
                                         tgt_dict.eos(), tgt_dict.pad(), generator,
                                         args.padding)
                    target_tokens += sample["ntokens"]
                    updates = trainer.get_num_updates()
                    sync()
                    t0 = time.perf_counter()
                    trainer.train_step([sample])
                    sync()
                    times.append(time.perf_counter() - t0)
                    skipped += trainer.get_num_updates() == updates
            finally:
                if phase == "warmup":
                    torch.nn.functional.scaled_dot_product_attention = sdpa
            wall = time.perf_counter() - started
            after = _allocator_state(torch) if cuda else None
            row = {"steps": len(shapes), "timed": timed, "shapes": [list(s) for s in shapes],
                   "wall_s": wall, "skipped_updates": int(skipped),
                   "new_encoder_pairs": new_encoder, "new_decoder_pairs": new_decoder}
            if timed and times:
                total = sum(times)
                row.update(times_s=times, total_s=total, mean_s=total / len(times),
                           median_s=_percentile(times, 50), p90_s=_percentile(times, 90),
                           steps_per_s=len(times) / total,
                           target_tokens_per_s=target_tokens / total)
            if cuda:
                row["allocator"] = {
                    key: {"start": before[key], "end": after[key],
                          "diff": (None if before[key] is None or after[key] is None
                                   else after[key] - before[key])}
                    for key in ALLOCATOR_COUNTERS}
                row["peak_active_bytes"] = max(step_peaks, default=None)
            phases[phase] = row
            log.info("phase %s: %d steps in %.2f s%s", phase, len(shapes), wall,
                     f", median {1000 * row['median_s']:.1f} ms" if "median_s" in row else "")
        if cuda:
            torch.cuda.reset_peak_memory_stats = reset_peak

    notes = list(plan.notes)
    if recorded.get("vocab_size") not in (None, len(src_dict)):
        notes.append(f"the shapes were recorded with a vocabulary of {recorded['vocab_size']}"
                     f", the replay's dictionary holds {len(src_dict)} (tokens are random)")
    preset_tokens = _preset_max_tokens(args)
    if preset_tokens and recorded.get("max_tokens") not in (None, preset_tokens):
        notes.append(f"the shapes were recorded with --max-tokens {recorded['max_tokens']}, "
                     f"the preset {args.preset} trains with {preset_tokens}")
    if cuda and args.model_options is None and PRESETS[args.preset].cuda_options and not (
            args.fp16 or args.amp):
        notes.append(f"the preset {args.preset} trains on a GPU with "
                     f"{' '.join(PRESETS[args.preset].cuda_options)}; this replay ran without")
    warm = phases["warmup"]["steps"]
    result = {
        "variant": args.variant, "device": args.device,
        "device_name": torch.cuda.get_device_name(0) if cuda else "cpu",
        "torch": torch.__version__, "fairseq": _fairseq_version(),
        "cudnn": torch.backends.cudnn.version() if cuda else None,
        "env": {key: os.environ.get(key) for key in
                ("PYTORCH_CUDA_ALLOC_CONF", "TORCH_CUDNN_SDPA_AVOID_RECOMPILE")},
        "sdp_backends": _sdp_backends(torch) if cuda else None,
        "sdpa_calls_per_step": sdpa_calls[0] / warm if warm else None,
        "fairseq_options": options, "padding": args.padding,
        "phases": phases, "ratios": _ratios(phases), "notes": notes,
    }
    return result


def _preset_max_tokens(args: argparse.Namespace) -> Optional[int]:
    if args.model_options is not None:
        return None
    max_tokens = PRESETS[args.preset].option("--max-tokens")
    return None if max_tokens is None else int(max_tokens)


def _fairseq_version() -> str:
    import fairseq

    return getattr(fairseq, "__version__", "?")


def _sdp_backends(torch) -> Dict[str, bool]:
    backends = torch.backends.cuda
    found = {}
    for name in ("cudnn", "flash", "mem_efficient", "math"):
        check = getattr(backends, f"{name}_sdp_enabled", None)
        if check is not None:
            found[name] = bool(check())
    return found


def _ratios(phases: dict) -> Dict[str, Optional[float]]:
    def ratio(a: str, b: str, stat: str) -> Optional[float]:
        top, bottom = phases.get(a, {}).get(stat), phases.get(b, {}).get(stat)
        return top / bottom if top is not None and bottom else None

    return {"new/seen mean": ratio("new", "seen", "mean_s"),
            "new/seen median": ratio("new", "seen", "median_s"),
            "new2/seen mean": ratio("new2", "seen", "mean_s")}


# ---------------------------------------------------------------------------- parent


def variant_env(variant: str) -> Dict[str, str]:
    env = dict(os.environ)
    if variant == "expandable-segments":
        current = env.get("PYTORCH_CUDA_ALLOC_CONF", "")
        if "expandable_segments" not in current:
            env["PYTORCH_CUDA_ALLOC_CONF"] = ",".join(
                part for part in (current, "expandable_segments:True") if part)
    elif variant == "avoid-recompile":
        env["TORCH_CUDNN_SDPA_AVOID_RECOMPILE"] = "1"
    return env


def run_child(argv: List[str], variant: str, device: str, timeout: float,
              workdir: Path) -> dict:
    """One variant in its own process; its result, or what went wrong."""
    result_path = workdir / f"{variant}.json"
    log_path = workdir / f"{variant}.log"
    command = [sys.executable, "-m", "autoassist_tools.shape_replay", *argv,
               "--device", device, "--variant", variant, "--result", str(result_path)]
    started = time.perf_counter()
    status = "ok"
    with open(log_path, "w") as log:
        try:
            code = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT,
                                  env=variant_env(variant), timeout=timeout).returncode
            if code != 0:
                status = f"failed (exit {code})"
        except subprocess.TimeoutExpired:
            status = f"timed out after {timeout:g} s"
    seconds = time.perf_counter() - started
    text = log_path.read_text(errors="replace")
    if status == "ok":
        try:
            result = json.loads(result_path.read_text())
        except (OSError, json.JSONDecodeError) as error:
            result, status = {}, f"failed (no result: {error})"
    else:
        result = {}
    result.update(variant=variant, status=status, seconds=seconds, log_tail=text[-LOG_TAIL:])
    if status != "ok":
        lines = [line for line in text.splitlines() if line.strip()]
        result["error"] = lines[-1] if lines else ""
    return result


def _ms(value: Optional[float]) -> str:
    return "" if value is None else f"{1000 * value:.2f}"


def _mib(value: Optional[int]) -> str:
    return "" if value is None else f"{value / 2 ** 20:,.0f}"


def _counter(row: dict, key: str, field_: str = "diff") -> Optional[int]:
    return row.get("allocator", {}).get(key, {}).get(field_)


def markdown(results: List[dict], header: List[str]) -> str:
    lines = list(header) + [
        "", "| variant | phase | steps | mean ms | median ms | p90 ms | steps/s | "
        "target tok/s | new (bsz,src) / (bsz,tgt) | skipped | alloc retries | device "
        "allocs | device frees | reserved MiB (Δ) | peak active MiB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for result in results:
        if result["status"] != "ok":
            lines.append(f"| {result['variant']} | {result['status']}: "
                         f"{result.get('error', '')[:160]} |" + " |" * 13)
            continue
        for phase in TIMED_PHASES:
            row = result["phases"][phase]
            steps_s = row.get("steps_per_s")
            tokens_s = row.get("target_tokens_per_s")
            reserved = _counter(row, "reserved_bytes.all.current", "end")
            delta = _counter(row, "reserved_bytes.all.current")
            lines.append(
                f"| {result['variant']} | {phase} | {row['steps']} | "
                f"{_ms(row.get('mean_s'))} | {_ms(row.get('median_s'))} | "
                f"{_ms(row.get('p90_s'))} | {'' if steps_s is None else f'{steps_s:.2f}'} | "
                f"{'' if tokens_s is None else f'{tokens_s:,.0f}'} | "
                f"{row['new_encoder_pairs']} / {row['new_decoder_pairs']} | "
                f"{row['skipped_updates']} | "
                f"{_blank(_counter(row, 'num_alloc_retries'))} | "
                f"{_blank(_counter(row, 'num_device_alloc'))} | "
                f"{_blank(_counter(row, 'num_device_free'))} | "
                f"{'' if reserved is None else f'{_mib(reserved)} ({_mib(delta)})'} | "
                f"{_mib(row.get('peak_active_bytes'))} |")
    lines += ["", "| variant | status | new/seen (mean) | new/seen (median) | new2/seen (mean) "
              "| SDPA calls/step | SDPA backends on | seconds |",
              "|---|---|---|---|---|---|---|---|"]
    for result in results:
        ratios = result.get("ratios", {})
        backends = result.get("sdp_backends")
        lines.append(
            f"| {result['variant']} | {result['status']} | "
            + " | ".join(_blank(ratios.get(k), "{:.2f}") for k in
                         ("new/seen mean", "new/seen median", "new2/seen mean"))
            + f" | {_blank(result.get('sdpa_calls_per_step'), '{:g}')} | "
            f"{', '.join(k for k, v in backends.items() if v) if backends else ''} | "
            f"{result['seconds']:.0f} |")
    notes = sorted({note for result in results for note in result.get("notes", [])})
    if notes:
        lines += ["", "Notes:"] + [f"- {note}" for note in notes]
    return "\n".join(lines)


def _blank(value, fmt: str = "{}") -> str:
    return "" if value is None else fmt.format(value)


def parse_args(argv: Optional[Sequence[str]]) -> Tuple[argparse.ArgumentParser,
                                                        argparse.Namespace]:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python -m autoassist_tools shape-replay --data "
        "runs/data/bible-es-en --shapes shapes.json --arm shrink --preset bible-gpu --fp16 "
        "--out runs/shape-replay/shrink.json")
    parser.add_argument("--data", type=Path, required=True,
                        help="a prepared data folder (for its dictionaries)")
    parser.add_argument("--shapes", type=Path, required=True,
                        help="batch shapes written by shape-census --record")
    parser.add_argument("--arm", required=True, help="the recorded arm to replay, e.g. "
                        "'shrink' or 'shrink bounded'")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="bible-gpu",
                        help="the benchmark preset whose model to build (default: bible-gpu)")
    parser.add_argument("--model-options", default=None,
                        help="fairseq-train options for the model instead of the preset's, "
                        "one string, e.g. \"--arch transformer --encoder-layers 1 ...\"")
    parser.add_argument("--warmup-batches", type=int, default=20,
                        help="untimed steps first, epoch 1's first batches (default: 20)")
    parser.add_argument("--phase-batches", type=int, default=150,
                        help="shapes in each timed phase (default: 150)")
    parser.add_argument("--variants", default=None,
                        help="comma-separated, of " + ", ".join(VARIANTS) + " (default: "
                        + ",".join(CUDA_VARIANTS) + " on CUDA, default on the CPU)")
    parser.add_argument("--device", choices=["cpu", "cuda"], default=None,
                        help="default: cuda where available")
    precision = parser.add_mutually_exclusive_group()
    precision.add_argument("--fp16", action="store_true", help="fairseq's --fp16 (CUDA only)")
    precision.add_argument("--amp", action="store_true", help="fairseq's --amp (CUDA only)")
    parser.add_argument("--padding", action="store_true",
                        help="pad the first row of each batch by a quarter, so attention "
                        "carries a key-padding mask as in training (default: no padding)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source-lang", default=None)
    parser.add_argument("--target-lang", default=None)
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds each variant's process may run (default: 600)")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the results here as JSON, and the table beside it (.md)")
    parser.add_argument("--variant", choices=sorted(VARIANTS), default=None,
                        help=argparse.SUPPRESS)  # internal: run one variant in this process
    parser.add_argument("--result", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warmup_batches < 0:
        parser.error(f"--warmup-batches must be >= 0, got {args.warmup_batches}")
    if args.phase_batches < 1:
        parser.error(f"--phase-batches must be >= 1, got {args.phase_batches}")
    words = shlex.split(args.model_options) if args.model_options is not None else []
    args.fp16 = args.fp16 or "--fp16" in words  # one place says the precision: the flags
    args.amp = args.amp or "--amp" in words
    if args.fp16 and args.amp:
        parser.error("--fp16 and --amp exclude each other")
    if (args.source_lang is None) != (args.target_lang is None):
        parser.error("give both --source-lang and --target-lang, or neither")
    return parser, args


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, args = parse_args(argv)
    if args.variant is not None:  # a child: one variant, its result as JSON
        if args.result is None or args.device is None:
            parser.error("--variant is internal: it needs --result and --device")
        try:
            result = run_variant(args)
        except ReplayError as error:
            print(f"shape-replay: {error}", file=sys.stderr)
            return 2
        args.result.write_text(json.dumps(result))
        return 0

    import torch

    if args.device is None:
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.device == "cuda" and not torch.cuda.is_available():
        parser.error("--device cuda: torch sees no CUDA device here")
    if args.device == "cpu" and (args.fp16 or args.amp):
        parser.error("--fp16 and --amp need CUDA (fairseq's FP16 optimizers run on a GPU "
                     "only); on the CPU the replay runs in float32")
    if not args.data.is_dir():
        parser.error(f"--data {args.data} is not a folder")
    if args.out is not None and args.out.suffix == ".md":
        parser.error(f"--out {args.out}: give the JSON's name; the table goes beside it (.md)")
    try:
        plan = plan_phases(load_arm(args.shapes, args.arm)[1], args.warmup_batches,
                           args.phase_batches)
    except ReplayError as error:
        parser.error(str(error))
    variants = (args.variants.split(",") if args.variants
                else CUDA_VARIANTS if args.device == "cuda" else ["default"])
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; choose from "
                     + ", ".join(VARIANTS))

    command = "python -m autoassist_tools shape-replay " + shlex.join(argv)
    print(f"Command: `{command}`", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="shape-replay-") as workdir:
        for variant in variants:
            print(f"variant {variant}: running ({VARIANTS[variant]})", flush=True)
            result = run_child(argv, variant, args.device, args.timeout, Path(workdir))
            print(f"variant {variant}: {result['status']} in {result['seconds']:.0f} s"
                  + (f": {result['error']}" if result["status"] != "ok" else ""), flush=True)
            results.append(result)
    done = [r for r in results if r["status"] == "ok"]
    device_name = done[0]["device_name"] if done else args.device
    fairseq = done[0]["fairseq"] if done else "?"
    sizes = ", ".join(f"{phase} {len(plan.shapes[phase])}" for phase in PHASES)
    model = (f"--model-options {args.model_options}" if args.model_options is not None
             else f"preset {args.preset}")
    header = [
        f"Command: `{command}`", "",
        f"Device: {device_name}; torch {torch.__version__}, fairseq {fairseq}; "
        f"{'--fp16' if args.fp16 else '--amp' if args.amp else 'float32'}; "
        f"model: {model}; "
        f"arm {args.arm!r} of {args.shapes}; steps per phase: {sizes}; "
        f"{'first row of each batch padded' if args.padding else 'no padding'}; seed {args.seed}.",
        "", "Variants: " + "; ".join(f"{v}: {VARIANTS[v]}" for v in variants) + ".",
        "Times are per train_step, synced"
        + (" (torch.cuda.synchronize() before and after)" if args.device == "cuda" else "")
        + "; allocator columns are differences over the phase (reserved: at its end, and "
        "its change); peak active: the highest per-step peak (fairseq resets the peak "
        "every step).",
    ]
    if args.device == "cpu" and any(v != "default" for v in variants):
        header.append("On the CPU the variants differ in nothing that matters: they only "
                      "check the plumbing.")
    table = markdown(results, header)
    print()
    print(table, flush=True)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({
            "command": command, "device": args.device, "torch": torch.__version__,
            "arm": args.arm, "shapes_file": str(args.shapes), "phase_plan_notes": plan.notes,
            "variants": results, "markdown": table}, indent=1))
        args.out.with_suffix(".md").write_text(table + "\n")
        print(f"\nwrote {args.out} and {args.out.with_suffix('.md')}")
    return 0 if len(done) == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
