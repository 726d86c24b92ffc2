"""The fast mini-batch step equals the readable forward and backward passes."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.activations import ACTIVATIONS
from core.engine.fast_step import BatchStepper, Targets, examples_as_columns
from core.engine.model import MLP
from core.engine.optim import Adam


def _batch(rng, n, n_features):
    X = rng.random((n, n_features))
    y = (rng.random(n) < 0.5).astype(float)
    return X, y


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("sizes", [[20, 1], [20, 64, 32, 1], [5, 7, 6, 4, 1]])
@pytest.mark.parametrize(("batch", "l2"), [(32, 0.0), (7, 0.01)])
def test_fast_step_equals_readable_backprop(activation, sizes, batch, l2):
    rng = np.random.default_rng(11)
    model = MLP(sizes, activation, rng)
    model.theta += rng.normal(0, 0.05, model.theta.size)
    X, y = _batch(rng, batch, sizes[0])
    stepper = BatchStepper(model, max_batch=32, l2=l2)
    fast_loss = stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    slow = model.loss_and_grads(X, y, l2)
    assert fast_loss == pytest.approx(slow.loss, abs=1e-12)
    np.testing.assert_allclose(stepper.grad, model.flat_grads(slow.grads), atol=1e-12)


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
def test_fast_logits_equal_the_readable_forward_pass(activation):
    rng = np.random.default_rng(3)
    model = MLP([6, 9, 5, 1], activation, rng)
    model.theta += rng.normal(0, 0.05, model.theta.size)
    X, _ = _batch(rng, 40, 6)
    stepper = BatchStepper(model, max_batch=64)
    logits = stepper.logits(examples_as_columns(X))
    np.testing.assert_allclose(logits, model.forward(X).logits, atol=1e-12)


def test_fast_step_takes_transposed_row_views_as_columns():
    """The trainer's batches are ``[X, 1]`` rows seen through ``.T``."""
    rng = np.random.default_rng(4)
    model = MLP([5, 8, 1], rng=rng)
    X, y = _batch(rng, 12, 5)
    rows = np.ones((12, 6))
    rows[:, :-1] = X
    stepper = BatchStepper(model, max_batch=16)
    loss = stepper.loss_and_grad(rows.T, Targets.of(y))
    slow = model.loss_and_grads(X, y)
    assert loss == pytest.approx(slow.loss, abs=1e-12)
    np.testing.assert_allclose(stepper.grad, model.flat_grads(slow.grads), atol=1e-12)


def test_fast_step_reuses_buffers_between_batch_sizes():
    rng = np.random.default_rng(2)
    model = MLP([4, 8, 1], rng=rng)
    stepper = BatchStepper(model, max_batch=16)
    for n in (16, 3, 16, 3, 1, 16, 1):  # a size's buffers outlive the others' use
        X, y = _batch(rng, n, 4)
        stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
        expected = model.flat_grads(model.loss_and_grads(X, y).grads)
        np.testing.assert_allclose(stepper.grad, expected, atol=1e-12)


def test_fast_step_writes_into_a_given_gradient_buffer():
    rng = np.random.default_rng(6)
    model = MLP([4, 8, 1], rng=rng)
    buffer = np.zeros((2, model.parameter_count))  # like Adam's [g; g*g] rows
    stepper = BatchStepper(model, max_batch=8, grad=buffer[0])
    X, y = _batch(rng, 8, 4)
    stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    expected = model.flat_grads(model.loss_and_grads(X, y).grads)
    np.testing.assert_allclose(buffer[0], expected, atol=1e-12)
    assert not buffer[1].any()


def test_a_gradient_buffer_of_the_wrong_shape_or_layout_is_refused():
    model = MLP([4, 8, 1], rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="shape"):
        BatchStepper(model, 8, grad=np.zeros(model.parameter_count + 1))
    with pytest.raises(ValueError, match="contiguous"):
        BatchStepper(model, 8, grad=np.zeros(2 * model.parameter_count)[::2])


def test_a_batch_larger_than_the_cap_is_refused():
    model = MLP([4, 8, 1], rng=np.random.default_rng(0))
    X, y = _batch(np.random.default_rng(1), 9, 4)
    with pytest.raises(ValueError, match="1 to 8"):
        BatchStepper(model, 8).loss_and_grad(examples_as_columns(X), Targets.of(y))


def test_float32_fast_step_stays_float32_and_close():
    rng = np.random.default_rng(5)
    model32 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0), dtype=np.float32)
    model64 = MLP([20, 64, 32, 1], rng=np.random.default_rng(0), dtype=np.float64)
    X, y = _batch(rng, 32, 20)
    stepper = BatchStepper(model32, 32)
    X32, y32 = examples_as_columns(X.astype(np.float32)), y.astype(np.float32)
    loss32 = stepper.loss_and_grad(X32, Targets.of(y32, np.float32))
    assert stepper.grad.dtype == np.float32
    slow = model64.loss_and_grads(X, y)
    assert loss32 == pytest.approx(slow.loss, rel=1e-5)
    np.testing.assert_allclose(stepper.grad, model64.flat_grads(slow.grads), atol=1e-5)


def test_relu_at_exactly_zero_matches_the_readable_slope():
    """An all-zero example with zero biases puts every z at ReLU's kink."""
    rng = np.random.default_rng(8)
    model = MLP([3, 4, 1], "relu", rng)
    X = np.vstack([np.zeros(3), rng.random((3, 3))])
    y = np.array([1.0, 0.0, 1.0, 0.0])
    stepper = BatchStepper(model, max_batch=4)
    stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    expected = model.flat_grads(model.loss_and_grads(X, y).grads)
    np.testing.assert_allclose(stepper.grad, expected, atol=1e-12)


def test_training_equals_readable_backprop_and_adam_with_a_short_last_batch():
    """Two epochs of the trainer against a loop anyone can read.

    800 rows in batches of 48 end each epoch with a batch of 32, so the
    stepper alternates between two batch sizes.
    """
    config = TrainingConfig(batch_size=48, epochs=2)
    trainer = Trainer(config)
    model = trainer.model.copy()
    _, shuffle_seed = np.random.SeedSequence(config.seed).spawn(2)
    rng = np.random.default_rng(shuffle_seed)
    adam = Adam(model.parameter_count, config.learning_rate)
    X, y = trainer.X_train, trainer.y_train
    for _ in range(config.epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), config.batch_size):
            rows = order[start : start + config.batch_size]
            grads = model.loss_and_grads(X[rows], y[rows]).grads
            adam.step(model.theta, model.flat_grads(grads))
    trainer.run()
    np.testing.assert_allclose(trainer.model.theta, model.theta, rtol=0, atol=1e-10)
