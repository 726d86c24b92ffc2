"""The "no hidden layer" network of Compare depths, fitted to convergence per kind.

A network without a hidden layer is a linear model, and a linear model has a
best fit that does not depend on a learning rate or an epoch budget. Compare
depths shows that best fit, so depth is never credited for what one layer of
weights would have done with more epochs:

- **yes/no**: logistic regression by damped Newton's method
  (``core.lesson.linear_probe.fit_logistic``).
- **several classes**: multinomial logistic regression (one softmax over k
  straight-line scores, the network's own output) by damped Newton's method
  with the full Hessian of its k·(d + 1) parameters. On the columns
  standardized with the training rows it minimizes

      mean cross-entropy + ridge/2 · |W|² + 1/2 · (sum of the k biases)²

  The tiny ridge (``RIDGE``, as the yes/no fit) keeps the optimum finite when
  the classes can be separated; the last term only picks, among the biases
  that give the same probabilities (adding one number to every bias changes
  nothing), those that add up to 0, which makes the Hessian invertible
  without moving any prediction. A step is halved until the objective goes
  down; the fit stops when the largest step is below ``TOLERANCE``.
  A class with no training row is left out of the fit and never predicted
  (``ABSENT_BIAS``). The Hessian is (k·(d + 1))² numbers: 20 classes of 100 columns make
  4 million, 32 MB, which this handles; it is built in blocks of rows.
- **a number**: least squares, solved exactly (``fit_least_squares``): the
  columns are centred, and the singular value decomposition gives the
  smallest-norm best weights (a column that repeats another, or never
  changes, gets none of its own), as ``numpy.linalg.lstsq`` would.

Every fit returns its parameters laid out as a network's ``theta`` (``W`` of
shape (d, units) then ``b``), so the same code draws it as any network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.metrics import r2_score
from core.lesson.linear_probe import RIDGE, damped_newton, fit_logistic

Array = np.ndarray

TOLERANCE = 1e-8
MAX_ITERATIONS = 100
HESSIAN_ROWS = 128  # rows per block of the multinomial Hessian
_MIN_SPREAD = 1e-12
# A class with no training row: no line can learn it, so its score is this
# low everywhere and it is never predicted (its probability is 0).
ABSENT_BIAS = -1e6


@dataclass(frozen=True)
class LinearBaseline:
    """A fitted linear model ``z = X W + b`` and how its fit ended.

    ``kind`` says how ``z`` answers: the sign of one score (yes/no), the
    largest of k scores (several classes), or the number itself.
    """

    kind: str
    weights: Array  # (d, units)
    bias: Array  # (units,)
    iterations: int
    converged: bool

    @property
    def theta(self) -> Array:
        """The parameters in a network's layout: ``W`` row by row, then ``b``."""
        return np.concatenate([self.weights.reshape(-1), self.bias])

    @property
    def layer_sizes(self) -> tuple[int, int]:
        return (int(self.weights.shape[0]), int(self.weights.shape[1]))

    def decision(self, X: Array) -> Array:
        """(rows, units) scores."""
        out: Array = np.asarray(X, dtype=np.float64) @ self.weights + self.bias
        return out

    def score(self, X: Array, y: Array) -> float:
        """Validation accuracy, or R² for a number (``y`` as trained)."""
        z = self.decision(X)
        if self.kind == "number":
            return r2_score(y, z[:, 0])
        if self.kind == "classes":
            return float(np.mean(np.argmax(z, axis=1) == np.asarray(y).astype(int)))
        return float(np.mean((z[:, 0] > 0) == (np.asarray(y) > 0.5)))


def fit_baseline(kind: str, X: Array, y: Array, units: int = 1) -> LinearBaseline:
    """The converged linear model for the target ``kind`` (see the module docstring)."""
    if kind == "number":
        return fit_least_squares(X, y)
    if kind == "classes":
        return fit_multinomial(X, y, units)
    line = fit_logistic(X, y)
    return LinearBaseline(
        "binary", line.weights[:, None], np.array([line.bias]), line.iterations,
        line.converged,
    )  # fmt: skip


# -- several classes: multinomial logistic regression --------------------------


def fit_multinomial(
    X: Array, y: Array, n_classes: int, ridge: float = RIDGE
) -> LinearBaseline:
    """Softmax regression of labels ``y`` (0 … k-1) on ``X``, to convergence."""
    X = np.asarray(X, dtype=np.float64)
    labels = np.asarray(y).astype(np.intp)
    present = np.flatnonzero(np.bincount(labels, minlength=n_classes))
    A, mean, spread, used = _standardized(X)
    T = np.zeros((len(X), len(present)))
    T[np.arange(len(X)), np.searchsorted(present, labels)] = 1.0
    theta, iterations, converged = _newton(A, T, ridge)
    weights = np.zeros((X.shape[1], n_classes))
    weights[np.ix_(used, present)] = theta[:, :-1].T / spread[used, None]
    bias = np.full(n_classes, ABSENT_BIAS)
    bias[present] = theta[:, -1] - mean[used] @ weights[np.ix_(used, present)]
    return LinearBaseline("classes", weights, bias, iterations, converged)


