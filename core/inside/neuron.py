"""The arithmetic of one neuron, with the real numbers of one example.

"What does a unit actually compute?" is the question students ask most. The
answer is ``z = Σ wᵢ xᵢ + b`` then ``a = f(z)``; with 20 or 64 inputs the sum
is too long to read, so it is shown as its largest terms plus the rest,
which still add up exactly to ``z``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP

Array = np.ndarray


@dataclass(frozen=True)
class Term:
    """One ``wᵢ · xᵢ`` of the weighted sum."""

    index: int  # which input (feature or unit of the previous layer), 0-based
    x: float
    w: float

    @property
    def product(self) -> float:
        return self.x * self.w


@dataclass(frozen=True)
class NeuronArithmetic:
    layer: int  # 1-based: layer 1 is the first hidden layer
    unit: int  # 0-based
    terms: tuple[Term, ...]  # the largest |wᵢ xᵢ|, largest first
    rest: float  # the sum of all the other terms
    rest_count: int
    bias: float
    z: float
    activation: str
    a: float

    @property
    def weighted_sum(self) -> float:
        return sum(t.product for t in self.terms) + self.rest


def neuron_arithmetic(
    model: MLP, x: Array, layer: int, unit: int, top: int = 5
) -> NeuronArithmetic:
    """Unit ``unit`` of layer ``layer`` on the example with normalized input ``x``."""
    if not 1 <= layer <= model.n_layers:
        raise ValueError(f"layer must be 1 to {model.n_layers}, got {layer}.")
    W, b = model.layers[layer - 1].W, model.layers[layer - 1].b
    if not 0 <= unit < W.shape[1]:
        raise ValueError(f"layer {layer} has units 0 to {W.shape[1] - 1}.")
    passed = model.forward(np.asarray(x)[None, :])
    inputs = passed.a[layer - 1][0]
    weights = W[:, unit]
    products = inputs * weights
    order = np.argsort(-np.abs(products), kind="stable")[:top]
    terms = tuple(Term(int(i), float(inputs[i]), float(weights[i])) for i in order)
    rest_mask = np.ones(len(products), dtype=bool)
    rest_mask[order] = False
    return NeuronArithmetic(
        layer=layer,
        unit=unit,
        terms=terms,
        rest=float(products[rest_mask].sum()),
        rest_count=int(rest_mask.sum()),
        bias=float(b[unit]),
        z=float(passed.z[layer - 1][0, unit]),
        activation=model.activation_of_layer(layer - 1).name,
        a=float(passed.a[layer][0, unit]),
    )
