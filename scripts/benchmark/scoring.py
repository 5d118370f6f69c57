"""Decodes a checkpoint with fairseq-generate and scores it with sacrebleu.

Hypotheses are SentencePiece-decoded by fairseq (``--post-process sentencepiece``) and
scored against the raw, cleaned references that prepare_data.py keeps in ``raw/``.
Decoded lengths are bounded (``--max-len-a 1.2 --max-len-b 10``) so that an early,
babbling checkpoint does not decode for minutes.
"""
from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path
from typing import Dict, List

import sacrebleu

from .training import REPO, device_options, fairseq_bin

DETOKENISED = re.compile(r"^D-(\d+)\t[^\t]*\t(.*)$", re.M)


def decode(checkpoint: Path, data: Path, split: str, beam: int, lenpen: float,
           device: str = "cpu") -> List[str]:
    command = [
        *fairseq_bin("fairseq-generate"), str(data), "--path", str(checkpoint),
        "--user-dir", str(REPO / "fairseq_autoassist"), "--task", "translation",
        "--gen-subset", split, "--beam", str(beam), "--lenpen", str(lenpen),
        "--max-len-a", "1.2", "--max-len-b", "10", "--batch-size", "128",
        "--required-batch-size-multiple", "1", "--post-process", "sentencepiece",
        "--no-progress-bar",
        *device_options(device),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"decoding {checkpoint} failed:\n{result.stderr[-3000:]}")
    by_id = {int(i): text for i, text in DETOKENISED.findall(result.stdout)}
    return [by_id.get(i, "") for i in range(max(by_id) + 1 if by_id else 0)]


def score(checkpoint: Path, data: Path, split: str, target_lang: str, beam: int,
          lenpen: float, device: str = "cpu") -> Dict[str, object]:
    references = (data / "raw" / f"{split}.{target_lang}").read_text().splitlines()
    start = time.time()
    hypotheses = decode(checkpoint, data, split, beam, lenpen, device)
    if len(hypotheses) != len(references):
        raise RuntimeError(
            f"{checkpoint}: {len(hypotheses)} hypotheses for {len(references)} references"
        )
    bleu = sacrebleu.metrics.BLEU()
    result = bleu.corpus_score(hypotheses, [references])
    return {
        "bleu": round(result.score, 2),
        "signature": str(bleu.get_signature()),
        "decode_seconds": round(time.time() - start, 1),
    }
