"""Loss and accuracy of the whole training and validation sets, once per epoch.

The network runs over both sets in one pass through the fast forward pass
(activations only, no slopes), in chunks of about half a million
multiply-adds in the widest layer (``chunk_rows``). OpenBLAS hands a product
of ``M N K`` multiply-adds to ``M N K / 2**18`` threads (``interface/gemm.c``),
so a chunk's products stay on the calling thread: on two cores a second
thread saves little at this size and stalls badly whenever the other core is
busy (a GUI thread, another program). Chunks also bound the activations'
memory, however many rows there are.

The logits of all rows then give the four metrics in six calls: two
matrix-vector products replace masks and means (see ``Evaluator``).

A classes run (``ClassesEvaluator``: cross-entropy and accuracy) and a
number run (``NumberEvaluator``: squared error, R² and MAE in the target's
units) are scored by the plain formulas of ``core.engine.metrics``;
``make_evaluator`` picks the one for the model's output kind.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from core.engine.fast_step import BatchStepper, examples_as_columns
from core.engine.metrics import mean_absolute_error, r2_score
from core.engine.model import MLP
from core.engine.observations import EpochMetrics
from core.engine.output_kinds import cross_entropy_from_logits
from core.engine.target_scale import TargetScale

Array = np.ndarray
MIN_CHUNK_ROWS, MAX_CHUNK_ROWS = 64, 4096
WORK_PER_CHUNK = 2**19  # multiply-adds in the widest layer's product


def chunk_rows(model: MLP) -> int:
    """Rows per chunk: ``WORK_PER_CHUNK`` over the widest layer's size, bounded.

    Measured on the seed's network (2 cores): in 252-row chunks, 1000 rows
    take about 25% less time than in one chunk on a quiet machine, and with
    the other core busy they avoid evaluations 5 to 50 times slower than usual.
    A network so wide that even ``MIN_CHUNK_ROWS`` rows are over the budget
    is threaded whatever the chunk, so it gets the largest chunks.
    """
    widest = max((n + 1) * m for n, m in pairwise(model.layer_sizes))
    rows = WORK_PER_CHUNK // widest
    return MAX_CHUNK_ROWS if rows < MIN_CHUNK_ROWS else min(rows, MAX_CHUNK_ROWS)


class Evaluator:
    """The epoch's metrics of ``model`` on fixed training and validation rows.

    ``in_set`` is (2, n): row 0 is 1 at training examples, row 1 at
    validation ones, so ``in_set @ losses`` sums each set's losses. With
    ``flip = 1 - 2 y``, an example's loss is ``softplus(flip * z)``; the
    prediction ``says_one = (z > 0)`` is wrong exactly when it differs from
    y, so ``wrong = y + flip * says_one`` and ``(in_set * flip) @ says_one``
    is each set's wrong answers minus its positives. Those sums of 0s and
    +-1s are whole numbers, exact in either float type, so the accuracy is
    exactly ``correct / n``.
    """

    def __init__(
        self, model: MLP, X_train: Array, y_train: Array, X_val: Array, y_val: Array
    ):
        X = np.vstack([X_train, X_val])
        y = np.concatenate([y_train, y_val])
        dtype = model.dtype
        rows = min(chunk_rows(model), len(y))
        self._stepper = BatchStepper(model, rows)
        self._z = np.empty(len(y), dtype)
        self._chunks = [
            (examples_as_columns(X[i : i + rows]), self._z[i : i + rows])
            for i in range(0, len(y), rows)
        ]
        self._flip = (1.0 - 2.0 * y).astype(dtype)
        in_val = np.arange(len(y)) >= len(y_train)
        self._in_set = np.stack([~in_val, in_val]).astype(dtype)
        self._in_set_flip = self._in_set * self._flip
        self._sizes = (len(y_train), len(y_val))
        self._positives = np.array([np.sum(y_train > 0.5), np.sum(y_val > 0.5)])
        self._u = np.empty_like(self._z)
        self._losses = np.empty_like(self._z)
        self._says_one = np.empty_like(self._z)
        self._zero = np.zeros((), dtype)

    def metrics(self) -> EpochMetrics:
        for X1T, z in self._chunks:
            self._stepper.logits(X1T, out=z)
        (loss_sum, val_loss_sum), (wrong, val_wrong) = self._sums()
        n, n_val = self._sizes
        return EpochMetrics(
            loss=loss_sum / n,
            accuracy=(n - wrong) / n,
            val_loss=val_loss_sum / n_val,
            val_accuracy=(n_val - val_wrong) / n_val,
        )

    def _sums(self) -> tuple[list[float], list[float]]:
        """Per set: the sum of the losses, and the number of wrong answers."""
        z, u, losses, says_one = self._z, self._u, self._losses, self._says_one
        np.multiply(z, self._flip, out=u)
        np.logaddexp(self._zero, u, out=losses)
        np.greater(z, self._zero, out=says_one)
        loss_sums = np.dot(self._in_set, losses)
        wrong = np.add(self._positives, np.dot(self._in_set_flip, says_one))
        return loss_sums.tolist(), wrong.tolist()


class _ChunkedOutputs:
    """The output z of fixed rows, (n, units), through the fast forward pass."""

    def __init__(self, model: MLP, X: Array) -> None:
        rows = min(chunk_rows(model), len(X))
        self._stepper = BatchStepper(model, rows)
        self._z = np.empty((len(X), model.layer_sizes[-1]), model.dtype)
        self._chunks = [
            (examples_as_columns(X[i : i + rows]), self._z[i : i + rows])
            for i in range(0, len(X), rows)
        ]

    def outputs(self) -> Array:
        for X1T, z in self._chunks:
            out = self._stepper.logits(X1T)
            z[...] = out.T if out.ndim == 2 else out[:, None]
        return self._z


class ClassesEvaluator:
    """Cross-entropy and accuracy of a softmax network on its two sets of rows."""

    def __init__(
        self, model: MLP, X_train: Array, y_train: Array, X_val: Array, y_val: Array
    ) -> None:
        self._outputs = _ChunkedOutputs(model, np.vstack([X_train, X_val]))
        self._labels = np.concatenate([y_train, y_val]).astype(np.intp)
        self._n = len(y_train)

    def metrics(self) -> EpochMetrics:
        z, y, n = self._outputs.outputs(), self._labels, self._n
        right = np.argmax(z, axis=1) == y
        return EpochMetrics(
            loss=cross_entropy_from_logits(z[:n], y[:n]),
            accuracy=float(np.mean(right[:n])),
            val_loss=cross_entropy_from_logits(z[n:], y[n:]),
            val_accuracy=float(np.mean(right[n:])),
        )


class NumberEvaluator:
    """Squared error (standardized), R² and MAE (target's units) on both sets.

    ``y_train`` and ``y_val`` are standardized with ``scale``, as trained.
    """

    def __init__(
        self,
        model: MLP,
        X_train: Array,
        y_train: Array,
        X_val: Array,
        y_val: Array,
        scale: TargetScale,
    ) -> None:
        self._outputs = _ChunkedOutputs(model, np.vstack([X_train, X_val]))
        self._y = np.concatenate([y_train, y_val]).astype(np.float64)
        self._n = len(y_train)
        self._scale = scale

    def metrics(self) -> EpochMetrics:
        z = self._outputs.outputs()[:, 0].astype(np.float64)
        y, n, nan = self._y, self._n, float("nan")
        error = z - y
        squared = error * error
        units, predicted = self._scale.to_units(y), self._scale.to_units(z)
        return EpochMetrics(
            loss=float(np.mean(squared[:n])),
            accuracy=nan,
            val_loss=float(np.mean(squared[n:])),
            val_accuracy=nan,
            r2=r2_score(y[:n], z[:n]),
            val_r2=r2_score(y[n:], z[n:]),
            mae=mean_absolute_error(units[:n], predicted[:n]),
            val_mae=mean_absolute_error(units[n:], predicted[n:]),
        )


def make_evaluator(
    model: MLP,
    X_train: Array,
    y_train: Array,
    X_val: Array,
    y_val: Array,
    scale: TargetScale | None = None,
) -> Evaluator | ClassesEvaluator | NumberEvaluator:
    """The evaluator for the model's output kind (binary: the fast ``Evaluator``)."""
    kind = model.output_kind.name
    if kind == "classes":
        return ClassesEvaluator(model, X_train, y_train, X_val, y_val)
    if kind == "number":
        return NumberEvaluator(
            model, X_train, y_train, X_val, y_val, scale or TargetScale()
        )
    return Evaluator(model, X_train, y_train, X_val, y_val)
