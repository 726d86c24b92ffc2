"""Step sample: one example of the next mini-batch, walked through one stage a press.

raw input → normalized → each hidden layer → output → loss → the error sent
back to each hidden layer (last first) → the batch's weight update. Every
stage before the last only shows numbers computed with the readable model;
the last calls ``trainer.step_batch()`` itself, so a walk ends with exactly
one parameter update and it is the core's own. The walk checks that the
batch it showed is the one the core trained (same loss) and says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP
from core.engine.training import Trainer
from core.inside.inspection import ExampleTrace, layer_keys, trace_example
from core.inside.layer_gradients import BackwardPass, batch_backward, relative_update
from core.inside.next_batch import BatchRows

Array = np.ndarray


@dataclass(frozen=True)
class WalkFrame:
    """What one press of Step sample shows."""

    index: int  # 0-based position in the walk
    total: int
    key: str  # "input", "normalize", "layer1", …, "output", "loss", "grad2", …
    pipeline_key: str  # which box of the diagram is active
    caption_key: str  # which caption of resources/captions/sample_walk.json
    layer: int  # 1-based layer for layer and gradient stages, else 0
    values: Array  # the numbers at this stage (a copy)
    example: int  # row of X_train being walked
    label: int
    probability: float
    loss: float  # this example's loss
    batch_loss: float
    epoch: int
    batch: int
    update_ratios: Array | None = None  # set on the last stage only
    matches_core: bool = True  # the core trained on the rows shown
    output: str = "binary"  # the run's target kind
    trace: ExampleTrace | None = None  # the walked example, every layer

    @property
    def last(self) -> bool:
        return self.index == self.total - 1


def walk_keys(n_layers: int) -> list[str]:
    """The stage keys for a network of ``n_layers`` dense layers."""
    hidden = range(1, n_layers)
    return [
        "input",
        "normalize",
        *layer_keys(n_layers),
        "loss",
        *(f"grad{k}" for k in reversed(hidden)),
        "update",
    ]


class SampleWalk:
    """A small state machine over ``walk_keys``; ``advance()`` shows the next stage."""

    def __init__(
        self, trainer: Trainer, rows: BatchRows, x_raw: Array, row: int = 0
    ) -> None:
        self.trainer = trainer
        self.rows = rows
        model = trainer.model
        self.keys = walk_keys(model.n_layers)
        self.example = int(rows.indices[row])
        self.trace: ExampleTrace = trace_example(
            model, rows.X[row], x_raw, rows.y[row], trainer.target.scale
        )
        self.backward: BackwardPass = batch_backward(model, rows, trainer.config.l2)
        self.deltas = _example_deltas(model, self.trace)
        self.loss = self.trace.loss
        self.position = -1
        self.steps_before = trainer.step_count

    @property
    def done(self) -> bool:
        return self.position >= len(self.keys) - 1

    def advance(self) -> WalkFrame:
        """Show the next stage; the last one makes the batch's update."""
        if self.done:
            raise RuntimeError("This walk is over; start a new one.")
        self.position += 1
        key = self.keys[self.position]
        if key == "update":
            return self._update_frame()
        return self._frame(key, self._values(key))

    def _values(self, key: str) -> Array:
        if key == "input":
            return self.trace.x_raw.copy()
        if key == "normalize":
            return self.trace.a[0].copy()
        if key == "output":
            return self.trace.a[-1].copy()
        if key == "loss":
            return np.array([self.loss])
        if key.startswith("grad"):
            return self.deltas[int(key[4:])].copy()
        return self.trace.a[int(key[5:])].copy()

    def _frame(
        self,
        key: str,
        values: Array,
        update_ratios: Array | None = None,
        matches_core: bool = True,
    ) -> WalkFrame:
        return WalkFrame(
            index=self.position,
            total=len(self.keys),
            key=key,
            pipeline_key=_pipeline_key(key, len(self.keys)),
            caption_key=_caption_key(key),
            layer=_layer_of(key, self.trainer.model.n_layers),
            values=values,
            example=self.example,
            label=self.trace.label,
            probability=self.trace.probability,
            loss=self.loss,
            batch_loss=self.backward.loss,
            epoch=self.rows.epoch,
            batch=self.rows.batch,
            update_ratios=update_ratios,
            matches_core=matches_core,
            output=self.trace.output,
            trace=self.trace,
        )

    def _update_frame(self) -> WalkFrame:
        trainer = self.trainer
        before = trainer.model.theta.copy()
        result = trainer.step_batch()
        after = trainer.model.theta.copy()
        ratios = relative_update(before, after, trainer.model.layer_sizes)
        matches = result is not None and math.isclose(
            result.loss, self.backward.loss, rel_tol=1e-9, abs_tol=1e-12
        )
        return self._frame(
            "update", after - before, update_ratios=ratios, matches_core=matches
        )


def _example_deltas(model: MLP, trace: ExampleTrace) -> dict[int, Array]:
    """The error of this one example at each hidden layer's units.

    At the output it is ``p - y`` (``p - one-hot(y)`` for several classes,
    ``2 (z - t)`` for a number: ``ExampleTrace.output_error``); each earlier
    layer gets the next layer's error sent back through ``W`` and scaled by
    the activation's slope.
    """
    delta = trace.output_error
    deltas: dict[int, Array] = {}
    for k in range(model.n_layers - 1, 0, -1):
        slope = model.activation_of_layer(k - 1).df(trace.z[k - 1])
        delta = (model.layers[k].W @ delta) * slope
        deltas[k] = delta
    return deltas


def _layer_of(key: str, n_layers: int) -> int:
    if key == "output":
        return n_layers
    for prefix in ("layer", "grad"):
        if key.startswith(prefix):
            return int(key[len(prefix) :])
    return 0


def _pipeline_key(key: str, total: int) -> str:
    if key == "loss":
        return "output"
    if key.startswith("grad"):
        return f"layer{key[4:]}"
    if key == "update":
        return ""
    return key


def _caption_key(key: str) -> str:
    for prefix, caption in (("layer", "hidden"), ("grad", "gradient")):
        if key.startswith(prefix):
            return caption
    return key
