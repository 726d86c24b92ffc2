"""The run's parameters after every batch, kept so a student can go back in time.

The seed's network (20 → 64 → 32 → 1) has 3,457 parameters: 27.7 KB per
moment in float64, so 500 batches (the 20-epoch lesson run with batch 32)
take about 14 MB and everything is kept. A 100,000-row run makes 2,500
batches an epoch; to keep such a run from exhausting memory the store has a
byte cap (200 MB by default). Past it, older moments are thinned evenly: the
kept steps become multiples of a stride that doubles each time the cap is
reached, while the most recent batches stay at full resolution and step 0
(the starting weights) is always kept.

The rows live in blocks of 64 that are allocated as needed and never moved,
so recording a moment is one copy into the next free row.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = np.ndarray

DEFAULT_CAP_BYTES = 200 * 1024 * 1024
DEFAULT_RECENT = 64
CHUNK_ROWS = 64  # rows per block: growing never copies what is kept


@dataclass(frozen=True)
class Moment:
    """The parameters right after ``step`` (epoch ``epoch``, batch ``batch``)."""

    step: int
    epoch: int
    batch: int
    theta: Array


class TimeTravelStore:
    """Parameters after every batch, under ``cap_bytes``, older ones thinned evenly."""

    def __init__(
        self,
        n_parameters: int,
        cap_bytes: int = DEFAULT_CAP_BYTES,
        recent: int = DEFAULT_RECENT,
        dtype: npt.DTypeLike = np.float64,
    ) -> None:
        self.row_bytes = int(n_parameters) * np.dtype(dtype).itemsize
        self.max_rows = int(cap_bytes) // self.row_bytes
        if self.max_rows < 4:
            raise ValueError(
                f"A cap of {cap_bytes:,} bytes holds fewer than 4 moments of "
                f"{self.row_bytes:,} bytes; raise the cap."
            )
        self.cap_bytes = int(cap_bytes)
        self.recent = max(1, min(int(recent), self.max_rows // 4))
        self._chunk_rows = max(1, min(CHUNK_ROWS, self.max_rows))
        self._n_parameters = int(n_parameters)
        self._dtype = np.dtype(dtype)
        self._chunks: list[Array] = []
        self._steps: list[int] = []
        self._where: list[tuple[int, int]] = []  # (epoch, batch) of each moment
        self._row = None  # the next free row, a view: recording is one copy
        self.stride = 1

    # -- recording ----------------------------------------------------------

    def record(self, step: int, epoch: int, batch: int, theta: Array) -> None:
        """Keep a copy of ``theta`` as the moment after ``step``."""
        steps = self._steps
        if steps and step <= steps[-1]:
            self._truncate_after(step - 1)  # a new run, or a step taken again
        n = len(steps)
        if n == self.max_rows:
            self._thin()
            n = len(steps)
        chunk, row = divmod(n, self._chunk_rows)
        if chunk == len(self._chunks):
            self._chunks.append(
                np.empty((self._chunk_rows, self._n_parameters), self._dtype)
            )
        self._chunks[chunk][row] = theta
        steps.append(step)
        self._where.append((epoch, batch))

    def clear(self) -> None:
        self._steps.clear()
        self._where.clear()
        self.stride = 1

    def _new_chunk(self) -> Array:
        return np.empty((self._chunk_rows, self._n_parameters), self._dtype)

    def _theta(self, i: int) -> Array:
        chunk, row = divmod(i, self._chunk_rows)
        theta: Array = self._chunks[chunk][row]
        return theta

    def _thin(self) -> None:
        """Drop older moments off the stride; double it if that frees too little.

        Moments recorded since the last thinning are all kept at first; here
        those between multiples of the stride go. Only when the aligned
        moments themselves fill three quarters of the cap does the stride
        double, so the spacing of the kept past stays even.
        """
        keep = self._keep_mask()
        while keep.sum() > 0.75 * self.max_rows:
            self.stride *= 2
            keep = self._keep_mask()
        kept = np.flatnonzero(keep)
        for target, source in enumerate(kept):  # in order: never overwrites ahead
            if target != source:
                self._theta(target)[...] = self._theta(int(source))
        self._steps[:] = [self._steps[i] for i in kept]
        self._where[:] = [self._where[i] for i in kept]

    def _keep_mask(self) -> Array:
        steps = np.array(self._steps)
        keep: Array = steps % self.stride == 0
        keep[len(steps) - self.recent :] = True
        return keep

    def _truncate_after(self, step: int) -> None:
        n = bisect.bisect_right(self._steps, step)
        del self._steps[n:]
        del self._where[n:]

    # -- looking up ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self._steps)

    @property
    def nbytes(self) -> int:
        """Bytes held for moments (never more than the cap, plus one chunk)."""
        return sum(chunk.nbytes for chunk in self._chunks)

    def steps(self) -> Array:
        """The kept steps, in order (a copy: safe to hand to another thread)."""
        return np.array(self._steps, dtype=np.int64)

    def nearest(self, step: int) -> Moment | None:
        """The kept moment closest to ``step`` (the earlier one on a tie)."""
        steps = self._steps
        if not steps:
            return None
        i = bisect.bisect_left(steps, step)
        if i == len(steps) or (i > 0 and step - steps[i - 1] <= steps[i] - step):
            i -= 1
        return self._moment(i)

    def previous(self, step: int) -> Moment | None:
        """The kept moment just before ``step``, if any (for "change since")."""
        i = bisect.bisect_left(self._steps, step) - 1
        return None if i < 0 else self._moment(i)

    def _moment(self, i: int) -> Moment:
        epoch, batch = self._where[i]
        return Moment(self._steps[i], epoch, batch, self._theta(i).copy())
