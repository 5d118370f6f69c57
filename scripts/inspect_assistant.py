#!/usr/bin/env python3
"""What a trained Assistant keeps and skips: `autoassist-tools inspect`."""
from autoassist_tools.cli import run

raise SystemExit(run("inspect"))
