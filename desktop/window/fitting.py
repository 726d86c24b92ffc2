"""Fitting the window to the screens schools have.

Three rules, each checked by tests/test_layout.py:

* **Never larger than the screen.** On a first start the window is maximized
  on screens up to ``SMALL_SCREEN`` pixels wide and otherwise opens at
  ``DEFAULT_SIZE`` shrunk to the screen's available area; a size remembered
  from another screen is shrunk and moved onto this one. The frame a window
  manager adds is counted once the window is shown.
* **The views get the width, the controls what is left.** The controls sit in
  one wide column (run buttons, setup, speed) when that column and every view
  tab's full title fit side by side. Otherwise, and always in projector mode
  (the presentation layout), they collapse to a narrow column of run buttons
  with the setup in a drawer that a *Setup* button opens and closes.
* **Cut text says so.** Tab titles that do not fit end in "…" and every tab
  carries its full title as a tooltip; tabs never scroll out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QWidget,
)

from desktop.window.flow_layout import FlowLayout

SMALL_SCREEN = 1366  # a screen this wide or narrower: start maximized
DEFAULT_SIZE = QSize(1280, 800)
# Before a window manager has framed the window its frame is unknown: leave
# room for a title bar and borders, then correct once shown.
FRAME_GUESS = QMargins(4, 32, 4, 4)
SIDE_MARGINS = 8  # the central widget's left + right margins


def first_geometry(
    available: QRect, frame: QMargins = FRAME_GUESS
) -> tuple[QRect, bool]:
    """The normal geometry for a first start, and whether to maximize."""
    rect = clamp_geometry(QRect(available.topLeft(), DEFAULT_SIZE), available, frame)
    if available.width() > SMALL_SCREEN:
        rect.moveCenter(available.center())
        rect = clamp_geometry(rect, available, frame)
    return rect, available.width() <= SMALL_SCREEN


def clamp_geometry(rect: QRect, available: QRect, frame: QMargins) -> QRect:
    """``rect`` (the client area) shrunk and moved so its frame is on screen."""
    inner = available.marginsRemoved(frame)
    size = rect.size().boundedTo(inner.size())
    left = min(max(rect.left(), inner.left()), inner.right() - size.width() + 1)
    top = min(max(rect.top(), inner.top()), inner.bottom() - size.height() + 1)
    return QRect(left, top, size.width(), size.height())


def available_geometry(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_on_screen(window: QMainWindow, restored: bool) -> None:
    """First start: maximize on small screens; restored: keep it on this screen."""
    available = available_geometry(window)
    if restored:
        if not window.isMaximized() and not window.isFullScreen():
            window.setGeometry(
                clamp_geometry(window.geometry(), available, FRAME_GUESS)
            )
        return
    rect, maximize = first_geometry(available)
    window.setGeometry(rect)
    if maximize:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def frame_margins(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


class ViewTabs(QTabWidget):
    """Tabs that never scroll away: titles shorten with "…", full on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(False)
        self.tabBar().setExpanding(False)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        if not self.tabToolTip(index):
            self.setTabToolTip(index, self.tabText(index))

    def full_width(self) -> int:
        """Width the tab bar needs to show every title in full."""
        bar = self.tabBar()
        return sum(bar.tabSizeHint(i).width() for i in range(bar.count()))


class LayoutFitter(QObject):
    """Arranges the controls whenever the window's size or font changes.

    Needs ``window.controls`` (a ``ControlsPanel``) inside ``scroll``,
    ``window.tabs`` (a ``ViewTabs``) and ``strip``, an empty widget above the
    views that holds the run buttons (in a ``FlowLayout``) in the "strip"
    arrangement.
    """

    def __init__(self, window: QMainWindow, scroll: QScrollArea, strip: QWidget):
        super().__init__(window)
        self.window, self.scroll, self.strip = window, scroll, strip
        FlowLayout(strip)
        self.presentation = False
        self._framed = False
        # timers owned here die with the window: no call after it is gone
        self._refit_timer = _one_shot(self, self.refit)
        self._frame_timer = _one_shot(self, self.keep_frame_on_screen)
        window.installEventFilter(self)
        window.controls.arrangement_changed.connect(self.refit_later)

    def set_presentation(self, on: bool) -> None:
        """Projector mode: never the wide column, whatever the width."""
        self.presentation = on
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.refit_later()
        elif kind == QEvent.Type.Show and not self._framed:
            self._framed = True
            self._frame_timer.start()
        return False

    def refit_later(self) -> None:
        """Coalesce the many resize and font events of one change into one refit."""
        self._refit_timer.start()

    def keep_frame_on_screen(self) -> None:
        """Once framed by the window manager: shrink if the frame pokes out."""
        window = self.window
        if window.isMaximized() or window.isFullScreen() or not window.isVisible():
            return
        available = available_geometry(window)
        rect = clamp_geometry(window.geometry(), available, frame_margins(window))
        if rect != window.geometry():
            window.setGeometry(rect)

    def choose(self) -> str:
        """The first arrangement that leaves every tab title room in full.

        "wide" (not in projector mode), then the narrow "column", else the
        run buttons go in a "strip" above the views and the tabs get the width.
        """
        controls = self.window.controls
        room = self.window.width() - 2 * SIDE_MARGINS - self._scrollbar_width()
        room -= self.window.tabs.full_width()
        if not self.presentation and controls.wide_width() <= room:
            return "wide"
        return "column" if controls.column_width() <= room else "strip"

    def refit(self) -> None:
        self._refit_timer.stop()
        controls = self.window.controls
        arrangement = self.choose()
        controls.set_arrangement(arrangement)
        if (
            arrangement == "strip"
            and controls.play_button.parentWidget() is not self.strip
        ):
            for button in controls.run_buttons():
                self.strip.layout().addWidget(button)
        self.strip.setVisible(arrangement == "strip")
        self.scroll.setVisible(arrangement != "strip" or controls.drawer_open())
        controls.layout().activate()
        wide = arrangement == "wide"
        column = controls.wide_width() if wide else controls.sizeHint().width()
        self.scroll.setFixedWidth(column + self._scrollbar_width())

    def _scrollbar_width(self) -> int:
        extent = QStyle.PixelMetric.PM_ScrollBarExtent
        return self.scroll.style().pixelMetric(extent) + 2


def _one_shot(owner: QObject, slot) -> QTimer:
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


class ElidedLabel(QLabel):
    """One line that ends in "…" when too narrow, its full text then on hover.

    It never widens the window: its minimum width is a few characters.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def is_cut(self) -> bool:
        needed = self.fontMetrics().horizontalAdvance(self.text())
        return needed > self.contentsRect().width()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_cut() else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, align, text)
        painter.end()
