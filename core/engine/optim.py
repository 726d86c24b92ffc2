"""Optimizers that update the model's flat parameter vector in place.

Working on one flat vector turns an update of every layer into a handful of
NumPy calls, which is what makes small networks fast in plain NumPy.

The parameters may also be a stack of K runs' vectors, shape (K, P): Compare
depths trains its seeds that way with the very same update.

Each optimizer also owns ``grad``, a vector shaped like the parameters: a
caller that computes its gradient straight into it (the trainer's stepper
does) hands it to ``step`` without a copy.

An optimizer's state comes in two forms. ``state()`` is the textbook's (Adam's
moments ``m`` and ``v``), which session files keep. ``exact_state()`` is the
numbers the optimizer itself holds, copied: loading it back continues a run
bit for bit, which a conversion to the textbook form and back cannot promise
in floating point. A run record (``Trainer.state()``) keeps the exact form;
``saved_form`` and ``exact_form`` convert between the two.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

Array = np.ndarray

OPTIMIZERS: tuple[str, ...] = ("adam", "sgd")


class SGD:
    """Stochastic gradient descent with optional (heavy-ball) momentum."""

    name = "sgd"

    def __init__(
        self,
        size: int | tuple[int, ...],
        lr: float,
        momentum: float = 0.9,
        dtype: npt.DTypeLike = np.float64,
    ) -> None:
        self.lr = float(lr)
        self.momentum = float(momentum)
        self.velocity = np.zeros(size, dtype=dtype)
        self.grad = np.zeros(size, dtype=dtype)
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

    def exact_state(self) -> dict[str, Array]:
        return {"velocity": self.velocity.copy(), "t": np.array(self.t)}

    def load_exact_state(self, state: Mapping[str, Array]) -> None:
        self.velocity[...] = state["velocity"]
        self.t = int(state["t"])

    def saved_form(self, exact: Mapping[str, Array]) -> dict[str, Array]:
        """The velocity is the textbook's own: the two forms are the same."""
        return {"velocity": np.array(exact["velocity"]), "t": np.array(exact["t"])}

    def exact_form(self, saved: Mapping[str, Array]) -> dict[str, Array]:
        return self.saved_form(saved)

    def state(self) -> dict[str, Array]:
        return self.saved_form(self.exact_state())

    def load_state(self, state: Mapping[str, Array]) -> None:
        self.load_exact_state(self.exact_form(state))


