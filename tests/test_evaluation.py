"""The epoch's metrics equal a direct evaluation with the readable forward pass."""

import numpy as np
import pytest

import core.engine.evaluation
from core.engine.evaluation import MAX_CHUNK_ROWS, MIN_CHUNK_ROWS, Evaluator, chunk_rows
from core.engine.model import MLP, binary_cross_entropy_from_logits


def _data(rng, n, n_features, dtype=np.float64):
    X = rng.random((n, n_features)).astype(dtype)
    y = (rng.random(n) < 0.4).astype(dtype)
    return X, y


def _direct(model, X, y):
    logits = model.forward(X).logits
    loss = binary_cross_entropy_from_logits(logits, y)
    correct = int(np.sum((logits > 0) == (y > 0.5)))
    return loss, correct / len(y)


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid", "linear"])
def test_metrics_equal_the_readable_forward_pass_across_chunks(monkeypatch, activation):
    monkeypatch.setattr(core.engine.evaluation, "chunk_rows", lambda model: 64)
    rng = np.random.default_rng(0)
    model = MLP([5, 16, 8, 1], activation, rng)
    model.theta += rng.normal(0, 0.3, model.theta.size)
    (X_train, y_train), (X_val, y_val) = _data(rng, 230, 5), _data(rng, 71, 5)
    metrics = Evaluator(model, X_train, y_train, X_val, y_val).metrics()
    loss, accuracy = _direct(model, X_train, y_train)
    val_loss, val_accuracy = _direct(model, X_val, y_val)
    assert metrics.loss == pytest.approx(loss, rel=1e-12)
    assert metrics.val_loss == pytest.approx(val_loss, rel=1e-12)
    assert metrics.accuracy == accuracy  # exactly correct / n
    assert metrics.val_accuracy == val_accuracy


def test_a_logit_of_exactly_zero_counts_as_class_0():
    """With every weight 0 each logit is 0: class 0 is predicted everywhere."""
    rng = np.random.default_rng(1)
    model = MLP([3, 4, 1], rng=rng)
    model.theta[...] = 0.0
    (X_train, y_train), (X_val, y_val) = _data(rng, 50, 3), _data(rng, 13, 3)
    metrics = Evaluator(model, X_train, y_train, X_val, y_val).metrics()
    assert metrics.accuracy == np.mean(y_train == 0)
    assert metrics.val_accuracy == np.mean(y_val == 0)
    assert metrics.loss == pytest.approx(np.log(2), rel=1e-15)


def test_float32_metrics_stay_close_to_float64():
    rng = np.random.default_rng(2)
    model64 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0))
    model32 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0), dtype=np.float32)
    (X_train, y_train), (X_val, y_val) = _data(rng, 800, 20), _data(rng, 200, 20)
    m64 = Evaluator(model64, X_train, y_train, X_val, y_val).metrics()
    as32 = [a.astype(np.float32) for a in (X_train, y_train, X_val, y_val)]
    m32 = Evaluator(model32, *as32).metrics()
    assert m32.loss == pytest.approx(m64.loss, rel=1e-5)
    assert m32.val_loss == pytest.approx(m64.val_loss, rel=1e-5)
    assert abs(m32.accuracy - m64.accuracy) <= 2 / 800  # a logit or two near 0


def test_chunks_shrink_as_the_network_widens_until_threads_are_unavoidable():
    assert chunk_rows(MLP([20, 64, 32, 1])) == 2**19 // (65 * 32)  # 252
    assert chunk_rows(MLP([20, 1])) == MAX_CHUNK_ROWS
    assert chunk_rows(MLP([20, 64, 32, 1])) < chunk_rows(MLP([20, 16, 8, 1]))
    assert MIN_CHUNK_ROWS <= chunk_rows(MLP([20, 90, 90, 1])) < 100
    assert chunk_rows(MLP([20, 256, 256, 1])) == MAX_CHUNK_ROWS


def test_metrics_follow_the_weights_across_epochs_with_unequal_chunks(monkeypatch):
    """Chunks of 64 and a last one of 45, evaluated again after the weights move."""
    monkeypatch.setattr(core.engine.evaluation, "chunk_rows", lambda model: 64)
    rng = np.random.default_rng(4)
    model = MLP([5, 16, 8, 1], rng=rng)
    (X_train, y_train), (X_val, y_val) = _data(rng, 200, 5), _data(rng, 37, 5)
    evaluator = Evaluator(model, X_train, y_train, X_val, y_val)
    for _ in range(3):
        model.theta += rng.normal(0, 0.2, model.theta.size)
        metrics = evaluator.metrics()
        assert metrics.loss == pytest.approx(_direct(model, X_train, y_train)[0])
        assert metrics.val_loss == pytest.approx(_direct(model, X_val, y_val)[0])
