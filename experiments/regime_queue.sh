#!/bin/bash
# Issue 32 on the 2-core CPU machine: one seed's queue of runs, one thread, resumable.
# Start one queue per seed, from the repository root:
#   mkdir -p runs/ablation
#   nohup setsid bash experiments/regime_queue.sh 1 > runs/ablation/queue1.log 2>&1 &
#   nohup setsid bash experiments/regime_queue.sh 2 > runs/ablation/queue2.log 2>&1 &
# Its steps: the mechanism ablation's decisive arms (plain4470, frozen), then the
# bible-large preset (seed 1 with the selection and uniform forked from the defaults'
# run, seed 2 the defaults and plain fairseq), then the ablation's other arms (onepool,
# look1). Every harness resumes what an earlier one left (checkpoints, cached scores),
# so a queue stopped anywhere is started again with the same command. An ablation
# harness is stopped when it reaches its baseline, which results/bible-shared holds.
s=$1
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
H=".venv/bin/python scripts/time_to_bleu.py --data runs/data/bible-es-en"
until_baseline() {  # LOG: stop the harness writing LOG once it reaches its baseline arm
  while ! grep -q "^\[baseline\] training" "$1" 2>/dev/null; do
    pgrep -f "ablation/seed$s\b" >/dev/null || return 0
    sleep 15
  done
  pkill -f "ablation/seed$s\b"; sleep 5
}
stop_at() {  # LOG ARM: stop the harness writing LOG once it starts training ARM
  while ! grep -q "^\[$2\] training" "$1" 2>/dev/null; do
    pgrep -f "ablation/seed$s\b" >/dev/null || return 0
    sleep 15
  done
  pkill -f "ablation/seed$s\b"; sleep 5
}
# 1. a harness started before this queue (the first launch, whose arms were in another
#    order): let it finish plain4470, stop it before look1; nothing to wait for otherwise
stop_at runs/ablation/seed$s.log look1
# 2. frozen: the iterator's own batches without regrouping
$H --preset bible --seeds $s --arm 'plain4470=plain:--max-tokens 4470' \
   --arm 'frozen=--assistant-freeze-batches' --arm baseline --out runs/ablation/seed$s \
   > runs/ablation/seed$s-frozen.log 2>&1 &
until_baseline runs/ablation/seed$s-frozen.log
# 3. the larger model: seed 1 with the selection and uniform forked from the defaults
if [ "$s" = 1 ]; then
  forks=(--share-prefix --arm 'defaults=--assistant-selection none'
         --arm 'assistant=--assistant-selection assistant'
         --arm 'uniform=--assistant-selection uniform' --arm baseline)
else
  forks=(--arm 'defaults=--assistant-selection none' --arm baseline)
fi
mkdir -p runs/large
$H --preset bible-large --seeds $s "${forks[@]}" --out runs/large/seed$s > runs/large/seed$s.log 2>&1
# 4. the ablation's other arms
$H --preset bible --seeds $s --arm 'plain4470=plain:--max-tokens 4470' \
   --arm 'frozen=--assistant-freeze-batches' --arm 'onepool=--assistant-lookahead 100000' \
   --arm 'look1=--assistant-lookahead 1' --arm baseline --out runs/ablation/seed$s \
   > runs/ablation/seed$s-rest.log 2>&1 &
until_baseline runs/ablation/seed$s-rest.log
echo "seed $s queue done"
