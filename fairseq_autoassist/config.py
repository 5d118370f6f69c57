"""The ``--assistant-*`` options of ``--task autoassist_translation``, declared once.

Every option is a field made by :func:`fairseq_autoassist.options.option`: its
default, its help text and the values it allows, which :func:`validate_config` checks
at start-up (all offending options named at once). The options of a label live with
that label (:mod:`fairseq_autoassist.labels`); the config inherits them, so a new
label's options appear here without an edit.
"""

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import torch
from fairseq.dataclass import ChoiceEnum
from fairseq.tasks.translation import TranslationConfig
from omegaconf import II

from .annealing import KeepAnnealing
from .assistant import AssistantSettings
from .batching import LengthLadder
from .features import FEATURE_KINDS
from .labels import label_names, label_option_classes, label_options, labels_help
from .onset import AgreementOnset
from .spaced_memory import LARGEST_BOX
from .options import above, at_least, between, check_options, one_of, option
from .methods import DEFAULT_METHOD, METHOD_NAMES, SWITCH_VALUES, is_on, method_of

LABELS = label_names()
BOUNDED_SHAPES = ("auto", "on", "off")


@dataclass
class AssistantOptions:
    """The Assistant: its model, its label, its confidence."""

    assistant_base: float = option(
        0.1, "floor keep probability: every pair is kept with probability at least "
        "max(base, 1 - confidence); 1 keeps everything (plain fairseq batches plus the "
        "Assistant's overhead)", between(0.0, 1.0))
    assistant_lr: float = option(0.5, "the Assistant's (AdaGrad) learning rate", above(0.0))
    assistant_l2: float = option(1e-6, "L2 decay of the Assistant's weights", at_least(0.0))
    assistant_features: ChoiceEnum(FEATURE_KINDS) = option(
        "tf", "per-token feature: tf (count / sentence length) or tfidf (tf times inverse "
        "document frequency over the training set)", one_of(FEATURE_KINDS))
    assistant_loss_decay: float = option(
        0.95, "decay of the moving average of normalised losses that separates "
        "informative pairs (above) from learnt ones", between(0.0, 1.0, high_open=True))
    assistant_label: ChoiceEnum(LABELS) = option(
        LABELS[0], "what the Assistant learns to predict: " + labels_help(), one_of(LABELS))
    assistant_memory: Optional[str] = option(
        None, "on (or the flag alone): the Assistant also remembers each pair's label at "
        "its last visit (one byte per training pair, kept in checkpoints) and predicts it "
        "for the pairs it has seen, its token model the others; off: the token model "
        "alone. Late in training a pair's label changes little between visits "
        "(docs/selection-probe.md). Not given: the method's (on for none, assistant and "
        "uniform, off for paper)", one_of(SWITCH_VALUES), bare="on")
    assistant_spaced_revisits: Optional[str] = option(
        None, "on (or the flag alone): spaced revisits (Leitner boxes) in the pair memory: "
        "a pair found learnt moves up a box and is predicted learnt for 2^box sweeps of the "
        "candidate stream, then predicted informative once, so that it is trained on "
        "again; found informative, it falls back to box 0 (one more byte per training "
        "pair, kept in checkpoints). Needs --assistant-memory on. off (the default): a "
        "learnt pair keeps the floor keep probability until it is drawn again by chance",
        one_of(SWITCH_VALUES), bare="on")
    assistant_spaced_max_box: int = option(
        LARGEST_BOX, "with --assistant-spaced-revisits: the highest box, whose pairs come "
        f"back every 2^box sweeps (at most {LARGEST_BOX}: every {2 ** LARGEST_BOX} sweeps)",
        between(1, LARGEST_BOX))
    assistant_unbiased_threshold: Optional[str] = option(
        None, "on (or the flag alone): weight each kept pair's normalised loss by the "
        "inverse of its keep probability in the label's moving averages, so that the "
        "threshold estimates the mean over every candidate (under shrinking the kept "
        "pairs sit above it, and the unweighted threshold with them); off: unweighted. "
        "Not given: the method's (on for none, assistant and uniform, off for paper)",
        one_of(SWITCH_VALUES), bare="on")
    assistant_confidence_decay: float = option(
        0.95, "decay of the moving average of the Assistant's accuracy (its confidence)",
        between(0.0, 1.0, high_open=True))


