"""Loss and accuracy of the whole training and validation sets, once per epoch.

Runs the network over both sets in one pass, in chunks through the fast
forward pass, so evaluating a 100,000-row dataset needs no more memory than
a chunk's activations.
"""

from __future__ import annotations

import numpy as np

from core.fast_step import BatchStepper, examples_as_columns
from core.model import MLP
from core.observations import EpochMetrics

Array = np.ndarray
CHUNK_ROWS = 4096


class Evaluator:
    def __init__(
        self, model: MLP, X_train: Array, y_train: Array, X_val: Array, y_val: Array
    ):
        self._X1T = examples_as_columns(np.vstack([X_train, X_val]))
        y = np.concatenate([y_train, y_val])
        self._flip = 1.0 - 2.0 * y
        self._positive = y > 0.5
        self._n_train = len(y_train)
        self._stepper = BatchStepper(model, min(len(y), CHUNK_ROWS))
        self._logits = np.empty(len(y), dtype=model.dtype)

    def metrics(self) -> EpochMetrics:
        logits = self._logits
        for start in range(0, len(logits), CHUNK_ROWS):
            stop = start + CHUNK_ROWS
            logits[start:stop] = self._stepper.logits(self._X1T[:, start:stop])
        losses = np.logaddexp(0.0, logits * self._flip)
        correct = (logits > 0) == self._positive
        n = self._n_train
        return EpochMetrics(
            loss=float(losses[:n].mean()),
            accuracy=float(correct[:n].mean()),
            val_loss=float(losses[n:].mean()),
            val_accuracy=float(correct[n:].mean()),
        )
