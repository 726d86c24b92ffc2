"""Backpropagation checked against independent maths."""

import numpy as np
import pytest

from core.engine.activations import ACTIVATIONS
from core.engine.model import MLP, binary_cross_entropy_from_logits


def _numeric_grad(model: MLP, X, y, l2: float, eps: float = 1e-6) -> np.ndarray:
    grad = np.zeros_like(model.theta)
    for i in range(model.theta.size):
        old = model.theta[i]
        model.theta[i] = old + eps
        up = model.loss(X, y, l2)
        model.theta[i] = old - eps
        down = model.loss(X, y, l2)
        model.theta[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("sizes", [[3, 1], [3, 4, 1], [4, 5, 3, 1], [2, 3, 3, 2, 1]])
@pytest.mark.parametrize("l2", [0.0, 0.1])
def test_backprop_matches_central_differences(activation, sizes, l2):
    rng = np.random.default_rng(7)
    model = MLP(sizes, activation, rng)
    model.theta += rng.normal(0, 0.1, model.theta.size)  # non-zero biases too
    X = rng.normal(size=(9, sizes[0]))
    y = (rng.random(9) < 0.5).astype(float)
    analytic = model.flat_grads(model.loss_and_grads(X, y, l2).grads)
    numeric = _numeric_grad(model, X, y, l2)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_slopes_match_central_differences(name):
    act = ACTIVATIONS[name]
    z = np.linspace(-3, 3, 41) + 0.013  # avoid ReLU's kink at exactly 0
    numeric = (act.f(z + 1e-6) - act.f(z - 1e-6)) / 2e-6
    np.testing.assert_allclose(act.df(z), numeric, rtol=1e-6, atol=1e-8)


def test_loss_matches_a_hand_computed_value():
    # p = sigmoid(z); loss = -mean(y log p + (1 - y) log(1 - p))
    z = np.array([0.0, 2.0, -1.0])
    y = np.array([1.0, 0.0, 0.0])
    p = 1 / (1 + np.exp(-z))
    by_hand = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert binary_cross_entropy_from_logits(z, y) == pytest.approx(by_hand, rel=1e-14)
    # z = 0 and y = 1 alone costs exactly ln 2
    ln2 = binary_cross_entropy_from_logits(np.array([0.0]), np.array([1.0]))
    assert ln2 == pytest.approx(np.log(2), rel=1e-15)


def test_loss_from_logits_stays_finite_for_huge_logits():
    z = np.array([1000.0, -1000.0])
    loss = binary_cross_entropy_from_logits(z, np.array([0.0, 1.0]))
    assert loss == pytest.approx(1000.0)


def test_one_sgd_step_worked_by_hand():
    # One input, no hidden layer: z = w x + b, p = sigmoid(z).
    model = MLP([1, 1])
    model.params[0].W = np.array([[0.5]])
    model.params[0].b = np.array([0.0])
    X, y = np.array([[2.0]]), np.array([1.0])
    # z = 1, p = 1/(1+e^-1); dL/dz = p - 1; dL/dw = (p - 1) * 2; dL/db = p - 1
    p = 1 / (1 + np.exp(-1.0))
    grads = model.loss_and_grads(X, y).grads[0]
    assert grads.dW[0, 0] == pytest.approx(2 * (p - 1), rel=1e-14)
    assert grads.db[0] == pytest.approx(p - 1, rel=1e-14)
    lr = 0.1
    model.params[0].W = model.params[0].W - lr * grads.dW
    assert model.params[0].W[0, 0] == pytest.approx(0.5 - 0.1 * 2 * (p - 1), rel=1e-14)


def test_forward_trace_keeps_every_layer():
    model = MLP([20, 64, 32, 1], rng=np.random.default_rng(0))
    X = np.random.default_rng(1).random((5, 20))
    trace = model.forward(X)
    assert [a.shape for a in trace.a] == [(5, 20), (5, 64), (5, 32), (5, 1)]
    assert [z.shape for z in trace.z] == [(5, 64), (5, 32), (5, 1)]
    np.testing.assert_array_equal(trace.a[1], np.maximum(trace.z[0], 0))
    np.testing.assert_allclose(
        model.predict_proba(X), 1 / (1 + np.exp(-trace.z[-1][:, 0]))
    )


def test_params_are_views_and_assignable():
    model = MLP([3, 2, 1])
    model.params[0].W = np.ones((3, 2))
    assert model.theta[:6].tolist() == [1.0] * 6
    with pytest.raises(ValueError, match="shape"):
        model.params[0].W = np.ones((2, 3))
    assert model.parameter_count == (3 + 1) * 2 + (2 + 1) * 1


def test_no_hidden_layer_is_logistic_regression():
    rng = np.random.default_rng(3)
    model = MLP([4, 1], rng=rng)
    X = rng.normal(size=(6, 4))
    W, b = model.params[0].W, model.params[0].b
    expected = 1 / (1 + np.exp(-(X @ W[:, 0] + b[0])))
    np.testing.assert_allclose(model.predict_proba(X), expected, rtol=1e-13)


def test_bad_architecture_is_refused():
    with pytest.raises(ValueError, match="exactly 1 unit"):
        MLP([3, 2])
    with pytest.raises(ValueError, match="Unknown activation"):
        MLP([3, 1], "swish")
