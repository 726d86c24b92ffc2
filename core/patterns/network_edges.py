"""Which edges of the network to draw, with their sign and thickness.

A 20 → 64 → 32 → 1 network has 3,360 weights: drawn all at once they are a
grey fog. So every unit keeps its strongest ``k`` incoming edges by ``|w|``
(3 by default), which is what it mostly listens to; a small layer (at most
``ALL_EDGES_UP_TO`` weights, e.g. 8 × 8) is drawn whole.

Width scale: an edge's ``width`` is ``|w|`` divided by the largest ``|w|`` in
its layer's whole ``W`` (drawn or not), so the layer's strongest weight is 1
and the others are fractions of it. Relative per layer, because the layers'
weights differ in size by their initialisation (He: variance 2 / fan-in),
and one absolute scale would draw a whole layer as hairlines.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Array = np.ndarray

DEFAULT_K = 3
ALL_EDGES_UP_TO = 64  # weights in a layer (8 × 8) below which every edge is drawn


@dataclass(frozen=True)
class LayerEdges:
    """The drawn edges of one layer, ``a[layer - 1] → a[layer]``, as parallel arrays.

    ``source[e]`` (a unit of the layer below, or an input) feeds
    ``target[e]`` with weight ``weight[e] = W[source[e], target[e]]``.
    """

    layer: int  # 1-based: the layer whose W holds these weights
    source: Array  # int
    target: Array  # int
    weight: Array  # float, signed
    width: Array  # float in [0, 1]: |w| / max |w| of the layer

    def __len__(self) -> int:
        return len(self.weight)

    @property
    def positive(self) -> Array:
        """True for w >= 0 (drawn solid), False for w < 0 (drawn dashed)."""
        return np.asarray(self.weight >= 0)


def strongest_edges(
    W: Array, layer: int, k: int = DEFAULT_K, all_up_to: int = ALL_EDGES_UP_TO
) -> LayerEdges:
    """Each target unit's ``k`` incoming edges of largest ``|w|`` (all if small).

    Ties go to the lower source index (a stable sort), so the choice never
    flickers between equal weights.
    """
    W = np.asarray(W)
    n_in, n_out = W.shape
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}.")
    magnitude = np.abs(W)
    keep = n_in if W.size <= all_up_to else min(k, n_in)
    rows = np.argsort(-magnitude, axis=0, kind="stable")[:keep]  # (keep, n_out)
    source = rows.T.ravel()
    target = np.repeat(np.arange(n_out), keep)
    weight = W[source, target]
    largest = float(magnitude.max()) if W.size else 0.0
    width = np.abs(weight) / largest if largest > 0 else np.zeros_like(weight)
    return LayerEdges(layer, source, target, weight, width)


def network_edges(
    weights: list[Array], k: int = DEFAULT_K, all_up_to: int = ALL_EDGES_UP_TO
) -> tuple[LayerEdges, ...]:
    """``strongest_edges`` for every layer's ``W`` (first hidden layer first)."""
    return tuple(
        strongest_edges(W, layer, k, all_up_to)
        for layer, W in enumerate(weights, start=1)
    )
