"""Time-to-BLEU benchmark: arms, training, decoding and the report (see time_to_bleu.py).

This checkout's plug-in comes first on the path, before any copy installed in the
environment (``pip install -e`` of another checkout): the in-process scorer imports it
as fairseq's ``--user-dir``, and fairseq refuses a user dir whose module name was
already imported from elsewhere.
"""
import sys
from pathlib import Path

_CHECKOUT = str(Path(__file__).resolve().parents[2])
if sys.path[:1] != [_CHECKOUT]:
    sys.path.insert(0, _CHECKOUT)
