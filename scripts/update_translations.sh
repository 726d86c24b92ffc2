#!/bin/sh
# Refresh the translation catalogue: collect the messages into resources/i18n/*.ts
# (keeping every existing translation; new ones are marked unfinished for
# Qt Linguist), then compile each .ts to the .qm the app loads.
# pyside6-lupdate is not used for collecting: it misses the sentences the app
# translates through helpers and tables (see scripts/extract_messages.py).
set -e
cd "$(dirname "$0")/.."
PY=.venv/bin/python
QT_QPA_PLATFORM=offscreen "$PY" scripts/extract_messages.py
for ts in resources/i18n/layerlab_*.ts; do
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
