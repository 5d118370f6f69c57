"""Benchmark arms and presets: what is trained, with which shared configuration.

Every arm shares the preset's model, optimizer, schedule, batch size, seed and data;
arms differ only in the task and its options.
"""
from __future__ import annotations

import dataclasses
import shlex
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence

from fairseq_autoassist.config import AutoAssistConfig
from fairseq_autoassist.methods import METHOD_OPTIONS, method_setting

# the task's declared defaults, for the options an arm leaves at them
TASK_DEFAULTS = {f.name: f.default for f in dataclasses.fields(AutoAssistConfig)}


def option_values(words: Sequence[str], flag: str) -> List[str]:
    """Every value command-line ``words`` give ``flag`` (``--flag V`` or ``--flag=V``), in
    order: a repeatable option's (``--arm``)."""
    values = []
    for i, word in enumerate(words):
        if word == flag and i + 1 < len(words):
            values.append(words[i + 1])
        elif word.startswith(flag + "="):
            values.append(word.partition("=")[2])
    return values


def option_value(words: Sequence[str], flag: str) -> Optional[str]:
    """The value command-line ``words`` give ``flag`` (the last one counts, as in
    fairseq), or ``None``."""
    values = option_values(words, flag)
    return values[-1] if values else None


def without_options(words: Sequence[str], flags: Sequence[str]) -> List[str]:
    """Command-line ``words`` without any ``--flag V`` or ``--flag=V`` of ``flags``."""
    kept: List[str] = []
    skip_value = False
    for word in words:
        if skip_value:
            skip_value = False
            continue
        flag, equals, _ = word.partition("=")
        if flag in flags:
            skip_value = not equals
            continue
        kept.append(word)
    return kept


@dataclass(frozen=True)
class Arm:
    name: str
    task: str
    options: List[str] = field(default_factory=list)

    @property
    def is_autoassist(self) -> bool:
        return self.task == "autoassist_translation"

    def option(self, flag: str) -> Optional[str]:
        """The value the arm's options give ``flag`` (:func:`option_value`)."""
        return option_value(self.options, flag)

    def setting(self, flag: str) -> str:
        """The value the arm trains with for an AutoAssist option: its own, or else its
        method's default (for the options a method sets) or the task's."""
        value = self.option(flag)
        if value is not None:
            return value
        attribute = flag[2:].replace("-", "_")
        if attribute in METHOD_OPTIONS:
            return str(method_setting(self.setting("--assistant-selection"), attribute))
        return str(TASK_DEFAULTS[attribute])

    @property
    def drops_nothing(self) -> bool:
        """A plain arm: plain fairseq, or the AutoAssist iterator keeping every pair
        (``--assistant-selection none``, the plug-in's default, or ``--assistant-base
        1``: what a user gets from the iterator alone). The report measures every arm
        against the best of these."""
        if not self.is_autoassist:
            return True
        if self.setting("--assistant-selection") == "none":
            return True
        base = self.option("--assistant-base")
        try:
            return base is not None and float(base) == 1.0
        except ValueError:
            return False


BASELINE = Arm("baseline", "translation")
AUTOASSIST = Arm("autoassist", "autoassist_translation")


# ``NAME=plain:OPTIONS``: plain fairseq (--task translation) with extra fairseq options
PLAIN_PREFIX = "plain:"


def parse_arm(spec: str) -> Arm:
    """``NAME=--assistant-base 0.3 ...``: an AutoAssist arm with other Assistant options;
    ``NAME=plain:--update-epoch-batch-itr True ...``: plain fairseq with other fairseq
    options (what a fairseq user would try first), counted among the plain arms."""
    if spec == BASELINE.name:
        return BASELINE
    if spec == AUTOASSIST.name:
        return AUTOASSIST
    name, sep, options = spec.partition("=")
    if not sep or not name or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(
            f"bad arm {spec!r}: use 'baseline', 'autoassist', NAME=OPTIONS (an AutoAssist "
            "arm, e.g. 'base03=--assistant-base 0.3') or NAME=plain:OPTIONS (plain "
            "fairseq, e.g. 'rebatch=plain:--update-epoch-batch-itr True'); NAME of "
            "letters, digits, - and _"
        )
    if options.startswith(PLAIN_PREFIX):
        options = options[len(PLAIN_PREFIX):]
        if "--assistant-" in options:
            raise ValueError(f"bad arm {spec!r}: a plain arm trains --task translation, "
                             "which has no --assistant-* options")
        return Arm(name, BASELINE.task, shlex.split(options))
    return Arm(name, AUTOASSIST.task, shlex.split(options))


