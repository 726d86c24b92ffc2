"""The time scrubber: drag back to any batch of the run and see it as it was.

A slider over every batch so far, a strip that marks the moments time
travel kept (all of them in a normal run; evenly thinned ones in a huge
one), the moment shown in words, and "Back to live". Training itself always
goes on from the live state.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from core.inside.frame import InsideFrame
from desktop.views import palette


class KeptStrip(QWidget):
    """Ticks where a moment is kept; the shown moment as a taller mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(10)
        self.setMaximumHeight(12)
        self.kept = np.zeros(0, dtype=int)
        self.total = 0

    def set_kept(self, kept: np.ndarray, total: int) -> None:
        self.kept, self.total = kept, total
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.PANEL)
        if self.total > 0 and len(self.kept):
            painter.setPen(QPen(palette.MUTED, 1))
            width = self.width() - 1
            xs = np.unique(np.round(self.kept / self.total * width).astype(int))
            for x in xs:
                painter.drawLine(int(x), 2, int(x), self.height() - 2)
        painter.setPen(QPen(palette.INK))
        painter.drawRect(QRectF(0, 0, self.width() - 1, self.height() - 1))
        painter.end()


class JumpSlider(QSlider):
    """A slider whose trough, clicked, jumps to the clicked point (and the drag
    goes on from there), instead of Qt's page step of 10."""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            value = self.value_at(event.position().x())
            if value is not None:
                self.setValue(value)
        super().mousePressEvent(event)

    def value_at(self, x: float) -> int | None:
        """The value under ``x`` (widget pixels); None on the handle itself."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        control = QStyle.ComplexControl.CC_Slider
        handle = style.subControlRect(
            control, option, QStyle.SubControl.SC_SliderHandle, self
        )
        if handle.left() <= x <= handle.right():
            return None
        groove = style.subControlRect(
            control, option, QStyle.SubControl.SC_SliderGroove, self
        )
        span = groove.width() - handle.width()
        position = round(x - groove.left() - handle.width() / 2)
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), max(0, min(position, span)), span
        )


class TimeScrubber(QWidget):
    moment_chosen = Signal(int)  # a step to look at; -1 to follow the live run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_scrubber")
        self.slider = JumpSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("time_slider")
        self.slider.setAccessibleName(self.tr("Moment of the run"))
        self.slider.setToolTip(
            self.tr("Drag, or click a point, to see the run after any batch")
        )
        self.slider.valueChanged.connect(self._on_slider)
        self.strip = KeptStrip()
        self.label = QLabel()
        self.label.setObjectName("time_label")
        self.live_button = QPushButton(self.tr("Back to live"))
        self.live_button.setObjectName("time_live_button")
        self.live_button.clicked.connect(lambda: self.moment_chosen.emit(-1))
        track = QVBoxLayout()
        track.setSpacing(1)
        track.addWidget(self.slider)
        track.addWidget(self.strip)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(QLabel(self.tr("Time:")))
        row.addLayout(track, 1)
        row.addWidget(self.label)
        row.addWidget(self.live_button)
        self._updating = False

    def show_frame(self, frame: InsideFrame) -> None:
        self._updating = True
        self.slider.setRange(0, max(frame.live_step, 0))
        self.slider.setValue(frame.step)
        self._updating = False
        self.strip.set_kept(frame.kept_steps, frame.live_step)
        when = self.tr("live") if frame.live else self.tr("past")
        self.label.setText(
            self.tr("epoch {e}, batch {b} (step {s}, {when}) · {k} kept").format(
                e=frame.epoch,
                b=frame.batch,
                s=frame.step,
                when=when,
                k=len(frame.kept_steps),
            )
        )
        self.live_button.setEnabled(not frame.live)

    def _on_slider(self, value: int) -> None:
        if not self._updating:
            self.moment_chosen.emit(value)
