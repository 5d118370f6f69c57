"""Time-to-BLEU benchmark: arms, training, decoding and the report (see time_to_bleu.py).

Which plug-in fairseq is given as ``--user-dir`` is decided in training.py (``PLUGIN``:
the ``fairseq_autoassist`` this process imported).
"""
