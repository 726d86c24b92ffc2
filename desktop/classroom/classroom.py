"""The classroom features, installed into the main window in one call.

``install_classroom(window, profile_path)`` adds File → Open profile… and
File → Save as classroom profile…, Learn → Guided lesson, View → Projector
mode, a visible keyboard-focus ring and a fuller Help → Keyboard shortcuts
sheet, then applies the profile if one was given. It only uses the window's
extension points and public widgets, so the window does not depend on it.
Calling it twice returns the first installation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from core.files.classroom_profile import (
    ClassroomProfile,
    ProfileError,
    load_profile,
    save_profile,
)
from desktop.classroom.profile_actions import ProfileApplier
from desktop.classroom.profile_dialog import SaveProfileDialog
from desktop.lesson.lesson_mode import LessonPanel
from desktop.window.highlight_overlay import FocusRing
from desktop.window.projector_mode import ProjectorMode
from desktop.window.shortcuts_sheet import ShortcutsSheet

FILTER = "LayerLab profile (*.toml)"


class Classroom(QObject):
    """Holds the installed parts; the window keeps it as ``window.classroom``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.base_title = window.windowTitle()
        self.projector = ProjectorMode(window, window.settings)
        self.projector.build_menu(window.menu("view"))
        self.projector.restore()
        self.focus_ring = FocusRing(window)
        self.lesson = LessonPanel(window)
        self.profiles = ProfileApplier(window)
        self._add_actions()

    def _action(self, text: str, name: str, slot, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def _add_actions(self) -> None:
        window = self.window
        file_menu = window.menu("file")
        opening = self._action(
            self.tr("Open profile…"), "open_profile_action", self.ask_open, "Ctrl+O"
        )
        saving = self._action(
            self.tr("Save as classroom profile…"), "save_profile_action", self.ask_save
        )
        quit_action = window.findChild(QAction, "quit_action")
        file_menu.insertActions(quit_action, [opening, saving])
        file_menu.insertSeparator(quit_action)
        lesson = self._action(
            self.tr("Guided lesson"), "lesson_action", self.lesson.start, "Ctrl+L"
        )
        window.menu("learn").addAction(lesson)
        shortcuts = window.findChild(QAction, "shortcuts_action")
        if shortcuts is not None:
            shortcuts.triggered.disconnect()  # only the window's plain list
            shortcuts.triggered.connect(self.show_shortcuts)

    # -- profiles ---------------------------------------------------------------

    @property
    def profile(self) -> ClassroomProfile | None:
        return self.profiles.profile

    def open_profile(self, path: str | Path) -> bool:
        """Load and apply; a bad profile is refused with its message, unapplied."""
        try:
            profile = load_profile(path)
        except ProfileError as problem:
            self.window.show_message(str(problem))
            return False
        self.apply_profile(profile)
        return True

    def apply_profile(self, profile: ClassroomProfile | None) -> None:
        self.profiles.apply(profile)
        title = self.base_title
        if profile is not None:
            self.projector.set_scale(profile.font_scale)
            if profile.title:
                title = f"{title} — {profile.title}"
        self.window.setWindowTitle(title)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open classroom profile"), "", self.tr(FILTER)
        )
        if path:
            self.open_profile(path)

    def ask_save(self) -> None:
        dialog = SaveProfileDialog(self.window, self.profile, self.projector.scale)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profile = dialog.profile()
        if profile is None:
            self.window.show_message(
                self.tr("Fix the highlighted field first, then save the profile.")
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save classroom profile"),
            "classroom.toml",
            self.tr(FILTER),
        )
        if path:
            save_profile(profile, path)

    # -- help ---------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        self.sheet = ShortcutsSheet(self.window)
        self.sheet.open()


def install_classroom(
    window: QMainWindow, profile_path: str | None = None
) -> Classroom:
    """Add the classroom features to ``window`` and apply ``profile_path`` if given."""
    classroom = getattr(window, "classroom", None)
    if classroom is None:
        classroom = Classroom(window)
        window.classroom = classroom
    if profile_path:
        classroom.open_profile(profile_path)
    return classroom
