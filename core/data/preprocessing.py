"""Min-max normalization, fitted on the training rows only.

Fitting on the training rows alone keeps the validation rows unseen, as they
will be for a real new example. The scaler remembers each feature's raw range
so the app can say "height scaled from 150-200 cm to 0.0-1.0" from the data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.data.wording import say

Array = np.ndarray


class DataProblem(ValueError):
    """A problem in the data that a student can fix, with the column named."""


@dataclass(frozen=True)
class FeatureRange:
    name: str
    unit: str
    low: float
    high: float

    def sentence(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        span = f"{_short(self.low)}–{_short(self.high)}{unit}"
        return say("{name} scaled from {span} to 0.0–1.0", name=self.name, span=span)


def _short(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"


class MinMaxScaler:
    """Maps each training column's [min, max] onto [0, 1]."""

    def __init__(self) -> None:
        self.low: Array | None = None
        self.span: Array | None = None
        self.ranges: list[FeatureRange] = []

    def fit(
        self,
        X: Array,
        feature_names: Sequence[str] | None = None,
        feature_units: Sequence[str] | None = None,
    ) -> MinMaxScaler:
        X = np.asarray(X, dtype=np.float64)
        names = list(feature_names or [f"feature {j + 1}" for j in range(X.shape[1])])
        units = list(feature_units or [""] * X.shape[1])
        check_finite(X, names)
        low, high = X.min(axis=0), X.max(axis=0)
        constant = np.flatnonzero(high == low)
        if constant.size:
            j = int(constant[0])
            raise DataProblem(
                f"Column '{names[j]}' has the same value ({low[j]:g}) in every "
                "training row, so it carries no information and cannot be scaled; "
                "remove it."
            )
        self.low, self.span = low, high - low
        self.ranges = [
            FeatureRange(n, u, float(lo), float(hi))
            for n, u, lo, hi in zip(names, units, low, high, strict=True)
        ]
        return self

    def transform(self, X: Array) -> Array:
        if self.low is None or self.span is None:
            raise RuntimeError("Call fit() before transform().")
        scaled: Array = (np.asarray(X, dtype=np.float64) - self.low) / self.span
        return scaled

    def fit_transform(self, X: Array, *args: Sequence[str]) -> Array:
        return self.fit(X, *args).transform(X)

    def inverse_transform(self, X: Array) -> Array:
        if self.low is None or self.span is None:
            raise RuntimeError("Call fit() before inverse_transform().")
        raw: Array = np.asarray(X) * self.span + self.low
        return raw


def check_finite(X: Array, names: Sequence[str]) -> None:
    """Refuse NaN or infinity, naming the first column and row where it occurs."""
    bad = ~np.isfinite(X)
    if bad.any():
        row, col = (int(i) for i in np.argwhere(bad)[0])
        count = int(bad[:, col].sum())
        what = "missing (NaN)" if np.isnan(X[row, col]) else "infinite"
        raise DataProblem(
            f"Column '{names[col]}' has {count} {what} or non-finite "
            f"{'value' if count == 1 else 'values'}, "
            f"the first in row {row + 1}; fix or drop those rows."
        )
