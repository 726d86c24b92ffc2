"""superqt's workers, made safe for a window that runs several at once.

superqt's ``FunctionWorker`` and ``GeneratorWorker`` give a function or a
generator its signals (``returned``, ``errored``, ``yielded``, ``finished``)
and a ``quit()`` that sets ``abort_requested``. Two changes:

- ``ThreadSafeRun``: superqt's ``run`` wraps the work in
  ``warnings.catch_warnings()`` and points ``warnings.showwarning`` at the
  worker. That is process-wide state: with two workers at once the last to
  finish restores the other's hook, and afterwards every warning of the app
  went to a finished worker's signal (measured: after 200 background tasks
  ``warnings.showwarning`` was still a superqt worker's lambda and the filters
  began with "always"). This ``run`` leaves warnings alone; a worker's
  warnings are shown like any other.
- ``CancellableWorker``: a plain function has no place to look at
  ``abort_requested``, so its ``quit()`` also stops a running function at its
  next Python instruction by raising ``Cancelled`` in its thread with
  ``PyThreadState_SetAsyncExc``. Unlike killing the thread, that unwinds the
  function normally (``finally`` blocks run, files close, no lock stays held);
  only a single long C call (one NumPy operation) delays it.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import Any

from superqt.utils import FunctionWorker, GeneratorWorker


class ThreadSafeRun:
    """superqt's ``WorkerBase.run`` without touching the global warnings state."""

    def run(self) -> None:
        self.started.emit()
        self._running = True
        try:
            result = self.work()
        except Exception as problem:  # reported to the caller, who explains it
            self.errored.emit(problem)
        else:
            # GeneratorWorker.work returns (not raises) a RuntimeError
            if isinstance(result, Exception):
                self.errored.emit(result)
            elif not self.abort_requested:
                self.returned.emit(result)
        self._running = False
        self.finished.emit()


class SafeGeneratorWorker(ThreadSafeRun, GeneratorWorker):
    """superqt's ``GeneratorWorker``: ``quit()`` stops it at its next yield."""


class Cancelled(BaseException):
    """Raised inside a worker's thread by ``CancellableWorker.quit()``.

    A ``BaseException``, so that a function's ``except Exception`` (and the
    worker's own) does not mistake it for a problem of its own and carry on.
    """


class CancellableWorker(ThreadSafeRun, FunctionWorker):
    """A ``FunctionWorker`` whose ``quit()`` also stops a running function."""

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__(function, *args, **kwargs)
        self._lock = threading.Lock()
        self._thread: int | None = None  # set while the function runs
        self.entered = False  # a pool thread has begun ``run``
        self.ended = threading.Event()  # ... and left it

    def run(self) -> None:
        with self._lock:
            if self.abort_requested:  # quit() before a pool thread took it
                self.ended.set()
                return
            self.entered = True
        try:
            super().run()
        except Cancelled:
            pass  # quit() while running: nobody waits for this result
        finally:
            self.ended.set()

    def work(self) -> Any:
        with self._lock:
            if self.abort_requested:
                return None  # no result is emitted after quit()
            self._thread = threading.get_ident()
        try:
            return super().work()
        finally:
            with self._lock:
                self._thread = None

    def quit(self) -> None:
        """Never deliver; stop the function at its next Python instruction.

        After it returns, ``entered`` is final: False means the function will
        never be called.
        """
        with self._lock:
            super().quit()
            if self._thread is not None:
                _raise_in_thread(self._thread, Cancelled)


def _raise_in_thread(thread_id: int, exception: type[BaseException]) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception)
    )
