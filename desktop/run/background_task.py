"""Run one slow function (reading a file, replaying a run) off the GUI thread.

Reading a 25 MB CSV takes about a second; doing it on the GUI thread would
freeze the window for that long. ``run_in_background`` hands the function to
Qt's global thread pool and delivers its result (or the exception it raised)
back on the GUI thread through a queued signal, so the callbacks may touch
widgets. The function itself must not touch any widget.

Closing the window cancels what is still working (``cancel_all``, also run on
``QApplication.aboutToQuit``): a task not yet started never starts, and a
running one is stopped at its next Python instruction by ``Cancelled``,
raised in its thread with ``PyThreadState_SetAsyncExc``. Unlike killing the
thread, that unwinds the function normally (``finally`` blocks run, files
close, no lock stays held). Its result is dropped and no callback runs. Without
this the pool kept the program alive for seconds after the window closed, and
a task finishing after Qt had deleted its signal object printed
"RuntimeError: Signal source has been deleted".
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

# how long closing waits for cancelled tasks to unwind: a task is stopped at its
# next Python instruction, so only a single long C call (one NumPy operation)
# can make it wait
CANCEL_WAIT_MS = 1500

# Tasks still running; kept here so Python does not collect their signal object
# while a queued result is on its way.
_RUNNING: set[BackgroundTask] = set()
# Cancelled tasks whose thread has not finished yet, kept alive for the same reason
_CANCELLED: set[BackgroundTask] = set()


class Cancelled(BaseException):
    """Raised inside a task's thread when the window closes.

    A ``BaseException``, so that a function's ``except Exception`` does not
    mistake it for a problem of its own and carry on.
    """


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception


class BackgroundTask(QRunnable):
    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = _Signals()  # made on the GUI thread, so it delivers there
        self.cancelled = False
        self._lock = threading.Lock()
        self._thread: int | None = None  # set while ``function`` runs
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            self._run()
        except Cancelled:
            pass  # the window is closing: nobody waits for this result
        finally:
            self.finished.set()

    def _run(self) -> None:
        with self._lock:
            if self.cancelled:
                return
            self._thread = threading.get_ident()
        try:
            result = self.function()
        except Exception as problem:  # reported to the caller, who explains it
            self._leave()
            if not self.cancelled:
                self.signals.failed.emit(problem)
        else:
            self._leave()
            if not self.cancelled:
                self.signals.done.emit(result)

    def _leave(self) -> None:
        with self._lock:
            self._thread = None

    def cancel(self) -> None:
        """Never deliver; stop ``function`` at its next Python instruction."""
        with self._lock:
            self.cancelled = True
            if self._thread is not None:
                _raise_in_thread(self._thread, Cancelled)


def _raise_in_thread(thread_id: int, exception: type[BaseException]) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception)
    )


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> BackgroundTask:
    """Call ``function()`` on a pool thread; then ``on_done`` or ``on_failed`` here."""
    _cancel_when_quitting()
    task = BackgroundTask(function)
    queued = Qt.ConnectionType.QueuedConnection

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _RUNNING.discard(task)
        if not task.cancelled:
            callback(value)

    task.signals.done.connect(lambda value: finish(on_done, value), queued)
    task.signals.failed.connect(lambda problem: finish(on_failed, problem), queued)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def cancel_all(wait_ms: int = CANCEL_WAIT_MS) -> bool:
    """Cancel every task and wait for their threads; True if all have stopped."""
    pool = QThreadPool.globalInstance()
    for task in list(_RUNNING):
        _RUNNING.discard(task)
        task.cancel()
        if not pool.tryTake(task):  # already running: it unwinds on its own
            _CANCELLED.add(task)
    deadline = time.monotonic() + wait_ms / 1000
    for task in list(_CANCELLED):
        if task.finished.wait(max(0.0, deadline - time.monotonic())):
            _CANCELLED.discard(task)
    return not _CANCELLED


def busy() -> bool:
    """True while a task has not yet delivered its result (tests wait on this)."""
    return bool(_RUNNING)


def _cancel_when_quitting() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("layerlab_cancels_tasks"):
        app.setProperty("layerlab_cancels_tasks", True)
        app.aboutToQuit.connect(cancel_all)
