"""The network drawn with one QPainter: input names, unit pictures, edges.

One widget paints everything (about 100 small images and a few hundred
lines) from a ``NetworkFrame`` built off the GUI thread; a frame costs a few
milliseconds to paint and no scene items are created or deleted while the
run trains. The edges are drawn in a few ``drawLines`` calls, one per pen
(sign × ``PEN_STEPS`` widths), and the unit borders in one ``drawRects``:
every call from Python into Qt on the GUI thread may wait for the GIL the
trainer holds, so a paint of one call per edge stalled the window 90 ms.
Hit tests are plain geometry on the same layout the painter uses: the unit
under the mouse (hover card), the edge under it (tooltip, click to edit).

Edges: red (Okabe–Ito vermillion) and solid for w > 0, blue and dashed for
w < 0, the same sides as the signed pictures' blue–white–red map; the width
grows with |w| relative to the layer's largest (``core.patterns.network_edges``).

With several classes the output column holds one picture per class, each
named on its right (``output_names``: the class's symbol in its colour, then
its name); ``output_tips`` is each output picture's tooltip (what its
colours mean, a number's range).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
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
PEN_STEPS = 8  # edge widths are drawn in this many steps (one pen each)
OUTPUT_LABEL_WIDTH = 84  # px right of the class pictures for the class names


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
        self.output_names: tuple[tuple[str, QColor, str], ...] = ()
        self.output_tips: tuple[str, ...] = ()
        self.frame: NetworkFrame | None = None
        self.images: list[list[QImage]] = []
        self.order_by_reliance = False
        self.hovered: tuple[int, int] | None = None
        self.layout_: NetworkLayout | None = None
        self._lines: dict[tuple[bool, int], list[QLineF]] | None = None  # by pen
        self._ranks: list[np.ndarray] = []  # per hidden layer: unit -> rank
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))

    # -- setting ----------------------------------------------------------------

    def set_network(
        self, layer_sizes: tuple[int, ...], names: tuple[str, ...],
        titles: dict[str, str], output_names: tuple = (),
        output_tips: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        """``output_names``: per output unit (symbol, colour, name), or () for
        one output picture; ``output_tips``: per output unit its tooltip."""
        self.layer_sizes, self.names, self.titles = layer_sizes, names, titles
        self.output_names, self.output_tips = tuple(output_names), tuple(output_tips)
        self.frame, self.images, self.hovered, self._ranks = None, [], None, []
        self._relayout()

    def set_axis_inputs(self, x_feature: int, y_feature: int) -> None:
        self.axis_inputs = (x_feature, y_feature)
        self.update()

    def set_frame(self, frame: NetworkFrame) -> None:
        self.frame, self._lines = frame, None
        self.images = [[_image(rgba) for rgba in layer] for layer in frame.rgba]
        self._ranks = [
            np.argsort(o, kind="stable") for o in frame.computed.status.order
        ]
        self.update()

    def set_order_by_reliance(self, on: bool) -> None:
        self.order_by_reliance = bool(on)
        self._lines = None
        self.update()

    # -- geometry ---------------------------------------------------------------

    def _relayout(self) -> None:
        if self.layer_sizes:
            labels = OUTPUT_LABEL_WIDTH if self.output_names else 0.0
            self.layout_ = lay_out(
                self.layer_sizes, self.width(), self.height(), labels
            )
        self._lines = None
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
            self._paint_output_names(painter)
            if self.hovered is not None:
                self._paint_edges(painter, only=self.hovered)
        painter.end()

    def title_rects(self) -> list[tuple[QRectF, str]]:
        """Each column's title centred over it, kept inside the canvas (the
        output's would otherwise run off the right edge), shortened if wider."""
        metrics = QFontMetrics(self.small)
        found = []
        for x, key in self.layout_.titles:
            text = self.titles.get(key, "")
            width = min(metrics.horizontalAdvance(text) + 6, self.width())
            left = min(max(0.0, x - width / 2), self.width() - width)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            found.append((QRectF(left, 2, width, 18), text))
        return found

    def _paint_titles(self, painter: QPainter) -> None:
        painter.setFont(self.small)
        painter.setPen(palette.MUTED)
        for rect, text in self.title_rects():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def edge_lines(self) -> dict[tuple[bool, int], list[QLineF]]:
        """Every edge's line, grouped by pen: (negative, width step)."""
        if self._lines is None:
            self._lines = {}
            for edges in self.frame.edges:
                steps = np.rint(np.asarray(edges.width) * (PEN_STEPS - 1))
                for e in range(len(edges)):
                    pen = (bool(edges.weight[e] < 0), int(steps[e]))
                    line = QLineF(*self.edge_ends(edges, e))
                    self._lines.setdefault(pen, []).append(line)
        return self._lines

    def _paint_edges(
        self, painter: QPainter, faded: bool = False, only: tuple | None = None
    ) -> None:
        if self.frame is None:
            return
        if only is None:
            for (negative, step), lines in self.edge_lines().items():
                weight = -1.0 if negative else 1.0
                painter.setPen(edge_pen(weight, step / (PEN_STEPS - 1), faded))
                painter.drawLines(lines)
            return
        for edges in self.frame.edges:
            for e in range(len(edges)):
                if _touches(edges, e, only):
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
        borders, crossed = [], []
        for layer, size in enumerate(self.layer_sizes[1:], start=1):
            for unit in range(size):
                rect = self.unit_rect(layer, unit)
                is_dead = layer <= len(dead) and bool(dead[layer - 1][unit])
                if self.images and not is_dead:
                    painter.drawImage(rect, self.images[layer - 1][unit])
                else:  # a dead unit's picture is 0 everywhere: grey and crossed
                    painter.fillRect(rect, palette.PANEL)
                if is_dead:
                    crossed.append(rect)
                borders.append(rect)
        for rect in crossed:
            _cross(painter, rect)
        painter.setPen(QPen(palette.MUTED, 0.6))
        painter.drawRects(borders)
        if self.hovered is not None:
            painter.setPen(QPen(palette.INK, 2.0))
            painter.drawRect(self.unit_rect(*self.hovered))

    def output_name_rects(self) -> list[tuple[QRectF, int]]:
        """Where each output unit's name goes: right of its picture."""
        last = len(self.layer_sizes) - 1
        found = []
        for unit in range(len(self.output_names)):
            rect = self.unit_rect(last, unit)
            box = QRectF(rect.right() + 4, rect.center().y() - 9,
                         OUTPUT_LABEL_WIDTH - 6, 18)  # fmt: skip
            found.append((box, unit))
        return found

    def _paint_output_names(self, painter: QPainter) -> None:
        if not self.output_names:
            return
        painter.setFont(self.small)
        metrics = QFontMetrics(self.small)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for box, unit in self.output_name_rects():
            symbol, colour, name = self.output_names[unit]
            painter.setPen(colour)
            painter.drawText(box, align, symbol)
            shift = metrics.horizontalAdvance(symbol + " ")
            rest = box.adjusted(shift, 0, 0, 0)
            painter.setPen(palette.INK)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                      int(rest.width()))  # fmt: skip
            painter.drawText(rest, align, text)

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
            if layer == len(self.layer_sizes) - 1 and j < len(self.output_tips):
                return self.output_tips[j]
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
