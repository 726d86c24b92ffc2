"""The output-kind table: what the network's last layer is for, in one record each.

A run predicts one of three kinds of target, and everything that depends on
the kind lives in one ``OutputKind`` record here, so the readable model, the
fast step, the batches and the evaluator all read it from one place:

=========  ===============  ==========  ==========================  ==============
kind       output units     activation  loss                        metrics
=========  ===============  ==========  ==========================  ==============
binary     1                sigmoid     binary cross-entropy        accuracy
classes    k (one a class)  softmax     cross-entropy (log-softmax) accuracy
number     1                linear      mean squared error          R², MAE
=========  ===============  ==========  ==========================  ==============

For each, the gradient of the mean loss at the output pre-activation ``z``
is ``delta = (a - t) / n``: sigmoid with binary cross-entropy and softmax
with cross-entropy give exactly that (``t`` the 0/1 label or the one-hot
row), and the mean squared error gives ``2 (a - y) / n`` with ``a = z``.
That is why backpropagation starts the same way for all three.

A number target is trained standardized (the training rows' mean and
standard deviation, ``core.engine.target_scale``), so its loss is the mean
squared error in standard deviations: 1.0 is what always predicting the
training mean scores on the training rows. R² and MAE are reported in the
target's own units.

The fast step's versions (``fast_error``) write into preallocated buffers;
``tests/test_output_kinds.py`` holds them equal to the readable ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from core.engine.activations import Activation, Kernels, get_activation, glorot_uniform

Array = np.ndarray
TARGET_KINDS = ("binary", "classes", "number")
MIN_CLASSES, MAX_CLASSES = 2, 20


class Targets(NamedTuple):
    """A batch's targets in the form its kind's output error needs.

    binary: ``values = 1 - 2 y`` (+1 for class 0, -1 for class 1) and
    ``weights = values / n``; classes: ``values`` the class index (as a
    float) and ``weights = 1 / n``; number: ``values`` the standardized
    target and ``weights = 2 / n``.
    """

    values: Array
    weights: Array

    @classmethod
    def of(
        cls, y: Array, dtype: np.dtype | type = np.float64, kind: str = "binary"
    ) -> Targets:
        if kind == "binary":
            flip = np.subtract(1.0, np.multiply(2.0, y)).astype(dtype)
            return cls(flip, flip / len(flip))
        y = np.asarray(y)
        targets = cls(np.empty(len(y), dtype), np.empty(len(y), dtype))
        OUTPUT_KINDS[kind].fill_targets(y, np.full(len(y), 1.0 / len(y)), targets)
        return targets

    def rows(self, start: int, stop: int) -> Targets:
        return Targets(self.values[start:stop], self.weights[start:stop])


# -- softmax: the classes' output function (not a hidden-layer choice) ----------


def softmax(z: Array) -> Array:
    """``e^z_j / sum_i e^z_i`` along the last axis, shifted so nothing overflows."""
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    p: Array = e / np.sum(e, axis=-1, keepdims=True)
    return p


def _no_elementwise_slope(*_: Any) -> Any:
    """Softmax's slope is a matrix, never needed: the loss gives ``delta`` at z."""
    raise ValueError(
        "softmax has no elementwise slope; the output error comes from the "
        "output kind (delta = (p - one-hot) / n)."
    )


SOFTMAX = Activation(
    "softmax",
    softmax,
    _no_elementwise_slope,
    Kernels(_no_elementwise_slope, _no_elementwise_slope, _no_elementwise_slope),
    glorot_uniform,
    can_die=False,
    formula="a_j = e^z_j / Σ_i e^z_i",
    words="softmax turns the k sums into k probabilities that add up to 1.",
    title="Softmax",
)


# -- the readable losses and output errors (z, a: (n, units); y: (n,)) ----------


