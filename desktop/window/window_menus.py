"""The main window's own commands, as rows of the action table.

``CONTROLLER_ACTIONS`` are the training commands (the controller carries them
out); ``WINDOW_ACTIONS`` are the window's (Quit, Restore defaults, the
Training tab, the quiz, help). The features' commands live with the features
(``files_menu.ACTIONS``, ``classroom.ACTIONS``, …) and the window builds all
of them in one table (``desktop/shell/actions.py``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.run.training_controller import TrainingController
from desktop.shell.actions import ActionSpec, tr


class WindowCommands(Protocol):
    """What the window's own commands need of it."""

    def close(self) -> bool: ...
    def window(self) -> QWidget: ...
    def restore_defaults(self) -> None: ...
    def show_view_at(self, index: int) -> None: ...
    def open_quiz(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def new_lesson(self) -> None: ...


CONTROLLER_ACTIONS: tuple[ActionSpec[TrainingController], ...] = (
    ActionSpec("training", "play_action", "Play / pause", "Space",
               TrainingController.toggle),
    ActionSpec("training", "step_action", "Step one epoch", "Right",
               TrainingController.step_epoch),
    ActionSpec("training", "step_batch_action", "Step one batch", "Shift+Right",
               TrainingController.step_batch),
    ActionSpec("training", "reset_action", "Reset", "Ctrl+R",
               TrainingController.reset),
    ActionSpec("training", "stop_action", "Stop the run", "Ctrl+.",
               TrainingController.stop),
)  # fmt: skip

WINDOW_ACTIONS: tuple[ActionSpec[WindowCommands], ...] = (
    ActionSpec("file", "new_lesson_action", "New lesson", "Ctrl+N",
               lambda w: w.new_lesson(), group=0),
    ActionSpec("file", "quit_action", "Quit", "Ctrl+W", lambda w: w.close(), group=9),
    ActionSpec("training", "restore_defaults_action", "Restore defaults", None,
               lambda w: w.restore_defaults()),
    ActionSpec("view", "view_training_action", "Training", "Ctrl+1",
               lambda w: w.show_view_at(0)),
    ActionSpec("learn", "quiz_action", "Take the quiz…", "Ctrl+T",
               lambda w: w.open_quiz(), control="quiz"),
    ActionSpec("help", "shortcuts_action", "Keyboard shortcuts", "F1",
               lambda w: w.show_shortcuts()),
    ActionSpec("help", "about_action", "About LayerLab", None,
               lambda w: show_about(w.window())),
)  # fmt: skip


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("About LayerLab"),
        tr(
            "LayerLab shows, step by step, why a network with hidden layers "
            "learns patterns that a single layer cannot. Everything on screen "
            "is computed live."
        ),
    )
