"""Each layer's gradient length over the whole run, from the moments time travel keeps.

The backward view plots ‖gradient‖ per layer against the batch. Sampling it
only when a view happens to be on screen gave one point mid-run, or none;
instead, for every moment the time-travel store keeps (every batch of a normal
run, an evenly thinned set of a huge one), the gradient of the batch that
followed that moment is computed at that moment's parameters: exactly the
gradient the next update applied. It is filled in off the GUI thread, a
time budget at a time, oldest moment first, so the curve grows from the start
of the run and a long run never stalls a frame.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from core.inside.inspection import model_at
from core.inside.layer_gradients import batch_backward
from core.inside.next_batch import BatchRows
from core.inside.time_travel import TimeTravelStore

Array = np.ndarray
RowsAfter = Callable[[int, int, int], BatchRows | None]  # (epoch, batch, step)


class RunGradients:
    """Per-layer gradient norms at kept moments, computed on request within a budget."""

    def __init__(
        self,
        store: TimeTravelStore,
        rows_after: RowsAfter,
        layer_sizes: tuple[int, ...],
        activation: str | tuple[str, ...],  # one for all, or one per layer
        l2: float = 0.0,
        limit: int = 8000,
        output: str | None = None,
    ) -> None:
        """``output``: the run's target kind (None: guessed from the last layer)."""
        self.store = store
        self.output = output
        self.rows_after = rows_after
        self.layer_sizes = layer_sizes
        self.activation = activation
        self.l2 = l2
        self.limit = limit
        self.n_layers = len(layer_sizes) - 1
        self._norms: dict[int, Array] = {}
        self._done_through = -1  # every kept step up to here is computed (or has none)

    @property
    def pending(self) -> bool:
        """True while some kept moment's gradient is still to be computed."""
        steps = self.store.steps()
        return bool(len(steps)) and int(steps[-1]) > self._done_through

    def fill(
        self, budget_seconds: float, clock: Callable[[], float] = time.perf_counter
    ) -> int:
        """Compute gradients of kept moments not yet done, oldest first, until
        ``budget_seconds`` are spent; returns how many were computed."""
        deadline = clock() + budget_seconds
        computed = 0
        for step in self.store.steps():
            step = int(step)
            if step <= self._done_through:
                continue
            if computed and clock() > deadline:
                break
            self._compute(step)
            self._done_through = step
            computed += 1
        self._thin()
        return computed

    def _compute(self, step: int) -> None:
        moment = self.store.nearest(step)
        if moment is None or moment.step != step:
            return
        rows = self.rows_after(moment.epoch, moment.batch, moment.step)
        if rows is None:  # the run's last moment: no batch followed it
            return
        model = model_at(moment.theta, self.layer_sizes, self.activation, self.output)
        norms = batch_backward(model, rows, self.l2).norms
        if np.all(np.isfinite(norms)):
            self._norms[step] = norms

    def _thin(self) -> None:
        """Past ``limit`` points, keep only the moments the store still keeps."""
        if len(self._norms) <= self.limit:
            return
        kept = set(self.store.steps().tolist())
        self._norms = {s: n for s, n in self._norms.items() if s in kept}

    def arrays(self) -> tuple[Array, Array]:
        """(steps, norms per layer): the batch each gradient was applied in."""
        if not self._norms:
            return np.zeros(0, dtype=int), np.zeros((0, self.n_layers))
        steps = sorted(self._norms)
        # the gradient at the moment after step s is applied by batch s + 1
        return np.array(steps) + 1, np.array([self._norms[s] for s in steps])