@dataclass
class ShrinkingOptions:
    """The shrinking iterator, the Assistant's trainer, and what the Boss's loss gets."""

    assistant_warmup_epochs: int = option(
        1, "the paper's onset: epochs of plain fairseq batches at the start, during which "
        "every pair is kept and the Assistant only learns (used with "
        "--assistant-onset-agreement 0 and no fixed onset)", at_least(0))
    assistant_onset_updates: int = option(
        0, "a fixed onset of selection: until the Boss has made this many updates every "
        "candidate is kept and packed as --assistant-base 1 packs (the iterator's gain), "
        "the Assistant learning from every update; it replaces the automatic onset. 0: "
        "none", at_least(0))
    assistant_onset_fraction: float = option(
        0.0, "the fixed onset as a fraction of --max-update (instead of "
        "--assistant-onset-updates); 0: not used", between(0.0, 1.0))
    assistant_onset_agreement: Optional[float] = option(
        None, "the automatic onset of selection: it starts once, of the latest "
        "--assistant-onset-window pairs the pair memory has seen again, at least this "
        "share have the label they had at their previous visit (0.90 to 0.935 where "
        "selection started to pay in four probed runs, docs/selection-probe.md); until "
        "then every candidate is kept and packed as --assistant-base 1 packs. It reads "
        "the pair memory (--assistant-memory on); a fixed onset replaces it; 0: the "
        "paper's onset, after --assistant-warmup-epochs. Not given: the method's (0.92 "
        "for none, assistant and uniform, 0 for paper)", between(0.0, 1.0))
    assistant_onset_window: int = option(
        5000, "revisited pairs over which the automatic onset measures the agreement",
        at_least(1))
    assistant_queue_size: int = option(
        64, "Boss updates whose losses may wait for the Assistant's trainer; when full, "
        "the oldest are dropped and counted (asst_dropped)", at_least(1))
    assistant_lookahead: int = option(
        32, "batches decided at once, ahead of the Boss (fairseq's --data-buffer-size adds "
        "its own prefetching); larger packs batches with less padding, smaller uses "
        "fresher Assistant weights", at_least(1))
    assistant_importance_weighting: float = option(
        0.0, "exponent alpha of the importance weight p_keep^-alpha on each kept pair's "
        "loss (scaled to a mean of 1 per target token in each batch): 0 is the paper's "
        "biased sampling, 1 makes the expected gradient the full data's", between(0.0, 1.0))
    assistant_anneal_fraction: float = option(
        0.0, "fraction of --max-update at the end over which shrinking fades out: each "
        "pair's drop probability 1 - p_keep falls linearly to 0, so the last updates see "
        "all the data; 0 turns it off (needs --max-update)", between(0.0, 1.0))
    assistant_keep_rate: Optional[float] = option(
        None, "a keep-rate target: each chunk of candidates' keep probabilities are "
        "scaled by one factor (capped at 1) to this mean, so the Assistant orders the "
        "pairs and the target sets how many go on (the selection probe measured "
        "selection's gain at 0.5); 0: the paper's probabilities as they are. "
        "--assistant-base 1 keeps every pair whatever the target. Not given: the "
        "method's (0.5 for none, assistant and uniform, 0 for paper)", between(0.0, 1.0))
    assistant_selection: ChoiceEnum(METHOD_NAMES) = option(
        DEFAULT_METHOD, "the method: none (the default: the shrinking iterator keeps "
        "every candidate, the Assistant learns and logs where selection would start; on "
        "both presets measured the Assistant's choice ended below it, docs/benchmarks.md), "
        "paper (the paper's AutoAssist: one warm-up epoch, then the Assistant's keep "
        "probabilities as they are), assistant (the project's selection: the automatic "
        "onset, the pair memory, the unbiased threshold, a keep-rate target of 0.5) or "
        "uniform (the control: as many pairs as the Assistant would drop, chosen at "
        "random). A method sets the defaults of --assistant-onset-agreement, "
        "--assistant-memory, --assistant-unbiased-threshold and --assistant-keep-rate; "
        "each given explicitly overrides it", one_of(METHOD_NAMES))
    assistant_bounded_shapes: ChoiceEnum(BOUNDED_SHAPES) = option(
        "auto", "pad batches to lengths from a fixed ladder and pack them by those "
        "lengths, so that the set of batch shapes stops growing (a GPU pays for every new "
        "shape, docs/gpu-shapes.md): on, off, or auto (on when training on a GPU)",
        one_of(BOUNDED_SHAPES))
    assistant_shape_steps: int = option(
        16, "with bounded shapes: ladder lengths per doubling of the length (every length "
        "up to 16 is on the ladder); more steps pad less and make more shapes", at_least(1))
    assistant_freeze_batches: bool = option(
        False, "for benchmarks (the mechanism ablation, docs/benchmarks.md): one sweep of "
        "every pair is packed once as the iterator packs, and the epochs after the warm-up "
        "go on through those batches, each pass in a new order, as fairseq reuses and "
        "shuffles its own: the iterator's fuller batches without its new groupings. Needs "
        "every pair kept (--assistant-selection none, or --assistant-base 1)")
    reset_assistant: bool = option(
        False, "on resume, ignore the Assistant state in the checkpoint and start a new "
        "Assistant (the Boss and the data position are restored)")


