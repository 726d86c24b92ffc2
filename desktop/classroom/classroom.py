"""The classroom features: profiles, the guided lesson, projector mode, the focus ring.

``Classroom(model, services, controls, settings, commands)`` builds them;
``ACTIONS`` lists their commands for the window's action table: File → Open
profile… and Save as classroom profile…, File → Remember my setup, Learn →
Guided lesson and View → Projector mode ▸. ``open_profile`` applies a
profile, which may lock or hide controls and, through the action table, the
commands tied to them (``ActionSpec.control``); so the window builds the
classroom last.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from core.files.classroom_profile import (
    ClassroomProfile,
    ProfileError,
    load_profile,
)
from desktop.classroom import export_actions
from desktop.classroom.profile_actions import ProfileApplier
from desktop.classroom.profile_dialog import (
    SaveProfileDialog,
    save_profile_with_dialog,
)
from desktop.controls.panel import ControlsPanel
from desktop.lesson.lesson_mode import LessonPanel
from desktop.shell import settings_store
from desktop.shell.actions import ActionSpec, ActionTable
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowServices
from desktop.views.highlight_overlay import FocusRing
from desktop.views.projector_mode import SCALES, ProjectorMode

FILTER = "LayerLab profile (*.toml)"


class Classroom(QObject):
    """Holds the classroom parts; the window keeps it as ``window.classroom``."""

    def __init__(
        self,
        model: RunModel,
        services: WindowServices,
        controls: ControlsPanel,
        settings: QSettings,
        commands: ActionTable,
    ) -> None:
        window = services.parent
        super().__init__(window)
        self.services = services
        self.settings = settings
        self.commands = commands
        self.base_title = window.windowTitle()
        self.projector = ProjectorMode(window, settings)
        self.projector.scale_changed.connect(lambda _s: commands.refresh_checks())
        self.projector.restore()
        self.focus_ring = FocusRing(window)
        self.profiles = ProfileApplier(model, controls, commands)
        self.lesson = LessonPanel(window, quiz_available=self._quiz_available)

    def _quiz_available(self) -> bool:
        return self.profiles.quiz_allowed() and self.commands.enabled("quiz_action")

    # -- profiles ---------------------------------------------------------------

    @property
    def profile(self) -> ClassroomProfile | None:
        return self.profiles.profile

    def open_profile(self, path: str | Path) -> bool:
        """Load and apply; a bad profile is refused with its message, unapplied."""
        try:
            profile = load_profile(path)
        except ProfileError as problem:
            self.services.show_message(str(problem))
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
        self.services.parent.setWindowTitle(title)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.services.parent,
            self.tr("Open classroom profile"),
            str(export_actions.start_folder()),
            self.tr(FILTER),
        )
        if path:
            export_actions.remember_folder(path)
            self.open_profile(path)

    def ask_save(self) -> None:
        window = self.services.parent
        dialog = SaveProfileDialog(window, self.profile, self.projector.scale)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profile = dialog.profile()
        if profile is None:
            self.services.show_message(
                self.tr("Fix the highlighted field first, then save the profile.")
            )
            return
        save_profile_with_dialog(window, profile, self.tr(FILTER))

    # -- setup kept between starts ------------------------------------------------

    def remembers_setup(self) -> bool:
        return settings_store.remembers_setup(self.settings)

    def toggle_remember_setup(self) -> None:
        """Keep this setup for the next start (off on a shared login: the default)."""
        settings_store.set_remember_setup(self.settings, not self.remembers_setup())
        self.commands.refresh_checks()


def _projector_entry(factor: float, text: str) -> ActionSpec[Classroom]:
    return ActionSpec(
        "view/projector", f"projector_{str(factor).replace('.', '_')}_action", text,
        None, lambda c: c.projector.set_scale(factor), group=2,
        checked=lambda c: abs(c.projector.scale - factor) < 1e-9,
    )  # fmt: skip


ACTIONS: tuple[ActionSpec[Classroom], ...] = (
    ActionSpec("file", "open_profile_action", "Open profile…", "Ctrl+O",
               Classroom.ask_open, group=3),
    ActionSpec("file", "save_profile_action", "Save as classroom profile…", None,
               Classroom.ask_save, group=3),
    ActionSpec("file", "remember_setup_action", "Remember my setup", None,
               Classroom.toggle_remember_setup, group=3,
               checked=Classroom.remembers_setup,
               tip="Start next time with this setup and speed (not on a shared "
                   "login)"),
    ActionSpec("learn", "lesson_action", "Guided lesson", "Ctrl+L",
               lambda c: c.lesson.start(), group=1),
    *(_projector_entry(factor, text) for factor, text in zip(SCALES, (
        "Normal size (1×)", "Projector, large (1.5×)",
        "Projector, extra large (2×)"), strict=True)),
    ActionSpec("view/projector", "projector_cycle_action", "Next size",
               "Ctrl+Shift+P", lambda c: c.projector.cycle(), group=2),
)  # fmt: skip
