#!/usr/bin/env python3
"""Would data selection help at this stage of training: `autoassist-tools probe`."""
from autoassist_tools.cli import run

raise SystemExit(run("probe"))
