"""The classes untangling, layer by layer: every layer's values drawn in a plane.

The key insight says each layer turns the data into features in which the
classes are easier to tell apart; ``core.lesson.insight.untangle`` measures
that with a straight line per layer. This module draws it. For the rows the
measure scores (the validation rows: the probe fits its line on the training
rows and counts the validation rows it gets right), each layer's values (the
normalized inputs, every hidden layer's outputs, the output) are projected
onto a plane and returned as 2-D points, one panel per layer.

**Why PCA, not a Grand Tour.** The projection is principal component
analysis: centre the layer's values, take the top two right singular vectors
of the centred matrix, and project onto them. It is *reproducible* (the same
parameters always give the same picture, which a tour's wandering rotation
does not), its axes are the two directions in which the rows spread the most
(so the plane keeps as much of the layer's picture as any plane can), and it
is a *linear* projection: a straight line that separates the classes in the
layer stays a straight line in the plane, so what the student sees is the
kind of separability the number under the panel measures. (The converse
does not hold: classes that overlap in the plane may still be separable in
the layer's other directions; the number is the judge.)

**Stable frames.** A singular vector is only defined up to its sign, and two
directions of nearly equal spread can swap places between frames, so a fresh
PCA per frame can mirror or turn the picture from one moment to the next.
``align`` therefore turns the new plane's basis, inside the plane, to be as
close as possible to the previous frame's (orthogonal Procrustes: the 2×2
orthogonal R minimizing ‖B R − B_prev‖ is U Vᵀ from the SVD of Bᵀ B_prev).
R may be a rotation or a reflection, because a sign flip is a reflection.
The plane is the same, the points' distances are the same; only its
orientation follows the previous frame, so points move instead of jumping.

**A two-unit layer** (the inputs of the 2-D datasets) needs no projection:
its own two columns are drawn, centred, so the student sees the data as it
was measured rather than turned.

**A one-unit layer** (the output, or a hidden layer of width 1) has no plane
to project: its value goes along x and the rows are spread along y in their
fixed order (row position / (rows − 1)), which carries no meaning and never
changes between frames, so a point moves only sideways as its value changes.
The yes/no output's value is the network's P(class 1).

**Each output kind** (``core.engine.output_kinds``): for several classes the
output layer is the k class probabilities, projected by PCA like every other
layer (two classes: their own two axes, on which the points lie along the
line p₀ + p₁ = 1); the rows are labelled by class index. For a number the
rows are labelled by their true value (the target's units) and the output
panel is no projection at all: each row at (true value, predicted value),
both in the target's units (the prediction turned back from standard
deviations with the training rows' mean and spread, as the trainer does),
so a perfect network puts every point on the diagonal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP
from core.engine.target_scale import TargetScale
from core.lesson.boundary import NormalizedSplit
from core.lesson.insight import (
    INPUTS,
    LayerSeparability,
    Untangling,
    hidden_name,
    untangle,
)

Array = np.ndarray

OUTPUT = "output"
MAX_POINTS = 1000  # rows drawn per panel; the percentages use every row


@dataclass(frozen=True)
class LayerProjection:
    """One layer's rows in a plane.

    ``basis`` is (width, 2) with orthonormal columns (empty for a one-unit
    layer), ``mean`` the layer's mean row; ``points = (values - mean) @ basis``.
    ``spread`` is the share of the layer's variance the plane keeps (1 for a
    one-unit layer).
    """

    name: str  # INPUTS, hidden_name(k) or OUTPUT
    width: int
    points: Array  # (rows, 2)
    basis: Array  # (width, 2), or (0, 2) for a one-unit layer
    mean: Array  # (width,)
    spread: float

    @property
    def planar(self) -> bool:
        return self.width >= 2


@dataclass(frozen=True)
class UntangleFrame:
    """Every layer's projection at one moment, with the layers' separability."""

    layers: tuple[LayerProjection, ...]
    # per drawn row: its class (0/1, or 0..k-1), or a number's true value
    labels: Array
    rows: Array  # which validation rows are drawn
    untangling: Untangling
    kind: str = "binary"  # the run's target kind

    def separability(self, k: int) -> float:
        """Panel ``k``'s share of validation rows right: a straight line's for
        the inputs and hidden layers, the network's own answer for the output."""
        if self.layers[k].name == OUTPUT:
            return self.untangling.output_accuracy
        return self.untangling.layers[k].val_accuracy

    def layer_score(self, k: int) -> LayerSeparability | None:
        """The probe's record for panel ``k`` (None for the output)."""
        if self.layers[k].name == OUTPUT:
            return None
        return self.untangling.layers[k]


def drawn_rows(n_rows: int, limit: int = MAX_POINTS) -> Array:
    """At most ``limit`` row indices spread evenly: a large set stays drawable."""
    if n_rows <= limit:
        return np.arange(n_rows)
    return np.unique(np.linspace(0, n_rows - 1, limit).astype(np.int64))


