"""One heatmap in a pyqtgraph layout: image, colour bar, hover and click lookup.

Shared by the activation, weights and backward views. The image item is
made once and updated with ``setImage(..., autoLevels=False)``; levels come
from the caller (fixed, or symmetric around zero for signed values) and the
colour bar shows them with a labelled scale. Colour maps are colour-blind
safe: viridis for magnitudes, CET-D1 (blue–white–red) for signed values, and
every value can also be read as a number under the mouse.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

import desktop.views.training_plot  # noqa: F401  (row-major images, white background)

Array = np.ndarray

SEQUENTIAL = "viridis"
DIVERGING = "CET-D1"


def nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 × 10ⁿ at or above ``value``: levels that stay put."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power * (1 + 1e-9):
            return step * power
    return 10 * power


class HeatmapPanel:
    """A titled plot holding one image (rows × columns) and its colour bar."""

    def __init__(
        self,
        layout: pg.GraphicsLayout,
        row: int,
        col: int,
        title: str,
        cmap: str = SEQUENTIAL,
        colorbar: bool = True,
        rowspan: int = 1,
    ) -> None:
        self.plot: pg.PlotItem = layout.addPlot(
            row=row, col=col, rowspan=rowspan, title=title
        )
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.getViewBox().invertY(True)
        self.plot.hideButtons()
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.colormap = pg.colormap.get(cmap)
        self.image.setColorMap(self.colormap)
        self.plot.addItem(self.image)
        self.bar: pg.ColorBarItem | None = None
        if colorbar:
            self.bar = pg.ColorBarItem(
                values=(0, 1), colorMap=self.colormap, interactive=False, width=12
            )
            self.bar.setImageItem(self.image)
            layout.addItem(self.bar, row=row, col=col + 1, rowspan=rowspan)
        self.values: Array | None = None
        self.levels = (0.0, 1.0)
        self._shape: tuple | None = None

    def set_title(self, text: str) -> None:
        self.plot.setTitle(text, size="9pt")

    def set_image(
        self,
        values: Array,
        levels: tuple[float, float],
        shown: Array | None = None,
        top_margin: float = 0.0,
    ) -> None:
        """Draw ``values`` (or ``shown`` in their place; hover reports ``values``)."""
        values = _as_2d(values)
        self.values = values
        if levels != self.levels:
            self.levels = levels
            if self.bar is not None:
                self.bar.setLevels(levels)
        image = values if shown is None else _as_2d(shown)
        self.image.setImage(image, autoLevels=False, levels=levels)
        if (values.shape, top_margin) != self._shape:
            self._shape = (values.shape, top_margin)
            rows, cols = values.shape
            self.plot.getAxis("bottom").setStyle(showValues=cols > 1)
            self.plot.setRange(xRange=(0, cols), yRange=(-top_margin, rows), padding=0)

    def cell_at(self, scene_position: QPointF) -> tuple[int, int] | None:
        """(row, column) under a scene position, or None outside the image."""
        if self.values is None:
            return None
        if not self.plot.vb.sceneBoundingRect().contains(scene_position):
            return None
        point = self.plot.vb.mapSceneToView(scene_position)
        row, col = math.floor(point.y()), math.floor(point.x())
        rows, cols = self.values.shape
        if 0 <= row < rows and 0 <= col < cols:
            return row, col
        return None

    def scene_point_of(self, row: int, col: int) -> QPointF:
        """The scene position of a cell's centre (used by tests and the tour)."""
        return self.plot.vb.mapViewToScene(QPointF(col + 0.5, row + 0.5))


def _as_2d(values: Array) -> Array:
    values = np.asarray(values, dtype=float)
    return values[:, None] if values.ndim == 1 else values


def symmetric_levels(values: Array, previous: float = 0.0) -> tuple[float, float]:
    """±(nice ceiling of the largest magnitude), never shrinking below ``previous``.

    Levels that only grow keep a colour meaning the same number from one
    update to the next, so a weight that fades is a weight that shrank.
    """
    top = float(np.nanmax(np.abs(values))) if np.size(values) else 0.0
    limit = max(nice_ceiling(top), previous)
    return -limit, limit
