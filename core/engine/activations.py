"""Activation functions looked up by name.

Each entry pairs the function with its derivative written in terms of the
pre-activation ``z``, so backpropagation can apply the chain rule without
knowing which activation it is handling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """An activation ``a = f(z)`` and its slope ``f'(z)``."""

    name: str
    f: Callable[[Array], Array]
    df: Callable[[Array], Array]
    formula: str
    title: str  # how a label names it, e.g. "ReLU"


def sigmoid(z: Array) -> Array:
    """Logistic function, written with tanh so it never overflows."""
    return 0.5 * np.tanh(0.5 * z) + 0.5


def _relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def _relu_slope(z: Array) -> Array:
    return (z > 0).astype(z.dtype)


def _tanh_slope(z: Array) -> Array:
    t = np.tanh(z)
    return 1.0 - t * t


def _sigmoid_slope(z: Array) -> Array:
    s = sigmoid(z)
    return s * (1.0 - s)


def _identity(z: Array) -> Array:
    return z.copy()


def _ones(z: Array) -> Array:
    return np.ones_like(z)


ACTIVATIONS: dict[str, Activation] = {
    "relu": Activation("relu", _relu, _relu_slope, "a = max(0, z)", "ReLU"),
    "tanh": Activation("tanh", np.tanh, _tanh_slope, "a = tanh(z)", "Tanh"),
    "sigmoid": Activation(
        "sigmoid", sigmoid, _sigmoid_slope, "a = 1 / (1 + e^-z)", "Sigmoid"
    ),
    "linear": Activation("linear", _identity, _ones, "a = z", "Linear"),
}

HIDDEN_ACTIVATIONS: tuple[str, ...] = tuple(ACTIVATIONS)


def get_activation(name: str) -> Activation:
    """Return the activation called ``name`` or explain which names exist."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        known = ", ".join(ACTIVATIONS)
        raise ValueError(
            f"Unknown activation {name!r}; choose one of: {known}."
        ) from None