def pca_basis(values: Array) -> tuple[Array, Array, float]:
    """Mean, the top-2 right singular vectors of the centred rows, and their share.

    Each vector's sign is fixed so that its largest entry in size is positive
    (ties: the first), which makes the basis of a first frame reproducible.
    A layer whose rows do not vary (every unit dead) keeps share 0.
    """
    A = np.asarray(values, dtype=np.float64)
    mean = A.mean(axis=0)
    centred = A - mean
    _, s, Vt = np.linalg.svd(centred, full_matrices=False)
    basis = np.zeros((A.shape[1], 2))
    k = min(2, Vt.shape[0])
    basis[:, :k] = Vt[:k].T
    for j in range(k, 2):  # fewer than 2 rows: any orthonormal completion
        basis[:, j] = _orthogonal_direction(basis[:, :j])
    for j in range(2):
        pivot = int(np.argmax(np.abs(basis[:, j])))
        if basis[pivot, j] < 0:
            basis[:, j] = -basis[:, j]
    total = float(np.sum(s**2))
    share = float(np.sum(s[:2] ** 2) / total) if total > 0 else 0.0
    return mean, basis, share


def _orthogonal_direction(columns: Array) -> Array:
    """A unit vector orthogonal to ``columns`` (orthonormal), from the axes."""
    for e in np.eye(columns.shape[0]):
        v = e - columns @ (columns.T @ e)
        if np.linalg.norm(v) > 0.5:
            out: Array = v / np.linalg.norm(v)
            return out
    raise ValueError("No direction is left in this layer.")


def align(basis: Array, previous: Array | None) -> Array:
    """``basis`` turned inside its plane to be as close as possible to ``previous``.

    Returns ``basis @ R`` with the orthogonal R minimizing the Frobenius
    distance to ``previous`` (R = U Vᵀ, with U S Vᵀ the SVD of
    ``basisᵀ previous``); ``basis`` unchanged when there is no previous basis
    of the same shape.
    """
    if previous is None or previous.shape != basis.shape:
        return basis
    U, _, Vt = np.linalg.svd(basis.T @ previous)
    aligned: Array = basis @ (U @ Vt)
    return aligned


def project_layer(
    name: str, values: Array, previous: LayerProjection | None = None
) -> LayerProjection:
    """One layer's rows in its PCA plane, aligned with ``previous`` when given."""
    A = np.asarray(values, dtype=np.float64)
    n, width = A.shape
    if width < 2:
        spread_y = np.arange(n) / max(n - 1, 1)
        points = np.column_stack([A[:, 0], spread_y])
        return LayerProjection(name, width, points, np.zeros((0, 2)), A.mean(0), 1.0)
    if width == 2:  # already a plane: its own axes, centred
        mean = A.mean(axis=0)
        return LayerProjection(name, width, A - mean, np.eye(2), mean, 1.0)
    mean, basis, share = pca_basis(A)
    same = previous is not None and previous.name == name and previous.planar
    basis = align(basis, previous.basis if same and previous else None)
    return LayerProjection(name, width, (A - mean) @ basis, basis, mean, share)


def layer_values(model: MLP, X: Array) -> list[tuple[str, Array]]:
    """(name, values) per panel: normalized inputs, each hidden layer, the output."""
    a = model.forward(X).a
    named = [(INPUTS, a[0])]
    named += [(hidden_name(k), a[k]) for k in range(1, len(a) - 1)]
    named.append((OUTPUT, a[-1]))
    return named


def predicted_vs_true(
    output: Array, y_true: Array, scale: TargetScale
) -> LayerProjection:
    """A number's output panel: each row at (true value, predicted value),
    both in the target's units; ``output`` is the linear unit's (n, 1) values."""
    predicted = scale.to_units(np.asarray(output, dtype=np.float64)[:, 0])
    points = np.column_stack([np.asarray(y_true, dtype=np.float64), predicted])
    return LayerProjection(
        OUTPUT, 1, points, np.zeros((0, 2)), predicted.mean(keepdims=True), 1.0
    )


def row_labels(split: NormalizedSplit, rows: Array, kind: str) -> Array:
    """Per drawn row: 0/1, the class index, or a number's true value (its units)."""
    if kind == "number":
        raw = split.y_val_raw if split.y_val_raw is not None else split.y_val
        return np.asarray(np.asarray(raw, dtype=np.float64)[rows])
    y = np.asarray(split.y_val)[rows]
    if kind == "classes":
        return np.asarray(np.rint(y), dtype=np.int64)
    return np.asarray(y > 0.5, dtype=np.int64)


def project(
    model: MLP,
    split: NormalizedSplit,
    epochs_done: int,
    previous: UntangleFrame | None = None,
    limit: int = MAX_POINTS,
) -> UntangleFrame:
    """Every layer's projection of the validation rows, and ``untangle``'s scores.

    With ``previous`` (the frame drawn before, same network shape), each
    plane is aligned with that frame's so the animation is smooth.
    """
    kind = model.output_kind.name
    untangling = untangle(model, split, epochs_done, kind)
    rows = drawn_rows(len(split.X_val), limit)
    labels = row_labels(split, rows, kind)
    olds = previous.layers if previous is not None else ()
    layers = []
    for k, (name, values) in enumerate(layer_values(model, split.X_val[rows])):
        old = olds[k] if k < len(olds) else None
        if name == OUTPUT and kind == "number":
            scale = split.target_scale or TargetScale.fit(split.y_train)
            layers.append(predicted_vs_true(values, labels, scale))
        else:
            layers.append(project_layer(name, values, old))
    return UntangleFrame(tuple(layers), labels, rows, untangling, kind)
