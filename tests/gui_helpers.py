"""Shared helpers for the GUI tests (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.window.main_window import MainWindow

WAIT_MS = 30_000


def make_window(qtbot, tmp_path, config=None) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if config is not None:
        from desktop.shell import settings_store

        settings_store.save_config(settings, config)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.description is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.controller.latest is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.features_installed, timeout=WAIT_MS)
    # The offscreen screen (800 px) is narrower than any school screen, so the
    # window starts maximized in its narrow layout; these tests drive the wide
    # layout of 1280×800 (tests/test_layout.py walks the other sizes).
    window.showNormal()
    window.resize(1280, 800)
    window.fitter.refit()
    return window


def set_speed(window: MainWindow, level: int) -> None:
    window.controls.speed_slider.setValue(level)
