#!/usr/bin/env bash
# Issue 32's GPU rung, in one device call of at most 10 minutes on an H100: plain
# fairseq (`baseline`) and the plug-in's defaults (`defaults`, --assistant-selection
# none) side by side on the one GPU at the bible-gpu preset (3+3 layers, d512, fp16),
# for as many updates as the card fits in --seconds with both training at once, the
# learning rate decayed to 0 at that budget, then every checkpoint scored on the GPU;
# then target tokens per second of plain fairseq and of the defaults with bounded shapes
# on and off (autoassist-tools throughput). Each step is bounded in time and what it made
# is packed into --logs at once, so a call cut short still brings back what finished.
#
# From the repository root, on the device machine (its files come back from $OUT), with
# .whl and runs/data/bible-es-en carried:
#   bash scripts/gpu/regime.sh --logs "$OUT"
# With --max-update N --checkpoint-interval K the side-by-side calibration (about a
# minute) is skipped. The same steps on the CPU, tiny (what tests/test_gpu_regime.py runs):
#   bash scripts/gpu/regime.sh --device cpu --data DATA --preset quick --max-update 20 \
#       --checkpoint-interval 10 --max-tokens 128 --throughput-updates 30 \
#       --throughput-log-interval 10 --out /tmp/regime --logs /tmp/regime-logs
set -uo pipefail
cd "$(dirname "$0")/../.."

device=cuda
data=runs/data/bible-es-en
preset=bible-gpu
seconds=180
checkpoints=4
calibration_updates=150
max_tokens=
max_update=
checkpoint_interval=
throughput_updates=300
throughput_log_interval=20
throughput_repeats=1
out=results/bible-gpu-regime
logs=${OUT:-/tmp/gpu-regime-logs}
train_limit=300
score_limit=150
throughput_limit=150
python=${PYTHON:-python3}
source scripts/gpu/options.sh
parse_options scripts/gpu/regime.sh "$@"
mkdir -p "$logs"
log="$logs/regime.log"
say() { echo "[gpu_regime $(date +%H:%M:%S)] $*" | tee -a "$log"; }
pack() { tar czf "$logs/results.tgz" --exclude='*.pt' "$out" 2>>"$log"; say "packed $out"; }

source scripts/gpu/prelude.sh  # fairseq from .whl/ where missing; PYTHONPATH

if [[ -n "$max_update" && -n "$checkpoint_interval" ]]; then
    say "budget given: no calibration"
else
    read -r max_update checkpoint_interval < <("$python" -m autoassist_tools calibrate \
        --data "$data" --preset "$preset" --device "$device" --seconds "$seconds" \
        --checkpoints "$checkpoints" --updates "$calibration_updates" --side-by-side 2 \
        ${max_tokens:+--max-tokens "$max_tokens"} 2>>"$log" | tail -1)
    if [[ -z "${max_update:-}" ]]; then
        say "calibration failed (see above)"; exit 1
    fi
fi
say "budget: --max-update $max_update --checkpoint-interval $checkpoint_interval, both arms at once"

defaults_arm='defaults=--assistant-selection none'
harness() {  # harness TIMEOUT ARM-OPTIONS... [--train-only]
    local limit=$1; shift
    timeout "$limit" "$python" scripts/time_to_bleu.py --data "$data" --preset "$preset" \
        --device "$device" --seeds 1 --max-update "$max_update" \
        --checkpoint-interval "$checkpoint_interval" ${max_tokens:+--max-tokens "$max_tokens"} \
        --out "$out" "$@"
}
# One harness per arm, both on the one device at once; each resumes if run again.
harness "$train_limit" --arm baseline --train-only > "$logs/train_baseline.log" 2>&1 &
baseline_pid=$!
harness "$train_limit" --arm "$defaults_arm" --train-only \
    > "$logs/train_defaults.log" 2>&1 &
defaults_pid=$!
wait "$baseline_pid"; baseline_status=$?
wait "$defaults_pid"; defaults_status=$?
say "training exit status: baseline $baseline_status, defaults $defaults_status"

# Scoring and the report: the same harness with both arms, which finds them trained.
status=1
if [[ $baseline_status == 0 && $defaults_status == 0 ]]; then
    harness "$score_limit" --arm baseline --arm "$defaults_arm" 2>&1 | tee "$logs/score.log"
    status=${PIPESTATUS[0]}
    say "scoring exit status $status"
fi
pack

timeout "$throughput_limit" "$python" -m autoassist_tools throughput --data "$data" \
    --preset "$preset" --device "$device" --updates "$throughput_updates" \
    --log-interval "$throughput_log_interval" --repeats "$throughput_repeats" \
    ${max_tokens:+--max-tokens "$max_tokens"} --out "$out/throughput.json" \
    > "$out/throughput.md" 2>>"$log"
throughput_status=$?
say "throughput exit status $throughput_status"
cat "$out/throughput.md" | tee -a "$log"
pack

[[ $status == 0 && $throughput_status == 0 ]]
