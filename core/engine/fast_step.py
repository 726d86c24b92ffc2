"""The mini-batch step the trainer runs, with every buffer allocated once.

On the seed's workload (1000 x 20, layers 64 and 32, batch 32) the arithmetic
of one step takes a few microseconds; what costs is the number of NumPy calls,
each about a microsecond of overhead, and the Python around them. This module
computes exactly what ``MLP.loss_and_grads`` computes, with fewer, larger calls:

* Examples are columns here (``z.T = [W; b].T @ [a, 1].T``), so every
  layer's activations are contiguous rows with a final row of ones below.
* Each layer's ``W`` and ``b`` are stored one after the other in ``theta``
  (``model.ParameterLayout``), so the stacked matrix ``[W; b]`` is a single
  view: the bias is added inside the matrix product, and one product
  ``[a, 1].T @ delta`` yields ``dW`` and ``db`` together.
* Every buffer is allocated once per batch size and written with ``out=``;
  the gradient lands in one flat vector laid out like ``theta``, so the
  optimizer updates the whole network in a handful of calls.
* A hidden layer's product is written straight into its activation buffer
  and that layer's own activation's in-place kernels (``activations.Kernels``,
  from the activation table; each hidden layer may have its own) are applied
  there; ``f'(z)`` is kept from the
  forward pass, so the backward pass needs one multiply per layer.
* For each batch size a ``_Plan`` holds, per layer, a tuple of every view the
  loops touch, so a step builds no lists and looks nothing up.

* The output error and loss are the output kind's ``fast_error``
  (``core.engine.output_kinds``): sigmoid with cross-entropy, softmax with
  cross-entropy, or a linear unit with squared error.

``tests/test_fast_step.py`` holds this equal to the readable backprop to
1e-12 in float64, so students can read ``core/engine/model.py`` and trust that it is
what runs. Every NumPy operation in a step is an explicit ``np.`` call, which
lets ``benchmarks/bench_core.py`` count them.
"""

from __future__ import annotations

import numpy as np

from core.engine.model import MLP
from core.engine.output_kinds import Targets

Array = np.ndarray


def examples_as_columns(X: Array) -> Array:
    """``[X, 1].T``: one column per example, a row of ones last (the bias input)."""
    X = np.asarray(X)
    X1T = np.ones((X.shape[1] + 1, X.shape[0]), dtype=X.dtype)
    X1T[:-1] = X.T
    return X1T


class BatchStepper:
    """Loss and flat gradient of one mini-batch, for a fixed model and batch cap.

    ``grad``, if given, is the array the gradient is written to (an
    optimizer's own buffer, say, which then needs no copy); it must be shaped
    like ``model.theta``.
    """

    def __init__(
        self,
        model: MLP,
        max_batch: int,
        l2: float = 0.0,
        grad: Array | None = None,
        l1: float = 0.0,
    ) -> None:
        self.model = model
        self.l2 = float(l2)
        self.l1 = float(l1)
        self._l1_mask = model.weight_mask() * self.l1
        self.max_batch = max_batch
        self.grad: Array = _gradient_buffer(model, grad)
        self._plans: dict[int, _Plan] = {}
        self._l2_mask = model.weight_mask() * self.l2
        self._l2_term = np.empty_like(model.theta)
        self._output_error = model.output_kind.fast_error

    def loss_and_grad(self, X1T: Array, targets: Targets) -> float:
        """Return the batch loss and leave its gradient in ``self.grad``.

        ``X1T`` holds the batch's examples as columns (``examples_as_columns``);
        ``targets`` its labels (the trainer makes them once per epoch).
        """
        plan = self._plans.get(X1T.shape[1]) or self._new_plan(X1T.shape[1])
        self._forward(X1T, plan)
        loss = self._output_error(plan.z, targets, plan.output_delta, plan.scratch)
        self._backward(X1T, plan)
        if self.l2:
            loss += self._add_l2()
        if self.l1:
            loss += self._add_l1()
        return loss

    def logits(self, X1T: Array, out: Array | None = None) -> Array:
        """The output z of up to ``max_batch`` examples, written into ``out``.

        Without ``out``, z lands in a buffer that the next call reuses. Only
        the activations are computed, not the slopes a step would need.
        With one output unit z is (n,); with k units (classes) it is (k, n)
        and ``out``, if given, must be a contiguous (k, n) array.
        """
        plan = self._plans.get(X1T.shape[1]) or self._new_plan(X1T.shape[1])
        inputs = X1T
        for Wb_T, a, a1, _, zeros, activate, _ in plan.hidden:
            np.dot(Wb_T, inputs, out=a)
            activate(a, zeros)
            inputs = a1
        z = plan.z if out is None else out.reshape(plan.z.shape[0], -1)
        np.dot(plan.output_Wb_T, inputs, out=z)
        logits: Array = z[0] if z.shape[0] == 1 else z
        return logits

    def _new_plan(self, n: int) -> _Plan:
        if not 1 <= n <= self.max_batch:
            raise ValueError(f"Batch of {n}; this stepper takes 1 to {self.max_batch}.")
        plan = self._plans[n] = _Plan(self.model, self.grad, n)
        return plan

    def _forward(self, X1T: Array, plan: _Plan) -> None:
        """Each hidden layer: ``a = f([W; b].T @ [a_prev, 1])`` and keep ``f'(z)``."""
        inputs = X1T
        for Wb_T, a, a1, slope, zeros, activate, keep_slope in plan.hidden:
            np.dot(Wb_T, inputs, out=a)
            activate(a, zeros)
            keep_slope(a, slope, zeros)
            inputs = a1
        np.dot(plan.output_Wb_T, inputs, out=plan.z)

    def _backward(self, X1T: Array, plan: _Plan) -> None:
        """From the output down: ``[dW; db] = [a, 1].T @ delta``, then send delta back.

        The layer below's error is ``(W @ delta) * f'(z)``, ``f'(z)`` as kept by
        the forward pass; the first layer's gradient uses the batch itself.
        """
        for (
            a1,
            delta_T,
            grad_Wb,
            W,
            delta,
            delta_below,
            slope,
            apply_slope,
        ) in plan.backward:
            np.dot(a1, delta_T, out=grad_Wb)
            np.dot(W, delta, out=delta_below)
            apply_slope(delta_below, slope)
        np.dot(X1T, plan.first_delta_T, out=plan.first_grad_Wb)

    def _add_l2(self) -> float:
        """Add ``l2 * W`` to the gradient; return the penalty ``l2/2 * sum(W^2)``.

        ``_l2_mask`` holds l2 at weights and 0 at biases.
        """
        theta = self.model.theta
        np.multiply(theta, self._l2_mask, out=self._l2_term)
        np.add(self.grad, self._l2_term, out=self.grad)
        return 0.5 * float(np.dot(self._l2_term, theta))

    def _add_l1(self) -> float:
        """Add ``l1 * sign(W)`` to the gradient; return the penalty ``l1 * sum|W|``.

        ``sign(0) = 0``: a weight at exactly zero gets no push (a subgradient of
        ``|w|`` at 0). ``_l1_mask`` holds l1 at weights and 0 at biases.
        """
        term = np.sign(self.model.theta)
        np.multiply(term, self._l1_mask, out=term)
        np.add(self.grad, term, out=self.grad)
        return float(np.dot(np.abs(self.model.theta), self._l1_mask))


