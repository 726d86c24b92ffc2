"""Optimizers that update the model's flat parameter vector in place.

Working on one flat vector turns an update of every layer into a handful of
NumPy calls, which is what makes small networks fast in plain NumPy.
"""

from __future__ import annotations

import math

import numpy as np

Array = np.ndarray

OPTIMIZERS: tuple[str, ...] = ("adam", "sgd")


class SGD:
    """Stochastic gradient descent with optional (heavy-ball) momentum."""

    name = "sgd"

    def __init__(self, size: int, lr: float, momentum: float = 0.9, dtype=np.float64):
        self.lr = float(lr)
        self.momentum = float(momentum)
        self.velocity = np.zeros(size, dtype=dtype)
        self._step = np.empty(size, dtype=dtype)
        self.t = 0

    def step(self, theta: Array, grad: Array) -> None:
        self.t += 1
        if self.momentum:
            np.multiply(self.velocity, self.momentum, out=self.velocity)
            np.add(self.velocity, grad, out=self.velocity)
            np.multiply(self.velocity, self.lr, out=self._step)
        else:
            np.multiply(grad, self.lr, out=self._step)
        np.subtract(theta, self._step, out=theta)

    def state(self) -> dict[str, Array]:
        return {"velocity": self.velocity.copy(), "t": np.array(self.t)}

    def load_state(self, state: dict[str, Array]) -> None:
        self.velocity[...] = state["velocity"]
        self.t = int(state["t"])


class Adam:
    """Adam (Kingma and Ba, 2015) with bias correction folded into the step size.

    The two moment estimates are the rows of one (2, n) array, so both move
    toward their new values ``[g, g*g]`` in three NumPy calls instead of six.
    """

    name = "adam"

    def __init__(
        self,
        size: int,
        lr: float,
        beta1: float = 0.9,
        beta2: float = 0.999,
        eps: float = 1e-8,
        dtype=np.float64,
    ):
        self.lr = float(lr)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.moments = np.zeros((2, size), dtype=dtype)
        self.m, self.v = self.moments  # views: first and second moment
        self._targets = np.empty((2, size), dtype=dtype)
        self._rates = np.empty((2, size), dtype=dtype)
        self._rates[0], self._rates[1] = 1.0 - beta1, 1.0 - beta2
        self._tmp = np.empty(size, dtype=dtype)
        self.t = 0

    def step(self, theta: Array, grad: Array) -> None:
        """theta -= lr * m_hat / (sqrt(v_hat) + eps), in place."""
        self.t += 1
        targets, tmp = self._targets, self._tmp
        np.copyto(targets[0], grad)
        np.multiply(grad, grad, out=targets[1])
        # m += (1 - beta1) (g - m);  v += (1 - beta2) (g^2 - v)
        np.subtract(targets, self.moments, out=targets)
        np.multiply(targets, self._rates, out=targets)
        np.add(self.moments, targets, out=self.moments)
        correction2 = math.sqrt(1.0 - self.beta2**self.t)
        step_size = self.lr * correction2 / (1.0 - self.beta1**self.t)
        np.sqrt(self.v, out=tmp)
        np.add(tmp, self.eps * correction2, out=tmp)
        np.divide(self.m, tmp, out=tmp)
        np.multiply(tmp, step_size, out=tmp)
        np.subtract(theta, tmp, out=theta)

    def state(self) -> dict[str, Array]:
        return {"m": self.m.copy(), "v": self.v.copy(), "t": np.array(self.t)}

    def load_state(self, state: dict[str, Array]) -> None:
        self.m[...] = state["m"]
        self.v[...] = state["v"]
        self.t = int(state["t"])


def make_optimizer(
    name: str, size: int, lr: float, momentum: float = 0.9, dtype=np.float64
):
    """Build the optimizer called ``name`` for a parameter vector of ``size``."""
    if name == "adam":
        return Adam(size, lr, dtype=dtype)
    if name == "sgd":
        return SGD(size, lr, momentum=momentum, dtype=dtype)
    raise ValueError(
        f"Unknown optimizer {name!r}; choose one of: {', '.join(OPTIMIZERS)}."
    )
