#!/bin/bash
# Issue 34's probe on the 2-core CPU machine: reducible loss and spaced revisits against
# uniform and keepall, from the long plain run's checkpoints, in units of one stage and
# one seed (seven 400-update branches, about an hour on one thread), each unit one
# process with one thread, resumable (the probe skips the branches done). Needs
# runs/long-plain (the long plain run, at least to the unit's stage) and, for the
# reducible policies, the irreducible losses beside the data
# (experiments/issue34_threads.sh runs all of it, two threads sharing the units):
#   bash experiments/issue34_probe.sh unit STAGE SEED   # into runs/probe34/stage-STAGE-seedSEED
#   bash experiments/issue34_probe.sh merge STAGE SEED  # that unit into the committed table
#   bash experiments/issue34_probe.sh held STAGE SEED   # exit 0 if the table holds it whole
# The table, results/probe-bible-reducible, grows by one unit at a time and is committed
# as it grows: a session that starts on a new machine (runs/ is not kept from one
# session to the next) trains only the units it lacks.
# The stages: 2,200, where selection lost, and 4,400 and 6,000, where it won (the issue
# asks for 1,400 or 2,200 and both of the others). The plan and the stop rule:
# docs/selection-probe.md, issue 34.
set -u
part=${1:-}
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
STAGES=(2200 4400 6000)
POLICIES=(keepall uniform paper-memory reducible-oracle reducible-memory paper-spaced
          reducible-spaced)
TABLE=results/probe-bible-reducible
PROBE=(.venv/bin/python scripts/selection_probe.py --data runs/data/bible-es-en
       --checkpoint-dir runs/long-plain/checkpoints --updates 400
       --threads 1 --policies "${POLICIES[@]}")
case $part in
  stages) echo "${STAGES[@]}" ;;
  held)
    stage=${2:?give the stage}; seed=${3:?give the seed}
    exec .venv/bin/python experiments/probe_units.py "$TABLE" --stage "$stage" \
      --seed "$seed" --policies "${POLICIES[@]}" ;;
  unit)
    stage=${2:?give the stage}; seed=${3:?give the seed}
    out=runs/probe34/stage-$stage-seed$seed
    # A checkpoint's training-pair losses do not depend on the unit (scored in eval mode,
    # cached by the checkpoint's name, about 2.5 CPU minutes each): link those another
    # unit has finished (never a .partial file) instead of scoring them again.
    mkdir -p "$out/losses"
    for cached in runs/probe34/stage-*/losses/checkpoint_*.npz; do
      [ -e "$cached" ] || continue
      case $cached in *.partial.npz) continue ;; esac
      [ -e "$out/losses/${cached##*/}" ] || ln "$cached" "$out/losses/${cached##*/}"
    done
    exec "${PROBE[@]}" --stages "$stage" --seeds "$seed" --out "$out" ;;
  merge)
    stage=${2:?give the stage}; seed=${3:?give the seed}
    # one merge at a time (the two threads may finish units together); the merge itself
    # refuses a branch the table already holds
    mkdir -p runs/steps
    exec 9> runs/steps/probe34-table.lock
    flock 9
    exec "${PROBE[@]}" --seeds "$seed" --stages "$stage" \
      --merge "runs/probe34/stage-$stage-seed$seed" --out "$TABLE" ;;
  *) echo "usage: $0 unit STAGE SEED|merge STAGE SEED|held STAGE SEED|stages" >&2; exit 2 ;;
esac
