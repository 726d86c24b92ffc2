"""The curves of Compare depths: each variant's mean over seeds, its min–max band.

Items are made once and updated with ``setData``. The band is a
``pg.FillBetweenItem`` between two invisible curves (the lowest and highest
seed at each epoch). No hidden layer is not trained in epochs (it is fitted
to convergence with Newton's method), so it is drawn as a level across the
whole run at its mean, with its min–max band.

The score is the run's kind's: validation accuracy (yes/no from 0.4, several
classes from 0), or validation R² for a number, whose axis reaches down to
the lowest value shown (R² may be below 0), but not below ``LOWEST_R2``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from core.lesson.comparison import KEYS, ComparisonProgress
from desktop.views import palette

STYLES = {  # colour, line style, symbol: never colour alone
    "none": (palette.VERMILLION, Qt.PenStyle.DashLine, None),
    "wide": (palette.ORANGE, Qt.PenStyle.DashDotLine, "t"),
    "budget": (palette.GREEN, Qt.PenStyle.DotLine, "s"),
    "deep": (palette.BLUE, Qt.PenStyle.SolidLine, "o"),
}
BAND_ALPHA = 50
LOWEST_R2 = -1.0  # a number's axis stops here: far worse than the mean is "bad"


def _tr(text: str) -> str:
    """``text`` in the reader's language (the one catalogue context: shell/language)."""
    return QCoreApplication.translate("LayerLab", text)


class ComparisonCurves(pg.GraphicsLayoutWidget):
    """Validation accuracy by epoch: one mean curve and one band per variant."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(_tr("Validation accuracy by depth"))
        # short title: the plot can be narrow (1024-px screens); the axis says the rest
        self.plot = self.addPlot(title=_tr("Validation accuracy ↑"))
        self.plot.setLabel("bottom", _tr("epoch"))
        self.plot.setLabel("left", _tr("accuracy (mean over seeds)"))
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.setYRange(0.4, 1.0)
        # Under the plot, in its own cell: inside it would sit on the curves.
        self.legend = pg.LegendItem(labelTextSize="9pt", labelTextColor=palette.INK)
        self.legend.setColumnCount(1)  # one entry a line: none is cut when narrow
        self.addItem(self.legend, row=1, col=0)
        self.means, self.lows, self.highs, self.bands = {}, {}, {}, {}
        self.kind = "binary"
        for key in KEYS:
            self._add_variant(key)

    def set_kind(self, kind: str) -> None:
        """Accuracy for yes/no and several classes; R² for a number."""
        self.kind = kind
        if kind == "number":
            self.plot.setTitle(_tr("Validation R² ↑"))
            self.plot.setLabel("left", _tr("R² (mean over seeds)"))
        else:
            self.plot.setTitle(_tr("Validation accuracy ↑"))
            self.plot.setLabel("left", _tr("accuracy (mean over seeds)"))
        self._set_y_range(1.0)

    def _set_y_range(self, lowest: float) -> None:
        """From the kind's floor (or the lowest value shown, for R²) to 1."""
        if self.kind == "number":
            floor = max(LOWEST_R2, min(0.0, lowest)) if np.isfinite(lowest) else 0.0
        else:
            floor = 0.0 if self.kind == "classes" else 0.4
        self.plot.setYRange(floor, 1.0)

    def _add_variant(self, key: str) -> None:
        colour, style, symbol = STYLES[key]
        self.means[key] = self.plot.plot(
            [], [], pen=pg.mkPen(colour, width=2.5, style=style), symbol=symbol,
            symbolSize=6, symbolBrush=colour, symbolPen=None,
        )  # fmt: skip
        self.lows[key] = pg.PlotDataItem([], [], pen=None)
        self.highs[key] = pg.PlotDataItem([], [], pen=None)
        fill = pg.mkColor(colour)
        fill.setAlpha(BAND_ALPHA)
        self.bands[key] = pg.FillBetweenItem(self.lows[key], self.highs[key], fill)
        self.plot.addItem(self.bands[key])
        self.legend.addItem(self.means[key], key)

    def set_names(self, names: dict[str, str]) -> None:
        """The legend says what the table says."""
        for key, name in names.items():
            self.legend.getLabel(self.means[key]).setText(name)

    def clear_curves(self, epochs: int) -> None:
        for key in KEYS:
            for item in (self.means[key], self.lows[key], self.highs[key]):
                item.setData([], [])
        self.plot.setXRange(0, max(epochs, 1), padding=0.02)

    def show_progress(self, progress: ComparisonProgress) -> None:
        lowest = np.inf
        for result in progress.results:
            if result.key == "none":
                if result.complete:
                    self._show_level(result, progress.epochs)
                    lowest = min(lowest, float(result.min))
            else:
                self._show_curves(result.key, result.curves)
                if np.isfinite(result.curves).any():
                    lowest = min(lowest, float(np.nanmin(result.curves)))
        if self.kind == "number":
            self._set_y_range(lowest)

    def _show_curves(self, key: str, curves: np.ndarray) -> None:
        """Mean, min and max over the seeds still running at each epoch."""
        if curves.shape[0] == 0:
            return
        epochs = np.arange(1, curves.shape[0] + 1, dtype=float)
        masked = np.ma.masked_invalid(curves)
        self.means[key].setData(epochs, masked.mean(axis=1).filled(np.nan))
        self.lows[key].setData(epochs, masked.min(axis=1).filled(np.nan))
        self.highs[key].setData(epochs, masked.max(axis=1).filled(np.nan))

    def _show_level(self, result, epochs: int) -> None:
        x = np.array([0.0, float(max(epochs, 1))])
        self.means["none"].setData(x, np.full(2, result.mean))
        self.lows["none"].setData(x, np.full(2, result.min))
        self.highs["none"].setData(x, np.full(2, result.max))
