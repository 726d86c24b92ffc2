"""The detail behind one pipeline box.

Data stages show the data itself (raw and normalized, sortable) and every
feature's raw range; layer stages show units, activation, formula, the
number of parameters and what the current weights look like. The output
stage also says, for the run's kind (``core.engine.output_kinds``), what its
function does and which loss it learns from: the sigmoid's probability, the
softmax's k probabilities that add up to 1 (its formula in plain words), or
the linear unit's number and how it is turned back from standard deviations
into the target's units with the training rows' mean and standard deviation.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.engine.activations import ACTIVATIONS
from core.engine.snapshot import RunSnapshot
from core.lesson.pipeline_stages import Stage, shape_text
from desktop.run.training_worker import RunDescription
from desktop.views.array_table_model import ArrayTableModel, sortable


class StageDetailDialog(QDialog):
    """Also lets a student pick a validation row to follow through the network."""

    example_requested = Signal(int)  # position among the validation rows

    def __init__(
        self,
        stage: Stage,
        description: RunDescription,
        snapshot: RunSnapshot | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stage_detail_dialog")
        self.setWindowTitle(self.tr("Stage: {title}").format(title=stage.title))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(stage))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if stage.kind == "data":
            layout.addWidget(self._data_tabs(stage, description), 1)
        else:
            layout.addWidget(self._layer_text(stage, snapshot, description), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, stage: Stage) -> str:
        return (
            f"<h3>{html.escape(stage.title)}</h3>"
            f"<p><b>{shape_text(stage.in_shape)} → "
            f"{shape_text(stage.out_shape, stage)}</b>"
            f"<br>{html.escape(stage.description)}<br><i>{html.escape(stage.example)}</i></p>"
        )

    def _data_tabs(self, stage: Stage, description: RunDescription) -> QTabWidget:
        data = description.dataset
        pairs = zip(data.feature_names, data.feature_units, strict=True)
        headers = [f"{n} ({u})" if u else n for n, u in pairs]
        tabs = QTabWidget()
        tabs.setObjectName("stage_tabs")
        raw = np.column_stack([data.X, data.y])
        raw_table = self._table(
            raw, [*headers, data.target_name], "raw_table", self._row_names(description)
        )
        raw_table.doubleClicked.connect(self._on_row_double_clicked)
        raw_table.setToolTip(
            self.tr(
                "Double-click a validation row (V) to follow it in Prediction trace"
            )
        )
        tabs.addTab(raw_table, self.tr("Raw data"))
        normalized = np.column_stack([description.X_normalized, data.y])
        tabs.addTab(
            self._table(normalized, [*headers, data.target_name], "normalized_table"),
            self.tr("Normalized (0–1)"),
        )
        ranges = np.array([[r.low, r.high] for r in description.feature_ranges])
        tabs.addTab(
            self._table(
                ranges,
                [self.tr("raw minimum"), self.tr("raw maximum")],
                "ranges_table",
                row_names=headers,
            ),
            self.tr("Feature ranges"),
        )
        if stage.key == "normalize":
            tabs.setCurrentIndex(1)
        return tabs

    def _row_names(self, description: RunDescription) -> list[str]:
        """Row numbers, with "V" on the rows held out for validation."""
        self._val_position = {}
        if description.val_index is not None:
            self._val_position = {
                int(r): i for i, r in enumerate(description.val_index)
            }
        return [
            f"{row + 1} V" if row in self._val_position else str(row + 1)
            for row in range(description.dataset.n_rows)
        ]

    def _on_row_double_clicked(self, index) -> None:
        model = index.model()
        source = model.mapToSource(index) if hasattr(model, "mapToSource") else index
        position = self._val_position.get(source.row())
        if position is not None:
            self.example_requested.emit(position)

    def _table(self, values, headers, name, row_names=None) -> QTableView:
        model = ArrayTableModel(values, headers, parent=self)
        if row_names is not None:
            model.headerData = _row_header(model.headerData, row_names)
        view = QTableView()
        view.setObjectName(name)
        view.setModel(sortable(model, self))
        header = view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # file order first
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for column, title in enumerate(headers):
            width = metrics.horizontalAdvance(title) + 28  # room for the sort arrow
            view.setColumnWidth(column, max(72, width))
        return view

    def _layer_text(
        self,
        stage: Stage,
        snapshot: RunSnapshot | None,
        description: RunDescription | None = None,
    ) -> QLabel:
        known = ACTIVATIONS.get(stage.activation)
        words = known.words if known else ""
        output = stage.key == "output" and description is not None
        if output:
            words = self._output_words(stage, description)
        rows = [
            (self.tr("Units"), str(stage.out_shape[1])),
            (self.tr("Inputs per unit"), str(stage.in_shape[1])),
            (self.tr("Activation"), f"{stage.activation}: {words}"),
            (self.tr("Formula"), stage.formula),
            *(self._output_rows(description) if output else []),
            (
                self.tr("Parameters"),
                self.tr("{w:,} weights + {b} biases = {n:,}").format(
                    w=stage.in_shape[1] * stage.out_shape[1],
                    b=stage.out_shape[1],
                    n=stage.parameter_count,
                ),
            ),
        ]
        if snapshot is not None:
            W, b = snapshot.layer_params()[stage.layer - 1]
            rows.append(
                (
                    self.tr("Weights now"),
                    self.tr(
                        "mean |w| {mean:.3f}, largest |w| {big:.3f}, "
                        "bias from {lo:.3f} to {hi:.3f} (after {steps} updates)"
                    ).format(
                        mean=float(np.abs(W).mean()),
                        big=float(np.abs(W).max()),
                        lo=float(b.min()),
                        hi=float(b.max()),
                        steps=snapshot.step,
                    ),
                )
            )
        body = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        label = QLabel(f"<table cellpadding='6'>{body}</table>")
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName("layer_detail")
        label.setWordWrap(True)
        return label

    def _output_words(self, stage: Stage, description: RunDescription) -> str:
        """What the output function does, in plain words, for the run's kind."""
        kind = description.target_kind
        if kind == "classes":
            return self.tr(
                "softmax turns the {k} scores (one per class) into {k} "
                "probabilities that add up to 1; the class with the largest "
                "probability is the network's answer."
            ).format(k=stage.out_shape[1])
        if kind == "number":
            return self.tr(
                "linear: the output is the weighted sum itself, nothing squashes "
                "it, so it can be any number: the prediction."
            )
        return self.tr(
            "sigmoid squashes the sum into the range 0 to 1, read as the "
            "probability of class 1; above 0.5 the answer is class 1."
        )

    def _output_rows(self, description: RunDescription) -> list[tuple[str, str]]:
        """The softmax's formula explained, or a number's way back to its units."""
        kind = description.target_kind
        if kind == "classes":
            return [
                (
                    self.tr("Softmax"),
                    self.tr(
                        "p_j = e^(z_j) / (e^(z_1) + … + e^(z_k)): e^z makes every "
                        "score positive (a larger score, a much larger number), "
                        "and dividing by their sum makes the k numbers add up to "
                        "1, so each is a probability."
                    ),
                ),
                (
                    self.tr("Loss"),
                    self.tr(
                        "cross-entropy: −log of the probability given to the row's "
                        "true class (0 when it is 1, large when it is near 0)."
                    ),
                ),
            ]
        if kind == "number":
            return [self._units_row(description), (self.tr("Loss"), self.tr(
                "mean squared error in standard deviations: 1.0 is what always "
                "predicting the training mean scores on the training rows."
            ))]  # fmt: skip
        return [
            (
                self.tr("Loss"),
                self.tr(
                    "binary cross-entropy: −log of the probability given to the "
                    "row's true class."
                ),
            )
        ]

    def _units_row(self, description: RunDescription) -> tuple[str, str]:
        """How the standardized output becomes a number in the target's units."""
        mean, std = description.target_scale or (0.0, 1.0)
        target = description.dataset.target_name
        text = self.tr(
            "The network learns {target} standardized with the training rows: "
            "(y − mean) / std, with mean {mean} and standard deviation {std}, so "
            "it works with numbers near 0 whatever the target's units. Its output "
            "is turned back with ŷ = output × {std} + {mean}: an output of 0 "
            "predicts the mean, {mean}, and an output of 1 predicts one standard "
            "deviation above it, {above}."
        ).format(
            target=target, mean=f"{mean:.4g}", std=f"{std:.4g}",
            above=f"{mean + std:.4g}",
        )  # fmt: skip
        return (self.tr("Back to the target's units"), text)


def _row_header(original, names):
    def header(section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return names[section]
        return original(section, orientation, role)

    return header
