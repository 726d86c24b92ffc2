"""Compare depths: shallow against deep on the same data, split and seed, one click.

Three networks are trained off the GUI thread (``ComparisonRunner``): no hidden
layer, one hidden layer, and the current deep network. Their validation
accuracy curves grow side by side, a table sums them up, and one sentence,
written from the numbers, states what depth bought. On a 2-D dataset the three
decision boundaries are drawn next to each other.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.boundary import make_grid, model_from_theta, normalized_split, probabilities
from core.comparison import ComparisonProgress, depth_variants
from desktop import palette
from desktop.boundary_view import BoundaryPlot, axis_name, sample_rows
from desktop.comparison_worker import ComparisonRunner

STYLES = {  # colour, line style, symbol: never colour alone
    "linear": (palette.VERMILLION, Qt.PenStyle.DashLine, "s"),
    "one": (palette.GREEN, Qt.PenStyle.DashDotLine, "t"),
    "deep": (palette.BLUE, Qt.PenStyle.SolidLine, "o"),
}
KEYS = ("linear", "one", "deep")


class ComparisonView(QWidget):
    """The "Compare depths" tab; ``set_description`` gives it the current setup."""

    comparison_finished = Signal(object)  # ComparisonProgress of a completed run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_view")
        self.description = None
        self.result: ComparisonProgress | None = None
        self.runner = ComparisonRunner(self)
        self.runner.progress.connect(self.show_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.running_changed.connect(self._on_running)
        self._build_controls()
        self._build_curves()
        self._build_table()
        self._build_boundaries()
        self._arrange()
        self._on_running(False)

    # -- building -----------------------------------------------------------

    def _build_controls(self) -> None:
        self.compare_button = QPushButton(self.tr("Compare depths"))
        self.compare_button.setObjectName("compare_button")
        self.compare_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("compare_stop_button")
        self.stop_button.clicked.connect(self.runner.stop)
        self.status = QLabel()
        self.status.setObjectName("compare_status")
        self.status.setWordWrap(True)
        self.sentence = QLabel(
            self.tr("Press “Compare depths” to train all three networks.")
        )
        self.sentence.setObjectName("compare_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.sentence.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def _build_curves(self) -> None:
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Validation accuracy by depth"))
        self.curve_plot = self.graphics.addPlot(title=self.tr("Validation accuracy ↑"))
        self.curve_plot.setLabel("bottom", self.tr("epoch"))
        self.curve_plot.setLabel("left", self.tr("accuracy"))
        self.curve_plot.setMenuEnabled(False)
        self.curve_plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.curve_plot.setYRange(0.2, 1.0)
        # The legend sits under the plot, in its own cell: inside it would hide
        # the curves, which fill the whole range on some datasets.
        self.legend = pg.LegendItem(labelTextSize="9pt", labelTextColor=palette.INK)
        self.legend.setColumnCount(3)
        self.graphics.addItem(self.legend, row=1, col=0)
        self.curves = {}
        for key in KEYS:
            colour, style, symbol = STYLES[key]
            self.curves[key] = self.curve_plot.plot(
                [], [], pen=pg.mkPen(colour, width=2.5, style=style), symbol=symbol,
                symbolSize=6, symbolBrush=colour, symbolPen=None,
            )  # fmt: skip
            self.legend.addItem(self.curves[key], key)

    def _build_table(self) -> None:
        headers = [
            self.tr("Network"),
            self.tr("Parameters"),
            self.tr("Final val. acc."),
            self.tr("Best val. acc."),
            self.tr("Epochs to 90%"),
        ]
        self.table = QTableWidget(3, len(headers))
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _build_boundaries(self) -> None:
        self.boundary_row = QWidget()
        column = QVBoxLayout(self.boundary_row)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr(
                "What each network answers over the plane: ● class 0, ▼ class 1; "
                "colour is the probability of class 1, the black line its 0.5 "
                "boundary."
            )
        )
        caption.setWordWrap(True)
        column.addWidget(caption)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        self.boundaries = {
            key: BoundaryPlot(colour_bar=key == "deep", legend=False) for key in KEYS
        }
        for key in KEYS:  # the last one also holds the colour bar
            row.addWidget(self.boundaries[key], 6 if key == "deep" else 5)
        self.boundary_row.hide()

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.compare_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.status, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.sentence)
        column.addStretch(1)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.graphics)
        upper.addWidget(right)
        upper.setSizes([470, 520])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.boundary_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # -- commands -----------------------------------------------------------

    @Slot(object)
    def set_description(self, description) -> None:
        """The current setup (``RunDescription``); what the next click compares."""
        self.description = description
        variants = depth_variants(description.config)
        for key, variant in zip(KEYS, variants, strict=True):
            self.legend.getLabel(self.curves[key]).setText(short_name(variant))
        names = ", ".join(v.name for v in variants)
        self.status.setText(
            self.tr(
                "Trains three networks on “{data}” with the same split, seed and "
                "settings: {names}."
            ).format(data=description.dataset.name, names=names)
        )

    @Slot()
    def start(self) -> bool:
        """Compare the current setup; a click while one runs is ignored."""
        if self.description is None or self.runner.running:
            return False
        d = self.description
        if not self.runner.start(d.config, d.dataset):
            return False
        self.result = None
        self._prepare_boundaries()
        for curve in self.curves.values():
            curve.setData([], [])
        self.curve_plot.setXRange(0, max(d.config.epochs, 1), padding=0.02)
        self.sentence.setText(self.tr("Training the three networks…"))
        return True

    def shutdown(self) -> None:
        self.runner.shutdown()

    # -- from the runner ----------------------------------------------------

    @Slot(object)
    def show_progress(self, progress: ComparisonProgress) -> None:
        for s in progress.summaries:
            self.curves[s.key].setData(s.column("epoch"), s.column("val_accuracy"))
        self._fill_table(progress)

    def _fill_table(self, progress: ComparisonProgress) -> None:
        for row, s in enumerate(progress.summaries):
            cells = [
                s.name,
                f"{s.parameter_count:,}",
                _share(s.final_val_accuracy),
                _share(s.best_val_accuracy),
                _epochs(s.epochs_to_target, s.epochs_done, s.total_epochs),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.DecorationRole, STYLES[s.key][0])
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its three rows: the space below goes to the sentence."""
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().height() + rows + frame)

    @Slot(object)
    def _on_finished(self, progress: ComparisonProgress) -> None:
        self.show_progress(progress)
        if not progress.done:
            self.sentence.setText(self.tr("Stopped before the end; press again."))
            return
        self.result = progress
        self.sentence.setText(progress.sentence)
        self._draw_boundaries(progress)
        self.comparison_finished.emit(progress)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.sentence.setText(message)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.compare_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    # -- boundaries (2-D data only) -----------------------------------------

    def _prepare_boundaries(self) -> None:
        d = self.description
        self._grid = None
        planar = d.dataset.n_features == 2
        self.boundary_row.setVisible(planar)
        if not planar:
            return
        half = max(self.splitter.height() // 2, 100)
        self.splitter.setSizes([half, half])
        split = normalized_split(d.dataset, d.config)
        self._grid = make_grid(split, 0, 1, size=80)
        rows = sample_rows(d.dataset.n_rows)
        X, y = d.dataset.X[rows], d.dataset.y[rows]
        axes = (axis_name(d.dataset, 0), axis_name(d.dataset, 1))
        for key, variant in zip(KEYS, depth_variants(d.config), strict=True):
            plot = self.boundaries[key]
            plot.set_data(self._grid, X[:, 0], X[:, 1], y, d.dataset.class_names, axes)
            plot.set_title(variant.name)

    def _draw_boundaries(self, progress: ComparisonProgress) -> None:
        if self._grid is None:
            return
        for s in progress.summaries:
            model = model_from_theta(s.theta, s.layer_sizes, s.activation)
            self.boundaries[s.key].set_probabilities(probabilities(self._grid, model))

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def short_name(variant) -> str:
    """ "linear", "1 hidden: 64", "2 hidden: 64, 32": fits a legend row."""
    sizes = variant.hidden_layers
    if not sizes:
        return "linear"
    return f"{len(sizes)} hidden: {', '.join(str(n) for n in sizes)}"


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _epochs(epoch: int | None, done: int, total: int) -> str:
    if epoch is not None:
        return str(epoch)
    return "not reached" if done >= total else "…"


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop.boundary_view import _sample

    app = QApplication([])
    description, _ = _sample(sys.argv[1] if len(sys.argv) > 1 else "athletes")
    view = ComparisonView()
    view.resize(990, 480)
    view.show()
    view.set_description(description)
    view.start()
    app.aboutToQuit.connect(view.shutdown)
    app.exec()
