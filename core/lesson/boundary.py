"""The model's answer over a plane: what a decision boundary is made of.

A grid is laid over two features. On the 2-D datasets those are the only
features; on wider data (athletes) the student picks any two and every other
feature is held at its median over the training rows, so the picture is a
slice through the typical person.

The axes are in **raw units** (cm, kg, years), which a student can read; the
network itself sees normalized inputs, so each grid point is built in
normalized space (the same min-max scaling the trainer fitted on the
training rows) and the probabilities come from the readable forward pass,
``MLP.predict_proba``. ``probabilities[i, j]`` is the answer at
``(x_values[j], y_values[i])``: row-major, rows along the vertical axis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.data.datasets import Dataset
from core.data.preprocessing import MinMaxScaler
from core.engine.config import TrainingConfig
from core.engine.model import MLP

Array = np.ndarray

GRID_SIZE = 100
MARGIN = 0.05  # share of each feature's range added on both sides


@dataclass(frozen=True)
class NormalizedSplit:
    """The trainer's rows, rebuilt from the data and config: same split, same scaling.

    ``Trainer`` splits with the config's seed and fits min-max scaling on the
    training rows; doing the same here gives the very rows it trains and
    validates on, without touching a trainer that may be running elsewhere.
    """

    scaler: MinMaxScaler
    X_train: Array
    y_train: Array
    X_val: Array
    y_val: Array
    X_train_raw: Array
    X_val_raw: Array


def normalized_split(dataset: Dataset, config: TrainingConfig) -> NormalizedSplit:
    split = dataset.split(config.val_fraction, seed=config.seed)
    scaler = MinMaxScaler().fit(
        split.X_train, dataset.feature_names, dataset.feature_units
    )
    dtype = np.dtype(config.dtype)
    return NormalizedSplit(
        scaler=scaler,
        X_train=scaler.transform(split.X_train).astype(dtype),
        y_train=split.y_train.astype(dtype),
        X_val=scaler.transform(split.X_val).astype(dtype),
        y_val=split.y_val.astype(dtype),
        X_train_raw=split.X_train,
        X_val_raw=split.X_val,
    )


@dataclass(frozen=True)
class BoundaryGrid:
    """Grid points over features ``x_feature`` and ``y_feature``."""

    x_feature: int
    y_feature: int
    x_values: Array  # raw units, shape (nx,)
    y_values: Array  # raw units, shape (ny,)
    X: Array  # normalized network inputs, shape (ny * nx, n_features)

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.y_values), len(self.x_values))

    @property
    def step(self) -> tuple[float, float]:
        """Distance between neighbouring grid points (x, y), in raw units."""
        return (_spacing(self.x_values), _spacing(self.y_values))


def _spacing(values: Array) -> float:
    return float(values[1] - values[0]) if len(values) > 1 else 1.0


def make_grid(
    split: NormalizedSplit,
    x_feature: int = 0,
    y_feature: int = 1,
    size: int = GRID_SIZE,
) -> BoundaryGrid:
    """A ``size`` x ``size`` grid over two features, the others at their median."""
    n_features = split.X_train.shape[1]
    for j in (x_feature, y_feature):
        if not 0 <= j < n_features:
            raise ValueError(f"Feature {j} does not exist; there are {n_features}.")
    if x_feature == y_feature:
        raise ValueError("Choose two different features for the two axes.")
    scaler = split.scaler
    if scaler.low is None or scaler.span is None:
        raise ValueError("The scaler has not been fitted.")
    low_all, span_all = scaler.low, scaler.span
    axes = []
    for j in (x_feature, y_feature):
        low, span = float(low_all[j]), float(span_all[j])
        axes.append(np.linspace(low - MARGIN * span, low + (1 + MARGIN) * span, size))
    x_values, y_values = axes
    X = np.tile(np.median(split.X_train, axis=0), (size * size, 1))
    gx, gy = np.meshgrid(x_values, y_values)  # gx[i, j] = x_values[j]
    X[:, x_feature] = (gx.ravel() - low_all[x_feature]) / span_all[x_feature]
    X[:, y_feature] = (gy.ravel() - low_all[y_feature]) / span_all[y_feature]
    return BoundaryGrid(
        x_feature, y_feature, x_values, y_values, X.astype(split.X_train.dtype)
    )


def model_from_theta(
    theta: Array, layer_sizes: Sequence[int], activation: str = "relu"
) -> MLP:
    """A readable ``MLP`` holding a copy of the flat parameters ``theta``."""
    model = MLP(layer_sizes, activation, dtype=theta.dtype.name)
    model.theta[...] = theta
    return model


def probabilities(grid: BoundaryGrid, model: MLP) -> Array:
    """P(class 1) at every grid point, shaped (ny, nx) for a row-major image."""
    return model.predict_proba(grid.X).reshape(grid.shape)
