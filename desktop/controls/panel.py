"""The controls: run buttons, the network's setup, the playground's knobs,
penalties and stopping rules, and the pace.

Every field is checked as it is edited; an entry that cannot be used is
refused at the field with the reason beside it, and the last good setup
stays in effect. Changing the model or the data asks for a clean restart
(``config_changed`` with the new ``TrainingConfig``); the learning rate alone
changes the running network at its next batch.

The panel composes one module per concern: ``controls_run`` (the run
buttons), ``controls_setup`` (data and network), ``controls_pace`` (speed),
``controls_playground`` (noise, split, Regenerate, extra inputs; shown only
for 2-D datasets) and ``controls_rules`` (L1, L2, early stopping). The
dataset list is made here (``_build_dataset_combo``).

**The playground's knobs off the 2-D datasets.** Noise and extra inputs
apply to 2-D data only, so on any other dataset the config gets none (0 and
no features) and keeps its own validation share, held in that dataset's
range. A data seed (Regenerate) belongs to the data it drew: choosing
another dataset drops it, so the new data come from the seed again.

Three arrangements (desktop/window/fitting.py picks one): *wide*, one column of
run buttons, setup and speed; *column*, a narrow column of run buttons with
the setup and speed in a drawer that the Setup button opens beside it;
*strip*, the run buttons in a row above the views.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QVBoxLayout, QWidget

from core import ConfigError, TrainingConfig
from core.data.datasets import ALL_DATASET_NAMES, INFO, described
from core.data.knobs import is_planar, val_fraction_range
from desktop.controls.fields import TIPS, make_combo
from desktop.controls.pace_box import PaceBox
from desktop.controls.penalties_and_stopping import RulesBox
from desktop.controls.playground import PlaygroundBox, next_data_seed
from desktop.controls.run_buttons import RunBox
from desktop.controls.setup_form import SetupForm

__all__ = ["ARRANGEMENTS", "TIPS", "ControlsPanel"]

_ACROSS, _DOWN = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
# arrangement: the directions of (run column and drawer, step buttons)
ARRANGEMENTS = {
    "wide": (_DOWN, _ACROSS),  # one column: run, setup, speed
    "column": (_ACROSS, _DOWN),  # narrow run column, drawer beside it
    "strip": (_DOWN, _ACROSS),  # the window shows the run buttons above its views
}


class ControlsPanel(QWidget):
    play_clicked = Signal()
    step_clicked = Signal()
    step_batch_clicked = Signal()
    step_sample_clicked = Signal()
    reset_clicked = Signal()
    quiz_clicked = Signal()
    config_changed = Signal(object)  # a valid TrainingConfig that needs a restart
    learning_rate_changed = Signal(float)
    pace_changed = Signal(int)
    arrangement_changed = Signal()  # compact or wide, the drawer opened or closed
    said = Signal(str)  # a passing sentence for the status bar (Regenerate's)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controls_panel")
        self.arrangement = "wide"
        self._build_arrangement()
        self._name_parts()
        self._connect()
        self.set_config(TrainingConfig())

    # -- building ------------------------------------------------------------------

    def _build_arrangement(self) -> None:
        """[run column | drawer]; ``set_arrangement`` turns and moves the parts."""
        self.outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(8, 8, 8, 8)
        self.run_column = QVBoxLayout()
        self.run_box = RunBox()
        self.run_column.addWidget(self.run_box)
        self.run_column.addStretch(1)
        self.drawer = QWidget()
        self.drawer.setObjectName("controls_drawer")
        inside = QVBoxLayout(self.drawer)
        inside.setContentsMargins(0, 0, 0, 0)
        self.setup_box = SetupForm(self._build_dataset_combo())
        self.pace_box = PaceBox()
        self.playground_box = PlaygroundBox()
        self.rules_box = RulesBox()
        for box in (self.setup_box, self.pace_box, self.playground_box, self.rules_box):
            inside.addWidget(box)
        inside.addStretch(1)
        self.outer.addLayout(self.run_column, 0)
        self.outer.addWidget(self.drawer, 1)

    def _build_dataset_combo(self) -> QComboBox:
        """The dataset list, with each dataset's description as its tooltip."""
        self.dataset_input = make_combo(
            self, "dataset_input", ALL_DATASET_NAMES, "dataset"
        )
        for i, name in enumerate(ALL_DATASET_NAMES):
            self.dataset_input.setItemData(
                i, described(name), Qt.ItemDataRole.ToolTipRole
            )
        return self.dataset_input

    def _name_parts(self) -> None:
        """The widgets under the names tests, the window and profiles use."""
        run, setup, pace = self.run_box, self.setup_box, self.pace_box
        self.run_layout, self.step_row = run.run_layout, run.step_row
        self.play_button, self.step_button = run.play_button, run.step_button
        self.step_batch_button = run.step_batch_button
        self.step_sample_button = run.step_sample_button
        self.reset_button, self.quiz_button = run.reset_button, run.quiz_button
        self.drawer_button = run.drawer_button
        self.epochs_input, self.batch_input = setup.epochs_input, setup.batch_input
        self.lr_input, self.lr_error = setup.lr_input, setup.lr_error
        self.layers_input, self.layers_error = setup.layers_input, setup.layers_error
        self.optimizer_input = setup.optimizer_input
        self.activation_input = setup.activation_input
        self.seed_input = setup.seed_input
        self.speed_slider, self.speed_label = pace.speed_slider, pace.speed_label

    def _connect(self) -> None:
        run = self.run_box
        run.play_button.clicked.connect(self.play_clicked)
        run.step_button.clicked.connect(self.step_clicked)
        run.step_batch_button.clicked.connect(self.step_batch_clicked)
        run.step_sample_button.clicked.connect(self.step_sample_clicked)
        run.reset_button.clicked.connect(self.reset_clicked)
        run.quiz_button.clicked.connect(self.quiz_clicked)
        run.drawer_button.toggled.connect(self._on_drawer_toggled)
        self.setup_box.edited.connect(self._on_setup_edited)
        self.setup_box.learning_rate_edited.connect(self._on_learning_rate)
        self.playground_box.edited.connect(self._on_setup_edited)
        self.playground_box.regenerate_clicked.connect(self.regenerate)
        self.rules_box.edited.connect(self._on_setup_edited)
        self.pace_box.pace_changed.connect(self.pace_changed)

    def run_buttons(self) -> list:
        """The run box's buttons in reading order (the strip shows them in a row)."""
        return self.run_box.buttons()

    # -- arrangement ---------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self.arrangement != "wide"

    def set_arrangement(self, arrangement: str) -> None:
        """``ARRANGEMENTS``: "wide", "column" or "strip" (the drawer starts closed).

        In "strip" the window takes ``run_buttons()`` into a row above its
        views and the run box hides; the other two put them back.
        """
        if arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        outer, steps = ARRANGEMENTS[arrangement]
        self.outer.setDirection(outer)
        self.step_row.setDirection(steps)
        if (
            arrangement != "strip"
            and self.play_button.parentWidget() is not self.run_box
        ):
            self.run_box.fill()
        self.run_box.setVisible(arrangement != "strip")
        self.drawer_button.setVisible(self.compact)
        self.drawer_button.setChecked(False)
        self.drawer.setVisible(not self.compact)
        self.arrangement_changed.emit()

    def drawer_open(self) -> bool:
        return self.drawer.isVisibleTo(self)

    def column_width(self) -> int:
        """The narrow column's width: its widest run button and the margins."""
        margins = self.outer.contentsMargins()
        return self.run_box.column_width() + margins.left() + margins.right()

    def wide_width(self) -> int:
        """The wide column's width, whichever arrangement is showing.

        The playground counts even while hidden, so choosing a dataset never
        changes the arrangement.
        """
        margins = self.outer.contentsMargins()
        widths = (
            self.run_box.row_width(),
            self.setup_box.sizeHint().width(),
            self.playground_box.sizeHint().width(),
            self.rules_box.sizeHint().width(),
            self.pace_box.minimumSizeHint().width(),
        )
        return max(widths) + margins.left() + margins.right()

    def _on_drawer_toggled(self, shown: bool) -> None:
        self.drawer.setVisible(shown or not self.compact)
        self.run_box.set_drawer_text(shown)
        self.arrangement_changed.emit()

    # -- reading and writing the setup ----------------------------------------------

    def _fields(self) -> list[QWidget]:
        return [
            *self.setup_box.fields(),
            *self.playground_box.widgets(),
            *self.rules_box.widgets(),
        ]

    def set_config(self, config: TrainingConfig) -> None:
        """Show ``config`` in the fields without announcing a change.

        ``config`` is checked first (raising ``ConfigError``), before any
        signal is blocked, so a value a field cannot hold (a seed past
        ``MAX_SEED``) never leaves the panel half set and silenced.
        """
        config.validate()
        widgets = self._fields()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.setup_box.show_config(config)
            self.playground_box.show_config(config)
            self.rules_box.show_config(config)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._base = config
        self.setup_box.check_layers()
        self.setup_box.check_learning_rate()
        self._show_playground(config.dataset)

    def config(self) -> TrainingConfig | None:
        """The setup in the fields, or None while a field holds an unusable entry."""
        try:
            setup = self.setup_box.changes()
            name = setup["dataset"]  # built-in data decide what is predicted
            kind = INFO[name].kind if name in INFO else self._base.target_kind
            changes = {
                **setup,
                **self.rules_box.changes(),
                **self._knobs(setup["dataset"]),
                "target_kind": kind,
            }
            return self._base.with_changes(**changes).validate()
        except ConfigError:
            return None

    def _knobs(self, dataset: str) -> dict[str, Any]:
        """The playground's part of the config (the rules in the module doc)."""
        base = self._base
        data_seed = base.data_seed if dataset == base.dataset else None
        if is_planar(dataset):
            return {**self.playground_box.changes(), "data_seed": data_seed}
        low, high = val_fraction_range(dataset)
        fraction = min(max(base.val_fraction, low), high)
        return {
            "noise": 0.0,
            "features": (),
            "val_fraction": fraction,
            "data_seed": data_seed,
        }

    def _show_playground(self, dataset: str) -> None:
        """The playground shows for 2-D data only (hidden, not disabled, otherwise)."""
        self.playground_box.setVisible(is_planar(dataset))

    def set_playing(self, playing: bool) -> None:
        self.run_box.set_playing(playing)

    def set_run_over(self, over: bool) -> None:
        self.run_box.set_run_over(over)

    # -- reacting to edits ----------------------------------------------------------

    def _check_layers(self) -> bool:
        return self.setup_box.check_layers()

    def _check_learning_rate(self) -> bool:
        return self.setup_box.check_learning_rate()

    def _on_setup_edited(self, *_args) -> None:
        self._show_playground(self.dataset_input.currentText())
        config = self.config()
        if config is None or config == self._base:
            return
        self._apply(config)

    def _apply(self, config: TrainingConfig) -> None:
        """Make ``config`` the setup in effect, show its knobs, ask for the run."""
        self._base = config
        knobs = [*self.playground_box.widgets(), *self.rules_box.widgets()]
        for widget in knobs:
            widget.blockSignals(True)
        try:  # the hidden knobs show what is in effect, e.g. no noise off 2-D data
            self.playground_box.show_config(config)
            self.rules_box.show_config(config)
        finally:
            for widget in knobs:
                widget.blockSignals(False)
        self.config_changed.emit(config)

    def regenerate(self) -> None:
        """New data from the next data seed; the network's start stays (same seed)."""
        config = self.config()
        if config is None:
            return  # a field says what to fix first
        config = config.with_changes(data_seed=next_data_seed(config)).validate()
        self._apply(config)
        self.said.emit(
            self.tr(
                "New data: the points were drawn again from data seed {d}; the "
                "network starts from the same weights (seed {s})."
            ).format(d=config.data_seed, s=config.seed)
        )

    def _on_learning_rate(self) -> None:
        if not self.setup_box.check_learning_rate():
            return
        rate = self.setup_box.learning_rate()
        if rate != self._base.learning_rate:
            self._base = self._base.with_changes(learning_rate=rate)
            self.learning_rate_changed.emit(rate)
