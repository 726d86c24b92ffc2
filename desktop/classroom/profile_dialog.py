"""File → Save as classroom profile…: the teacher's choices, taken from the window.

The setup (data, network, speed) is read from the window as it is; the
dialog only asks what cannot be seen there: the class's title, which
controls students may change, which quiz questions they get and the font
scale. ``profile_from_window`` does the reading, so tests can use it alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from core.files.classroom_profile import (
    CONTROLS,
    MAX_FONT_SCALE,
    MIN_FONT_SCALE,
    ClassroomProfile,
    save_profile,
)
from core.files.safe_write import write_checked
from core.quiz.sitting import Question, load_builtin_bank

STATES = ("free", "locked", "hidden")


def profile_from_window(
    window: QMainWindow,
    states: dict[str, str],
    questions: tuple[str, ...] | None = None,
    title: str = "",
    font_scale: float = 1.0,
) -> ClassroomProfile | None:
    """The window's current setup with the given choices; None if a field is bad."""
    config = window.controls.config()
    if config is None:
        return None
    return ClassroomProfile(
        title=title.strip(),
        config=config,
        locked=tuple(n for n in CONTROLS if states.get(n) == "locked"),
        hidden=tuple(n for n in CONTROLS if states.get(n) == "hidden"),
        questions=questions,
        font_scale=font_scale,
        speed=window.controls.speed_slider.value(),
    )


class SaveProfileDialog(QDialog):
    """Asks for the title, each control's state, the questions and the font scale."""

    def __init__(
        self,
        window: QMainWindow,
        current: ClassroomProfile | None,
        font_scale: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.setObjectName("save_profile_dialog")
        self.setWindowTitle(self.tr("Save as classroom profile"))
        self.window_ = window
        current = current or ClassroomProfile(font_scale=font_scale)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The data, network and speed are saved as they are set now. "
                "Choose what students may change."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_general(current, font_scale))
        layout.addWidget(self._build_controls(current))
        layout.addWidget(self._build_questions(current), 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Wide enough for the questions' text, never larger than the screen."""
        wanted = QSize(620, 720)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() - QSize(40, 80)
            wanted = wanted.boundedTo(room)
        self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(wanted))

    def _build_general(self, current: ClassroomProfile, scale: float) -> QGroupBox:
        box = QGroupBox(self.tr("Class"))
        form = QFormLayout(box)
        self.title_input = QLineEdit(current.title)
        self.title_input.setObjectName("profile_title_input")
        self.title_input.setPlaceholderText(self.tr("e.g. Year 10 computing"))
        self.scale_input = QDoubleSpinBox()
        self.scale_input.setObjectName("profile_scale_input")
        self.scale_input.setRange(MIN_FONT_SCALE, MAX_FONT_SCALE)
        self.scale_input.setSingleStep(0.25)
        self.scale_input.setValue(scale)
        self.scale_input.setSuffix("×")
        form.addRow(self.tr("Title"), self.title_input)
        form.addRow(self.tr("Font scale"), self.scale_input)
        return box

    def _build_controls(self, current: ClassroomProfile) -> QGroupBox:
        box = QGroupBox(self.tr("Controls"))
        form = QFormLayout(box)
        names = {
            "free": self.tr("students may change it"),
            "locked": self.tr("locked (visible, fixed)"),
            "hidden": self.tr("hidden"),
        }
        self.state_inputs: dict[str, QComboBox] = {}
        for control in CONTROLS:
            combo = QComboBox()
            combo.setObjectName(f"profile_{control}_state")
            for state in STATES:
                combo.addItem(names[state], state)
            combo.setCurrentIndex(STATES.index(current.state_of(control)))
            form.addRow(control.replace("_", " ").capitalize(), combo)
            self.state_inputs[control] = combo
        return box

    def _build_questions(self, current: ClassroomProfile) -> QGroupBox:
        box = QGroupBox(self.tr("Quiz questions (ticked ones are asked)"))
        column = QVBoxLayout(box)
        self.question_list = QListWidget()
        self.question_list.setObjectName("profile_questions")
        # long questions wrap instead of being cut; each has its text as tooltip
        self.question_list.setWordWrap(True)
        self.question_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.question_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.question_list.setMinimumHeight(160)
        for question in load_builtin_bank().questions:
            self.question_list.addItem(self._question_item(question, current))
        column.addWidget(self.question_list)
        return box

    @staticmethod
    def _question_item(
        question: Question, current: ClassroomProfile
    ) -> QListWidgetItem:
        item = QListWidgetItem(f"{question.id}: {question.text}")
        item.setToolTip(question.text)
        item.setData(Qt.ItemDataRole.UserRole, question.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        asked = current.questions is None or question.id in current.questions
        item.setCheckState(Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked)
        return item

    def chosen_questions(self) -> tuple[str, ...] | None:
        """The ticked ids; None when all are ticked (the whole bank, as it grows)."""
        items = [self.question_list.item(i) for i in range(self.question_list.count())]
        ticked = tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
        return None if len(ticked) == len(items) else ticked

    def profile(self) -> ClassroomProfile | None:
        states = {
            name: combo.currentData() for name, combo in self.state_inputs.items()
        }
        questions = self.chosen_questions()
        if questions == ():
            states["quiz"] = "hidden"
            questions = None
        return profile_from_window(
            self.window_,
            states,
            questions,
            self.title_input.text(),
            self.scale_input.value(),
        )


def save_profile_with_dialog(
    window: QMainWindow, profile: ClassroomProfile, filters: str
) -> Path | None:
    """Ask where, write the profile, and say so: the file, or why it was not saved.

    The write is checked (``core.files.safe_write``): a folder the teacher may
    not write in or a full disk gives a message naming the file and the reason.
    """
    from desktop.classroom import export_actions

    return export_actions.export_with_dialog(
        window,
        lambda _window, path: write_checked(
            lambda target: save_profile(profile, target), path
        ),
        window.tr("Save classroom profile"),
        "classroom.toml",
        filters,
    )
