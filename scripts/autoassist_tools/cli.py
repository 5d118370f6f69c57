"""``autoassist-tools SUBCOMMAND [options]``: one entry point for the tools.

Each subcommand is a module of this package with a ``main(argv=None)``; it is imported
only when run, so ``--help`` does not pay for torch and fairseq. The thin scripts in
``scripts/`` call :func:`run` with their subcommand's name.
"""
from __future__ import annotations

import importlib
import sys
from typing import Dict, List, NamedTuple, Optional


class Tool(NamedTuple):
    module: str
    summary: str
    # stop on SIGTERM as on Ctrl-C, through the cleanup that stops a child fairseq-train
    stops_trainer: bool = False


TOOLS: Dict[str, Tool] = {
    "options": Tool("options_reference", "every option of --task autoassist_translation "
                    "(fairseq's --help does not list them)"),
    "digest": Tool("training_digest", "a digest of a short run with the Assistant synchronous "
                   "(two spellings train alike?)"),
    "results": Tool("results_table", "the README's Results table, from the results folders"),
    "prepare": Tool("prepare", "raw parallel text in, a fairseq data folder out"),
    "benchmark": Tool("time_to_bleu", "time-to-BLEU: AutoAssist against plain fairseq", True),
    "probe": Tool("selection_probe", "would data selection help at this stage of training"),
    "long-run": Tool("long_plain_run", "the long plain run whose checkpoints the probe uses",
                     True),
    "calibrate": Tool("calibrate_budget", "a benchmark's --max-update for a time budget"),
    "inspect": Tool("inspect_assistant", "what a trained Assistant keeps and skips"),
    "throughput": Tool("throughput", "target tokens per second: the defaults against plain "
                       "fairseq, bounded shapes on and off", True),
    "shape-census": Tool("shape_census", "the batch shapes each epoch makes, and the new ones"),
    "shape-replay": Tool("shape_replay", "recorded batch shapes replayed into the model, timed"),
    "scale": Tool("scale_benchmark", "start-up, memory and scoring speed at millions of pairs",
                  True),
    "irreducible": Tool("irreducible", "each training pair's irreducible loss (two half "
                        "models, each scoring the half it did not see), beside the data",
                        True),
}
PROG = "autoassist-tools"


def usage() -> str:
    width = max(map(len, TOOLS))
    lines = [f"usage: {PROG} SUBCOMMAND [options]   ({PROG} SUBCOMMAND --help for its options)",
             "", "subcommands:"]
    lines += [f"  {name:<{width}}  {tool.summary}" for name, tool in TOOLS.items()]
    return "\n".join(lines)


def run(name: str, argv: Optional[List[str]] = None, prog: Optional[str] = None) -> int:
    """Run one tool's ``main`` with ``argv`` (default: this process's arguments)."""
    tool = TOOLS[name]
    module = importlib.import_module(f"{__package__}.{tool.module}")
    if prog is not None:
        sys.argv[0] = prog  # argparse's default prog: the usage line names the subcommand
    if tool.stops_trainer:
        from .benchmark.training import exit_on_sigterm

        exit_on_sigterm()
    return module.main(sys.argv[1:] if argv is None else argv)


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in TOOLS:
        print(f"{PROG}: unknown subcommand {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    return run(name, rest, prog=f"{PROG} {name}")
