"""Each layer's gradient on the coming mini-batch, and how big its last update was.

This is not backpropagation itself (that is ``MLP.backward``): it runs the
readable ``MLP.loss_and_grads`` on the batch the trainer trains on next
(``core.inside.next_batch``) and keeps, per layer, the gradient the next Step
batch applies, for the inside-an-epoch views. The relative update size
``‖ΔW‖ / ‖W‖`` per layer is the classic health check: around 1e-3 is a
typical healthy step; far larger means the steps overshoot, far smaller that
a layer barely moves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP, LayerGradient
from core.engine.snapshot import layer_params
from core.inside.next_batch import BatchRows

Array = np.ndarray


@dataclass(frozen=True)
class BackwardPass:
    """The gradient of one batch, layer by layer, at one moment of the run."""

    epoch: int
    batch: int
    loss: float
    layers: tuple[LayerGradient, ...]

    @property
    def norms(self) -> Array:
        return np.array([g.norm for g in self.layers])


def batch_backward(model: MLP, rows: BatchRows, l2: float = 0.0) -> BackwardPass:
    """Loss and per-layer gradient of ``rows`` at the model's current parameters."""
    result = model.loss_and_grads(rows.X, rows.y, l2)
    # fresh arrays, views of nothing the model keeps: no copies needed
    return BackwardPass(rows.epoch, rows.batch, result.loss, tuple(result.grads))


def relative_update(
    theta_before: Array, theta_after: Array, layer_sizes: tuple[int, ...]
) -> Array:
    """Per layer ``‖Δ(W, b)‖ / ‖(W, b)‖`` of the step from ``before`` to ``after``."""
    before = layer_params(theta_before, layer_sizes)
    after = layer_params(theta_after, layer_sizes)
    ratios = []
    for (W0, b0), (W1, b1) in zip(before, after, strict=True):
        change = np.sqrt(np.sum((W1 - W0) ** 2) + np.sum((b1 - b0) ** 2))
        size = np.sqrt(np.sum(W0 * W0) + np.sum(b0 * b0))
        ratios.append(change / size if size > 0 else float("inf"))
    return np.array(ratios)
