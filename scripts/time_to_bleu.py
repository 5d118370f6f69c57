#!/usr/bin/env python3
"""Time-to-BLEU, AutoAssist against plain fairseq: `autoassist-tools benchmark`."""
from autoassist_tools.cli import run

raise SystemExit(run("benchmark"))
