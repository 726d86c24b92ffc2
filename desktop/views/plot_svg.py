"""Plots as plain SVG that every renderer draws the same: Qt's, librsvg, ImageMagick.

Qt's SVG generator writes each curve inside the transforms of pyqtgraph's
scene graph, which renderers apply differently (curves detached from their
axes), and its closed paths carry a fill that ImageMagick paints as solid
blobs; pyqtgraph's own exporter fails on our symbols. So the picture is
written here from what is drawn: every visible curve as a ``<polyline>``
with ``fill="none"`` in absolute pixel coordinates (mapped through the plot's
view box), its symbols as circles and triangles, the axes with pyqtgraph's
own tick positions and labels, the titles and the legend. No transforms (the
vertical axis' name is written level, above it: ImageMagick mirrors rotated
text) and no clip paths: points outside the view are left out.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt

FONT = "font-family='DejaVu Sans, Arial, sans-serif'"
DASHES = {
    Qt.PenStyle.DashLine: "8,4",
    Qt.PenStyle.DotLine: "2,3",
    Qt.PenStyle.DashDotLine: "8,3,2,3",
}


def _colour(qcolor) -> str:
    return qcolor.name()


def _stroke(pen) -> str:
    """SVG stroke attributes of a QPen; "" for no pen."""
    if pen is None or pen.style() == Qt.PenStyle.NoPen:
        return "stroke='none'"
    width = pen.widthF() or 1.0
    dash = DASHES.get(pen.style())
    attrs = f"stroke='{_colour(pen.color())}' stroke-width='{width:.2f}'"
    if pen.color().alphaF() < 1:
        attrs += f" stroke-opacity='{pen.color().alphaF():.2f}'"
    if dash:
        attrs += f" stroke-dasharray='{dash}'"
    return attrs + " stroke-linejoin='round' stroke-linecap='round'"


class _Canvas:
    """Collects SVG elements in the widget's pixel coordinates."""

    def __init__(self, view: pg.GraphicsView) -> None:
        self.view = view
        self.parts: list[str] = []

    def point(self, scene: QPointF) -> tuple[float, float]:
        p = self.view.mapFromScene(scene)
        return float(p.x()), float(p.y())

    def rect(self, scene: QRectF) -> QRectF:
        return self.view.mapFromScene(scene).boundingRect().toRectF()

    def line(self, x1, y1, x2, y2, stroke: str) -> None:
        self.parts.append(
            f"<line x1='{x1:.2f}' y1='{y1:.2f}' x2='{x2:.2f}' y2='{y2:.2f}' {stroke}/>"
        )

    def text(self, x, y, words: str, size=10, anchor="middle") -> None:
        if not words:
            return
        self.parts.append(
            f"<text x='{x:.2f}' y='{y:.2f}' font-size='{size}' {FONT} "
            f"text-anchor='{anchor}' fill='#000000'>{escape(words)}</text>"
        )


def write_svg(graphics: pg.GraphicsLayoutWidget, path: str, title: str = "") -> None:
    """Write every plot and legend of ``graphics`` to ``path`` as plain SVG."""
    canvas = _Canvas(graphics)
    items = graphics.scene().items()
    for item in items:
        if isinstance(item, pg.PlotItem) and item.isVisible():
            _plot(canvas, item)
    for item in items:
        if isinstance(item, pg.LegendItem) and item.isVisible():
            _legend(canvas, item)
    width, height = graphics.width(), graphics.height()
    head = (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}'>\n"
        f"<title>{escape(title)}</title>\n"
        f"<rect x='0' y='0' width='{width}' height='{height}' fill='#ffffff'/>\n"
    )
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + "\n".join(canvas.parts) + "\n</svg>\n")


def _plot(canvas: _Canvas, plot: pg.PlotItem) -> None:
    vb = plot.getViewBox()
    box = canvas.rect(vb.sceneBoundingRect())
    (x0, x1), (y0, y1) = vb.viewRange()

    def to_pixels(xs, ys):
        px = box.left() + (np.asarray(xs, float) - x0) / (x1 - x0) * box.width()
        py = box.bottom() - (np.asarray(ys, float) - y0) / (y1 - y0) * box.height()
        return px, py

    for item in vb.addedItems:
        if not item.isVisible():
            continue
        if isinstance(item, pg.PlotDataItem):
            _curve(canvas, item, to_pixels, (x0, x1, y0, y1))
        elif isinstance(item, pg.ScatterPlotItem):
            _scatter(canvas, item, to_pixels, (x0, x1, y0, y1))
        elif isinstance(item, pg.InfiniteLine) and item.angle == 90:
            px, _ = to_pixels([item.value()], [y0])
            if box.left() <= px[0] <= box.right():
                stroke = _stroke(item.pen)
                canvas.line(px[0], box.top(), px[0], box.bottom(), stroke)
    _axes(canvas, plot, box, (x0, x1, y0, y1))
    title = plot.titleLabel
    if title.isVisible() and title.text:
        centre = canvas.rect(title.sceneBoundingRect())
        canvas.text(
            centre.center().x(), centre.center().y() + 5, _plain(title.text), 12
        )


