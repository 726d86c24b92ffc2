"""The activation table: everything LayerLab knows about each activation, in one record.

A record pairs the function with its derivative written in terms of the
pre-activation ``z`` (so backpropagation applies the chain rule without
knowing which activation it handles), the in-place kernels the fast step and
the stacked trainer run, the weight-initialisation rule, whether a unit can
die, and the texts the views show. Adding an activation is adding one record
to ``ACTIVATIONS``: the readable model, the fast path, the stacked trainer,
the inspection of dead units, the config's choices and the views all read
it from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Kernels:
    """An activation as three in-place kernels on a layer's buffer ``a``.

    ``activate(a, zeros)``: ``a`` holds z on entry and f(z) on return.
    ``keep_slope(a, slope, zeros)``: writes f'(z) into ``slope``, from a = f(z).
    ``apply_slope(delta, slope)``: multiplies ``delta`` by f'(z) in place.
    Keeping the slope from the forward pass makes the backward pass one call.
    They are elementwise, so they serve one network's (units, batch) buffers
    and the stacked trainer's (seeds, units, batch) ones alike.
    """

    activate: Callable[[Array, Array], None]
    keep_slope: Callable[[Array, Array, Array], None]
    apply_slope: Callable[[Array, Array], None]


InitRule = Callable[[np.random.Generator, int, int], Array]


@dataclass(frozen=True)
class Activation:
    """An activation ``a = f(z)``, its slope ``f'(z)`` and all that goes with it."""

    name: str
    f: Callable[[Array], Array]
    df: Callable[[Array], Array]
    kernels: Kernels
    init: InitRule  # the starting weights of a layer with this activation
    can_die: bool  # a unit can output 0 for every input and so stop learning
    formula: str  # e.g. "a = max(0, z)"
    words: str  # one plain sentence for a student
    title: str  # how a label names it, e.g. "ReLU"


# -- weight initialisation -----------------------------------------------------


def he_normal(rng: np.random.Generator, fan_in: int, fan_out: int) -> Array:
    """He et al. (2015): variance 2 / fan_in keeps ReLU layers' signal size."""
    W: Array = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))
    return W


def glorot_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> Array:
    """Glorot and Bengio (2010): uniform in +-sqrt(6 / (fan_in + fan_out))."""
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    W: Array = rng.uniform(-limit, limit, size=(fan_in, fan_out))
    return W


# -- the functions and their slopes ---------------------------------------------


def sigmoid(z: Array) -> Array:
    """Logistic function, written with tanh so it never overflows."""
    s: Array = 0.5 * np.tanh(0.5 * z) + 0.5
    return s


def _relu(z: Array) -> Array:
    a: Array = np.maximum(z, 0.0)
    return a


def _relu_slope(z: Array) -> Array:
    return (z > 0).astype(z.dtype)


def _tanh_slope(z: Array) -> Array:
    t = np.tanh(z)
    slope: Array = 1.0 - t * t
    return slope


def _sigmoid_slope(z: Array) -> Array:
    s = sigmoid(z)
    return s * (1.0 - s)


def _identity(z: Array) -> Array:
    return z.copy()


def _ones(z: Array) -> Array:
    return np.ones_like(z)


# -- the in-place kernels of the fast path (see Kernels) ------------------------


def _relu_in_place(a: Array, zeros: Array) -> None:
    np.maximum(a, zeros, out=a)


def _keep_relu_slope(a: Array, slope: Array, zeros: Array) -> None:
    """1 where z > 0, which is where max(z, 0) > 0."""
    np.greater(a, zeros, out=slope)


def _tanh_in_place(a: Array, zeros: Array) -> None:
    np.tanh(a, out=a)


def _keep_tanh_slope(a: Array, slope: Array, zeros: Array) -> None:
    """1 - tanh(z)^2."""
    np.square(a, out=slope)
    np.subtract(1.0, slope, out=slope)


def _sigmoid_in_place(a: Array, zeros: Array) -> None:
    """0.5 tanh(z / 2) + 0.5, as ``sigmoid`` computes it."""
    np.multiply(a, 0.5, out=a)
    np.tanh(a, out=a)
    np.multiply(a, 0.5, out=a)
    np.add(a, 0.5, out=a)


def _keep_sigmoid_slope(a: Array, slope: Array, zeros: Array) -> None:
    """s (1 - s) with s = sigmoid(z)."""
    np.subtract(1.0, a, out=slope)
    np.multiply(slope, a, out=slope)


def _linear_in_place(a: Array, zeros: Array) -> None:
    """a = z: already in place."""


def _keep_no_slope(a: Array, slope: Array, zeros: Array) -> None:
    """The slope is 1, and ``_no_slope`` never reads it."""


def multiply_by_slope(delta: Array, slope: Array) -> None:
    """``delta *= f'(z)``: the ``apply_slope`` of every activation with a slope."""
    np.multiply(delta, slope, out=delta)


def _no_slope(delta: Array, slope: Array) -> None:
    """A linear layer's slope is 1: nothing to do."""


ACTIVATIONS: dict[str, Activation] = {
    "relu": Activation(
        "relu",
        _relu,
        _relu_slope,
        Kernels(_relu_in_place, _keep_relu_slope, multiply_by_slope),
        he_normal,
        can_die=True,
        formula="a = max(0, z)",
        words="ReLU keeps a positive sum and turns a negative one into 0.",
        title="ReLU",
    ),
    "tanh": Activation(
        "tanh",
        np.tanh,
        _tanh_slope,
        Kernels(_tanh_in_place, _keep_tanh_slope, multiply_by_slope),
        glorot_uniform,
        can_die=False,
        formula="a = tanh(z)",
        words="tanh squashes the sum into the range −1 to 1.",
        title="Tanh",
    ),
    "sigmoid": Activation(
        "sigmoid",
        sigmoid,
        _sigmoid_slope,
        Kernels(_sigmoid_in_place, _keep_sigmoid_slope, multiply_by_slope),
        glorot_uniform,
        can_die=False,
        formula="a = 1 / (1 + e^−z)",
        words="sigmoid squashes the sum into the range 0 to 1, read as a probability.",
        title="Sigmoid",
    ),
    "linear": Activation(
        "linear",
        _identity,
        _ones,
        Kernels(_linear_in_place, _keep_no_slope, _no_slope),
        glorot_uniform,
        can_die=False,
        formula="a = z",
        words="linear passes the sum on unchanged (so stacking layers adds no power).",
        title="Linear",
    ),
}

# The output layer is always sigmoid (a probability); the hidden layers use any
# record above. The window lists these; the config checks against the table
# itself, so a record added at run time (a test's, say) is accepted too.
HIDDEN_ACTIVATIONS: tuple[str, ...] = tuple(ACTIVATIONS)
OUTPUT_ACTIVATION = "sigmoid"


def get_activation(name: str) -> Activation:
    """Return the activation called ``name`` or explain which names exist."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        known = ", ".join(ACTIVATIONS)
        raise ValueError(
            f"Unknown activation {name!r}; choose one of: {known}."
        ) from None


def per_layer(activation: str | Sequence[str], n_hidden: int) -> tuple[str, ...]:
    """The activation name of each of ``n_hidden`` hidden layers.

    One name is every layer's; a sequence gives one name per layer and must
    have exactly ``n_hidden`` of them. Names are not checked here (see
    ``get_activation``).
    """
    if isinstance(activation, str):
        return (activation,) * n_hidden
    names = tuple(activation)
    if len(names) != n_hidden:
        raise ValueError(
            f"{len(names)} activations ({', '.join(names)}) for {n_hidden} hidden "
            "layers; give one name per hidden layer."
        )
    return names
