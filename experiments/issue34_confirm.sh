#!/bin/bash
# Issue 34's confirmation on `bible-long`, two seeds, for the rule the probe chose
# (docs/selection-probe.md, "The plan, and the stop rule": the -memory or -spaced policy
# with the lowest mean valid NLL against uniform over the probe's stages). Three arms per
# seed in runs/confirm34-RULE:
#   keepall-RULE  the donor: the defaults (--assistant-selection none) whose Assistant
#                 learns the rule's label and memory, so that the forks' prefix proof
#                 holds; its Boss trains exactly as the defaults'
#   RULE          the rule as --assistant-selection assistant, forked before the onset
#   uniform-RULE  as many pairs chosen at random, forked from the same donor
# One training process per call, resumable, each seed's arms on their own thread:
#   bash experiments/issue34_confirm.sh RULE train SEED   # donor, both forks, their scores
#   bash experiments/issue34_confirm.sh RULE score        # once both seeds have trained
#   bash experiments/issue34_confirm.sh RULE report       # results/bible-long-RULE
# `score` decodes every checkpoint not yet decoded (--score-only: no baseline is trained
# again; `train` has decoded its seed's);
# `report` joins the three arms of both seeds to a copy of results/bible-long (its
# baseline and arms, same preset: experiments/confirm_report.py), then runs
# experiments/forgetting.py on the rule and on uniform against the donor, both seeds, from
# the fork point (6,000 training pairs drawn at random, as issue 22 measured it), into
# the folder's forgetting-ARM.txt and .json, and experiments/confirm_table.py's one table
# and stop-rule verdict into its confirmation.md.
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD:$PWD/scripts OMP_NUM_THREADS=1
rule=${1:-}
case $rule in
  paper-memory) label="--assistant-label paper" ;;
  reducible-memory) label="--assistant-label reducible" ;;
  paper-spaced) label="--assistant-label paper --assistant-spaced-revisits" ;;
  reducible-spaced) label="--assistant-label reducible --assistant-spaced-revisits" ;;
  *) echo "usage: $0 paper-memory|reducible-memory|paper-spaced|reducible-spaced train SEED|score|report" >&2
     exit 2 ;;
esac
RUNS=runs/confirm34-$rule
OUT=results/bible-long-$rule
DATA=runs/data/bible-es-en
LAST=4400  # bible-long's budget
HARNESS=(.venv/bin/python scripts/time_to_bleu.py --data $DATA --preset bible-long --out $RUNS)
DONOR="keepall-$rule=--assistant-selection none $label"
RULE_ARM="$rule=--assistant-selection assistant $label"
UNIFORM="uniform-$rule=--assistant-selection uniform $label"
case $label in
  *reducible*) test -e $DATA/train.es-en.irreducible.npy || {
    echo "error: the reducible label needs $DATA's irreducible losses: run autoassist-tools irreducible first" >&2
    exit 1; } ;;
esac
case ${2:-} in
  train)
    seed=${3:?give the seed}
    mkdir -p $RUNS
    "${HARNESS[@]}" --seeds "$seed" --train-only --arm "$DONOR"
    "${HARNESS[@]}" --seeds "$seed" --train-only --share-prefix --arm "$DONOR" --arm "$RULE_ARM"
    "${HARNESS[@]}" --seeds "$seed" --train-only --share-prefix --arm "$DONOR" --arm "$UNIFORM"
    # this seed's scores on this thread, beside the other seed's (cached beside each
    # checkpoint: `score` then only reads them)
    "${HARNESS[@]}" --seeds "$seed" --score-only --arm "$DONOR" --arm "$RULE_ARM" --arm "$UNIFORM"
    ;;
  score)
    "${HARNESS[@]}" --seeds 1 2 --score-only --arm "$DONOR" --arm "$RULE_ARM" --arm "$UNIFORM"
    ;;
  report)
    # made once (confirm_report refuses an existing folder): a report rerun after a
    # failure further on goes on from the forgetting split
    [ -e "$OUT/summary.md" ] || .venv/bin/python experiments/confirm_report.py --round results/bible-long --runs $RUNS \
      --into "$OUT" --arm "$DONOR" --arm "$RULE_ARM" --arm "$UNIFORM" \
      --donor "$DONOR" \
      --command "python scripts/time_to_bleu.py --data $DATA --preset bible-long --out $RUNS --seeds S --train-only"
    for arm in "$rule" "uniform-$rule"; do
      checkpoints=()
      for seed in 1 2; do
        donor=$RUNS/arms/keepall-$rule-seed$seed/checkpoints
        fork_at=$(.venv/bin/python -c "import json,sys; print(json.load(open(sys.argv[1]))['updates'])" \
                  $RUNS/arms/$arm-seed$seed/shared_prefix.json)
        checkpoints+=(--seed "$seed" $donor/checkpoint_*_"$fork_at".pt
                      $RUNS/arms/$arm-seed$seed/checkpoints/checkpoint_*_$LAST.pt
                      $donor/checkpoint_*_$LAST.pt)
      done
      .venv/bin/python experiments/forgetting.py --data $DATA --sample 6000 "${checkpoints[@]}" \
        --json "$OUT/forgetting-$arm.json" > "$OUT/forgetting-$arm.txt"
    done
    .venv/bin/python experiments/confirm_table.py "$OUT/results.json" --keepall "keepall-$rule" \
      --rule "$rule" --arm "uniform-$rule" --arm keepall --arm uniform --arm baseline \
      --forgetting "$rule=$OUT/forgetting-$rule.json" \
      --forgetting "uniform-$rule=$OUT/forgetting-uniform-$rule.json" > "$OUT/confirmation.md"
    cat "$OUT/confirmation.md"
    echo "[confirm34] $OUT: $(ls "$OUT" | tr '\n' ' ')"
    ;;
  *) echo "usage: $0 RULE train SEED|score|report" >&2; exit 2 ;;
esac
