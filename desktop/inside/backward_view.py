"""The backward pass: each layer's gradient for the next mini-batch, and its size.

Top: dW of every layer as a heatmap (diverging, centred on zero), computed
with the readable backprop on the batch the next Step batch will train on.
Bottom left: the gradient's length per layer and the last update's size
relative to the weights. Bottom right: gradient length per layer over the
run (sampled whenever the view refreshes, log scale), so students see the
gradients flowing back and shrinking as the loss falls.
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
        self.history.addLegend(offset=(-5, 5), labelTextSize="8pt")
        for k in range(n):
            pen = pg.mkPen(LINE_COLOURS[k % 4], width=2, style=LINE_STYLES[k % 4])
            name = self._name(k, n)
            curve = self.history.plot(
                [], [], pen=pen, name=name, symbol="o", symbolSize=4,
                symbolBrush=LINE_COLOURS[k % 4], symbolPen=None,
            )  # fmt: skip
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
        n = frame.n_layers
        backward = frame.backward
        if backward is None:
            self.summary.setText(self.tr("The run is over: there is no next batch."))
            return
        for k, grad in enumerate(backward.layers):
            self.panels[k].set_image(grad.dW, symmetric_levels(grad.dW))
            self.panels[k].set_title(
                self.tr("dW of {name}").format(name=self._name(k, n))
            )
        self.norm_bars.setOpts(x=np.arange(1, n + 1), height=backward.norms, width=0.6)
        for k, curve in enumerate(self.curves):
            if len(frame.grad_steps):
                curve.setData(frame.grad_steps, frame.grad_norms[:, k])
        self.summary.setText(self.summary_text(frame))

    def summary_text(self, frame: InsideFrame) -> str:
        backward = frame.backward
        n = frame.n_layers
        norms = ", ".join(
            f"{self._name(k, n)} {v:.3g}" for k, v in enumerate(backward.norms)
        )
        text = self.tr(
            "Next batch (epoch {e}, batch {b}): loss {loss:.4f}; ‖gradient‖: {norms}."
        ).format(e=backward.epoch, b=backward.batch, loss=backward.loss, norms=norms)
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


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview)
