"""The scores of a classes run and of a number run, from predictions and targets.

Plain formulas, written once, that the evaluator, the reports the views ask
for and the tests all use:

- the **confusion matrix**: counts, a row per true class and a column per
  predicted class, so row ``i`` sums to the rows whose class is ``i``;
- **per-class accuracy**: the diagonal over the row sums (NaN for a class
  with no rows: nothing to score, never a made-up 0 or 1);
- **R²** = 1 − SS_res / SS_tot with SS_tot about the scored rows' own mean
  (so 0 is what predicting their mean scores, 1 is perfect, below 0 is worse
  than the mean; NaN when every target is the same);
- **MAE**: the mean absolute error, in the target's units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


def confusion_matrix(y_true: Array, y_pred: Array, n_classes: int) -> Array:
    """(k, k) counts: ``[i, j]`` rows of true class i predicted as class j."""
    t = np.asarray(y_true, dtype=np.int64)
    p = np.asarray(y_pred, dtype=np.int64)
    flat = np.bincount(t * n_classes + p, minlength=n_classes * n_classes)
    counts: Array = flat.reshape(n_classes, n_classes)
    return counts


def per_class_accuracy(counts: Array) -> Array:
    """Each true class's share predicted right; NaN for a class with no rows."""
    rows = counts.sum(axis=1).astype(np.float64)
    right = np.diag(counts).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        share: Array = np.where(rows > 0, right / np.maximum(rows, 1), np.nan)
    return share


def r2_score(y: Array, y_hat: Array) -> float:
    """1 − SS_res / SS_tot; NaN when the targets do not vary (SS_tot = 0)."""
    y = np.asarray(y, dtype=np.float64)
    residual = y - np.asarray(y_hat, dtype=np.float64)
    centred = y - y.mean()
    ss_tot = float(np.dot(centred, centred))
    if ss_tot == 0.0:
        return float("nan")
    return 1.0 - float(np.dot(residual, residual)) / ss_tot


def mean_absolute_error(y: Array, y_hat: Array) -> float:
    diff = np.asarray(y, dtype=np.float64) - np.asarray(y_hat, dtype=np.float64)
    return float(np.mean(np.abs(diff)))


@dataclass(frozen=True)
class ClassReport:
    """What a confusion-matrix view shows, for one set of rows (copied arrays).

    ``probabilities`` is (n, k), each row adding up to 1; ``counts`` the
    confusion matrix (rows = true class).
    """

    class_names: tuple[str, ...]
    labels: Array
    probabilities: Array
    counts: Array

    @classmethod
    def of(
        cls, class_names: Sequence[str], labels: Array, probabilities: Array
    ) -> ClassReport:
        k = len(class_names)
        predicted = np.argmax(probabilities, axis=1)
        counts = confusion_matrix(labels, predicted, k)
        return cls(tuple(class_names), np.asarray(labels).copy(),
                   np.array(probabilities, dtype=np.float64), counts)  # fmt: skip

    @property
    def predicted(self) -> Array:
        index: Array = np.argmax(self.probabilities, axis=1)
        return index

    @property
    def per_class(self) -> Array:
        return per_class_accuracy(self.counts)

    @property
    def accuracy(self) -> float:
        total = int(self.counts.sum())
        return float(np.trace(self.counts)) / total if total else float("nan")


@dataclass(frozen=True)
class NumberReport:
    """What a residual plot shows, in the target's own units (copied arrays)."""

    target_name: str
    y: Array
    predicted: Array

    @property
    def residuals(self) -> Array:
        """Target minus prediction: positive where the network guessed too low."""
        out: Array = self.y - self.predicted
        return out

    @property
    def r2(self) -> float:
        return r2_score(self.y, self.predicted)

    @property
    def mae(self) -> float:
        return mean_absolute_error(self.y, self.predicted)
