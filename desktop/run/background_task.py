"""Run one slow function (reading a file, replaying a run) off the GUI thread.

Reading a 25 MB CSV takes about a second; doing it on the GUI thread would
freeze the window for that long. ``run_in_background`` hands the function to
a superqt worker (``desktop.run.workers.CancellableWorker``) on Qt's global
thread pool and
delivers its result (or the exception it raised) back on the GUI thread
through a queued signal, so the callbacks may touch widgets. The function
itself must not touch any widget.

Closing the window cancels what is still working (``cancel_all``, also run on
``QApplication.aboutToQuit``): a task not yet started never starts, a running
one is stopped at its next Python instruction, and the result of a cancelled
one is dropped; closing waits up to ``CANCEL_WAIT_MS`` for running ones to
unwind. Without this the pool kept the program alive for seconds after the
window closed, and a task finishing after Qt had deleted its signal object
printed "RuntimeError: Signal source has been deleted". So a task (and its
signal object) is kept until its result is delivered and its thread has left
it, and is then let go of here, on the GUI thread.

superqt is imported on the first task, not with this module: importing it
takes about 0.15 s, and the main window imports this module before its first
paint.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

if TYPE_CHECKING:
    from desktop.run.workers import CancellableWorker

# how long closing waits for cancelled tasks to unwind: a task is stopped at its
# next Python instruction, so only a single long C call (one NumPy operation)
# can make it wait
CANCEL_WAIT_MS = 1500

# Tasks whose result has not been delivered yet, by number. The delivering
# callbacks hold only the number, not the task, so a task (with the arrays its
# function holds) is freed once it is out of both collections.
_RUNNING: dict[int, CancellableWorker] = {}
# Delivered or cancelled tasks a pool thread may still be running, kept until
# it has left them, so their signal object outlives the thread's last emission
_LEAVING: set[CancellableWorker] = set()
_NUMBERS = itertools.count()


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> CancellableWorker:
    """Call ``function()`` on a pool thread; then ``on_done`` or ``on_failed`` here."""
    from superqt.utils import create_worker

    from desktop.run.workers import CancellableWorker

    _cancel_when_quitting()
    _let_go()
    task = create_worker(function, _worker_class=CancellableWorker, _ignore_errors=True)
    number = next(_NUMBERS)
    queued = Qt.ConnectionType.QueuedConnection
    task.returned.connect(lambda value: _deliver(number, on_done, value), queued)
    task.errored.connect(lambda problem: _deliver(number, on_failed, problem), queued)
    _RUNNING[number] = task
    # not task.start(): its bookkeeping would keep a cancelled task forever
    QThreadPool.globalInstance().start(task)
    return task


def _deliver(number: int, callback: Callable[[Any], None], value: Any) -> None:
    task = _RUNNING.pop(number, None)
    if task is None or task.abort_requested:  # cancelled meanwhile
        return
    _let_go()
    _LEAVING.add(task)
    callback(value)


def _let_go() -> None:
    """Free the tasks whose thread has left them (here, on the GUI thread)."""
    _LEAVING.difference_update([t for t in _LEAVING if t.ended.is_set()])


def cancel_all(wait_ms: int = CANCEL_WAIT_MS) -> bool:
    """Cancel every task and wait for their threads; True if all have stopped."""
    pool = QThreadPool.globalInstance()
    for task in list(_RUNNING.values()):
        task.quit()
        # a task not entered is still queued (or being taken): either way it
        # never calls its function
        if task.entered or not pool.tryTake(task):
            _LEAVING.add(task)
    _RUNNING.clear()
    deadline = time.monotonic() + wait_ms / 1000
    for task in list(_LEAVING):
        if task.entered:  # a pool thread runs it: wait for it to unwind
            task.ended.wait(max(0.0, deadline - time.monotonic()))
    return all(task.ended.is_set() or not task.entered for task in _LEAVING)


def busy() -> bool:
    """True while a task has not yet delivered its result (tests wait on this)."""
    return bool(_RUNNING)


def _cancel_when_quitting() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("layerlab_cancels_tasks"):
        app.setProperty("layerlab_cancels_tasks", True)
        app.aboutToQuit.connect(cancel_all)
