#!/usr/bin/env bash
# CI: build the packaged LayerLab (folder bundle and .deb) and check it:
# the frozen --self-check under a real X server (Xvfb, xcb platform) and
# offscreen, the frozen --smoke-test, size, no writes into the bundle, and the
# .deb's files unpacked elsewhere running the same --self-check.
# Fails (non-zero) if the build fails, the .desktop entry does not validate,
# or any check fails. Uses $PYTHON, else .venv/bin/python if present, else
# python3; installs PyInstaller (the "package" extra) and the system tools
# (desktop-file-utils, binutils, xvfb) when missing.
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
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v objdump >/dev/null || need+=(binutils)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if ((${#need[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends "${need[@]}"
fi

echo "== packaging: build (PyInstaller, one folder, then the .deb)"
"$PY" packaging/build_bundle.py

echo "== packaging: frozen --self-check under Xvfb (xcb platform)"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" dist/LayerLab/LayerLab --self-check

echo "== packaging: frozen --self-check offscreen"
QT_QPA_PLATFORM=offscreen dist/LayerLab/LayerLab --self-check

echo "== packaging: the .deb's files, unpacked elsewhere, pass the self-check"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --info dist/layerlab_*.deb
dpkg-deb -x dist/layerlab_*.deb "$unpacked"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
  "$unpacked/opt/LayerLab/LayerLab" --self-check

echo "== packaging: frozen smoke test (offscreen), size, no writes into the bundle"
QT_QPA_PLATFORM=offscreen "$PY" packaging/measure.py --repeats 3

echo "packaging passed in $((SECONDS - start)) s"
