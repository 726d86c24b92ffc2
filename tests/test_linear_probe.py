"""The linear probe: logistic regression fitted to convergence, checked by maths."""

import numpy as np
import pytest

from core.lesson.linear_probe import fit_logistic, separability


def _data(seed: int, n: int = 400, d: int = 6, noise: float = 1.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * rng.uniform(0.1, 50, d) + rng.normal(0, 10, d)
    w = rng.normal(size=d) / X.std(axis=0)
    y = ((X - X.mean(axis=0)) @ w + noise * rng.normal(size=n) > 0).astype(float)
    return X, y


def _standardized_gradient(X, y, fit, ridge=1e-4):
    """Gradient of the penalized objective in the standardized coordinates."""
    mean, spread = X.mean(axis=0), X.std(axis=0)
    Z = (X - mean) / spread
    w_std = fit.weights * spread
    b_std = fit.bias + fit.weights @ mean
    p = 1 / (1 + np.exp(-(Z @ w_std + b_std)))
    grad_w = Z.T @ (p - y) / len(y) + ridge * w_std
    grad_b = np.mean(p - y)
    return np.append(grad_w, grad_b)


@pytest.mark.parametrize("seed", range(5))
def test_the_fit_is_at_the_optimum(seed):
    X, y = _data(seed)
    fit = fit_logistic(X, y)
    assert fit.converged
    assert np.max(np.abs(_standardized_gradient(X, y, fit))) < 1e-9


def test_one_feature_balanced_classes_put_the_line_halfway():
    # Symmetric data: the best threshold is exactly the midpoint (closed form).
    x = np.array([-3.0, -2.0, -1.0, 1.0, 2.0, 3.0, -0.5, 0.5])
    y = np.array([0, 0, 0, 1, 1, 1, 1, 0])
    fit = fit_logistic(x[:, None], y)
    assert fit.bias == pytest.approx(0.0, abs=1e-9)
    assert fit.weights[0] > 0


def test_separable_classes_are_all_right_and_finite():
    X, y = _data(1, noise=0.0)
    fit = fit_logistic(X, y)
    assert fit.accuracy(X, y) == 1.0
    assert np.all(np.isfinite(fit.weights))


def test_labels_unrelated_to_features_score_near_chance():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(2000, 5))
    y = (rng.random(2000) < 0.5).astype(float)
    score = separability(X[:1000], y[:1000], X[1000:], y[1000:])
    assert abs(score - 0.5) < 0.06


def test_constant_and_duplicate_columns_are_harmless():
    X, y = _data(2)
    widened = np.column_stack([X, np.full(len(X), 7.0), X[:, 0]])
    fit = fit_logistic(widened, y)
    assert fit.converged
    assert fit.weights[-2] == 0.0
    np.testing.assert_array_equal(fit.predict(widened), fit_logistic(X, y).predict(X))


def test_scaling_a_column_does_not_change_the_predictions():
    X, y = _data(4)
    scaled = X * np.array([1000.0, 0.001, 1, 1, 1, 1])
    np.testing.assert_array_equal(
        fit_logistic(X, y).predict(X), fit_logistic(scaled, y).predict(scaled)
    )


def test_loss_is_the_mean_cross_entropy():
    X, y = _data(5)
    fit = fit_logistic(X, y)
    p = 1 / (1 + np.exp(-fit.decision(X)))
    expected = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert fit.loss(X, y) == pytest.approx(expected, rel=1e-10)
