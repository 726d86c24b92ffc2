"""The small pieces every part of the controls is built from.

One tooltip table for every control (``TIPS``), the field builders, and the
one way a field shows an entry it refuses: a red frame, the reason in a
label under it and in the field's accessible description.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from core import ConfigError

TIPS = {
    "dataset": "Which data to learn from; athletes is the lesson's data",
    "epochs": "How many passes over the training rows",
    "lr": "Step size of each update; can change while training runs",
    "batch": "Examples per mini-batch update",
    "optimizer": "adam adapts each weight's step; sgd uses one step with momentum",
    "layers": 'Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer',
    "activation": "The function each hidden unit applies to its weighted sum",
    "layer_activations": (
        'One activation per hidden layer, first to last, e.g. "relu, tanh"'
    ),
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
    "noise": (
        "Move every point by random jitter, as a share of the data's spread; "
        "the labels stay, so the classes blur into each other"
    ),
    "ratio": "How the points are shared between training and validation",
    "regenerate": (
        "Draw new points from the same generator; the network starts from the "
        "same weights"
    ),
    "features": "Extra inputs computed from x₁ and x₂; each adds an input unit",
    "l1": "L1 penalty: rate × the sum of |w| over the weights; 0 for none",
    "l2": "L2 penalty: rate × the sum of w² over the weights; 0 for none",
    "early_stop": (
        "End the run when the validation loss has not improved for the "
        "patience's number of epochs"
    ),
    "patience": "Epochs in a row without a lower validation loss before stopping",
    "restore_best": (
        "When the run ends, put back the weights of the epoch with the lowest "
        "validation loss"
    ),
}

ERROR_STYLE = "QLineEdit { border: 2px solid #D55E00; border-radius: 3px; }"
MAX_PENALTY = 10.0  # the largest L1 or L2 rate core.engine.config accepts


def make_combo(owner: QWidget, name: str, items, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItems(list(items))
    combo.setToolTip(owner.tr(TIPS[tip]))
    return combo


def make_spin(owner: QWidget, name: str, low: int, high: int, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setToolTip(owner.tr(TIPS[tip]))
    spin.setKeyboardTracking(False)
    return spin


def make_line(owner: QWidget, name: str, tip: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setToolTip(owner.tr(TIPS[tip]))
    return line


def make_error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #B84A00;")
    # it wraps to the field's width and never widens the column (a long
    # reason would otherwise push the drawer, and the window, wider)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.hide()
    return label


def show_error(field: QLineEdit, label: QLabel, message: str) -> None:
    """The reason beside the field, or nothing when ``message`` is empty."""
    field.setStyleSheet(ERROR_STYLE if message else "")
    label.setText(message)
    label.setVisible(bool(message))
    field.setAccessibleDescription(message)


def parse_float(text: str) -> float:
    """A number as a student types it: a comma works as the decimal point."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise ConfigError(
            "learning_rate", "The learning rate must be a number such as 0.002."
        ) from None


def parse_penalty(owner: QWidget, field: str, text: str) -> float:
    """An L1 or L2 rate: a number from 0 to ``MAX_PENALTY``; empty means 0.

    ``field`` is "l1" or "l2"; the message names the rate and says what to
    type, so a student can act on it.
    """
    name = "L1" if field == "l1" else "L2"
    if not text.strip():
        return 0.0
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ConfigError(
            field,
            owner.tr(
                "The {name} rate must be a number such as 0.001 (0 for none)."
            ).format(name=name),
        )
    if not 0.0 <= value <= MAX_PENALTY:
        raise ConfigError(
            field,
            owner.tr("The {name} rate must be from 0 to {most:g}.").format(
                name=name, most=MAX_PENALTY
            ),
        )
    return value
