"""Every unit as a picture over a plane, and how much the output relies on it.

A picture is what one unit outputs at every point of a ``BoundaryGrid``
(``core.lesson.boundary``): the same two raw-unit axes as the decision
boundary, every other feature at its training median. All pictures come
from ONE batched forward pass of the grid (2,304 points at 48 × 48), because
``MLP.forward`` already keeps every layer's activations: ``a[k][:, j]`` over
the grid, reshaped to (ny, nx), is unit ``j`` of layer ``k``. Layer 1 shows
straight edges (half-planes for ReLU), layer 2 bends and corners made of
them: the lesson, visible.

Reliance (the rule that orders units): how far the output's logit moves
when a unit's value wobbles by its usual amount,

    reliance_j = mean over training rows of |∂z_out / ∂a_j|  ×  std over rows of a_j.

For the last hidden layer ``∂z_out/∂a_j`` is the downstream weight ``w_j``,
so the rule is exactly |downstream weight| × activation spread; for earlier
layers the chain rule carries it through the later layers. The logit, not
the probability, so that a confident (saturated) output does not make every
unit look unused. A unit whose value never changes (a dead one, or one that
is always on at the same value) only shifts the output like a bias, and gets
0: the output cannot rely on it to tell rows apart.

Dead unit: its activation can die (``Activation.can_die``, e.g. ReLU) and it
outputs exactly 0 on every training row, so no gradient reaches its weights
and it can never come back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP, ForwardPass
from core.lesson.boundary import BoundaryGrid, model_from_theta

Array = np.ndarray

PICTURE_SIZE = 48  # grid points per side of a unit's picture


@dataclass(frozen=True)
class UnitPictures:
    """Per layer (hidden layers, then the output) an array (units, ny, nx).

    ``layers[k - 1][j]`` is unit ``j`` of layer ``k`` (1-based as in the
    lesson), i.e. ``forward(grid.X).a[k][:, j]`` reshaped row-major: row ``i``
    is ``grid.y_values[i]``, column ``j`` is ``grid.x_values[j]``.
    """

    layers: tuple[Array, ...]

    @property
    def output(self) -> Array:
        """P(class 1) over the plane, shape (ny, nx): the decision boundary."""
        return np.asarray(self.layers[-1][0])


@dataclass(frozen=True)
class UnitStatus:
    """Per hidden layer: each unit's reliance, whether it is dead, the order to draw."""

    reliance: tuple[Array, ...]  # (units,) each, >= 0
    dead: tuple[Array, ...]  # (units,) bool each
    order: tuple[Array, ...]  # unit indices, most relied on first


def unit_pictures(model: MLP, grid: BoundaryGrid) -> UnitPictures:
    """One forward pass of the grid; every unit's activation as an image."""
    ny, nx = grid.shape
    passed = model.forward(grid.X)
    return UnitPictures(
        tuple(a.T.reshape(a.shape[1], ny, nx).copy() for a in passed.a[1:])
    )


def logit_slopes(model: MLP, passed: ForwardPass) -> list[Array]:
    """``∂z_out / ∂a[k]`` per row for every hidden layer ``k`` (shape (n, units)).

    The backward pass of ``MLP.backward`` with the output's logit in place of
    the loss: start from 1 at the logit, send it back through each ``W`` and
    scale it by the activation's slope below.
    """
    n = passed.a[0].shape[0]
    delta = np.ones((n, 1), dtype=model.dtype)  # ∂z_out / ∂z_out
    slopes: list[Array] = []
    for k in reversed(range(1, model.n_layers)):
        to_a = delta @ model.layers[k].W.T  # ∂z_out / ∂a[k]
        slopes.append(to_a)
        delta = to_a * model.activation_of_layer(k - 1).df(passed.z[k - 1])
    return slopes[::-1]


def unit_status(model: MLP, X_train: Array) -> UnitStatus:
    """Reliance, dead units and drawing order from the training rows (see above)."""
    passed = model.forward(X_train)
    slopes = logit_slopes(model, passed)
    can_die = model.activation.can_die
    reliance, dead, order = [], [], []
    for k, to_a in enumerate(slopes, start=1):
        a = passed.a[k]
        r = np.mean(np.abs(to_a), axis=0) * np.std(a, axis=0)
        reliance.append(r)
        dead.append(np.all(a == 0.0, axis=0) if can_die else np.zeros(len(r), bool))
        order.append(reliance_order(r))
    return UnitStatus(tuple(reliance), tuple(dead), tuple(order))


def reliance_order(reliance: Array) -> Array:
    """Unit indices by reliance, largest first; ties keep their natural order."""
    return np.argsort(-np.asarray(reliance), kind="stable")


@dataclass(frozen=True)
class NetworkPictures:
    """Everything the network view draws for one set of parameters."""

    pictures: UnitPictures
    status: UnitStatus


def network_pictures(
    theta: Array,
    layer_sizes: Sequence[int],
    activation: str,
    grid: BoundaryGrid,
    X_train: Array,
) -> NetworkPictures:
    """Pictures and status from a copy of flat parameters (safe off the GUI thread)."""
    model = model_from_theta(np.array(theta), layer_sizes, activation)
    return NetworkPictures(unit_pictures(model, grid), unit_status(model, X_train))
