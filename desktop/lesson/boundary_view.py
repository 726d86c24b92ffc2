"""The decision boundary: the network's answer over a plane, live while it trains.

``BoundaryPlot`` (``desktop.lesson.boundary_plot``) is one picture of the
output with the data on top, for yes/no, several classes or a number; it is
reused three times by the depth comparison. ``BoundaryView`` is the tab: it
follows the training controller's snapshots, lets the student choose the
two features when the data has more than two, and has the playground's two
check boxes: "Show validation points" (off: the training rows only; on: the
validation rows too, drawn hollow) and "Discretize output" (flat colours:
see ``BoundaryPlot``).

A 100 × 100 grid through the 64-32 network costs about 4 ms with the readable
forward pass, so it is computed here on the GUI thread; to leave the trainer
its GIL the view redraws at most ``MAX_RATE_HZ`` times a second and only
while its tab is showing (a hidden tab just remembers the latest snapshot).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.data.datasets import Dataset
from core.engine.snapshot import RunSnapshot
from core.lesson.boundary import (
    BoundaryGrid,
    NormalizedSplit,
    make_grid,
    model_from_theta,
    normalized_split,
    predicted_numbers,
    probabilities,
)
from desktop.lesson.boundary_plot import BoundaryPlot, probability_colour_map
from desktop.run.live_throttle import LiveThrottle

MAX_RATE_HZ = 10
MAX_POINTS = 1500
# The rule's either-or shows best on the two measurements its patterns lean on.
DEFAULT_AXES = {"athletes": ("VO2 max", "vertical jump")}

__all__ = ["BoundaryPlot", "BoundaryView", "probability_colour_map"]


def axis_name(dataset: Dataset, j: int) -> str:
    unit = dataset.feature_units[j]
    return f"{dataset.feature_names[j]} ({unit})" if unit else dataset.feature_names[j]


def same_scale(dataset: Dataset, x_feature: int, y_feature: int) -> bool:
    """Draw both axes to one scale: 2-D data whose two features share a unit.

    The planar sets (circles, moons, …) are points in a plane, and stretching
    one axis turns their circles into ellipses; measurements in different
    units (VO2 max against jump height) have no common scale to keep.
    """
    units = dataset.feature_units
    planar = dataset.n_features == 2 or (
        bool(dataset.extra.get("features")) and {x_feature, y_feature} == {0, 1}
    )  # the extra features (x₁², …) are computed from the plane's two
    return planar and units[x_feature] == units[y_feature]


def dots_words(dataset: Dataset | None) -> str:
    """What the dots are, in the data's own words: people only for the athletes."""
    if dataset is None:
        return _tr("the dots are the data's rows")
    if dataset.name == "athletes":
        return _tr("the dots are real people")
    return _tr("the dots are rows of the data ({description})").format(
        description=dataset.description
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoundaryView", text)


def sample_rows(n_rows: int, limit: int = MAX_POINTS) -> np.ndarray:
    """At most ``limit`` row indices, spread evenly: a big set stays drawable."""
    if n_rows <= limit:
        return np.arange(n_rows)
    return np.linspace(0, n_rows - 1, limit).astype(int)


def default_axes(dataset: Dataset) -> tuple[int, int]:
    names = DEFAULT_AXES.get(dataset.name)
    if names and all(n in dataset.feature_names for n in names):
        return tuple(dataset.feature_names.index(n) for n in names)
    return (0, 1)


class BoundaryView(QWidget):
    """The "Decision boundary" tab, fed by ``set_description`` and ``show_snapshot``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundary_view")
        self.dataset: Dataset | None = None
        self.split: NormalizedSplit | None = None
        self.grid: BoundaryGrid | None = None
        self.activation = "relu"
        self.output = "binary"  # the run's target kind
        self.snapshot: RunSnapshot | None = None
        self.drawn_snapshot: RunSnapshot | None = None
        self.plot = BoundaryPlot()
        self.x_box, self.y_box = QComboBox(), QComboBox()
        self.x_box.setObjectName("boundary_x_feature")
        self.y_box.setObjectName("boundary_y_feature")
        self.show_validation = QCheckBox(self.tr("Show validation points"))
        self.show_validation.setObjectName("boundary_show_validation")
        self.discretize = QCheckBox(self.tr("Discretize output"))
        self.discretize.setObjectName("boundary_discretize")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("boundary_note")
        self._build()
        self.throttle = LiveThrottle(self, self.redraw, MAX_RATE_HZ)

    def _build(self) -> None:
        self.axes_row = QWidget()
        row = QHBoxLayout(self.axes_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Horizontal:")))
        row.addWidget(self.x_box)
        row.addWidget(QLabel(self.tr("Vertical:")))
        row.addWidget(self.y_box)
        for box in (self.x_box, self.y_box):
            box.currentIndexChanged.connect(self._on_axes_chosen)
            # the row is shared with the check boxes: a box may shrink, its
            # feature's whole name is then on hover
            box.currentTextChanged.connect(box.setToolTip)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.axes_row)
        choices.addStretch(1)
        choices.addWidget(self.show_validation)
        choices.addWidget(self.discretize)
        self.show_validation.toggled.connect(self._on_axes_chosen)
        self.discretize.toggled.connect(self._on_discretize)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addLayout(choices)
        layout.addWidget(self.plot, 1)

    @Slot(object)
    def set_description(self, description) -> None:
        """A new setup (``RunDescription``): new data, split and grid."""
        self.dataset = description.dataset
        self.activation = description.config.activation_spec()
        self.output = description.config.target_kind
        self.split = normalized_split(description.dataset, description.config)
        self.snapshot = self.drawn_snapshot = None
        self._set_kind()
        names = [axis_name(self.dataset, j) for j in range(self.dataset.n_features)]
        wide = self.dataset.n_features > 2 and not self.split.derived
        for box in (self.x_box, self.y_box):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.blockSignals(False)
        x, y = default_axes(self.dataset)
        self.x_box.setCurrentIndex(x)
        self.y_box.setCurrentIndex(y)
        for box in (self.x_box, self.y_box):
            box.setToolTip(box.currentText())
        self.axes_row.setVisible(wide)
        self._set_note(wide)
        self.set_axes(x, y)

    def _set_kind(self) -> None:
        d, split = self.dataset, self.split
        if self.output == "number" and split.y_train_raw is not None:
            low, high = float(split.y_train_raw.min()), float(split.y_train_raw.max())
            label = self.tr("predicted {target}").format(target=d.target_name)
            self.plot.set_kind(
                "number", 1, (low, high if high > low else low + 1), label
            )
        else:
            k = max(len(d.class_names), 2)
            self.plot.set_kind(self.output, k)
        self.plot.discretize = self.discretize.isChecked()

    def _set_note(self, wide: bool) -> None:
        text = {
            "binary": self.tr(
                "Colour: the network's probability of class 1 at each point; the "
                "black line is where it is exactly 0.5, its decision boundary."
            ),
            "classes": self.tr(
                "Colour: the class the network predicts at each point, paler where "
                "it is less sure; the black lines are the borders between classes."
            ),
            "number": self.tr(
                "Colour: the number the network predicts at each point; the dots "
                "are coloured by their true value, so a dot that disappears into "
                "its background is predicted well."
            ),
        }.get(self.output, "")
        if wide:
            text += " " + self.tr(
                "Every other feature is held at its median over the training rows; "
                "{dots}, whose other features vary."
            ).format(dots=dots_words(self.dataset))
        self.note.setText(text)

    @Slot()
    def _on_axes_chosen(self) -> None:
        if self.dataset is not None:
            self.set_axes(self.x_box.currentIndex(), self.y_box.currentIndex())

    @Slot(bool)
    def _on_discretize(self, on: bool) -> None:
        self.plot.discretize = on
        if self.drawn_snapshot is not None:
            self.snapshot = self.drawn_snapshot
            self.throttle.request()

    def set_axes(self, x_feature: int, y_feature: int) -> None:
        """Lay the grid over two features (the same one twice is refused)."""
        if (
            self.split is None
            or x_feature == y_feature
            or min(x_feature, y_feature) < 0
        ):
            return
        self.grid = make_grid(self.split, x_feature, y_feature)
        d, split = self.dataset, self.split
        validation = None
        if self.show_validation.isChecked():
            validation = _points(split.X_val_raw, _labels(split, False),
                                 x_feature, y_feature)  # fmt: skip
        self.plot.set_data(
            self.grid,
            *_points(split.X_train_raw, _labels(split, True), x_feature, y_feature),
            tuple(d.class_names), (axis_name(d, x_feature), axis_name(d, y_feature)),
            equal_aspect=same_scale(d, x_feature, y_feature), validation=validation,
        )  # fmt: skip
        if self.drawn_snapshot is not None and self.snapshot is None:
            self.snapshot = self.drawn_snapshot
        if self.snapshot is not None:
            self.throttle.request()

    @Slot(object)
    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        if self.grid is None or snapshot.layer_sizes[0] != self.grid.X.shape[1]:
            return
        self.snapshot = snapshot
        self.throttle.request()

    def redraw(self) -> None:
        """Forward the grid through a copy of the snapshot's parameters."""
        s = self.snapshot
        if s is None or self.grid is None or self.split is None:
            return
        model = model_from_theta(s.theta, s.layer_sizes, self.activation, self.output)
        scale = self.split.target_scale
        if self.output == "number" and scale is not None:
            self.plot.set_output(predicted_numbers(self.grid, model, scale))
        else:
            self.plot.set_output(probabilities(self.grid, model))
        self.plot.set_title(
            self.tr("After epoch {e} of {n}").format(e=s.epochs_done, n=s.total_epochs)
            if s.step
            else self.tr("Before training")
        )
        self.drawn_snapshot = s

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()


def _labels(split: NormalizedSplit, train: bool) -> np.ndarray:
    """Class indices, or a number's values in its units."""
    raw = split.y_train_raw if train else split.y_val_raw
    if raw is None:
        raw = split.y_train if train else split.y_val
    return np.asarray(raw)


def _points(X_raw: np.ndarray, labels: np.ndarray, x_feature: int, y_feature: int):
    """(x, y, labels) of at most ``MAX_POINTS`` rows, spread evenly."""
    rows = sample_rows(len(X_raw))
    return X_raw[rows, x_feature], X_raw[rows, y_feature], labels[rows]


def _sample(dataset_name: str = "circles"):
    """A trained run on sample data, for ``python -m desktop.lesson.boundary_view``."""
    from desktop.run.sample_run import trained_sample

    return trained_sample(dataset_name)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    description, snapshot = _sample(sys.argv[1] if len(sys.argv) > 1 else "circles")
    view = BoundaryView()
    view.resize(990, 480)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    app.exec()