def binary_cross_entropy_from_logits(z: Array, y: Array) -> float:
    """Mean of ``-y log p - (1 - y) log(1 - p)`` with ``p = sigmoid(z)``.

    Written as ``softplus(z) - y z`` so it stays finite for any logit.
    """
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def cross_entropy_from_logits(z: Array, y: Array) -> float:
    """Mean of ``-log softmax(z)[y]``, as ``logsumexp(z) - z[y]`` (never overflows)."""
    top = np.max(z, axis=1, keepdims=True)
    log_total = np.log(np.sum(np.exp(z - top), axis=1)) + top[:, 0]
    picked = z[np.arange(len(z)), np.asarray(y, dtype=np.intp)]
    return float(np.mean(log_total - picked))


def mean_squared_error(z: Array, y: Array) -> float:
    """Mean of ``(z - y)^2`` (one output unit)."""
    error = z[:, 0] - y
    return float(np.mean(error * error))


def _binary_loss(z: Array, y: Array) -> float:
    return binary_cross_entropy_from_logits(z[:, 0], y)


def _binary_delta(a: Array, y: Array) -> Array:
    delta: Array = (a - np.asarray(y, dtype=a.dtype)[:, None]) / len(y)
    return delta


def _classes_delta(a: Array, y: Array) -> Array:
    one_hot = np.zeros_like(a)
    one_hot[np.arange(len(y)), np.asarray(y, dtype=np.intp)] = 1.0
    delta: Array = (a - one_hot) / len(y)
    return delta


def _number_delta(a: Array, y: Array) -> Array:
    delta: Array = 2.0 * (a - np.asarray(y, dtype=a.dtype)[:, None]) / len(y)
    return delta


# -- the fast step's versions: z and delta (units, n) buffers, written in place --


def _binary_scratch(units: int, n: int, dtype: np.dtype) -> tuple[Array, ...]:
    return (np.empty(n, dtype), np.empty(n, dtype), np.ones(n, dtype),
            np.zeros((), dtype))  # fmt: skip


def _binary_fast(z: Array, t: Targets, delta: Array, work: tuple[Array, ...]) -> float:
    """Cross-entropy from logits, and ``delta = (sigmoid(z) - y) / n``.

    With ``f = 1 - 2 y`` (+1 for class 0, -1 for class 1) and ``u = f z``,
    one example's loss is ``softplus(u)`` and
    ``sigmoid(z) - y = f sigmoid(u) = f exp(u - softplus(u))``.
    As ``u - softplus(u) <= 0``, nothing overflows for any logit.
    """
    u, softplus, ones, zero = work
    z, delta = z[0], delta[0]
    np.multiply(z, t.values, out=u)
    np.logaddexp(zero, u, out=softplus)
    loss = float(np.dot(ones, softplus)) / len(u)
    np.subtract(u, softplus, out=delta)
    np.exp(delta, out=delta)
    np.multiply(delta, t.weights, out=delta)
    return loss


def _classes_scratch(units: int, n: int, dtype: np.dtype) -> tuple[Array, ...]:
    return (np.empty(n, dtype), np.empty(n, dtype), np.arange(n))


def _classes_fast(z: Array, t: Targets, delta: Array, work: tuple[Array, ...]) -> float:
    """Cross-entropy as ``log sum e^(z - max) - (z_y - max)``; ``(p - 1_y) / n``."""
    top, total, columns = work
    labels = t.values.astype(np.intp)
    np.max(z, axis=0, out=top)
    np.subtract(z, top, out=delta)  # shifted logits, all <= 0
    picked = delta[labels, columns]
    np.exp(delta, out=delta)
    np.sum(delta, axis=0, out=total)
    loss = float(np.sum(np.log(total) - picked)) / len(top)
    np.divide(delta, total, out=delta)  # softmax probabilities
    delta[labels, columns] -= 1.0
    np.multiply(delta, t.weights, out=delta)
    return loss


def _number_scratch(units: int, n: int, dtype: np.dtype) -> tuple[Array, ...]:
    return ()


