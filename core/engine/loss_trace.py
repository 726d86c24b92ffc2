"""Every mini-batch's loss, in bounded memory that snapshots share without copying.

A run at full speed makes thousands of batches a second, and a snapshot goes
to the window a few times a second. Copying the whole list of losses into each
snapshot made a long run's memory and copying time grow without end. Here the
losses live in one float64 array that is only ever appended to: a snapshot
takes a read-only view of the filled part, which the trainer never writes
again. When the array is full it is replaced by a bigger one (the old one
lives on only while a snapshot still holds it), so there is no sharing of a
buffer that changes under a reader.

Memory is capped at ``cap`` points (8 MB by default): past it, neighbouring
points are averaged in pairs into a fresh array and each point then stands
for ``stride`` batches (1, 2, 4, …). Buckets start at batch 0 and are a power
of two long, so halving again keeps them aligned, and the means are exact
means of the losses they cover. Below the cap (a million batches, e.g. the
20-epoch lesson run a thousand times over) every loss is kept as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

Array = np.ndarray

DEFAULT_CAP = 1 << 20  # points: 8 MB of float64
FIRST_CAPACITY = 1024


class LossTrace:
    """Per-batch losses, append-only; ``points()`` views are safe to share."""

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(self, losses: Iterable[float] = (), cap: int = DEFAULT_CAP) -> None:
        if cap < 2 or cap % 2:
            raise ValueError(
                f"The cap must be an even number of at least 2, got {cap}."
            )
        self.cap = int(cap)
        self.stride = 1  # batches per point
        self.count = 0  # batches recorded
        self.first = float("nan")  # the very first loss, kept exact
        self._buffer = np.empty(min(FIRST_CAPACITY, self.cap))
        self._n = 0  # points filled
        self._tail_sum = 0.0  # batches of the bucket not yet complete
        self._tail_count = 0
        self.extend(losses)

    # -- recording ----------------------------------------------------------

    def append(self, loss: float) -> None:
        """Record one batch's loss (called every batch: kept cheap)."""
        if not self.count:
            self.first = float(loss)
        self.count += 1
        if self.stride == 1:
            if self._n == len(self._buffer):
                self._make_room(float(loss))
                return
            self._buffer[self._n] = loss
            self._n += 1
            return
        self._tail_sum += loss
        self._tail_count += 1
        if self._tail_count == self.stride:
            value = self._tail_sum / self.stride
            self._tail_sum, self._tail_count = 0.0, 0
            if self._n == len(self._buffer):
                self._make_room(value)
                return
            self._buffer[self._n] = value
            self._n += 1

    def extend(self, losses: Iterable[float]) -> None:
        values = np.array(list(losses), dtype=float).ravel()
        if not self.count and 0 < len(values) <= self.cap:  # e.g. a restored run
            self._buffer = np.empty(max(len(values), len(self._buffer)))
            self._buffer[: len(values)] = values
            self._n = self.count = len(values)
            self.first = float(values[0])
            return
        for loss in values.tolist():
            self.append(loss)

    def _make_room(self, value: float) -> None:
        """Store ``value`` (one full bucket) when the buffer is full.

        Below the cap the buffer is replaced by one twice as large. At the cap
        the points are averaged in pairs into a new buffer and the stride
        doubles; ``value`` then covers only half a new bucket, so it becomes
        the start of the bucket under way.
        """
        old = self._buffer
        if len(old) < self.cap:
            self._buffer = np.empty(min(2 * len(old), self.cap))
            self._buffer[: self._n] = old[: self._n]
            self._buffer[self._n] = value
            self._n += 1
            return
        self._buffer = np.empty(self.cap)
        half = self._n // 2
        np.add(old[0 : 2 * half : 2], old[1 : 2 * half : 2], out=self._buffer[:half])
        self._buffer[:half] *= 0.5
        self._n = half
        self._tail_sum, self._tail_count = value * self.stride, self.stride
        self.stride *= 2

    def copy(self) -> LossTrace:
        """An independent trace with the same points, stride and open bucket.

        A run record keeps one (``Trainer.state()``) and a restored trainer
        appends to another, so the two never share a buffer that grows.
        """
        clone = LossTrace(cap=self.cap)
        clone._buffer = self._buffer.copy()
        clone._n, clone.count, clone.first = self._n, self.count, self.first
        clone.stride = self.stride
        clone._tail_sum, clone._tail_count = self._tail_sum, self._tail_count
        return clone

    # -- reading ------------------------------------------------------------

    def points(self) -> Array:
        """The complete points, a read-only view: never written again, safe to share."""
        view = self._buffer[: self._n]
        view.flags.writeable = False
        return view

    @property
    def tail(self) -> tuple[float, int]:
        """Mean and number of the batches in the bucket not yet complete."""
        if not self._tail_count:
            return 0.0, 0
        return self._tail_sum / self._tail_count, self._tail_count

    def per_batch(self) -> Array:
        """One value per batch (a new array): the loss, or its bucket's mean."""
        return expand(self.points(), self.stride, *self.tail)

    @property
    def nbytes(self) -> int:
        """Bytes this trace holds (at most ``cap`` points)."""
        return self._buffer.nbytes

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: Any) -> Any:
        if index == 0 and self.count:
            return self.first
        return self.per_batch()[index]

    def __iter__(self) -> Iterator[float]:
        return iter(self.per_batch().tolist())

    def __array__(self, dtype: Any = None, copy: Any = None) -> Array:
        values = self.per_batch()
        return values if dtype is None else values.astype(dtype)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LossTrace):
            return (
                self.count == other.count
                and self.stride == other.stride
                and self.tail == other.tail
                and np.array_equal(self.points(), other.points(), equal_nan=True)
            )
        if isinstance(other, list | tuple | np.ndarray):
            other = np.asarray(other, dtype=float)
            return other.shape == (self.count,) and np.array_equal(
                self.per_batch(), other, equal_nan=True
            )
        return NotImplemented

    def __repr__(self) -> str:
        return f"LossTrace({self.count} batches, stride {self.stride})"


def expand(points: Array, stride: int, tail_mean: float, tail_count: int) -> Array:
    """Per-batch values from points of ``stride`` batches and an incomplete tail."""
    values = np.repeat(np.asarray(points, dtype=float), stride)
    if tail_count:
        values = np.concatenate([values, np.full(tail_count, tail_mean)])
    return values


def positions(
    n_points: int, stride: int, batches_per_epoch: int, tail_count: int = 0
) -> Array:
    """Each point's x on the epoch axis: the middle batch of its bucket.

    With ``stride`` 1 that is batch i of epoch e at e-1+i/B, as before.
    """
    first = np.arange(n_points, dtype=float) * stride + 1
    middle = first + (stride - 1) / 2
    if tail_count:
        start = n_points * stride + 1
        middle = np.append(middle, start + (tail_count - 1) / 2)
    return middle / batches_per_epoch
