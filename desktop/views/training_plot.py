"""Live loss and accuracy curves, per epoch, for training and validation.

Plot items are made once and updated with ``setData``; nothing is rebuilt on
an update. The faint trace is every mini-batch's loss. Moving the mouse over
a plot shows the exact values of the nearest epoch.

The second plot shows the target kind's score (``set_kind``): accuracy for
yes/no and several classes, R² for a number (1 is perfect, 0 is what
predicting the mean scores), with the mean absolute error in the readout.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGraphicsView, QSizePolicy, QVBoxLayout, QWidget

from core.engine.snapshot import RunSnapshot
from desktop.views import palette

pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


def _pen(colour, style=Qt.PenStyle.SolidLine, width=2.5):
    return pg.mkPen(colour, width=width, style=style)


def with_tick(levels: list, value: float, low: float, high: float) -> list:
    """pyqtgraph's tick ``levels`` with ``value`` added as a major tick.

    Ticks of any level closer to ``value`` than half the major spacing are
    dropped so that no two labels overlap. Nothing changes when ``value`` is
    outside ``[low, high]`` or is already a tick.
    """
    if not levels or not low <= value <= high:
        return levels
    spacing = levels[0][0]
    if any(abs(v - value) < 1e-9 * max(1.0, abs(value)) for v in levels[0][1]):
        return levels
    near = spacing / 2
    kept = [(s, [v for v in vs if abs(v - value) >= near]) for s, vs in levels]
    major, *rest = kept
    return [(major[0], sorted([*major[1], value])), *rest]


# Past this many epochs the curves are drawn without a marker per epoch.
MAX_MARKED_EPOCHS = 200
# The second plot's columns and lowest shown value per target kind; R² can be
# far below 0 at the start, so its axis stops at R2_FLOOR (the curve leaves it).
SCORE_COLUMNS = {"number": ("r2", "val_r2")}
ACCURACY_COLUMNS = ("accuracy", "val_accuracy")
R2_FLOOR = -1.0


class EpochAxis(pg.AxisItem):
    """The epoch axis: its last epoch ("20" of 20) is always labelled."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.last_epoch: int | None = None
        # a label may reach this far past the axis' end ("20" at the right edge)
        self.setStyle(hideOverlappingLabels=24)

    def set_last_epoch(self, epoch: int) -> None:
        if epoch != self.last_epoch:
            self.last_epoch = epoch
            self.picture = None
            self.update()

    def tickValues(self, minVal, maxVal, size):
        levels = super().tickValues(minVal, maxVal, size)
        if self.last_epoch is None:
            return levels
        return with_tick(levels, float(self.last_epoch), minVal, maxVal)


