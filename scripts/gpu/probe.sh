#!/usr/bin/env bash
# The selection probe in a second setting, on a lent GPU: one long plain run (by default
# the bible preset on the same corpus in the other direction, en-es, three times the
# preset's budget), then the probe from three of its checkpoints, one process per stage
# (they share the GPU), merged into one table. Each step is bounded in time, and what was
# made is packed into --logs even when a step overruns, so that a 10-minute device call
# always brings results back: a cut long run probes its latest checkpoints instead, a cut
# probe reports the branches it finished.
#
# From the repository root, on the device machine (runs/data/bible-es-en and .whl carried;
# its files come back from $OUT):
#   bash scripts/gpu/probe.sh --logs "$OUT"
# A tiny check of the same steps on the CPU (what the tests run):
#   bash scripts/gpu/probe.sh --device cpu --data DATA --preset quick --multiple 0.05 \
#       --checkpoint-interval 10 --source-lang tgt --target-lang src --stages "10 20" \
#       --seeds "1 2" --updates 2 --policies "paper-oracle paper-memory" \
#       --probe-options "--pool-size 40 --learnability-gap 10" --out /tmp/p --logs /tmp/l
#
# On a machine without fairseq (a lent GPU's image has torch but not fairseq), the wheels
# in .whl/ are installed with pip --target first (scripts/gpu/prelude.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."

device=cuda
data=runs/data/bible-es-en
preset=bible
multiple=3
checkpoint_interval=
source_lang=en
target_lang=es
stages="600 4400 6000"
seeds="1 2 3"
updates=100
policies=""  # empty: every policy of the registry of labels (the probe's default)
probe_options=""
threads=4
out=runs/gpu-probe
logs=${OUT:-/tmp/gpu-probe-logs}
train_limit=330
probe_limit=190
python=${PYTHON:-python3}
source scripts/gpu/options.sh
parse_options scripts/gpu/probe.sh "$@"
mkdir -p "$logs" "$out"
log="$logs/probe_round.log"
say() { echo "[gpu_probe $(date +%H:%M:%S)] $*" | tee -a "$log"; }

source scripts/gpu/prelude.sh  # fairseq from .whl/ where missing; PYTHONPATH

# Everything but checkpoints and loss caches: the long run's log and curve, each stage's
# probe folder and the merged table. Packed after each step, so a cut call still brings it.
pack() { tar czf "$logs/results.tgz" --exclude='*.pt' --exclude='*.npz' "$out" 2>>"$log"; }

long=(--data "$data" --preset "$preset" --multiple "$multiple" --device "$device"
      --source-lang "$source_lang" --target-lang "$target_lang" --out "$out/long-run")
[[ -n "$checkpoint_interval" ]] && long+=(--checkpoint-interval "$checkpoint_interval")
say "long plain run: ${long[*]}"
# long_plain_run.py stops the fairseq-train it runs when timeout ends it (SIGTERM)
timeout "$train_limit" "$python" scripts/long_plain_run.py "${long[@]}" >"$logs/long_run.log" 2>&1
run_status=$?
say "long plain run exit status $run_status$( ((run_status == 124)) && echo ", cut at $train_limit s")"
"$python" scripts/long_plain_run.py "${long[@]}" --report >>"$logs/long_run.log" 2>&1
pack

# The stages asked for; one the run did not reach is replaced by the latest kept
# checkpoint before it that is not a stage already.
kept=$(ls "$out/long-run/checkpoints" 2>/dev/null | sed -n 's/^checkpoint_[0-9]*_\([0-9]*\)\.pt$/\1/p' | sort -n)
chosen=()
for stage in $stages; do
    pick=
    for k in $kept; do
        if (( k <= stage )) && [[ " ${chosen[*]} " != *" $k "* ]]; then pick=$k; fi
    done
    if [[ -z "$pick" ]]; then say "no checkpoint for stage $stage"; continue; fi
    [[ "$pick" != "$stage" ]] && say "stage $stage not reached: probing $pick instead"
    chosen+=("$pick")
done
if [[ ${#chosen[@]} -eq 0 ]]; then say "no stage to probe"; exit 1; fi

probe=(--data "$data" --checkpoint-dir "$out/long-run/checkpoints" --seeds $seeds
       --updates "$updates" ${policies:+--policies $policies} --device "$device" --threads "$threads"
       $probe_options)
parts=()
for stage in "${chosen[@]}"; do
    say "probe at $stage updates"
    timeout "$probe_limit" "$python" scripts/selection_probe.py "${probe[@]}" --stages "$stage" \
        --out "$out/stage-$stage" >"$logs/probe_$stage.log" 2>&1 &
    parts+=("$out/stage-$stage")
done
wait
pack
present=()
for part in "${parts[@]}"; do [[ -s "$part/branches.jsonl" ]] && present+=("$part"); done
if [[ ${#present[@]} -eq 0 ]]; then say "no branch finished"; exit 1; fi
"$python" scripts/selection_probe.py "${probe[@]}" --stages "${chosen[@]}" --merge "${present[@]}" \
    --out "$out/probe" >"$logs/probe.md" 2>>"$log"
status=$?
say "merged ${present[*]}: exit status $status"
pack
exit "$status"
