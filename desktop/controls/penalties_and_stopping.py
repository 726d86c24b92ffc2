"""Penalties and stopping rules: the L1 and L2 rates and early stopping.

The rates are checked as they are typed, like the learning rate (a number
from 0 to 10, a comma for the point works, empty means 0), and refused at
the field with the reason under it. Early stopping is off unless ticked;
its patience is the number of epochs in a row without a lower validation
loss (``core.engine.stopping``); the field stays editable while early
stopping is off (a classroom profile may lock it, and enabling is the
profile's), and is then simply not used. "Restore the best weights" works with or
without early stopping: whichever way the run ends by itself, the weights
of the epoch with the lowest validation loss are put back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from core import ConfigError, TrainingConfig
from core.engine.config import MAX_EPOCHS
from desktop.controls.fields import (
    TIPS,
    make_error_label,
    make_line,
    make_spin,
    parse_penalty,
    show_error,
)

DEFAULT_PATIENCE = 5  # what the patience field offers before a config sets it


class RulesBox(QGroupBox):
    """L1 and L2 rate fields, the early-stopping switch and patience, restoring."""

    edited = Signal()  # a rule changed: a new run

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Penalties and stopping"))
        self.setObjectName("rules_box")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.l1_input = make_line(self, "l1_input", "l1")
        self.l1_error = make_error_label("l1_error")
        self.l2_input = make_line(self, "l2_input", "l2")
        self.l2_error = make_error_label("l2_error")
        self.early_stop_check = self._check("early_stop_check", self.tr("Stop early"))
        self.patience_input = make_spin(
            self, "patience_input", 1, MAX_EPOCHS, "patience"
        )
        self.patience_input.setValue(DEFAULT_PATIENCE)
        self.restore_best_check = self._check(
            "restore_best_check", self.tr("Restore the best weights")
        )
        form.addRow(self.tr("L1 rate"), self.l1_input)
        form.addRow("", self.l1_error)
        form.addRow(self.tr("L2 rate"), self.l2_input)
        form.addRow("", self.l2_error)
        form.addRow(self.early_stop_check)
        form.addRow(self.tr("Patience"), self.patience_input)
        form.addRow(self.restore_best_check)
        self._connect()

    def _check(self, name: str, text: str) -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(name)
        check.setToolTip(self.tr(TIPS[name.removesuffix("_check")]))
        return check

    def _connect(self) -> None:
        for field, error in (
            (self.l1_input, self.l1_error),
            (self.l2_input, self.l2_error),
        ):
            field.textEdited.connect(lambda _t, f=field, e=error: self.check_rate(f, e))
            field.editingFinished.connect(self.edited)
        self.early_stop_check.toggled.connect(self.edited)
        self.patience_input.valueChanged.connect(self.edited)
        self.restore_best_check.toggled.connect(self.edited)

    def widgets(self) -> list:
        """The widgets whose signals ``show_config`` blocks."""
        return [
            self.l1_input,
            self.l2_input,
            self.early_stop_check,
            self.patience_input,
            self.restore_best_check,
        ]

    def show_config(self, config: TrainingConfig) -> None:
        """Show ``config``'s rules (the caller blocks the signals)."""
        self.l1_input.setText(f"{config.l1:g}")
        self.l2_input.setText(f"{config.l2:g}")
        patience = config.early_stopping_patience
        self.early_stop_check.setChecked(patience is not None)
        if patience is not None:
            self.patience_input.setValue(patience)
        self.restore_best_check.setChecked(config.restore_best)
        self.check_rate(self.l1_input, self.l1_error)
        self.check_rate(self.l2_input, self.l2_error)

    def changes(self) -> dict[str, Any]:
        """The rules as ``TrainingConfig`` changes; ``ConfigError`` for a bad rate."""
        on = self.early_stop_check.isChecked()
        return {
            "l1": parse_penalty(self, "l1", self.l1_input.text()),
            "l2": parse_penalty(self, "l2", self.l2_input.text()),
            "early_stopping_patience": self.patience_input.value() if on else None,
            "restore_best": self.restore_best_check.isChecked(),
        }

    def check_rate(self, field: QLineEdit, error: QLabel) -> bool:
        """Show why the rate in ``field`` cannot be used, or clear the reason."""
        name = "l1" if field is self.l1_input else "l2"
        try:
            parse_penalty(self, name, field.text())
        except ConfigError as problem:
            show_error(field, error, str(problem))
            return False
        show_error(field, error, "")
        return True
