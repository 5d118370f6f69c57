"""The methods ``--assistant-selection`` names, and the option defaults each one sets.

A method is a whole way of training: the shrinking rule it runs, and the defaults of
the few options that decide when and how much it selects. A method sets those
defaults; an option given on the command line overrides its method's default; and
nothing else decides them: no option switches another one on. :func:`settle_method`
fills in, once at start-up, every method option the user left unset (``None`` in the
config), and returns the one log line that says what the method set and what the
command line overrode.

- ``none`` (the default): the shrinking iterator keeps every candidate; the Assistant
  learns and logs, and the automatic onset logs where selection would start.
- ``paper``: the paper's AutoAssist as published: one warm-up epoch of plain batches,
  then the Assistant's keep probabilities as they are, no pair memory, no target.
- ``assistant``: the project's selection: the automatic onset, the pair memory, the
  unbiased threshold and a keep-rate target of 0.5.
- ``uniform``: the control: ``assistant``'s onset and keep rate, the pairs chosen at
  random (each candidate of a chunk kept with the chunk's mean keep probability).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Tuple

# the options a method decides (unless given), as config attributes
METHOD_OPTIONS: Tuple[str, ...] = (
    "assistant_onset_agreement", "assistant_memory", "assistant_unbiased_threshold",
    "assistant_keep_rate",
)
SWITCH_VALUES = ("on", "off")


@dataclass(frozen=True)
class Method:
    """One choice of ``--assistant-selection``."""

    name: str
    rule: str  # what the shrinking rule does once selection starts: none, assistant, uniform
    summary: str
    defaults: Mapping[str, Any]


# The project's selection (issue 22): the onset once the pair memory's labels settle,
# the memory's labels, the threshold of every candidate's mean, half the pairs kept.
_PROJECT = {"assistant_onset_agreement": 0.92, "assistant_memory": "on",
            "assistant_unbiased_threshold": "on", "assistant_keep_rate": 0.5}
# The paper's: the warm-up epochs, the token model's probabilities as they are.
_PAPER = {"assistant_onset_agreement": 0.0, "assistant_memory": "off",
          "assistant_unbiased_threshold": "off", "assistant_keep_rate": 0.0}

METHODS: Dict[str, Method] = {
    method.name: method for method in (
        Method("none", "none", "the shrinking iterator keeps every candidate; the Assistant "
               "learns and logs where selection would start", _PROJECT),
        Method("paper", "assistant", "the paper's AutoAssist: one warm-up epoch, then the "
               "Assistant's keep probabilities as they are", _PAPER),
        Method("assistant", "assistant", "the project's selection: the automatic onset, the "
               "pair memory, the unbiased threshold, a keep-rate target", _PROJECT),
        Method("uniform", "uniform", "the control: as many pairs as the Assistant would "
               "drop, chosen at random", _PROJECT),
    )
}
METHOD_NAMES: Tuple[str, ...] = tuple(METHODS)
DEFAULT_METHOD = METHOD_NAMES[0]


def flag(attribute: str) -> str:
    return "--" + attribute.replace("_", "-")


def _shown(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def method_of(name: Any) -> Method:
    """The method named ``name``; a ``ValueError`` naming the choices otherwise."""
    try:
        return METHODS[str(name)]
    except KeyError:
        raise ValueError(f"--assistant-selection must be one of {', '.join(METHOD_NAMES)}, "
                         f"got {name!r}") from None


def method_setting(method: str, attribute: str, given: Any = None) -> Any:
    """What a run of ``method`` trains with for one method option: ``given`` (the
    command line's value) if not ``None``, else the method's default."""
    return method_of(method).defaults[attribute] if given is None else given


def is_on(value: Any) -> bool:
    """An on/off option's value as a bool (``True`` and ``"on"`` are on)."""
    return value is True or str(value) == "on"


def settle_method(cfg: Any) -> str:
    """Fill ``cfg``'s method options left unset with its method's defaults, in place,
    and return the start-up line: what the method set, what the command line gave
    instead. Idempotent: settled values read as given, equal to the method's."""
    method = method_of(cfg.assistant_selection)
    set_by_method: List[str] = []
    overridden: List[str] = []
    for attribute in METHOD_OPTIONS:
        default = method.defaults[attribute]
        given = getattr(cfg, attribute)
        if given is None:
            setattr(cfg, attribute, default)
            set_by_method.append(f"{flag(attribute)} {_shown(default)}")
        elif _shown(given) != _shown(default):
            overridden.append(f"{flag(attribute)} {_shown(given)} (the method's: "
                              f"{_shown(default)})")
    line = f"--assistant-selection {method.name} ({method.summary})"
    if set_by_method:
        line += "; the method sets " + ", ".join(set_by_method)
    if overridden:
        line += "; given instead: " + ", ".join(overridden)
    return line