class Adam:
    """Adam (Kingma and Ba, 2015) in eight NumPy calls per step.

    Two rearrangements, exact in real arithmetic, keep the calls few:

    * The moments are kept as plain decaying sums, ``M = beta1 M + g`` and
      ``V = beta2 V + g*g``. The paper's averages are ``m = (1 - beta1) M`` and
      ``v = (1 - beta2) V``; those constant factors fold, with the bias
      corrections, into one step size and one epsilon per step.
    * ``M`` and ``V`` are the rows of one (2, n) array and ``g`` and ``g*g``
      the rows of another, so both sums move in two calls. A caller that
      writes its gradient straight into ``self.grad`` (row 0) saves a copy.

    The betas are a full (2, n) array rather than a (2, 1) column: NumPy's
    contiguous loops are faster than its broadcasting ones.
    """

    name = "adam"

    def __init__(
        self,
        size: int | tuple[int, ...],
        lr: float,
        beta1: float = 0.9,
        beta2: float = 0.999,
        eps: float = 1e-8,
        dtype: npt.DTypeLike = np.float64,
    ) -> None:
        self.lr = float(lr)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        shape = (size,) if isinstance(size, int) else tuple(size)
        self._sums = np.zeros((2, *shape), dtype=dtype)
        self._M, self._V = self._sums
        self._betas = np.empty((2, *shape), dtype=dtype)
        self._betas[0], self._betas[1] = beta1, beta2
        self._g_g2 = np.zeros((2, *shape), dtype=dtype)
        self.grad, self._g2 = self._g_g2
        self._tmp = np.empty(shape, dtype=dtype)
        # The step's two scalars as 0-d arrays of the dtype, rewritten each
        # step: as ufunc operands they cost less than Python floats.
        self._step_size = np.zeros((), dtype=dtype)
        self._eps_t = np.zeros((), dtype=dtype)
        self.t = 0

    def step(self, theta: Array, grad: Array) -> None:
        """theta -= lr * m_hat / (sqrt(v_hat) + eps), in place."""
        if grad is not self.grad:
            np.copyto(self.grad, grad)
        self.t += 1
        self._set_scalars()
        tmp = self._tmp
        np.square(self.grad, out=self._g2)
        np.multiply(self._sums, self._betas, out=self._sums)
        np.add(self._sums, self._g_g2, out=self._sums)
        np.sqrt(self._V, out=tmp)
        np.add(tmp, self._eps_t, out=tmp)
        np.divide(self._M, tmp, out=tmp)
        np.multiply(tmp, self._step_size, out=tmp)
        np.subtract(theta, tmp, out=theta)

    def _set_scalars(self) -> None:
        """With ``s = sqrt((1 - beta2) / (1 - beta2^t))``, sqrt(v_hat) = s sqrt(V), so

        lr m_hat / (sqrt(v_hat) + eps)
            = lr (1 - beta1) / ((1 - beta1^t) s) * M / (sqrt(V) + eps / s).
        """
        s = math.sqrt((1.0 - self.beta2) / (1.0 - self.beta2**self.t))
        bias1 = 1.0 - self.beta1**self.t
        self._step_size[()] = self.lr * (1.0 - self.beta1) / (bias1 * s)
        self._eps_t[()] = self.eps / s

    @property
    def m(self) -> Array:
        """The paper's first moment (a new array): ``(1 - beta1) M``."""
        m: Array = self._M * (1.0 - self.beta1)
        return m

    @property
    def v(self) -> Array:
        """The paper's second moment (a new array): ``(1 - beta2) V``."""
        v: Array = self._V * (1.0 - self.beta2)
        return v

    def exact_state(self) -> dict[str, Array]:
        """The decaying sums themselves, copied: reloading them is bit-exact."""
        return {"M": self._M.copy(), "V": self._V.copy(), "t": np.array(self.t)}

    def load_exact_state(self, state: Mapping[str, Array]) -> None:
        self._M[...] = state["M"]
        self._V[...] = state["V"]
        self.t = int(state["t"])

    def saved_form(self, exact: Mapping[str, Array]) -> dict[str, Array]:
        """The paper's moments ``m = (1 - beta1) M`` and ``v = (1 - beta2) V``."""
        return {
            "m": exact["M"] * (1.0 - self.beta1),
            "v": exact["V"] * (1.0 - self.beta2),
            "t": np.array(exact["t"]),
        }

    def exact_form(self, saved: Mapping[str, Array]) -> dict[str, Array]:
        return {
            "M": saved["m"] / (1.0 - self.beta1),
            "V": saved["v"] / (1.0 - self.beta2),
            "t": np.array(saved["t"]),
        }

    def state(self) -> dict[str, Array]:
        return self.saved_form(self.exact_state())

    def load_state(self, state: Mapping[str, Array]) -> None:
        self.load_exact_state(self.exact_form(state))


def make_optimizer(
    name: str,
    size: int | tuple[int, ...],
    lr: float,
    momentum: float = 0.9,
    dtype: npt.DTypeLike = np.float64,
) -> SGD | Adam:
    """Build the optimizer called ``name`` for a parameter vector of ``size``."""
    if name == "adam":
        return Adam(size, lr, dtype=dtype)
    if name == "sgd":
        return SGD(size, lr, momentum=momentum, dtype=dtype)
    raise ValueError(
        f"Unknown optimizer {name!r}; choose one of: {', '.join(OPTIMIZERS)}."
    )
