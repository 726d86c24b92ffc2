"""Applying a classroom profile to the window, and building one from it.

A locked control stays where it is but cannot be changed, and says why in its
tooltip; a hidden one disappears together with its label, menu entry and
shortcut. Controls are only touched through their public widgets (enabled,
visible, tooltip), so the controls panel needs no knowledge of profiles.

The quiz and "Restore defaults" follow the profile through the run model's
``setup`` (the defaults and the quiz questions) and the action table: a
command tied to a control (``ActionSpec.control``, e.g. Take the quiz… to
"quiz") is locked or hidden with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from core.files.classroom_profile import CONTROLS, ClassroomProfile
from core.quiz.sitting import QuestionBank
from desktop.controls.panel import ControlsPanel
from desktop.shell.actions import ActionTable
from desktop.shell.run_model import LessonSetup, RunModel

RESTORE_ACTION = "restore_defaults_action"


def control_widgets(controls: ControlsPanel, name: str) -> list[QWidget]:
    """The widgets behind one name of the profile's control vocabulary."""
    c = controls
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
        "noise": [c.playground_box.noise_slider, c.playground_box.noise_label],
        "val_fraction": [c.playground_box.ratio_slider, c.playground_box.ratio_label],
        "regenerate": [c.playground_box.regenerate_button],
        "features": [
            c.playground_box.features_row,
            *c.playground_box.feature_checks.values(),
        ],
        "regularization": [c.rules_box.l1_input, c.rules_box.l2_input],
        "early_stopping": [
            c.rules_box.early_stop_check,
            c.rules_box.patience_input,
            c.rules_box.restore_best_check,
        ],
    }
    return widgets[name]


def filtered_bank(bank: QuestionBank, ids: tuple[str, ...] | None) -> QuestionBank:
    """Only the questions named in ``ids``, in that order (all when None)."""
    return bank.only(ids)


class ProfileApplier(QObject):
    """Remembers the active profile and each control's own tooltip."""

    def __init__(
        self, model: RunModel, controls: ControlsPanel, commands: ActionTable
    ) -> None:
        super().__init__(model)
        self.model = model
        self.controls = controls
        self.commands = commands
        self.profile: ClassroomProfile | None = None
        self._tips: dict[int, str] = {}
        self._labels: dict[int, str] = {}

    # -- applying ----------------------------------------------------------------

    def apply(self, profile: ClassroomProfile | None) -> None:
        """Set up the window as ``profile`` asks; None frees every control again."""
        self.profile = profile
        if profile is None:
            self.model.setup = LessonSetup()
        else:
            slider = self.controls.speed_slider
            speed = slider.value()
            if profile.speed is not None:
                speed = min(profile.speed, slider.maximum())
            self.model.setup = LessonSetup(profile.config, speed, profile.questions)
            self.commands.trigger(RESTORE_ACTION)
        for name in CONTROLS:
            state = profile.state_of(name) if profile is not None else "free"
            self.set_state(name, state)

    def quiz_allowed(self) -> bool:
        """Whether the profile leaves the quiz free (no profile: it does)."""
        return self.profile is None or self.profile.state_of("quiz") == "free"

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
        for widget in control_widgets(self.controls, name):
            key = id(widget)
            if key not in self._tips:
                self._tips[key] = widget.toolTip()
            widget.setEnabled(state == "free")
            _set_row_visible(widget, state != "hidden")
            widget.setToolTip(fixed if state == "locked" else self._tips[key])
            self._mark_label(widget, state == "locked")
        self.commands.set_control_state(name, state)


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
