#!/bin/bash
# Issue 32 on the 2-core CPU machine: one seed's queue of runs, one thread, resumable.
# Start one queue per seed, from the repository root:
#   mkdir -p runs/ablation
#   nohup setsid bash experiments/regime_queue.sh 1 > runs/ablation/queue1.log 2>&1 &
#   nohup setsid bash experiments/regime_queue.sh 2 > runs/ablation/queue2.log 2>&1 &
# Its steps: the mechanism ablation's decisive arms (plain4470, frozen, onepool), then the
# bible-large preset (seed 1 with the selection and uniform forked from the defaults'
# run, seed 2 the defaults and plain fairseq), then the ablation's last arm (look1).
# Every harness resumes what an earlier one left (checkpoints, cached scores), so a
# queue stopped anywhere is started again with the same command. An ablation
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
# 1. the decisive arms: the defaults' tokens per update in plain fairseq's batches
#    (plain4470), the iterator's batches without regrouping (frozen), and one pool per
#    sweep (onepool: regrouped every epoch, each batch from a narrow band of lengths of
#    the whole corpus, as fairseq's are)
$H --preset bible --seeds $s --arm 'plain4470=plain:--max-tokens 4470' \
   --arm 'frozen=--assistant-freeze-batches' --arm 'onepool=--assistant-lookahead 100000' \
   --arm baseline --out runs/ablation/seed$s > runs/ablation/seed$s-decisive.log 2>&1 &
until_baseline runs/ablation/seed$s-decisive.log
# 2. the larger model: seed 1 with the selection and uniform forked from the defaults
if [ "$s" = 1 ]; then
  forks=(--share-prefix --arm 'defaults=--assistant-selection none'
         --arm 'assistant=--assistant-selection assistant'
         --arm 'uniform=--assistant-selection uniform' --arm baseline)
else
  forks=(--arm 'defaults=--assistant-selection none' --arm baseline)
fi
mkdir -p runs/large
$H --preset bible-large --seeds $s "${forks[@]}" --out runs/large/seed$s > runs/large/seed$s.log 2>&1
# 3. the ablation's other arm (look1: pools of one batch)
$H --preset bible --seeds $s --arm 'plain4470=plain:--max-tokens 4470' \
   --arm 'frozen=--assistant-freeze-batches' --arm 'onepool=--assistant-lookahead 100000' \
   --arm 'look1=--assistant-lookahead 1' --arm baseline --out runs/ablation/seed$s \
   > runs/ablation/seed$s-rest.log 2>&1 &
until_baseline runs/ablation/seed$s-rest.log
echo "seed $s queue done"
