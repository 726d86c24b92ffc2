"""One picture of the network's answer over a plane, for each kind of output.

``BoundaryPlot`` draws, under the data points:

- **yes/no**: P(class 1) from blue through white (0.5) to vermillion, with
  the 0.5 line in black (its colour bar says which is which);
- **several classes**: each grid point in its predicted class's colour (the
  Okabe–Ito palette, cycled past eight classes), paler where the network is
  less sure (the winning probability, rescaled from a k-way tie to
  certainty), and the border of every class's region in black;
- **a number**: the predicted value in the target's units on the
  colour-blind-safe sequential map cividis, with a colour bar, on fixed
  levels (the training targets' range), so colours mean the same at every
  epoch.

"Discretize output" flattens the shading: two flat colours split at 0.5, a
flat colour per class, or ``NUMBER_BANDS`` bands of the number. Points are
drawn per class with their own colour *and* symbol (a number's points are
coloured by their value with a dark outline); validation points are the
same symbols drawn hollow. The depth comparison reuses this plot three
times, yes/no only, through ``set_data`` and ``set_probabilities``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from core.lesson.boundary import BoundaryGrid, class_field, number_bands
from desktop.views import palette

CLASS_COLOURS = palette.CLASSES
CLASS_SYMBOLS = ("o", "t", "s", "d", "t1", "p", "h", "star", "+", "x")
NUMBER_MAP = "cividis"
PALEST, DARKEST = 0.18, 0.75  # share of the class colour mixed into white
FLAT = 0.5  # the share when discretized
FLAT_PROBABILITY = (0.3, 0.7)  # a discretized yes/no: class 0's and class 1's shade

pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


def probability_colour_map() -> pg.ColorMap:
    """Blue (class 0) through white (unsure, 0.5) to vermillion (class 1).

    Okabe–Ito blue and vermillion stay apart for every common colour-vision
    deficiency, and the white middle makes the 0.5 boundary stand out.
    """
    return pg.ColorMap(
        pos=[0.0, 0.5, 1.0],
        color=[palette.BLUE, palette.PAPER, palette.VERMILLION],
    )


def class_colour(c: int) -> QColor:
    return CLASS_COLOURS[c % len(CLASS_COLOURS)]


def class_symbol(c: int) -> str:
    return CLASS_SYMBOLS[c % len(CLASS_SYMBOLS)]


def class_image(winner: np.ndarray, strength: np.ndarray, k: int) -> np.ndarray:
    """RGB (ny, nx, 3): each point's class colour mixed into white by ``strength``."""
    colours = np.array([class_colour(c).getRgb()[:3] for c in range(k)], float)
    white = np.full(3, 255.0)
    mix = strength[..., None]
    rgb = white + mix * (colours[winner] - white)
    return np.round(rgb).astype(np.ubyte)


