"""Shared test setup: Qt runs offscreen, before any QApplication exists."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets for the app
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


@pytest.fixture(autouse=True)
def _close_windows_without_asking(request, monkeypatch):
    """Tests close trained windows on purpose (pytest-qt closes every widget it
    was given), so the unsaved-run question is off; tests/test_protect_work.py
    turns it back on for the windows it asks about."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from desktop.window.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_before_discarding", False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's widgets: no window may ask about an
    unsaved run then (a modal question in teardown would wait forever), even
    one a test switched the question on for."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app is not None else ():
        if hasattr(widget, "ask_before_discarding"):
            widget.ask_before_discarding = False
    return (yield)