def _gradient_buffer(model: MLP, grad: Array | None) -> Array:
    """A new gradient vector, or ``grad`` if the per-layer views can write into it."""
    theta = model.theta
    if grad is None:
        return np.zeros_like(theta)
    if (
        grad.shape != theta.shape
        or grad.dtype != theta.dtype
        or not grad.flags.c_contiguous
        or not grad.flags.writeable
    ):
        raise ValueError(
            f"grad must be a writeable, contiguous {theta.dtype} array of shape "
            f"{theta.shape}, got {grad.dtype} {grad.shape}."
        )
    return grad


class _Plan:
    """The buffers and views one batch size needs, made once instead of every step.

    Examples are columns: ``a1[k]`` is hidden layer k's ``[a, 1].T``, whose
    product is written into the rows above the ones and activated there.
    Each batch size gets buffers of its own: the ones rows are written once,
    so no other plan may write over them.

    ``hidden`` holds, per hidden layer, ``(Wb_T, a, a1, slope, zeros,
    activate, keep_slope)``, the last two that layer's activation's kernels.
    ``backward`` holds, from the output layer down to layer 1, ``(a1 below,
    delta.T, grad [W; b], W, delta, delta below, slope below, apply_slope
    below)``.
    """

    def __init__(self, model: MLP, grad: Array, n: int) -> None:
        sizes, dtype = model.layer_sizes, model.dtype
        hidden = sizes[1:-1]
        Wb = model.parameter_layout.stacked(model.theta)
        grad_Wb = model.parameter_layout.stacked(grad)
        a1 = [np.ones((m + 1, n), dtype) for m in hidden]
        a = [view[:-1] for view in a1]
        slope = [np.empty((m, n), dtype) for m in hidden]
        zeros = [np.zeros((m, n), dtype) for m in hidden]
        delta = [np.empty((m, n), dtype) for m in sizes[1:]]
        kernels = [act.kernels for act in model.hidden_activations]
        self.n = n
        self.hidden = tuple(
            (Wb[k].T, a[k], a1[k], slope[k], zeros[k], kern.activate, kern.keep_slope)
            for k, kern in enumerate(kernels)
        )
        backward = []
        for k in range(len(Wb) - 1, 0, -1):
            gradient = (a1[k - 1], delta[k].T, grad_Wb[k])
            send_down = (Wb[k][:-1], delta[k], delta[k - 1], slope[k - 1])
            backward.append((*gradient, *send_down, kernels[k - 1].apply_slope))
        self.backward = tuple(backward)
        self.output_Wb_T = Wb[-1].T
        self.first_delta_T = delta[0].T
        self.first_grad_Wb = grad_Wb[0]
        self.z = np.empty((sizes[-1], n), dtype)
        self.output_delta = delta[-1]
        self.scratch = model.output_kind.scratch(sizes[-1], n, dtype)
