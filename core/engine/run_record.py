"""The run record: one frozen description of a run, written once, read everywhere.

``RunPosition`` says where a run stands (its state, epoch, batch, step,
learning rate, error). Snapshots (``core.engine.snapshot.RunSnapshot`` is a
position plus what the views draw), sessions (``core.files.session_restore``)
and time travel (``core.inside.inside_session``) all take it from
``Trainer.position()`` instead of copying the trainer's fields one by one.

``RunState`` is a position plus everything else needed to resume the run
exactly: the parameters, the last good parameters (what a divergence rolls
back to), the divergence threshold, the optimizer's exact state, the shuffle
generator and this epoch's order, the history, and the stopping rule's
memory (best validation loss and epoch, the epochs waited, the best weights,
why the run ended: ``core.engine.stopping``). ``Trainer.state()`` makes
one; ``Trainer.restore(record)`` puts it back, after which training goes on
bit for bit as it would have. Its arrays are read-only copies, so a record
can be restored any number of times and handed to another thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

import numpy as np

from core.engine.batching import ShuffleState
from core.engine.loss_trace import LossTrace
from core.engine.stopping import StoppingState

Array = np.ndarray


class PositionFields(TypedDict):
    """``RunPosition``'s fields by name, typed, for building records on top of it."""

    state: str
    error: str
    epoch: int
    batch_in_epoch: int
    batches_per_epoch: int
    step: int
    learning_rate: float


@dataclass(frozen=True)
class RunPosition:
    """Where a run stands; ``state`` is a ``TrainerState`` value ("training", …)."""

    state: str
    error: str
    epoch: int  # the epoch under way or just finished, 1-based (0: not started)
    batch_in_epoch: int  # batches done in the epoch under way (0 at a boundary)
    batches_per_epoch: int
    step: int  # batches done since the start
    learning_rate: float

    @property
    def last_batch(self) -> int:
        """The number (1-based) in its epoch of the last batch done; 0 before any."""
        if self.batch_in_epoch:
            return self.batch_in_epoch
        return self.batches_per_epoch if self.step else 0

    def position_fields(self) -> PositionFields:
        """This position's fields by name (a snapshot is built on top of them)."""
        return PositionFields(
            state=self.state,
            error=self.error,
            epoch=self.epoch,
            batch_in_epoch=self.batch_in_epoch,
            batches_per_epoch=self.batches_per_epoch,
            step=self.step,
            learning_rate=self.learning_rate,
        )


@dataclass(frozen=True)
class RunState:
    """Everything needed to resume a run exactly (``Trainer.state()``).

    ``shuffle`` None means "leave the shuffle generator where it is": allowed
    only at an epoch boundary, where the next epoch then draws a new order
    (a session restored from its saved numbers does that).
    """

    position: RunPosition
    theta: Array
    good_theta: Array  # the parameters of the last finished epoch
    loss_limit: float  # a batch loss above it is a divergence
    optimizer: Mapping[str, Array]  # the optimizer's ``exact_state()``
    shuffle: ShuffleState | None
    # ``core.engine.training.EpochRecord`` rows (not imported: training imports
    # this module, and the package keeps its imports one-way)
    records: tuple[Any, ...]
    batch_losses: LossTrace  # a copy no trainer appends to
    # the early-stopping rule's memory and why the run ended (None: start the
    # rule afresh, and say why from the state alone)
    stopping: StoppingState | None = None


def frozen_copy(array: Array) -> Array:
    """A read-only copy: a record's arrays never change after it is made."""
    copied = np.array(array, copy=True)
    copied.flags.writeable = False
    return copied
