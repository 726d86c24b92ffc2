"""A number target in standard deviations: how it is trained, and back to its units.

A network with a linear output learns fastest when the target is about as
large as its inputs (which the min-max scaler puts in 0-1): a house price in
euros would need weights in the hundreds of thousands. So the trainer
subtracts the training rows' mean and divides by their standard deviation,
trains on that, and turns every prediction back into the target's own units
before it reports MAE or shows a residual. R² is the same in either unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class TargetScale:
    """``standardized = (y - mean) / std``; the training rows' mean and std."""

    mean: float = 0.0
    std: float = 1.0

    @classmethod
    def fit(cls, y_train: Array) -> TargetScale:
        """From the training rows only; a constant target keeps std 1 (no blow-up)."""
        y = np.asarray(y_train, dtype=np.float64)
        std = float(y.std())
        return cls(float(y.mean()), std if std > 0 else 1.0)

    def standardize(self, y: Array) -> Array:
        out: Array = (np.asarray(y, dtype=np.float64) - self.mean) / self.std
        return out

    def to_units(self, z: Array) -> Array:
        """A standardized prediction in the target's own units."""
        out: Array = np.asarray(z, dtype=np.float64) * self.std + self.mean
        return out
