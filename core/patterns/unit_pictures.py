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

The same rule for each output kind (``core.engine.output_kinds``):

- **yes/no**: ``z_out`` is the sigmoid's logit, as above;
- **several classes**: the k logits, each taken relative to their mean,

      reliance_j = mean over rows of Σ_c |∂(z_c − z̄) / ∂a_j|  ×  std of a_j,

  because softmax ignores a shift of all k logits together: a unit that
  raises every class's logit by the same amount changes no probability and
  gets 0. With two classes this is exactly the yes/no rule on the logit
  ``z_1 − z_0`` (softmax of two logits is the sigmoid of their difference);
- **a number**: ``z_out`` is the predicted number itself (the linear unit,
  in standard deviations of the target), so reliance is how far the
  prediction moves, in standard deviations, when the unit varies as usual.

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
        """The first output unit over the plane, shape (ny, nx): P(class 1) for
        yes/no, P(class 0) for several classes, the number (in standard
        deviations) for a number. ``layers[-1]`` holds every output unit."""
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


def output_directions(model: MLP) -> Array:
    """(directions, output units): the output combinations reliance follows.

    One direction ``[1]`` for one output unit (yes/no, a number); for k
    classes one per class, ``e_c − 1/k`` (class c's logit minus the mean of
    the k logits, see the module's rule).
    """
    k = model.layer_sizes[-1]
    if model.output_kind.name != "classes":
        return np.ones((1, k))
    return np.eye(k) - 1.0 / k


def logit_slopes(
    model: MLP, passed: ForwardPass, direction: Array | None = None
) -> list[Array]:
    """``∂(direction · z_out) / ∂a[k]`` per row for every hidden layer ``k``.

    Shape (n, units) each. The backward pass of ``MLP.backward`` with a
    combination of the output's logits (default: the first, and only, one)
    in place of the loss: start from ``direction`` at the logits, send it back
    through each ``W`` and scale it by the activation's slope below.
    """
    n = passed.a[0].shape[0]
    if direction is None:
        direction = np.eye(model.layer_sizes[-1])[0]
    delta = np.tile(np.asarray(direction, dtype=model.dtype), (n, 1))
    slopes: list[Array] = []
    for k in reversed(range(1, model.n_layers)):
        to_a = delta @ model.layers[k].W.T  # ∂(direction · z_out) / ∂a[k]
        slopes.append(to_a)
        delta = to_a * model.activation_of_layer(k - 1).df(passed.z[k - 1])
    return slopes[::-1]


def unit_status(model: MLP, X_train: Array) -> UnitStatus:
    """Reliance, dead units and drawing order from the training rows (see above)."""
    passed = model.forward(X_train)
    total = [np.zeros(m) for m in model.layer_sizes[1:-1]]
    for direction in output_directions(model):
        slopes = logit_slopes(model, passed, direction)
        for k, to_a in enumerate(slopes):
            total[k] += np.mean(np.abs(to_a), axis=0)
    reliance, dead, order = [], [], []
    for k, mean_slope in enumerate(total, start=1):
        a = passed.a[k]
        r = mean_slope * np.std(a, axis=0)
        can_die = model.activation_of_layer(k - 1).can_die
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
    activation: str | Sequence[str],
    grid: BoundaryGrid,
    X_train: Array,
    output: str | None = None,
) -> NetworkPictures:
    """Pictures and status from a copy of flat parameters (safe off the GUI thread).

    ``output`` is the run's target kind; pass it always (without it a number
    run's linear output would be rebuilt as a sigmoid). ``activation`` is one
    name, or one per hidden layer (``TrainingConfig.activation_spec()``).
    """
    model = model_from_theta(np.array(theta), layer_sizes, activation, output)
    return NetworkPictures(unit_pictures(model, grid), unit_status(model, X_train))
