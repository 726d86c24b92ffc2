"""Wall-clock time a run has spent playing, for the status bar.

The worker measures compute time (what the benchmarks compare); a student
wants to know how long the run has been going on screen, pauses excluded.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RunClock:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._total = 0.0
        self._since: float | None = None

    def reset(self) -> None:
        self._total, self._since = 0.0, None

    def set_running(self, running: bool) -> None:
        if running and self._since is None:
            self._since = self._now()
        elif not running and self._since is not None:
            self._total += self._now() - self._since
            self._since = None

    def seconds(self) -> float:
        if self._since is None:
            return self._total
        return self._total + self._now() - self._since
