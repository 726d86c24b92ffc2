"""Frozen copies of a run's state, safe to hand to another thread.

The window draws from these and never from the trainer's own arrays, which
keep changing while training runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from core.training import EpochRecord, Trainer

Array = np.ndarray


@dataclass(frozen=True)
class RunSnapshot:
    state: str
    error: str
    epoch: int
    total_epochs: int
    batch_in_epoch: int
    batches_per_epoch: int
    step: int
    learning_rate: float
    records: tuple[EpochRecord, ...]
    batch_losses: Array
    theta: Array
    layer_sizes: tuple[int, ...]
    elapsed_seconds: float = 0.0
    examples_per_second: float = 0.0

    @property
    def epochs_done(self) -> int:
        return len(self.records)

    @property
    def batch_positions(self) -> Array:
        """Each batch's x position on the epoch axis: batch i of epoch e at e-1+i/B."""
        steps = np.arange(1, len(self.batch_losses) + 1, dtype=float)
        return steps / self.batches_per_epoch

    def column(self, name: str) -> Array:
        return np.array([getattr(r, name) for r in self.records], dtype=float)

    def layer_params(self) -> list[tuple[Array, Array]]:
        return layer_params(self.theta, self.layer_sizes)


def take_snapshot(
    trainer: Trainer, elapsed_seconds: float = 0.0, examples_per_second: float = 0.0
) -> RunSnapshot:
    """Copy everything a view may need out of ``trainer``."""
    return RunSnapshot(
        state=trainer.state.value,
        error=trainer.error,
        epoch=trainer.epoch,
        total_epochs=trainer.config.epochs,
        batch_in_epoch=trainer.batch_in_epoch,
        batches_per_epoch=trainer.batches_per_epoch,
        step=trainer.step_count,
        learning_rate=trainer.learning_rate,
        records=tuple(trainer.history.records),
        batch_losses=np.array(trainer.history.batch_losses, dtype=float),
        theta=trainer.model.theta.copy(),
        layer_sizes=trainer.model.layer_sizes,
        elapsed_seconds=elapsed_seconds,
        examples_per_second=examples_per_second,
    )


def layer_params(
    theta: Array, layer_sizes: tuple[int, ...]
) -> list[tuple[Array, Array]]:
    """Per layer ``(W, b)`` views into a flat vector laid out like ``MLP.theta``."""
    params, offset = [], 0
    for n, m in pairwise(layer_sizes):
        W = theta[offset : offset + n * m].reshape(n, m)
        offset += n * m
        params.append((W, theta[offset : offset + m]))
        offset += m
    return params
