"""Time-to-BLEU benchmark: arms, training, decoding and the report (see time_to_bleu.py)."""
