"""Which training rows a mini-batch uses: the coming one, or one from the past.

Step sample walks one example of the coming mini-batch through the network,
and the backward view shows that batch's gradient, so both must know the
batch before it is trained: ``peek`` asks the trainer
(``Trainer.peek_next_batch``). Time travel shows the batch that followed a
moment of the past, which the trainer no longer holds: ``rows_at`` replays
the order from the trainer's public seed, the way ``Trainer.__init__`` draws
it: the second child of ``SeedSequence(config.seed)`` seeds the shuffle
generator, which draws one permutation of the training rows per epoch; batch
``b`` is that order's ``b``-th slice of ``min(batch_size, rows)``.
``tests/test_inside_epoch_core.py`` holds the replay equal to what the trainer
actually trains on, so a change in the trainer's shuffling fails a test
instead of showing a wrong batch.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np

from core.engine.training import Trainer

Array = np.ndarray


@dataclass(frozen=True)
class BatchRows:
    """The rows of one mini-batch (copies) and where they sit in ``X_train``."""

    X: Array
    y: Array
    indices: Array
    epoch: int  # the epoch the batch belongs to (1-based)
    batch: int  # its number within that epoch (1-based)


class NextBatch:
    """Answers "which rows come next?" for a trainer, caching the epoch's order."""

    def __init__(self) -> None:
        self._trainer: weakref.ref[Trainer] | None = None
        self._rng: np.random.Generator | None = None
        self._epoch = 0
        self._order: Array | None = None

    def peek(self, trainer: Trainer) -> BatchRows:
        """The batch the next ``trainer.step_batch()`` trains on; changes nothing."""
        epoch = trainer.epoch + 1 if trainer.batch_in_epoch == 0 else trainer.epoch
        batch = trainer.batch_in_epoch + 1
        X, y, indices = trainer.peek_next_batch()  # copies already
        return BatchRows(X, y, indices, epoch, batch)

    def rows_at(self, trainer: Trainer, epoch: int, batch: int) -> BatchRows:
        """Batch ``batch`` (1-based) of epoch ``epoch``, e.g. one from the past."""
        size = min(trainer.config.batch_size, len(trainer.y_train))
        start = (batch - 1) * size
        indices = self._order_for(trainer, epoch)[start : start + size].copy()
        return BatchRows(
            trainer.X_train[indices], trainer.y_train[indices], indices, epoch, batch
        )

    def _order_for(self, trainer: Trainer, epoch: int) -> Array:
        same = self._trainer is not None and self._trainer() is trainer
        if not same or epoch < self._epoch or self._rng is None:
            _, shuffle_seed = np.random.SeedSequence(trainer.config.seed).spawn(2)
            self._rng = np.random.default_rng(shuffle_seed)
            self._trainer = weakref.ref(trainer)
            self._epoch, self._order = 0, None
        while self._epoch < epoch:
            self._order = self._rng.permutation(len(trainer.y_train))
            self._epoch += 1
        assert self._order is not None
        return self._order
