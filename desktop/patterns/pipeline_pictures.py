"""The network view's compact form: unit pictures inside the pipeline's boxes.

``PipelinePictures(model, pipeline)`` follows the run model as the Network tab
does (a new setup, the live run, the time scrubber) and hands each hidden
layer's box its ``STRIP_UNITS`` most relied-on units' pictures (most
relied-on first, ``core.patterns.unit_pictures.unit_status``), and the output
box the output's picture, through ``PipelineView.set_unit_pictures``; the
pipeline only paints them where its text leaves room.

The pictures are the Network tab's (``desktop.patterns.network_frame``: one
batched forward pass of the 48 × 48 grid over the decision boundary's
default axes, the same colour maps), computed on a pool thread from a copy
of the snapshot's parameters, one job at a time, at most ``RATE_HZ`` times a
second and only while the pipeline is visible; a result for a setup that has
since been replaced is dropped. The output box gets every output unit's
picture in the run's own terms (``desktop.patterns.output_look``): P(class 1),
one P(class c) per class, or a number's prediction in its units.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from core.engine.snapshot import RunSnapshot
from core.lesson.boundary import make_grid, normalized_split
from core.patterns.unit_pictures import PICTURE_SIZE
from desktop.lesson.boundary_view import default_axes
from desktop.patterns.network_frame import (
    FrameJob,
    NetworkFrame,
    build_network_frame,
    lookup_tables,
)
from desktop.patterns.output_look import output_look
from desktop.run.background_task import run_in_background
from desktop.run.live_throttle import LiveThrottle
from desktop.shell.run_model import RunModel
from desktop.views.pipeline_view import PipelineView

STRIP_UNITS = 12  # pictures offered to a hidden layer's box (it shows what fits)
RATE_HZ = 4  # the boxes are small: a few refreshes a second are plenty

Array = np.ndarray


@dataclass(frozen=True)
class Strip:
    """One box's pictures: which units, their values and their RGBA images."""

    units: Array  # unit indices, in the order drawn
    values: Array  # (len(units), ny, nx): what each unit outputs over the grid
    rgba: Array  # (len(units), ny, nx, 4) uint8, rows flipped (up is up)


def strips_of(frame: NetworkFrame, count: int = STRIP_UNITS) -> dict[str, Strip]:
    """Per stage key ("layer1", …, "output") the pictures its box gets."""
    layers = frame.computed.pictures.layers
    strips = {}
    for k, order in enumerate(frame.computed.status.order, start=1):
        units = np.asarray(order[:count])
        strips[f"layer{k}"] = Strip(
            units, layers[k - 1][units], frame.rgba[k - 1][units]
        )
    outputs = np.arange(len(layers[-1]))
    values = layers[-1] if frame.output_values is None else frame.output_values
    strips["output"] = Strip(outputs, values, frame.rgba[-1])
    return strips


def to_image(rgba: Array) -> QImage:
    h, w = rgba.shape[:2]
    data = np.ascontiguousarray(rgba)
    return QImage(data.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


class PipelinePictures(QObject):
    """Computes the boxes' pictures off the GUI thread and hands them over."""

    shown = Signal(object)  # the RunSnapshot whose pictures the boxes now have

    def __init__(self, model: RunModel, pipeline: PipelineView) -> None:
        super().__init__(pipeline)
        self.model, self.pipeline = model, pipeline
        self.description = self.split = self.grid = self.luts = self.look = None
        self.snapshot: RunSnapshot | None = None  # the newest to compute
        self.strips: dict[str, Strip] = {}  # what the boxes were handed
        self._generation = 0
        self._running = self._pending = False
        self.throttle = LiveThrottle(pipeline, self._start_job, RATE_HZ)
        model.description_changed.connect(self.set_description)
        model.snapshot_changed.connect(self._on_live)
        model.moment_changed.connect(self._on_moment)
        if model.description is not None:
            self.set_description(model.description)
            if model.snapshot is not None:
                self.show_snapshot(model.moment or model.snapshot)

    @Slot(object)
    def set_description(self, description) -> None:
        """A new setup: the grid over its default axes; the old pictures go."""
        self.description = description
        self.split = normalized_split(description.dataset, description.config)
        x, y = default_axes(description.dataset)
        self.grid = make_grid(self.split, x, y, PICTURE_SIZE)
        self.look = output_look(description, self.split)
        self.luts = lookup_tables(description.config.activation_spec(), self.look)
        self.snapshot, self.strips = None, {}
        self._generation += 1
        self.pipeline.clear_unit_pictures()

    @Slot(object)
    def _on_live(self, snapshot: RunSnapshot) -> None:
        if self.model.moment is None:  # a past moment stays until Back to live
            self.show_snapshot(snapshot)

    @Slot(object)
    def _on_moment(self, past: RunSnapshot | None) -> None:
        shown = past if past is not None else self.model.snapshot
        if shown is not None:
            self.show_snapshot(shown)

    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        """Compute ``snapshot``'s pictures (soon: throttled, and when visible)."""
        if self.grid is None or snapshot.layer_sizes[0] != self.grid.X.shape[1]:
            return
        self.snapshot = snapshot
        self.throttle.request()

    def _start_job(self) -> None:
        if self._running:
            self._pending = True
            return
        s = self.snapshot
        if s is None or self.grid is None:
            return
        self._running, self._pending = True, False
        job = FrameJob.of(
            s.theta, s.layer_sizes, self.description.config.activation_spec(),
            self.grid, self.split.X_train, 1, self.luts, self.look,
        )  # fmt: skip
        generation = self._generation
        run_in_background(
            lambda: strips_of(build_network_frame(job)),
            lambda strips: self._on_strips(strips, s, generation),
            self._on_failed,
        )

    def _on_strips(
        self, strips: dict[str, Strip], shown: RunSnapshot, generation: int
    ) -> None:
        if not shiboken6.isValid(self.pipeline):  # the window closed meanwhile
            return
        self._running = False
        if generation == self._generation:
            self.strips = strips
            for key, strip in strips.items():
                self.pipeline.set_unit_pictures(key, [to_image(p) for p in strip.rgba])
            self.shown.emit(shown)
        if self._pending or generation != self._generation:
            self._pending = False
            self.throttle.request()

    def _on_failed(self, _problem: Exception) -> None:
        """No pictures rather than wrong ones (the Network tab says why)."""
        if shiboken6.isValid(self.pipeline):
            self._running = False
            self.strips = {}
            self.pipeline.clear_unit_pictures()
