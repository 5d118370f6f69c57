"""Building blocks of ``prepare.py`` (``autoassist-tools prepare``): readers for each
corpus source, the cleaning rules, and the split / SentencePiece / binarisation pipeline.

Kept outside ``fairseq_autoassist/`` on purpose: fairseq imports the ``--user-dir``
package at training time, and data preparation has no business being loaded there.
"""


class PrepareError(Exception):
    """A problem with the user's input or options, reported as a one-line message."""
