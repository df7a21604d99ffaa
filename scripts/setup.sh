#!/usr/bin/env bash
# Create or reuse .venv and install the project from its own files: `setup.sh app` or `setup.sh test`.
# app is the runtime only (onnxruntime + tokenizers, no torch). test adds the train extra: torch is installed
# first and pinned, so pip takes the CPU build rather than a multi-GB CUDA one.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extra=${1:-app}
TORCH="torch==2.13.0"
if [ ! -x .venv/bin/python ]; then
  echo "Creating a virtual environment in .venv ..."
  "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml scripts/spacy-model.txt | sha256sum | cut -c1-16)-$extra"
if [ ! -f "$stamp" ]; then
  # pip --quiet still lets through the build backend's banners and warnings (PYTHONWARNINGS reaches its build
  # subprocess) and the local index's notes; errors still show.
  pip_quiet() {
    PYTHONWARNINGS=ignore::UserWarning .venv/bin/python -m pip --quiet --disable-pip-version-check --no-input "$@" 2>&1 | sed -u \
      -e '/is ignored: it is neither a file nor a directory/d' -e '/^DEBUG/d' -e '/^running /d' \
      -e '/^ *!!$/d' -e '/^ *\*\*\*\*\*\*\*\*/d'
    return "${PIPESTATUS[0]}"
  }
  echo "Installing dependencies into .venv (the first run takes a few minutes) ..."
  pip_quiet install --upgrade pip
  echo "Installing the English language model (checked against its pinned hash) ..."
  pip_quiet install --no-deps --require-hashes -r scripts/spacy-model.txt
  if [ "$extra" = "test" ]; then
    echo "Installing $TORCH (CPU build) for the training tools ..."
    pip_quiet install "$TORCH"
    echo "Installing the project with its test and training tools ..."
    pip_quiet install -e ".[test]"
  else
    echo "Installing the project (runtime only) ..."
    pip_quiet install -e .
  fi
  rm -f .venv/.installed-*-"$extra"
  touch "$stamp"
  echo "Installed."
fi
# The Welsh interface's compiled catalogues are committed; compiling again keeps them in step with an edited .po.
.venv/bin/pybabel -q compile -d web/translations
if [ "$extra" = "test" ]; then
  # The browser tests drive Debian's chromium and inject axe-core from npm; install both where we can.
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's chromium for the browser tests ..."
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "note: chromium is not installed, so the browser tests will be skipped (apt-get install chromium)"
    fi
  fi
  if [ ! -f node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null 2>&1; then
    npm install --no-audit --no-fund --silent
  fi
fi
