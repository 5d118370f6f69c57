#!/usr/bin/env python3
"""Raw parallel text in, a fairseq data folder out: `autoassist-tools prepare`."""
from autoassist_tools.cli import run

raise SystemExit(run("prepare"))
