"""The setup form: the data, the network and how it learns.

Every field is checked as it is edited; an entry that cannot be used is
refused at the field with the reason beside it. The Activation list ends
with "per layer…", which shows a field for one activation per hidden layer
("relu, tanh"), checked against the hidden layers' count like the layer
sizes are; it is locked and hidden with the Activation list. The form reads and shows
its part of a ``TrainingConfig``; the controls panel decides what a change
means (a new run, or a new learning rate for the running one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox

from core import ConfigError, TrainingConfig, parse_layers
from core.engine.activations import HIDDEN_ACTIVATIONS
from core.engine.config import (
    MAX_EPOCHS,
    MAX_SEED,
    check_learning_rate,
    parse_activations,
)
from core.engine.optim import OPTIMIZERS
from desktop.controls.fields import (
    make_combo,
    make_error_label,
    make_line,
    make_spin,
    parse_float,
    show_error,
)


class SetupForm(QGroupBox):
    """Dataset, hidden layers, activation, epochs, rate, batch, optimizer, seed.

    ``dataset_input`` is made by the controls panel (its list of datasets is
    kept there) and handed in.
    """

    edited = Signal()  # a field that needs a new run changed
    learning_rate_edited = Signal()  # the rate field was left after an edit

    def __init__(self, dataset_input: QComboBox) -> None:
        super().__init__()
        self.setTitle(self.tr("Network and data"))
        self.setObjectName("setup_box")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dataset_input = dataset_input
        self.epochs_input = make_spin(self, "epochs_input", 1, MAX_EPOCHS, "epochs")
        self.lr_input = make_line(self, "lr_input", "lr")
        self.lr_error = make_error_label("lr_error")
        self.batch_input = make_spin(self, "batch_input", 1, 100_000, "batch")
        self.optimizer_input = make_combo(
            self, "optimizer_input", OPTIMIZERS, "optimizer"
        )
        self.layers_input = make_line(self, "layers_input", "layers")
        self.layers_error = make_error_label("layers_error")
        self.activation_input = make_combo(
            self, "activation_input", HIDDEN_ACTIVATIONS, "activation"
        )
        self.activation_input.addItem(self.tr("per layer…"))
        self.layer_activations_input = make_line(
            self, "layer_activations_input", "layer_activations"
        )
        self.layer_activations_error = make_error_label("layer_activations_error")
        self._single = TrainingConfig().activation  # kept while "per layer…" is on
        self.seed_input = make_spin(self, "seed_input", 0, MAX_SEED, "seed")
        form.addRow(self.tr("Dataset"), self.dataset_input)
        form.addRow(self.tr("Hidden layers"), self.layers_input)
        form.addRow("", self.layers_error)
        form.addRow(self.tr("Activation"), self.activation_input)
        form.addRow("", self.layer_activations_input)
        form.addRow("", self.layer_activations_error)
        self._form = form
        form.setRowVisible(self.layer_activations_input, False)
        form.addRow(self.tr("Epochs"), self.epochs_input)
        form.addRow(self.tr("Learning rate"), self.lr_input)
        form.addRow("", self.lr_error)
        form.addRow(self.tr("Batch size"), self.batch_input)
        form.addRow(self.tr("Optimizer"), self.optimizer_input)
        form.addRow(self.tr("Seed"), self.seed_input)
        self._connect()

    def _connect(self) -> None:
        for combo in (self.dataset_input, self.optimizer_input):
            combo.currentIndexChanged.connect(self.edited)
        self.activation_input.currentIndexChanged.connect(self._on_activation_chosen)
        self.activation_input.installEventFilter(self)
        for spin in (self.epochs_input, self.batch_input, self.seed_input):
            spin.valueChanged.connect(self.edited)
        self.layers_input.textEdited.connect(self.check_layers)
        self.layers_input.editingFinished.connect(self.edited)
        per_layer = self.layer_activations_input
        per_layer.textEdited.connect(self.check_layer_activations)
        per_layer.editingFinished.connect(self.edited)
        self.lr_input.textEdited.connect(self.check_learning_rate)
        self.lr_input.editingFinished.connect(self.learning_rate_edited)

    def fields(self) -> tuple:
        return (
            self.dataset_input,
            self.epochs_input,
            self.lr_input,
            self.batch_input,
            self.optimizer_input,
            self.layers_input,
            self.activation_input,
            self.layer_activations_input,
            self.seed_input,
        )

    def show_config(self, config: TrainingConfig) -> None:
        """Fill the fields (the caller blocks their signals)."""
        own = config.dataset.startswith("file:")
        if own and self.dataset_input.findText(config.dataset) < 0:
            self.dataset_input.addItem(config.dataset)
        self.dataset_input.setCurrentText(config.dataset)
        self.epochs_input.setValue(config.epochs)
        self.lr_input.setText(f"{config.learning_rate:g}")
        self.batch_input.setValue(config.batch_size)
        self.optimizer_input.setCurrentText(config.optimizer)
        self.layers_input.setText(", ".join(str(n) for n in config.hidden_layers))
        self._single = config.activation
        names = config.layer_activations
        if names is None:
            self.activation_input.setCurrentText(config.activation)
            self.layer_activations_input.clear()
        else:
            self.activation_input.setCurrentIndex(self._per_layer_index)
            self.layer_activations_input.setText(", ".join(names))
        self._show_per_layer(names is not None)
        self.seed_input.setValue(config.seed)

    def changes(self) -> dict[str, Any]:
        """The fields as ``TrainingConfig`` changes; ``ConfigError`` if unusable."""
        return {
            "dataset": self.dataset_input.currentText(),
            "epochs": self.epochs_input.value(),
            "learning_rate": self.learning_rate(),
            "batch_size": self.batch_input.value(),
            "optimizer": self.optimizer_input.currentText(),
            "hidden_layers": parse_layers(self.layers_input.text()),
            **self._activations(),
            "seed": self.seed_input.value(),
        }

    def _activations(self) -> dict[str, Any]:
        """``activation`` and ``layer_activations`` as the list and field say."""
        if not self.per_layer_chosen():
            return {
                "activation": self.activation_input.currentText(),
                "layer_activations": None,
            }
        n_layers = len(parse_layers(self.layers_input.text()))
        names = parse_activations(self.layer_activations_input.text(), n_layers)
        return {"activation": self._single, "layer_activations": names}

    @property
    def _per_layer_index(self) -> int:
        return len(HIDDEN_ACTIVATIONS)  # "per layer…" comes after the activations

    def per_layer_chosen(self) -> bool:
        return self.activation_input.currentIndex() == self._per_layer_index

    def _on_activation_chosen(self, index: int) -> None:
        """One activation for every layer, or "per layer…" and its field."""
        if index == self._per_layer_index:
            field = self.layer_activations_input
            if not field.text().strip():  # start from what every layer has now
                field.setText(", ".join([self._single] * self._layer_count()))
        elif index >= 0:
            self._single = self.activation_input.currentText()
        self._show_per_layer(index == self._per_layer_index)
        self.check_layer_activations()
        self.edited.emit()

    def _layer_count(self) -> int:
        try:
            return len(parse_layers(self.layers_input.text()))
        except ConfigError:
            return 1

    def _show_per_layer(self, shown: bool) -> None:
        shown = shown and self.activation_input.isVisibleTo(self)
        self._form.setRowVisible(self.layer_activations_input, shown)
        if not shown:
            show_error(self.layer_activations_input, self.layer_activations_error, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The per-layer field is locked and hidden with the Activation list
        (a classroom profile's "architecture" control)."""
        if watched is self.activation_input:
            kind = event.type()
            if kind == QEvent.Type.EnabledChange:
                enabled = self.activation_input.isEnabled()
                self.layer_activations_input.setEnabled(enabled)
            elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                self._show_per_layer(self.per_layer_chosen())
        return super().eventFilter(watched, event)

    def check_layer_activations(self) -> bool:
        """Refuse, at the field, a per-layer list that the layers cannot take."""
        message = ""
        if self.per_layer_chosen():
            try:
                parse_activations(
                    self.layer_activations_input.text(),
                    len(parse_layers(self.layers_input.text())),
                )
            except ConfigError as problem:
                # a layer-size problem is shown at the layer sizes already
                if problem.field == "layer_activations":
                    message = str(problem)
        show_error(self.layer_activations_input, self.layer_activations_error, message)
        return not message

    def learning_rate(self) -> float:
        return check_learning_rate(parse_float(self.lr_input.text()))

    def check_layers(self) -> bool:
        """Check the sizes, and the per-layer activations against their count."""
        self.check_layer_activations()
        try:
            parse_layers(self.layers_input.text())
        except ConfigError as problem:
            show_error(self.layers_input, self.layers_error, str(problem))
            return False
        show_error(self.layers_input, self.layers_error, "")
        return True

    def check_learning_rate(self) -> bool:
        try:
            self.learning_rate()
        except ConfigError as problem:
            show_error(self.lr_input, self.lr_error, str(problem))
            return False
        show_error(self.lr_input, self.lr_error, "")
        return True