class BoundaryPlot(QWidget):
    """The network's output over a grid, with the data points on top."""

    def __init__(
        self,
        title: str = "",
        colour_bar: bool = True,
        legend: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Decision boundary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.plot = self.graphics.addPlot(row=0, col=0, title=title)
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(probability_colour_map())
        self.image.setLevels((0.0, 1.0))
        self.plot.addItem(self.image)
        self.rgb_image = pg.ImageItem(axisOrder="row-major")
        self.rgb_image.setVisible(False)
        self.plot.addItem(self.rgb_image)
        self.contour = self._isocurve(self.image, 0.5)
        self.borders: list[pg.IsocurveItem] = []
        self.legend = self._legend() if legend else None
        self.points: list[pg.ScatterPlotItem] = []  # training rows, per class
        self.val_points: list[pg.ScatterPlotItem] = []  # validation rows, hollow
        self.colour_bar = None
        if colour_bar:
            self.colour_bar = pg.ColorBarItem(
                values=(0.0, 1.0), colorMap=probability_colour_map(),
                label=self.tr("P(class 1)"), interactive=False, width=14,
            )  # fmt: skip
            self.colour_bar.setImageItem(self.image, insert_in=self.plot)
            self.colour_bar.axis.setWidth(58)  # room for "0.8" beside the label
        self.kind = "binary"
        self.n_classes = 2
        self.value_range = (0.0, 1.0)
        self.discretize = False
        self.probabilities: np.ndarray | None = None  # what the colours show
        self.winner: np.ndarray | None = None  # several classes: argmax per point
        self.shown: np.ndarray | None = None  # the values the image was given

    def _isocurve(self, parent: pg.ImageItem, level: float) -> pg.IsocurveItem:
        curve = pg.IsocurveItem(
            level=level, pen=pg.mkPen(palette.INK, width=2), axisOrder="row-major"
        )
        curve.setParentItem(parent)
        return curve

    def _legend(self) -> pg.LegendItem:
        """Beside the plot, top: inside it, it would hide points."""
        legend = pg.LegendItem(
            labelTextSize="9pt", labelTextColor=palette.INK,
            brush=(255, 255, 255, 220), pen=pg.mkPen(palette.MUTED),
        )  # fmt: skip
        fixed = QSizePolicy.Policy.Fixed
        legend.setSizePolicy(fixed, fixed)
        self.graphics.addItem(legend, row=0, col=1)
        self.graphics.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop)
        return legend

    # -- setting up -------------------------------------------------------------

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title)

    def set_kind(
        self, kind: str, n_classes: int = 2, value_range=(0.0, 1.0), label: str = ""
    ) -> None:
        """What the output is: "binary", "classes" (``n_classes``) or "number"
        (coloured over ``value_range``, the colour bar titled ``label``)."""
        self.kind, self.n_classes = kind, n_classes
        self.value_range = (float(value_range[0]), float(value_range[1]))
        self.image.setVisible(kind != "classes")
        self.rgb_image.setVisible(kind == "classes")
        self.contour.setVisible(kind == "binary")
        if kind == "number":
            cmap, levels = pg.colormap.get(NUMBER_MAP), self.value_range
            self.image.setColorMap(cmap)
            self.image.setLevels(levels)
        else:
            cmap, levels = probability_colour_map(), (0.0, 1.0)
            self.image.setColorMap(cmap)
            self.image.setLevels(levels)
        if self.colour_bar is not None:
            self.colour_bar.setVisible(kind != "classes")
            self.colour_bar.setColorMap(cmap)
            self.colour_bar.setLevels(levels)
            self.colour_bar.getAxis("left").setLabel(label or self.tr("P(class 1)"))
        self._make_borders(n_classes if kind == "classes" else 0)

    def _make_borders(self, k: int) -> None:
        while len(self.borders) > k:
            self.borders.pop().setParentItem(None)
        while len(self.borders) < k:
            self.borders.append(self._isocurve(self.rgb_image, 0.0))

    def set_data(
        self, grid: BoundaryGrid, x: np.ndarray, y: np.ndarray, labels: np.ndarray,
        class_names: tuple[str, ...], axis_names: tuple[str, str],
        equal_aspect: bool = False, validation=None,
    ) -> None:  # fmt: skip
        """Place the grid and the points (raw units); clears the old picture.

        ``labels`` are class indices, or a number's values. ``validation``:
        ``(x, y, labels)`` of the validation rows, drawn hollow, or None.
        ``equal_aspect``: one unit is as long across as up (see ``same_scale``),
        so a circle in the data is drawn as a circle.
        """
        self.plot.getViewBox().setAspectLocked(equal_aspect, ratio=1.0)
        (dx, dy), (ny, nx) = grid.step, grid.shape
        rect = QRectF(grid.x_values[0] - dx / 2, grid.y_values[0] - dy / 2,
                      dx * nx, dy * ny)  # fmt: skip
        blank = np.full(grid.shape, sum(self.value_range) / 2)
        self.image.setImage(blank, autoLevels=False)
        self.rgb_image.setImage(np.full((*grid.shape, 3), 255, np.ubyte))
        for item in (self.image, self.rgb_image):
            item.setRect(rect)
        for curve in (self.contour, *self.borders):
            curve.setData(None)
        self.probabilities = self.winner = self.shown = None
        self._place_points(x, y, labels, class_names, validation)
        self.plot.setLabel("bottom", axis_names[0])
        self.plot.setLabel("left", axis_names[1])
        self.plot.setRange(
            xRange=(rect.left(), rect.right()), yRange=(rect.top(), rect.bottom()),
            padding=0,
        )  # fmt: skip

    def _place_points(self, x, y, labels, class_names, validation) -> None:
        groups = 1 if self.kind == "number" else max(len(class_names), 2)
        self._make_scatters(groups)
        if self.legend is not None:
            self.legend.clear()
        for c in range(groups):
            self._fill(self.points[c], x, y, labels, c, hollow=False)
            if validation is None:
                self.val_points[c].setData([], [])
            else:
                self._fill(self.val_points[c], *validation, c, hollow=True)
            if self.legend is not None and self.kind != "number":
                name = class_names[c] if c < len(class_names) else str(c)
                self.legend.addItem(self.points[c], name)
        if self.legend is not None:
            self.legend.setVisible(self.kind != "number")

    def _make_scatters(self, groups: int) -> None:
        for items in (self.points, self.val_points):
            while len(items) > groups:
                self.plot.removeItem(items.pop())
            while len(items) < groups:
                item = pg.ScatterPlotItem(size=7)
                self.plot.addItem(item)
                items.append(item)

    def _fill(self, item, x, y, labels, c: int, hollow: bool) -> None:
        """Class ``c``'s points (a number's: all of them, coloured by value)."""
        if self.kind == "number":
            low, high = self.value_range
            cmap = pg.colormap.get(NUMBER_MAP)
            share = np.clip((labels - low) / max(high - low, 1e-12), 0.0, 1.0)
            colours = cmap.map(share, mode=pg.ColorMap.QCOLOR)
            if hollow:
                item.setData(x, y, symbol="o", brush=pg.mkBrush(None),
                             pen=[pg.mkPen(q, width=2) for q in colours])  # fmt: skip
            else:
                item.setData(x, y, symbol="o", brush=[pg.mkBrush(q) for q in colours],
                             pen=pg.mkPen(palette.INK, width=1))  # fmt: skip
            return
        chosen = labels == c
        colour, symbol = class_colour(c), class_symbol(c)
        if hollow:
            item.setData(x[chosen], y[chosen], symbol=symbol, brush=pg.mkBrush(None),
                         pen=pg.mkPen(colour, width=2))  # fmt: skip
        else:
            brush, pen = pg.mkBrush(colour), pg.mkPen(palette.PAPER)
            item.setData(x[chosen], y[chosen], symbol=symbol, brush=brush, pen=pen)

    # -- the output -------------------------------------------------------------

    def set_probabilities(self, p: np.ndarray) -> None:
        """Yes/no: P(class 1) at every grid point."""
        self.probabilities = p
        low, high = FLAT_PROBABILITY
        shown = np.where(p >= 0.5, high, low) if self.discretize else p
        self.shown = shown
        self.image.setImage(shown, autoLevels=False)
        self.contour.setData(p)

    def set_output(self, values: np.ndarray) -> None:
        """The grid's output for this plot's kind: P(class 1), the (ny, nx, k)
        class probabilities, or the number in the target's units."""
        if self.kind == "binary":
            self.set_probabilities(values)
        elif self.kind == "classes":
            self._set_classes(values)
        else:
            self._set_number(values)

    def _set_classes(self, p: np.ndarray) -> None:
        field = class_field(p)
        self.probabilities, self.winner = p, field.winner
        strength = (
            np.full(field.winner.shape, FLAT)
            if self.discretize
            else PALEST + (DARKEST - PALEST) * field.confidence
        )
        self.shown = class_image(field.winner, strength, p.shape[-1])
        self.rgb_image.setImage(self.shown, autoLevels=False)
        for curve, margin in zip(self.borders, field.margins, strict=False):
            curve.setData(margin)

    def _set_number(self, values: np.ndarray) -> None:
        self.probabilities = values
        low, high = self.value_range
        self.shown = number_bands(values, low, high) if self.discretize else values
        self.image.setImage(self.shown, autoLevels=False)
