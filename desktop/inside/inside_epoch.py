"""Step inside an epoch: the views, Step sample and the time scrubber.

``InsideEpoch(model, controller, services, parts)`` adds four tabs
(activations, prediction trace, backward pass, weights), the time scrubber
under every view that shows this run's state (all tabs but Compare depths,
whose runs are its own), a Step sample button action, and wires them to the
training controller and the pipeline diagram. Only the tab on screen is drawn.
The worker builds frames while the scrubber is on screen (about 0.7 ms each for
the lesson's network, at most 10 a second while training runs) and never while
Compare depths is shown.

Scrubbing back shows the moment everywhere: the views inside the epoch draw
its frame, and the curves, Key insight and Decision boundary are given the
run cut back to that moment (``core.inside.moment_snapshot``) through the
run model's ``moment``, so their hover readouts read that moment's values;
"Back to live" gives them the live run. ``ACTIONS`` lists the commands (Step
one sample stage, Back to the live run) for the window's action table.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.inside.captions import walk_caption
from core.inside.frame import InsideFrame
from core.inside.moment_snapshot import snapshot_at
from core.inside.sample_walk import WalkFrame
from desktop.inside.activation_heatmap_view import ActivationHeatmapView
from desktop.inside.backward_view import BackwardView
from desktop.inside.prediction_trace_view import PredictionTraceView
from desktop.inside.time_scrubber import TimeScrubber
from desktop.inside.weights_view import WeightsView
from desktop.run.training_controller import TrainingController
from desktop.shell.actions import ActionSpec
from desktop.shell.language import current_language
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowParts, WindowServices
from desktop.views.text_format import number

STEP_SAMPLE_SHORTCUT = "Ctrl+Right"
# Views whose numbers are not this run's at any one moment: no scrubber under them
TIMELESS_VIEWS = ("comparison_view",)


class InsideEpoch(QObject):
    """Owns the views inside an epoch and routes frames and walks to them."""

    def __init__(
        self,
        model: RunModel,
        controller: TrainingController,
        services: WindowServices,
        parts: WindowParts,
    ) -> None:
        super().__init__(services.parent)
        self.model = model
        self.controller = controller
        self.services = services
        self.pipeline = parts.pipeline
        self.heatmaps = ActivationHeatmapView()
        self.trace = PredictionTraceView()
        self.backward = BackwardView()
        self.weights = WeightsView()
        self.views = [self.heatmaps, self.trace, self.backward, self.weights]
        titles = [
            (self.tr("Activations"), "activations"),
            (self.tr("Prediction trace"), "prediction-trace"),
            (self.tr("Backward pass"), "backward"),
            (self.tr("Weights"), "weights"),
        ]
        self.pages: list[QWidget] = []
        for view, (title, name) in zip(self.views, titles, strict=True):
            self.pages.append(self._page(view))
            services.add_view_tab(self.pages[-1], title, name)
        self.scrubber = TimeScrubber()
        self.scrubber.moment_chosen.connect(self.controller.show_moment)
        services.add_under_views(self.scrubber)
        self.frame: InsideFrame | None = None  # the model's latest, as drawn here
        self.showing_past = False
        self._frame_number = 0
        self._drawn: dict[int, int] = {}  # page index -> number of the frame drawn
        self._wire(parts)

    def _page(self, view: QWidget) -> QWidget:
        page = QWidget()
        page.setObjectName(f"{view.objectName()}_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(view, 1)
        return page

    def _wire(self, parts: WindowParts) -> None:
        c = self.controller
        self.model.frame_changed.connect(self.show_frame)
        self.model.description_changed.connect(self._on_configured)
        c.walked.connect(self.show_walk)
        self.services.tabs.currentChanged.connect(self._on_tab)
        parts.controls.step_sample_clicked.connect(c.step_sample)
        self.trace.example_chosen.connect(c.trace_example)
        self.heatmaps.example_clicked.connect(c.trace_example)
        self.heatmaps.unit_clicked.connect(self._on_unit_clicked)
        if self.model.description is not None:
            self._on_configured(self.model.description)

    def show_trace(self) -> None:
        """Bring the Prediction trace forward (a row was chosen elsewhere)."""
        self.services.show_view(self.pages[self.views.index(self.trace)])

    def back_to_live(self) -> None:
        self.controller.show_moment(-1)

    # -- showing ----------------------------------------------------------------

    def current_page(self) -> int:
        """Index of the visible page among ours, or -1 if none is on screen."""
        current = self.services.current_view()
        return self.pages.index(current) if current in self.pages else -1

    def scrubber_wanted(self) -> bool:
        """The scrubber belongs under every view of this run's state."""
        current = self.services.current_view()
        return current is not None and current.objectName() not in TIMELESS_VIEWS

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        wanted = self.scrubber_wanted()
        self.scrubber.setVisible(wanted)
        self.controller.set_inspecting(wanted)
        self._draw(self.current_page())

    @Slot(object)
    def _on_configured(self, description) -> None:
        data = description.dataset
        names = tuple(data.class_names)
        is_number = description.config.target_kind == "number"
        self.heatmaps.class_names = names
        self.heatmaps.target_name = data.target_name if is_number else ""
        self.heatmaps.val_targets = (
            np.asarray(data.y[description.val_index], dtype=float)
            if is_number and description.val_index is not None
            else None
        )
        self.trace.set_classes(names, data.target_name)
        self.trace.set_row_count(description.val_rows)
        self.batch_size = min(description.config.batch_size, description.train_rows)
        self.show_walk(None)
        self.showing_past = False
        self.controller.set_inspecting(self.scrubber_wanted())

    @Slot(object)
    def show_frame(self, frame: InsideFrame) -> None:
        """Draw the model's new frame on the page on screen (the others when shown)."""
        self.frame = frame
        self._frame_number += 1
        self.scrubber.show_frame(frame)
        self._draw(self.current_page())
        self._show_moment_elsewhere(frame)

    def _show_moment_elsewhere(self, frame: InsideFrame) -> None:
        """The curves, Key insight and Decision boundary at the frame's moment."""
        live = self.model.snapshot
        if live is None or (frame.live and not self.showing_past):
            return
        self.showing_past = not frame.live
        past = None if frame.live else snapshot_at(live, frame.step, frame.theta)
        self.model.set_moment(past)  # the views that show the run follow it

    def _draw(self, page: int) -> None:
        frame = self.frame
        if page < 0 or frame is None or self._drawn.get(page) == self._frame_number:
            return
        self._drawn[page] = self._frame_number
        self.views[page].show_frame(frame)

    @Slot(int, int)
    def _on_unit_clicked(self, layer: int, unit: int) -> None:
        """Show the unit's arithmetic (for the clicked example) in the trace tab."""
        self.trace.neuron.selected = (layer, unit)
        self.services.show_view(self.pages[1])

    # -- Step sample --------------------------------------------------------------

    @Slot(object)
    def show_walk(self, frame: WalkFrame | None) -> None:
        pipeline = self.pipeline
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
        head = self.tr("Step sample {i}/{n}, training row {row}:").format(
            i=frame.index + 1, n=frame.total, row=frame.example
        )
        text = self._kind_caption(frame) or self._walk_caption(frame, names)
        if frame.last and not frame.matches_core:
            text += " " + self.tr("(The core trained on a different batch than shown.)")
        return f"{head} {text}"

    def _walk_caption(self, frame: WalkFrame, names: tuple[str, ...]) -> str:
        return walk_caption(
            frame.caption_key,
            language=current_language(),
            n=len(frame.values),
            layer=frame.layer,
            p=frame.probability,
            label=names[frame.label],
            loss=frame.loss,
            error=frame.probability - frame.label,
            batch_size=getattr(self, "batch_size", 0),
        )

    def _kind_caption(self, frame: WalkFrame) -> str:
        """The output and loss stages of a classes or number run ("" otherwise:
        the yes/no captions of resources/captions apply)."""
        t = frame.trace
        if t is None or t.output == "binary" or frame.key not in ("output", "loss"):
            return ""
        if t.output == "number":
            if frame.key == "output":
                return self.tr(
                    "The output unit adds up the last layer's features into one "
                    "number, the prediction: {value} (the target is {target})."
                ).format(value=number(t.value), target=number(t.target))
            return self.tr(
                "The loss is the squared error in standard deviations of the "
                "target: ({z} − {y})² = {loss}."
            ).format(z=number(t.a[-1][0]), y=number(t.trained_target),
                     loss=number(t.loss))  # fmt: skip
        names = self.heatmaps.class_names
        if frame.key == "output":
            return self.tr(
                "The {k} output units' sums go through softmax into {k} "
                "probabilities that add up to 1; the largest, {p}, is for {name}."
            ).format(k=len(t.a[-1]), p=number(t.probability, ".3f"),
                     name=_name(names, t.predicted))  # fmt: skip
        return self.tr(
            "The loss is −log of the probability given to the true class {name}: "
            "−log {p} = {loss}."
        ).format(name=_name(names, t.label),
                 p=number(float(t.class_probabilities[t.label]), ".3f"),
                 loss=number(t.loss, ".3f"))  # fmt: skip

    def walk_numbers(self, frame: WalkFrame) -> str:
        """The numbers at a stage, short enough for a box."""
        key = frame.key
        if key == "output" and frame.output == "number" and frame.trace is not None:
            return f"ŷ = {number(frame.trace.value)}"
        if key == "output" and frame.output == "classes":
            return f"p = {_short_vector(frame.values)}"
        if key == "output":
            return f"p = {frame.probability:.3f}"
        if key == "loss":
            return self.tr("loss = {v:.3f}").format(v=frame.loss)
        if key == "update":
            return ""
        symbol = "δ" if key.startswith("grad") else ("x" if frame.layer == 0 else "a")
        return f"{symbol} = {_short_vector(frame.values)}"


def _name(names: tuple[str, ...], c: int) -> str:
    return names[c] if 0 <= c < len(names) else str(c)


def _short_vector(values: np.ndarray, shown: int = 4) -> str:
    head = ", ".join(number(v, ".3g") for v in values[:shown])  # never "-0"
    return f"[{head}{', …' if len(values) > shown else ''}]"


ACTIONS: tuple[ActionSpec[InsideEpoch], ...] = (
    ActionSpec("training", "step_sample_action", "Step one sample stage",
               STEP_SAMPLE_SHORTCUT, lambda inside: inside.controller.step_sample()),
    ActionSpec("view", "back_to_live_action", "Back to the live run", None,
               InsideEpoch.back_to_live, group=1),
)  # fmt: skip
