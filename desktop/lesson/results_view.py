"""Results: how right the network is on the validation rows, live while it trains.

A yes/no or several-classes run shows its **confusion matrix**: a row per
true class, a column per predicted class, the count printed in every cell
and the cell shaded by its share of the row (white to dark blue, one hue
getting darker, which reads the same with every colour-vision deficiency
and in greyscale; the printed numbers carry the meaning, not the colour),
each class's share predicted right in a column on the right and the
accuracy in words. A number run shows two residual plots (predicted against
true with the line y = x, and residual against predicted) with R² and the
mean absolute error in words, in the target's units.

The numbers come from ``core.lesson.results`` on a copy of the snapshot's
parameters and the run's own validation rows, rebuilt from its description,
computed on a pool thread (``run_in_background``) at most ``MAX_RATE_HZ``
times a second and only while the view is on screen; the time scrubber's
moment (``show_snapshot`` with a past snapshot) is drawn the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.engine.metrics import ClassReport, NumberReport
from core.engine.snapshot import RunSnapshot
from core.lesson.boundary import NormalizedSplit, normalized_split
from core.lesson.results import (
    Report,
    ResultsJob,
    percent,
    report_words,
    row_shares,
    validation_report,
)
from desktop.run.background_task import run_in_background
from desktop.run.live_throttle import LiveThrottle
from desktop.views import palette
from desktop.views.wrapped_label import WrappedLabel

MAX_RATE_HZ = 10
DARK_CELL = QColor("#08306b")  # the map's end: a full row predicted as this column
WHITE_TEXT_FROM = 0.55  # a cell's share from which its count is printed in white
MAX_POINTS = 2000  # residual plots: at most this many points, spread evenly

pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsView", text)


def share_colour_map() -> pg.ColorMap:
    """White (no rows) to dark blue (the whole row): lightness alone varies."""
    return pg.ColorMap(pos=[0.0, 1.0], color=[palette.PAPER, DARK_CELL])


def _still_plot(plot: pg.PlotItem) -> None:
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)


class ConfusionPanel(pg.GraphicsLayoutWidget):
    """The confusion matrix: counts in cells, row share as shade, recall beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Confusion matrix"))
        self.plot = self.addPlot(row=0, col=0)
        _still_plot(self.plot)
        self.plot.invertY(True)  # true class 0 on top, as a table reads
        self.plot.setLabel("left", _tr("true class"))
        self.plot.setLabel("bottom", _tr("predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(share_colour_map())
        self.image.setLevels((0.0, 1.0))
        self.plot.addItem(self.image)
        self.cells: list[list[pg.TextItem]] = []
        self.recall: list[pg.TextItem] = []
        self.header: pg.TextItem | None = None
        self.class_names: tuple[str, ...] = ()

    def set_classes(self, names: tuple[str, ...]) -> None:
        """New classes: one text item per cell and per row, made once here."""
        for item in [t for row in self.cells for t in row] + self.recall:
            self.plot.removeItem(item)
        if self.header is not None:
            self.plot.removeItem(self.header)
        k = len(names)
        self.class_names = names
        self.cells = [
            [self._text(j + 0.5, i + 0.5) for j in range(k)] for i in range(k)
        ]
        self.recall = [self._text(k + 0.75, i + 0.5) for i in range(k)]
        self.header = self._text(k + 0.75, -0.05, anchor=(0.5, 1.0))
        self.header.setText(_tr("share right"))
        ticks = [(i + 0.5, name) for i, name in enumerate(names)]
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTicks([ticks, []])
        self.image.setImage(np.zeros((k, k)), autoLevels=False)
        self.image.setRect(0, 0, k, k)
        self.plot.setRange(xRange=(0, k + 1.25), yRange=(-0.6, k), padding=0.02)

    def _text(self, x: float, y: float, anchor=(0.5, 0.5)) -> pg.TextItem:
        item = pg.TextItem("", color=palette.INK, anchor=anchor)
        item.setPos(x, y)
        self.plot.addItem(item)
        return item

    def show_report(self, report: ClassReport) -> None:
        shares = row_shares(report.counts)
        self.image.setImage(shares, autoLevels=False)
        for i, row in enumerate(self.cells):
            for j, item in enumerate(row):
                ink = palette.PAPER if shares[i, j] >= WHITE_TEXT_FROM else palette.INK
                item.setText(str(int(report.counts[i, j])))
                item.setColor(ink)
        for item, share in zip(self.recall, report.per_class, strict=True):
            item.setText(percent(float(share)))

    def cell_texts(self) -> np.ndarray:
        """The counts as printed (tests read what a student reads)."""
        return np.array(
            [[int(t.textItem.toPlainText()) for t in r] for r in self.cells]
        )

    def recall_texts(self) -> list[str]:
        return [t.textItem.toPlainText() for t in self.recall]


class ResidualPanel(pg.GraphicsLayoutWidget):
    """Predicted against true (with y = x) and residual against predicted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Residual plots"))
        self.versus = self.addPlot(row=0, col=0, title=_tr("Predicted against true"))
        self.residual = self.addPlot(
            row=0, col=1, title=_tr("Residual (true − predicted) against predicted")
        )
        dashed = pg.mkPen(palette.MUTED, width=1.5, style=Qt.PenStyle.DashLine)
        self.diagonal = pg.PlotCurveItem(pen=dashed)
        self.versus.addItem(self.diagonal)
        self.residual.addItem(pg.InfiniteLine(0.0, angle=0, pen=dashed))
        for plot in (self.versus, self.residual):
            _still_plot(plot)
        self.points = pg.ScatterPlotItem(
            size=6, brush=pg.mkBrush(palette.BLUE), pen=pg.mkPen(palette.PAPER)
        )
        self.residual_points = pg.ScatterPlotItem(
            size=6, symbol="t", brush=pg.mkBrush(palette.VERMILLION),
            pen=pg.mkPen(palette.PAPER),
        )  # fmt: skip
        self.versus.addItem(self.points)
        self.residual.addItem(self.residual_points)

    def set_target(self, name: str) -> None:
        self.versus.setLabel("bottom", _tr("true {target}").format(target=name))
        self.versus.setLabel("left", _tr("predicted {target}").format(target=name))
        self.residual.setLabel("bottom", _tr("predicted {target}").format(target=name))
        self.residual.setLabel("left", _tr("residual"))

    def show_report(self, report: NumberReport) -> None:
        rows = spread_rows(len(report.y))
        y, predicted = report.y[rows], report.predicted[rows]
        self.points.setData(y, predicted)
        self.residual_points.setData(predicted, report.residuals[rows])
        both = np.concatenate([y, predicted])
        low, high = float(both.min()), float(both.max())
        self.diagonal.setData([low, high], [low, high])


def spread_rows(n: int, limit: int = MAX_POINTS) -> np.ndarray:
    return np.arange(n) if n <= limit else np.linspace(0, n - 1, limit).astype(int)


class NewestOnly:
    """One computation at a time; a newer request waits for it, older results drop."""

    def __init__(self, widget: QWidget, retry: Callable[[], None]) -> None:
        self._widget, self._retry = widget, retry
        self.generation, self.busy, self._again = 0, False, False

    def reset(self) -> None:
        self.generation += 1
        self.busy = self._again = False

    def start(self, function, on_done: Callable[[object], None]) -> None:
        if self.busy:
            self._again = True
            return
        self.busy, generation = True, self.generation
        run_in_background(
            function,
            lambda result: self._arrived(generation, on_done, result),
            lambda problem: self._arrived(generation, self._failed, problem),
        )

    def _failed(self, problem: Exception) -> None:
        raise problem

    def _arrived(self, generation: int, callback, value) -> None:
        if not shiboken6.isValid(self._widget) or generation != self.generation:
            return
        self.busy = False
        callback(value)
        if self._again:
            self._again = False
            self._retry()


class ResultsView(QWidget):
    """The "Results" tab, fed by ``set_description`` and ``show_snapshot``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_view")
        self.words = WrappedLabel()
        self.words.setObjectName("results_words")
        self.confusion = ConfusionPanel()
        self.residuals = ResidualPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.confusion)
        self.pages.addWidget(self.residuals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.words)
        layout.addWidget(self.pages, 1)
        self.split: NormalizedSplit | None = None
        self.job: ResultsJob | None = None  # the run's setup, theta still to fill
        self.snapshot: RunSnapshot | None = None
        self.drawn_snapshot: RunSnapshot | None = None
        self.report: Report | None = None
        self.throttle = LiveThrottle(self, self._compute, MAX_RATE_HZ)
        self.jobs = NewestOnly(self, self.throttle.request)

    @Slot(object)
    def set_description(self, description) -> None:
        """A new setup (``RunDescription``): its rows, classes or target."""
        data, config = description.dataset, description.config
        self.split = normalized_split(data, config)
        number = config.target_kind == "number"
        self.job = ResultsJob(
            self.split, np.zeros(0), (), config.activation_spec(), config.target_kind,
            tuple(data.class_names), data.target_name,
        )  # fmt: skip
        self.jobs.reset()
        self.snapshot = self.drawn_snapshot = self.report = None
        self.pages.setCurrentWidget(self.residuals if number else self.confusion)
        if number:
            self.residuals.set_target(data.target_name)
        else:
            self.confusion.set_classes(tuple(data.class_names))
        self.words.setText(_tr("The validation rows are scored once training starts."))

    @Slot(object)
    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        if self.job is None or not self._fits(snapshot):
            return
        self.snapshot = snapshot
        self.throttle.request()

    def _fits(self, snapshot: RunSnapshot) -> bool:
        """The snapshot is of this setup (a new run's may still be on its way)."""
        job, sizes = self.job, snapshot.layer_sizes
        units = len(job.class_names) if job.output == "classes" else 1
        return sizes[0] == job.split.X_val.shape[1] and sizes[-1] == units

    def _compute(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or self.job is None:
            return
        job = ResultsJob(
            self.job.split, snapshot.theta, tuple(snapshot.layer_sizes),
            self.job.activation, self.job.output, self.job.class_names,
            self.job.target_name,
        )  # fmt: skip
        self.jobs.start(
            lambda: validation_report(job), lambda r: self._draw(snapshot, r)
        )

    def _draw(self, snapshot: RunSnapshot, report: Report) -> None:
        self.report = report
        if isinstance(report, NumberReport):
            self.residuals.show_report(report)
        else:
            self.confusion.show_report(report)
        when = (
            _tr("After epoch {e} of {n}").format(
                e=snapshot.epochs_done, n=snapshot.total_epochs
            )
            if snapshot.step
            else _tr("Before training")
        )
        self.words.setText(f"{when}: {report_words(report)}")
        self.drawn_snapshot = snapshot

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()


def _sample(dataset_name: str = "blobs"):
    """A trained run, for ``python -m desktop.lesson.results_view [DATASET]``."""
    from desktop.lesson.boundary_view import _sample as trained

    return trained(dataset_name)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    description, snapshot = _sample(sys.argv[1] if len(sys.argv) > 1 else "blobs")
    view = ResultsView()
    view.resize(900, 560)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    app.exec()
