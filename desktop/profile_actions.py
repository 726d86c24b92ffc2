"""Applying a classroom profile to the window, and building one from it.

A locked control stays where it is but cannot be changed, and says why in its
tooltip; a hidden one disappears together with its label, menu entry and
shortcut. Controls are only touched through their public widgets (enabled,
visible, tooltip), so the controls panel needs no knowledge of profiles.

The quiz is narrowed to the profile's questions by giving the window a
``open_quiz`` that builds the dialog on a filtered bank; the quiz button and
the Learn menu entry are reconnected to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from core.classroom_profile import CONTROLS, ClassroomProfile
from core.quiz import QuestionBank, QuizBankError, load_builtin_bank
from core.training import History
from desktop.quiz_dialog import QuizDialog

CONTROL_ACTIONS = {"quiz": ("quiz_action",)}


def control_widgets(window: QMainWindow, name: str) -> list[QWidget]:
    """The widgets behind one name of the profile's control vocabulary."""
    c = window.controls
    widgets = {
        "dataset": [c.dataset_input],
        "architecture": [c.layers_input, c.activation_input],
        "learning_rate": [c.lr_input],
        "optimizer": [c.optimizer_input],
        "seed": [c.seed_input],
        "speed": [c.speed_slider],
        "quiz": [c.quiz_button],
        "epochs": [c.epochs_input],
        "batch_size": [c.batch_input],
    }
    return widgets[name]


def filtered_bank(bank: QuestionBank, ids: tuple[str, ...] | None) -> QuestionBank:
    """Only the questions named in ``ids``, in that order (all when None)."""
    if ids is None:
        return bank
    by_id = {q.id: q for q in bank.questions}
    chosen = tuple(by_id[i] for i in ids if i in by_id)
    return QuestionBank(chosen or bank.questions, bank.title, bank.version)


class ProfileApplier(QObject):
    """Remembers the active profile and each control's own tooltip."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.profile: ClassroomProfile | None = None
        self._tips: dict[int, str] = {}
        self._labels: dict[int, str] = {}
        self._install_quiz()
        self._install_restore_defaults()

    # -- the quiz and the defaults are routed through here ---------------------

    def _install_quiz(self) -> None:
        window = self.window
        original = window.open_quiz
        window.open_quiz = self.open_quiz
        window.controls.quiz_clicked.disconnect(original)
        window.controls.quiz_clicked.connect(self.open_quiz)
        action = window.findChild(QAction, "quiz_action")
        if action is not None:  # its only connection is the window's open_quiz
            action.triggered.disconnect()
            action.triggered.connect(self.open_quiz)

    def _install_restore_defaults(self) -> None:
        action = self.window.findChild(QAction, "restore_defaults_action")
        if action is not None:
            action.triggered.disconnect()  # only the window's restore_defaults
            action.triggered.connect(self.restore_defaults)

    def restore_defaults(self) -> None:
        """With a profile, "defaults" means the teacher's setup, not LayerLab's."""
        if self.profile is None:
            self.window.restore_defaults()
        else:
            self._apply_config(self.profile)

    def open_quiz(self) -> None:
        """The window's quiz, limited to the profile's questions; off if hidden."""
        window = self.window
        if self.profile is not None and self.profile.state_of("quiz") != "free":
            return
        try:
            bank = load_builtin_bank()
        except QuizBankError as problem:
            window.show_message(str(problem))
            return
        ids = self.profile.questions if self.profile is not None else None
        snapshot = window.controller.latest
        history = None
        if snapshot is not None and snapshot.records:
            history = History(
                batches_per_epoch=snapshot.batches_per_epoch,
                records=list(snapshot.records),
                batch_losses=snapshot.batch_losses.tolist(),
            )
        chance = window.description.chance if window.description is not None else None
        window.quiz = QuizDialog(
            filtered_bank(bank, ids), history=history, chance=chance, parent=window
        )
        window.quiz.setObjectName("quiz_dialog")
        window.quiz.open()

    # -- applying ----------------------------------------------------------------

    def apply(self, profile: ClassroomProfile | None) -> None:
        """Set up the window as ``profile`` asks; None frees every control again."""
        self.profile = profile
        if profile is not None:
            self._apply_config(profile)
        for name in CONTROLS:
            state = profile.state_of(name) if profile is not None else "free"
            self.set_state(name, state)

    def _apply_config(self, profile: ClassroomProfile) -> None:
        controls = self.window.controls
        controls.set_config(profile.config)
        if profile.speed is not None:
            slider = controls.speed_slider
            slider.setValue(min(profile.speed, slider.maximum()))
        self.window.apply_config(profile.config)

    def _mark_label(self, widget: QWidget, locked: bool) -> None:
        """A locked field's label says "(fixed)": greyed-out alone is easy to miss."""
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if not isinstance(layout, QFormLayout):
            return
        label = layout.labelForField(widget)
        if not isinstance(label, QLabel):
            return
        key = id(label)
        if key not in self._labels:
            self._labels[key] = label.text()
        suffix = " " + self.tr("(fixed)") if locked else ""
        label.setText(self._labels[key] + suffix)

    def set_state(self, name: str, state: str) -> None:
        """Show one control as "free", "locked" or "hidden"."""
        fixed = self.tr("Fixed by your teacher's profile")
        for widget in control_widgets(self.window, name):
            key = id(widget)
            if key not in self._tips:
                self._tips[key] = widget.toolTip()
            widget.setEnabled(state == "free")
            _set_row_visible(widget, state != "hidden")
            widget.setToolTip(fixed if state == "locked" else self._tips[key])
            self._mark_label(widget, state == "locked")
        for action_name in CONTROL_ACTIONS.get(name, ()):
            action = self.window.findChild(QAction, action_name)
            if action is not None:
                action.setEnabled(state == "free")
                action.setVisible(state != "hidden")


def _set_row_visible(widget: QWidget, visible: bool) -> None:
    """Hide a field with its label (form rows) or with its group (the speed box)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
        layout.setRowVisible(widget, visible)
    elif widget.objectName() == "speed_slider" and parent is not None:
        parent.setVisible(visible)
    else:
        widget.setVisible(visible)
