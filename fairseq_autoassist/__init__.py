"""AutoAssist for fairseq: a tiny Assistant shrinks away the sentence pairs already learnt.

``fairseq-train --user-dir fairseq_autoassist --task autoassist_translation ...``

Importing the package registers the tasks (``autoassist_translation``, and
``irreducible_half``, which trains the irreducible-loss half models) and lets torch
load fairseq checkpoints under ``weights_only=True`` (see
:mod:`fairseq_autoassist.checkpoint_safety`).
"""
from .checkpoint_safety import allow_fairseq_checkpoints

allow_fairseq_checkpoints()

from . import task  # noqa: E402,F401  (registers --task autoassist_translation)
from . import half_task  # noqa: E402,F401  (registers --task irreducible_half)
