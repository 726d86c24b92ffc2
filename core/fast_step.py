"""The mini-batch step the trainer runs, with every buffer allocated once.

On the seed's workload (1000 x 20, layers 64 and 32, batch 32) the arithmetic
of one step takes a few microseconds; what costs is the number of NumPy calls,
each about a microsecond of overhead. This module computes exactly what
``MLP.loss_and_grads`` computes, with fewer, larger calls:

* Examples are columns here (``z.T = [W; b].T @ [a, 1].T``), so every
  layer's activations are contiguous rows with a final row of ones below.
* Each layer's ``W`` and ``b`` are stored one after the other in ``theta``,
  so the stacked matrix ``[W; b]`` is a single view: the bias is added inside
  the matrix product, and one product ``[a, 1].T @ delta`` yields ``dW`` and
  ``db`` together.
* Every buffer is allocated once and written with ``out=``; the gradient
  lands in one flat vector laid out like ``theta``, so the optimizer updates
  the whole network in a handful of calls.

``tests/test_fast_step.py`` holds this equal to the readable backprop to
1e-12 in float64, so students can read ``core/model.py`` and trust that it is
what runs. Every NumPy operation here is an explicit ``np.`` call, which lets
``benchmarks/bench_core.py`` count them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import numpy as np

from core.model import MLP

Array = np.ndarray


def examples_as_columns(X: Array) -> Array:
    """``[X, 1].T``: one column per example, a row of ones last (the bias input)."""
    X = np.asarray(X)
    X1T = np.ones((X.shape[1] + 1, X.shape[0]), dtype=X.dtype)
    X1T[:-1] = X.T
    return X1T


def stacked_views(flat: Array, sizes: tuple[int, ...]) -> list[Array]:
    """Per layer, the (inputs + 1, outputs) view ``[W; b]`` into a flat vector."""
    views, offset = [], 0
    for n, m in pairwise(sizes):
        views.append(flat[offset : offset + (n + 1) * m].reshape(n + 1, m))
        offset += (n + 1) * m
    return views


class Targets(NamedTuple):
    """A batch's labels in the form the output error needs.

    ``flip`` is ``1 - 2 y`` (+1 for class 0, -1 for class 1) and
    ``flip_over_n`` is ``flip / n`` for a batch of ``n`` examples.
    """

    flip: Array
    flip_over_n: Array

    @classmethod
    def of(cls, y: Array, dtype: np.dtype | type = np.float64) -> Targets:
        flip = np.subtract(1.0, np.multiply(2.0, y)).astype(dtype)
        return cls(flip, flip / len(flip))

    def rows(self, start: int, stop: int) -> Targets:
        return Targets(self.flip[start:stop], self.flip_over_n[start:stop])


class BatchStepper:
    """Loss and flat gradient of one mini-batch, for a fixed model and batch cap."""

    def __init__(self, model: MLP, max_batch: int, l2: float = 0.0) -> None:
        self.model = model
        self.l2 = float(l2)
        self.max_batch = max_batch
        sizes = model.layer_sizes
        self.grad: Array = np.zeros_like(model.theta)
        self._Wb_T = [Wb.T for Wb in stacked_views(model.theta, sizes)]
        self._W = [Wb[:-1] for Wb in stacked_views(model.theta, sizes)]
        self._grad_Wb = stacked_views(self.grad, sizes)
        self._buffers = _Buffers(sizes[1:], max_batch, model.dtype)
        self._plans: dict[int, _Plan] = {}
        self._activate, self._slope = _KERNELS[model.activation.name]
        self._l2_mask = model.weight_mask() * self.l2
        self._l2_term = np.empty_like(model.theta)

    def loss_and_grad(self, X1T: Array, targets: Targets) -> float:
        """Return the batch loss and leave its gradient in ``self.grad``.

        ``X1T`` holds the batch's examples as columns (``examples_as_columns``);
        ``targets`` its labels (the trainer makes them once per epoch).
        """
        plan = self._plan(len(targets.flip))
        self._forward(X1T, plan)
        loss = self._output_error(targets, plan)
        self._backward(X1T, plan)
        if self.l2:
            # l2_mask holds l2 at weights and 0 at biases: penalty = l2/2 * sum(W^2)
            theta = self.model.theta
            np.multiply(theta, self._l2_mask, out=self._l2_term)
            loss += 0.5 * float(np.dot(self._l2_term, theta))
            np.add(self.grad, self._l2_term, out=self.grad)
        return loss

    def logits(self, X1T: Array) -> Array:
        """The output z of up to ``max_batch`` examples (a view, reused next call)."""
        plan = self._plan(X1T.shape[1])
        self._forward(X1T, plan)
        return plan.z[-1][0]

    def _plan(self, n: int) -> _Plan:
        plan = self._plans.get(n)
        if plan is None:
            if not 1 <= n <= self.max_batch:
                raise ValueError(
                    f"Batch of {n}; this stepper takes 1 to {self.max_batch}."
                )
            plan = self._plans[n] = _Plan(self._buffers, n)
        return plan

    def _forward(self, X1T: Array, plan: _Plan) -> None:
        inputs = [X1T, *plan.a1]
        for k, Wb_T in enumerate(self._Wb_T):
            np.dot(Wb_T, inputs[k], out=plan.z[k])
            if k < len(plan.a):
                self._activate(plan.z[k], plan.a[k], plan.slope[k], plan.zeros[k])

    def _output_error(self, targets: Targets, plan: _Plan) -> float:
        """Cross-entropy from logits, and ``delta = (sigmoid(z) - y) / n``.

        With ``f = 1 - 2 y`` (+1 for class 0, -1 for class 1) and ``u = f z``,
        one example's loss is ``softplus(u)`` and
        ``sigmoid(z) - y = f sigmoid(u) = f exp(u - softplus(u))``.
        As ``u - softplus(u) <= 0``, nothing overflows for any logit.
        """
        z, delta, u, softplus = plan.z[-1][0], plan.delta[-1][0], plan.u, plan.sp
        np.multiply(z, targets.flip, out=u)
        np.logaddexp(plan.zero, u, out=softplus)
        loss = float(np.dot(plan.ones, softplus)) / plan.n
        np.subtract(u, softplus, out=delta)
        np.exp(delta, out=delta)
        np.multiply(delta, targets.flip_over_n, out=delta)
        return loss

    def _backward(self, X1T: Array, plan: _Plan) -> None:
        inputs = [X1T, *plan.a1]
        for k in range(len(self._W) - 1, -1, -1):
            np.dot(inputs[k], plan.delta[k].T, out=self._grad_Wb[k])
            if k > 0:
                np.dot(self._W[k], plan.delta[k], out=plan.delta[k - 1])
                self._slope(plan.delta[k - 1], plan.slope[k - 1])


class _Buffers:
    """Work arrays for the largest batch (examples as columns); plans slice them."""

    def __init__(
        self, widths: tuple[int, ...], max_batch: int, dtype: np.dtype
    ) -> None:
        hidden = widths[:-1]
        self.z = [np.empty((m, max_batch), dtype) for m in widths]
        self.a1 = [np.ones((m + 1, max_batch), dtype) for m in hidden]
        self.delta = [np.empty((m, max_batch), dtype) for m in widths]
        self.slope = [np.empty((m, max_batch), dtype) for m in hidden]
        self.zeros = [np.zeros((m, max_batch), dtype) for m in hidden]
        self.u = np.empty(max_batch, dtype)
        self.sp = np.empty(max_batch, dtype)
        self.ones = np.ones(max_batch, dtype)
        self.zero = np.zeros((), dtype)


class _Plan:
    """The contiguous views one batch size needs, made once instead of every step."""

    def __init__(self, buffers: _Buffers, n: int) -> None:
        def first(arrays: list[Array]) -> list[Array]:
            """The first n columns of each buffer, as a contiguous (rows, n) view."""
            return [
                a.reshape(-1)[: a.shape[0] * n].reshape(a.shape[0], n) for a in arrays
            ]

        self.n = n
        self.z = first(buffers.z)
        self.a1 = first(buffers.a1)
        for a1 in self.a1:
            a1[-1] = 1.0
        self.a = [a1[:-1] for a1 in self.a1]
        self.delta = first(buffers.delta)
        self.slope = first(buffers.slope)
        self.zeros = first(buffers.zeros)
        self.u = buffers.u[:n]
        self.sp = buffers.sp[:n]
        self.ones = buffers.ones[:n]
        self.zero = buffers.zero


# Each activation as a pair of kernels:
#   activate(z, out, slope, zeros) writes a = f(z) into out and f'(z) into slope;
#   apply_slope(delta, slope) multiplies delta by f'(z) in place.
# Keeping the slope from the forward pass makes the backward pass one call.


def _relu(z: Array, out: Array, slope: Array, zeros: Array) -> None:
    np.maximum(z, zeros, out=out)
    np.greater(z, zeros, out=slope)


def _tanh(z: Array, out: Array, slope: Array, zeros: Array) -> None:
    np.tanh(z, out=out)
    np.multiply(out, out, out=slope)
    np.subtract(1.0, slope, out=slope)


def _sigmoid(z: Array, out: Array, slope: Array, zeros: Array) -> None:
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    np.multiply(out, 0.5, out=out)
    np.add(out, 0.5, out=out)
    np.subtract(1.0, out, out=slope)
    np.multiply(slope, out, out=slope)


def _linear(z: Array, out: Array, slope: Array, zeros: Array) -> None:
    np.copyto(out, z)


def _apply_slope(delta: Array, slope: Array) -> None:
    np.multiply(delta, slope, out=delta)


def _no_slope(delta: Array, slope: Array) -> None:
    """A linear layer's slope is 1: nothing to do."""


_KERNELS = {
    "relu": (_relu, _apply_slope),
    "tanh": (_tanh, _apply_slope),
    "sigmoid": (_sigmoid, _apply_slope),
    "linear": (_linear, _no_slope),
}
