"""One layer's panel in the untangling view: a scatter of the rows and its score.

Plot items are created once and updated with ``setData``. A plane's axes
have no units (they are directions of spread, turned to follow the previous
frame), so their tick numbers are hidden; the output's panel keeps its
x axis, P(class 1) from 0 to 1, with the 0.5 threshold drawn, and says that
its vertical spread only separates the rows.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from core.patterns.untangle_projection import LayerProjection
from desktop.views import palette
from desktop.views.wrapped_label import WrappedLabel

SYMBOLS = ("o", "t")  # class 0: circles, class 1: triangles
COLOURS = (palette.BLUE, palette.VERMILLION)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UntanglePanel", text)


def panel_title(k: int, last: int, width: int) -> str:
    """ "Inputs (20)", "Layer 1 (64 units)", "Output (1 unit)"."""
    if k == 0:
        return _tr("Inputs ({n} measurements)").format(n=width)
    if k == last:
        return _tr("Output: P(class 1)")
    units = _tr("1 unit") if width == 1 else _tr("{n} units").format(n=width)
    return _tr("Layer {k} ({units})").format(k=k, units=units)


class LayerPanel(QWidget):
    """A scatter of one layer's rows (class by colour and symbol) and a score."""

    def __init__(
        self,
        title: str,
        width: int,
        is_output: bool,
        class_names: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.width_units = width
        self.is_output = is_output
        self.graphics = pg.PlotWidget()
        self.graphics.setAccessibleName(title)
        self.graphics.setMinimumSize(120, 80)
        self.plot = self.graphics.getPlotItem()
        self.plot.setTitle(title, size="10pt")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.points = tuple(
            self._scatter(SYMBOLS[c], COLOURS[c], class_names[c]) for c in (0, 1)
        )
        self._style_axes(width, is_output)
        self.score = WrappedLabel()
        self.score.setWordWrap(True)
        self.score.setObjectName("untangle_score")
        self.score.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.score)

    def _scatter(self, symbol: str, colour, name: str) -> pg.ScatterPlotItem:
        item = pg.ScatterPlotItem(
            symbol=symbol, size=7, brush=pg.mkBrush(colour),
            pen=pg.mkPen(palette.PAPER, width=0.8), name=name,
        )  # fmt: skip
        self.plot.addItem(item)
        return item

    def _style_axes(self, width: int, is_output: bool) -> None:
        one_value = width < 2
        if not one_value:  # directions of spread: no units, no ticks to read
            for side in ("left", "bottom"):
                self.plot.showAxis(side, False)
            self.plot.getViewBox().setBorder(pg.mkPen(palette.MUTED))
            return
        self.plot.getAxis("left").setTicks([[]])  # the spread has no scale
        if one_value:
            bottom = self.plot.getAxis("bottom")
            bottom.setStyle(showValues=True)
            bottom.setLabel(_tr("P(class 1)") if is_output else _tr("the unit's value"))
            self.plot.getAxis("left").setLabel(_tr("rows, spread out"))
        if is_output:
            line = pg.InfiniteLine(
                pos=0.5,
                angle=90,
                pen=pg.mkPen(palette.INK, width=1.5, style=Qt.PenStyle.DashLine),
            )
            self.plot.addItem(line)
            self.plot.setXRange(0.0, 1.0, padding=0.04)
            self.plot.setYRange(0.0, 1.0, padding=0.04)
            self.plot.getViewBox().disableAutoRange()

    def show_layer(self, layer: LayerProjection, labels: np.ndarray) -> None:
        """Draw the layer's points; a plane's view fits its points each frame."""
        for c, item in enumerate(self.points):
            chosen = labels == c
            item.setData(layer.points[chosen, 0], layer.points[chosen, 1])
        if not self.is_output:
            self.plot.getViewBox().autoRange(padding=0.06)

    def set_score(self, text: str) -> None:
        self.score.setText(text)

    def clear(self) -> None:
        for item in self.points:
            item.setData([], [])
        self.score.setText("")

    def drawn_points(self) -> np.ndarray:
        """Every drawn point, class 0 first: what a test compares with the core."""
        parts = [np.column_stack(item.getData()) for item in self.points]
        return np.concatenate(parts) if parts else np.zeros((0, 2))
