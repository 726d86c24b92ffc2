"""Everything the "inside an epoch" views draw for one moment of a run, as copies.

The worker builds a frame on its own thread, from the live parameters or
from a moment kept by time travel, and hands it to the window; the views
draw it and never touch the trainer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.target_scale import TargetScale
from core.inside.inspection import (
    ExampleTrace,
    LayerMap,
    ProbeSet,
    activation_maps,
    model_at,
    trace_example,
)
from core.inside.layer_gradients import BackwardPass, batch_backward, relative_update
from core.inside.next_batch import BatchRows

Array = np.ndarray


@dataclass(frozen=True)
class InsideFrame:
    step: int
    epoch: int
    batch: int
    live: bool  # False when it shows a moment from the past
    layer_sizes: tuple[int, ...]
    activation: str | tuple[str, ...]  # one for all, or one per layer
    theta: Array
    change: Array | None  # theta minus the previous kept moment's theta
    change_steps: int  # how many batches that change spans (1 normally)
    maps: tuple[LayerMap, ...]
    probe_rows: Array  # validation row of each heatmap row
    probe_y: Array
    traced_row: int  # validation row of the traced example
    trace: ExampleTrace
    backward: BackwardPass | None  # of the batch that follows this moment
    update_ratios: Array | None
    grad_steps: Array  # when the gradient norms below were measured
    grad_norms: Array  # (samples, layers)
    kept_steps: Array  # the moments time travel keeps
    live_step: int  # how far the run itself has got
    feature_names: tuple[str, ...] = ()
    output: str = "binary"  # the run's target kind: "binary", "classes", "number"

    @property
    def n_layers(self) -> int:
        return len(self.layer_sizes) - 1


@dataclass(frozen=True)
class FrameInputs:
    """What the worker knows at a moment, gathered in one place."""

    step: int
    epoch: int
    batch: int
    live: bool
    theta: Array
    previous: tuple[int, Array] | None  # (step, theta) of the kept moment before
    layer_sizes: tuple[int, ...]
    activation: str | tuple[str, ...]
    probe: ProbeSet
    traced: tuple[int, Array, Array, float]  # val row, x, x_raw, label
    next_rows: BatchRows | None
    l2: float
    output: str = "binary"  # the run's target kind
    scale: TargetScale | None = None  # a number's standardization


def build_frame(
    inputs: FrameInputs,
    history: tuple[Array, Array],
    kept_steps: Array,
    live_step: int,
    feature_names: tuple[str, ...] = (),
) -> InsideFrame:
    """Compute the maps, the trace and the backward pass at ``inputs.theta``."""
    model = model_at(inputs.theta, inputs.layer_sizes, inputs.activation, inputs.output)
    row, x, x_raw, label = inputs.traced
    backward = None
    if inputs.next_rows is not None:
        backward = batch_backward(model, inputs.next_rows, inputs.l2)
    change, change_steps, ratios = None, 0, None
    if inputs.previous is not None:
        before_step, before = inputs.previous
        change = inputs.theta - before
        change_steps = inputs.step - before_step
        ratios = relative_update(before, inputs.theta, inputs.layer_sizes)
    return InsideFrame(
        step=inputs.step,
        epoch=inputs.epoch,
        batch=inputs.batch,
        live=inputs.live,
        layer_sizes=inputs.layer_sizes,
        activation=inputs.activation,
        theta=inputs.theta.copy(),
        change=change,
        change_steps=change_steps,
        maps=activation_maps(model, inputs.probe),
        probe_rows=inputs.probe.indices.copy(),
        probe_y=inputs.probe.y.copy(),
        traced_row=row,
        trace=trace_example(model, x, x_raw, label, inputs.scale),
        backward=backward,
        update_ratios=ratios,
        grad_steps=history[0].copy(),
        grad_norms=history[1].copy(),
        kept_steps=kept_steps,
        live_step=live_step,
        feature_names=feature_names,
        output=inputs.output,
    )


class GradientHistory:
    """Gradient norm per layer, sampled whenever a live frame is built."""

    def __init__(self, n_layers: int, limit: int = 4000) -> None:
        self._steps: list[int] = []
        self._norms: list[Array] = []
        self.n_layers = n_layers
        self.limit = limit

    def add(self, step: int, norms: Array) -> None:
        if self._steps and step <= self._steps[-1]:
            return
        self._steps.append(step)
        self._norms.append(np.asarray(norms, dtype=float))
        if len(self._steps) > self.limit:  # keep every other sample: even thinning
            self._steps, self._norms = self._steps[::2], self._norms[::2]

    def arrays(self) -> tuple[Array, Array]:
        if not self._steps:
            return np.zeros(0, dtype=int), np.zeros((0, self.n_layers))
        return np.array(self._steps), np.array(self._norms)
