"""The run box: Play, the three steps, Reset, the quiz and the Setup drawer button.

The buttons only report clicks (``clicked`` signals the controls panel
forwards); which arrangement they sit in is the panel's business, so the
box can give its buttons to the window's strip and take them back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGroupBox, QPushButton, QStyle, QVBoxLayout

from desktop.controls.fields import TIPS


class RunBox(QGroupBox):
    """The buttons that drive a run, in reading order."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Run"))
        self.setObjectName("run_box")
        self.run_layout = QVBoxLayout(self)
        self.step_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.run_layout.addLayout(self.step_row)
        self.play_button = self._button("play_button", self.tr("Play"), "play")
        self.play_button.setMinimumHeight(36)
        self.set_playing(False)
        self.step_button = self._button("step_button", self.tr("Step epoch"), "step")
        self.step_batch_button = self._button(
            "step_batch_button", self.tr("Step batch"), "step_batch"
        )
        self.step_sample_button = self._button(
            "step_sample_button", self.tr("Step sample"), "step_sample"
        )
        self.reset_button = self._button("reset_button", self.tr("Reset"), "reset")
        self.quiz_button = self._button("quiz_button", self.tr("Take the quiz"), "quiz")
        self.drawer_button = self._button("drawer_button", self.tr("Setup ▸"), "drawer")
        self.drawer_button.setCheckable(True)
        self.drawer_button.hide()
        self.fill()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(self.tr(TIPS[tip]))
        return button

    def buttons(self) -> list[QPushButton]:
        """The buttons in reading order (the strip shows them in a row)."""
        return [
            self.play_button,
            self.step_button,
            self.step_batch_button,
            self.step_sample_button,
            self.reset_button,
            self.quiz_button,
            self.drawer_button,
        ]

    def fill(self) -> None:
        """Put the buttons (back) in the box: Play, the steps, the rest."""
        play, *steps, reset, quiz, drawer = self.buttons()
        self.run_layout.insertWidget(0, play)
        for button in steps:
            self.step_row.addWidget(button)
        for button in (reset, quiz, drawer):
            self.run_layout.addWidget(button)

    def set_playing(self, playing: bool) -> None:
        """Icon and word both change: the state is never shown by a symbol alone."""
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if playing
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def set_run_over(self, over: bool) -> None:
        """After the last epoch only Reset (or a new setup) makes sense."""
        for button in self.buttons()[:4]:
            button.setEnabled(not over)

    def set_drawer_text(self, shown: bool) -> None:
        self.drawer_button.setText(self.tr("Setup ◂") if shown else self.tr("Setup ▸"))

    def row_width(self) -> int:
        """The width the three step buttons need side by side, with the margins."""
        box = self.contentsMargins() + self.run_layout.contentsMargins()
        spacing = max(self.step_row.spacing(), 0)
        steps = (self.step_button, self.step_batch_button, self.step_sample_button)
        row = sum(b.sizeHint().width() for b in steps) + 2 * spacing
        return row + box.left() + box.right()

    def column_width(self) -> int:
        """The width of the widest button, with the box's margins."""
        box = self.contentsMargins() + self.run_layout.contentsMargins()
        widest = max(b.sizeHint().width() for b in self.buttons())
        return widest + box.left() + box.right()
