"""One layer's panel in the untangling view: a scatter of the rows and its score.

Plot items are created once and updated with ``setData``. A plane's axes
have no units (they are directions of spread, turned to follow the previous
frame), so their tick numbers are hidden; the yes/no output's panel keeps its
x axis, P(class 1) from 0 to 1, with the 0.5 threshold drawn, and says that
its vertical spread only separates the rows.

Each output kind (``desktop.patterns.output_look``): classes get one scatter
each, in their own colour and symbol; a number's rows are one scatter
coloured by their true value (the brushes are made once per set of rows,
not per frame). The output panel of several classes is a PCA plane of the k
probabilities like any layer's; a number's is predicted against true, both
in the target's units on fixed ranges (the training targets'), with the
diagonal where a perfect prediction lies.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from core.patterns.untangle_projection import LayerProjection
from desktop.lesson.boundary_plot import class_colour, class_symbol
from desktop.patterns.output_look import OutputLook, value_colours
from desktop.views import palette
from desktop.views.wrapped_label import WrappedLabel

YES_NO = OutputLook("binary", ("0", "1"), "")


def _tr(text: str) -> str:
    return QCoreApplication.translate("UntanglePanel", text)


def panel_title(k: int, last: int, width: int, look: OutputLook = YES_NO) -> str:
    """ "Inputs (20)", "Layer 1 (64 units)", "Output: P(class 1)"."""
    if k == 0:
        return _tr("Inputs ({n} measurements)").format(n=width)
    if k == last and look.kind == "classes":
        return _tr("Output: the {n} class probabilities").format(n=width)
    if k == last and look.kind == "number":
        return _tr("Output: predicted against true {target}").format(
            target=look.target_name
        )
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
        look: OutputLook = YES_NO,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.width_units = width
        self.is_output = is_output
        self.look = look
        self._brushes: tuple[np.ndarray, list] | None = None  # a number's, cached
        self.graphics = pg.PlotWidget()
        self.graphics.setAccessibleName(title)
        self.graphics.setMinimumSize(120, 80)
        self.plot = self.graphics.getPlotItem()
        self.plot.setTitle(title, size="10pt")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.points = tuple(
            self._scatter(class_symbol(c), class_colour(c), look.class_name(c))
            for c in range(look.groups)
        )
        if look.kind == "number" and is_output:
            self._style_number_output()
        else:
            self._style_axes(width, is_output and look.kind == "binary")
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

    def _style_number_output(self) -> None:
        """Predicted (up) against true (across), the target's units, y = x dashed."""
        low, high = self.look.value_range
        target = self.look.target_name
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.plot.getAxis("bottom").setLabel(_tr("true {t}").format(t=target))
        self.plot.getAxis("left").setLabel(_tr("predicted {t}").format(t=target))
        diagonal = pg.InfiniteLine(
            pos=(low, low), angle=45,
            pen=pg.mkPen(palette.INK, width=1.5, style=Qt.PenStyle.DashLine),
        )  # fmt: skip
        self.plot.addItem(diagonal)
        self.plot.setXRange(low, high, padding=0.06)
        self.plot.setYRange(low, high, padding=0.06)
        self.plot.getViewBox().disableAutoRange()

    def _value_brushes(self, labels: np.ndarray) -> list:
        """A number's rows' brushes, made again only when the rows change."""
        if self._brushes is None or not np.array_equal(self._brushes[0], labels):
            colours = value_colours(labels, self.look.value_range)
            self._brushes = (np.array(labels), [pg.mkBrush(q) for q in colours])
        return self._brushes[1]

    def show_layer(self, layer: LayerProjection, labels: np.ndarray) -> None:
        """Draw the layer's points; a plane's view fits its points each frame."""
        if self.look.kind == "number":
            self.points[0].setData(
                layer.points[:, 0], layer.points[:, 1],
                brush=self._value_brushes(labels), pen=pg.mkPen(palette.INK, width=0.6),
            )  # fmt: skip
        else:
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
        """Every drawn point, class 0 first (a number's: in row order): what a
        test compares with the core."""
        parts = [np.column_stack(item.getData()) for item in self.points]
        return np.concatenate(parts) if parts else np.zeros((0, 2))
