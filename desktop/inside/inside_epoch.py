"""Step inside an epoch: installs the views, Step sample and the time scrubber.

``install_inside_epoch(window)`` is the one call the main window makes. It
adds four tabs (activations, prediction trace, backward pass, weights), each
with a time scrubber under it, a Step sample button action, and wires them
to the training controller and the pipeline diagram. Only the tab on screen
is drawn, and the worker builds frames only while one of these tabs is on
screen, so training at full speed pays nothing for views nobody sees.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.inside.captions import walk_caption
from core.inside.frame import InsideFrame
from core.inside.sample_walk import WalkFrame
from desktop.inside.activation_heatmap_view import ActivationHeatmapView
from desktop.inside.backward_view import BackwardView
from desktop.inside.prediction_trace_view import PredictionTraceView
from desktop.inside.time_scrubber import TimeScrubber
from desktop.inside.weights_view import WeightsView
from desktop.window.window_menus import add_action

STEP_SAMPLE_SHORTCUT = "Ctrl+Right"


class InsideEpoch(QObject):
    """Owns the views inside an epoch and routes frames and walks to them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.heatmaps = ActivationHeatmapView()
        self.trace = PredictionTraceView()
        self.backward = BackwardView()
        self.weights = WeightsView()
        self.views = [self.heatmaps, self.trace, self.backward, self.weights]
        titles = [
            self.tr("Activations"),
            self.tr("Prediction trace"),
            self.tr("Backward pass"),
            self.tr("Weights"),
        ]
        self.pages: list[QWidget] = []
        self.scrubbers: list[TimeScrubber] = []
        for view, title in zip(self.views, titles, strict=True):
            self.pages.append(self._page(view))
            window.add_view_tab(self.pages[-1], title)
        self.frame: InsideFrame | None = None
        self._frame_number = 0
        self._drawn: dict[int, int] = {}  # page index -> number of the frame drawn
        self._wire()
        self._add_actions()

    def _page(self, view: QWidget) -> QWidget:
        page = QWidget()
        page.setObjectName(f"{view.objectName()}_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(view, 1)
        scrubber = TimeScrubber()
        scrubber.moment_chosen.connect(self.controller.show_moment)
        self.scrubbers.append(scrubber)
        column.addWidget(scrubber)
        return page

    def _wire(self) -> None:
        c, w = self.controller, self.window
        c.inspected.connect(self.show_frame)
        c.walked.connect(self.show_walk)
        c.configured.connect(self._on_configured)
        w.tabs.currentChanged.connect(self._on_tab)
        w.controls.step_sample_clicked.connect(c.step_sample)
        self.trace.example_chosen.connect(c.trace_example)
        self.heatmaps.example_clicked.connect(c.trace_example)
        self.heatmaps.unit_clicked.connect(self._on_unit_clicked)
        if w.description is not None:
            self._on_configured(w.description)

    def _add_actions(self) -> None:
        self.step_sample_action = self._action(
            self.window.menu("training"),
            self.tr("Step one sample stage"),
            STEP_SAMPLE_SHORTCUT,
            self.controller.step_sample,
            "step_sample_action",
        )
        self.live_action = self._action(
            self.window.menu("view"),
            self.tr("Back to the live run"),
            None,
            lambda: self.controller.show_moment(-1),
            "back_to_live_action",
        )

    def _action(self, menu, text: str, shortcut, slot, name: str) -> QAction:
        return add_action(self.window, menu, text, shortcut, slot, name)

    # -- showing ----------------------------------------------------------------

    def current_page(self) -> int:
        """Index of the visible page among ours, or -1 if none is on screen."""
        current = self.window.tabs.currentWidget()
        return self.pages.index(current) if current in self.pages else -1

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        page = self.current_page()
        self.controller.set_inspecting(page >= 0)
        self._draw(page)

    @Slot(object)
    def _on_configured(self, description) -> None:
        names = tuple(description.dataset.class_names)
        self.heatmaps.class_names = names
        self.trace.class_names = names
        self.trace.set_row_count(description.val_rows)
        self.batch_size = min(description.config.batch_size, description.train_rows)
        self.show_walk(None)
        self.controller.set_inspecting(self.current_page() >= 0)

    @Slot(object)
    def show_frame(self, frame: InsideFrame) -> None:
        """Keep the frame; draw only the page on screen (the others when shown)."""
        self.frame = frame
        self._frame_number += 1
        self._draw(self.current_page())

    def _draw(self, page: int) -> None:
        frame = self.frame
        if page < 0 or frame is None or self._drawn.get(page) == self._frame_number:
            return
        self._drawn[page] = self._frame_number
        self.views[page].show_frame(frame)
        self.scrubbers[page].show_frame(frame)

    @Slot(int, int)
    def _on_unit_clicked(self, layer: int, unit: int) -> None:
        """Show the unit's arithmetic (for the clicked example) in the trace tab."""
        self.trace.neuron.selected = (layer, unit)
        self.window.tabs.setCurrentWidget(self.pages[1])

    # -- Step sample --------------------------------------------------------------

    @Slot(object)
    def show_walk(self, frame: WalkFrame | None) -> None:
        pipeline = self.window.pipeline
        if frame is None:
            pipeline.set_active("")
            pipeline.set_walk_text("", "")
            pipeline.set_caption("")
            return
        pipeline.set_active(frame.pipeline_key)
        pipeline.set_walk_text(frame.pipeline_key, self.walk_numbers(frame))
        pipeline.set_caption(self.caption(frame))

    def caption(self, frame: WalkFrame) -> str:
        names = self.heatmaps.class_names
        text = walk_caption(
            frame.caption_key,
            n=len(frame.values),
            layer=frame.layer,
            p=frame.probability,
            label=names[frame.label],
            loss=frame.loss,
            error=frame.probability - frame.label,
            batch_size=getattr(self, "batch_size", 0),
        )
        head = self.tr("Step sample {i}/{n}, training row {row}:").format(
            i=frame.index + 1, n=frame.total, row=frame.example
        )
        if frame.last and not frame.matches_core:
            text += " " + self.tr("(The core trained on a different batch than shown.)")
        return f"{head} {text}"

    def walk_numbers(self, frame: WalkFrame) -> str:
        """The numbers at a stage, short enough for a box."""
        key = frame.key
        if key == "output":
            return f"p = {frame.probability:.3f}"
        if key == "loss":
            return self.tr("loss = {v:.3f}").format(v=frame.loss)
        if key == "update":
            return ""
        symbol = "δ" if key.startswith("grad") else ("x" if frame.layer == 0 else "a")
        return f"{symbol} = {_short_vector(frame.values)}"


def _short_vector(values: np.ndarray, shown: int = 4) -> str:
    head = ", ".join(f"{v:.3g}" for v in values[:shown])
    return f"[{head}{', …' if len(values) > shown else ''}]"


def install_inside_epoch(window) -> InsideEpoch:
    """Add the views inside an epoch to ``window`` (a ``MainWindow``).

    Needs from the window: ``controller`` (a ``TrainingController``),
    ``pipeline`` (a ``PipelineView``), ``controls`` (a ``ControlsPanel``),
    ``tabs``, ``description``, ``add_view_tab(widget, title)`` and
    ``menu(key)`` for "training" and "view".
    """
    existing = getattr(window, "inside_epoch", None)
    if existing is not None:  # installed once per window; later calls share it
        return existing
    inside = InsideEpoch(window)
    window.inside_epoch = inside
    return inside
