"""Each stacked seed's epoch metrics, on its whole training and validation rows.

The stacked runs (``core.stacked.training``) keep every seed's rows in
one (K, inputs + 1, rows) array, so the forward pass over all rows is one
batched product per layer for all seeds, in chunks of rows that keep the
product on one thread (as ``core.engine.evaluation`` explains).

The scores are the trainer's, by the output kind's own formulas
(``core.engine.output_kinds`` and ``core.engine.metrics``):

- yes/no: cross-entropy from the logits and the share right, for all seeds
  at once (a row says 1 exactly when z > 0);
- several classes: the kind's cross-entropy and the share of rows whose
  largest output is their class, seed by seed;
- a number: the mean squared error in standard deviations (the kind's loss),
  R² and MAE in the target's units (``TargetScale``), seed by seed.

A score that does not apply to the kind is NaN, as in ``EpochMetrics``.
With ``validation_only`` the training rows are not scored (NaN): Compare
depths needs the validation scores alone, about five times cheaper.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

import numpy as np

from core.engine.activations import Kernels
from core.engine.metrics import mean_absolute_error, r2_score
from core.engine.model import ParameterLayout
from core.engine.output_kinds import OutputKind
from core.engine.target_scale import TargetScale

Array = np.ndarray
EVAL_WORK = 2**21  # multiply-adds per evaluation chunk, all seeds together
METRIC_NAMES = ("loss", "accuracy", "val_loss", "val_accuracy",
                "r2", "val_r2", "mae", "val_mae")  # fmt: skip


class SeedSetup(Protocol):
    """One seed's rows as ``core.stacked.training.SeedSetup`` holds them
    (described here, not imported: the trainer of the stack imports this)."""

    @property
    def X_train(self) -> Array: ...
    @property
    def y_train(self) -> Array: ...
    @property
    def X_val(self) -> Array: ...
    @property
    def y_val(self) -> Array: ...
    @property
    def scale(self) -> TargetScale | None: ...


class StackedRuns(Protocol):
    """What the evaluator reads of ``core.stacked.training.StackedRuns``."""

    @property
    def setups(self) -> Sequence[SeedSetup]: ...
    @property
    def dtype(self) -> np.dtype: ...
    @property
    def layer_sizes(self) -> tuple[int, ...]: ...
    @property
    def parameter_layout(self) -> ParameterLayout: ...
    @property
    def theta(self) -> Array: ...
    @property
    def kernels(self) -> Kernels: ...
    @property
    def kind(self) -> OutputKind: ...


class StackedEvaluator:
    """The metrics of every seed of ``runs`` (see the module docstring)."""

    def __init__(self, runs: StackedRuns, validation_only: bool) -> None:
        self.runs, self.validation_only = runs, validation_only
        setups: Sequence[SeedSetup] = runs.setups
        self.n_train = 0 if validation_only else len(setups[0].y_train)
        parts = [[s.X_val] if validation_only else [s.X_train, s.X_val] for s in setups]
        X = np.stack([np.vstack(p) for p in parts])
        labels = [s.y_val if validation_only else np.concatenate([s.y_train, s.y_val])
                  for s in setups]  # fmt: skip
        self.y = np.stack(labels).astype(np.float64)
        self.flip = (1.0 - 2.0 * np.stack(labels)).astype(runs.dtype)
        self.scales = [s.scale or TargetScale() for s in setups]
        self.X1T = np.ones((X.shape[0], X.shape[2] + 1, X.shape[1]), runs.dtype)
        self.X1T[:, :-1] = X.transpose(0, 2, 1)
        widest = max((n + 1) * m for n, m in pairwise(runs.layer_sizes))
        self.chunk = max(64, EVAL_WORK // (widest * len(setups)))

    def logits(self) -> Array:
        """(K, output units, rows): the output z of every evaluated row."""
        runs = self.runs
        Wb = runs.parameter_layout.stacked(runs.theta)
        activate = runs.kernels.activate
        out = []
        for start in range(0, self.X1T.shape[2], self.chunk):
            a = self.X1T[:, :, start : start + self.chunk]
            for layer in Wb[:-1]:
                z = np.matmul(layer.transpose(0, 2, 1), a)
                activate(z, np.zeros_like(z))
                a = np.concatenate([z, np.ones_like(z[:, :1])], axis=1)
            out.append(np.matmul(Wb[-1].transpose(0, 2, 1), a))
        return np.concatenate(out, axis=2)

    def metrics(self) -> dict[str, Array]:
        """Every name of ``METRIC_NAMES`` -> (K,) values; NaN if not computed."""
        z = self.logits()
        kind = self.runs.kind.name
        if kind == "binary":
            parts = self._binary(z[:, 0])
        else:
            score = self._classes if kind == "classes" else self._number
            per_seed = [score(k, z[k].T.astype(np.float64)) for k in range(len(z))]
            parts = {
                name: np.array([p[name] for p in per_seed]) for name in per_seed[0]
            }
        nan = np.full(len(z), np.nan)
        return {name: parts.get(name, nan) for name in METRIC_NAMES}

    def _sets(self) -> tuple[slice, ...]:
        """The row ranges scored: (training, validation), or validation alone."""
        n = self.n_train
        return (
            (slice(n, None),) if self.validation_only else (slice(0, n), slice(n, None))
        )

    def _names(self, *names: str) -> list[tuple[slice, tuple[str, ...]]]:
        """Each scored set's rows with the metric names it fills."""
        val = tuple(f"val_{name}" for name in names)
        pairs = [(self._sets()[-1], val)]
        if not self.validation_only:
            pairs.insert(0, (self._sets()[0], names))
        return pairs

    def _binary(self, z: Array) -> dict[str, Array]:
        losses = np.logaddexp(0.0, z * self.flip)
        right = (z > 0) == (self.flip < 0)  # says 1 exactly when z > 0
        return {
            name: values[:, rows].mean(axis=1)
            for rows, names in self._names("loss", "accuracy")
            for name, values in zip(names, (losses, right), strict=True)
        }

    def _classes(self, k: int, z: Array) -> dict[str, float]:
        """Seed ``k``: cross-entropy and accuracy; ``z`` is (rows, classes)."""
        y, loss = self.y[k], self.runs.kind.loss
        right = np.argmax(z, axis=1) == y.astype(np.intp)
        out: dict[str, float] = {}
        for rows, (loss_name, accuracy_name) in self._names("loss", "accuracy"):
            out[loss_name] = loss(z[rows], y[rows])
            out[accuracy_name] = float(np.mean(right[rows]))
        return out

    def _number(self, k: int, z: Array) -> dict[str, float]:
        """Seed ``k``: squared error (standardized), R², MAE in the target's units."""
        y, scale, loss = self.y[k], self.scales[k], self.runs.kind.loss
        out: dict[str, float] = {}
        for rows, names in self._names("loss", "r2", "mae"):
            y_rows, z_rows = y[rows], z[rows]
            out[names[0]] = loss(z_rows, y_rows)
            out[names[1]] = r2_score(y_rows, z_rows[:, 0])
            out[names[2]] = mean_absolute_error(
                scale.to_units(y_rows), scale.to_units(z_rows[:, 0])
            )
        return out
