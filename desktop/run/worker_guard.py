"""Keeping the training worker answerable: bounded slices, failures in words.

The worker (``desktop/run/training_worker.py``) runs on its own thread. Two
things would make the window hang or fail silently there: a slice of work
that reads the clock too seldom when batches are slow, and an exception that
escapes a slot (Qt only prints it, and the window waits forever). The helpers
here handle both, apart from the worker's own logic.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread

from core import ConfigError, DataProblem

# Reading the clock costs about as much as a NumPy call, so while batches take
# 50 µs it is read every 8th; once they are slow, often enough that a slice
# overshoots its end by at most this much (or one batch).
CLOCK_CHECK_SECONDS = 0.002
MAX_CLOCK_EVERY = 8


def check_interval(seconds_per_batch: float) -> int:
    """Batches between two looks at the clock: 1 (every batch) to 8."""
    if seconds_per_batch <= 0:
        return MAX_CLOCK_EVERY
    return max(1, min(MAX_CLOCK_EVERY, int(CLOCK_CHECK_SECONDS / seconds_per_batch)))


def interrupted() -> bool:
    """True once the window is closing (``QThread.requestInterruption``)."""
    return QThread.currentThread().isInterruptionRequested()


def explain(problem: BaseException, doing: str) -> str:
    """A failure in words a student can act on; the details go to stderr."""
    if isinstance(problem, ConfigError | DataProblem | ValueError):
        return str(problem)
    doing = _tr(doing)  # a ``template`` of the caller's, e.g. "while training"
    if isinstance(problem, MemoryError):
        return _tr(
            "There is not enough memory {doing}. Use fewer units or fewer rows."
        ).format(doing=doing)
    return _tr("Something went wrong {doing}: {error}").format(
        doing=doing, error=f"{type(problem).__name__}: {problem}"
    )


def _tr(text: str) -> str:
    """``text`` in the reader's language (thread-safe: the worker calls it)."""
    return QCoreApplication.translate("LayerLab", text)


def reported(doing: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wrap a slot: an exception stops the timer and is sent through ``failed``.

    An exception escaping a slot would only reach Qt's console message, and
    the window would wait forever for a run that never starts.
    """

    def wrap(slot: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(slot)
        def guarded(self: Any, *args: Any) -> Any:
            try:
                return slot(self, *args)
            except Exception as problem:
                traceback.print_exc(file=sys.stderr)
                self.fail(explain(problem, doing))
                return None

        return guarded

    return wrap
