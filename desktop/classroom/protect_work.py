"""Protecting a student's work: unsaved runs on close, and File → New lesson.

``WorkGuard`` (``desktop/classroom/work_guard.py``) knows whether the run in the
window was trained since it was last saved or opened. Closing the window or
starting a new lesson with an unsaved run asks Save / Discard / Cancel first;
Save runs the session save and carries on only once the file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core.files.session_file import SUFFIX
from desktop.classroom import export_actions, session_actions
from desktop.classroom.work_guard import WorkGuard

if TYPE_CHECKING:  # no module imports MainWindow (tests/test_run_model.py)
    from PySide6.QtWidgets import QMainWindow as MainWindow

Button = QMessageBox.StandardButton
SESSION_FILTER = "LayerLab session (*.layerlab)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProtectWork", text)


def guard_of(window: MainWindow) -> WorkGuard:
    """The window's guard (``work_guard``, made with the window), else a new one.

    A guard made late misses a session opened before, and would count its
    steps as new; the main window makes its own when it is built.
    """
    guard = getattr(window, "work_guard", None)
    if guard is None:
        guard = window.work_guard = WorkGuard(window)
    return guard


def ask_about_unsaved(window: MainWindow, action: str) -> Button:
    """Save / Discard / Cancel, for ``action`` ("closing", "a new lesson")."""
    epoch = window.controller.latest.epochs_done if window.controller.latest else 0
    return QMessageBox.question(
        window,
        _tr("Save your run?"),
        _tr(
            "Your trained run (epoch {epoch}) is not saved. Save it as a session "
            "before {action}? Discard loses the run and the quiz answers."
        ).format(epoch=epoch, action=action),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )


def settle_unsaved(window: MainWindow, action: str, then: Callable[[], None]) -> bool:
    """True if ``action`` may go ahead now; False if cancelled or saving first.

    With an unsaved run the student is asked; Save asks where, saves in the
    background and calls ``then`` once the file is written (a failed save
    shows why and leaves everything as it was).
    """
    guard = guard_of(window)
    if not guard.unsaved():
        return True
    window.controller.pause()  # the answer must not be overtaken by training
    answer = ask_about_unsaved(window, action)
    if answer == Button.Discard:
        return True
    if answer == Button.Save:
        save_then(window, then)
    return False


def save_then(window: MainWindow, then: Callable[[], None]) -> bool:
    """Ask for a session file and save; ``then()`` after a verified save."""
    path = export_actions.ask_save_path(
        window, _tr("Save session"), "layerlab-run" + SUFFIX, _tr(SESSION_FILTER)
    )
    if path is None:
        return False
    files = getattr(window, "files_menu", None)
    fixes = files.fixes if files is not None else ()

    def done(text: str) -> None:
        window.statusBar().showMessage(text, 10_000)
        then()

    # the run model's run and quiz, as File → Save session saves them
    return session_actions.save_run_session(
        window.run_model, path, fixes, done, window.show_message
    )


# -- closing ------------------------------------------------------------------------


def may_close(window: MainWindow) -> bool:
    """closeEvent's question: True to close now, False to keep the window."""
    if not getattr(window, "ask_before_discarding", True):
        return True
    if getattr(window, "_saved_for_closing", False):
        return True

    def close_after_save() -> None:
        window._saved_for_closing = True
        window.close()

    return settle_unsaved(window, _tr("closing"), close_after_save)


# -- File → New lesson --------------------------------------------------------------


def new_lesson(window: MainWindow) -> bool:
    """Back to the lesson's start: its setup (or the profile's), a fresh run, no quiz.

    Asks first when a trained run is unsaved. Returns True once started over.
    """
    if getattr(window, "ask_before_discarding", True) and not settle_unsaved(
        window, _tr("starting a new lesson"), lambda: start_over(window)
    ):
        return False
    start_over(window)
    return True


def start_over(window: MainWindow) -> None:
    """The lesson's start without asking: defaults, a fresh run, the quiz cleared."""
    window.controller.pause()
    quiz = getattr(window, "quiz", None)
    if quiz is not None:
        quiz.close()
        window.quiz = None
    model = getattr(window, "run_model", None)
    if model is not None:
        model.set_quiz_results(())
    files = getattr(window, "files_menu", None)
    if files is not None:
        files.fixes = ()
        if model is None:
            files.saved_quiz = ()
    window.banner.hide()
    window.tabs.setCurrentIndex(0)
    window.restore_defaults()  # the profile's setup if one is in force
    window.statusBar().showMessage(
        _tr("A new lesson: the lesson's setup and a fresh run."), 10_000
    )
