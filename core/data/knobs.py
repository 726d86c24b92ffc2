"""The 2-D playground's knobs: noise, a data seed of its own, extra input features.

They apply to the built-in 2-D datasets (xor, circles, spiral, moons,
gaussians and any other built-in set with two inputs), to the raw points
before the min-max scaling, in this order:

1. **Data seed.** The points are generated from ``data_seed``, or from the
   training ``seed`` when it is None (the lesson's default: the data are
   exactly what they always were). "Regenerate" is a new data seed: new
   points from the same generator, while the network's starting weights, the
   shuffle order and the train/validation split (all drawn from ``seed``)
   stay as they were.
2. **Noise** (0 to 0.5, shown as 0-50%). Each point is moved by Gaussian
   jitter: ``X + noise * scale * N(0, 1)`` independently in each coordinate,
   where ``scale`` is the RMS spread of the clean points,
   ``sqrt(mean over the two coordinates of their variance)``. So 50% noise
   moves a point by half the data's typical spread. The labels stay those
   of the clean points, so noise blurs the boundary between the classes
   (the generators' own built-in wobble, e.g. the rings' width, is part of
   the clean points). The draws come from their own generator, seeded with
   ``(data seed, NOISE_STREAM)``, so noise 0 leaves the points bit for bit as
   the generator made them, and the same noise and data seed give the same
   points again.
3. **Extra input features** (``FEATURES``), each one more input column,
   computed from the (noisy) raw coordinates ``x1`` and ``x2`` and appended
   in the order given: ``x2`` → x₁², ``y2`` → x₂², ``xy`` → x₁·x₂,
   ``sinx`` → sin x₁, ``siny`` → sin x₂. Like every input they are then
   min-max scaled on the training rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

import numpy as np

from core.data.datasets import INFO, MIN_ROWS, Dataset, load

Array = np.ndarray

NOISE_STREAM = 0x6E6F6973  # "nois": the noise draws' own stream of the data seed
MAX_NOISE = 0.5
# The validation share on 2-D data (a train share of 10-90%); other data keep
# the lesson's 0.05-0.5.
PLANAR_VAL_FRACTION = (0.1, 0.9)
OTHER_VAL_FRACTION = (0.05, 0.5)


def _x1(X: Array) -> Array:
    column: Array = X[:, 0]
    return column


def _x2(X: Array) -> Array:
    column: Array = X[:, 1]
    return column


# code -> (display name, column from the raw 2-D points)
FEATURES: dict[str, tuple[str, Callable[[Array], Array]]] = {
    "x2": ("x₁²", lambda X: _x1(X) * _x1(X)),
    "y2": ("x₂²", lambda X: _x2(X) * _x2(X)),
    "xy": ("x₁·x₂", lambda X: _x1(X) * _x2(X)),
    "sinx": ("sin x₁", lambda X: np.sin(_x1(X))),
    "siny": ("sin x₂", lambda X: np.sin(_x2(X))),
}


class DataSettings(Protocol):
    """The part of a ``TrainingConfig`` that says which data to make."""

    @property
    def dataset(self) -> str: ...
    @property
    def n_rows(self) -> int | None: ...
    @property
    def seed(self) -> int: ...
    @property
    def noise(self) -> float: ...
    @property
    def data_seed(self) -> int | None: ...
    @property
    def features(self) -> tuple[str, ...]: ...


@functools.cache
def is_planar(name: str) -> bool:
    """Whether ``name`` is a built-in dataset with two inputs (a 2-D dataset)."""
    return name in INFO and load(name, MIN_ROWS, seed=0).n_features == 2


def planar_names() -> tuple[str, ...]:
    return tuple(name for name in INFO if is_planar(name))


def val_fraction_range(name: str) -> tuple[float, float]:
    """The validation shares ``name`` accepts (wider on the 2-D datasets)."""
    return PLANAR_VAL_FRACTION if is_planar(name) else OTHER_VAL_FRACTION


def make_dataset(settings: DataSettings, given: Dataset | None = None) -> Dataset:
    """The data a run trains on: ``given`` or the built-in set, with the knobs."""
    data_seed = settings.seed if settings.data_seed is None else settings.data_seed
    if given is None:
        given = load(settings.dataset, settings.n_rows, seed=data_seed)
    return with_knobs(given, settings.noise, data_seed, settings.features)


def with_knobs(
    dataset: Dataset, noise: float, data_seed: int, features: tuple[str, ...]
) -> Dataset:
    """``dataset`` with noise and extra features; itself when both are off."""
    if not noise and not features:
        return dataset
    if dataset.n_features != 2:
        raise ValueError(
            f"Noise and extra input features apply to 2-D data (two inputs); "
            f"{dataset.name} has {dataset.n_features}."
        )
    X = dataset.X
    if noise:
        X = add_noise(X, noise, data_seed)
    names = dataset.feature_names
    units = dataset.feature_units
    if features:
        X = np.column_stack([X, *(FEATURES[code][1](X) for code in features)])
        names = (*names, *(FEATURES[code][0] for code in features))
        units = (*units, *("" for _ in features))
    extra = {**dataset.extra, "noise": noise, "features": tuple(features)}
    return replace(dataset, X=X, feature_names=names, feature_units=units, extra=extra)


def noise_scale(X: Array) -> float:
    """The RMS spread of the points: sqrt of the mean of the columns' variances."""
    return float(np.sqrt(np.mean(np.var(X, axis=0))))


def noise_draws(shape: tuple[int, ...], data_seed: int) -> Array:
    """The standard normal draws the noise scales (their own seeded stream)."""
    draws: Array = np.random.default_rng([data_seed, NOISE_STREAM]).standard_normal(
        shape
    )
    return draws


def add_noise(X: Array, noise: float, data_seed: int) -> Array:
    """``X + noise * noise_scale(X) * N(0, 1)``: a new array, ``X`` untouched."""
    jittered: Array = X + noise * noise_scale(X) * noise_draws(X.shape, data_seed)
    return jittered