@dataclass(frozen=True)
class Preset:
    """A model and budget. ``model`` holds every fairseq-train option the arms share."""

    name: str
    model: List[str]
    max_update: int
    checkpoint_interval: int
    beam: int = 1
    lenpen: float = 1.0
    why: str = ""
    # Added to ``model`` on a GPU only: half precision, which fairseq cannot run on a CPU
    # (its FP16Optimizer asks for a CUDA device), so CPU runs of the preset stay float32.
    cuda_options: List[str] = field(default_factory=list)

    def option(self, flag: str) -> Optional[str]:
        """The value ``model`` gives a fairseq option (``--max-tokens``), or ``None``."""
        return self.model[self.model.index(flag) + 1] if flag in self.model else None

    @property
    def decays_to_zero(self) -> bool:
        """Whether the learning rate reaches 0 at --max-update (see DECAY_TO_ZERO)."""
        return "polynomial_decay" in self.model


# polynomial_decay's horizon is the run's --max-update (training.schedule_options adds
# it), so the learning rate reaches 0 exactly when an update budget ends. Under a time
# budget (--time-budget with a large --max-update) it barely decays: use a preset with
# inverse_sqrt there, or give the --max-update the time budget will reach.
DECAY_TO_ZERO = ["--lr-scheduler", "polynomial_decay", "--end-learning-rate", "0"]
INVERSE_SQRT = ["--lr-scheduler", "inverse_sqrt"]


def _common(schedule: List[str], dropout: str = "0.1") -> List[str]:
    """Options every preset shares. The schedule and dropout keep their places in the
    list, so that arms trained before presets differed in them are still recognised as
    trained."""
    return [
        "--arch", "transformer", "--share-all-embeddings",
        "--optimizer", "adam", "--adam-betas", "(0.9, 0.98)", "--clip-norm", "0.0",
        *schedule, "--criterion", "label_smoothed_cross_entropy",
        "--label-smoothing", "0.1", "--dropout", dropout, "--weight-decay", "0.0001",
        "--cpu", "--num-workers", "0",
    ]


_SMALL_MODEL = [
    "--encoder-layers", "2", "--decoder-layers", "2",
    "--encoder-embed-dim", "128", "--decoder-embed-dim", "128",
    "--encoder-ffn-embed-dim", "512", "--decoder-ffn-embed-dim", "512",
    "--encoder-attention-heads", "4", "--decoder-attention-heads", "4",
]

_BIBLE_TRAINING = ["--lr", "3e-3", "--warmup-updates", "300", "--max-tokens", "4096"]

_BIBLE = Preset(
    name="bible",
    model=_common(DECAY_TO_ZERO) + _SMALL_MODEL + _BIBLE_TRAINING,
    max_update=2200,
    checkpoint_interval=200,
    # Printed in every summary of the preset, whatever machine ran it: configuration and
    # reasoning only, no speed or duration (measured speeds are in the summary's table).
    why="the full 29k-pair Bible corpus with a 2+2-layer d=128 model, 2,200 updates "
    "of 4,096 tokens (about 8 epochs), the learning rate warmed up over 300 updates to "
    "3e-3 and then decayed linearly to 0 at the last update. Under the inverse-sqrt "
    "schedule (preset bible-isqrt) the baseline was still rising steeply when the "
    "budget ended, so a time-to-target ratio was measured on a moving target. A "
    "schedule that ends at 0 bends every arm's curve over by the end of the budget "
    "(the late gains below say how far), though the model is not converged: a budget "
    "long enough for that did not fit the benchmark on 2 CPU cores. The model replaces "
    "the reference 3+3-layer d=256 one, which was still rising steeply at the end of "
    "its budget. docs/benchmarks.md holds the rounds behind these choices, with their "
    "commands",
)

# fairseq's transformer_iwslt_de_en width (d=512, ffn 1024, 4 heads) at half its depth:
# on a GPU an update of a model this small costs kernel launches more than arithmetic,
# so depth, not width, sets the speed.
_GPU_MODEL = [
    "--encoder-layers", "3", "--decoder-layers", "3",
    "--encoder-embed-dim", "512", "--decoder-embed-dim", "512",
    "--encoder-ffn-embed-dim", "1024", "--decoder-ffn-embed-dim", "1024",
    "--encoder-attention-heads", "4", "--decoder-attention-heads", "4",
]

