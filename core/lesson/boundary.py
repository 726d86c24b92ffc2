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

What the answer is depends on the run's output kind
(``core.engine.output_kinds``): P(class 1) for yes/no, the k class
probabilities for several classes (``class_field``: the winning class and
how sure it is), or the predicted number, turned back into the target's
units with the training rows' mean and standard deviation exactly as the
trainer does (``core.engine.target_scale``). On 2-D data with extra input
features (x₁², sin x₂, …: ``core.data.knobs``) the extra columns of each grid
point are computed from its two coordinates, as the trainer computed them
from each row's, never held at a median.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.data.datasets import Dataset
from core.data.knobs import FEATURES
from core.data.preprocessing import MinMaxScaler
from core.engine.config import TrainingConfig
from core.engine.model import MLP
from core.engine.target_scale import TargetScale

Array = np.ndarray

GRID_SIZE = 100
MARGIN = 0.05  # share of each feature's range added on both sides
NUMBER_BANDS = 5  # "Discretize output" on a number: this many flat bands


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
    # the extra input features' codes (core.data.knobs), computed from columns 0, 1
    derived: tuple[str, ...] = ()
    # a number target's standardization, fitted on the training rows as the
    # trainer fits it; None for classes
    target_scale: TargetScale | None = None
    y_train_raw: Array | None = None  # the targets as the data has them
    y_val_raw: Array | None = None


def normalized_split(dataset: Dataset, config: TrainingConfig) -> NormalizedSplit:
    split = dataset.split(config.val_fraction, seed=config.seed)
    scaler = MinMaxScaler().fit(
        split.X_train, dataset.feature_names, dataset.feature_units
    )
    dtype = np.dtype(config.dtype)
    number = dataset.target_kind == "number"
    derived = dataset.extra.get("features", ())
    return NormalizedSplit(
        scaler=scaler,
        X_train=scaler.transform(split.X_train).astype(dtype),
        y_train=split.y_train.astype(dtype),
        X_val=scaler.transform(split.X_val).astype(dtype),
        y_val=split.y_val.astype(dtype),
        X_train_raw=split.X_train,
        X_val_raw=split.X_val,
        derived=tuple(derived) if isinstance(derived, tuple | list) else (),
        target_scale=TargetScale.fit(split.y_train) if number else None,
        y_train_raw=split.y_train,
        y_val_raw=split.y_val,
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
    if split.derived and {x_feature, y_feature} == {0, 1}:
        raw_xy = np.column_stack([gx.ravel(), gy.ravel()])
        _fill_derived(X, split.derived, raw_xy, low_all, span_all)
    return BoundaryGrid(
        x_feature, y_feature, x_values, y_values, X.astype(split.X_train.dtype)
    )


def _fill_derived(
    X: Array, derived: tuple[str, ...], raw_xy: Array, low: Array, span: Array
) -> None:
    """Columns 2, 3, … from the grid's raw (x₁, x₂), scaled like the training rows."""
    for j, code in enumerate(derived, start=2):
        X[:, j] = (FEATURES[code][1](raw_xy) - low[j]) / span[j]


def model_from_theta(
    theta: Array,
    layer_sizes: Sequence[int],
    activation: str | Sequence[str] = "relu",
    output: str | None = None,
) -> MLP:
    """A readable ``MLP`` holding a copy of the flat parameters ``theta``.

    ``activation`` is one name for every hidden layer or one per hidden layer
    (``TrainingConfig.hidden_activations()``), as ``MLP`` takes it.

    ``output`` is the run's target kind (``TrainingConfig.target_kind``);
    None guesses from the last layer (k > 1 units: classes, else yes/no),
    which is right for every run except a number's.
    """
    if output is None:
        output = "classes" if layer_sizes[-1] > 1 else "binary"
    model = MLP(layer_sizes, activation, dtype=theta.dtype.name, output=output)
    model.theta[...] = theta
    return model


def probabilities(grid: BoundaryGrid, model: MLP) -> Array:
    """The output at every grid point, row-major: (ny, nx), or (ny, nx, k) for k.

    P(class 1) for yes/no, the k class probabilities for several classes, and
    the raw output (standard deviations of the target) for a number.
    """
    p = model.predict_proba(grid.X)
    return p.reshape(*grid.shape, *p.shape[1:])


def predicted_numbers(grid: BoundaryGrid, model: MLP, scale: TargetScale) -> Array:
    """A number run's prediction at every grid point, in the target's units."""
    return scale.to_units(model.predict(grid.X)).reshape(grid.shape)


@dataclass(frozen=True)
class ClassField:
    """Several classes over the grid: who wins each point, and by how much.

    ``winner[i, j]`` is the argmax of the k probabilities; ``confidence``
    rescales the winning probability from 1/k (a tie of all k) to 1 (sure) so
    a colour's strength means the same for 3 classes as for 10; ``margins[c]``
    is ``p_c`` minus the largest other probability, positive exactly inside
    class c's region, so its zero line is that region's border.
    """

    winner: Array  # (ny, nx) int
    confidence: Array  # (ny, nx) in 0..1
    margins: Array  # (k, ny, nx)


def class_field(p: Array) -> ClassField:
    """From (ny, nx, k) class probabilities (each point's add up to 1)."""
    k = p.shape[-1]
    winner = np.argmax(p, axis=-1)
    top = np.take_along_axis(p, winner[..., None], axis=-1)[..., 0]
    confidence = np.clip((top - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    ordered = np.sort(p, axis=-1)
    second = ordered[..., -2]
    # the largest other: the runner-up for the winner, the winner for the rest
    others = np.where(
        winner[..., None] == np.arange(k), second[..., None], top[..., None]
    )
    margins = np.moveaxis(p - others, -1, 0)
    return ClassField(winner, confidence, margins)


def number_bands(
    values: Array, low: float, high: float, bands: int = NUMBER_BANDS
) -> Array:
    """Each value replaced by the middle of its band: ``bands`` equal bands of
    ``low``..``high`` (values outside go to the end bands), so at most ``bands``
    different values remain."""
    width = (high - low) / bands if high > low else 1.0
    index = np.clip(np.floor((np.asarray(values) - low) / width), 0, bands - 1)
    out: Array = low + (index + 0.5) * width
    return out
