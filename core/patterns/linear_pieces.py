"""Pieces of the plane: where a ReLU network is one straight (linear) function.

A ReLU unit is either on (z > 0: it passes z on) or off (it outputs 0). Fix
which units are on and every layer becomes a fixed linear map, so the whole
network is a single linear function of its inputs there; the boundary
between class 0 and class 1 inside such a region is a straight line. The
set of inputs with one on/off pattern is convex (given the pattern, every
pre-activation is a linear function of the input, and the pattern is a list
of linear inequalities), so **one pattern is one piece**. Counting the
distinct patterns of all hidden units over a grid of the input plane counts
the pieces the grid meets (a piece thinner than the grid's spacing can be
missed, so the count is a lower bound of the true count in that window).

Depth multiplies pieces: a second layer folds the first layer's pieces, and
each fold can cut every earlier piece again, while one wide layer of n units
can cut the plane only into the regions of n straight lines (at most
1 + n + n(n−1)/2). The comparison is therefore drawn at the same parameter
count (``core.lesson.comparison.equal_budget_width``).

Only ReLU is piecewise linear among our activations: tanh and sigmoid bend
smoothly everywhere, so they have no pieces to count, and with the linear
activation the whole network is a single piece; ``PIECEWISE`` says which
activations this view counts. With an activation per layer, a linear hidden
layer bends nothing, so only the ReLU layers' units make the on/off pattern,
and the pieces are counted when every hidden layer is ReLU or linear and at
least one is ReLU (``blocking_activation``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP
from core.lesson.boundary import BoundaryGrid
from core.lesson.comparison import equal_budget_width

Array = np.ndarray

PIECEWISE = ("relu",)
CHUNK_ROWS = 2048
_FNV_OFFSET = np.uint64(1469598103934665603)
_FNV_PRIME = np.uint64(1099511628211)


def counts_pieces(activation: str) -> bool:
    """True for the activations whose networks are made of linear pieces."""
    return activation in PIECEWISE


def blocking_activation(names: Sequence[str]) -> str | None:
    """The hidden activation that leaves no pieces to count, or None.

    A smooth one (tanh, sigmoid) first; else "linear" when every hidden layer
    is linear (one single piece); None when every hidden layer is ReLU or
    linear and at least one is ReLU (or there is no hidden layer).
    """
    smooth = [name for name in names if name not in PIECEWISE and name != "linear"]
    if smooth:
        return smooth[0]
    if names and all(name == "linear" for name in names):
        return "linear"
    return None


def activation_patterns(model: MLP, X: Array, chunk: int = CHUNK_ROWS) -> Array:
    """(rows, ReLU units) booleans: which units of every ReLU hidden layer are on.

    Read from the pre-activations ``z`` of the model's own forward pass (on
    means z > 0, exactly where ReLU passes its input on), a chunk of rows at
    a time so a wide layer over a fine grid never needs hundreds of megabytes;
    a network without hidden layers gives no columns, and a linear hidden
    layer none either (it bends nothing).
    """
    X = np.asarray(X)
    layers = [k for k in range(model.n_layers - 1)
              if counts_pieces(model.activation_of_layer(k).name)]  # fmt: skip
    width = sum(model.layers[k].n_outputs for k in layers)
    out = np.zeros((len(X), width), dtype=bool)
    for start in range(0, len(X), chunk):
        z = model.forward(X[start : start + chunk]).z
        if layers:
            on = [z[k] > 0 for k in layers]
            out[start : start + chunk] = np.concatenate(on, axis=1)
    return out


@dataclass(frozen=True)
class PieceMap:
    """The pieces of one network over a grid (row-major, rows along y)."""

    ids: Array  # (ny, nx) int64: the piece of each grid point, 0 .. count - 1
    hashes: Array  # (ny, nx) uint64: a colour key of each point's pattern
    count: int  # distinct on/off patterns on the grid


def piece_ids(patterns: Array) -> tuple[Array, int]:
    """Each row's piece number (its pattern's rank among the distinct ones) and
    how many distinct patterns there are."""
    if patterns.shape[1] == 0:
        return np.zeros(len(patterns), dtype=np.int64), 1 if len(patterns) else 0
    packed = np.ascontiguousarray(np.packbits(patterns, axis=1))
    keys = packed.view(np.dtype((np.void, packed.shape[1]))).reshape(-1)
    unique, inverse = np.unique(keys, return_inverse=True)  # bytes: fast to sort
    return inverse.reshape(-1).astype(np.int64), len(unique)


def pattern_hashes(patterns: Array) -> Array:
    """A 64-bit FNV-1a hash of each row's packed bits: the same pattern always
    gives the same number (in every frame and every process), so a piece keeps
    its colour while training moves it."""
    packed = np.packbits(patterns, axis=1)
    h = np.full(len(packed), _FNV_OFFSET, dtype=np.uint64)
    for column in packed.T:
        h ^= column.astype(np.uint64)
        h *= _FNV_PRIME
    return h


def piece_map(model: MLP, grid: BoundaryGrid) -> PieceMap:
    """The pieces of ``model`` over ``grid``."""
    patterns = activation_patterns(model, grid.X)
    ids, count = piece_ids(patterns)
    return PieceMap(
        ids.reshape(grid.shape), pattern_hashes(patterns).reshape(grid.shape), count
    )


def piece_edges(ids: Array) -> Array:
    """True on the grid points whose right or upper neighbour lies in another piece.

    Drawn dark, these lines let the pieces be read without telling colours apart.
    """
    edges = np.zeros(ids.shape, dtype=bool)
    edges[:, :-1] |= ids[:, :-1] != ids[:, 1:]
    edges[:-1, :] |= ids[:-1, :] != ids[1:, :]
    return edges


def wide_layer(layer_sizes: tuple[int, ...]) -> tuple[int, ...]:
    """The one hidden layer with (as nearly as a whole width allows) the same
    parameter count as ``layer_sizes``: Compare depths' equal-budget rule,
    counting the network's own output units (k for several classes)."""
    n_features, outputs = layer_sizes[0], layer_sizes[-1]
    budget = MLP.parameter_count_for(layer_sizes)
    return (equal_budget_width(n_features, budget, outputs),)


def most_pieces_of_lines(n_lines: int) -> int:
    """How many regions ``n`` straight lines can cut the plane into, at most."""
    return 1 + n_lines + n_lines * (n_lines - 1) // 2
