"""One background computation at a time for a view, the newest request winning.

The untangling and pieces views compute their pictures on a pool thread
(``desktop.run.background_task.run_in_background``) from plain copies. While
one computation runs, newer requests are only remembered; when it delivers,
the view asks again (``retry``, normally its throttle) and the latest moment
is computed next, so a fast run never queues a backlog of stale frames.

``reset`` starts a new *generation* (a new run setup): a result of an older
one is dropped on arrival, and the running computation is asked to stop at
its next check (``should_stop``); it is stopped cooperatively, not killed, so
whatever state it holds (a trainer) is never left half-updated and the task
machinery always gets its result back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.run.background_task import run_in_background


class NewestJob:
    """Runs ``function(should_stop)`` off the GUI thread, one at a time."""

    def __init__(self, widget: QWidget, retry: Callable[[], None]) -> None:
        self._widget = widget
        self._retry = retry
        self.generation = 0
        self.busy = False
        self._again = False
        self._stop = threading.Event()

    def reset(self) -> None:
        """A new setup: stop what runs and drop its result when it comes."""
        self.generation += 1
        self._stop.set()
        self._stop = threading.Event()
        self.busy = False
        self._again = False

    def start(
        self,
        function: Callable[[Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> bool:
        """Start ``function`` unless one is running (then remember to retry)."""
        if self.busy:
            self._again = True
            return False
        self.busy = True
        generation, stop = self.generation, self._stop
        run_in_background(
            lambda: function(stop.is_set),
            lambda result: self._arrived(generation, on_done, result),
            lambda problem: self._arrived(generation, on_failed, problem),
        )
        return True

    def _arrived(
        self, generation: int, callback: Callable[[Any], None], value: Any
    ) -> None:
        if not shiboken6.isValid(self._widget) or generation != self.generation:
            return  # the view is gone, or the result is of an older setup
        self.busy = False
        callback(value)
        if self._again:
            self._again = False
            self._retry()