@dataclass
class AutoAssistConfig(*label_option_classes(), ShrinkingOptions, AssistantOptions,
                       TranslationConfig):
    """fairseq's translation options plus AutoAssist's."""

    # Owned by other groups; read to check a checkpoint before fairseq loads it.
    seed: int = II("common.seed")
    save_dir: str = II("checkpoint.save_dir")
    restore_file: str = II("checkpoint.restore_file")
    eval_path: Optional[str] = II("common_eval.path")
    max_update: int = II("optimization.max_update")
    tpu: bool = II("common.tpu")
    cpu: bool = II("common.cpu")


def validate_config(cfg: Any) -> None:
    """Stop at start-up on an out-of-range option, naming it and its allowed values
    (after :func:`~fairseq_autoassist.methods.settle_method`)."""
    problems = []
    if automatic_onset_on(cfg) and not pair_memory_on(cfg):
        problems.append("the automatic onset (--assistant-onset-agreement "
                        f"{cfg.assistant_onset_agreement:g}) reads the pair memory, which "
                        "--assistant-memory off turns off: drop --assistant-memory off, or "
                        "give --assistant-onset-agreement 0 (the paper's onset after the "
                        "warm-up epochs) or a fixed onset (--assistant-onset-updates)")
    if spaced_revisits_on(cfg) and not pair_memory_on(cfg):
        problems.append("--assistant-spaced-revisits spaces the pair memory's revisits, "
                        "which --assistant-memory off turns off: give --assistant-memory "
                        "on, or drop --assistant-spaced-revisits")
    if cfg.assistant_onset_updates and cfg.assistant_onset_fraction:
        problems.append("--assistant-onset-updates and --assistant-onset-fraction both set "
                        "an onset: give one of them")
    if cfg.assistant_freeze_batches and not (
            str(cfg.assistant_selection) == "none" or cfg.assistant_base >= 1.0):
        problems.append("--assistant-freeze-batches reuses one packed sweep of every pair: "
                        "give it with --assistant-selection none (the default) or "
                        "--assistant-base 1, not with a selection")
    if cfg.assistant_onset_fraction and not cfg.max_update:
        problems.append("--assistant-onset-fraction is a fraction of --max-update, which is "
                        "not set: give --max-update, or --assistant-onset-updates instead")
    # (an out-of-range fraction is named by check_options, from its declaration)
    annealing = AutoAssistConfig.__dataclass_fields__["assistant_anneal_fraction"]
    if annealing.metadata["allowed"].admits(cfg.assistant_anneal_fraction):
        try:  # the schedule needs a known end
            KeepAnnealing.over_last(cfg.assistant_anneal_fraction, cfg.max_update or 0)
        except ValueError as error:
            problems.append(str(error))
    check_options(cfg, AutoAssistConfig, problems)


