"""The network drawn with one QPainter: input names, unit pictures, edges.

One widget paints everything (about 100 small images and a few hundred
lines) from a ``NetworkFrame`` built off the GUI thread; a frame costs a few
milliseconds to paint and no scene items are created or deleted while the
run trains. Hit tests are plain geometry on the same layout the painter
uses: the unit under the mouse (hover card), the edge under it (tooltip,
click to edit).

Edges: red (Okabe–Ito vermillion) and solid for w > 0, blue and dashed for
w < 0, the same sides as the signed pictures' blue–white–red map; the width
grows with |w| relative to the layer's largest (``core.patterns.network_edges``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from core.patterns.network_edges import LayerEdges
from desktop.patterns.network_frame import NetworkFrame
from desktop.patterns.network_layout import LABEL_WIDTH, NetworkLayout, lay_out
from desktop.views import palette

POSITIVE = palette.VERMILLION
NEGATIVE = palette.BLUE
MIN_PEN, MAX_PEN = 0.6, 4.0  # px for the weakest and the strongest edge
EDGE_ALPHA, FADED_ALPHA = 150, 45
HIT_PX = 5.0  # how close to an edge a click or hover must be


def edge_pen(weight: float, width: float, faded: bool = False) -> QPen:
    """Colour by sign, dashed when negative, thickness by the relative |w|."""
    colour = QColor(POSITIVE if weight >= 0 else NEGATIVE)
    colour.setAlpha(FADED_ALPHA if faded else EDGE_ALPHA)
    pixels = MIN_PEN + (MAX_PEN - MIN_PEN) * float(width)
    pen = QPen(colour, pixels)
    if weight < 0:  # dashes in pen widths: keep them ~6 px long at any width
        pen.setDashPattern([max(2.0, 6.0 / pixels), max(1.5, 4.0 / pixels)])
    return pen


class NetworkCanvas(QWidget):
    unit_hovered = Signal(object)  # (layer, unit) 1-based layer, or None
    edge_clicked = Signal(object)  # (layer, source, target, weight)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_canvas")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 60)
        self.layer_sizes: tuple[int, ...] = ()
        self.names: tuple[str, ...] = ()
        self.axis_inputs: tuple[int, int] = (0, 1)
        self.titles: dict[str, str] = {}
        self.frame: NetworkFrame | None = None
        self.images: list[list[QImage]] = []
        self.order_by_reliance = False
        self.hovered: tuple[int, int] | None = None
        self.layout_: NetworkLayout | None = None
        self._ranks: list[np.ndarray] = []  # per hidden layer: unit -> rank
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))

    # -- setting ----------------------------------------------------------------

    def set_network(
        self, layer_sizes: tuple[int, ...], names: tuple[str, ...],
        titles: dict[str, str],
    ) -> None:  # fmt: skip
        self.layer_sizes, self.names, self.titles = layer_sizes, names, titles
        self.frame, self.images, self.hovered, self._ranks = None, [], None, []
        self._relayout()

    def set_axis_inputs(self, x_feature: int, y_feature: int) -> None:
        self.axis_inputs = (x_feature, y_feature)
        self.update()

    def set_frame(self, frame: NetworkFrame) -> None:
        self.frame = frame
        self.images = [[_image(rgba) for rgba in layer] for layer in frame.rgba]
        self._ranks = [
            np.argsort(o, kind="stable") for o in frame.computed.status.order
        ]
        self.update()

    def set_order_by_reliance(self, on: bool) -> None:
        self.order_by_reliance = bool(on)
        self.update()

    # -- geometry ---------------------------------------------------------------

    def _relayout(self) -> None:
        if self.layer_sizes:
            self.layout_ = lay_out(self.layer_sizes, self.width(), self.height())
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def slot(self, layer: int, unit: int) -> int:
        """Where unit ``unit`` of layer ``layer`` is drawn (its rank, if ordered)."""
        if not self.order_by_reliance or layer > len(self._ranks):
            return unit
        return int(self._ranks[layer - 1][unit])

    def unit_rect(self, layer: int, unit: int) -> QRectF:
        return self.layout_.unit_rect(layer, self.slot(layer, unit))

    def edge_ends(self, edges: LayerEdges, e: int) -> tuple[QPointF, QPointF]:
        """From the source (an input dot or a picture's right) to the target's left."""
        source, target = int(edges.source[e]), int(edges.target[e])
        if edges.layer == 1:
            start = self.layout_.inputs[source]
        else:
            r = self.unit_rect(edges.layer - 1, source)
            start = QPointF(r.right(), r.center().y())
        r = self.unit_rect(edges.layer, target)
        return start, QPointF(r.left(), r.center().y())

    def unit_at(self, point: QPointF) -> tuple[int, int] | None:
        if self.layout_ is None:
            return None
        for layer, size in enumerate(self.layer_sizes[1:], start=1):
            for unit in range(size):
                if self.unit_rect(layer, unit).contains(point):
                    return layer, unit
        return None

    def edge_at(self, point: QPointF) -> tuple[LayerEdges, int] | None:
        """The drawn edge nearest ``point`` within ``HIT_PX`` (not over a picture)."""
        if self.frame is None or self.layout_ is None or self.unit_at(point):
            return None
        best, found = HIT_PX, None
        p = np.array([point.x(), point.y()])
        for edges in self.frame.edges:
            ends = [self.edge_ends(edges, e) for e in range(len(edges))]
            a = np.array([[s.x(), s.y()] for s, _ in ends])
            b = np.array([[t.x(), t.y()] for _, t in ends])
            d = _distance_to_segments(p, a, b)
            if len(d) and d.min() < best:
                best, found = float(d.min()), (edges, int(d.argmin()))
        return found

    def input_at(self, point: QPointF) -> int | None:
        if self.layout_ is None or point.x() > LABEL_WIDTH + 12:
            return None
        for i, dot in enumerate(self.layout_.inputs):
            if abs(point.y() - dot.y()) < 8:
                return i
        return None

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.PAPER)
        if self.layout_ is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_titles(painter)
            self._paint_edges(painter, faded=self.hovered is not None)
            self._paint_inputs(painter)
            self._paint_units(painter)
            if self.hovered is not None:
                self._paint_edges(painter, only=self.hovered)
        painter.end()

    def _paint_titles(self, painter: QPainter) -> None:
        painter.setFont(self.small)
        painter.setPen(palette.MUTED)
        for x, key in self.layout_.titles:
            text = self.titles.get(key, "")
            painter.drawText(
                QRectF(x - 90, 2, 180, 18), Qt.AlignmentFlag.AlignCenter, text
            )

    def _paint_edges(
        self, painter: QPainter, faded: bool = False, only: tuple | None = None
    ) -> None:
        if self.frame is None:
            return
        for edges in self.frame.edges:
            for e in range(len(edges)):
                if only is not None and not _touches(edges, e, only):
                    continue
                painter.setPen(edge_pen(edges.weight[e], edges.width[e], faded))
                painter.drawLine(*self.edge_ends(edges, e))

    def _paint_inputs(self, painter: QPainter) -> None:
        painter.setFont(self.small)
        metrics = QFontMetrics(self.small)
        marks = {self.axis_inputs[0]: " →", self.axis_inputs[1]: " ↑"}
        for i, dot in enumerate(self.layout_.inputs):
            painter.setPen(palette.INK)
            painter.setBrush(palette.INK if i in marks else palette.PAPER)
            painter.drawEllipse(dot, 3.5, 3.5)
            mark = marks.get(i, "")
            text = metrics.elidedText(
                self.names[i], Qt.TextElideMode.ElideRight,
                LABEL_WIDTH - 4 - metrics.horizontalAdvance(mark),
            ) + mark  # fmt: skip
            box = QRectF(0, dot.y() - 9, LABEL_WIDTH, 18)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, text)

    def _paint_units(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        dead = self.frame.computed.status.dead if self.frame is not None else ()
        for layer, size in enumerate(self.layer_sizes[1:], start=1):
            for unit in range(size):
                rect = self.unit_rect(layer, unit)
                is_dead = layer <= len(dead) and bool(dead[layer - 1][unit])
                if self.images and not is_dead:
                    painter.drawImage(rect, self.images[layer - 1][unit])
                else:  # a dead unit's picture is 0 everywhere: grey and crossed
                    painter.fillRect(rect, palette.PANEL)
                if is_dead:
                    _cross(painter, rect)
                hovered = self.hovered == (layer, unit)
                painter.setPen(QPen(palette.INK if hovered else palette.MUTED,
                                    2.0 if hovered else 0.6))  # fmt: skip
                painter.drawRect(rect)

    # -- mouse ------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        unit = self.unit_at(event.position())
        if unit != self.hovered:
            self.hovered = unit
            self.unit_hovered.emit(unit)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.unit_hovered.emit(None)
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.edge_at(event.position())
            if hit is not None:
                edges, e = hit
                self.edge_clicked.emit(
                    (edges.layer, int(edges.source[e]), int(edges.target[e]),
                     float(edges.weight[e]))
                )  # fmt: skip
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        """The full input name, an edge's weight, or why a unit is crossed out."""
        i = self.input_at(point)
        if i is not None:
            return self.names[i]
        unit = self.unit_at(point)
        if unit is not None:
            layer, j = unit
            dead = self.frame.computed.status.dead if self.frame else ()
            if layer <= len(dead) and dead[layer - 1][j]:
                return self.tr(
                    "Dead unit: it outputs 0 on every training row, so no gradient "
                    "reaches its weights and it cannot learn again."
                )
            return ""
        hit = self.edge_at(point)
        if hit is None:
            return ""
        edges, e = hit
        return self.tr("w = {w:+.4f} (click while paused to change it)").format(
            w=float(edges.weight[e])
        )


def _image(rgba: np.ndarray) -> QImage:
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def _touches(edges: LayerEdges, e: int, unit: tuple[int, int]) -> bool:
    layer, j = unit
    return (edges.layer == layer and edges.target[e] == j) or (
        edges.layer == layer + 1 and edges.source[e] == j
    )


def _cross(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(palette.MUTED, 1.5))
    inset = rect.adjusted(3, 3, -3, -3)
    painter.drawLine(inset.topLeft(), inset.bottomRight())
    painter.drawLine(inset.topRight(), inset.bottomLeft())


def _distance_to_segments(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from point ``p`` to each segment ``a[i]``–``b[i]``."""
    if len(a) == 0:
        return np.zeros(0)
    ab = b - a
    length2 = np.maximum((ab * ab).sum(axis=1), 1e-12)
    t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
    nearest = a + t[:, None] * ab
    return np.sqrt(((p - nearest) ** 2).sum(axis=1))
