"""The pipeline diagram: the seed's stages as boxes, left to right, with arrows.

Painted by hand with QPainter so it stays crisp at any size and on high-DPI
screens, and so the boxes share the width they are given: more hidden
layers, more (narrower) boxes. Clicking a box asks for its details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.lesson.pipeline_stages import Stage, shape_text
from desktop.views import palette

MARGIN = 10
ARROW_GAP = 30
HEADER = 40  # the title band's height at the default font (see _header_height)
RADIUS = 8
CAPTION_HEIGHT = 46  # the strip under the boxes that explains the active stage


def _core_text(text: str) -> str:
    """The core's fixed wording (stage titles, descriptions), translatable here."""
    return QCoreApplication.translate("core", text)


class PipelineView(QWidget):
    """Draws ``Stage`` boxes; emits ``stage_clicked(index)``."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_view")
        self.setMouseTracking(True)
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pipeline diagram"))
        self._stages: list[Stage] = []
        self._live: dict[str, str] = {}
        self._hover = -1
        self._active = ""
        self._focus_index = 0
        self._caption = ""
        self._walk: dict[str, str] = {}

    # -- content ------------------------------------------------------------

    def set_stages(self, stages: list[Stage] | tuple[Stage, ...]) -> None:
        self._stages = list(stages)
        self._live = {k: v for k, v in self._live.items() if k in self.stage_keys()}
        self._focus_index = min(self._focus_index, max(0, len(self._stages) - 1))
        self.setAccessibleDescription(" → ".join(s.title for s in self._stages))
        self.update()

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def stage_keys(self) -> list[str]:
        return [s.key for s in self._stages]

    def set_live_text(self, key: str, text: str) -> None:
        """A line computed from the current run, shown at the foot of a box."""
        if self._live.get(key) != text:
            self._live[key] = text
            self.update()

    def live_text(self, key: str) -> str:
        return self._live.get(key, "")

    def set_active(self, key: str) -> None:
        """Highlight one stage (e.g. while stepping through it); "" for none."""
        self._active = key
        self.update()

    def set_caption(self, text: str) -> None:
        """A plain-language sentence under the boxes (Step sample); "" hides it."""
        if text != self._caption:
            self._caption = text
            self.setAccessibleDescription(text or self.accessibleDescription())
            self.update()

    def caption(self) -> str:
        return self._caption

    def set_walk_text(self, key: str, text: str) -> None:
        """The numbers flowing through a stage, shown first in its box."""
        self._walk = {key: text} if text else {}
        self.update()

    def walk_text(self, key: str) -> str:
        return self._walk.get(key, "")

    def sizeHint(self) -> QSize:
        return QSize(1000, 260)

    # -- geometry -----------------------------------------------------------

    def box_rects(self) -> list[QRectF]:
        n = len(self._stages)
        if n == 0:
            return []
        width = (self.width() - 2 * MARGIN - (n - 1) * ARROW_GAP) / n
        height = self.height() - 2 * MARGIN - (CAPTION_HEIGHT if self._caption else 0)
        return [
            QRectF(MARGIN + i * (width + ARROW_GAP), MARGIN, width, height)
            for i in range(n)
        ]

    def index_at(self, point: QPointF) -> int:
        for i, rect in enumerate(self.box_rects()):
            if rect.contains(point):
                return i
        return -1

    # -- events -------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index != self._hover:
            self._hover = index
            cursor = (
                Qt.CursorShape.PointingHandCursor
                if index >= 0
                else Qt.CursorShape.ArrowCursor
            )
            self.setCursor(cursor)
            self.setToolTip(self._tooltip(index))
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._focus_index = index
            self.stage_clicked.emit(index)

    def event(self, event: QEvent) -> bool:
        """Keep Left/Right for moving between boxes while the diagram has focus.

        The window binds Right to "step"; accepting the override here lets the
        focused diagram have the arrow keys instead.
        """
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Space,
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        """Left/Right move between boxes, Enter opens one: no mouse needed."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._stages:
            step = 1 if key == Qt.Key.Key_Right else -1
            self._focus_index = (self._focus_index + step) % len(self._stages)
            self.update()
        elif (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self._stages
        ):
            self.stage_clicked.emit(self._focus_index)
        else:
            super().keyPressEvent(event)

    def _tooltip(self, index: int) -> str:
        if index < 0:
            return ""
        return self.tr("{title}: click for details").format(
            title=self._stages[index].title
        )

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.PAPER)
        rects = self.box_rects()
        for i, (stage, rect) in enumerate(zip(self._stages, rects, strict=True)):
            self._paint_box(painter, i, stage, rect)
            if i + 1 < len(rects):
                self._paint_arrow(painter, rect, rects[i + 1])
        if self._caption:
            self._paint_caption(painter)
        painter.end()

    def _paint_caption(self, painter: QPainter) -> None:
        area = QRectF(
            MARGIN,
            self.height() - MARGIN - CAPTION_HEIGHT + 4,
            self.width() - 2 * MARGIN,
            CAPTION_HEIGHT - 4,
        )
        painter.fillRect(area, palette.PANEL)
        painter.setPen(QPen(palette.INK))
        painter.setFont(self._font(self._text_size() + 0.5))
        painter.drawText(
            area.adjusted(8, 2, -8, -2),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter,
            self._caption,
        )

    def _colour(self, stage: Stage) -> QColor:
        if stage.key == "output":
            return palette.STAGE_COLOURS["output"]
        return palette.STAGE_COLOURS[stage.kind]

    def _paint_box(
        self, painter: QPainter, index: int, stage: Stage, rect: QRectF
    ) -> None:
        colour = self._colour(stage)
        emphasised = stage.key == self._active or index == self._hover
        focused = self.hasFocus() and index == self._focus_index
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, colour.lighter(185) if emphasised else palette.PANEL)
        header = QPainterPath()
        header.setFillRule(Qt.FillRule.WindingFill)
        top = QRectF(rect.left(), rect.top(), rect.width(), self._header_height())
        header.addRoundedRect(top, RADIUS, RADIUS)
        header.addRect(top.adjusted(0, RADIUS, 0, 0))
        painter.fillPath(header, colour)
        border = QPen(colour.darker(115), 4 if stage.key == self._active else 1.5)
        if focused:
            border.setStyle(Qt.PenStyle.DashLine)
            border.setWidthF(2.5)
        painter.setPen(border)
        painter.drawPath(path)
        self._paint_title(painter, index, stage, top)
        self._paint_body(painter, stage, rect.adjusted(0, self._header_height(), 0, 0))

    def _font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _header_height(self) -> float:
        """Tall enough for the longest title once wrapped in its box."""
        rects = self.box_rects()
        if not rects:
            return float(HEADER)
        font = self._font(self._text_size() + 0.5, bold=True)
        metrics = QFontMetrics(font)
        width = int(rects[0].width()) - 16
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            metrics.boundingRect(
                0, 0, width, 1000, flags, f"{i + 1}  {_core_text(stage.title)}"
            ).height()
            for i, stage in enumerate(self._stages)
        )
        return max(float(HEADER) * 0.75, tallest + 10.0)

    def _text_size(self) -> float:
        """Follows the app font (projector mode scales it), fitted to the boxes."""
        base = self.font().pointSizeF()
        base = base if base > 0 else 10.0
        rects = self.box_rects()
        width = rects[0].width() if rects else 200.0
        scale = base / 10.0
        return max(8.0 * scale, min(11.0 * scale, width / 19))

    def _paint_title(
        self, painter: QPainter, index: int, stage: Stage, top: QRectF
    ) -> None:
        painter.setFont(self._font(self._text_size() + 0.5, bold=True))
        painter.setPen(palette.PAPER)
        box = top.adjusted(8, 2, -8, -2)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            box,
            flags | Qt.TextFlag.TextWordWrap,
            f"{index + 1}  {_core_text(stage.title)}",
        )

    def _shape_line(self, painter, label, shape, stage, area: QRectF) -> str:
        """ "in: 1000 rows × 20 features", shortened to "in: 1000 × 20" if too wide."""
        painter.setFont(self._font(self._text_size(), bold=True))
        text = f"{label}: {shape_text(shape, stage)}"
        if painter.fontMetrics().horizontalAdvance(text) > area.width() - 20:
            text = f"{label}: {shape[0]} × {shape[1]}"
        return text

    def _paint_body(self, painter: QPainter, stage: Stage, area: QRectF) -> None:
        size = self._text_size()
        walk = [(self._walk[stage.key], True, False)] if stage.key in self._walk else []
        lines = [
            *walk,
            (self._shape_line(painter, "in", stage.in_shape, None, area), True, False),
            (
                self._shape_line(painter, "out", stage.out_shape, stage, area),
                True,
                False,
            ),
            (_core_text(stage.description), False, False),
            (stage.example, False, True),
        ]
        if stage.parameter_count:
            count = self.tr("{n:,} weights and biases").format(n=stage.parameter_count)
            lines.append((count, False, False))
        if self._live.get(stage.key):
            lines.append((self._live[stage.key], True, False))
        box = area.adjusted(8, 6, -8, -6)
        wrap = (
            Qt.TextFlag.TextWordWrap
            | Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignTop
        )
        y = box.top()
        for text, bold, italic in lines:
            painter.setFont(self._font(size, bold, italic))
            painter.setPen(palette.MUTED if italic else palette.INK)
            target = QRectF(box.left(), y, box.width(), box.bottom() - y)
            used = painter.boundingRect(target, wrap, text)
            if y + used.height() > box.bottom():
                break
            painter.drawText(target, wrap, text)
            y += used.height() + 3

    def _paint_arrow(self, painter: QPainter, left: QRectF, right: QRectF) -> None:
        y = left.center().y()
        start = QPointF(left.right() + 4, y)
        end = QPointF(right.left() - 4, y)
        painter.setPen(QPen(palette.MUTED, 2.2))
        painter.drawLine(start, end - QPointF(6, 0))
        head = QPolygonF([end, end + QPointF(-10, -6), end + QPointF(-10, 6)])
        painter.setBrush(palette.MUTED)
        painter.drawPolygon(head)
        painter.setBrush(Qt.BrushStyle.NoBrush)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from core import Trainer, TrainingConfig
    from core.lesson.pipeline_stages import describe_pipeline

    app = QApplication([])
    trainer = Trainer(TrainingConfig())
    view = PipelineView()
    view.set_stages(
        describe_pipeline(
            trainer.dataset, trainer.scaler, trainer.model.layer_sizes, "relu"
        )
    )
    view.resize(1200, 230)
    view.show()
    app.exec()
