#!/bin/bash
# Issue 32: does selection still lose to `uniform` on the larger model when it has a
# window like the one measured on `bible`? On `bible-large` the automatic onset fired at
# 0.89 of the budget, leaving selection 203 updates, too few to tell. These two arms
# start selection at a fixed 0.75 of the budget (update 1,500), forked from seed 1 of the
# defaults' run at its last checkpoint before that (1,250; benchmark/prefix.py: a fixed
# onset is not part of the prefix), side by side, one thread each, then scored.
# Needs runs/large/arms/defaults-seed1 (experiments/regime_threads.sh). Resumable: run it
# again after an interruption. From the repository root:
#   nohup setsid bash experiments/large_onset75.sh > runs/onset75.log 2>&1 &
set -u
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
HARNESS=(.venv/bin/python scripts/time_to_bleu.py --data runs/data/bible-es-en
         --preset bible-large --seeds 1 --share-prefix --out runs/large
         --arm 'defaults=--assistant-selection none')
arm() {  # METHOD: the method with the fixed onset at 0.75 of the budget
  echo "$1-onset75=--assistant-selection $1 --assistant-onset-fraction 0.75"
}
mkdir -p runs/steps
test -e runs/large/arms/defaults-seed1/trained_with.txt \
  || { echo "error: train the donor first (experiments/regime_threads.sh A)"; exit 1; }
for method in assistant uniform; do
  "${HARNESS[@]}" --train-only --arm "$(arm "$method")" \
    > "runs/steps/large-$method-onset75-seed1.log" 2>&1 &
done
wait
"${HARNESS[@]}" --arm "$(arm assistant)" --arm "$(arm uniform)" \
  > runs/steps/large-score-onset75.log 2>&1
echo "done: runs/steps/large-score-onset75.log"
