"""Projector mode: one switch makes text, lines and markers readable from the back.

Qt widgets follow the application font, so scaling it scales every label,
field and table at once. The pyqtgraph plots draw their own pens, markers and
axis text, so those are scaled here too. The chosen size is remembered in the
window's settings; a classroom profile may set another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

SCALES = (1.0, 1.5, 2.0)
SETTINGS_KEY = "display/projector_scale"
LINE_WIDTH, BATCH_WIDTH, SYMBOL_SIZE = 2.5, 1.0, 7
TITLE_PT, LABEL_PT, LEGEND_PT = 11.0, 10.0, 10.0
_base_point_size: float | None = None


def base_point_size() -> float:
    """The application font's size before any scaling, read once per process."""
    global _base_point_size
    if _base_point_size is None:
        size = QApplication.font().pointSizeF()
        _base_point_size = size if size > 0 else 9.0
    return _base_point_size


class ProjectorMode(QObject):
    """Owns the scale; ``set_scale`` applies it to the app font and the plots."""

    scale_changed = Signal(float)

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.scale = 1.0
        self.actions: dict[float, QAction] = {}
        base_point_size()

    def build_menu(self, view_menu) -> None:
        """View → Projector mode with one checkable entry per size, and a cycle key."""
        submenu = view_menu.addMenu(self.tr("Projector mode"))
        submenu.setObjectName("projector_menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        names = {
            1.0: self.tr("Normal size (1×)"),
            1.5: self.tr("Projector, large (1.5×)"),
            2.0: self.tr("Projector, extra large (2×)"),
        }
        for factor in SCALES:
            action = QAction(names[factor], self.window)
            action.setObjectName(f"projector_{str(factor).replace('.', '_')}_action")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, f=factor: self.set_scale(f))
            group.addAction(action)
            submenu.addAction(action)
            self.actions[factor] = action
        submenu.addSeparator()
        cycle = QAction(self.tr("Next size"), self.window)
        cycle.setObjectName("projector_cycle_action")
        cycle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        cycle.triggered.connect(self.cycle)
        submenu.addAction(cycle)
        self.window.addAction(cycle)

    def restore(self) -> None:
        """The size used last time (1× if none or unreadable)."""
        try:
            factor = float(self.settings.value(SETTINGS_KEY, 1.0))
        except (TypeError, ValueError):
            factor = 1.0
        self.set_scale(factor if 1.0 <= factor <= 2.5 else 1.0)

    def cycle(self) -> None:
        later = [f for f in SCALES if f > self.scale + 1e-9]
        self.set_scale(later[0] if later else SCALES[0])

    def set_scale(self, factor: float) -> None:
        """Scale the app font and the plots by ``factor`` (1.0 is normal)."""
        self.scale = float(factor)
        font = QFont(QApplication.font())
        font.setPointSizeF(base_point_size() * self.scale)
        QApplication.setFont(font)
        self._scale_plot()
        self._present()
        for value, action in self.actions.items():
            action.setChecked(abs(value - self.scale) < 1e-9)
        self.settings.setValue(SETTINGS_KEY, self.scale)
        self.scale_changed.emit(self.scale)

    def _present(self) -> None:
        """Above 1×, the presentation layout: the views get the width, the run
        buttons a narrow column or a row above the views, the setup a drawer
        (desktop/window/fitting.py)."""
        fitter = getattr(self.window, "fitter", None)
        if fitter is not None:
            fitter.set_presentation(self.scale > 1.0)

    def _scale_plot(self) -> None:
        plot = getattr(self.window, "plot", None)
        if plot is None:
            return
        f = self.scale
        for curve in plot.curves():
            pen = curve.opts["pen"]
            pen.setWidthF(LINE_WIDTH * f)
            curve.setPen(pen)
            curve.setSymbolSize(SYMBOL_SIZE * f)
        batch_pen = plot.batch_curve.opts["pen"]
        batch_pen.setWidthF(BATCH_WIDTH * f)
        plot.batch_curve.setPen(batch_pen)
        for item in (plot.loss_plot, plot.accuracy_plot):
            self._scale_plot_text(item)

    def _scale_plot_text(self, item) -> None:
        """Axis ticks, axis labels, the title and the legend of one PlotItem."""
        f = self.scale
        tick_font = QFont(QApplication.font())
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(tick_font)
            axis.setStyle(tickTextOffset=int(3 * f), tickLength=int(-5 * f))
            axis.setLabel(axis.labelText, **{"font-size": f"{LABEL_PT * f:g}pt"})
        # Titles stop at 1.5×, legends at 1.25×: larger, they cover the curves.
        title = item.titleLabel.text
        item.setTitle(title, size=f"{TITLE_PT * min(f, 1.5):g}pt")
        legend = item.legend
        if legend is not None:
            legend.setLabelTextSize(f"{LEGEND_PT * min(f, 1.25):g}pt")
            for _sample, label in legend.items:
                label.setText(label.text)
            legend.updateSize()
