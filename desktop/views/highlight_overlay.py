"""Outlines drawn over the main window: the lesson's highlight and the focus ring.

Both are transparent child widgets laid over the whole window, so they need
no change in the widgets they point at and never take a click. The lesson's
highlight is a thick dark outline with a yellow core and a text label ("Look
here: …"), so it does not rely on colour; the focus ring is a dashed blue
outline around whichever widget has the keyboard focus, so a student moving
with Tab always sees where they are.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from desktop.views import palette

OUTER, INNER = 7.0, 3.0
FOCUS_WIDTH = 3.0
MARGIN = 8
RectSource = Callable[[], QRect | None]
WATCHED = (
    QEvent.Type.Resize,
    QEvent.Type.Move,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.LayoutRequest,
)


class _Overlay(QWidget):
    """A see-through layer the size of its parent window, kept on top."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(window.rect())
        self._drawn = QRect()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        if event.type() in WATCHED:
            self.refresh()
        return False

    def drawn_rect(self) -> QRect | None:
        """The outlined rectangle, in this overlay's coordinates; None for none."""
        raise NotImplementedError

    def extent(self, rect: QRect) -> QRect:
        """Everything painted for ``rect`` (outline and any label)."""
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def refresh(self) -> None:
        """Repaint only where the outline was and is: a full repaint would redraw
        the plots under the whole window."""
        rect = self.drawn_rect()
        now = self.extent(rect) if rect is not None else QRect()
        self.update(self._drawn.united(now))
        self._drawn = now

    def widget_rect(self, widget: QWidget | None) -> QRect | None:
        """Where ``widget`` is visible, in this overlay's coordinates."""
        if widget is None or not shiboken6.isValid(widget):
            return None
        if not widget.isVisible() or widget.window() is not self.window():
            return None
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            return None
        top_left = widget.mapTo(self.parentWidget(), visible.topLeft())
        return QRect(top_left, visible.size())


class HighlightOverlay(_Overlay):
    """Outlines one target (a widget, or a part of one) with a label beside it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lesson_highlight")
        self._target: QWidget | None = None
        self._source: RectSource | None = None
        self.label = ""
        self.hide()

    def point_at(
        self, target: QWidget | None, label: str, part: RectSource | None = None
    ) -> None:
        """Follow ``target`` (or the rectangle ``part`` returns) until changed."""
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target, self._source, self.label = target, part, label
        if target is not None:
            target.installEventFilter(self)
        self.setVisible(target is not None)
        self.raise_()
        self.refresh()

    def clear(self) -> None:
        self.point_at(None, "")

    @property
    def target(self) -> QWidget | None:
        return self._target

    def drawn_rect(self) -> QRect | None:
        if self._target is None:
            return None
        if self._source is not None:
            return self._source()
        return self.widget_rect(self._target)

    def extent(self, rect: QRect) -> QRect:
        return super().extent(rect).united(self._label_box(rect))

    def _label_box(self, rect: QRect) -> QRect:
        """Below the outline if there is room, else above, else inside it; never
        over a tab bar (it would hide the names of the tabs a step talks about)."""
        if not self.label:
            return QRect()
        metrics = QFontMetrics(self._label_font())
        size = metrics.boundingRect(self.label).adjusted(-8, -4, 8, 4).size()
        candidates = [
            QRect(rect.bottomLeft() + QPoint(10, MARGIN), size),
            QRect(rect.topLeft() + QPoint(10, -MARGIN - size.height()), size),
            QRect(rect.topRight() + QPoint(-10 - size.width(), MARGIN), size),
            QRect(rect.bottomLeft() + QPoint(10, -MARGIN - size.height()), size),
        ]
        avoid = self._avoid()
        for box in candidates:
            if box.right() > self.width() - 4:
                box.moveRight(self.width() - 4)
            inside = box.top() >= 4 and box.bottom() <= self.height() - 4
            if inside and not any(box.intersects(bar) for bar in avoid):
                return box
        return candidates[-1]

    def _avoid(self) -> list[QRect]:
        """Where the tab bars are, except the one outlined."""
        window = self.parentWidget()
        bars = [bar for bar in window.findChildren(QTabBar) if bar is not self._target]
        rects = (self.widget_rect(bar) for bar in bars)
        return [r for r in rects if r is not None]

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paintEvent(self, event) -> None:
        rect = self.drawn_rect()
        if rect is None:
            return
        rect = rect.adjusted(2, 2, -2, -2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.INK, OUTER))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QPen(palette.YELLOW, INNER))
        painter.drawRoundedRect(rect, 6, 6)
        self._paint_label(painter, rect)
        painter.end()

    def _paint_label(self, painter: QPainter, rect: QRect) -> None:
        if not self.label:
            return
        painter.setFont(self._label_font())
        box = self._label_box(rect)
        painter.fillRect(box, palette.INK)
        painter.setPen(QColor(palette.PAPER))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.label)


class FocusRing(_Overlay):
    """A dashed outline around the focused widget of this window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self._focused: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._on_focus)
        self.show()

    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        if self._focused is not None and shiboken6.isValid(self._focused):
            self._focused.removeEventFilter(self)
        inside = new is not None and new.window() is self.window()
        self._focused = new if inside else None
        if self._focused is not None:
            self._focused.installEventFilter(self)
        self.raise_()
        self.refresh()

    @property
    def focused(self) -> QWidget | None:
        return self._focused

    def drawn_rect(self) -> QRect | None:
        return self.widget_rect(self._focused)

    def paintEvent(self, event) -> None:
        rect = self.drawn_rect()
        if rect is None:
            return
        painter = QPainter(self)
        pen = QPen(palette.BLUE, FOCUS_WIDTH, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()
