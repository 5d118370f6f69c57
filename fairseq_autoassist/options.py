"""Declaring an option once: its default, its help text and the values it allows.

Every ``--assistant-*`` option is a dataclass field made by :func:`option`, which puts
the allowed values into the field's metadata and at the end of its help text. One
function, :func:`check_options`, then checks any object holding those options (the
task's config at start-up, a label's options built by the probe) against the
declarations, and names every offending option with its allowed values at once.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Optional, Sequence


@dataclass(frozen=True)
class Allowed:
    """An interval of numbers (either end open, closed or absent) or a set of choices."""

    low: Optional[float] = None
    high: Optional[float] = None
    low_open: bool = False
    high_open: bool = False
    choices: Optional[Sequence[str]] = None

    def admits(self, value: Any) -> bool:
        if self.choices is not None:
            return str(value) in self.choices
        try:
            value = float(value)
        except (TypeError, ValueError):
            return False
        if math.isnan(value):
            return False
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        if self.high is not None and (value > self.high or (self.high_open and value == self.high)):
            return False
        return True

    @property
    def text(self) -> str:
        """``in [0, 1)``, ``> 0``, ``>= 1``, ``one of a, b``."""
        if self.choices is not None:
            return f"one of {', '.join(self.choices)}"
        if self.high is None:
            return f"{'>' if self.low_open else '>='} {_number(self.low)}"
        return (f"in {'(' if self.low_open else '['}{_number(self.low)}, "
                f"{_number(self.high)}{')' if self.high_open else ']'}")


def _number(value: Optional[float]) -> str:
    return f"{value:g}"


def between(low: float, high: float, low_open: bool = False, high_open: bool = False) -> Allowed:
    return Allowed(low, high, low_open, high_open)


def at_least(low: float) -> Allowed:
    return Allowed(low=low)


def above(low: float) -> Allowed:
    return Allowed(low=low, low_open=True)


def one_of(choices: Sequence[str]) -> Allowed:
    return Allowed(choices=tuple(choices))


def option(default: Any, help: str, allowed: Optional[Allowed] = None,
           bare: Optional[str] = None) -> Any:
    """A dataclass field for an option: its help text ends with the allowed values.
    A default of ``None`` means "not given" (a method decides it,
    :mod:`fairseq_autoassist.methods`); ``bare`` is the value of the flag given without
    one (``--assistant-memory`` for ``--assistant-memory on``)."""
    text = help if allowed is None or allowed.choices else f"{help}, {allowed.text}"
    metadata = {"help": text, "allowed": allowed}
    if bare is not None:
        metadata["argparse_const"] = bare
    return dataclasses.field(default=default, metadata=metadata)


def option_problems(config: Any, declared: type) -> list:
    """What in ``config`` breaks the declarations of the dataclass ``declared``."""
    problems = []
    for declaration in dataclasses.fields(declared):
        allowed = declaration.metadata.get("allowed")
        if allowed is None or not hasattr(config, declaration.name):
            continue
        value = getattr(config, declaration.name)
        if value is None and declaration.default is None:
            continue  # not given: its method decides it
        if not allowed.admits(value):
            flag = "--" + declaration.name.replace("_", "-")
            problems.append(f"{flag} must be {allowed.text}, got {value!r}")
    return problems


def check_options(config: Any, declared: type, extra_problems: Sequence[str] = ()) -> None:
    """``ValueError`` naming every option of ``config`` outside its declared values."""
    problems = option_problems(config, declared) + list(extra_problems)
    if problems:
        raise ValueError("invalid AutoAssist options: " + "; ".join(problems))


class CheckedOptions:
    """Mixin for an options dataclass that checks its own values when built."""

    def __post_init__(self) -> None:
        check_options(self, type(self))
