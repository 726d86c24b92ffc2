"""The "Network" tab: every unit drawn as a picture of its response, with the edges.

``NetworkView(model, controller)`` follows the run model: a new setup
(``description_changed``), the live run (``snapshot_changed``, redrawn at most
``MAX_RATE_HZ`` times a second and only while the tab is visible) and the
time scrubber (``moment_changed``: the pictures of a past moment). The
pictures, reliance and edges are computed off the GUI thread from a copy of
the snapshot's parameters (``desktop.patterns.network_frame``); one job runs
at a time and a result whose setup or axes have changed since is dropped, so
the newest state wins and the pool is never flooded.

Clicking an edge while paused edits that weight through the controller (the
worker changes the trainer's model and keeps the result as a moment of the
run); while training plays, or while a past moment is shown, the edit is
refused with a sentence that says what to do.

The output column follows the run's output kind
(``desktop.patterns.output_look``): one P(class 1) picture for yes/no; for
several classes one picture per class, P(class c), named on its right and
tinted in that class's colour, because each softmax unit is a node with its
own incoming edges (one merged picture would hide whose edges are whose);
for a number one picture of the predicted value in the target's units.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.engine.snapshot import RunSnapshot
from core.inside.neuron import neuron_arithmetic
from core.lesson.boundary import (
    BoundaryGrid,
    NormalizedSplit,
    make_grid,
    model_from_theta,
    normalized_split,
)
from core.patterns.network_edges import DEFAULT_K
from core.patterns.unit_pictures import PICTURE_SIZE
from desktop.lesson.boundary_plot import class_colour, class_symbol
from desktop.lesson.boundary_view import axis_name, default_axes
from desktop.patterns.network_canvas import NetworkCanvas
from desktop.patterns.network_frame import (
    FrameJob,
    NetworkFrame,
    build_network_frame,
    lookup_tables,
    never_negative,
)
from desktop.patterns.network_hover import HoverCard, arithmetic_html
from desktop.patterns.output_look import SYMBOL_TEXT, OutputLook, output_look
from desktop.run.background_task import run_in_background
from desktop.run.live_throttle import LiveThrottle
from desktop.run.training_controller import TrainingController
from desktop.shell.run_model import RunModel
from desktop.views.wrapped_label import WrappedLabel

MAX_RATE_HZ = 12  # a little over the goal of 10: the throttle starts late now and then
MAX_K = 20


class NetworkView(QWidget):
    """Inputs, every hidden unit's picture, the output's, and the strongest edges."""

    drawn = Signal(object)  # the RunSnapshot whose pictures are now on screen

    def __init__(
        self,
        model: RunModel,
        controller: TrainingController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("network_view")
        self.model, self.controller = model, controller
        self.description = None
        self.look: OutputLook | None = None
        self.split: NormalizedSplit | None = None
        self.grid: BoundaryGrid | None = None
        self.luts = None
        self.snapshot: RunSnapshot | None = None  # the newest to draw
        self.frame: NetworkFrame | None = None
        self.frame_snapshot: RunSnapshot | None = None  # what ``frame`` shows
        self._generation = 0  # bumped when a setup or axes change: old jobs drop
        self._running = False
        self._pending = False
        self._build()
        self.throttle = LiveThrottle(self, self._start_job, MAX_RATE_HZ)
        model.description_changed.connect(self.set_description)
        model.snapshot_changed.connect(self._on_live_snapshot)
        model.moment_changed.connect(self._on_moment)
        if model.description is not None:
            self.set_description(model.description)
            if model.snapshot is not None:
                self.show_snapshot(model.moment or model.snapshot)

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.k_box = QSpinBox()
        self.k_box.setObjectName("network_k")
        self.k_box.setRange(1, MAX_K)
        self.k_box.setValue(DEFAULT_K)
        self.k_box.setToolTip(self.tr("Each unit's strongest incoming edges by |w|"))
        self.k_box.valueChanged.connect(self._request)
        self.order_box = QCheckBox(self.tr("Most relied-on first"))
        self.order_box.setObjectName("network_order")
        self.order_box.setToolTip(self.tr(
            "Most relied-on first (top left of each layer): how far the output's "
            "logit moves when the unit varies as it does over the training rows"
        ))  # fmt: skip
        self.order_box.toggled.connect(self._on_order)
        self.row_box = QSpinBox()
        self.row_box.setObjectName("network_example")
        self.row_box.setToolTip(self.tr("The validation row the hover card computes"))
        self.x_box, self.y_box = QComboBox(), QComboBox()
        self.x_box.setObjectName("network_x_feature")
        self.y_box.setObjectName("network_y_feature")
        for box in (self.x_box, self.y_box):  # narrow on small screens, name on hover
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            box.currentTextChanged.connect(box.setToolTip)
            box.currentIndexChanged.connect(self._on_axes_chosen)
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Edges per unit:")), self.k_box,
                       self.order_box, QLabel(self.tr("Example row:")),
                       self.row_box):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        self.axes_row = QWidget()
        axes = QHBoxLayout(self.axes_row)
        axes.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Horizontal (→):")), self.x_box,
                       QLabel(self.tr("Vertical (↑):")), self.y_box):  # fmt: skip
            axes.addWidget(widget)
        axes.addStretch(1)
        self.note = WrappedLabel()
        self.note.setObjectName("network_note")
        self.note.setWordWrap(True)
        self.message = WrappedLabel(
            self.tr("Click an edge while paused to change its weight.")
        )
        self.message.setObjectName("network_message")
        self.canvas = NetworkCanvas()
        self.canvas.unit_hovered.connect(self._on_unit_hovered)
        self.canvas.edge_clicked.connect(self._on_edge_clicked)
        self.card = HoverCard(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.axes_row)
        layout.addWidget(self.note)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.message)

    # -- following the run --------------------------------------------------------

    @Slot(object)
    def set_description(self, description) -> None:
        """A new setup: its data, split, names and axes; old pictures are dropped."""
        self.description = description
        dataset, config = description.dataset, description.config
        self.split = normalized_split(dataset, config)
        self.look = look = output_look(description, self.split)
        self.luts = lookup_tables(config.activation_spec(), look)
        self.snapshot = self.frame = self.frame_snapshot = None
        self._generation += 1
        sizes = (dataset.n_features, *config.hidden_layers, look.units)
        names = ()
        if look.kind == "classes":
            names = tuple(
                (SYMBOL_TEXT.get(class_symbol(c), "●"), class_colour(c),
                 look.class_name(c))
                for c in range(look.units)
            )  # fmt: skip
        self.canvas.set_network(
            sizes, tuple(dataset.feature_names), self._titles(sizes), names,
            self._output_tips(),
        )  # fmt: skip
        self.order_box.setToolTip(self._reliance_words())
        self.row_box.setRange(0, max(0, len(self.split.y_val) - 1))
        names = [axis_name(dataset, j) for j in range(dataset.n_features)]
        for box in (self.x_box, self.y_box):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.blockSignals(False)
        x, y = default_axes(dataset)
        self.x_box.setCurrentIndex(x)
        self.y_box.setCurrentIndex(y)
        self.axes_row.setVisible(dataset.n_features > 2)
        self._set_note(config.hidden_activations())
        self.set_axes(x, y)

    def _titles(self, sizes: tuple[int, ...]) -> dict[str, str]:
        acts = self.description.config.hidden_activations()
        titles = {
            "inputs": self.tr("{n} inputs").format(n=sizes[0]),
            "output": self._output_title(),
        }
        for k, n in enumerate(sizes[1:-1], start=1):
            titles[f"layer{k}"] = self.tr("layer {k}: {n} {act}").format(
                k=k, n=n, act=acts[k - 1]
            )
        return titles

    def _output_title(self) -> str:
        look = self.look
        if look.kind == "classes":
            return self.tr("output: P(each class)")
        if look.kind == "number":
            return self.tr("output: predicted {target}").format(target=look.target_name)
        return self.tr("output: P(class 1)")

    def _output_tips(self) -> tuple[str, ...]:
        """Each output picture's tooltip: what its colours mean."""
        look = self.look
        if look.kind == "classes":
            return tuple(
                self.tr("P({name}) over the plane: white = 0, full colour = 1").format(
                    name=look.class_name(c)
                )
                for c in range(look.units)
            )
        if look.kind == "number":
            low, high = look.value_range
            return (self.tr(
                "Predicted {target} over the plane: dark blue = {low:.3g}, yellow "
                "= {high:.3g} (the training rows' range; beyond it, the end colours)"
            ).format(target=look.target_name, low=low, high=high),)  # fmt: skip
        return (self.tr("P(class 1) over the plane: blue = 0, white = 0.5, "
                        "vermillion = 1"),)  # fmt: skip

    def _reliance_words(self) -> str:
        """The ordering checkbox's tooltip: the reliance rule for this kind."""
        what = {
            "classes": self.tr(
                "the class logits move (each against their mean, summed over the "
                "classes)"
            ),
            "number": self.tr("the predicted number moves"),
        }.get(self.look.kind, self.tr("the output's logit moves"))
        return self.tr(
            "Most relied-on first (top left of each layer): how far {what} when "
            "the unit varies as it does over the training rows"
        ).format(what=what)

    def _set_note(self, activations: tuple[str, ...]) -> None:
        """The colours of the layers' activations (both maps when they mix)."""
        magnitude = self.tr("dark = 0, bright = the unit's largest value")
        signed = self.tr("blue < 0 < red, white = 0")
        kinds = {never_negative(name) for name in activations} or {True}
        if kinds == {True}:
            colours = magnitude
        elif kinds == {False}:
            colours = signed
        else:
            colours = self.tr(
                "{magnitude} where the layer's activation is never below 0, else "
                "{signed}"
            ).format(magnitude=magnitude, signed=signed)
        output = {
            "classes": self.tr(
                " Output: one picture per class, P(that class), from white (0) to "
                "the class's colour (1)."
            ),
            "number": self.tr(
                " Output: the predicted {target} in its own units, dark blue (low) "
                "to yellow (high); hover it for the range."
            ).format(target=self.look.target_name),
        }.get(self.look.kind, "")
        self.note.setText(self.tr(
            "Each picture: what the unit outputs over the plane of the two inputs "
            "marked → and ↑ ({colours}); the others at their median. Edges: red "
            "solid w > 0, blue dashed w < 0, thicker = larger |w|. A crossed-out "
            "unit is dead."
        ).format(colours=colours) + output)  # fmt: skip

    def set_axes(self, x_feature: int, y_feature: int) -> None:
        """Lay the pictures' grid over two features (the same one twice is refused)."""
        if (
            self.split is None
            or x_feature == y_feature
            or min(x_feature, y_feature) < 0
        ):
            return
        self.grid = make_grid(self.split, x_feature, y_feature, PICTURE_SIZE)
        self.canvas.set_axis_inputs(x_feature, y_feature)
        self._generation += 1
        self._request()

    @Slot()
    def _on_axes_chosen(self) -> None:
        self.set_axes(self.x_box.currentIndex(), self.y_box.currentIndex())

    @Slot(object)
    def _on_live_snapshot(self, snapshot: RunSnapshot) -> None:
        if self.model.moment is None:  # a past moment stays until Back to live
            self.show_snapshot(snapshot)

    @Slot(object)
    def _on_moment(self, past: RunSnapshot | None) -> None:
        shown = past if past is not None else self.model.snapshot
        if shown is not None:
            self.show_snapshot(shown)

    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        """Draw ``snapshot`` (soon: throttled, and when the tab is visible)."""
        if self.grid is None or snapshot.layer_sizes != self.canvas.layer_sizes:
            return
        self.snapshot = snapshot
        self._request()

    # -- computing off the GUI thread --------------------------------------------

    @Slot()
    def _request(self) -> None:
        if self.snapshot is not None:
            self.throttle.request()

    def _start_job(self) -> None:
        """Start one job for the newest snapshot; if one runs, start after it."""
        if self._running:
            self._pending = True
            return
        s = self.snapshot
        if s is None or self.grid is None:
            return
        self._running, self._pending = True, False
        job = FrameJob.of(
            s.theta, s.layer_sizes, self.description.config.activation_spec(),
            self.grid,
            self.split.X_train, self.k_box.value(), self.luts, self.look,
        )  # fmt: skip
        generation = self._generation
        run_in_background(
            lambda: build_network_frame(job),
            lambda frame: self._on_frame(frame, s, generation),
            self._on_failed,
        )

    def _on_frame(
        self, frame: NetworkFrame, shown: RunSnapshot, generation: int
    ) -> None:
        if not shiboken6.isValid(self.canvas):  # the view closed meanwhile
            return
        self._running = False
        if generation == self._generation:
            self.frame, self.frame_snapshot = frame, shown
            self.canvas.set_frame(frame)
            self._refresh_card()
            self.drawn.emit(shown)
        if self._pending or generation != self._generation:
            self._pending = False
            self.throttle.request()

    def _on_failed(self, problem: Exception) -> None:
        if not shiboken6.isValid(self.message):
            return
        self._running = False
        self.message.setText(self.tr("The pictures could not be computed: {p}").format(
            p=problem
        ))  # fmt: skip

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()

    # -- hover and edits --------------------------------------------------------------

    @Slot(bool)
    def _on_order(self, on: bool) -> None:
        self.canvas.set_order_by_reliance(on)

    @Slot(object)
    def _on_unit_hovered(self, unit: tuple[int, int] | None) -> None:
        if unit is None or self.frame is None:
            self.card.hide()
            return
        self._refresh_card()

    def _refresh_card(self) -> None:
        unit = self.canvas.hovered
        if unit is None or self.frame is None:
            return
        layer, j = unit
        self.card.show_unit(
            self.canvas.images[layer - 1][j], self.unit_html(layer, j),
            self.canvas.unit_rect(layer, j).toAlignedRect(),
        )  # fmt: skip

    def unit_html(self, layer: int, unit: int) -> str:
        """The hovered unit's arithmetic on the chosen validation row (rich text)."""
        frame, sizes = self.frame, self.canvas.layer_sizes
        config = self.description.config
        model = model_from_theta(
            frame.theta, sizes, config.activation_spec(), self.look.kind
        )
        row = min(self.row_box.value(), len(self.split.y_val) - 1)
        n = neuron_arithmetic(model, self.split.X_val[row], layer, unit)
        if layer == 1:
            names = list(self.canvas.names)
        else:
            names = [self.tr("unit {u} of layer {k}").format(u=i + 1, k=layer - 1)
                     for i in range(sizes[layer - 1])]  # fmt: skip
        low, high = frame.levels[layer - 1]
        low, high = (
            float(low[min(unit, len(low) - 1)]),
            float(high[min(unit, len(high) - 1)]),
        )
        extra = ""
        if layer == len(sizes) - 1:
            where, extra = self._output_words(unit, n.a)
        else:
            reliance = float(frame.computed.status.reliance[layer - 1][unit])
            where = self.tr("Layer {k}, unit {u} (reliance {r:.3g})").format(
                k=layer, u=unit + 1, r=reliance
            )
        picture = self.tr("Picture from {lo:.3g} to {hi:.3g}").format(lo=low, hi=high)
        example = self.tr("validation row {row}").format(row=row)
        return arithmetic_html(n, names, where, example, picture) + extra

    def _output_words(self, unit: int, a: float) -> tuple[str, str]:
        """The output unit's heading, and a line after its arithmetic (a number's
        value back in the target's units)."""
        look = self.look
        if look.kind == "classes":
            where = self.tr("Output unit {u}: P({name})")
            return where.format(u=unit + 1, name=look.class_name(unit)), ""
        if look.kind == "number" and look.scale is not None:
            value = float(look.scale.to_units(a))
            line = self.tr(
                "<br>a is in standard deviations of {target}: {a:+.4f} × {std:.4g} + "
                "{mean:.4g} = <b>{v:.4g}</b>"
            ).format(target=look.target_name, a=a, std=look.scale.std,
                     mean=look.scale.mean, v=value)  # fmt: skip
            return self.tr("Output unit: predicted {target}").format(
                target=look.target_name
            ), line
        return self.tr("Output unit: P(class 1)"), ""

    @Slot(object)
    def _on_edge_clicked(self, edge: tuple[int, int, int, float]) -> None:
        if not self.edit_allowed():
            return
        layer, source, target, weight = edge
        value, ok = QInputDialog.getDouble(
            self, self.tr("Change a weight"),
            self.tr("New weight (now {w:+.4f}):").format(w=weight),
            weight, -100.0, 100.0, 4,
        )  # fmt: skip
        if ok:
            self.request_weight(layer, source, target, value)

    def edit_allowed(self) -> bool:
        """True while paused and live; otherwise say what to do and return False."""
        if self.controller.playing:
            text = self.tr("Pause training to change a weight.")
        elif self.model.moment is not None:
            text = self.tr(
                "This is a past moment: press Back to live to change a weight."
            )
        else:
            self.message.setText(
                self.tr("Click an edge while paused to change its weight.")
            )
            return True
        self.message.setText(text)
        return False

    def request_weight(
        self, layer: int, source: int, target: int, value: float
    ) -> bool:
        """Send the edit through the controller (refused while playing, or past)."""
        if not self.edit_allowed() or not self.controller.set_weight(
            layer, source, target, value
        ):
            return False
        self.message.setText(self.tr(
            "Weight {s} → {t} of layer {k} set to {v:+.4f}; every picture and the "
            "decision boundary now use it."
        ).format(s=source + 1, t=target + 1, k=layer, v=value))  # fmt: skip
        return True


def _sample():
    """A trained default run, for ``python -m desktop.patterns.network_view``."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    model, controller = RunModel(), TrainingController()
    model.follow(controller)
    view = NetworkView(model, controller)
    view.resize(1024, 700)
    view.show()
    from core import TrainingConfig

    controller.configure(TrainingConfig())
    controller.run_finished.connect(lambda _s: None)
    controller.play()
    app.aboutToQuit.connect(controller.shutdown)
    app.exec()


if __name__ == "__main__":
    _sample()