def _number_fast(z: Array, t: Targets, delta: Array, work: tuple[Array, ...]) -> float:
    """Mean squared error, and ``delta = 2 (z - y) / n`` (``weights`` is 2 / n)."""
    error = delta[0]
    np.subtract(z[0], t.values, out=error)
    loss = float(np.dot(error, error)) / len(error)
    np.multiply(error, t.weights, out=error)
    return loss


# -- how a shuffled batch's targets are written (EpochBatches) ------------------


def _binary_targets(y: Array, inverse_size: Array, out: Targets) -> None:
    flip, flip_over_n = out
    np.multiply(y, -2.0, out=flip)
    np.add(flip, 1.0, out=flip)
    np.multiply(flip, inverse_size, out=flip_over_n)


def _classes_targets(y: Array, inverse_size: Array, out: Targets) -> None:
    np.copyto(out.values, y)
    np.copyto(out.weights, inverse_size)


def _number_targets(y: Array, inverse_size: Array, out: Targets) -> None:
    np.copyto(out.values, y)
    np.multiply(inverse_size, 2.0, out=out.weights)


@dataclass(frozen=True)
class OutputKind:
    """Everything that depends on what the network predicts (see the module table)."""

    name: str
    title: str  # how a label names it
    activation: Callable[[], Activation]  # the output layer's function
    loss_name: str
    loss: Callable[[Array, Array], float]  # mean loss from z (n, units), targets (n,)
    delta: Callable[[Array, Array], Array]  # dL/dz from a (n, units), targets (n,)
    scratch: Callable[[int, int, np.dtype], tuple[Array, ...]]
    fast_error: Callable[[Array, Targets, Array, tuple[Array, ...]], float]
    fill_targets: Callable[[Array, Array, Targets], None]
    metrics: tuple[str, ...]  # the EpochMetrics fields this kind reports
    words: str  # one plain sentence for a student

    def units(self, n_classes: int) -> int:
        """Output units for ``n_classes`` classes (a number: always 1)."""
        return n_classes if self.name == "classes" else 1

    def check_units(self, units: int) -> None:
        """Refuse an output layer this kind cannot have, saying what it needs."""
        if self.name != "classes" and units != 1:
            target = "binary target" if self.name == "binary" else "a number"
            raise ValueError(f"The output layer must have exactly 1 unit ({target}).")
        if self.name == "classes" and not MIN_CLASSES <= units <= MAX_CLASSES:
            raise ValueError(
                f"A classes output needs {MIN_CLASSES} to {MAX_CLASSES} units (one "
                f"per class), got {units}."
            )


OUTPUT_KINDS: dict[str, OutputKind] = {
    "binary": OutputKind(
        "binary", "yes or no", lambda: get_activation("sigmoid"),
        "binary cross-entropy", _binary_loss, _binary_delta, _binary_scratch,
        _binary_fast, _binary_targets, ("accuracy",),
        "One sigmoid unit gives the probability of class 1.",
    ),
    "classes": OutputKind(
        "classes", "several classes", lambda: SOFTMAX,
        "cross-entropy", cross_entropy_from_logits, _classes_delta, _classes_scratch,
        _classes_fast, _classes_targets, ("accuracy",),
        "One softmax unit per class; the k probabilities add up to 1.",
    ),
    "number": OutputKind(
        "number", "a number", lambda: get_activation("linear"),
        "mean squared error", mean_squared_error, _number_delta, _number_scratch,
        _number_fast, _number_targets, ("r2", "mae"),
        "One linear unit gives the number (in standard deviations of the target).",
    ),
}  # fmt: skip


def get_output_kind(name: str) -> OutputKind:
    """The record called ``name``, or a message listing the kinds."""
    try:
        return OUTPUT_KINDS[name]
    except KeyError:
        raise ValueError(
            f"Unknown target kind {name!r}; choose one of: {', '.join(OUTPUT_KINDS)}."
        ) from None