_BIBLE_GPU = Preset(
    name="bible-gpu",
    model=_common(DECAY_TO_ZERO, dropout="0.2") + _GPU_MODEL + [
        "--lr", "1e-3", "--warmup-updates", "250", "--max-tokens", "8192",
    ],
    cuda_options=["--fp16"],
    max_update=1500,
    checkpoint_interval=250,
    why="the full 29k-pair Bible corpus with a 3+3-layer d=512 model (the width of "
    "fairseq's transformer_iwslt_de_en, half its depth), --fp16 on the GPU, 8,192 "
    "tokens per update, the learning rate warmed up over 250 updates to 1e-3 and "
    "decayed linearly to 0 at the last update. scripts/gpu/round.sh sets --max-update "
    "from the card's measured speed and a number of seconds per arm; the command above "
    "holds the value it chose",
)

# Three times the bible preset's model and more (issue 32: does the iterator's gain hold
# on a larger model?): fairseq's transformer at 3+3 layers, d=256, ffn 1024, 4 heads,
# the reference baseline curve's model (../shared/design/benchmark-notes.md).
_LARGE_MODEL = [
    "--encoder-layers", "3", "--decoder-layers", "3",
    "--encoder-embed-dim", "256", "--decoder-embed-dim", "256",
    "--encoder-ffn-embed-dim", "1024", "--decoder-ffn-embed-dim", "1024",
    "--encoder-attention-heads", "4", "--decoder-attention-heads", "4",
]

_BIBLE_LARGE = Preset(
    name="bible-large",
    model=_common(DECAY_TO_ZERO) + _LARGE_MODEL + [
        "--lr", "2e-3", "--warmup-updates", "300", "--max-tokens", "4096",
    ],
    max_update=2000,
    checkpoint_interval=250,
    why="the full 29k-pair Bible corpus with a 3+3-layer d=256 model (ffn 1024, 4 heads: "
    "3.9 times the bible preset's parameters), 2,000 updates of 4,096 tokens (about 7 "
    "epochs), the learning rate warmed up over 300 updates to 2e-3 and decayed linearly "
    "to 0 at the last update: what fits the 2-core machine with its arms side by side, "
    "one thread each (about 80 minutes an arm). The peak learning rate is the bible "
    "preset's scaled down for the wider model, not tuned",
)


def with_max_tokens(preset: Preset, max_tokens: int) -> Preset:
    """The preset with another batch size (``--max-tokens``), e.g. to fit a GPU's memory
    or to check a large preset's pipeline on a CPU in seconds."""
    if preset.option("--max-tokens") is None:
        raise ValueError(f"preset {preset.name} sets no --max-tokens to replace")
    model = list(preset.model)
    model[model.index("--max-tokens") + 1] = str(max_tokens)
    return replace(preset, model=model)


PRESETS: Dict[str, Preset] = {
    "quick": Preset(
        name="quick",
        model=_common(INVERSE_SQRT) + _SMALL_MODEL + [
            "--lr", "3e-3", "--warmup-updates", "100", "--max-tokens", "2048",
        ],
        max_update=400,
        checkpoint_interval=50,
        why="the embedded 4,000-pair sample and a 2+2-layer d=128 model: BLEU stays "
        "low, it checks the pipeline, not the method",
    ),
    "bible": _BIBLE,
    "bible-gpu": _BIBLE_GPU,
    "bible-large": _BIBLE_LARGE,
    "bible-long": replace(
        _BIBLE, name="bible-long", max_update=4400, checkpoint_interval=400,
        why="the bible preset's corpus and model at twice its budget: 4,400 updates of "
        "4,096 tokens (about 16 epochs), the learning rate warmed up over 300 updates to "
        "3e-3 and decayed linearly to 0 at the last update, so that the late regime, "
        "where the selection probe found selection paying (docs/selection-probe.md), is "
        "a large part of the run",
    ),
    "bible-isqrt": replace(
        _BIBLE, name="bible-isqrt",
        model=_common(INVERSE_SQRT) + _SMALL_MODEL + _BIBLE_TRAINING,
        why="the bible preset's model and budget under the inverse-sqrt schedule: the "
        "configuration of the first benchmark rounds (results/archive/bible-isqrt), kept so that "
        "their commands still reproduce them. Its baseline was still rising at the end",
    ),
}
