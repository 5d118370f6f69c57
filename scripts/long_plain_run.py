#!/usr/bin/env python3
"""The long plain run whose checkpoints the probe uses: `autoassist-tools long-run`."""
from autoassist_tools.cli import run

raise SystemExit(run("long-run"))
