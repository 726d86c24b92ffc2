"""Python's cycle collector, run on the GUI thread only.

CPython runs its cyclic garbage collector in whichever thread happens to
allocate when a threshold is crossed. With training on a worker thread, that
is often the worker: it could then destroy a cycle that holds Qt widgets or
graphics items (a closed dialog, a replaced view) away from the GUI thread,
which Qt does not allow and which crashed the test suite now and then. So
automatic collection is switched off and a timer on the GUI thread collects
instead, at a moment when no paint or layout is under way (the approach
pyqtgraph's own GarbageCollector takes).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects young objects often and the oldest generation only when idle.

    A full collection walks every tracked object (a long run keeps many) and
    can take a tenth of a second: that would stall the window and the trainer
    alike, so while ``busy()`` says training runs, the full pass waits.
    """

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.busy = lambda: False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect each generation whose count passed its usual threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                if generation == 2 and self.busy():
                    continue
                gc.collect(generation)
                return

    def settle(self) -> None:
        """After start-up: what exists now lives for the whole session.

        ``gc.freeze`` moves it out of the collector's way, so later full
        passes only walk what was made since.
        """
        gc.collect()
        gc.freeze()


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; later calls return the same collector."""
    existing = getattr(app, "_gui_thread_collector", None)
    if existing is None:
        existing = GuiThreadCollector(app)
        app._gui_thread_collector = existing
    return existing
