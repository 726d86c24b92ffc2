"""Guided lesson: the seed's page as steps, in a panel docked beside the window.

Each step is a short text from ``resources/lesson/steps.json`` (a translated
``steps.<lang>.json`` is used when one exists for the user's language), the
part of the window it talks about is outlined, and the next thing to do is
offered as a button. The lesson only points and suggests: leaving it keeps
the run exactly as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QLocale, QRect, Qt, Signal
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

from desktop.window.highlight_overlay import HighlightOverlay


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
    """The lesson's steps, in the user's language when a translation ships."""
    folder = resources.files("resources") / "lesson"
    language = language or QLocale().name()
    names = [f"steps.{language}.json", f"steps.{language.split('_')[0]}.json"]
    for name in [*names, "steps.json"]:
        path = folder / name
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            return tuple(LessonStep(**step) for step in data["steps"])
    raise FileNotFoundError("resources/lesson/steps.json is missing")


class LessonPanel(QDockWidget):
    """The docked lesson; ``step_changed(index)`` after every move."""

    step_changed = Signal(int)
    left = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lesson_panel")
        self.setWindowTitle(self.tr("Guided lesson"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.window_ = window
        self.steps = load_steps()
        self.index = 0
        self.overlay = HighlightOverlay(window)
        self.setWidget(self._build())
        self.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.controller.snapshot_ready.connect(self._update_action)
        self.hide()

    # -- building ------------------------------------------------------------

    def _build(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
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
        self.back_button = self._button("lesson_back", self.tr("◀ &Back"), self.back)
        self.next_button = self._button("lesson_next", self.tr("&Next ▶"), self.next)
        leave = self._button("lesson_leave", self.tr("End lesson"), self.leave)
        leave.setToolTip(self.tr("Close the lesson; your run stays as it is"))
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addWidget(self.next_button)
        for widget in (self.counter, self.title, scroll, self.hint):
            column.addWidget(widget, 1 if widget is scroll else 0)
        column.addWidget(self.action_button)
        column.addLayout(moves)
        column.addWidget(leave)
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

    def go_to(self, index: int) -> None:
        self.index = index
        step = self.steps[index]
        self.counter.setText(
            self.tr("Step {i} of {n}").format(i=index + 1, n=len(self.steps))
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.hint.setText(self.tr("Next: {hint}").format(hint=step.hint))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        self._point_at(step)
        self._update_action()
        self.step_changed.emit(index)

    def leave(self) -> None:
        """Close the lesson; the run, the settings and the tabs are left alone."""
        self.overlay.clear()
        self.window_.pipeline.set_active("")
        self.hide()
        self.left.emit()

    def closeEvent(self, event) -> None:
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
        if kind == "tab":
            index = self.inside_tab()
            if index >= 0:
                window.tabs.setCurrentIndex(index)
                bar = window.tabs.tabBar()
                self.overlay.point_at(bar, self._look(), self._tab_rect(index))
                return
            window.tabs.setCurrentIndex(0)
            self.overlay.point_at(window.pipeline, self.tr("Click a layer"))
            return
        target = self.target_widget(step)
        if target in (window.table, window.controls.step_button):
            window.tabs.setCurrentIndex(0)
        part = self._stage_rect(stage) if stage else None
        self.overlay.point_at(target, self._look(), part)

    def _look(self) -> str:
        return self.tr("Step {i}: look here").format(i=self.index + 1)

    def target_widget(self, step: LessonStep) -> QWidget:
        """The widget a step outlines (the pipeline when its own is missing)."""
        window = self.window_
        if step.target.startswith("tab:") and self.inside_tab() >= 0:
            return window.tabs.tabBar()
        widgets = {
            "step_button": window.controls.step_button,
            "trace_table": window.table,
            "quiz_button": window.controls.quiz_button,
            "training_plot": window.plot,
        }
        widget = widgets.get(step.target)
        if widget is None or widget.isHidden():
            return window.pipeline
        return widget

    def inside_tab(self) -> int:
        """The index of a tab titled like "Inside", or -1 if no such tab exists."""
        tabs = self.window_.tabs
        for index in range(tabs.count()):
            if "inside" in tabs.tabText(index).replace("&", "").lower():
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
        self.action_button.setVisible(bool(text))
        self.action_button.setEnabled(possible)

    def _action_state(self, action: str) -> tuple[str, bool]:
        """The button's text for ``action`` and whether it can be done now."""
        window = self.window_
        controls = window.controls
        step_button = controls.step_button
        usable = {
            "open_stage": (self.tr("Open this box"), self._stage_index() >= 0),
            "step_epoch": (
                self.tr("Step one epoch"),
                step_button.isEnabled() and not step_button.isHidden(),
            ),
            "play": (self.tr("Play"), controls.play_button.isEnabled()),
            "show_inside": (self.tr("Show the Inside tab"), self.inside_tab() >= 0),
            "open_quiz": (self.tr("Take the quiz"), self._quiz_available()),
        }
        return usable.get(action, ("", False))

    def _stage_index(self) -> int:
        kind, _, name = self.step.target.partition(":")
        keys = self.window_.pipeline.stage_keys()
        return keys.index(name) if kind == "stage" and name in keys else -1

    def _quiz_available(self) -> bool:
        from PySide6.QtGui import QAction

        action = self.window_.findChild(QAction, "quiz_action")
        return action is None or action.isEnabled()

    def perform_action(self) -> None:
        """Do what the step suggests, exactly as the window's own control would."""
        window = self.window_
        action = self.step.action
        if action == "open_stage" and self._stage_index() >= 0:
            window.open_stage(self._stage_index())
        elif action == "step_epoch":
            window.controller.step_epoch()
        elif action == "play":
            window.controller.play()
        elif action == "show_inside" and self.inside_tab() >= 0:
            window.tabs.setCurrentIndex(self.inside_tab())
        elif action == "open_quiz":
            window.open_quiz()
