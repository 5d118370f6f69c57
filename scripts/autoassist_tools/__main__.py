"""``python -m autoassist_tools SUBCOMMAND ...``: the same as ``autoassist-tools``."""
import sys

from .cli import main

sys.exit(main())
