"""The controls: run buttons, the network's setup and the pace.

Every field is checked as it is edited; an entry that cannot be used is
refused at the field with the reason beside it, and the last good setup
stays in effect. Changing the model or the data asks for a clean restart;
the learning rate alone changes the running network at its next batch.

Two arrangements (desktop/window/fitting.py picks one): *wide*, one column of
run buttons, setup and speed; *compact*, a narrow column of run buttons with
the setup and speed in a drawer that the Setup button opens beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core import ConfigError, TrainingConfig, parse_layers
from core.data.datasets import DATASET_NAMES, described
from core.engine.activations import HIDDEN_ACTIVATIONS
from core.engine.config import MAX_EPOCHS, MAX_SEED, check_learning_rate
from core.engine.optim import OPTIMIZERS
from desktop.run.pace import DEFAULT_PACE, PACES

TIPS = {
    "dataset": "Which data to learn from; athletes is the lesson's data",
    "epochs": "How many passes over the training rows",
    "lr": "Step size of each update; can change while training runs",
    "batch": "Examples per mini-batch update",
    "optimizer": "adam adapts each weight's step; sgd uses one step with momentum",
    "layers": 'Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer',
    "activation": "The function each hidden unit applies to its weighted sum",
    "seed": "Same seed, same data, same starting weights, same run",
    "play": "Start or pause training (Space)",
    "step": "Train exactly one more epoch, then pause (Right arrow)",
    "step_batch": "Make one mini-batch update, then pause (Shift+Right)",
    "step_sample": (
        "Walk one example of the next mini-batch through the network, one stage "
        "per press; the last stage makes the batch's update (Ctrl+Right)"
    ),
    "reset": "Start again with fresh random weights from the same seed (Ctrl+R)",
    "quiz": "Test your understanding with a few questions (Ctrl+T)",
    "drawer": "Show or hide the network, data and speed settings",
}

_ACROSS, _DOWN = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
# arrangement: the directions of (run column and drawer, step buttons)
ARRANGEMENTS = {
    "wide": (_DOWN, _ACROSS),  # one column: run, setup, speed
    "column": (_ACROSS, _DOWN),  # narrow run column, drawer beside it
    "strip": (_DOWN, _ACROSS),  # the window shows the run buttons above its views
}

ERROR_STYLE = "QLineEdit { border: 2px solid #D55E00; border-radius: 3px; }"


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controls_panel")
        self._custom_dataset = ""
        self.arrangement = "wide"
        self._build_arrangement()
        self.set_config(TrainingConfig())

    def _build_arrangement(self) -> None:
        """[run column | drawer]; ``set_arrangement`` turns and moves the parts."""
        self.outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(8, 8, 8, 8)
        self.run_column = QVBoxLayout()
        self.run_column.addWidget(self._build_run_box())
        self.run_column.addStretch(1)
        self.drawer = QWidget()
        self.drawer.setObjectName("controls_drawer")
        inside = QVBoxLayout(self.drawer)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self._build_setup_box())
        inside.addWidget(self._build_pace_box())
        inside.addStretch(1)
        self.outer.addLayout(self.run_column, 0)
        self.outer.addWidget(self.drawer, 1)

    # -- building ------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(self.tr(TIPS[tip]))
        button.clicked.connect(signal)
        return button

    def _build_run_box(self) -> QGroupBox:
        box = self.run_box = QGroupBox(self.tr("Run"))
        box.setObjectName("run_box")
        self.run_layout = QVBoxLayout(box)
        self.step_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.run_layout.addLayout(self.step_row)
        self.play_button = self._button(
            "play_button", self.tr("Play"), "play", self.play_clicked
        )
        self.play_button.setMinimumHeight(36)
        self.set_playing(False)
        self.step_button = self._button(
            "step_button", self.tr("Step epoch"), "step", self.step_clicked
        )
        self.step_batch_button = self._button(
            "step_batch_button",
            self.tr("Step batch"),
            "step_batch",
            self.step_batch_clicked,
        )
        self.step_sample_button = self._button(
            "step_sample_button",
            self.tr("Step sample"),
            "step_sample",
            self.step_sample_clicked,
        )
        self.reset_button = self._button(
            "reset_button", self.tr("Reset"), "reset", self.reset_clicked
        )
        self.quiz_button = self._button(
            "quiz_button", self.tr("Take the quiz"), "quiz", self.quiz_clicked
        )
        self._build_drawer_button()
        self._fill_run_box()
        return box

    def run_buttons(self) -> list[QPushButton]:
        """The run box's buttons in reading order (the strip shows them in a row)."""
        return [
            self.play_button,
            self.step_button,
            self.step_batch_button,
            self.step_sample_button,
            self.reset_button,
            self.quiz_button,
            self.drawer_button,
        ]

    def _fill_run_box(self) -> None:
        """Put the buttons (back) in the run box: Play, the steps, the rest."""
        play, *steps, reset, quiz, drawer = self.run_buttons()
        self.run_layout.insertWidget(0, play)
        for button in steps:
            self.step_row.addWidget(button)
        for button in (reset, quiz, drawer):
            self.run_layout.addWidget(button)

    def _build_drawer_button(self) -> None:
        button = self.drawer_button = QPushButton(self.tr("Setup ▸"))
        button.setObjectName("drawer_button")
        button.setCheckable(True)
        button.setToolTip(self.tr(TIPS["drawer"]))
        button.toggled.connect(self._on_drawer_toggled)
        button.hide()

    def _build_setup_box(self) -> QGroupBox:
        box = self.setup_box = QGroupBox(self.tr("Network and data"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dataset_input = self._combo("dataset_input", DATASET_NAMES, "dataset")
        for i, name in enumerate(DATASET_NAMES):
            self.dataset_input.setItemData(
                i, described(name), Qt.ItemDataRole.ToolTipRole
            )
        self.epochs_input = self._spin("epochs_input", 1, MAX_EPOCHS, "epochs")
        self.lr_input = self._line("lr_input", "lr")
        self.lr_error = self._error_label("lr_error")
        self.batch_input = self._spin("batch_input", 1, 100_000, "batch")
        self.optimizer_input = self._combo("optimizer_input", OPTIMIZERS, "optimizer")
        self.layers_input = self._line("layers_input", "layers")
        self.layers_error = self._error_label("layers_error")
        self.activation_input = self._combo(
            "activation_input", HIDDEN_ACTIVATIONS, "activation"
        )
        self.seed_input = self._spin("seed_input", 0, MAX_SEED, "seed")
        form.addRow(self.tr("Dataset"), self.dataset_input)
        form.addRow(self.tr("Hidden layers"), self.layers_input)
        form.addRow("", self.layers_error)
        form.addRow(self.tr("Activation"), self.activation_input)
        form.addRow(self.tr("Epochs"), self.epochs_input)
        form.addRow(self.tr("Learning rate"), self.lr_input)
        form.addRow("", self.lr_error)
        form.addRow(self.tr("Batch size"), self.batch_input)
        form.addRow(self.tr("Optimizer"), self.optimizer_input)
        form.addRow(self.tr("Seed"), self.seed_input)
        self._connect_setup()
        return box

    def _build_pace_box(self) -> QGroupBox:
        box = self.pace_box = QGroupBox(self.tr("Speed"))
        column = QVBoxLayout(box)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speed_slider")
        self.speed_slider.setRange(0, len(PACES) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setToolTip(self.tr("From slow motion to as fast as possible"))
        self.speed_slider.setAccessibleName(self.tr("Training speed"))
        self.speed_label = QLabel()
        self.speed_label.setWordWrap(True)
        self.speed_slider.valueChanged.connect(self._on_pace)
        self.speed_slider.setValue(DEFAULT_PACE)
        self._on_pace(DEFAULT_PACE)
        column.addWidget(self.speed_slider)
        column.addWidget(self.speed_label)
        return box

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
            self._fill_run_box()
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
        box = self.run_box.contentsMargins() + self.run_layout.contentsMargins()
        buttons = self.run_buttons()
        widest = max(b.sizeHint().width() for b in buttons)
        return widest + box.left() + box.right() + margins.left() + margins.right()

    def wide_width(self) -> int:
        """The wide column's width, whichever arrangement is showing."""
        margins = self.outer.contentsMargins()
        box = self.run_box.contentsMargins() + self.run_box.layout().contentsMargins()
        spacing = max(self.step_row.spacing(), 0)
        buttons = (self.step_button, self.step_batch_button, self.step_sample_button)
        row = sum(b.sizeHint().width() for b in buttons) + 2 * spacing
        widths = (
            row + box.left() + box.right(),
            self.setup_box.sizeHint().width(),
            self.pace_box.minimumSizeHint().width(),
        )
        return max(widths) + margins.left() + margins.right()

    def _on_drawer_toggled(self, shown: bool) -> None:
        self.drawer.setVisible(shown or not self.compact)
        self.drawer_button.setText(self.tr("Setup ◂") if shown else self.tr("Setup ▸"))
        self.arrangement_changed.emit()

    def _combo(self, name: str, items, tip: str) -> QComboBox:
        tip = self.tr(TIPS[tip])
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItems(list(items))
        combo.setToolTip(tip)
        return combo

    def _spin(self, name: str, low: int, high: int, tip: str) -> QSpinBox:
        tip = self.tr(TIPS[tip])
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setToolTip(tip)
        spin.setKeyboardTracking(False)
        return spin

    def _line(self, name: str, tip: str) -> QLineEdit:
        tip = self.tr(TIPS[tip])
        line = QLineEdit()
        line.setObjectName(name)
        line.setToolTip(tip)
        return line

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #B84A00;")
        label.hide()
        return label

    def _connect_setup(self) -> None:
        for combo in (self.dataset_input, self.optimizer_input, self.activation_input):
            combo.currentIndexChanged.connect(self._on_setup_edited)
        for spin in (self.epochs_input, self.batch_input, self.seed_input):
            spin.valueChanged.connect(self._on_setup_edited)
        self.layers_input.textEdited.connect(self._check_layers)
        self.layers_input.editingFinished.connect(self._on_setup_edited)
        self.lr_input.textEdited.connect(self._check_learning_rate)
        self.lr_input.editingFinished.connect(self._on_learning_rate)

    # -- reading and writing the setup ----------------------------------------------

    def set_config(self, config: TrainingConfig) -> None:
        """Show ``config`` in the fields without announcing a change.

        ``config`` is checked first (raising ``ConfigError``), before any
        signal is blocked, so a value a field cannot hold (a seed past
        ``MAX_SEED``) never leaves the panel half set and silenced.
        """
        config.validate()
        widgets = (
            self.dataset_input,
            self.epochs_input,
            self.lr_input,
            self.batch_input,
            self.optimizer_input,
            self.layers_input,
            self.activation_input,
            self.seed_input,
        )
        for widget in widgets:
            widget.blockSignals(True)
        if config.dataset.startswith("file:"):
            self._custom_dataset = config.dataset
            if self.dataset_input.findText(config.dataset) < 0:
                self.dataset_input.addItem(config.dataset)
        self.dataset_input.setCurrentText(config.dataset)
        self.epochs_input.setValue(config.epochs)
        self.lr_input.setText(f"{config.learning_rate:g}")
        self.batch_input.setValue(config.batch_size)
        self.optimizer_input.setCurrentText(config.optimizer)
        self.layers_input.setText(", ".join(str(n) for n in config.hidden_layers))
        self.activation_input.setCurrentText(config.activation)
        self.seed_input.setValue(config.seed)
        for widget in widgets:
            widget.blockSignals(False)
        self._base = config
        self._check_layers()
        self._check_learning_rate()

    def config(self) -> TrainingConfig | None:
        """The setup in the fields, or None while a field holds an unusable entry."""
        try:
            layers = parse_layers(self.layers_input.text())
            rate = check_learning_rate(_parse_float(self.lr_input.text()))
            return self._base.with_changes(
                dataset=self.dataset_input.currentText(),
                epochs=self.epochs_input.value(),
                learning_rate=rate,
                batch_size=self.batch_input.value(),
                optimizer=self.optimizer_input.currentText(),
                hidden_layers=layers,
                activation=self.activation_input.currentText(),
                seed=self.seed_input.value(),
            ).validate()
        except ConfigError:
            return None

    def set_playing(self, playing: bool) -> None:
        """Icon and word both change: the state is never shown by a symbol alone."""
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if playing
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def set_run_over(self, over: bool) -> None:
        """After the last epoch only Reset (or a new setup) makes sense."""
        buttons = (
            self.play_button,
            self.step_button,
            self.step_batch_button,
            self.step_sample_button,
        )
        for button in buttons:
            button.setEnabled(not over)

    # -- reacting to edits ----------------------------------------------------------

    def _show_error(self, field: QLineEdit, label: QLabel, message: str) -> None:
        field.setStyleSheet(ERROR_STYLE if message else "")
        label.setText(message)
        label.setVisible(bool(message))
        field.setAccessibleDescription(message)

    def _check_layers(self) -> bool:
        try:
            parse_layers(self.layers_input.text())
        except ConfigError as problem:
            self._show_error(self.layers_input, self.layers_error, str(problem))
            return False
        self._show_error(self.layers_input, self.layers_error, "")
        return True

    def _check_learning_rate(self) -> bool:
        try:
            check_learning_rate(_parse_float(self.lr_input.text()))
        except ConfigError as problem:
            self._show_error(self.lr_input, self.lr_error, str(problem))
            return False
        self._show_error(self.lr_input, self.lr_error, "")
        return True

    def _on_setup_edited(self, *_args) -> None:
        config = self.config()
        if config is None or config == self._base:
            return
        self._base = config
        self.config_changed.emit(config)

    def _on_learning_rate(self) -> None:
        if not self._check_learning_rate():
            return
        rate = _parse_float(self.lr_input.text())
        if rate != self._base.learning_rate:
            self._base = self._base.with_changes(learning_rate=rate)
            self.learning_rate_changed.emit(rate)

    def _on_pace(self, level: int) -> None:
        label = self.tr(PACES[level].label)
        self.speed_label.setText(label)
        self.speed_slider.setAccessibleDescription(label)
        self.pace_changed.emit(level)


def _parse_float(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise ConfigError(
            "learning_rate", "The learning rate must be a number such as 0.002."
        ) from None
