#!/usr/bin/env bash
# CI: build the packaged LayerLab and run the frozen --smoke-test offscreen.
# Fails (non-zero) if the build fails, the .desktop entry does not validate,
# the frozen app fails its smoke test or writes into its own folder.
# Uses $PYTHON, else .venv/bin/python if present, else python3; installs
# PyInstaller (the "package" extra) and desktop-file-utils when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi

echo "== packaging: tools"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install -q -e ".[package]"
fi
if ! command -v desktop-file-validate >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends desktop-file-utils
fi

echo "== packaging: build (PyInstaller, one folder)"
"$PY" packaging/build_bundle.py

echo "== packaging: frozen smoke test (offscreen), size, no writes into the bundle"
QT_QPA_PLATFORM=offscreen "$PY" packaging/measure.py --repeats 3

echo "packaging passed in $((SECONDS - start)) s"
