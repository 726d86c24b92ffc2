"""Frozen copies of a run's state, safe to hand to another thread.

The window draws from these and never from the trainer's own arrays, which
keep changing while training runs. A snapshot is the run's position (the
``RunPosition`` of ``core.engine.run_record``, from ``Trainer.position()``)
plus what the views draw; unlike the full run record it carries no optimizer
or shuffle state, so taking one many times a second stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.loss_trace import expand, positions
from core.engine.model import ParameterLayout
from core.engine.run_record import RunPosition
from core.engine.stopping import StopReason
from core.engine.training import EpochRecord, Trainer

Array = np.ndarray


@dataclass(frozen=True)
class RunSnapshot(RunPosition):
    total_epochs: int
    records: tuple[EpochRecord, ...]
    # read-only, shared with the trainer's LossTrace (see core/engine/loss_trace.py):
    # one point per ``batch_stride`` batches, the incomplete bucket in ``batch_tail``
    batch_losses: Array
    theta: Array
    layer_sizes: tuple[int, ...]
    elapsed_seconds: float = 0.0
    examples_per_second: float = 0.0
    batch_stride: int = 1
    batch_tail: tuple[float, int] = (0.0, 0)  # mean and count of the open bucket
    stop_reason: StopReason | None = None  # why the run ended, once it has

    @property
    def epochs_done(self) -> int:
        return len(self.records)

    @property
    def batch_positions(self) -> Array:
        """Each point's x on the epoch axis: batch i of epoch e at e-1+i/B.

        A point that stands for several batches sits at their middle.
        """
        n, stride = len(self.batch_losses), self.batch_stride
        return positions(n, stride, self.batches_per_epoch)

    def per_batch_losses(self) -> Array:
        """One loss per batch (a new array): each batch's own while the run is
        under the trace's cap, its bucket's mean past it."""
        return expand(self.batch_losses, self.batch_stride, *self.batch_tail)

    def column(self, name: str) -> Array:
        return np.array([getattr(r, name) for r in self.records], dtype=float)

    def layer_params(self) -> list[tuple[Array, Array]]:
        return layer_params(self.theta, self.layer_sizes)


def take_snapshot(
    trainer: Trainer, elapsed_seconds: float = 0.0, examples_per_second: float = 0.0
) -> RunSnapshot:
    """Copy everything a view may need out of ``trainer``.

    The batch losses are the exception: a read-only view of the part of the
    trainer's ``LossTrace`` that is never written again, so a snapshot costs
    the same after a million batches as after ten.
    """
    trace = trainer.history.batch_losses
    return RunSnapshot(
        **trainer.position().position_fields(),
        total_epochs=trainer.config.epochs,
        records=tuple(trainer.history.records),
        batch_losses=trace.points(),
        theta=trainer.model.theta.copy(),
        layer_sizes=trainer.model.layer_sizes,
        elapsed_seconds=elapsed_seconds,
        examples_per_second=examples_per_second,
        batch_stride=trace.stride,
        batch_tail=trace.tail,
        stop_reason=trainer.stop_reason,
    )


def layer_params(
    theta: Array, layer_sizes: tuple[int, ...]
) -> list[tuple[Array, Array]]:
    """Per layer ``(W, b)`` views into a flat vector laid out like ``MLP.theta``."""
    return ParameterLayout.of(layer_sizes).weights_and_biases(theta)
