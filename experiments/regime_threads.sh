#!/bin/bash
# Issue 32's remaining runs, then issue 34's first ones, on the 2-core CPU machine: two
# threads of work, one training process each, every step resumable (the harness resumes
# checkpoints and skips arms whose trained_with.txt says they are done; the long run and
# the irreducible tool resume their own). Start both from the repository root:
#   nohup setsid bash experiments/regime_threads.sh A > runs/threadA.log 2>&1 &
#   nohup setsid bash experiments/regime_threads.sh B > runs/threadB.log 2>&1 &
# and again with the same commands after an interruption. AFTER_PID=N makes a thread wait
# for process N (a harness already training its first step) before it starts.
#
# A: bible-large seed 1 defaults, its assistant fork; the ablation's onepool and look1,
#    seed 1 (the arms that decide the mechanism, so first); seed 1's scores; seed 2
#    defaults and its scores; the long plain run (issue 34's probe stages).
# B: bible-large seed 1 baseline, its uniform fork (once A's fork has passed the prefix
#    proof, which both forks share); onepool and look1, seed 2; seed 1's scores; seed 2
#    baseline and its scores; the irreducible losses (issue 34).
# Scores are cached beside each arm's checkpoints; the report of runs/large, and the
# ablation's joining into results/bible-shared, are made by hand afterwards (see the
# issue's note).
set -u
thread=$1
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
SCORE=".venv/bin/python scripts/time_to_bleu.py --data runs/data/bible-es-en"
H="$SCORE --train-only"
LARGE="$H --preset bible-large --out runs/large"
LARGE_SCORE="$SCORE --preset bible-large --out runs/large"
DEFAULTS=(--arm 'defaults=--assistant-selection none')
mkdir -p runs/large runs/ablation
if [ -n "${AFTER_PID:-}" ]; then
  while kill -0 "$AFTER_PID" 2>/dev/null; do sleep 30; done
fi

wait_for() {  # FILE: until it exists (another process is training what it marks)
  until [ -e "$1" ]; do sleep 30; done
}
step() {  # NAME COMMAND...: one resumable step, its output in runs/steps/NAME.log
  local name=$1; shift
  mkdir -p runs/steps
  echo "[$thread] $(date -u +%FT%TZ) $name"
  if "$@" > "runs/steps/$name.log" 2>&1; then
    touch "runs/steps/$name.done"
  else
    echo "[$thread] $name failed: runs/steps/$name.log"
  fi
}
ablation() {  # SEED NAME OPTIONS
  step "ablation-$2-seed$1" $H --preset bible --seeds "$1" --arm "$2=$3" \
    --out "runs/ablation/seed$1"
}

if [ "$thread" = A ]; then
  step large-defaults-seed1 $LARGE --seeds 1 "${DEFAULTS[@]}"
  step large-assistant-seed1 $LARGE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    --arm 'assistant=--assistant-selection assistant'
  ablation 1 onepool '--assistant-lookahead 100000'
  ablation 1 look1 '--assistant-lookahead 1'
  step large-score-assistant $LARGE_SCORE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    --arm 'assistant=--assistant-selection assistant'
  step large-defaults-seed2 $LARGE --seeds 2 "${DEFAULTS[@]}"
  step large-score-defaults $LARGE_SCORE --seeds 1 2 "${DEFAULTS[@]}"
  step long-plain .venv/bin/python scripts/long_plain_run.py --data runs/data/bible-es-en \
    --preset bible --multiple 3 --out runs/long-plain
else
  step large-baseline-seed1 $LARGE --seeds 1 --arm baseline
  wait_for runs/large/arms/defaults-seed1/trained_with.txt
  wait_for runs/large/arms/assistant-seed1  # made once the shared prefix is proven
  step large-uniform-seed1 $LARGE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    --arm 'uniform=--assistant-selection uniform'
  ablation 2 onepool '--assistant-lookahead 100000'
  ablation 2 look1 '--assistant-lookahead 1'
  wait_for runs/steps/large-score-assistant.done  # scores the defaults' seed 1 too
  step large-score-uniform $LARGE_SCORE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    --arm 'uniform=--assistant-selection uniform'
  step large-score-baseline1 $LARGE_SCORE --seeds 1 --arm baseline
  step large-baseline-seed2 $LARGE --seeds 2 --arm baseline
  step large-score-baseline $LARGE_SCORE --seeds 1 2 --arm baseline
  step irreducible .venv/bin/python -m autoassist_tools irreducible \
    --data runs/data/bible-es-en --preset bible --work-dir runs/irreducible
fi
echo "[$thread] $(date -u +%FT%TZ) done"
