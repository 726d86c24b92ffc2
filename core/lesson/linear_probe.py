"""How well a straight line separates two classes: logistic regression to convergence.

The lesson's claim is that each layer turns the data into features where the
classes are easier to tell apart. "Easier" is measured here the standard way
(a *linear probe*): fit the best straight line (a logistic regression) on the
training rows' features, then count how many validation rows it gets right.

The fit is Newton's method (iteratively reweighted least squares) on columns
standardized with the training rows, with a tiny ridge penalty. The ridge
keeps the problem well posed when the classes are perfectly separable (the
unpenalized weights would grow without bound) and when columns are
collinear; it is small enough not to change which side a row falls on in
practice. Newton converges in a handful of iterations, so "to convergence" is
cheap and, unlike a fixed number of gradient epochs, does not depend on a
learning rate: a score of 60% means no straight line does much better.

The same question for the other target kinds (``probe_score``):

- **several classes**: one logistic regression per class against the rest
  (one-vs-rest), each fitted as above; a row goes to the class whose line
  scores highest. Every class's region is then cut out by straight lines
  (a convex polytope), so it is still a *linear* probe, k binary fits
  instead of one multinomial one: a multinomial Newton step would need a
  Hessian of (columns × classes)² entries, hundreds of megabytes for a
  64-unit layer and ten classes, where k fits of (columns)² stay cheap.
  ``tests/test_probe_kinds.py`` holds it to scikit-learn's
  ``OneVsRestClassifier(LogisticRegression)`` with the same penalty.
- **a number**: the best linear function (least squares, the same tiny
  ridge on standardized columns, solved exactly), scored by validation R²
  (``core.engine.metrics.r2_score``: 1 is perfect, 0 is what predicting the
  training mean scores, below 0 worse). R² is unchanged by the target's
  units, so the raw target is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.engine.metrics import r2_score

Array = np.ndarray

RIDGE = 1e-4
TOLERANCE = 1e-8
MAX_ITERATIONS = 100
_MIN_SPREAD = 1e-12
_GRAM_ROWS = 64


@dataclass(frozen=True)
class LinearFit:
    """A fitted logistic regression on the original (unstandardized) columns."""

    weights: Array
    bias: float
    iterations: int
    converged: bool

    def decision(self, X: Array) -> Array:
        """The score w·x + b of every row (positive means class 1)."""
        scores: Array = np.asarray(X, dtype=np.float64) @ self.weights + self.bias
        return scores

    def predict(self, X: Array) -> Array:
        return (self.decision(X) > 0).astype(np.int64)

    def accuracy(self, X: Array, y: Array) -> float:
        return float(np.mean(self.predict(X) == (np.asarray(y) > 0.5)))

    def loss(self, X: Array, y: Array) -> float:
        """Mean cross-entropy, computed stably from the scores."""
        z = self.decision(X)
        t = (np.asarray(y) > 0.5).astype(np.float64)
        return float(np.mean(np.logaddexp(0.0, z) - t * z))


def fit_logistic(
    X: Array,
    y: Array,
    ridge: float = RIDGE,
    tol: float = TOLERANCE,
    max_iter: int = MAX_ITERATIONS,
) -> LinearFit:
    """Fit a logistic regression on ``X`` (rows × columns) and 0/1 labels ``y``.

    Minimizes mean cross-entropy + ``ridge``/2 · |w|² over standardized
    columns by Newton's method; stops when the largest step is below ``tol``.
    Constant columns get weight 0.
    """
    X = np.asarray(X, dtype=np.float64)
    t = (np.asarray(y) > 0.5).astype(np.float64)
    mean = X.mean(axis=0)
    spread = X.std(axis=0)
    used = spread > _MIN_SPREAD
    Z = (X[:, used] - mean[used]) / spread[used]
    A = np.column_stack([Z, np.ones(len(Z))])
    theta, iterations, converged = _newton(A, t, ridge, tol, max_iter)
    weights = np.zeros(X.shape[1])
    weights[used] = theta[:-1] / spread[used]
    bias = float(theta[-1] - weights[used] @ mean[used])
    return LinearFit(weights, bias, iterations, converged)


def separability(X_train: Array, y_train: Array, X_val: Array, y_val: Array) -> float:
    """Validation accuracy of the best straight line fitted on the training rows."""
    return fit_logistic(X_train, y_train).accuracy(X_val, y_val)


def _newton(
    A: Array, t: Array, ridge: float, tol: float, max_iter: int
) -> tuple[Array, int, bool]:
    """Damped Newton's method on the penalized mean cross-entropy.

    A full Newton step can overshoot where the classes are (nearly)
    separable, so each step is halved until the objective goes down.
    The bias is not penalized.
    """
    n, k = A.shape
    penalty = np.full(k, ridge)
    penalty[-1] = 0.0

    def newton_step(theta: Array) -> Array:
        p = _sigmoid(A @ theta)
        gradient = A.T @ (p - t) / n + penalty * theta
        hessian = _weighted_gram(A, p * (1.0 - p)) / n + np.diag(penalty + 1e-12)
        return np.asarray(np.linalg.solve(hessian, gradient))

    return damped_newton(
        lambda theta: _objective(A, t, theta, penalty),
        newton_step, np.zeros(k), tol, max_iter,
    )  # fmt: skip


def damped_newton(
    objective: Callable[[Array], float],
    newton_step: Callable[[Array], Array],
    theta: Array,
    tol: float,
    max_iter: int,
) -> tuple[Array, int, bool]:
    """Newton's method with step halving: (parameters, iterations, converged).

    Each step is halved until the objective goes down (a full step overshoots
    where classes are nearly separable); no descent left means the optimum.
    The yes/no probe and Compare depths' several-class fit share it.
    """
    current = objective(theta)
    for iteration in range(1, max_iter + 1):
        step = newton_step(theta)
        scale = 1.0
        while scale > 1e-6:
            candidate = theta - scale * step
            value = objective(candidate)
            if value <= current:
                break
            scale /= 2
        else:
            return theta, iteration, True  # no descent left: at the optimum
        theta, current = candidate, value
        if np.max(np.abs(scale * step)) < tol:
            return theta, iteration, True
    return theta, max_iter, False


def _weighted_gram(A: Array, weight: Array) -> Array:
    """``(A.T * weight) @ A``, summed over small blocks of rows.

    One large product lets OpenBLAS split the work across threads, which on
    a busy classroom machine (the trainer is running) made a fit take up to
    hundreds of milliseconds; blocks small enough to stay on one thread give
    the same matrix in a fraction of the time.
    """
    gram = np.zeros((A.shape[1], A.shape[1]))
    for start in range(0, len(A), _GRAM_ROWS):
        block = A[start : start + _GRAM_ROWS]
        gram += (block.T * weight[start : start + _GRAM_ROWS]) @ block
    return gram


def _objective(A: Array, t: Array, theta: Array, penalty: Array) -> float:
    z = A @ theta
    data = np.mean(np.logaddexp(0.0, z) - t * z)
    return float(data + 0.5 * np.sum(penalty * theta**2))


def _sigmoid(z: Array) -> Array:
    out: Array = np.exp(-np.logaddexp(0.0, -z))
    return out


# -- beyond yes/no: several classes (one-vs-rest) and a number (least squares) --


@dataclass(frozen=True)
class ClassesFit:
    """One logistic regression per class; a row goes to the highest score."""

    fits: tuple[LinearFit, ...]

    def decision(self, X: Array) -> Array:
        """(rows, classes) scores w_c·x + b_c."""
        return np.column_stack([fit.decision(X) for fit in self.fits])

    def predict(self, X: Array) -> Array:
        return np.asarray(np.argmax(self.decision(X), axis=1))

    def accuracy(self, X: Array, y: Array) -> float:
        labels = np.asarray(y).astype(np.int64)
        return float(np.mean(self.predict(X) == labels))


def fit_one_vs_rest(
    X: Array, y: Array, n_classes: int | None = None, ridge: float = RIDGE
) -> ClassesFit:
    """``fit_logistic`` of "class c or not" for every class c = 0 … k-1.

    A class with no training row gets a line that always scores lowest, so
    it is never predicted (as no line could learn it).
    """
    labels = np.asarray(y).astype(np.int64)
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    fits = []
    for c in range(k):
        if np.any(labels == c):
            fits.append(fit_logistic(X, labels == c, ridge))
        else:
            fits.append(LinearFit(np.zeros(np.shape(X)[1]), -np.inf, 0, True))
    return ClassesFit(tuple(fits))


@dataclass(frozen=True)
class LeastSquaresFit:
    """The best linear function ``w·x + b`` in the mean-squared-error sense."""

    weights: Array
    bias: float

    def predict(self, X: Array) -> Array:
        out: Array = np.asarray(X, dtype=np.float64) @ self.weights + self.bias
        return out

    def r2(self, X: Array, y: Array) -> float:
        return r2_score(y, self.predict(X))


def fit_least_squares(X: Array, y: Array, ridge: float = RIDGE) -> LeastSquaresFit:
    """Minimize mean (y − w·x − b)² + ``ridge`` |w|² over standardized columns.

    Solved exactly from the normal equations; the ridge keeps them solvable
    when columns repeat (two units computing the same thing). The bias is
    not penalized, so it is the mean of ``y`` at the columns' means.
    """
    X = np.asarray(X, dtype=np.float64)
    t = np.asarray(y, dtype=np.float64)
    mean, spread = X.mean(axis=0), X.std(axis=0)
    used = spread > _MIN_SPREAD
    Z = (X[:, used] - mean[used]) / spread[used]
    n = len(Z)
    gram = _weighted_gram(Z, np.ones(n)) / n + ridge * np.eye(Z.shape[1])
    centred = (t - t.mean()) / n
    w = np.linalg.solve(gram, Z.T @ centred) if Z.shape[1] else np.zeros(0)
    weights = np.zeros(X.shape[1])
    weights[used] = w / spread[used]
    bias = float(t.mean() - weights[used] @ mean[used])
    return LeastSquaresFit(weights, bias)


def probe_score(
    kind: str, X_train: Array, y_train: Array, X_val: Array, y_val: Array
) -> float:
    """The linear probe for a target kind, scored on the validation rows.

    "binary" and "classes": the share of validation rows right; "number":
    validation R² (NaN when every validation target is the same).
    """
    if kind == "number":
        return fit_least_squares(X_train, y_train).r2(X_val, y_val)
    if kind == "classes":
        k = int(max(np.max(y_train), np.max(y_val))) + 1
        return fit_one_vs_rest(X_train, y_train, k).accuracy(X_val, y_val)
    return separability(X_train, y_train, X_val, y_val)
