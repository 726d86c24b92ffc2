"""One network's pieces of the plane: a picture coloured by piece, the data on top.

Every piece gets a light colour chosen by its on/off pattern's hash
(``core.patterns.linear_pieces.pattern_hashes``), so a piece keeps its colour
from frame to frame while training moves it; neighbouring pieces may share
a colour by chance, so the borders between pieces are drawn dark as well,
at half the brightness of their piece's colour, so the pieces read without
telling colours apart, and where pieces are smaller than the grid's spacing
the picture turns dark instead of pretending to a smooth region. The data
points keep the app's class colours and symbols with a dark outline, one
scatter per class (``desktop.patterns.output_look``); a number's points are
one scatter coloured by their value on the boundary's cividis map.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.lesson.boundary import BoundaryGrid
from core.patterns.linear_pieces import PieceMap, piece_edges
from desktop.lesson.boundary_plot import class_colour, class_symbol
from desktop.patterns.output_look import OutputLook, value_colours
from desktop.views import palette
from desktop.views.wrapped_label import WrappedLabel

TINT = 0.62  # share of white mixed into each palette colour: the points stay on top
EDGE_SHADE = 0.5  # a border point: its piece's colour at half brightness


def _tinted(colour: QColor, white: float) -> tuple[int, int, int, int]:
    r, g, b = colour.red(), colour.green(), colour.blue()
    mix = [round(c + (255 - c) * white) for c in (r, g, b)]
    return (mix[0], mix[1], mix[2], 255)


# Okabe–Ito hues at two strengths: 14 light colours for the pieces
_HUES = (palette.BLUE, palette.ORANGE, palette.GREEN, palette.VERMILLION,
         palette.SKY, palette.PURPLE, palette.YELLOW)  # fmt: skip
PIECE_COLOURS = np.array(
    [_tinted(c, TINT) for c in _HUES] + [_tinted(c, TINT + 0.2) for c in _HUES],
    dtype=np.uint8,
)


def piece_picture(pieces: PieceMap) -> np.ndarray:
    """(ny, nx, 4) RGBA: each point coloured by its pattern, borders dark.

    Plain NumPy, so a pool thread builds it and the GUI thread only shows it.
    """
    keys = (pieces.hashes % np.uint64(len(PIECE_COLOURS))).astype(np.int64)
    picture = PIECE_COLOURS[keys]
    edges = piece_edges(pieces.ids)
    picture[edges, :3] = (picture[edges, :3] * EDGE_SHADE).astype(np.uint8)
    return picture


class PiecePanel(QWidget):
    """A picture of one network's pieces with the data points and a count."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graphics = pg.PlotWidget()
        self.graphics.setMinimumSize(220, 200)
        self.graphics.setAccessibleName(title)
        self.plot = self.graphics.getPlotItem()
        self.plot.setTitle(title, size="10pt")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.points: list[pg.ScatterPlotItem] = []
        self.count = WrappedLabel()
        self.count.setObjectName("pieces_count")
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.count)

    def _scatter(self, symbol: str, colour: QColor) -> pg.ScatterPlotItem:
        item = pg.ScatterPlotItem(
            symbol=symbol, size=7, brush=pg.mkBrush(colour),
            pen=pg.mkPen(palette.INK, width=0.8),
        )  # fmt: skip
        item.setZValue(2)
        self.plot.addItem(item)
        return item

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title, size="10pt")
        self.graphics.setAccessibleName(title)

    def _make_scatters(self, groups: int) -> None:
        while len(self.points) > groups:
            self.plot.removeItem(self.points.pop())
        while len(self.points) < groups:
            c = len(self.points)
            self.points.append(self._scatter(class_symbol(c), class_colour(c)))

    def set_data(
        self, grid: BoundaryGrid, x: np.ndarray, y: np.ndarray, labels: np.ndarray,
        axis_names: tuple[str, str], equal_aspect: bool, look: OutputLook,
    ) -> None:  # fmt: skip
        """Place the grid's rectangle and the data points (raw units); ``labels``
        are class indices, or a number's values."""
        self.plot.getViewBox().setAspectLocked(equal_aspect, ratio=1.0)
        (dx, dy), (ny, nx) = grid.step, grid.shape
        x0, y0 = grid.x_values[0] - dx / 2, grid.y_values[0] - dy / 2
        self.image.setImage(np.full((ny, nx, 4), 255, dtype=np.uint8))
        self.image.setRect(QRectF(x0, y0, dx * nx, dy * ny))
        self._make_scatters(look.groups)
        if look.kind == "number":
            brushes = [pg.mkBrush(q) for q in value_colours(labels, look.value_range)]
            self.points[0].setData(x, y, brush=brushes)
        else:
            for k, item in enumerate(self.points):
                chosen = labels == k
                item.setData(x[chosen], y[chosen])
        self.plot.setLabel("bottom", axis_names[0])
        self.plot.setLabel("left", axis_names[1])
        self.plot.setRange(
            xRange=(x0, x0 + dx * nx), yRange=(y0, y0 + dy * ny), padding=0
        )
        self.count.setText("")

    def show_pieces(self, picture: np.ndarray, text: str) -> None:
        self.image.setImage(picture, autoLevels=False, levels=(0, 255))
        self.count.setText(text)
