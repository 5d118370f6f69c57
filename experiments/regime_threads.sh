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
#    seed 1 (the arms that decide the mechanism, so first); seed 1's scores; the
#    assistant fork with its onset at 0.75 (experiments/large_onset75.sh) and, once B's
#    uniform one has trained, their scores; seed 2 defaults, and once B's baseline has
#    trained, both seeds' scores; the long plain run (issue 34's probe stages).
# B: bible-large seed 1 baseline, its uniform fork (once A's fork has passed the prefix
#    proof, which both forks share); onepool and look1, seed 2; the uniform fork with
#    its onset at 0.75; seed 2 baseline; the irreducible losses (issue 34).
# The harness scores only with a baseline among the arms (its targets).
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

FORKS=(--arm 'assistant=--assistant-selection assistant'
       --arm 'uniform=--assistant-selection uniform')
if [ "$thread" = A ]; then
  step large-defaults-seed1 $LARGE --seeds 1 "${DEFAULTS[@]}"
  step large-assistant-seed1 $LARGE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    --arm 'assistant=--assistant-selection assistant'
  ablation 1 onepool '--assistant-lookahead 100000'
  ablation 1 look1 '--assistant-lookahead 1'
  wait_for runs/large/arms/uniform-seed1/trained_with.txt
  step large-score-seed1 $LARGE_SCORE --seeds 1 --share-prefix "${DEFAULTS[@]}" \
    "${FORKS[@]}" --arm baseline
  step large-assistant-onset75-seed1 bash experiments/large_onset75.sh assistant
  wait_for runs/steps/large-uniform-onset75-seed1.done
  step large-score-onset75 bash experiments/large_onset75.sh score
  step large-defaults-seed2 $LARGE --seeds 2 "${DEFAULTS[@]}"
  wait_for runs/large/arms/baseline-seed2/trained_with.txt
  step large-score $LARGE_SCORE --seeds 1 2 "${DEFAULTS[@]}" --arm baseline
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
  step large-uniform-onset75-seed1 bash experiments/large_onset75.sh uniform
  step large-baseline-seed2 $LARGE --seeds 2 --arm baseline
  step irreducible .venv/bin/python -m autoassist_tools irreducible \
    --data runs/data/bible-es-en --preset bible --work-dir runs/irreducible
fi
echo "[$thread] $(date -u +%FT%TZ) done"
