"""The backward pass: each layer's gradient for a mini-batch, and its size.

Top: dW of every layer as a heatmap (diverging, centred on zero), computed
with the readable backprop on the batch the next Step batch will train on;
once the run is over, on the batch it trained last, at the final weights.
Bottom left: the gradient's length per layer and the last update's size
relative to the weights. Bottom right: gradient length per layer over the
whole run, one point per kept moment (``core.inside.run_gradients``), log
scale, with a line at the moment shown, so students see the gradients
flowing back and shrinking as the loss falls.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.inside.frame import InsideFrame
from desktop.views import palette
from desktop.views.heatmap_panel import DIVERGING, HeatmapPanel, symmetric_levels

LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
LINE_COLOURS = (palette.BLUE, palette.VERMILLION, palette.GREEN, palette.PURPLE)


class BackwardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backward_view")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Gradients per layer"))
        self.summary = QLabel()
        self.summary.setObjectName("backward_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.graphics, 1)
        self.panels: list[HeatmapPanel] = []
        self.curves: list[pg.PlotDataItem] = []
        self._sizes: tuple[int, ...] = ()
        self.frame: InsideFrame | None = None

    def _build(self, frame: InsideFrame) -> None:
        self.graphics.clear()
        self.panels, self.curves = [], []
        self._sizes = frame.layer_sizes
        n = frame.n_layers
        for k in range(n):
            self.panels.append(HeatmapPanel(self.graphics.ci, 0, 2 * k, "", DIVERGING))
        self.norm_plot = self.graphics.addPlot(row=1, col=0, colspan=max(1, n))
        self.norm_bars = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=palette.ORANGE
        )
        self.norm_plot.addItem(self.norm_bars)
        self.norm_plot.setTitle(self.tr("‖gradient‖ per layer"), size="9pt")
        self.history = self.graphics.addPlot(row=1, col=n, colspan=max(1, n))
        self.history.setTitle(self.tr("‖gradient‖ over the run"), size="9pt")
        self.history.setLogMode(y=True)
        self.history.setLabel("bottom", self.tr("batch"))
        self.history.getAxis("bottom").enableAutoSIPrefix(False)
        self.history.getAxis("left").enableAutoSIPrefix(False)
        dotted = pg.mkPen(palette.INK, style=Qt.PenStyle.DotLine)
        self.moment_line = pg.InfiniteLine(angle=90, movable=False, pen=dotted)
        self.history.addItem(self.moment_line, ignoreBounds=True)
        # under the plot, in its own cell: inside it would sit on the curves
        legend = pg.LegendItem(labelTextSize="8pt", labelTextColor=palette.INK)
        legend.setColumnCount(max(1, n))
        self.graphics.addItem(legend, row=2, col=n, colspan=max(1, n))
        for k in range(n):
            pen = pg.mkPen(LINE_COLOURS[k % 4], width=2, style=LINE_STYLES[k % 4])
            name = self._name(k, n)
            curve = self.history.plot([], [], pen=pen)
            legend.addItem(curve, name)
            self.curves.append(curve)
        for plot in (self.norm_plot, self.history):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
        ticks = [(k + 1, self._name(k, n)) for k in range(n)]
        self.norm_plot.getAxis("bottom").setTicks([ticks])
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)

    def _name(self, k: int, n_layers: int) -> str:
        if k == n_layers - 1:
            return self.tr("output")
        return self.tr("layer {k}").format(k=k + 1)

    def show_frame(self, frame: InsideFrame) -> None:
        if frame.layer_sizes != self._sizes:
            self._build(frame)
        self.frame = frame
        self._show_history(frame)
        backward = frame.backward
        if backward is None:
            self.summary.setText(self.tr("No batch has been trained yet."))
            return
        n = frame.n_layers
        for k, grad in enumerate(backward.layers):
            self.panels[k].set_image(grad.dW, symmetric_levels(grad.dW))
            self.panels[k].set_title(
                self.tr("dW of {name}").format(name=self._name(k, n))
            )
        self.norm_bars.setOpts(x=np.arange(1, n + 1), height=backward.norms, width=0.6)
        self.summary.setText(self.summary_text(frame))

    def _show_history(self, frame: InsideFrame) -> None:
        """The whole run so far, batch 0 to the live batch, and the moment shown."""
        steps, norms = frame.grad_steps, frame.grad_norms
        for k, curve in enumerate(self.curves):
            positive = norms[:, k] > 0 if len(steps) else np.zeros(0, bool)
            curve.setData(steps[positive], norms[positive, k])
        last = max(frame.live_step, int(steps[-1]) if len(steps) else 0, 1)
        self.history.setXRange(0, last, padding=0.02)
        shown = norms[norms > 0] if len(steps) else np.zeros(0)
        low, high = (-3, 1) if not len(shown) else decades(shown)
        self.history.setYRange(low, high, padding=0)
        self.history.getAxis("left").setTicks(log_ticks(low, high))
        self.moment_line.setValue(frame.step)
        self.moment_line.setVisible(bool(len(steps)) and not frame.live)

    @staticmethod
    def is_last_batch(frame: InsideFrame) -> bool:
        """True when the gradient shown is the batch already trained (run over)."""
        b = frame.backward
        return (
            b is not None
            and frame.step > 0
            and (b.epoch, b.batch)
            == (
                frame.epoch,
                frame.batch,
            )
        )

    def summary_text(self, frame: InsideFrame) -> str:
        backward = frame.backward
        n = frame.n_layers
        norms = ", ".join(
            f"{self._name(k, n)} {v:.3g}" for k, v in enumerate(backward.norms)
        )
        if self.is_last_batch(frame):
            words = self.tr(
                "The run is over. Its last batch (epoch {e}, batch {b}) at the "
                "final weights: loss {loss:.4f}; ‖gradient‖: {norms}."
            )
        else:
            words = self.tr(
                "Next batch (epoch {e}, batch {b}): loss {loss:.4f}; "
                "‖gradient‖: {norms}."
            )
        text = words.format(
            e=backward.epoch, b=backward.batch, loss=backward.loss, norms=norms
        )
        if frame.update_ratios is not None:
            ratios = ", ".join(
                f"{self._name(k, n)} {r:.2g}" for k, r in enumerate(frame.update_ratios)
            )
            text += " " + self.tr("Last update ‖ΔW‖/‖W‖: {r}.").format(r=ratios)
        return text


def preview(frame: InsideFrame, class_names: tuple[str, str]) -> BackwardView:
    view = BackwardView()
    view.show_frame(frame)
    return view


def decades(values: np.ndarray) -> tuple[int, int]:
    """The whole powers of ten around ``values`` (log10 units), at least one apart."""
    low = int(np.floor(np.log10(values.min())))
    high = int(np.ceil(np.log10(values.max())))
    return low, max(high, low + 1)


def log_ticks(low: int, high: int) -> list[list[tuple[float, str]]]:
    """A log axis's ticks: a label at each power of ten, unlabelled 2× and 5× marks.

    pyqtgraph labels the in-between marks too, and over a decade or two they
    overlap into an unreadable column.
    """
    major = [(float(k), f"{10.0**k:g}") for k in range(low, high + 1)]
    minor = [
        (float(np.log10(m * 10.0**k)), "") for k in range(low, high) for m in (2, 5)
    ]
    return [major, minor]


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview)
