"""Weights: every layer's W as a heatmap, the change since the previous step, and b.

Rows of a W map are the layer's inputs, columns its units, as in
``z = a · W + b``. Signed values use a diverging map centred on zero (blue
negative, red positive) whose range only grows during a run, so a colour
keeps meaning one number. The change map has its own, finer scale: one
batch moves a weight by about a thousandth of its size. Biases (the output
bias included) are bars; hover any cell or bar for its exact value.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.engine.snapshot import layer_params
from core.inside.frame import InsideFrame
from desktop.views import palette
from desktop.views.heatmap_panel import DIVERGING, HeatmapPanel, symmetric_levels
from desktop.views.text_format import count


class WeightsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights_view")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Weights, their change and biases"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.readout = QLabel(self.tr("Hover a cell to read its value."))
        self.readout.setObjectName("weights_readout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.weights: list[HeatmapPanel] = []
        self.changes: list[HeatmapPanel] = []
        self.bias_bars: list[pg.BarGraphItem] = []
        self.bias_plots: list[pg.PlotItem] = []
        self._limits: list[float] = []
        self._sizes: tuple[int, ...] = ()
        self.frame: InsideFrame | None = None
        scene = self.graphics.scene()
        self._hover = pg.SignalProxy(scene.sigMouseMoved, rateLimit=30, slot=self._move)

    def _build(self, frame: InsideFrame) -> None:
        self.graphics.clear()
        self.weights, self.changes, self.bias_bars, self.bias_plots = [], [], [], []
        self._sizes = frame.layer_sizes
        self._limits = [0.0] * frame.n_layers
        for k in range(frame.n_layers):
            col = 2 * k
            self.weights.append(HeatmapPanel(self.graphics.ci, 0, col, "", DIVERGING))
            self.changes.append(HeatmapPanel(self.graphics.ci, 1, col, "", DIVERGING))
            plot = self.graphics.addPlot(row=2, col=col, colspan=2)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=palette.PURPLE)
            plot.addItem(bars)
            self.bias_plots.append(plot)
            self.bias_bars.append(bars)
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 3)
        self.graphics.ci.layout.setRowStretchFactor(2, 2)

    def show_frame(self, frame: InsideFrame) -> None:
        if frame.layer_sizes != self._sizes:
            self._build(frame)
        self.frame = frame
        params = layer_params(frame.theta, frame.layer_sizes)
        changes = None
        if frame.change is not None:
            changes = layer_params(frame.change, frame.layer_sizes)
        for k, (W, b) in enumerate(params):
            name = self._layer_name(k, frame.n_layers)
            levels = symmetric_levels(W, self._limits[k])
            self._limits[k] = levels[1]
            self.weights[k].set_image(W, levels)
            self.weights[k].set_title(self.tr("W of {name}").format(name=name))
            dW = np.zeros_like(W) if changes is None else changes[k][0]
            self.changes[k].set_image(dW, symmetric_levels(dW))
            self.changes[k].set_title(self.tr("ΔW since the step before"))
            self.bias_bars[k].setOpts(x=np.arange(1, len(b) + 1), height=b, width=0.8)
            self.bias_plots[k].setTitle(
                self.tr("b of {name}").format(name=name), size="9pt"
            )
            self.bias_plots[k].getAxis("bottom").setStyle(showValues=len(b) > 1)
        span = count(
            frame.change_steps,
            self.tr("the last batch"),
            self.tr("the last {n} batches"),
        )
        self.summary.setText(
            self.tr(
                "Epoch {e}, batch {b}. Top: weights (rows: inputs, columns: units; "
                "blue negative, red positive). Middle: change over {span}. "
                "Bottom: biases."
            ).format(e=frame.epoch, b=frame.batch, span=span)
        )

    def _layer_name(self, k: int, n_layers: int) -> str:
        if k == n_layers - 1:
            return self.tr("output")
        return self.tr("layer {k}").format(k=k + 1)

    def readout_at(self, scene_position) -> str:
        text = ""
        for group, what in ((self.weights, "W"), (self.changes, "ΔW")):
            for k, panel in enumerate(group):
                cell = panel.cell_at(scene_position)
                if cell is not None:
                    row, col = cell
                    text = self.tr(
                        "{what} of layer {k}: input {i} → unit {u} = {v:.4g}"
                    )
                    text = text.format(
                        what=what,
                        k=k + 1,
                        i=row + 1,
                        u=col + 1,
                        v=panel.values[row, col],
                    )
        self.readout.setText(text or self.tr("Hover a cell to read its value."))
        return text

    def _move(self, event) -> None:
        self.readout_at(event[0])


def preview(frame: InsideFrame, class_names: tuple[str, str]) -> WeightsView:
    view = WeightsView()
    view.show_frame(frame)
    return view


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview)
