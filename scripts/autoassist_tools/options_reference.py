"""Every option of ``--task autoassist_translation``, from the config's declarations.

``fairseq-train --task autoassist_translation --help`` does not list a task's options:
fairseq parses ``--help`` before it adds them (for its own ``translation`` task too).
``autoassist-tools options`` prints them, with their defaults and allowed values;
``--markdown`` prints docs/options.md, which a test keeps equal to this output, so the
page cannot fall behind the code.
"""
from __future__ import annotations

import argparse
import dataclasses
import textwrap
from typing import Iterator, List, Optional, Sequence, Tuple

PAGE_INTRO = """\
# Options of `--task autoassist_translation`

Generated from the config's declarations by `autoassist-tools options --markdown`
(`python -m autoassist_tools options --markdown` from `scripts/`); a test fails when this
page and the code differ. `autoassist-tools options` prints the same in a terminal:
fairseq's `--help` does not list a task's options.

Every other option is fairseq's own, as with `--task translation`. A value out of range
stops the run at start-up with a message naming the option and its range. The
[README](../README.md#options) lists the few a user sets; [design.md](design.md)
explains the mechanisms behind the rest."""

METHOD_NOTE = """\
`--assistant-selection` names a whole method. Each method sets the defaults of the four
options below it; an option given on the command line overrides its method's default,
and the start-up log says which were set and which overridden. No option switches
another on."""


def _groups() -> List[Tuple[str, str, List[dataclasses.Field]]]:
    """(title, note, fields) in the order a user reads them: the method first."""
    from fairseq_autoassist.config import AssistantOptions, ShrinkingOptions
    from fairseq_autoassist.labels import label_option_classes
    from fairseq_autoassist.methods import METHOD_OPTIONS

    declared = {f.name: f for cls in (AssistantOptions, ShrinkingOptions)
                for f in dataclasses.fields(cls)}
    method = ["assistant_selection", *METHOD_OPTIONS]
    groups = [("The method", METHOD_NOTE, [declared[name] for name in method])]
    for cls in (AssistantOptions, ShrinkingOptions):
        title = cls.__doc__.strip().splitlines()[0].rstrip(".")
        groups.append((title, "", [f for f in dataclasses.fields(cls) if f.name not in method]))
    labels = [f for cls in label_option_classes() for f in dataclasses.fields(cls)]
    if labels:
        groups.append(("The labels' options", "Read only by the label named.", labels))
    return groups


def flag_of(field: dataclasses.Field) -> str:
    return "--" + field.name.replace("_", "-")


def default_text(field: dataclasses.Field) -> str:
    default = field.default
    if default is None:
        return "the method's"
    if default is False:
        return "off"
    if isinstance(default, float):
        return f"{default:g}"
    return str(getattr(default, "value", default))


def value_text(field: dataclasses.Field) -> str:
    """``{a,b}`` for choices, ``N`` for numbers, nothing for a flag."""
    allowed = field.metadata.get("allowed")
    if field.type in (bool, "bool"):
        return ""
    if allowed is not None and allowed.choices:
        bare = field.metadata.get("argparse_const")
        choices = "{" + ",".join(allowed.choices) + "}"
        return f"[{choices}]" if bare else choices
    return "N"


def rows() -> Iterator[Tuple[str, str, str, str, str]]:
    """(group title, group note, flag with its value, default, help) per option."""
    for title, note, fields in _groups():
        for field in fields:
            shown = f"{flag_of(field)} {value_text(field)}".rstrip()
            yield title, note, shown, default_text(field), field.metadata["help"]


def markdown() -> str:
    lines = [PAGE_INTRO]
    current = None
    for title, note, shown, default, help_text in rows():
        if title != current:
            current = title
            lines += ["", f"## {title}", ""]
            if note:
                lines += [note, ""]
            lines += ["| option | default | meaning |", "|---|---|---|"]
        lines.append(f"| `{shown}` | {default} | {help_text.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def terminal(width: int = 88) -> str:
    lines = ["options of --task autoassist_translation (fairseq's --help does not list "
             "a task's options):"]
    current = None
    for title, _note, shown, default, help_text in rows():
        if title != current:
            current = title
            lines += ["", f"{title}:"]
        lines.append(f"  {shown}   (default: {default})")
        lines += textwrap.wrap(help_text, width, initial_indent="      ",
                               subsequent_indent="      ", break_on_hyphens=False)
    return "\n".join(lines) + "\n"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true",
                        help="print docs/options.md (Markdown tables) instead")
    args = parser.parse_args(argv)
    print(markdown() if args.markdown else terminal(), end="")
    return 0

