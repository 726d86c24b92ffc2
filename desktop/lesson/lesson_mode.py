"""Guided lesson: the seed's page as steps, in a panel docked under the window.

Each step is a short text from ``resources/lesson/steps.json`` (a translated
``steps.<lang>.json`` is used when one exists for the user's language), the
part of the window it talks about is outlined, and the next thing to do is
offered as a button. A step that asks for something ("press Play", "step
one sample") waits until the student has done it, with the window's own
control or the lesson's button, and then moves on by itself; Skip moves on
without it. The lesson only points and suggests: leaving it keeps the run
exactly as it is.

A step's ``target`` names what it outlines: ``stage:<key>`` a pipeline box,
``tab:<object name>`` the tab holding that page, anything else a widget's
object name (``pipeline`` for the diagram). Every target is a real widget:
``tests/test_lesson_mode.py`` checks each step's is there, visible and enabled.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.data.localized import localized_text
from desktop.shell.language import current_language
from desktop.views.highlight_overlay import HighlightOverlay


@dataclass(frozen=True)
class LessonStep:
    """One step: what to read, where to look (``target``), what to do next."""

    id: str
    title: str
    text: str
    target: str
    hint: str
    action: str = ""


def load_steps(language: str | None = None) -> tuple[LessonStep, ...]:
    """The lesson's steps in ``language`` (default: the window's), else English.

    The window's language, not the system locale: a German computer running
    LayerLab in English must not show a German lesson in an English window.
    """
    text = localized_text("lesson", "steps", language or current_language())
    return tuple(LessonStep(**step) for step in json.loads(text)["steps"])


ADVANCE_MS = 900  # after the student did what a step asked: time to see it happen
ACTIONS = ("open_stage", "step_sample", "step_epoch", "play", "show_tab", "open_quiz")


class LessonPanel(QDockWidget):
    """The docked lesson; ``step_changed(index)`` after every move."""

    step_changed = Signal(int)
    left = Signal()

    def __init__(
        self, window: QMainWindow, quiz_available: Callable[[], bool] = lambda: True
    ) -> None:
        super().__init__(window)
        self.setObjectName("lesson_panel")
        self._quiz_available = quiz_available  # the quiz command can be used now
        self.setWindowTitle(self.tr("Guided lesson"))
        # under the window, across it: beside it, it took the width the view
        # tabs need for their names (they were cut to "Tr…", "Activ…")
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.window_ = window
        self.steps = load_steps()
        self.index = 0
        self.done = False  # the current step's action has been done
        self._epochs_at_start = 0
        self.overlay = HighlightOverlay(window)
        self.setWidget(self._build())
        self.setMaximumHeight(190)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self._advance = QTimer(self)
        self._advance.setSingleShot(True)
        self._advance.setInterval(ADVANCE_MS)
        self._advance.timeout.connect(self._move_on)
        self._watch(window)
        self.hide()

    # -- building ------------------------------------------------------------

    def _build(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        column = QVBoxLayout()
        side = QVBoxLayout()
        row.addLayout(column, 1)
        row.addLayout(side)
        self.counter = self._label("lesson_counter")
        self.title = self._label("lesson_title")
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.title.setFont(bold)
        self.text = self._label("lesson_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.hint = self._label("lesson_hint")
        self.action_button = self._button("lesson_action", "", self.perform_action)
        self.skip_button = self._button("lesson_skip", self.tr("Skip"), self.skip)
        self.skip_button.setToolTip(self.tr("Go on without doing this step"))
        self.back_button = self._button("lesson_back", self.tr("◀ &Back"), self.back)
        self.next_button = self._button("lesson_next", self.tr("&Next ▶"), self.next)
        leave = self._button("lesson_leave", self.tr("End lesson"), self.leave)
        leave.setToolTip(self.tr("Close the lesson; your run stays as it is"))
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addWidget(self.skip_button)
        moves.addWidget(self.next_button)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.counter)
        column.addLayout(heading)
        column.addWidget(scroll, 1)
        self.hint.setMaximumWidth(330)
        for item in (self.hint, self.action_button, moves, leave):
            if isinstance(item, QHBoxLayout):
                side.addLayout(item)
            else:
                side.addWidget(item)
        side.addStretch(1)
        return page

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _watch(self, window: QMainWindow) -> None:
        """The window's own controls count as doing a step, not only our button."""
        c = window.controller
        c.snapshot_ready.connect(self._on_snapshot)
        c.playing_changed.connect(lambda on: on and self._did("play"))
        c.walked.connect(lambda frame: frame is not None and self._did("step_sample"))
        window.pipeline.stage_clicked.connect(self._on_stage_clicked)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        window.controls.quiz_clicked.connect(lambda: self._did("open_quiz"))

    # -- moving --------------------------------------------------------------

    def start(self) -> None:
        """Show the panel at the current step (the first one the first time)."""
        self.show()
        self.raise_()
        self.go_to(self.index)
        self.next_button.setFocus()

    def next(self) -> None:
        self.go_to(min(self.index + 1, len(self.steps) - 1))

    def back(self) -> None:
        self.go_to(max(self.index - 1, 0))

    def skip(self) -> None:
        """Move on without doing what the step asks."""
        self.next()

    def go_to(self, index: int) -> None:
        self._advance.stop()
        self.index = index
        step = self.steps[index]
        self.done = not step.action
        latest = self.window_.controller.latest
        self._epochs_at_start = latest.epochs_done if latest is not None else 0
        self.counter.setText(
            self.tr("Step {i} of {n}").format(i=index + 1, n=len(self.steps))
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        self._point_at(step)
        self._show_progress()
        self.step_changed.emit(index)

    @property
    def waiting(self) -> bool:
        """True while the step waits for the student to do what it asks."""
        return not self.done

    def _show_progress(self) -> None:
        step, last = self.step, self.index == len(self.steps) - 1
        if self.done and step.action:
            self.hint.setText(self.tr("Done: {hint}").format(hint=step.hint))
        else:
            self.hint.setText(self.tr("Next: {hint}").format(hint=step.hint))
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.done and not last)
        self.skip_button.setVisible(self.waiting and not last)
        self._update_action()

    def _did(self, action: str) -> None:
        """The student did ``action``: if the step asked for it, move on shortly."""
        if not self.isVisible() or self.done or self.step.action != action:
            return
        self.done = True
        self._show_progress()
        if self.index < len(self.steps) - 1:
            self._advance.start()

    def _move_on(self) -> None:
        if self.isVisible() and self.done:
            self.next()

    def _on_snapshot(self, snapshot) -> None:
        self._update_action()
        if snapshot.epochs_done > self._epochs_at_start:
            self._did("step_epoch")

    def _on_stage_clicked(self, index: int) -> None:
        if index == self._stage_index():
            self._did("open_stage")

    def _on_tab_changed(self, index: int) -> None:
        if index >= 0 and index == self._tab_index(self.step):
            self._did("show_tab")

    def leave(self) -> None:
        """Close the lesson; the run, the settings and the tabs are left alone."""
        self._advance.stop()
        self.overlay.clear()
        self.window_.pipeline.set_active("")
        self.hide()
        self.left.emit()

    def closeEvent(self, event) -> None:
        self._advance.stop()
        self.overlay.clear()
        self.window_.pipeline.set_active("")
        super().closeEvent(event)
        self.left.emit()

    @property
    def step(self) -> LessonStep:
        return self.steps[self.index]

    # -- where to look -------------------------------------------------------

    def _point_at(self, step: LessonStep) -> None:
        window = self.window_
        kind, _, name = step.target.partition(":")
        stage = name if kind == "stage" else ""
        window.pipeline.set_active(stage)
        tab = self._tab_index(step)
        if kind == "tab" and tab >= 0:
            self.overlay.point_at(
                window.tabs.tabBar(), self._look(), self._tab_rect(tab)
            )
            return
        target = self.target_widget(step)
        if target is not None and window.tabs.isAncestorOf(target):
            window.tabs.setCurrentIndex(0)  # the Training tab holds it
        part = self._stage_rect(stage) if stage else None
        self.overlay.point_at(target, self._look(), part)

    def _look(self) -> str:
        return self.tr("Step {i}: look here").format(i=self.index + 1)

    def target_widget(self, step: LessonStep) -> QWidget | None:
        """The widget a step outlines: a box's diagram, a tab's bar, or the widget
        with the target's object name; None if the window has no such widget."""
        window = self.window_
        kind = step.target.partition(":")[0]
        if kind == "stage" or step.target == "pipeline":
            return window.pipeline
        if kind == "tab":
            return window.tabs.tabBar() if self._tab_index(step) >= 0 else None
        return window.findChild(QWidget, step.target)

    def _tab_index(self, step: LessonStep) -> int:
        """The tab a ``tab:<object name>`` target names, or -1."""
        kind, _, name = step.target.partition(":")
        tabs = self.window_.tabs
        if kind != "tab":
            return -1
        for index in range(tabs.count()):
            if tabs.widget(index).objectName() == name:
                return index
        return -1

    def _stage_rect(self, key: str):
        pipeline = self.window_.pipeline

        def rect() -> QRect | None:
            keys = pipeline.stage_keys()
            if key not in keys or not pipeline.isVisible():
                return self.overlay.widget_rect(pipeline)
            box = pipeline.box_rects()[keys.index(key)].toAlignedRect()
            return QRect(pipeline.mapTo(self.window_, box.topLeft()), box.size())

        return rect

    def _tab_rect(self, index: int):
        bar = self.window_.tabs.tabBar()

        def rect() -> QRect | None:
            box = bar.tabRect(index)
            return QRect(bar.mapTo(self.window_, box.topLeft()), box.size())

        return rect

    # -- what to do next -----------------------------------------------------

    def _update_action(self, *_args) -> None:
        text, possible = self._action_state(self.step.action)
        self.action_button.setText(text)
        self.action_button.setVisible(bool(text) and self.waiting)
        self.action_button.setEnabled(possible)

    def _action_state(self, action: str) -> tuple[str, bool]:
        """The button's text for ``action`` and whether it can be done now."""
        controls = self.window_.controls

        def usable(button: QWidget) -> bool:
            return button.isEnabled() and not button.isHidden()

        usable_now = {
            "open_stage": (self.tr("Open this box"), self._stage_index() >= 0),
            "step_sample": (
                self.tr("Step one sample"),
                usable(controls.step_sample_button),
            ),
            "step_epoch": (self.tr("Step one epoch"), usable(controls.step_button)),
            "play": (self.tr("Play"), usable(controls.play_button)),
            "show_tab": (self.tr("Show this tab"), self._tab_index(self.step) >= 0),
            "open_quiz": (self.tr("Take the quiz"), self._quiz_available()),
        }
        return usable_now.get(action, ("", False))

    def _stage_index(self) -> int:
        kind, _, name = self.step.target.partition(":")
        keys = self.window_.pipeline.stage_keys()
        return keys.index(name) if kind == "stage" and name in keys else -1

    def perform_action(self) -> None:
        """Do what the step suggests, exactly as the window's own control would."""
        window = self.window_
        action = self.step.action
        if action == "open_stage" and self._stage_index() >= 0:
            window.open_stage(self._stage_index())
        elif action == "step_sample":
            window.controller.step_sample()
        elif action == "step_epoch":
            window.controller.step_epoch()
        elif action == "play":
            window.controller.play()
        elif action == "show_tab" and self._tab_index(self.step) >= 0:
            window.tabs.setCurrentIndex(self._tab_index(self.step))
        elif action == "open_quiz":
            window.open_quiz()
        if action in ("open_stage", "open_quiz"):  # no signal of the window says so
            self._did(action)
