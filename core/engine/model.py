"""A multilayer perceptron, written to be read.

What the last layer predicts (yes/no, one of several classes, a number) and
the loss it is trained with come from the output-kind table
(``core.engine.output_kinds``); everything before it is the same for all.

The forward and backward passes follow the textbook maths one layer at a
time and keep every intermediate array, because the app draws them. The
parameters live in one flat vector (``theta``) and each layer's ``W`` and
``b`` are views into it, so an optimizer can update the whole network with a
handful of NumPy calls and a snapshot is a single copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from core.engine.activations import Activation, get_activation, per_layer, sigmoid
from core.engine.output_kinds import (
    OutputKind,
    binary_cross_entropy_from_logits,
    get_output_kind,
)

Array = np.ndarray


@dataclass(frozen=True)
class ParameterLayout:
    """Where each layer's ``W`` and ``b`` sit in the flat parameter vector.

    Layer after layer, ``W`` (inputs x outputs, row-major) and then ``b``.
    Because ``b`` follows ``W``, a layer's ``[W; b]`` is one contiguous
    (inputs + 1, outputs) block: the fast step adds the bias inside its
    matrix product through that view. This is the only place that knows the
    layout; the model, the fast and stacked steps, snapshots, exports and
    the inside views all take their views from here.

    Every method also takes a stack of vectors (shape ``(..., size)``, say one
    row per seed) and returns views with the same leading axes.
    """

    sizes: tuple[int, ...]

    @classmethod
    def of(cls, sizes: Sequence[int]) -> ParameterLayout:
        return cls(tuple(int(s) for s in sizes))

    @property
    def blocks(self) -> tuple[tuple[int, int, int], ...]:
        """Per layer ``(start, inputs, outputs)``: a block (inputs + 1) x outputs."""
        blocks, start = [], 0
        for n, m in pairwise(self.sizes):
            blocks.append((start, n, m))
            start += (n + 1) * m
        return tuple(blocks)

    @property
    def size(self) -> int:
        return sum((n + 1) * m for n, m in pairwise(self.sizes))

    def stacked(self, flat: Array) -> list[Array]:
        """Per layer, the ``[W; b]`` view of shape (..., inputs + 1, outputs)."""
        self._check(flat)
        lead = flat.shape[:-1]
        return [
            flat[..., start : start + (n + 1) * m].reshape(*lead, n + 1, m)
            for start, n, m in self.blocks
        ]

    def weights_and_biases(self, flat: Array) -> list[tuple[Array, Array]]:
        """Per layer the views ``(W, b)``: (..., inputs, outputs), (..., outputs)."""
        return [(Wb[..., :-1, :], Wb[..., -1, :]) for Wb in self.stacked(flat)]

    def weight_mask(self, dtype: np.dtype | type = np.float64) -> Array:
        """1 where the flat vector holds a weight, 0 where it holds a bias (for L2)."""
        mask = np.zeros(self.size, dtype=dtype)
        for W, _ in self.weights_and_biases(mask):
            W[...] = 1.0
        return mask

    def _check(self, flat: Array) -> None:
        if flat.shape[-1:] != (self.size,):
            raise ValueError(
                f"A network of layer sizes {self.sizes} has {self.size} parameters; "
                f"got an array of shape {flat.shape}."
            )


class Layer:
    """One dense layer: ``z = a_prev @ W + b`` with ``W`` of shape (inputs, outputs).

    ``W`` and ``b`` are views into the model's flat parameter vector.
    Assigning to them copies the new values in, so the views stay valid.
    """

    def __init__(self, W: Array, b: Array) -> None:
        self._W = W
        self._b = b

    @property
    def W(self) -> Array:
        return self._W

    @W.setter
    def W(self, value: Array) -> None:
        _copy_checked(self._W, value, "W")

    @property
    def b(self) -> Array:
        return self._b

    @b.setter
    def b(self, value: Array) -> None:
        _copy_checked(self._b, value, "b")

    @property
    def n_inputs(self) -> int:
        return int(self._W.shape[0])

    @property
    def n_outputs(self) -> int:
        return int(self._W.shape[1])


def _copy_checked(target: Array, value: Array, name: str) -> None:
    value = np.asarray(value)
    if value.shape != target.shape:
        raise ValueError(f"{name} must have shape {target.shape}, got {value.shape}.")
    target[...] = value


@dataclass(frozen=True)
class ForwardPass:
    """Everything the forward pass computed (the backward pass's input).

    ``a[0]`` is the input and ``a[k]`` the output of layer ``k``;
    ``z[k - 1]`` is layer ``k``'s pre-activation, so ``a[k] = f(z[k - 1])``.
    The last ``a`` is the output: the sigmoid probability (n, 1), the softmax
    probabilities (n, k), or the number (n, 1).
    """

    z: list[Array]
    a: list[Array]

    @property
    def logits(self) -> Array:
        """The output pre-activation: (n,) for one output unit, (n, k) for k."""
        z = self.z[-1]
        return z[:, 0] if z.shape[1] == 1 else z

    @property
    def probabilities(self) -> Array:
        """The output: (n,) for one output unit, (n, k) class probabilities for k."""
        a = self.a[-1]
        return a[:, 0] if a.shape[1] == 1 else a


@dataclass(frozen=True)
class LayerGradient:
    """The gradient of the loss with respect to one layer's ``W`` and ``b``."""

    dW: Array
    db: Array

    @property
    def norm(self) -> float:
        """‖(dW, db)‖: the length of this layer's part of the gradient."""
        return float(np.sqrt(np.sum(self.dW * self.dW) + np.sum(self.db * self.db)))


@dataclass(frozen=True)
class LossAndGrads:
    loss: float
    grads: list[LayerGradient]


class MLP:
    """A dense network ``layer_sizes[0] -> ... -> units`` with ``output``'s last layer.

    ``activation`` is one name for every hidden layer, or a sequence with one
    name per hidden layer (``TrainingConfig.hidden_activations()``); a
    sequence naming the same activation throughout builds exactly the network
    the single name builds. ``output`` names a record of
    ``core.engine.output_kinds``: "binary" (one sigmoid unit, the default),
    "classes" (k softmax units) or "number" (one linear unit).
    ``layer_sizes=[20, 1]`` has no hidden layer: that is logistic
    regression, the shallow baseline the lesson compares against.
    """

    def __init__(
        self,
        layer_sizes: Sequence[int],
        activation: str | Sequence[str] = "relu",
        rng: np.random.Generator | None = None,
        dtype: npt.DTypeLike = np.float64,
        output: str = "binary",
    ) -> None:
        sizes = [int(s) for s in layer_sizes]
        if len(sizes) < 2 or any(s < 1 for s in sizes):
            raise ValueError(
                "layer_sizes needs at least an input and an output size >= 1."
            )
        self.output_kind: OutputKind = get_output_kind(output)
        self.output_kind.check_units(sizes[-1])
        self.layer_sizes: tuple[int, ...] = tuple(sizes)
        names = per_layer(activation, len(sizes) - 2)
        self.hidden_activations: tuple[Activation, ...] = tuple(
            get_activation(name) for name in names
        )
        # The first hidden layer's activation: every hidden layer's when they
        # share one. Per layer, ask ``activation_of_layer``. Without hidden
        # layers, the one named (nothing applies it).
        self.activation: Activation = (
            self.hidden_activations[0]
            if names
            else get_activation(activation if isinstance(activation, str) else "relu")
        )
        self.dtype = np.dtype(dtype)
        self.parameter_layout = ParameterLayout.of(sizes)
        self.theta: Array = np.zeros(self.parameter_layout.size, dtype=self.dtype)
        self.layers: list[Layer] = [
            Layer(W, b) for W, b in self.parameter_layout.weights_and_biases(self.theta)
        ]
        self.initialize(rng if rng is not None else np.random.default_rng(0))

    @staticmethod
    def parameter_count_for(sizes: Sequence[int]) -> int:
        return ParameterLayout.of(sizes).size

    @property
    def params(self) -> list[Layer]:
        return self.layers

    @property
    def n_layers(self) -> int:
        return len(self.layers)

    @property
    def parameter_count(self) -> int:
        return int(self.theta.size)

    def initialize(self, rng: np.random.Generator) -> None:
        """Each layer's weights by its activation's rule (He before ReLU, Glorot
        elsewhere, see ``core.engine.activations``); biases start at zero."""
        for k, layer in enumerate(self.layers):
            fan_in, fan_out = layer.W.shape
            layer.W = self.activation_of_layer(k).init(rng, fan_in, fan_out)
            layer.b = np.zeros(fan_out)

    def activation_of_layer(self, k: int) -> Activation:
        """Hidden layer ``k``'s own activation; the last layer the output kind's."""
        if k == self.n_layers - 1:
            return self.output_kind.activation()
        return self.hidden_activations[k]

    @property
    def activation_names(self) -> tuple[str, ...]:
        """The name of each hidden layer's activation, first to last."""
        return tuple(act.name for act in self.hidden_activations)

    @property
    def activation_spec(self) -> str | tuple[str, ...]:
        """What rebuilds this network's activations: one name when the hidden
        layers share it, else the per-layer tuple."""
        names = self.activation_names
        return self.activation.name if len(set(names)) <= 1 else names

    def forward(self, X: Array) -> ForwardPass:
        a = [np.asarray(X, dtype=self.dtype)]
        z: list[Array] = []
        for k, layer in enumerate(self.layers):
            z.append(a[-1] @ layer.W + layer.b)
            a.append(self.activation_of_layer(k).f(z[-1]))
        return ForwardPass(z=z, a=a)

    def predict_proba(self, X: Array) -> Array:
        return self.forward(X).probabilities

    def predict(self, X: Array) -> Array:
        """The answer: class 0/1 (binary), a class index (classes), or the number.

        A number comes out in the units the network was trained in (for the
        trainer, standard deviations of the target: see ``TargetScale``).
        """
        z_out = self.forward(X).z[-1]  # argmax and sign need no softmax or sigmoid
        if self.output_kind.name == "classes":
            return np.asarray(np.argmax(z_out, axis=1))
        if self.output_kind.name == "binary":
            return (z_out[:, 0] > 0).astype(np.int64)
        return z_out[:, 0]

    def loss(self, X: Array, y: Array, l2: float = 0.0) -> float:
        z_out = self.forward(X).z[-1]
        return self.output_kind.loss(z_out, y) + self._l2_penalty(l2)

    def loss_and_grads(self, X: Array, y: Array, l2: float = 0.0) -> LossAndGrads:
        forward_pass = self.forward(X)
        y = np.asarray(y, dtype=self.dtype)
        loss = self.output_kind.loss(forward_pass.z[-1], y)
        loss += self._l2_penalty(l2)
        return LossAndGrads(loss=loss, grads=self.backward(forward_pass, y, l2))

    def backward(
        self, forward_pass: ForwardPass, y: Array, l2: float = 0.0
    ) -> list[LayerGradient]:
        """Backpropagation of the mean loss through every layer.

        The output kind gives the error at the output pre-activation: with a
        sigmoid and cross-entropy it simplifies to ``delta = (p - y) / n``,
        with softmax to ``(p - one_hot(y)) / n`` and with a linear output and
        squared error to ``2 (z - y) / n``. Each earlier layer's error is the
        next layer's error sent back through ``W`` and scaled by the
        activation's slope.
        """
        delta = self.output_kind.delta(forward_pass.a[-1], y)
        grads: list[LayerGradient] = []
        for k in reversed(range(self.n_layers)):
            layer = self.layers[k]
            grad_W = forward_pass.a[k].T @ delta + l2 * layer.W
            grad_b = delta.sum(axis=0)
            grads.append(LayerGradient(dW=grad_W, db=grad_b))
            if k > 0:
                slope = self.activation_of_layer(k - 1).df(forward_pass.z[k - 1])
                delta = (delta @ layer.W.T) * slope
        return grads[::-1]

    def _l2_penalty(self, l2: float) -> float:
        if l2 == 0.0:
            return 0.0
        return 0.5 * l2 * sum(float(np.sum(layer.W * layer.W)) for layer in self.layers)

    def flat_grads(self, grads: Sequence[LayerGradient]) -> Array:
        """Pack per-layer gradients into the same layout as ``theta``."""
        return np.concatenate(
            [np.concatenate([g.dW.ravel(), g.db.ravel()]) for g in grads]
        )

    def weight_mask(self) -> Array:
        """1 where ``theta`` holds a weight, 0 where it holds a bias (for L2)."""
        return self.parameter_layout.weight_mask(self.dtype)

    def copy(self) -> MLP:
        clone = MLP(
            self.layer_sizes, self.activation_spec, dtype=self.dtype,
            output=self.output_kind.name,
        )  # fmt: skip
        clone.theta[...] = self.theta
        return clone


__all__ = [
    "MLP",
    "ForwardPass",
    "Layer",
    "LayerGradient",
    "LossAndGrads",
    "ParameterLayout",
    "binary_cross_entropy_from_logits",
    "sigmoid",
]
