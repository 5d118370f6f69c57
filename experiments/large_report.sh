#!/bin/bash
# Issue 32: results/bible-large from runs/large once both seeds of `baseline` and the
# defaults are scored (experiments/regime_threads.sh's step large-score): the round's
# tables for seeds 1 and 2, and the four selection forks of seed 1 (forked from the
# defaults' seed 1 by --share-prefix, scored in runs/large) joined to them by
# experiments/join_arm.py, each with the command that trained it. Nothing is trained or
# decoded here: every score is cached beside its checkpoint. From the repository root:
#   bash experiments/large_report.sh
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
RUNS=runs/large
OUT=results/bible-large
HARNESS="python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset bible-large"
ARMS=(--arm 'defaults=--assistant-selection none'
      --arm 'assistant=--assistant-selection assistant'
      --arm 'uniform=--assistant-selection uniform'
      --arm 'assistant-onset75=--assistant-selection assistant --assistant-onset-fraction 0.75'
      --arm 'uniform-onset75=--assistant-selection uniform --assistant-onset-fraction 0.75'
      --arm baseline)
grep -q -- "--seeds 1 2 " "$RUNS/summary.md" \
  || { echo "error: $RUNS/summary.md is not the two-seed round: run regime_threads.sh's large-score step"; exit 1; }
# the forks' shared-prefix records come from the seed-1 report (the round of two seeds
# has no fork, so it writes none)
test -e "$OUT/shared.json" || { echo "error: $OUT/shared.json (the forks' records) is missing"; exit 1; }
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
cp "$OUT/shared.json" "$staged/"
cp "$RUNS"/{results.json,results.csv,tests.json,summary.md} "$staged/"
fork() {  # NAME OPTIONS: join the seed-1 fork NAME to the staged folder
  .venv/bin/python experiments/join_arm.py --runs "$RUNS" --arm "$1" --into "$staged" \
    --command "$HARNESS --seeds 1 --share-prefix --train-only --out $RUNS --arm 'defaults=--assistant-selection none' --arm '$1=$2'" \
    --note "forked from the defaults' seed 1, see Shared prefixes"
}
fork assistant '--assistant-selection assistant'
fork uniform '--assistant-selection uniform'
fork assistant-onset75 '--assistant-selection assistant --assistant-onset-fraction 0.75'
fork uniform-onset75 '--assistant-selection uniform --assistant-onset-fraction 0.75'
.venv/bin/python scripts/time_to_bleu.py --data runs/data/bible-es-en --preset bible-large \
  --seeds 1 2 --out "$staged" "${ARMS[@]}" --report-only > /dev/null
rm -rf "$OUT"
mkdir -p "$OUT"
cp "$staged"/* "$OUT/"
echo "[large-report] $OUT rewritten: $(ls "$OUT" | tr '\n' ' ')"
