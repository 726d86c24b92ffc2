"""How fast training runs on screen, from slow motion to as fast as possible.

The seed's 20-epoch run needs about 20 ms of compute, so at full speed a
class would see nothing form; the levels slow it down to a pace people can
follow. Plain Python: the worker asks a ``Pace`` how many batches it may run.

The slowest pace goes inside a batch: like a lecture, it walks one example
through the network one stage at a time (what Step sample does per press),
and each walk ends with its batch's update.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pace:
    label: str
    batches_per_second: float = 0.0
    epochs_per_second: float = 0.0
    stages_per_second: float = 0.0  # walks examples stage by stage (Step sample)

    @property
    def unlimited(self) -> bool:
        return not (
            self.batches_per_second or self.epochs_per_second or self.stages_per_second
        )

    @property
    def walks(self) -> bool:
        return bool(self.stages_per_second)

    def rate(self, batches_per_epoch: int) -> float:
        """Batches (stages, if it walks) per second; inf = no limit."""
        if self.unlimited:
            return float("inf")
        if self.stages_per_second:
            return self.stages_per_second
        if self.batches_per_second:
            return self.batches_per_second
        return self.epochs_per_second * batches_per_epoch


PACES: tuple[Pace, ...] = (
    Pace("Lecture: one example, one stage every 2 seconds", stages_per_second=0.5),
    Pace("Slow motion: 1 batch per second", batches_per_second=1),
    Pace("5 batches per second", batches_per_second=5),
    Pace("1 epoch per second", epochs_per_second=1),
    Pace("2 epochs per second", epochs_per_second=2),
    Pace("Classroom pace: 5 epochs per second", epochs_per_second=5),
    Pace("10 epochs per second", epochs_per_second=10),
    Pace("As fast as possible"),
)
DEFAULT_PACE = 5
FASTEST_PACE = len(PACES) - 1


class PaceClock:
    """Turns elapsed time into a whole number of batches allowed to run.

    Credit accumulates with time at the pace's rate; a tick may spend the
    whole credit. After a pause the credit starts again from zero, so the
    run does not rush to catch up.
    """

    def __init__(self, pace: Pace, batches_per_epoch: int, max_burst: int = 1000):
        self.pace = pace
        self.batches_per_epoch = batches_per_epoch
        self.max_burst = max_burst
        self._credit = 1.0  # the first tick after play runs one batch at once
        self._last: float | None = None

    def restart(self) -> None:
        self._credit, self._last = 1.0, None

    def allowed(self, now: float) -> int:
        rate = self.pace.rate(self.batches_per_epoch)
        if rate == float("inf"):
            return self.max_burst
        if self._last is not None:
            self._credit += (now - self._last) * rate
        self._last = now
        whole = min(int(self._credit), self.max_burst)
        self._credit -= whole
        self._credit = min(self._credit, 1.0)
        return whole
