"""Run one slow function (reading a file, replaying a run) off the GUI thread.

Reading a 25 MB CSV takes about a second; doing it on the GUI thread would
freeze the window for that long. ``run_in_background`` hands the function to
Qt's global thread pool and delivers its result (or the exception it raised)
back on the GUI thread through a queued signal, so the callbacks may touch
widgets. The function itself must not touch any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

# Tasks still running; kept here so Python does not collect their signal object
# while a queued result is on its way.
_RUNNING: set[BackgroundTask] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception


class BackgroundTask(QRunnable):
    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = _Signals()  # made on the GUI thread, so it delivers there

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as problem:  # reported to the caller, who explains it
            self.signals.failed.emit(problem)
        else:
            self.signals.done.emit(result)


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> BackgroundTask:
    """Call ``function()`` on a pool thread; then ``on_done`` or ``on_failed`` here."""
    task = BackgroundTask(function)
    queued = Qt.ConnectionType.QueuedConnection

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _RUNNING.discard(task)
        callback(value)

    task.signals.done.connect(lambda value: finish(on_done, value), queued)
    task.signals.failed.connect(lambda problem: finish(on_failed, problem), queued)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def busy() -> bool:
    """True while a task has not yet delivered its result (tests wait on this)."""
    return bool(_RUNNING)
