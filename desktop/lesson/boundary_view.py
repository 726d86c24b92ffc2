"""The decision boundary: the network's answer over a plane, live while it trains.

``BoundaryPlot`` is one heatmap of P(class 1) with the data on top; it is
reused three times by the depth comparison. ``BoundaryView`` is the tab: it
follows the training controller's snapshots and lets the student choose the
two features when the data has more than two.

A 100 × 100 grid through the 64-32 network costs about 4 ms with the readable
forward pass, so it is computed here on the GUI thread; to leave the trainer
its GIL the view redraws at most ``MAX_RATE_HZ`` times a second and only
while its tab is showing (a hidden tab just remembers the latest snapshot).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
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
    probabilities,
)
from desktop.run.live_throttle import LiveThrottle
from desktop.views import palette

MAX_RATE_HZ = 10
MAX_POINTS = 1500
# The rule's either-or shows best on the two measurements its patterns lean on.
DEFAULT_AXES = {"athletes": ("VO2 max", "vertical jump")}

# The same global options as desktop/views/training_plot.py, so a view opened on its
# own looks as it does in the window (white plots, row-major images).
pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


def probability_colour_map() -> pg.ColorMap:
    """Blue (class 0) through white (unsure, 0.5) to vermillion (class 1).

    Okabe–Ito blue and vermillion stay apart for every common colour-vision
    deficiency, and the white middle makes the 0.5 boundary stand out.
    """
    return pg.ColorMap(
        pos=[0.0, 0.5, 1.0],
        color=[palette.BLUE, palette.PAPER, palette.VERMILLION],
    )


class BoundaryPlot(QWidget):
    """One heatmap of P(class 1) over a grid, with the data points on top."""

    def __init__(
        self,
        title: str = "",
        colour_bar: bool = True,
        legend: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Decision boundary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.plot = self.graphics.addPlot(row=0, col=0, title=title)
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(probability_colour_map())
        self.image.setLevels((0.0, 1.0))
        self.plot.addItem(self.image)
        self.contour = pg.IsocurveItem(
            level=0.5, pen=pg.mkPen(palette.INK, width=2), axisOrder="row-major"
        )
        self.contour.setParentItem(self.image)
        self.legend = None
        if legend:  # beside the plot, top: inside it, it would hide points
            self.legend = pg.LegendItem(
                labelTextSize="9pt", labelTextColor=palette.INK,
                brush=(255, 255, 255, 220), pen=pg.mkPen(palette.MUTED),
            )  # fmt: skip
            fixed = QSizePolicy.Policy.Fixed
            self.legend.setSizePolicy(fixed, fixed)
            self.graphics.addItem(self.legend, row=0, col=1)
            top = Qt.AlignmentFlag.AlignTop
            self.graphics.ci.layout.setAlignment(self.legend, top)
        self.points = (
            self._scatter("o", palette.BLUE, self.tr("class 0")),
            self._scatter("t", palette.VERMILLION, self.tr("class 1")),
        )
        self.colour_bar = None
        if colour_bar:
            self.colour_bar = pg.ColorBarItem(
                values=(0.0, 1.0), colorMap=probability_colour_map(),
                label=self.tr("P(class 1)"), interactive=False, width=14,
            )  # fmt: skip
            self.colour_bar.setImageItem(self.image, insert_in=self.plot)
            self.colour_bar.axis.setWidth(58)  # room for "0.8" beside the label
        self.probabilities: np.ndarray | None = None

    def _scatter(self, symbol: str, colour, name: str) -> pg.ScatterPlotItem:
        item = pg.ScatterPlotItem(
            symbol=symbol, size=7, brush=pg.mkBrush(colour),
            pen=pg.mkPen(palette.PAPER, width=1), name=name,
        )  # fmt: skip
        self.plot.addItem(item)
        return item

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title)

    def set_data(
        self, grid: BoundaryGrid, x: np.ndarray, y: np.ndarray, labels: np.ndarray,
        class_names: tuple[str, str], axis_names: tuple[str, str],
        equal_aspect: bool = False,
    ) -> None:  # fmt: skip
        """Place the grid and the points (raw units); clears the old heatmap.

        ``equal_aspect``: one unit is as long across as up (see ``same_scale``),
        so a circle in the data is drawn as a circle.
        """
        self.plot.getViewBox().setAspectLocked(equal_aspect, ratio=1.0)
        (dx, dy), (ny, nx) = grid.step, grid.shape
        x0, y0 = grid.x_values[0] - dx / 2, grid.y_values[0] - dy / 2
        self.image.setImage(np.full(grid.shape, 0.5), autoLevels=False)
        self.image.setRect(QRectF(x0, y0, dx * nx, dy * ny))
        self.contour.setData(None)
        self.probabilities = None
        for k, item in enumerate(self.points):
            chosen = labels == k
            item.setData(x[chosen], y[chosen])
            if self.legend is not None:
                self.legend.removeItem(item)
                self.legend.addItem(item, class_names[k])
        self.plot.setLabel("bottom", axis_names[0])
        self.plot.setLabel("left", axis_names[1])
        self.plot.setRange(
            xRange=(x0, x0 + dx * nx), yRange=(y0, y0 + dy * ny), padding=0
        )

    def set_probabilities(self, p: np.ndarray) -> None:
        self.probabilities = p
        self.image.setImage(p, autoLevels=False)
        self.contour.setData(p)


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
    return dataset.n_features == 2 and units[x_feature] == units[y_feature]


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
        self.snapshot: RunSnapshot | None = None
        self.drawn_snapshot: RunSnapshot | None = None
        self.plot = BoundaryPlot()
        self.x_box, self.y_box = QComboBox(), QComboBox()
        self.x_box.setObjectName("boundary_x_feature")
        self.y_box.setObjectName("boundary_y_feature")
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
        row.addStretch(1)
        for box in (self.x_box, self.y_box):
            box.currentIndexChanged.connect(self._on_axes_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.axes_row)
        layout.addWidget(self.plot, 1)

    @Slot(object)
    def set_description(self, description) -> None:
        """A new setup (``RunDescription``): new data, split and grid."""
        self.dataset = description.dataset
        self.activation = description.config.activation
        self.split = normalized_split(description.dataset, description.config)
        self.snapshot = self.drawn_snapshot = None
        names = [axis_name(self.dataset, j) for j in range(self.dataset.n_features)]
        wide = self.dataset.n_features > 2
        for box in (self.x_box, self.y_box):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.blockSignals(False)
        x, y = default_axes(self.dataset)
        self.x_box.setCurrentIndex(x)
        self.y_box.setCurrentIndex(y)
        self.axes_row.setVisible(wide)
        self._set_note(wide)
        self.set_axes(x, y)

    def _set_note(self, wide: bool) -> None:
        text = self.tr(
            "Colour: the network's probability of class 1 at each point; the black "
            "line is where it is exactly 0.5, its decision boundary."
        )
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

    def set_axes(self, x_feature: int, y_feature: int) -> None:
        """Lay the grid over two features (the same one twice is refused)."""
        if (
            self.split is None
            or x_feature == y_feature
            or min(x_feature, y_feature) < 0
        ):
            return
        self.grid = make_grid(self.split, x_feature, y_feature)
        d = self.dataset
        rows = sample_rows(d.n_rows)
        self.plot.set_data(
            self.grid, d.X[rows, x_feature], d.X[rows, y_feature], d.y[rows],
            d.class_names, (axis_name(d, x_feature), axis_name(d, y_feature)),
            equal_aspect=same_scale(d, x_feature, y_feature),
        )  # fmt: skip
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
        if s is None or self.grid is None:
            return
        model = model_from_theta(s.theta, s.layer_sizes, self.activation)
        self.plot.set_probabilities(probabilities(self.grid, model))
        self.plot.set_title(
            self.tr("After epoch {e} of {n}").format(e=s.epochs_done, n=s.total_epochs)
            if s.step
            else self.tr("Before training")
        )
        self.drawn_snapshot = s

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()


def _sample(dataset_name: str = "circles"):
    """A trained run on sample data, for ``python -m desktop.lesson.boundary_view``."""
    from core import Trainer, TrainingConfig
    from core.engine.snapshot import take_snapshot
    from desktop.run.training_worker import _describe

    trainer = Trainer(TrainingConfig(dataset=dataset_name))
    trainer.run()
    return _describe(trainer), take_snapshot(trainer)


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