class TrainingPlot(QWidget):
    """Two plots side by side sharing the epoch axis: loss, then accuracy."""

    readout_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_plot")
        self.graphics = pg.GraphicsLayoutWidget()
        # Repaint only what changed: one bounding rectangle around both plots'
        # curves would cover the axes too, and redrawing axes is the costly part.
        self.graphics.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.SmartViewportUpdate
        )
        self.graphics.setAccessibleName(self.tr("Loss and accuracy curves"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.loss_plot = self._make_plot(0, self.tr("Loss ↓"), self.tr("loss"))
        self.accuracy_plot = self._make_plot(
            1, self.tr("Accuracy ↑"), self.tr("accuracy")
        )
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0.4, 1.0)
        self._make_curves()
        self._make_markers()
        self._readouts = [
            self._make_readout(p) for p in (self.loss_plot, self.accuracy_plot)
        ]
        self._snapshot: RunSnapshot | None = None
        self._ranges: tuple[int, float] | None = None
        self.kind = "binary"
        self._mouse = pg.SignalProxy(
            self.graphics.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse
        )

    def _make_curves(self) -> None:
        """Made once: updates only call setData on them."""
        self.batch_curve = self.loss_plot.plot(
            [], [], pen=pg.mkPen(palette.BATCH, width=1), name=self.tr("loss per batch")
        )
        self.batch_curve.setDownsampling(auto=True, method="peak")
        self.batch_curve.setClipToView(True)
        training, validation = self.tr("training"), self.tr("validation")
        self.loss_curve = self._curve(self.loss_plot, palette.TRAIN, "o", training)
        self.val_loss_curve = self._curve(
            self.loss_plot, palette.VALIDATION, "t", validation, dashed=True
        )
        self.accuracy_curve = self._curve(
            self.accuracy_plot, palette.TRAIN, "o", training
        )
        self.val_accuracy_curve = self._curve(
            self.accuracy_plot, palette.VALIDATION, "t", validation, dashed=True
        )

    def _make_markers(self) -> None:
        """The current batch (or the moment scrubbed to): a line on both plots and
        a dot on the batch-loss trace. Made once, hidden until needed."""
        pen = pg.mkPen(palette.INK, width=1.5, style=Qt.PenStyle.DotLine)
        self.markers = []
        for plot in (self.loss_plot, self.accuracy_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            line.setZValue(5)
            plot.addItem(line, ignoreBounds=True)
            line.hide()
            self.markers.append(line)
        self.batch_dot = pg.ScatterPlotItem(
            size=11, pen=pg.mkPen(palette.INK, width=1.5), brush=palette.BATCH
        )
        self.batch_dot.setZValue(6)
        self.loss_plot.addItem(self.batch_dot)
        self.batch_dot.hide()
        self.loss_plot.getViewBox().setAutoVisible(y=True)  # y fits the shown epochs

    def _make_plot(self, col: int, title: str, ylabel: str) -> pg.PlotItem:
        plot = self.graphics.addPlot(
            row=0, col=col, title=title, axisItems={"bottom": EpochAxis()}
        )
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.setLabel("left", ylabel)
        plot.setLabel("bottom", self.tr("epoch"))
        plot.showGrid(x=False, y=False)
        # room at the right for the last epoch's label ("20") at the axis' end
        self.graphics.ci.setContentsMargins(4, 4, 14, 4)
        if col == 0:
            # One legend for both plots (they share their styles), beside them,
            # outside the data: a legend inside a plot sits on some curve, and
            # one under them would take height the curves need more than width.
            plot.legend = pg.LegendItem(labelTextSize="10pt")
            fixed = QSizePolicy.Policy.Fixed
            plot.legend.setSizePolicy(fixed, fixed)
            self.graphics.addItem(plot.legend, row=0, col=2)
            self.graphics.ci.layout.setAlignment(plot.legend, Qt.AlignmentFlag.AlignTop)
        plot.setMenuEnabled(True)
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        return plot

    @staticmethod
    def _curve(plot, colour, symbol, name, dashed=False) -> pg.PlotDataItem:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        return plot.plot(
            [], [], pen=_pen(colour, style), symbol=symbol, symbolSize=7,
            symbolBrush=colour, symbolPen=None, name=name,
        )  # fmt: skip

    @staticmethod
    def _make_readout(plot: pg.PlotItem) -> pg.TextItem:
        text = pg.TextItem(
            "", color=palette.INK, anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 220)
        )
        text.setZValue(10)
        plot.addItem(text, ignoreBounds=True)
        text.hide()
        return text

    def set_kind(self, kind: str) -> None:
        """Show accuracy (yes/no, several classes) or R² (a number) in plot 2."""
        if kind == self.kind:
            return
        self.kind = kind
        if kind == "number":
            title, label = self.tr("R² ↑"), self.tr("R² (1 = perfect, 0 = the mean)")
        else:
            title, label = self.tr("Accuracy ↑"), self.tr("accuracy")
        self.accuracy_plot.setTitle(title)
        self.accuracy_plot.setLabel("left", label)
        self._ranges = None

    def score_columns(self) -> tuple[str, str]:
        """The record fields plot 2 draws: training and validation."""
        return SCORE_COLUMNS.get(self.kind, ACCURACY_COLUMNS)

    def clear(self, epochs: int = 20, kind: str | None = None) -> None:
        if kind is not None:
            self.set_kind(kind)
        for curve in self.curves():
            curve.setData([], [])
        self.batch_curve.setData([], [])
        self.loss_plot.setXRange(0, max(epochs, 1), padding=0.02)
        self._label_last_epoch(epochs)
        self._snapshot = None
        self._ranges = None
        self.marked_step: int | None = None
        for item in (*self._readouts, *self.markers, self.batch_dot):
            item.hide()
        self.batch_dot.setData([], [])

    def _label_last_epoch(self, epochs: int) -> None:
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("bottom").set_last_epoch(epochs)

    def curves(self) -> list[pg.PlotDataItem]:
        return [
            self.loss_curve,
            self.val_loss_curve,
            self.accuracy_curve,
            self.val_accuracy_curve,
        ]

    def show_snapshot(
        self, snapshot: RunSnapshot, follow_batches: bool = False, moment: bool = False
    ) -> None:
        """Draw ``snapshot``. ``follow_batches``: zoom onto its epoch and mark its
        batch (stepping inside an epoch); ``moment``: it is a moment scrubbed back
        to, so mark it (the curves end there)."""
        self._snapshot = snapshot
        if snapshot.records and math.isnan(snapshot.records[-1].accuracy):
            self.set_kind("number")  # a number run's records have no accuracy
        epochs = snapshot.column("epoch")
        self._show_markers(len(epochs) <= MAX_MARKED_EPOCHS)
        self.loss_curve.setData(epochs, snapshot.column("loss"))
        self.val_loss_curve.setData(epochs, snapshot.column("val_loss"))
        train, val = self.score_columns()
        self.accuracy_curve.setData(*_finite(epochs, snapshot.column(train)))
        self.val_accuracy_curve.setData(*_finite(epochs, snapshot.column(val)))
        losses = snapshot.batch_losses
        finite = np.isfinite(losses)
        self.batch_curve.setData(snapshot.batch_positions[finite], losses[finite])
        self._mark(snapshot, follow_batches or moment)
        last = max(snapshot.total_epochs, snapshot.epochs_done)
        self._label_last_epoch(last)
        shown = (0, last)
        if follow_batches:
            shown = (snapshot.epoch - 1, snapshot.epoch)
        self._set_ranges(shown, snapshot)

    def _show_markers(self, on: bool) -> None:
        """A marker per epoch while they can be told apart; past that, lines only
        (the dashes still tell validation from training). Thousands of markers
        took up to 150 ms a redraw, time the training thread lost."""
        curves = (
            self.loss_curve, self.val_loss_curve,
            self.accuracy_curve, self.val_accuracy_curve,
        )  # fmt: skip
        for curve in curves:
            symbol = curve.property("marker") or curve.opts["symbol"]
            curve.setProperty("marker", symbol)
            if (curve.opts["symbol"] is not None) != on:
                curve.setSymbol(symbol if on else None)

    def _mark(self, snapshot: RunSnapshot, on: bool) -> None:
        """The line and dot at the snapshot's batch: x = step / batches per epoch,
        where the batch-loss trace draws that batch."""
        self.marked_step = snapshot.step if on else None
        for item in (*self.markers, self.batch_dot):
            item.setVisible(on)
        if not on:
            return
        x = snapshot.step / max(snapshot.batches_per_epoch, 1)
        for line in self.markers:
            line.setValue(x)
        losses = snapshot.per_batch_losses()
        if snapshot.step and len(losses) >= snapshot.step:
            loss = float(losses[snapshot.step - 1])
            self.batch_dot.setData([x], [loss] if np.isfinite(loss) else [])
        else:
            self.batch_dot.setData([], [])

    def _set_ranges(self, shown: tuple[float, float], snapshot: RunSnapshot) -> None:
        """Change the axes only when they must: redrawing an axis is costly."""
        low = 0.4
        floor = R2_FLOOR if self.kind == "number" else 0.0
        train, val = self.score_columns()
        values = snapshot.column(val)
        if self.kind != "binary":  # training can start far below validation
            values = np.concatenate([values, snapshot.column(train)])
        if np.isfinite(values).any():
            low = min(low, float(np.nanmin(values)))
        ranges = (shown, round(max(floor, low - 0.05), 2))
        if ranges == self._ranges:
            return
        self._ranges = ranges
        self.loss_plot.setXRange(*shown, padding=0.02)
        self.accuracy_plot.setYRange(ranges[1], 1.0, padding=0)

    def _on_mouse(self, event) -> None:
        position = event[0]
        text = self.readout_at(position)
        self.readout_changed.emit(text)

    def readout_at(self, scene_position) -> str:
        """Show and return the values of the epoch nearest the mouse."""
        snapshot = self._snapshot
        for plot, readout in zip(
            (self.loss_plot, self.accuracy_plot), self._readouts, strict=True
        ):
            readout.hide()
            if snapshot is None or not snapshot.records:
                continue
            if not plot.sceneBoundingRect().contains(scene_position):
                continue
            x = plot.getViewBox().mapSceneToView(scene_position).x()
            text = self.describe_epoch(snapshot, x)
            readout.setText(text)
            view_range = plot.getViewBox().viewRange()
            readout.setPos(view_range[0][0], view_range[1][1])
            readout.show()
            return text
        return ""

    @staticmethod
    def describe_epoch(snapshot: RunSnapshot, x: float) -> str:
        """The nearest epoch's numbers; a number run's R² and mean absolute error
        instead of accuracy (a score that is not defined is left out)."""
        index = int(np.clip(round(x) - 1, 0, len(snapshot.records) - 1))
        r = snapshot.records[index]
        text = _tr("epoch {e}: loss {loss} (validation {val})").format(
            e=r.epoch, loss=f"{r.loss:.4f}", val=f"{r.val_loss:.4f}"
        )
        if not math.isnan(r.accuracy):
            return text + _tr(", accuracy {a} (validation {val})").format(
                a=f"{r.accuracy:.3f}", val=f"{r.val_accuracy:.3f}"
            )
        if math.isfinite(r.r2) and math.isfinite(r.val_r2):
            text += _tr(", R² {r2} (validation {val})").format(
                r2=f"{r.r2:.3f}", val=f"{r.val_r2:.3f}"
            )
        if math.isfinite(r.mae) and math.isfinite(r.val_mae):
            text += _tr(", MAE {mae} (validation {val})").format(
                mae=measure(r.mae), val=measure(r.val_mae)
            )
        return text

    def export(self, path: str) -> None:
        """Save the plots as PNG or SVG (by the file's extension).

        SVG is written by ``desktop.views.plot_svg`` from what is drawn (plain
        polylines in pixel coordinates): Qt's SVG generator and pyqtgraph's
        exporter give files that renderers draw wrongly or not at all.
        """
        if path.lower().endswith(".svg"):
            from desktop.views.plot_svg import write_svg

            write_svg(self.graphics, path, self.tr("LayerLab training curves"))
            return
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.graphics.ci)
        exporter.parameters()["width"] = max(1200, int(self.graphics.width()))
        exporter.export(path)


def _tr(text: str) -> str:
    """``text`` in the reader's language (the one catalogue context: shell/language)."""
    return QCoreApplication.translate("LayerLab", text)


def measure(value: float) -> str:
    """A value in the target's own units: 3 significant digits, no exponent.

    "0.158", "12.3", "3,012": a mean absolute error of a house price must not
    print as "3.01e+03".
    """
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points whose value is a number (R² is NaN when targets do not vary)."""
    keep = np.isfinite(y)
    return x[keep], y[keep]


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from core import Trainer, TrainingConfig
    from core.engine.snapshot import take_snapshot

    app = QApplication([])
    trainer = Trainer(TrainingConfig())
    trainer.run()
    plot = TrainingPlot()
    plot.show_snapshot(take_snapshot(trainer))
    plot.resize(700, 500)
    plot.show()
    app.exec()
