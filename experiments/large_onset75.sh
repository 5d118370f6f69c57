#!/bin/bash
# Issue 32: does selection still lose to `uniform` on the larger model when it has a
# window like the one measured on `bible`? On `bible-large` the automatic onset fired at
# 0.89 of the budget, leaving selection 203 updates, too few to tell. These two arms
# start selection at a fixed 0.75 of the budget (update 1,500), forked from seed 1 of the
# defaults' run at its last checkpoint before that (1,250; benchmark/prefix.py: a fixed
# onset is not part of the prefix). One training process per call, resumable:
#   bash experiments/large_onset75.sh assistant   # one thread
#   bash experiments/large_onset75.sh uniform     # the other, side by side
#   bash experiments/large_onset75.sh score       # once both have trained
# (experiments/regime_threads.sh calls it so.) Needs runs/large/arms/defaults-seed1.
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
HARNESS=(.venv/bin/python scripts/time_to_bleu.py --data runs/data/bible-es-en
         --preset bible-large --seeds 1 --share-prefix --out runs/large
         --arm 'defaults=--assistant-selection none')
arm() {  # METHOD: the method with the fixed onset at 0.75 of the budget
  echo "$1-onset75=--assistant-selection $1 --assistant-onset-fraction 0.75"
}
test -e runs/large/arms/defaults-seed1/trained_with.txt \
  || { echo "error: train the donor first (experiments/regime_threads.sh A)"; exit 1; }
case "${1:-}" in
  assistant|uniform) exec "${HARNESS[@]}" --train-only --arm "$(arm "$1")" ;;
  score) exec "${HARNESS[@]}" --arm "$(arm assistant)" --arm "$(arm uniform)" --arm baseline ;;
  *) echo "usage: $0 assistant|uniform|score"; exit 2 ;;
esac