def _inside(xs, ys, bounds) -> np.ndarray:
    x0, x1 = bounds[:2]
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    return np.isfinite(xs) & np.isfinite(ys) & (xs >= x0) & (xs <= x1)


def _curve(canvas: _Canvas, item: pg.PlotDataItem, to_pixels, bounds) -> None:
    xs, ys = item.xData, item.yData
    if xs is None or ys is None or not len(xs):
        return
    keep = _inside(xs, ys, bounds)
    px, py = to_pixels(np.asarray(xs)[keep], np.asarray(ys)[keep])
    pen = pg.mkPen(item.opts["pen"]) if item.opts["pen"] is not None else None
    if pen is not None and pen.style() != Qt.PenStyle.NoPen and len(px) > 1:
        points = " ".join(f"{x:.2f},{y:.2f}" for x, y in zip(px, py, strict=True))
        canvas.parts.append(f"<polyline points='{points}' fill='none' {_stroke(pen)}/>")
    symbol = item.opts["symbol"]
    if symbol is not None:
        brush = pg.mkBrush(item.opts["symbolBrush"])
        size = float(item.opts["symbolSize"])
        for x, y in zip(px, py, strict=True):
            canvas.parts.append(_marker(symbol, x, y, size, brush.color()))


def _scatter(canvas: _Canvas, item: pg.ScatterPlotItem, to_pixels, bounds) -> None:
    xs, ys = item.getData()
    if xs is None or not len(xs):
        return
    keep = _inside(xs, ys, bounds)
    px, py = to_pixels(np.asarray(xs)[keep], np.asarray(ys)[keep])
    brush = pg.mkBrush(item.opts["brush"])
    size = float(item.opts["size"])
    for x, y in zip(px, py, strict=True):
        canvas.parts.append(_marker("o", x, y, size, brush.color()))


def _marker(symbol: str, x: float, y: float, size: float, colour) -> str:
    fill = f"fill='{_colour(colour)}' stroke='none'"
    r = size / 2
    if symbol == "t":  # pyqtgraph's "t": a triangle pointing down
        top = y - r * 0.6
        pts = f"{x - r:.2f},{top:.2f} {x + r:.2f},{top:.2f} {x:.2f},{y + r:.2f}"
        return f"<polygon points='{pts}' {fill}/>"
    return f"<circle cx='{x:.2f}' cy='{y:.2f}' r='{r:.2f}' {fill}/>"


def _axes(canvas: _Canvas, plot: pg.PlotItem, box: QRectF, bounds) -> None:
    x0, x1, y0, y1 = bounds
    ink = "stroke='#000000' stroke-width='1'"
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        if not axis.isVisible():
            continue
        bottom = name == "bottom"
        low, high = (x0, x1) if bottom else (y0, y1)
        length = box.width() if bottom else box.height()
        if bottom:
            canvas.line(box.left(), box.bottom(), box.right(), box.bottom(), ink)
        else:
            canvas.line(box.left(), box.top(), box.left(), box.bottom(), ink)
        levels = axis.tickValues(low, high, length)
        for level, (spacing, values) in enumerate(levels[:2]):
            values = [v for v in values if low <= v <= high]
            tick = 6 if level == 0 else 3
            labels = axis.tickStrings(values, axis.scale, spacing) if level == 0 else []
            for i, v in enumerate(values):
                f = (v - low) / (high - low)
                if bottom:
                    x = box.left() + f * box.width()
                    canvas.line(x, box.bottom(), x, box.bottom() + tick, ink)
                    if labels:
                        canvas.text(x, box.bottom() + 18, labels[i], 9)
                else:
                    y = box.bottom() - f * box.height()
                    canvas.line(box.left() - tick, y, box.left(), y, ink)
                    if labels:
                        canvas.text(box.left() - 9, y + 3, labels[i], 9, "end")
        words = _plain(axis.labelText)
        if bottom:
            canvas.text(box.center().x(), box.bottom() + 36, words, 10)
        else:  # level, over the axis: renderers disagree on rotated text
            canvas.text(box.left() - 9, box.top() - 8, words, 10, "end")


def _legend(canvas: _Canvas, legend: pg.LegendItem) -> None:
    for sample, label in legend.items:
        if not sample.isVisible():
            continue
        box = canvas.rect(sample.sceneBoundingRect())
        item = sample.item
        opts = getattr(item, "opts", {})
        pen = pg.mkPen(opts.get("pen")) if opts.get("pen") is not None else None
        y = box.center().y()
        if pen is not None:
            canvas.line(box.left() + 2, y, box.right() - 2, y, _stroke(pen))
        symbol = opts.get("symbol")
        if symbol is not None:
            colour = pg.mkBrush(opts.get("symbolBrush")).color()
            size = float(opts.get("symbolSize", 7))
            canvas.parts.append(_marker(symbol, box.center().x(), y, size, colour))
        text = canvas.rect(label.sceneBoundingRect())
        canvas.text(
            text.left() + 3, text.center().y() + 4, _plain(label.text), 10, "start"
        )


def _plain(html: str) -> str:
    """pyqtgraph label text without its HTML tags and entities."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html or "")).strip()
