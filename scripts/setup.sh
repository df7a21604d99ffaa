#!/usr/bin/env bash
# Create or reuse .venv and install the project from its own files: `setup.sh app` or `setup.sh test`.
# torch is installed first and pinned so pip never pulls a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extra=${1:-app}
if [ ! -x .venv/bin/python ]; then
  echo "Creating a virtual environment in .venv ..."
  "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$extra"
if [ ! -f "$stamp" ]; then
  echo "Installing dependencies into .venv (the first run takes a few minutes) ..."
  quiet() { "$@" 2>&1 | sed -e '/is ignored: it is neither a file nor a directory/d'; }
  quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
  if [ "$extra" = "test" ]; then
    quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  else
    quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
  fi
  rm -f .venv/.installed-*-"$extra"
  touch "$stamp"
fi
