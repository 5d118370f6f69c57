#!/bin/bash
# Issue 34, start to end, on the 2-core CPU machine: two threads of one training process
# each, every step resumable, so that after an interruption the same two commands go on
# where the work stopped. From the repository root:
#   nohup setsid bash experiments/issue34_threads.sh A > runs/issue34-A.log 2>&1 &
#   nohup setsid bash experiments/issue34_threads.sh B > runs/issue34-B.log 2>&1 &
# A: the long plain run, one stage at a time: up to the first stage the committed probe
#    table (results/probe-bible-reducible) still lacks a unit of, then one of that
#    stage's units, then on to the next such stage. B: the irreducible losses, then
#    every unit it can take as the stage checkpoints appear. A unit (one stage, one
#    seed: experiments/issue34_probe.sh) is locked by one thread and merged into the
#    table as soon as it is done; commit the table then, since runs/ is not kept from
#    one session to the next, and a stage (the long run to it, then its two units side
#    by side) is the most one session can finish, on a fast machine only. Once the table holds every unit, A picks
#    the rule by the criterion written before the confirmation (experiments/
#    issue34_rule.py, into runs/steps/rule34.txt). Then A trains the confirmation's
#    seed 1 and B its seed 2 (experiments/issue34_confirm.sh), and A scores and reports.
# A failed step leaves runs/steps/NAME.failed and its log in runs/steps/NAME.log; what
# needs it waits (delete the .failed file and restart the thread to try it again).
set -u
thread=$1
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
mkdir -p runs/steps
RULE_FILE=runs/steps/rule34.txt

step() {  # NAME COMMAND...: one resumable step, its output in runs/steps/NAME.log
  local name=$1; shift
  [ -e "runs/steps/$name.done" ] && return 0
  [ -e "runs/steps/$name.failed" ] && { echo "[$thread] $name failed before: skipped"; return 1; }
  echo "[$thread] $(date -u +%FT%TZ) $name"
  if "$@" > "runs/steps/$name.log" 2>&1; then
    touch "runs/steps/$name.done"
  else
    touch "runs/steps/$name.failed"
    echo "[$thread] $name failed: runs/steps/$name.log"
    return 1
  fi
}
wait_for() {  # FILE: until it exists (the other thread is making it)
  until [ -e "$1" ]; do sleep 60; done
}
run_unit() {  # NAME COMMAND...: COMMAND unless another thread holds NAME (a kernel lock,
  # released when its holder dies, so an interrupted session leaves nothing stale);
  # returns 3 when it is held
  local name=$1; shift
  ( flock -n 9 || exit 3; "$@" ) 9> "runs/steps/$name.lock"
}
held() {  # STAGE SEED: whether the committed probe table holds that unit whole
  bash experiments/issue34_probe.sh held "$1" "$2"
}
stages_needed() {  # the stages the table lacks a unit of, in order (none: empty)
  local stages needed=(); read -r -a stages <<< "$(bash experiments/issue34_probe.sh stages)"
  for stage in "${stages[@]}"; do
    { held "$stage" 1 && held "$stage" 2; } || needed+=("$stage")
  done
  echo "${needed[@]}"
}
train_and_merge() {  # STAGE SEED: one unit, then into the table
  step "probe34-$1-seed$2" bash experiments/issue34_probe.sh unit "$1" "$2" || return 1
  step "probe34-merge-$1-seed$2" bash experiments/issue34_probe.sh merge "$1" "$2"
}
probe_units() {  # [now]: run the units the table lacks as their checkpoints appear, until
  # none is left; with "now", only those that can run at once, then return
  local stages; read -r -a stages <<< "$(bash experiments/issue34_probe.sh stages)"
  while true; do
    local left=0 ran=0
    for stage in "${stages[@]}"; do
      for seed in 1 2; do
        local unit=probe34-$stage-seed$seed
        held "$stage" "$seed" && continue
        [ -e "runs/steps/$unit.failed" ] && continue
        [ -e "runs/steps/probe34-merge-$stage-seed$seed.failed" ] && continue
        left=1
        compgen -G "runs/long-plain/checkpoints/checkpoint_*_$stage.pt" > /dev/null || continue
        [ -e runs/data/bible-es-en/train.es-en.irreducible.json ] || continue  # written last
        run_unit "$unit" train_and_merge "$stage" "$seed"
        [ $? = 3 ] || ran=1
      done
    done
    [ $left = 0 ] && return 0
    [ "${1:-}" = now ] && [ $ran = 0 ] && return 0
    if [ $ran = 0 ]; then
      compgen -G "runs/steps/long-plain-*.failed" > /dev/null && {
        echo "[$thread] the long run failed"; return 1; }
      [ -e runs/steps/irreducible.failed ] && { echo "[$thread] irreducible failed"; return 1; }
      sleep 60
    fi
  done
}

if [ "$thread" = A ]; then
  for stage in $(stages_needed); do  # the run stops at each stage the probe still needs
    step "long-plain-$stage" .venv/bin/python scripts/long_plain_run.py \
      --data runs/data/bible-es-en --preset bible --multiple 3 --out runs/long-plain \
      --until "$stage" || exit 1
    probe_units now || exit 1
  done
  probe_units || exit 1  # the units B still trains
  [ -z "$(stages_needed)" ] || {
    echo "[$thread] a probe unit failed: see runs/steps/probe34-*.failed"; exit 1; }
  [ -e $RULE_FILE ] || .venv/bin/python experiments/issue34_rule.py \
    results/probe-bible-reducible/probe.csv > $RULE_FILE.partial \
    && mv $RULE_FILE.partial $RULE_FILE
  rule=$(cat $RULE_FILE)
  step "confirm34-train-seed1" bash experiments/issue34_confirm.sh "$rule" train 1 || exit 1
  wait_for runs/steps/confirm34-train-seed2.done
  step confirm34-score bash experiments/issue34_confirm.sh "$rule" score || exit 1
  step confirm34-report bash experiments/issue34_confirm.sh "$rule" report
else
  step irreducible .venv/bin/python -m autoassist_tools irreducible \
    --data runs/data/bible-es-en --preset bible --work-dir runs/irreducible
  probe_units || exit 1
  wait_for $RULE_FILE
  step "confirm34-train-seed2" bash experiments/issue34_confirm.sh "$(cat $RULE_FILE)" train 2
fi
echo "[$thread] $(date -u +%FT%TZ) done"
