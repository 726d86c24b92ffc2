"""Compare depths: does depth buy accuracy on this data, or only speed?

For every kind of target: yes/no and several classes are scored by
validation accuracy, a number by validation R² (``core.lesson.depth_verdict``).
Four networks (no hidden layer, fitted to convergence: Newton's method for
yes/no and several classes, least squares solved exactly for a number;
one hidden layer as wide as the deep network's first; one hidden layer with
the deep network's parameter count; the deep network) are trained on several
seeds off the GUI thread (``ComparisonRunner``). The curves show each one's
mean over the seeds with a min–max band, the table its mean, min–max,
median epochs to 90% of its own best and parameter count, and one sentence,
written from the table's numbers by ``core.lesson.depth_verdict``'s documented rule
(its tooltip), states the verdict. On a 2-D dataset the four decision
boundaries of the first seed are drawn side by side.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.data.datasets import DATASET_NAMES
from core.engine.config import ConfigError
from core.lesson.boundary import (
    make_grid,
    model_from_theta,
    normalized_split,
    predicted_numbers,
    probabilities,
)
from core.lesson.comparison import (
    DEFAULT_SEEDS,
    KEYS,
    MAX_SEEDS,
    ComparisonProgress,
    VariantResult,
    depth_variants,
    seed_list,
)
from core.lesson.depth_verdict import epochs_text, rule_text, score_text
from desktop.lesson.boundary_view import (
    BoundaryPlot,
    axis_name,
    same_scale,
    sample_rows,
)
from desktop.lesson.comparison_curves import STYLES, ComparisonCurves
from desktop.lesson.comparison_worker import ComparisonRequest, ComparisonRunner
from desktop.shell.actions import tr

HEADERS = ("Network", "Parameters", "Mean val. acc.", "Min–max", "Epochs to 90%")
NUMBER_MEAN = "Mean val. R²"  # the third header of a number run


def output_units(description) -> int:
    """The run's output units: k for several classes, else 1 (its last stage)."""
    return int(description.stages[-1].out_shape[1]) if description.stages else 1