# the fixed onset of a run whose only onset is the automatic one: not before it fires
NOT_YET = np.iinfo(np.int64).max


def onset_update(cfg: Any) -> Optional[int]:
    """The update at which selection starts at the latest, :data:`NOT_YET` when only the
    automatic onset can start it, or ``None`` for the paper's onset (after the warm-up
    epochs)."""
    if cfg.assistant_onset_updates:
        return int(cfg.assistant_onset_updates)
    if cfg.assistant_onset_fraction and cfg.max_update:
        return int(round(cfg.assistant_onset_fraction * cfg.max_update))
    if cfg.assistant_onset_agreement:
        return int(NOT_YET)
    return None


def automatic_onset_on(cfg: Any) -> bool:
    """Whether the automatic onset decides: an agreement is set and no fixed onset
    (which replaces it) is given."""
    fixed = cfg.assistant_onset_updates or cfg.assistant_onset_fraction
    return bool(cfg.assistant_onset_agreement) and not fixed


def pair_memory_on(cfg: Any) -> bool:
    """The pair memory (--assistant-memory, its method's default unless given)."""
    return is_on(cfg.assistant_memory)


def spaced_revisits_on(cfg: Any) -> bool:
    """Spaced revisits of the pair memory (--assistant-spaced-revisits, off unless given)."""
    return is_on(cfg.assistant_spaced_revisits)


def unbiased_threshold_on(cfg: Any) -> bool:
    """The unbiased threshold (--assistant-unbiased-threshold, its method's default
    unless given)."""
    return is_on(cfg.assistant_unbiased_threshold)


def shrinking_rule_selection(cfg: Any) -> str:
    """What the shrinking rule does once selection starts, for the config's method."""
    return method_of(cfg.assistant_selection).rule


def agreement_onset(cfg: Any) -> Optional[AgreementOnset]:
    """The automatic onset, or ``None`` when it does not decide."""
    if not automatic_onset_on(cfg):
        return None
    return AgreementOnset(cfg.assistant_onset_agreement, cfg.assistant_onset_window)


def length_ladder(cfg: Any) -> Optional[LengthLadder]:
    """The ladder of padded lengths, or ``None`` when shapes are not bounded."""
    choice = str(cfg.assistant_bounded_shapes)
    if choice == "auto":
        choice = "off" if cfg.cpu or not torch.cuda.is_available() else "on"
    return LengthLadder(steps_per_octave=cfg.assistant_shape_steps) if choice == "on" else None


def assistant_settings(cfg: Any) -> AssistantSettings:
    """The Assistant's settings from the task's config."""
    label = str(cfg.assistant_label)
    return AssistantSettings(
        base=cfg.assistant_base,
        learning_rate=cfg.assistant_lr,
        l2=cfg.assistant_l2,
        loss_decay=cfg.assistant_loss_decay,
        confidence_decay=cfg.assistant_confidence_decay,
        label=label,
        label_options=label_options(label, cfg),
        memory=pair_memory_on(cfg),
        spaced_revisits=spaced_revisits_on(cfg),
        spaced_max_box=int(cfg.assistant_spaced_max_box),
    )
