"""Optimizers against their textbook update rules, written out independently."""

import math

import numpy as np
import pytest

from core.engine.optim import SGD, Adam, make_optimizer


def _paper_adam(theta, grads, lr=0.01, beta1=0.9, beta2=0.999, eps=1e-8):
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for t, g in enumerate(grads, start=1):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
        theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta, m, v


def test_adam_matches_the_paper_for_several_steps():
    rng = np.random.default_rng(0)
    theta = rng.normal(size=5)
    grads = rng.normal(size=(5, 5))
    reference, m, v = _paper_adam(theta.copy(), grads)
    adam = Adam(5, lr=0.01)
    for g in grads:
        adam.step(theta, g)
    np.testing.assert_allclose(theta, reference, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(adam.m, m, rtol=1e-12)
    np.testing.assert_allclose(adam.v, v, rtol=1e-12)


def test_adam_matches_the_paper_over_many_steps_with_tiny_gradients():
    """Long runs and gradients near eps: the folded epsilon must stay right."""
    rng = np.random.default_rng(1)
    theta = rng.normal(size=50)
    grads = rng.normal(size=(300, 50)) * np.logspace(-10, 0, 50)
    reference, _, _ = _paper_adam(theta.copy(), grads, lr=0.003)
    adam = Adam(50, lr=0.003)
    for g in grads:
        adam.step(theta, g)
    np.testing.assert_allclose(theta, reference, rtol=1e-10, atol=1e-13)


def test_adam_reads_its_own_gradient_buffer_without_a_copy():
    rng = np.random.default_rng(2)
    grads = rng.normal(size=(4, 6))
    copied, shared = Adam(6, lr=0.1), Adam(6, lr=0.1)
    theta_copied, theta_shared = np.ones(6), np.ones(6)
    for g in grads:
        copied.step(theta_copied, g)
        shared.grad[...] = g  # as the trainer's stepper writes it
        shared.step(theta_shared, shared.grad)
    assert np.array_equal(theta_copied, theta_shared)


def test_adam_state_round_trips():
    rng = np.random.default_rng(3)
    grads = rng.normal(size=(6, 4))
    straight, theta = Adam(4, lr=0.05), np.zeros(4)
    for g in grads:
        straight.step(theta, g)
    first, resumed_theta = Adam(4, lr=0.05), np.zeros(4)
    for g in grads[:3]:
        first.step(resumed_theta, g)
    resumed = Adam(4, lr=0.05)
    resumed.load_state(first.state())
    assert resumed.t == 3
    for g in grads[3:]:
        resumed.step(resumed_theta, g)
    np.testing.assert_allclose(resumed_theta, theta, rtol=1e-12)


def test_float32_adam_stays_float32():
    theta = np.zeros(3, dtype=np.float32)
    adam = Adam(3, lr=0.1, dtype=np.float32)
    adam.step(theta, np.array([1.0, -2.0, 0.5], dtype=np.float32))
    assert theta.dtype == np.float32
    assert adam.grad.dtype == adam.m.dtype == np.float32
    np.testing.assert_allclose(theta, [-0.1, 0.1, -0.1], rtol=1e-5)


def test_adam_first_step_moves_each_parameter_by_about_lr():
    theta = np.zeros(3)
    Adam(3, lr=0.5).step(theta, np.array([3.0, -0.2, 1e-3]))
    np.testing.assert_allclose(theta, [-0.5, 0.5, -0.5], rtol=1e-4)


def test_sgd_with_momentum_by_hand():
    theta = np.array([1.0])
    sgd = SGD(1, lr=0.1, momentum=0.9)
    sgd.step(theta, np.array([2.0]))  # v = 2, theta = 1 - 0.2
    assert theta[0] == pytest.approx(0.8)
    sgd.step(theta, np.array([1.0]))  # v = 0.9*2 + 1 = 2.8, theta = 0.8 - 0.28
    assert theta[0] == pytest.approx(0.52)


def test_plain_sgd_without_momentum():
    theta = np.array([1.0, 2.0])
    SGD(2, lr=0.5, momentum=0.0).step(theta, np.array([1.0, -1.0]))
    assert theta.tolist() == [0.5, 2.5]


def test_every_optimizer_offers_a_gradient_buffer_shaped_like_theta():
    for name in ("adam", "sgd"):
        optimizer = make_optimizer(name, 7, 0.1, dtype=np.float32)
        assert optimizer.grad.shape == (7,)
        assert optimizer.grad.dtype == np.float32
        assert optimizer.grad.flags.c_contiguous


def test_unknown_optimizer_is_named():
    with pytest.raises(ValueError, match="rmsprop"):
        make_optimizer("rmsprop", 3, 0.1)
    assert math.isclose(make_optimizer("sgd", 3, 0.1).lr, 0.1)
