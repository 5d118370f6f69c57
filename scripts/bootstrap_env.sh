#!/usr/bin/env bash
# Build (once) and reuse the project's virtual environment, then print its path.
#
# Why staged: fairseq-fixed lists torchaudio, which would pull another torch of several
# GB, so it is installed --no-deps; its C++/Cython extensions compile against the torch
# and numpy already in the environment, so it is built --no-build-isolation after them.
# The environment is rebuilt only when a requirements file or this script changes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${AUTOASSIST_VENV:-$root/.venv}"
python="${PYTHON:-python3}"
fairseq_pin="fairseq-fixed==0.12.3.1"

stamp_of() {
    cat "$root/requirements.txt" "$root/requirements-runtime.txt" "$root/scripts/bootstrap_env.sh" \
        | sha256sum | cut -c1-16
}
want="$(stamp_of)"

if [[ -f "$venv/.autoassist-stamp" && "$(cat "$venv/.autoassist-stamp")" == "$want" ]]; then
    echo "$venv"
    exit 0
fi

{
    start=$(date +%s)
    echo "[bootstrap] building the environment in $venv (first run: about 5 minutes)"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
    "${pip[@]}" install --upgrade "pip==25.3" "setuptools==80.9.0" "wheel==0.45.1"
    echo "[bootstrap] stage 1: torch, numpy, cython"
    "${pip[@]}" install -r "$root/requirements.txt"
    echo "[bootstrap] stage 2: $fairseq_pin (compiles its extensions, a few minutes)"
    "${pip[@]}" install --no-build-isolation --no-deps "$fairseq_pin"
    echo "[bootstrap] stage 3: runtime packages"
    "${pip[@]}" install -r "$root/requirements-runtime.txt"
    echo "[bootstrap] stage 4: this project (editable)"
    "${pip[@]}" install --no-build-isolation --no-deps -e "$root"
    "$venv/bin/python" -c "import torch, fairseq, fairseq_autoassist; print('[bootstrap] torch', torch.__version__, 'fairseq', fairseq.__version__)"
    echo "$want" > "$venv/.autoassist-stamp"
    echo "[bootstrap] done in $(( $(date +%s) - start )) s"
} >&2

echo "$venv"
