"""The 2-D playground's knobs: noise, the train:validation split, Regenerate and
extra input features (``core.data.knobs`` says what each does to the data).

The box is shown only while a 2-D dataset is chosen (the controls panel
hides it otherwise), and then its values are the config's. The rules that
turn the widgets into config values:

* **Noise**: the slider's percent / 100 (0-50 % → 0-0.5).
* **Split**: the slider is the training share in percent (10-90 %); the
  validation share is ``1 - percent / 100``.
* **Features**: the ticked boxes, in the order of ``FEATURES``.
* Where a widget still shows the config it was given (a value the slider's
  whole percent can only round, a profile's own feature order), the
  config's value is kept, so an unrelated edit never nudges it.
* **Regenerate** asks for the next data seed: the current one (the training
  seed when there is none yet) plus 1, wrapping at ``MAX_SEED``. The same
  presses give the same data again, in class as at home.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from core import TrainingConfig
from core.data.knobs import FEATURES, MAX_NOISE, PLANAR_VAL_FRACTION
from core.engine.config import MAX_SEED
from desktop.controls.fields import TIPS

FEATURE_COLUMNS = 2  # the feature check boxes sit in a grid this many wide


def next_data_seed(config: TrainingConfig) -> int:
    """Regenerate's data seed: the one in use plus 1 (wrapping past ``MAX_SEED``)."""
    current = config.seed if config.data_seed is None else config.data_seed
    return (current + 1) % (MAX_SEED + 1)


def train_percent(val_fraction: float) -> int:
    return round(100 * (1 - val_fraction))


class PlaygroundBox(QGroupBox):
    """Noise and split sliders with their values in words, Regenerate, features."""

    edited = Signal()  # a knob that needs a new run changed
    regenerate_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Playground (2-D data)"))
        self.setObjectName("playground_box")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        low, high = PLANAR_VAL_FRACTION
        self.noise_slider = self._slider("noise_slider", 0, round(100 * MAX_NOISE))
        self.noise_slider.setToolTip(self.tr(TIPS["noise"]))
        self.noise_label = self._value_label("noise_label")
        self.ratio_slider = self._slider(
            "ratio_slider", train_percent(high), train_percent(low)
        )
        self.ratio_slider.setToolTip(self.tr(TIPS["ratio"]))
        self.ratio_label = self._value_label("ratio_label")
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setObjectName("regenerate_button")
        self.regenerate_button.setToolTip(self.tr(TIPS["regenerate"]))
        self.regenerate_button.clicked.connect(self.regenerate_clicked)
        self.features_row = self._build_features()
        form.addRow(self.tr("Noise"), self.noise_slider)
        form.addRow(QWidget(), self.noise_label)  # no label: no "(fixed)" twice
        form.addRow(self.tr("Split"), self.ratio_slider)
        form.addRow(QWidget(), self.ratio_label)
        form.addRow(self.regenerate_button)
        form.addRow(self.tr("Extra inputs"), self.features_row)
        self._given = TrainingConfig(dataset="moons")
        self._say_values()

    def _slider(self, name: str, low: int, high: int) -> QSlider:
        """A percent slider that announces its value when let go (not while dragged)."""
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(low, high)
        slider.setSingleStep(1)
        slider.setPageStep(10)
        slider.setTracking(False)
        slider.sliderMoved.connect(self._say_values)
        slider.valueChanged.connect(self._say_values)
        slider.valueChanged.connect(self.edited)
        return slider

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_features(self) -> QWidget:
        row = QWidget()
        row.setObjectName("features_row")
        row.setToolTip(self.tr(TIPS["features"]))
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        self.feature_checks: dict[str, QCheckBox] = {}
        for i, (code, (label, _column)) in enumerate(FEATURES.items()):
            check = QCheckBox(label)
            check.setObjectName(f"feature_{code}")
            check.setToolTip(self.tr(TIPS["features"]))
            check.toggled.connect(self.edited)
            grid.addWidget(check, i // FEATURE_COLUMNS, i % FEATURE_COLUMNS)
            self.feature_checks[code] = check
        return row

    def widgets(self) -> list[QWidget]:
        """The widgets whose signals ``show_config`` blocks."""
        return [self.noise_slider, self.ratio_slider, *self.feature_checks.values()]

    def _say_values(self, *_args: object) -> None:
        """The sliders' positions in words (while dragging too)."""
        noise = self.noise_slider.sliderPosition()
        self.noise_label.setText(self.tr("{n}% of the data's spread").format(n=noise))
        train = self.ratio_slider.sliderPosition()
        self.ratio_label.setText(
            self.tr("{t}% training · {v}% validation").format(t=train, v=100 - train)
        )
        self.noise_slider.setAccessibleDescription(self.noise_label.text())
        self.ratio_slider.setAccessibleDescription(self.ratio_label.text())

    def show_config(self, config: TrainingConfig) -> None:
        """Show ``config``'s knobs (the caller blocks the signals)."""
        self._given = config
        self.noise_slider.setValue(round(100 * config.noise))
        low, high = PLANAR_VAL_FRACTION
        fraction = min(max(config.val_fraction, low), high)
        self.ratio_slider.setValue(train_percent(fraction))
        for code, check in self.feature_checks.items():
            check.setChecked(code in config.features)
        self._say_values()

    def changes(self) -> dict[str, Any]:
        """The knobs as ``TrainingConfig`` changes (the rules in the module doc)."""
        given = self._given
        noise = self.noise_slider.value() / 100
        if self.noise_slider.value() == round(100 * given.noise):
            noise = given.noise
        fraction = round(1 - self.ratio_slider.value() / 100, 2)
        if self.ratio_slider.value() == train_percent(given.val_fraction):
            fraction = given.val_fraction
        ticked = {
            code for code, check in self.feature_checks.items() if check.isChecked()
        }
        features = tuple(code for code in FEATURES if code in ticked)
        if ticked == set(given.features):
            features = given.features
        return {"noise": noise, "val_fraction": fraction, "features": features}
