#!/usr/bin/env bash
# Updates/s of 1 worker vs 2 workers (gloo, started by hand), plain fairseq vs AutoAssist,
# on the embedded sample (prepare it first: see data/README.md). Prints one line per run.
cd "$(dirname "$0")/.."
D=${1:-runs/data/bible-es-en-sample}
C="--user-dir fairseq_autoassist --arch transformer --share-all-embeddings --encoder-layers 2 --decoder-layers 2 --encoder-embed-dim 128 --decoder-embed-dim 128 --encoder-ffn-embed-dim 512 --decoder-ffn-embed-dim 512 --encoder-attention-heads 4 --decoder-attention-heads 4 --optimizer adam --lr 1e-3 --lr-scheduler inverse_sqrt --warmup-updates 100 --criterion label_smoothed_cross_entropy --label-smoothing 0.1 --max-tokens 2048 --max-update 120 --no-save --disable-validation --cpu --seed 1 --log-format simple --log-interval 20 --num-workers 0"
summ() { grep -E "train_inner" | tail -5 | sed -E 's/.*wps=([0-9.]+), ups=([0-9.]+), wpb=([0-9.]+).*/\1 \2 \3/' | awk '{w+=$1;u+=$2;b+=$3;n++} END {printf "ups %.2f wps %.0f wpb %.0f\n", u/n, w/n, b/n}'; }
for task in "translation" "autoassist_translation --assistant-warmup-epochs 0"; do
  for omp in 1 2; do
    echo -n "1 worker OMP=$omp $task: "; OMP_NUM_THREADS=$omp .venv/bin/fairseq-train $D --task $task $C 2>&1 | summ
  done
  port=$((20000 + RANDOM % 20000))
  echo -n "2 workers OMP=1 each $task: "
  for r in 1 0; do
    OMP_NUM_THREADS=1 .venv/bin/fairseq-train $D --task $task $C --distributed-world-size 2 --distributed-rank $r --distributed-no-spawn --distributed-init-method tcp://127.0.0.1:$port --distributed-backend gloo --ddp-backend legacy_ddp > /tmp/dist_rank$r.log 2>&1 &
  done
  wait; summ < /tmp/dist_rank0.log
done
