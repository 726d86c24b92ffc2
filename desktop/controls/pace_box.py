"""The speed box: one slider from slow motion to as fast as possible, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QSlider, QVBoxLayout

from desktop.run.pace import DEFAULT_PACE, PACES


class PaceBox(QGroupBox):
    """The pace slider and the sentence that says what its position means."""

    pace_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Speed"))
        column = QVBoxLayout(self)
        slider = self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName("speed_slider")
        slider.setRange(0, len(PACES) - 1)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setToolTip(self.tr("From slow motion to as fast as possible"))
        slider.setAccessibleName(self.tr("Training speed"))
        self.speed_label = QLabel()
        self.speed_label.setWordWrap(True)
        slider.valueChanged.connect(self._on_pace)
        slider.setValue(DEFAULT_PACE)
        self._on_pace(DEFAULT_PACE)
        column.addWidget(slider)
        column.addWidget(self.speed_label)

    def _on_pace(self, level: int) -> None:
        label = self.tr(PACES[level].label)
        self.speed_label.setText(label)
        self.speed_slider.setAccessibleDescription(label)
        self.pace_changed.emit(level)
