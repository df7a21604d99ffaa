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