def multinomial_objective(A: Array, T: Array, theta: Array, ridge: float) -> float:
    """The penalized mean cross-entropy; ``theta`` is (k, columns + 1), bias last."""
    Z = A @ theta.T
    top = Z.max(axis=1, keepdims=True)
    log_total = np.log(np.exp(Z - top).sum(axis=1)) + top[:, 0]
    data = float(np.mean(log_total - np.sum(T * Z, axis=1)))
    W, b = theta[:, :-1], theta[:, -1]
    return data + 0.5 * ridge * float(np.sum(W * W)) + 0.5 * float(np.sum(b)) ** 2


def multinomial_gradient(A: Array, T: Array, theta: Array, ridge: float) -> Array:
    """(k, columns + 1): the objective's gradient."""
    P = _softmax(A @ theta.T)
    grad: Array = (P - T).T @ A / len(A)
    grad[:, :-1] += ridge * theta[:, :-1]
    grad[:, -1] += np.sum(theta[:, -1])
    return grad


def _newton(A: Array, T: Array, ridge: float) -> tuple[Array, int, bool]:
    """Damped Newton's method; returns (k, m) parameters, iterations, converged."""
    k, m = T.shape[1], A.shape[1]

    def newton_step(theta: Array) -> Array:
        gradient = multinomial_gradient(A, T, theta, ridge).reshape(-1)
        return np.linalg.solve(_hessian(A, theta, ridge), gradient).reshape(k, m)

    return damped_newton(
        lambda theta: multinomial_objective(A, T, theta, ridge),
        newton_step, np.zeros((k, m)), TOLERANCE, MAX_ITERATIONS,
    )  # fmt: skip


def _hessian(A: Array, theta: Array, ridge: float) -> Array:
    """(k m, k m): ``mean_i (diag(p_i) - p_i p_iᵀ) ⊗ a_i a_iᵀ`` plus the penalties.

    Built in blocks of ``HESSIAN_ROWS`` rows, each one matrix product of the
    (k², rows) class weights with the (rows, m²) outer products of the rows.
    """
    n, m = A.shape
    k = theta.shape[0]
    blocks = np.zeros((k * k, m * m))
    eye = np.eye(k)
    for start in range(0, n, HESSIAN_ROWS):
        a = A[start : start + HESSIAN_ROWS]
        p = _softmax(a @ theta.T)
        w = p[:, :, None] * (eye[None] - p[:, None, :])  # (rows, k, k)
        outer = a[:, :, None] * a[:, None, :]  # (rows, m, m)
        blocks += w.reshape(len(a), k * k).T @ outer.reshape(len(a), m * m)
    H: Array = blocks.reshape(k, k, m, m).transpose(0, 2, 1, 3).reshape(k * m, -1) / n
    penalty = np.full((k, m), ridge)
    penalty[:, -1] = 0.0
    H[np.diag_indices_from(H)] += penalty.reshape(-1)
    bias = np.arange(k) * m + (m - 1)
    H[np.ix_(bias, bias)] += 1.0  # the (sum of biases)² term
    return H


def _softmax(Z: Array) -> Array:
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    out: Array = e / e.sum(axis=1, keepdims=True)
    return out


def _standardized(X: Array) -> tuple[Array, Array, Array, Array]:
    """``[Z, 1]`` with the varying columns standardized; their mean, spread, mask."""
    mean, spread = X.mean(axis=0), X.std(axis=0)
    used = spread > _MIN_SPREAD
    Z = (X[:, used] - mean[used]) / spread[used]
    return np.column_stack([Z, np.ones(len(Z))]), mean, spread, used


# -- a number: least squares ----------------------------------------------------


def fit_least_squares(X: Array, y: Array) -> LinearBaseline:
    """Minimize the mean of (y − X w − b)², exactly, with the smallest |w|.

    With the columns and ``y`` centred the bias drops out (it is the mean of
    ``y`` at the columns' means); the SVD ``Xc = U S Vᵀ`` gives
    ``w = V S⁺ Uᵀ yc``, where singular values below ``max(rows, columns) ·
    eps · largest`` count as 0 (numpy.linalg.lstsq's default cut-off).
    """
    X = np.asarray(X, dtype=np.float64)
    t = np.asarray(y, dtype=np.float64)
    mean = X.mean(axis=0)
    Xc, yc = X - mean, t - t.mean()
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    cutoff = max(Xc.shape) * np.finfo(np.float64).eps * (s.max() if s.size else 0.0)
    inverse = np.divide(1.0, s, out=np.zeros_like(s), where=s > cutoff)
    w = Vt.T @ (inverse * (U.T @ yc))
    bias = float(t.mean() - mean @ w)
    return LinearBaseline("number", w[:, None], np.array([bias]), 1, True)
