"""The fast mini-batch step equals the readable forward and backward passes."""

import numpy as np
import pytest

from core.activations import ACTIVATIONS
from core.fast_step import BatchStepper, Targets, examples_as_columns
from core.model import MLP


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("sizes", [[20, 1], [20, 64, 32, 1], [5, 7, 6, 4, 1]])
@pytest.mark.parametrize(("batch", "l2"), [(32, 0.0), (7, 0.01)])
def test_fast_step_equals_readable_backprop(activation, sizes, batch, l2):
    rng = np.random.default_rng(11)
    model = MLP(sizes, activation, rng)
    model.theta += rng.normal(0, 0.05, model.theta.size)
    X = rng.random((batch, sizes[0]))
    y = (rng.random(batch) < 0.5).astype(float)
    stepper = BatchStepper(model, max_batch=32, l2=l2)
    fast_loss = stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    slow = model.loss_and_grads(X, y, l2)
    assert fast_loss == pytest.approx(slow.loss, abs=1e-12)
    np.testing.assert_allclose(stepper.grad, model.flat_grads(slow.grads), atol=1e-12)


def test_fast_step_reuses_buffers_between_batch_sizes():
    rng = np.random.default_rng(2)
    model = MLP([4, 8, 1], rng=rng)
    stepper = BatchStepper(model, max_batch=16)
    for n in (16, 3, 16, 1):
        X, y = rng.random((n, 4)), (rng.random(n) < 0.5).astype(float)
        stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
        expected = model.flat_grads(model.loss_and_grads(X, y).grads)
        np.testing.assert_allclose(stepper.grad, expected, atol=1e-12)


def test_float32_fast_step_stays_float32_and_close():
    rng = np.random.default_rng(5)
    model32 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0), dtype=np.float32)
    model64 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0), dtype=np.float64)
    X = rng.random((32, 20))
    y = (rng.random(32) < 0.5).astype(float)
    stepper = BatchStepper(model32, 32)
    X32, y32 = examples_as_columns(X.astype(np.float32)), y.astype(np.float32)
    loss32 = stepper.loss_and_grad(X32, Targets.of(y32, np.float32))
    assert stepper.grad.dtype == np.float32
    slow = model64.loss_and_grads(X, y)
    assert loss32 == pytest.approx(slow.loss, rel=1e-5)
    np.testing.assert_allclose(stepper.grad, model64.flat_grads(slow.grads), atol=1e-5)
