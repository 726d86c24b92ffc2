"""Optimizers against their textbook update rules, written out independently."""

import math

import numpy as np
import pytest

from core.optim import SGD, Adam, make_optimizer


def test_adam_matches_the_paper_for_several_steps():
    rng = np.random.default_rng(0)
    theta = rng.normal(size=5)
    reference = theta.copy()
    m = np.zeros(5)
    v = np.zeros(5)
    adam = Adam(5, lr=0.01)
    for t in range(1, 6):
        g = rng.normal(size=5)
        adam.step(theta, g)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        m_hat, v_hat = m / (1 - 0.9**t), v / (1 - 0.999**t)
        reference = reference - 0.01 * m_hat / (np.sqrt(v_hat) + 1e-8)
    np.testing.assert_allclose(theta, reference, rtol=1e-12, atol=1e-15)


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


def test_unknown_optimizer_is_named():
    with pytest.raises(ValueError, match="rmsprop"):
        make_optimizer("rmsprop", 3, 0.1)
    assert math.isclose(make_optimizer("sgd", 3, 0.1).lr, 0.1)
