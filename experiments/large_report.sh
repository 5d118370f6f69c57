#!/bin/bash
# Issue 32: results/bible-large from runs/large once both seeds of `baseline` and the
# defaults are scored (experiments/regime_threads.sh's step large-score): the round's
# tables for seeds 1 and 2, and the four selection forks of seed 1 (forked from the
# defaults' seed 1 by --share-prefix, scored in runs/large) joined to them, each with the
# command that trained it and its shared-prefix record, by experiments/confirm_report.py
# (which copies the round's report files, not its checkpoints). Nothing is trained or
# decoded here: every score is cached beside its checkpoint. From the repository root:
#   bash experiments/large_report.sh
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
RUNS=runs/large
grep -q -- "--seeds 1 2 " "$RUNS/summary.md" \
  || { echo "error: $RUNS/summary.md is not the two-seed round: run regime_threads.sh's large-score step"; exit 1; }
.venv/bin/python experiments/confirm_report.py --round $RUNS --runs $RUNS \
  --into results/bible-large --replace --donor 'defaults=--assistant-selection none' \
  --command "python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset bible-large --seeds 1 --train-only --out $RUNS" \
  --arm 'assistant=--assistant-selection assistant' \
  --arm 'uniform=--assistant-selection uniform' \
  --arm 'assistant-onset75=--assistant-selection assistant --assistant-onset-fraction 0.75' \
  --arm 'uniform-onset75=--assistant-selection uniform --assistant-onset-fraction 0.75'
