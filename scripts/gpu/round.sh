#!/usr/bin/env bash
# One benchmark round on a lent GPU, prepared so that a device is used the moment it is
# there: time_to_bleu's four arms (baseline, autoassist, uniform, keepall) on the
# bible-gpu preset with a --max-update calibrated to the card, then the CUDA precision
# tests. Each step is bounded in time, and what the round made is packed into --logs
# even when a step overruns, so that a 10-minute device call always brings results back.
#
# From the repository root, on the device machine (its files come back from $OUT):
#   bash scripts/gpu/round.sh --logs "$OUT"
# With --max-update N --checkpoint-interval K the calibration (about 100 s on an H100) is
# skipped. A tiny check of the same steps on the CPU (what the tests run):
#   bash scripts/gpu/round.sh --device cpu --data runs/data/bible-es-en-sample \
#       --seconds 5 --checkpoints 1 --calibration-updates 20 --max-tokens 512 \
#       --out /tmp/gpu-round --logs /tmp/gpu-round-logs --no-device-tests
#
# On a machine without fairseq (a lent GPU's image has torch but not fairseq), the
# wheels in .whl/ are installed with pip --target first: fairseq-fixed for that
# machine's Python, hydra-core, omegaconf, antlr4-python3-runtime and bitarray (the
# GPU round in docs/benchmarks.md says how to fetch them).
set -uo pipefail
cd "$(dirname "$0")/../.."

device=cuda
data=runs/data/bible-es-en
preset=bible-gpu
seconds=60
checkpoints=5
calibration_updates=200
max_tokens=
max_update=
checkpoint_interval=
out=results/bible-gpu
logs=${OUT:-/tmp/gpu-round-logs}
benchmark_limit=410
tests_limit=90
device_tests=1
python=${PYTHON:-python3}
source scripts/gpu/options.sh
parse_options scripts/gpu/round.sh "$@"
mkdir -p "$logs"
log="$logs/round.log"
say() { echo "[gpu_round $(date +%H:%M:%S)] $*" | tee -a "$log"; }

source scripts/gpu/prelude.sh  # fairseq from .whl/ where missing; PYTHONPATH

if [[ -n "$max_update" && -n "$checkpoint_interval" ]]; then
    say "budget given: no calibration"
else
    read -r max_update checkpoint_interval < <("$python" -m autoassist_tools calibrate --data "$data" \
        --preset "$preset" --device "$device" --seconds "$seconds" --checkpoints "$checkpoints" \
        --updates "$calibration_updates" ${max_tokens:+--max-tokens "$max_tokens"} 2>>"$log" | tail -1)
    if [[ -z "${max_update:-}" ]]; then
        say "calibration failed (see above)"; exit 1
    fi
fi
say "budget: --max-update $max_update --checkpoint-interval $checkpoint_interval"

declare -A arm_spec=(
    # autoassist: the Assistant's selection (the defaults drop nothing, as keepall)
    [baseline]=baseline [autoassist]='autoassist=--assistant-selection assistant'
    [uniform]='uniform=--assistant-selection uniform' [keepall]='keepall=--assistant-base 1'
)
arm_order=(baseline autoassist uniform keepall)  # most needed first
benchmark() {  # time_to_bleu on the arms named
    local limit=$1; shift
    local arms=()
    for name in "$@"; do arms+=(--arm "${arm_spec[$name]}"); done
    timeout "$limit" "$python" scripts/time_to_bleu.py --data "$data" --preset "$preset" \
        --device "$device" --seeds 1 --max-update "$max_update" \
        --checkpoint-interval "$checkpoint_interval" ${max_tokens:+--max-tokens "$max_tokens"} "${arms[@]}" --out "$out"
}
benchmark "$benchmark_limit" "${arm_order[@]}" 2>&1 | tee "$logs/console.log"
benchmark_status=${PIPESTATUS[0]}
say "time_to_bleu exit status $benchmark_status"
if [[ $benchmark_status != 0 ]]; then
    # Out of time (or an arm failed): report the arms that finished training; their
    # scores are cached, so this is quick. The summary says which arms it holds.
    finished=()
    for name in "${arm_order[@]}"; do
        [[ -f "$out/arms/$name-seed1/trained_with.txt" ]] && finished+=("$name")
    done
    if [[ ${#finished[@]} -gt 0 && ${finished[0]} == baseline ]]; then
        say "reporting the finished arms only: ${finished[*]}"
        benchmark 60 "${finished[@]}" 2>&1 | tee "$logs/console_finished_arms.log"
        say "time_to_bleu on the finished arms: exit status ${PIPESTATUS[0]}"
    fi
fi

# Everything but checkpoints: summary, tables, plot, scores per checkpoint, train logs.
# Packed before the tests, so that a call cut short during them still brings it.
pack() { tar czf "$logs/results.tgz" --exclude='*.pt' "$out" 2>>"$log"; say "packed $out"; }
pack

if [[ $device_tests == 1 ]]; then
    timeout "$tests_limit" "$python" -m pytest -q -p no:cacheprovider -W ignore::DeprecationWarning \
        tests/test_precision_cuda.py 2>&1 | tee "$logs/precision_tests.log"
    say "CUDA precision tests exit status ${PIPESTATUS[0]}"
fi

exit "$benchmark_status"
