# Sourced by the scripts that run on a lent GPU (round.sh, probe.sh), from the
# repository root, after they set $python and $log and define say(): fairseq for a
# machine whose image has torch but not fairseq (the wheels carried in .whl/, installed
# with pip --target; docs/benchmarks.md says how to fetch them), this repository and
# scripts/ on PYTHONPATH (fairseq_autoassist and autoassist_tools, with no install),
# and one line saying which torch, fairseq and GPU run the round.
if ! "$python" -c "import fairseq" 2>/dev/null; then
    say "installing fairseq from .whl/"
    "$python" -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl \
        >>"$log" 2>&1 || { say "wheel install failed"; exit 1; }
    export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD:$PWD/scripts${PYTHONPATH:+:$PYTHONPATH}
export PYTHONUNBUFFERED=1 PYTHONWARNINGS=ignore
"$python" -c "import torch, fairseq; print('torch', torch.__version__, 'fairseq', fairseq.__version__,
      torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU')" 2>&1 | tee -a "$log"
