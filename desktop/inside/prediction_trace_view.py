"""The prediction trace: one example's values at every layer, step after step.

The seed's four layers — Input, First Hidden Layer (ReLU), Second Hidden
Layer (ReLU), Output Layer (Sigmoid) — as bar charts side by side (titled
with the run's own activations, from ``core.engine.activations``), with the
output probability, the predicted and the true label. With several classes
the output is one bar per class (its probability; the k add up to 1), the
true class's bar outlined; a number run's output is the predicted value in
the target's units with the true value as a dashed line. The same example is
traced after every step, so "the network changed its mind" shows as the
verdict flipping. Click a bar to see that unit's arithmetic beside it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import desktop.views.training_plot  # noqa: F401  (white background, row-major images)
from core.inside.frame import InsideFrame
from core.inside.inspection import model_at
from desktop.inside.neuron_view import NeuronView
from desktop.views import palette
from desktop.views.text_format import number


class PredictionTraceView(QWidget):
    example_chosen = Signal(int)  # validation row to trace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prediction_trace_view")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Prediction trace"))
        self.neuron = NeuronView()
        self.verdict = QLabel()
        self.verdict.setObjectName("trace_verdict")
        self.verdict.setWordWrap(True)
        self.row_input = QSpinBox()
        self.row_input.setObjectName("trace_row_input")
        self.row_input.setPrefix(self.tr("validation row "))
        self.row_input.setKeyboardTracking(False)
        self.row_input.valueChanged.connect(self.example_chosen)
        previous = QPushButton(self.tr("◀ Previous"))
        following = QPushButton(self.tr("Next ▶"))
        previous.setObjectName("trace_previous")
        following.setObjectName("trace_next")
        previous.clicked.connect(lambda: self.row_input.stepBy(-1))
        following.clicked.connect(lambda: self.row_input.stepBy(1))
        bar = QHBoxLayout()
        for widget in (previous, self.row_input, following):
            bar.addWidget(widget)
        bar.addWidget(self.verdict, 1)
        split = QSplitter()
        split.addWidget(self.graphics)
        split.addWidget(self.neuron)
        split.setSizes([680, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.plots: list[pg.PlotItem] = []
        self.bars: list[pg.BarGraphItem] = []
        self._sizes: tuple[tuple[int, ...], str, str] | None = None
        self.frame: InsideFrame | None = None
        self.class_names: tuple[str, ...] = ("0", "1")
        self.target_name = "y"  # a number run's target
        self.target_line: pg.InfiniteLine | None = None
        self.graphics.scene().sigMouseClicked.connect(self._click)

    def set_classes(self, class_names: tuple[str, ...], target_name: str) -> None:
        """A new run's class names (or a number's target): rebuilt at the next frame."""
        self.class_names, self.target_name = tuple(class_names), target_name
        self._sizes = None

    def _titles(self, frame: InsideFrame) -> list[str]:
        """Plot titles; each layer names the activation its model really applies."""
        model = model_at(frame.theta, frame.layer_sizes, frame.activation, frame.output)
        hidden = [self.tr("First Hidden Layer"), self.tr("Second Hidden Layer")]
        titles = [self.tr("Input (normalized)")]
        for k in range(1, frame.n_layers + 1):
            if k == frame.n_layers:
                name = self.tr("Output Layer")
            elif k <= len(hidden):
                name = hidden[k - 1]
            else:
                name = self.tr("Hidden Layer {k}").format(k=k)
            titles.append(f"{name} ({model.activation_of_layer(k - 1).title})")
        return titles

    def _build(self, frame: InsideFrame) -> None:
        self.graphics.clear()
        self.plots, self.bars = [], []
        self._sizes = (frame.layer_sizes, frame.activation, frame.output)
        for k, title in enumerate(self._titles(frame)):
            plot = self.graphics.addPlot(row=k // 2, col=k % 2, title=title)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            plot.setLabel("bottom", self.tr("unit") if k else self.tr("feature"))
            colour = palette.GREEN if k == frame.n_layers else palette.BLUE
            bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=colour, pen=None)
            plot.addItem(bars)
            self.plots.append(plot)
            self.bars.append(bars)
        self._build_output(frame.output, self.plots[-1])

    def _build_output(self, output: str, out: pg.PlotItem) -> None:
        """The output plot's axis and guide line for the run's kind."""
        dashed = pg.mkPen(palette.MUTED, style=Qt.PenStyle.DashLine)
        self.target_line = None
        if output == "number":
            self.target_line = pg.InfiniteLine(0.0, angle=0, pen=dashed)
            out.addItem(self.target_line)
            out.getAxis("bottom").setStyle(showValues=False)
            out.getAxis("left").enableAutoSIPrefix(False)
            out.setLabel(
                "bottom",
                self.tr("predicted {target} (dashed: the true value)").format(
                    target=self.target_name
                ),
            )
            return
        out.setYRange(0, 1, padding=0.02)
        if output == "classes":
            ticks = [(c + 1, name) for c, name in enumerate(self.class_names)]
            out.getAxis("bottom").setTicks([ticks, []])
            out.setLabel(
                "bottom", self.tr("each class's probability (outlined: the true class)")
            )
            return
        out.getAxis("bottom").setStyle(showValues=False)
        out.setLabel("bottom", self.tr("p, the probability of class 1 (dashed: 0.5)"))
        out.addItem(pg.InfiniteLine(0.5, angle=0, pen=dashed))

    def show_frame(self, frame: InsideFrame) -> None:
        if (frame.layer_sizes, frame.activation, frame.output) != self._sizes:
            self._build(frame)
        self.frame = frame
        self.row_input.blockSignals(True)
        self.row_input.setMaximum(max(frame.traced_row, self.row_input.maximum()))
        self.row_input.setValue(frame.traced_row)
        self.row_input.blockSignals(False)
        for k, values in enumerate(frame.trace.a[:-1]):
            x = np.arange(1, len(values) + 1)
            self.bars[k].setOpts(x=x, height=values, width=0.8)
            self.plots[k].setXRange(0.4, len(values) + 0.6, padding=0)
        self._show_output(frame)
        self.verdict.setText(self.verdict_text(frame))
        self.neuron.refresh(frame)

    def _show_output(self, frame: InsideFrame) -> None:
        t, bars, plot = frame.trace, self.bars[-1], self.plots[-1]
        values = np.array(t.a[-1], dtype=float)
        pens = None
        if t.output == "number":
            values = np.array([t.value])
            self.target_line.setValue(t.target)
            low = min(0.0, t.value, t.target)
            high = max(0.0, t.value, t.target)
            plot.setYRange(low, high if high > low else low + 1, padding=0.1)
        elif t.output == "classes":
            pens = [pg.mkPen(palette.INK, width=3) if c == t.label else None
                    for c in range(len(values))]  # fmt: skip
        bars.setOpts(x=np.arange(1, len(values) + 1), height=values, width=0.8,
                     pens=pens)  # fmt: skip
        plot.setXRange(0.4, len(values) + 0.6, padding=0)

    def shown_output(self) -> np.ndarray:
        """The output bars' heights as drawn (tests read what a student sees)."""
        return np.array(self.bars[-1].opts["height"], dtype=float)

    def set_row_count(self, rows: int) -> None:
        self.row_input.setRange(0, max(0, rows - 1))

    def verdict_text(self, frame: InsideFrame) -> str:
        t = frame.trace
        if t.output == "number":
            return self.tr(
                "Epoch {e}, batch {b}: predicted {target} = {value}; true {target} "
                "= {true} (off by {off})"
            ).format(
                e=frame.epoch, b=frame.batch, target=self.target_name,
                value=number(t.value), true=number(t.target),
                off=number(abs(t.value - t.target)),
            )  # fmt: skip
        mark = "✓ " + self.tr("right") if t.correct else "✗ " + self.tr("wrong")
        if t.output == "classes":
            return self.tr(
                "Epoch {e}, batch {b}: predicted {pred} (p = {p:.3f}); true {true} "
                "(p = {p_true:.3f}) ({mark})"
            ).format(
                e=frame.epoch, b=frame.batch, pred=self._name(t.predicted),
                p=t.probability, true=self._name(t.label),
                p_true=float(t.class_probabilities[t.label]), mark=mark,
            )  # fmt: skip
        return self.tr(
            "Epoch {e}, batch {b}: p = {p:.3f} → predicted {pred}; true {true} ({mark})"
        ).format(
            e=frame.epoch,
            b=frame.batch,
            p=t.probability,
            pred=self._name(t.predicted),
            true=self._name(t.label),
            mark=mark,
        )

    def _name(self, c: int) -> str:
        names = self.class_names
        return names[c] if 0 <= c < len(names) else str(c)

    def bar_at(self, scene_position) -> tuple[int, int] | None:
        """(layer, unit) of the bar under a scene position; layer 0 is the input."""
        for k, plot in enumerate(self.plots):
            if not plot.vb.sceneBoundingRect().contains(scene_position):
                continue
            x = plot.vb.mapSceneToView(scene_position).x()
            unit = round(x) - 1
            if self.frame is not None and 0 <= unit < len(self.frame.trace.a[k]):
                return k, unit
        return None

    def _click(self, event) -> None:
        hit = self.bar_at(event.scenePos())
        if hit is not None and hit[0] >= 1 and self.frame is not None:
            self.neuron.show_unit(self.frame, *hit)


def preview(frame: InsideFrame, class_names: tuple[str, ...]) -> PredictionTraceView:
    view = PredictionTraceView()
    view.class_names = class_names
    view.set_row_count(200)
    view.show_frame(frame)
    view.neuron.show_unit(frame, 2, 3)
    return view


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview)
