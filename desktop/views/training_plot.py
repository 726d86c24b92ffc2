"""Live loss and accuracy curves, per epoch, for training and validation.

Plot items are made once and updated with ``setData``; nothing is rebuilt on
an update. The faint trace is every mini-batch's loss. Moving the mouse over
a plot shows the exact values of the nearest epoch.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from core.engine.snapshot import RunSnapshot
from desktop.views import palette

pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


def _pen(colour, style=Qt.PenStyle.SolidLine, width=2.5):
    return pg.mkPen(colour, width=width, style=style)


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
        self._readouts = [
            self._make_readout(p) for p in (self.loss_plot, self.accuracy_plot)
        ]
        self._snapshot: RunSnapshot | None = None
        self._ranges: tuple[int, float] | None = None
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

    def _make_plot(self, col: int, title: str, ylabel: str) -> pg.PlotItem:
        plot = self.graphics.addPlot(row=0, col=col, title=title)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.setLabel("left", ylabel)
        plot.setLabel("bottom", self.tr("epoch"))
        plot.showGrid(x=False, y=False)
        plot.addLegend(offset=(-10, 10), labelTextSize="10pt")
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

    def clear(self, epochs: int = 20) -> None:
        for curve in self.curves():
            curve.setData([], [])
        self.batch_curve.setData([], [])
        self.loss_plot.setXRange(0, max(epochs, 1), padding=0.02)
        self._snapshot = None
        self._ranges = None
        for readout in self._readouts:
            readout.hide()

    def curves(self) -> list[pg.PlotDataItem]:
        return [
            self.loss_curve,
            self.val_loss_curve,
            self.accuracy_curve,
            self.val_accuracy_curve,
        ]

    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        self._snapshot = snapshot
        epochs = snapshot.column("epoch")
        self.loss_curve.setData(epochs, snapshot.column("loss"))
        self.val_loss_curve.setData(epochs, snapshot.column("val_loss"))
        self.accuracy_curve.setData(epochs, snapshot.column("accuracy"))
        self.val_accuracy_curve.setData(epochs, snapshot.column("val_accuracy"))
        losses = snapshot.batch_losses
        finite = np.isfinite(losses)
        self.batch_curve.setData(snapshot.batch_positions[finite], losses[finite])
        self._set_ranges(max(snapshot.total_epochs, snapshot.epochs_done), snapshot)

    def _set_ranges(self, last_epoch: int, snapshot: RunSnapshot) -> None:
        """Change the axes only when they must: redrawing an axis is costly."""
        low = 0.4
        if snapshot.records:
            low = min(low, float(np.nanmin(snapshot.column("val_accuracy"))))
        ranges = (last_epoch, round(max(0.0, low - 0.05), 2))
        if ranges == self._ranges:
            return
        self._ranges = ranges
        self.loss_plot.setXRange(0, ranges[0], padding=0.02)
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
        index = int(np.clip(round(x) - 1, 0, len(snapshot.records) - 1))
        r = snapshot.records[index]
        return (
            f"epoch {r.epoch}: loss {r.loss:.4f} (validation {r.val_loss:.4f}), "
            f"accuracy {r.accuracy:.3f} (validation {r.val_accuracy:.3f})"
        )

    def export(self, path: str) -> None:
        """Save the plots as PNG or SVG (by the file's extension).

        SVG is drawn with Qt's own SVG generator: pyqtgraph 0.14's SVG exporter
        fails on the symbols our curves use.
        """
        if path.lower().endswith(".svg"):
            self._export_svg(path)
            return
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.graphics.ci)
        exporter.parameters()["width"] = max(1200, int(self.graphics.width()))
        exporter.export(path)

    def _export_svg(self, path: str) -> None:
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(self.graphics.size())
        generator.setViewBox(self.graphics.rect())
        generator.setTitle(self.tr("LayerLab training curves"))
        painter = QPainter(generator)
        self.graphics.render(painter)
        painter.end()


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
