#!/usr/bin/env bash
# Build (once) and reuse the project's virtual environment, then print its path.
#
# Why staged: fairseq-fixed lists torchaudio, which would pull another torch of several
# GB, so it is installed --no-deps; its C++/Cython extensions compile against the torch
# and numpy already in the environment, so it is built --no-build-isolation after them.
# The environment is rebuilt only when a requirements file or this script changes; the
# project's own editable install (stage 4, seconds) is redone alone when setup.py changes
# (its packages and console scripts are recorded at install time).
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
project_stamp_of() { sha256sum "$root/setup.py" | cut -c1-16; }
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
install_project() {
    "${pip[@]}" install --no-build-isolation --no-deps -e "$root"
    project_stamp_of > "$venv/.autoassist-project-stamp"
}

if [[ -f "$venv/.autoassist-stamp" && "$(cat "$venv/.autoassist-stamp")" == "$want" ]]; then
    if [[ "$(cat "$venv/.autoassist-project-stamp" 2>/dev/null)" != "$(project_stamp_of)" ]]; then
        echo "[bootstrap] setup.py changed: reinstalling this project (editable)" >&2
        install_project >&2
    fi
    echo "$venv"
    exit 0
fi

{
    start=$(date +%s)
    echo "[bootstrap] building the environment in $venv (first run: about 5 minutes)"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "${pip[@]}" install --upgrade "pip==25.3" "setuptools==80.9.0" "wheel==0.45.1"
    echo "[bootstrap] stage 1: torch, numpy, cython"
    "${pip[@]}" install -r "$root/requirements.txt"
    echo "[bootstrap] stage 2: $fairseq_pin (compiles its extensions, a few minutes)"
    "${pip[@]}" install --no-build-isolation --no-deps "$fairseq_pin"
    echo "[bootstrap] stage 3: runtime packages"
    "${pip[@]}" install -r "$root/requirements-runtime.txt"
    echo "[bootstrap] stage 4: this project (editable)"
    install_project
    "$venv/bin/python" -c "import torch, fairseq, fairseq_autoassist; print('[bootstrap] torch', torch.__version__, 'fairseq', fairseq.__version__)"
    echo "$want" > "$venv/.autoassist-stamp"
    echo "[bootstrap] done in $(( $(date +%s) - start )) s"
} >&2

echo "$venv"
