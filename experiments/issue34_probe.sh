#!/bin/bash
# Issue 34's probe on the 2-core CPU machine: reducible loss and spaced revisits against
# uniform and keepall, from the long plain run's checkpoints, two threads of one process
# each, resumable (the probe skips the branches done). Needs runs/long-plain (the long
# plain run to 6,000 updates at least) and the irreducible losses beside the data
# (experiments/regime_threads.sh makes both). From the repository root:
#   nohup setsid bash experiments/issue34_probe.sh early > runs/probe34-early.log 2>&1 &
#   nohup setsid bash experiments/issue34_probe.sh late > runs/probe34-late.log 2>&1 &
#   bash experiments/issue34_probe.sh merge
# early: the stages where selection lost (1,400 and 2,200); late: where it won (4,400
# and 6,000). The plan and the stop rule: docs/selection-probe.md, issue 34.
set -u
part=$1
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
PROBE=(.venv/bin/python scripts/selection_probe.py --data runs/data/bible-es-en
       --checkpoint-dir runs/long-plain/checkpoints --seeds 1 2 --updates 400
       --threads 1 --policies keepall uniform paper-memory reducible-oracle
       reducible-memory paper-spaced reducible-spaced)
case $part in
  early) stages=(1400 2200) ;;
  late) stages=(4400 6000) ;;
  merge)
    "${PROBE[@]}" --stages 1400 2200 4400 6000 --merge runs/probe34/stage-* \
      --out results/probe-bible-reducible
    exit ;;
  *) echo "usage: $0 early|late|merge" >&2; exit 2 ;;
esac
for stage in "${stages[@]}"; do
  "${PROBE[@]}" --stages "$stage" --out "runs/probe34/stage-$stage"
done
