"""Shared test setup: Qt runs offscreen, before any QApplication exists."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


import gc  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request):
    """As the app does (desktop/startup/gc_guard.py): never let a worker thread
    collect Qt objects. Qt tests get the collector and a full collection after
    each test."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from desktop.startup import gc_guard

    gc_guard.install(request.getfixturevalue("qapp"))
    yield
    gc.collect()
