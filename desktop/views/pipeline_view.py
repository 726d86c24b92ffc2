"""The pipeline diagram: the seed's stages as boxes, left to right, with arrows.

Painted by hand with QPainter so it stays crisp at any size and on high-DPI
screens, and so the boxes share the width they are given: more hidden
layers, more (narrower) boxes. Clicking a box asks for its details.

A box may also show a strip of small pictures under its text
(``set_unit_pictures``: a hidden layer's most relied-on units, the output's
picture, computed elsewhere; this view only paints them). Text comes first:
the strip takes only the room the text left, shows as many pictures as fit
in one row, and is left out when not even one fits at ``MIN_THUMB`` pixels.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.lesson.pipeline_stages import Stage, shape_text
from desktop.views import palette
from desktop.views.text_fit import BoxText, FittedText, fill_rows, fit_text, rows

MARGIN = 10
ARROW_GAP = 30
HEADER = 40  # the title band's height at the default font (see _header_height)
RADIUS = 8
GAP = 3  # between two texts in a box
TITLE_LINES = 2  # a longer stage title ends in "…" (in full on hover)
LIVE_LINES = 3  # the run's "Now: …" line, shortened to this many lines at most
MIN_THUMB = 14  # px: a picture smaller than this is not drawn at all
MAX_THUMB = 40  # px: a hidden unit's picture; the output's up to twice that
THUMB_GAP = 2


def thumb_grid(count: int, width: float, height: float, largest: float):
    """(side, rows): the largest square side at which ``count`` pictures fit in
    ``width`` × ``height`` in that many rows, at most ``largest`` pixels."""
    best = (0.0, 1)
    for lines in range(1, max(1, count) + 1):
        per_line = math.ceil(count / lines)
        side = min(
            largest,
            (width + THUMB_GAP) / per_line - THUMB_GAP,
            (height + THUMB_GAP) / lines - THUMB_GAP,
        )
        if side > best[0]:
            best = (side, lines)
    return best


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
        self._pictures: dict[str, list[QImage]] = {}
        # fitted texts and fonts for one size, font and content (see _memo)
        self._memo_key: tuple = ()
        self._memo_values: dict = {}

    # -- content ------------------------------------------------------------

    def set_stages(self, stages: list[Stage] | tuple[Stage, ...]) -> None:
        self._stages = list(stages)
        self._live = {k: v for k, v in self._live.items() if k in self.stage_keys()}
        keys = self.stage_keys()
        self._pictures = {k: v for k, v in self._pictures.items() if k in keys}
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

    def clear_live_texts(self) -> None:
        """Drop every live line (a new run: none of the old numbers hold)."""
        if self._live:
            self._live.clear()
            self.update()

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

    def export_pixmap(self):
        """The diagram as a picture of the run, without the Step sample caption and
        numbers: those describe one press of a button, not the network."""
        caption, walk, active = self._caption, self._walk, self._active
        self._caption, self._walk, self._active = "", {}, ""
        try:
            return self.grab()
        finally:
            self._caption, self._walk, self._active = caption, walk, active
            self.update()

    def set_unit_pictures(self, key: str, images: list[QImage]) -> None:
        """Small pictures for box ``key``, in the order to draw them ([] removes)."""
        if images:
            self._pictures[key] = list(images)
        else:
            self._pictures.pop(key, None)
        self.update()

    def unit_pictures(self, key: str) -> list[QImage]:
        return list(self._pictures.get(key, ()))

    def clear_unit_pictures(self) -> None:
        if self._pictures:
            self._pictures.clear()
            self.update()

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
        height = self.height() - 2 * MARGIN - self._caption_height()
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
            return self._caption if self.caption_text().cut else ""
        return self.box_tooltip(index)

    def box_tooltip(self, index: int) -> str:
        """What hovering box ``index`` shows: its title and, in full, any text cut."""
        tip = self.tr("{title}: click for details").format(
            title=_core_text(self._stages[index].title)
        )
        cut = self.box_text(index).cut
        return "\n\n".join([tip, *cut]) if cut else tip

    def elided_texts(self) -> dict[int, tuple[str, ...]]:
        """Per box, the full texts shortened or left out at the current size."""
        found = {i: self.box_text(i).cut for i in range(len(self._stages))}
        return {i: cut for i, cut in found.items() if cut}

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

    def _caption_height(self) -> int:
        """Room for the caption's lines (three at most) at the current font."""
        if not self._caption:
            return 0
        spacing = QFontMetrics(self._font(self._text_size() + 0.5)).lineSpacing()
        return len(self.caption_text().lines) * spacing + 12

    def caption_text(self) -> FittedText:
        metrics = QFontMetrics(self._font(self._text_size() + 0.5))
        width = int(self.width() - 2 * MARGIN - 16)
        return fit_text(metrics, self._caption, width, 3)

    def _paint_caption(self, painter: QPainter) -> None:
        height = self._caption_height()
        area = QRectF(
            MARGIN, self.height() - MARGIN - height + 4,
            self.width() - 2 * MARGIN, height - 4,
        )  # fmt: skip
        painter.fillRect(area, palette.PANEL)
        painter.setPen(QPen(palette.INK))
        font = self._font(self._text_size() + 0.5)
        painter.setFont(font)
        spacing = QFontMetrics(font).lineSpacing()
        y = area.top() + 4
        for line in self.caption_text().lines:
            painter.drawText(QRectF(area.left() + 8, y, area.width() - 16, spacing),
                             Qt.AlignmentFlag.AlignLeft, line)  # fmt: skip
            y += spacing

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
        text = self.box_text(index)
        self._paint_lines(painter, top, [(t, "title", False) for t in text.title])
        body = self._body_rect(rect)
        self._paint_lines(painter, body, list(text.body), centre=False)
        rects = self._picture_rects(index, text.body)
        self._paint_pictures(painter, stage.key, rects)

    def _body_rect(self, rect: QRectF) -> QRectF:
        return rect.adjusted(0, self._header_height(), 0, 0).adjusted(8, 6, -8, -6)

    def _rows_height(self, lines) -> float:
        """The height ``_paint_lines`` gives (line, style, gap before) rows."""
        fonts = self._fonts()
        return sum(
            QFontMetrics(fonts[style]).lineSpacing() + (GAP if gap else 0)
            for _, style, gap in lines
        )

    def picture_rects(self, index: int) -> list[QRectF]:
        """Where box ``index`` draws its pictures now: in one row at the foot of
        the room its text left (none if not even one fits)."""
        if not self._pictures.get(self._stages[index].key):
            return []
        return self._picture_rects(index, self.box_text(index).body)

    def _picture_rects(self, index: int, rows) -> list[QRectF]:
        key = self._stages[index].key
        count = len(self._pictures.get(key, ()))
        if not count:
            return []
        body = self._body_rect(self.box_rects()[index])
        room = body.height() - self._rows_height(rows) - 2 * GAP
        largest = MAX_THUMB * (2 if key == "output" else 1)
        side, lines = thumb_grid(count, body.width(), room, largest)
        if side < MIN_THUMB:  # fewer, in one row, at the smallest size
            fit = int((body.width() + THUMB_GAP) // (MIN_THUMB + THUMB_GAP))
            count = min(count, fit)
            side, lines = thumb_grid(count, body.width(), room, largest)
        if side < MIN_THUMB or count < 1:
            return []
        per_line = math.ceil(count / lines)
        step = float(int(side)) + THUMB_GAP
        top = body.bottom() - lines * step + THUMB_GAP
        return [
            QRectF(body.left() + (i % per_line) * step, top + (i // per_line) * step,
                   step - THUMB_GAP, step - THUMB_GAP)
            for i in range(count)
        ]  # fmt: skip

    def _paint_pictures(self, painter, key: str, rects: list[QRectF]) -> None:
        if not rects:
            return
        for rect, image in zip(rects, self._pictures[key], strict=False):
            painter.drawImage(rect, image)
        painter.setPen(QPen(palette.MUTED, 0.6))
        painter.drawRects(rects)

    def _paint_lines(self, painter, area: QRectF, lines, centre: bool = True) -> None:
        """Draw (line, style, gap before) rows down ``area``, centred if asked."""
        fonts = self._fonts()
        heights = [
            QFontMetrics(fonts[style]).lineSpacing() + (GAP if gap else 0)
            for _, style, gap in lines
        ]
        y = area.top() + (max(0.0, (area.height() - sum(heights)) / 2) if centre else 0)
        inset = 8 if centre else 0
        for (line, style, gap), height in zip(lines, heights, strict=True):
            painter.setFont(fonts[style])
            pen = palette.MUTED if style == "italic" else palette.INK
            painter.setPen(palette.PAPER if style == "title" else pen)
            row = QRectF(area.left() + inset, y + (GAP if gap else 0),
                         area.width() - inset, height)  # fmt: skip
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft, line)
            y += height

    def _font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _memo(self, name, compute):
        """``compute()`` once per size, font and content of the boxes.

        Fitting the texts takes hundreds of font-metric calls; a repaint for
        new pictures or a hover changes none of them. With training on the
        other thread every such call from Python may wait for the GIL, so
        recomputing them in each paint stalled the window for tens of ms.
        """
        key = (
            self.width(), self.height(), self.font().key(),
            tuple(map(id, self._stages)), tuple(self._live.items()),
            tuple(self._walk.items()), self._caption,
        )  # fmt: skip
        if key != self._memo_key:
            self._memo_key, self._memo_values = key, {}
        if name not in self._memo_values:
            self._memo_values[name] = compute()
        return self._memo_values[name]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the titles' words change
            self._memo_key = ()
            self.update()
        super().changeEvent(event)

    def _fonts(self) -> dict[str, QFont]:
        return self._memo("fonts", self._make_fonts)

    def _make_fonts(self) -> dict[str, QFont]:
        size = self._text_size()
        return {
            "title": self._font(size + 0.5, bold=True),
            "bold": self._font(size, bold=True),
            "plain": self._font(size),
            "italic": self._font(size, italic=True),
        }

    def _title_text(self, index: int) -> FittedText:
        return self._memo(("title", index), lambda: self._fit_title(index))

    def _fit_title(self, index: int) -> FittedText:
        """The title in two lines at most; a hidden layer's falls back to "Layer 2"."""
        rects = self.box_rects()
        width = int(rects[0].width()) - 16 if rects else 200
        metrics = QFontMetrics(self._fonts()["title"])
        stage = self._stages[index]
        fitted = fit_text(metrics, self.full_title(index), width, TITLE_LINES)
        if fitted.cut and stage.kind == "layer" and stage.key != "output":
            short = self.tr("Layer {k}").format(k=stage.layer)
            fitted = fit_text(metrics, f"{index + 1}  {short}", width, TITLE_LINES)
            return FittedText(fitted.lines, True)
        return fitted

    def full_title(self, index: int) -> str:
        return f"{index + 1}  {_core_text(self._stages[index].title)}"

    def _header_height(self) -> float:
        return self._memo("header", self._fit_header)

    def _fit_header(self) -> float:
        """Tall enough for the longest title once wrapped (two lines at most)."""
        if not self._stages:
            return float(HEADER)
        spacing = QFontMetrics(self._fonts()["title"]).lineSpacing()
        lines = max(len(self._title_text(i).lines) for i in range(len(self._stages)))
        return max(float(HEADER) * 0.75, lines * spacing + 10.0)

    def _text_size(self) -> float:
        """Follows the app font (projector mode scales it), fitted to the boxes."""
        base = self.font().pointSizeF()
        base = base if base > 0 else 10.0
        n = len(self._stages)  # the box width, not box_rects(): its height needs us
        width = (self.width() - 2 * MARGIN - (n - 1) * ARROW_GAP) / n if n else 200.0
        scale = base / 10.0
        return max(8.0 * scale, min(11.0 * scale, width / 19))

    def _body_items(self, stage: Stage, width: int) -> list[tuple[str, str, str]]:
        """(text to fit, full text, style) in the order a box shows them.

        The shapes have a short form ("in: 1000 × 20") used when the long one
        ("in: 1000 rows × 20 features") is too wide; the long one is then the
        full text offered on hover.
        """
        metrics = QFontMetrics(self._fonts()["bold"])
        items = []
        if stage.key in self._walk:
            items.append((self._walk[stage.key], self._walk[stage.key], "bold"))
        for label, shape, of in ((self.tr("in"), stage.in_shape, None),
                                 (self.tr("out"), stage.out_shape, stage)):  # fmt: skip
            full = f"{label}: {shape_text(shape, of)}"
            short = full
            if metrics.horizontalAdvance(full) > width:
                short = f"{label}: {shape[0]} × {shape[1]}"
            items.append((short, full, "bold"))
        description = _core_text(stage.description)
        items += [(description, description, "plain"),
                  (stage.example, stage.example, "italic")]  # fmt: skip
        if stage.parameter_count:
            count = self.tr("{n:,} weights and biases").format(n=stage.parameter_count)
            items.append((count, count, "plain"))
        return items

    def box_text(self, index: int) -> BoxText:
        return self._memo(("box", index), lambda: self._fit_box(index))

    def _fit_box(self, index: int) -> BoxText:
        """The lines box ``index`` shows at the current size, and what was cut.

        The run's live line ("Now: …") is given room first so that it always
        shows (shortened if need be); the fixed texts fill the room left, in
        order, and the first that does not fit ends in "…" with the rest left
        out; the live line then takes any room they did not use.
        """
        rects = self.box_rects()
        if not rects:
            return BoxText((), (), ())
        stage = self._stages[index]
        width = int(rects[index].width()) - 16
        room = rects[index].height() - self._header_height() - 12
        metrics = {k: QFontMetrics(f) for k, f in self._fonts().items()}
        title = self._title_text(index)
        cut = [self.full_title(index)] if title.cut else []
        live_text = self._live.get(stage.key, "")
        spacing = metrics["bold"].lineSpacing()
        lines = int((room - GAP) // spacing)
        live = fit_text(metrics["bold"], live_text, width, min(LIVE_LINES, lines))
        reserved = len(live.lines) * spacing + GAP if live.lines else 0
        items = self._body_items(stage, width)
        body, left, missing = fill_rows(items, metrics, width, room - reserved, GAP)
        if live.cut:  # the room the fixed texts left may hold more of it
            lines = int((left + reserved - GAP) // spacing)
            live = fit_text(metrics["bold"], live_text, width, lines)
        body += rows(live.lines, "bold", bool(body))
        cut += [*missing, live_text] if live.cut else missing
        return BoxText(tuple(title.lines), tuple(body), tuple(cut))

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
