"""Announce the first painted frame and quit: the cold-start benchmark's probe."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("PAINTED", flush=True)
        sys.stdout.flush()
        self._app.quit()


def quit_after_first_paint(window: QWidget, app: QApplication) -> None:
    """Print ``PAINTED`` once ``window`` has painted, then quit the app."""
    window.installEventFilter(_FirstPaint(app))
