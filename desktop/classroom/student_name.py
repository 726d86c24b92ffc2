"""The student's name: asked once, kept in the run model, saved with the session.

The first time a report is made or a quiz is finished without a name, a small
dialog asks for it (once per window: a student who leaves it empty is not
asked again). *File → Student's name…* changes it at any time. The name goes
into the run model; the session file and the report read it from there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.files.session_file import MAX_NAME_CHARS
from desktop.shell.actions import ActionSpec
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowServices


class NameDialog(QDialog):
    """One field: "Your name (printed on the report)"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("student_name_dialog")
        self.setWindowTitle(self.tr("Your name"))
        label = QLabel(self.tr("Your name, as it should be printed on the run report:"))
        label.setWordWrap(True)
        self.field = QLineEdit(name)
        self.field.setObjectName("student_name_input")
        self.field.setMaxLength(MAX_NAME_CHARS)
        self.field.setPlaceholderText(self.tr("First and last name"))
        label.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def name(self) -> str:
        return self.field.text()


class StudentName(QObject):
    """Asks for the name when it is first needed and keeps it in the model."""

    def __init__(self, model: RunModel, services: WindowServices) -> None:
        super().__init__(services.parent)
        self.setObjectName("student_name")
        self.model = model
        self.services = services
        self.asked = False
        self.dialog: NameDialog | None = None

    def ask_once(self, then: Callable[[], None] = lambda: None) -> None:
        """Ask unless the name is known or was asked for; ``then()`` either way."""
        if self.model.student_name or self.asked:
            then()
            return
        self.asked = True
        self.edit(then)

    def edit(self, then: Callable[[], None] = lambda: None) -> NameDialog:
        """The dialog (not blocking); an accepted name goes into the model."""
        dialog = NameDialog(self.model.student_name, self.services.parent)
        dialog.accepted.connect(lambda: self._keep(dialog.name()))
        dialog.finished.connect(lambda _code: then())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _keep(self, name: str) -> None:
        try:
            self.model.set_student_name(name)
        except ValueError as problem:  # a pasted control character
            self.services.show_message(
                self.tr("The name was not kept: {why}.").format(why=problem)
            )


ACTIONS: tuple[ActionSpec[StudentName], ...] = (
    ActionSpec("file", "student_name_action", "Student's name…", None,
               lambda s: s.edit(), group=2),
)  # fmt: skip