class ComparisonView(QWidget):
    """The "Compare depths" tab; ``set_description`` gives it the current setup."""

    comparison_finished = Signal(object)  # ComparisonProgress of a completed run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_view")
        self.description = None
        self.refused = False  # the run's target kind cannot be compared (yet)
        self.result: ComparisonProgress | None = None
        self._grid = None
        self._scale = None  # a number's target scale (first seed), for the plots
        self.runner = ComparisonRunner(self)
        self.runner.progress.connect(self.show_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.running_changed.connect(self._on_running)
        self._build_controls()
        self.curves = ComparisonCurves()
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
        self.seeds = QSpinBox()
        self.seeds.setObjectName("compare_seeds")
        self.seeds.setRange(1, MAX_SEEDS)
        self.seeds.setValue(DEFAULT_SEEDS)
        self.seeds.setPrefix(self.tr("seeds: "))
        self.seeds.setToolTip(
            self.tr("How many seeds each network is trained on (its own data split ")
            + self.tr("and starting weights per seed).")
        )
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("compare_progress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("compare_status")
        self.status.setWordWrap(True)
        self.sentence = QLabel(self.tr("Press “Compare depths” to train the networks."))
        self.sentence.setObjectName("compare_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.sentence.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def _build_table(self) -> None:
        self.table = QTableWidget(len(KEYS), len(HEADERS))
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeaderItem(4).setToolTip(
            self.tr(
                "Median over the seeds of the first epoch whose validation accuracy "
                "reached 90% of that run's own best."
            )
        )

    def _build_boundaries(self) -> None:
        self.boundary_row = QWidget()
        column = QVBoxLayout(self.boundary_row)
        column.setContentsMargins(0, 0, 0, 0)
        self.boundary_caption = QLabel()
        self.boundary_caption.setWordWrap(True)
        column.addWidget(self.boundary_caption)
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
        for widget in (self.compare_button, self.stop_button, self.seeds):
            top.addWidget(widget)
        top.addWidget(self.progress_bar, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.sentence)
        column.addStretch(1)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.curves)
        upper.addWidget(right)
        upper.setSizes([420, 560])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.boundary_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

    # -- the setup ------------------------------------------------------------

    @Slot(object)
    def set_description(self, description) -> None:
        """The current setup (``RunDescription``); what the next click compares.

        A comparison already shown stays while the setup is the same (a Reset,
        say); a new setup clears it, since its numbers no longer apply.
        """
        previous, self.description = self.description, description
        if self._refuse(description):
            return
        kind = description.target_kind
        variants = depth_variants(
            description.config, description.dataset.n_features,
            output_units(description), kind,
        )  # fmt: skip
        self.curves.set_kind(kind)
        self._set_headers(kind)
        self.curves.set_names({v.key: v.name for v in variants})
        same = previous is not None and (
            previous.config == description.config
            and previous.dataset.name == description.dataset.name
        )
        if not same and not self.runner.running:
            self.curves.clear_curves(description.config.epochs)
            self._show_variants(variants)
        self.status.setText(self._status_text(description, variants))
        self.sentence.setToolTip(rule_text(description.config.epochs, kind))

    def _status_text(self, description, variants) -> str:
        """What is trained, and how the network without a hidden layer is fitted."""
        fitted = {
            "classes": self.tr(
                "No hidden layer (one straight-line score per class under a "
                "softmax) is fitted to convergence with Newton's method; every "
                "network is scored by validation accuracy."
            ),
            "number": self.tr(
                "No hidden layer (a linear function of the inputs) is fitted by "
                "least squares, solved exactly; every network is scored by "
                "validation R² (1 is perfect, 0 is always predicting the mean)."
            ),
        }.get(
            description.target_kind,
            self.tr("No hidden layer is fitted to convergence with Newton's method."),
        )
        trains = self.tr(
            "Trains on “{data}”, each seed with its own split and starting "
            "weights: {names}."
        ).format(
            data=description.dataset.name, names=", ".join(v.name for v in variants)
        )
        return f"{trains} {fitted}"

    def _set_headers(self, kind: str) -> None:
        """The score's column says what it is: accuracy, or R² for a number."""
        mean = NUMBER_MEAN if kind == "number" else HEADERS[2]
        self.table.setHorizontalHeaderItem(2, QTableWidgetItem(self.tr(mean)))
        tip = self.tr(
            "Median over the seeds of the first epoch whose validation accuracy "
            "reached 90% of that run's own best."
        )
        if kind == "number":
            tip = self.tr(
                "Median over the seeds of the first epoch whose validation R² "
                "reached 90% of that run's own best; a run whose best R² is 0 or "
                "below (never better than predicting the mean) never gets there."
            )
        self.table.horizontalHeaderItem(4).setToolTip(tip)

    def _refuse(self, description) -> bool:
        """A network with an activation per layer cannot be rebuilt at other
        depths (``TrainingConfig.activation_for_every_depth``): say why, and
        keep the button off."""
        try:
            description.config.activation_for_every_depth()
            self.refused = False
        except ConfigError as problem:
            self.refused, why = True, str(problem)
        self._on_running(self.runner.running)
        if not self.refused:
            return False
        self.sentence.setText(why)
        self.status.setText("")
        self.table.clearContents()
        self.curves.clear_curves(description.config.epochs)
        self.boundary_row.setVisible(False)
        return True

    def request(self) -> ComparisonRequest:
        """The comparison of the current setup with the chosen number of seeds."""
        config = self.description.config
        own = config.dataset not in DATASET_NAMES  # a student's file: fixed data
        dataset = self.description.dataset if own else None
        return ComparisonRequest(config, seed_list(config, self.seeds.value()), dataset)

    @Slot()
    def start(self) -> bool:
        """Compare the current setup; a click while one runs is ignored."""
        if self.description is None or self.runner.running or self.refused:
            return False
        if not self.runner.start(self.request()):
            return False
        self.result = None
        self._prepare_boundaries()
        self.curves.clear_curves(self.description.config.epochs)
        self.progress_bar.setValue(0)
        self.table.clearContents()
        self.sentence.setText(self.tr("Training the networks…"))
        return True

    def shutdown(self) -> None:
        self.runner.shutdown()

    # -- from the runner ----------------------------------------------------

    @Slot(object)
    def show_progress(self, progress: ComparisonProgress) -> None:
        self.curves.show_progress(progress)
        self.progress_bar.setValue(round(1000 * progress.fraction_done))
        self._fill_table(progress)

    def _fill_table(self, progress: ComparisonProgress) -> None:
        deep = progress.by_key("deep").variant.n_parameters
        for row, result in enumerate(progress.results):
            for col, text in enumerate(table_cells(result, deep)):
                item = QTableWidgetItem(text)
                item.setToolTip(result.variant.role)
                if col == 0:
                    item.setData(Qt.ItemDataRole.DecorationRole, STYLES[result.key][0])
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self._fit_table_height()

    def _show_variants(self, variants) -> None:
        """Before a comparison: what will be trained, with its size; no results."""
        self.result = None
        self.table.clearContents()
        for row, variant in enumerate(variants):
            name = QTableWidgetItem(variant.name)
            name.setToolTip(variant.role)
            name.setData(Qt.ItemDataRole.DecorationRole, STYLES[variant.key][0])
            self.table.setItem(row, 0, name)
            size = QTableWidgetItem(f"{variant.n_parameters:,}")
            size.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, size)
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its rows: the space below goes to the sentence."""
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
        self.compare_button.setEnabled(not running and not self.refused)
        self.seeds.setEnabled(not running)
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
        split = normalized_split(d.dataset, d.config)  # the first seed's
        self._scale = split.target_scale
        self._grid = make_grid(split, 0, 1, size=80)
        rows = sample_rows(d.dataset.n_rows)
        X, y = d.dataset.X[rows], d.dataset.y[rows]
        axes = (axis_name(d.dataset, 0), axis_name(d.dataset, 1))
        kind = d.target_kind
        self.boundary_caption.setText(self._boundary_caption(kind))
        for variant in depth_variants(d.config, 2, output_units(d), kind):
            plot = self.boundaries[variant.key]
            if kind == "number" and split.y_train_raw is not None:
                low, high = (
                    float(np.min(split.y_train_raw)),
                    float(np.max(split.y_train_raw)),
                )
                plot.set_kind("number", 1, (low, high if high > low else low + 1))
            else:
                plot.set_kind(kind, max(len(d.dataset.class_names), 2))
            plot.set_data(
                self._grid, X[:, 0], X[:, 1], y, d.dataset.class_names, axes,
                equal_aspect=same_scale(d.dataset, 0, 1),
            )  # fmt: skip
            plot.set_title(variant.name)

    def _boundary_caption(self, kind: str) -> str:
        return {
            "classes": self.tr(
                "What each network answers over the plane (first seed): colour is "
                "the class it predicts, paler where it is less sure; the black "
                "lines are the borders between classes."
            ),
            "number": self.tr(
                "What each network answers over the plane (first seed): colour is "
                "the number it predicts; the dots are coloured by their true value."
            ),
        }.get(
            kind,
            self.tr(
                "What each network answers over the plane (first seed): ● class 0, "
                "▼ class 1; colour is the probability of class 1, the black line "
                "its 0.5 boundary."
            ),
        )

    def _draw_boundaries(self, progress: ComparisonProgress) -> None:
        if self._grid is None:
            return
        activation, kind = self.description.config.activation, progress.kind
        for r in progress.results:
            model = model_from_theta(
                r.first_seed_theta, r.layer_sizes, activation, kind
            )
            if kind == "number" and self._scale is not None:
                values = predicted_numbers(self._grid, model, self._scale)
            else:
                values = probabilities(self._grid, model)
            self.boundaries[r.key].set_output(values)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def table_cells(result: VariantResult, deep_parameters: int) -> list[str]:
    """One table row; the budget row shows the deep network's count beside its own."""
    count = f"{result.variant.n_parameters:,}"
    if result.key == "budget":
        count += " " + tr("(deep: {n})").format(n=f"{deep_parameters:,}")
    if not result.complete:
        return [result.name, count, "…", "…", "…"]
    kind = result.kind
    fitted = tr("solved exactly") if kind == "number" else tr("converged (Newton)")
    epochs = fitted if result.key == "none" else epochs_text(result.median_epochs_to_90)
    spread = f"{score_text(result.min, kind)}–{score_text(result.max, kind)}"
    return [result.name, count, score_text(result.mean, kind), spread, epochs]


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop.lesson.boundary_view import _sample

    app = QApplication([])
    description, _ = _sample(sys.argv[1] if len(sys.argv) > 1 else "athletes")
    view = ComparisonView()
    view.resize(1100, 560)
    view.show()
    view.set_description(description)
    view.start()
    app.aboutToQuit.connect(view.shutdown)
    app.exec()
