"""Wall-clock time a run has spent playing, and its speed on screen, for the status bar.

The worker measures compute time (what the benchmarks compare); a student
wants to know how long the run has been going on screen, pauses excluded,
and how fast it goes while it plays. A speed is only meaningful over a
stretch of playing: one Step batch takes a few microseconds of compute, and
dividing its 32 examples by that gives a figure (200,000 examples/s) that
says nothing about what the student sees. So the speed is measured over the
last ``WINDOW_SECONDS`` of play only, and there is none until play has
lasted ``MIN_SECONDS`` and covered at least two snapshots.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 3.0  # the speed is the examples trained over about this long
MIN_SECONDS = 0.5  # shorter than this, a rate is mostly noise: none is shown


class RunClock:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._total = 0.0
        self._since: float | None = None
        self._samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self._total, self._since = 0.0, None
        self._samples.clear()

    def set_running(self, running: bool) -> None:
        if running and self._since is None:
            self._since = self._now()
        elif not running and self._since is not None:
            self._total += self._now() - self._since
            self._since = None
        self._samples.clear()  # a speed never spans a pause or a single step

    @property
    def running(self) -> bool:
        return self._since is not None

    def seconds(self) -> float:
        if self._since is None:
            return self._total
        return self._total + self._now() - self._since

    def note(self, examples_done: int) -> None:
        """How many examples the run has trained so far (at each snapshot)."""
        if self._since is None:
            return
        now = self._now()
        samples = self._samples
        samples.append((now, examples_done))
        while len(samples) > 2 and now - samples[1][0] >= WINDOW_SECONDS:
            samples.popleft()

    def speed(self) -> float | None:
        """Examples per second over the last few seconds of play; None if not playing
        or not measured long enough to mean anything."""
        if self._since is None or len(self._samples) < 2:
            return None
        (t0, n0), (t1, n1) = self._samples[0], self._samples[-1]
        if t1 - t0 < MIN_SECONDS:
            return None
        return (n1 - n0) / (t1 - t0)
