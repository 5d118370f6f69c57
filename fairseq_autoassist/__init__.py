"""AutoAssist for fairseq: a tiny Assistant shrinks away the sentence pairs already learnt.

``fairseq-train --user-dir fairseq_autoassist --task autoassist_translation ...``

Importing the package registers the task and lets torch load fairseq checkpoints
under ``weights_only=True`` (see :mod:`fairseq_autoassist.checkpoint_safety`).
"""
from .checkpoint_safety import allow_fairseq_checkpoints

allow_fairseq_checkpoints()

from . import task  # noqa: E402,F401  (registers --task autoassist_translation)
