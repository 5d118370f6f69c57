#!/usr/bin/env bash
# Where selection starts to pay (issue 22), on a lent GPU: two selection-probe rounds
# (scripts/gpu/probe.sh) side by side on the Bible corpus in its own direction (es-en),
#   long:   a plain run of three times the bible preset's budget, probed at 1,400 to 3,600
#           updates (the CPU probes of docs/selection-probe.md hold 600, 1,400, 2,200,
#           4,400 and 6,000 of such a run);
#   preset: a plain run of the bible preset itself (its learning rate decays three times
#           as fast), probed at 1,000 to 2,000 updates.
# The two schedules separate "selection pays once the learning rate has come down" from
# "once the model has learnt enough". Everything but checkpoints comes back in
# $logs/crossover.tgz, with each round's merged table as long.md and preset.md.
#
# From the repository root, on the device machine (runs/data/bible-es-en and .whl carried):
#   bash scripts/gpu/crossover.sh --logs "$OUT"
# The preset round alone, in the other direction (en-es), at five stages:
#   bash scripts/gpu/crossover.sh --rounds preset --source-lang en --target-lang es \
#       --preset-stages "1200 1400 1600 1800 2000" --logs "$OUT"
# A tiny check of the same steps on the CPU:
#   bash scripts/gpu/crossover.sh --device cpu --data DATA --preset quick --multiple 0.05 \
#       --checkpoint-interval 10 --long-stages "10 20" --preset-stages "10 20" \
#       --seeds "1 2" --updates 2 --policies "paper-oracle" --threads 1 \
#       --probe-options "--pool-size 40 --learnability-gap 10 --evaluations 1" --logs /tmp/l
set -uo pipefail
cd "$(dirname "$0")/../.."

device=cuda
data=runs/data/bible-es-en
preset=bible
rounds="long preset"
source_lang=es
target_lang=en
multiple=3
checkpoint_interval=
long_stages="1400 2200 3000 3600"
preset_stages="1000 1400 1800 2000"
seeds="1 2 3"
updates=100
policies="paper paper-oracle paper-memory"
probe_options=""
threads=2
long_train_limit=250
preset_train_limit=200
probe_limit=200
out=runs/gpu-crossover
logs=${OUT:-/tmp/gpu-crossover-logs}
python=${PYTHON:-python3}
source scripts/gpu/options.sh
parse_options scripts/gpu/crossover.sh "$@"
mkdir -p "$logs" "$out"
log="$logs/crossover.log"
say() { echo "[gpu_crossover $(date +%H:%M:%S)] $*" | tee -a "$log"; }
source scripts/gpu/prelude.sh  # installs the wheels once, before the two rounds start

work=$(mktemp -d)
common=(--device "$device" --data "$data" --preset "$preset"
        --source-lang "$source_lang" --target-lang "$target_lang" --seeds "$seeds"
        --updates "$updates"
        --policies "$policies" --threads "$threads" --probe-options "$probe_options" --probe-limit "$probe_limit")
[[ -n "$checkpoint_interval" ]] && common+=(--checkpoint-interval "$checkpoint_interval")
long_status=0 preset_status=0
if [[ " $rounds " == *" long "* ]]; then
    say "long round: --multiple $multiple, stages $long_stages, $source_lang-$target_lang"
    PYTHON=$python bash scripts/gpu/probe.sh "${common[@]}" --multiple "$multiple" \
        --stages "$long_stages" --train-limit "$long_train_limit" --out "$out/long" \
        --logs "$work/long" >"$work/long.out" 2>&1 &
    long_pid=$!
fi
if [[ " $rounds " == *" preset "* ]]; then
    say "preset round: --multiple 1, stages $preset_stages, $source_lang-$target_lang"
    PYTHON=$python bash scripts/gpu/probe.sh "${common[@]}" --multiple 1 \
        --stages "$preset_stages" --train-limit "$preset_train_limit" --out "$out/preset" \
        --logs "$work/preset" >"$work/preset.out" 2>&1 &
    preset_pid=$!
fi
[[ -n "${long_pid:-}" ]] && { wait "$long_pid"; long_status=$?; }
[[ -n "${preset_pid:-}" ]] && { wait "$preset_pid"; preset_status=$?; }
say "rounds $rounds: long exit status $long_status, preset exit status $preset_status"
for round in long preset; do
    [[ -s "$work/$round/probe.md" ]] && cp "$work/$round/probe.md" "$logs/$round.md"
done
tar czf "$logs/crossover.tgz" -C "$work" . 2>>"$log"
(( long_status == 0 && preset_status == 0 ))
