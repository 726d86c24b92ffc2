"""The seed's training trace, live: one row per finished epoch.

Epoch, Loss ↓, Accuracy ↑ and the Observation as on the seed page, plus
the validation columns. A number run shows R² ↑ and MAE ↓ (mean absolute
error, in the target's units) where the others show accuracy
(``columns_for``); a score that is not defined shows "—", never "nan".
The Observation is the phase's sentence; events
(a loss bump, overfitting, …) get their own narrow Event column with a
symbol and words, and their full explanation as a tooltip, so an event is
never shown by colour alone. Rows are appended as epochs finish; nothing
is rebuilt.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.data.wording import template
from core.engine.observations import EVENT_EXPLANATIONS, PHASES
from core.engine.training import EpochRecord
from desktop.views.training_plot import measure

COLUMNS = (
    ("epoch", "Epoch", "{:d}"),
    ("loss", "Loss ↓", "{:.3f}"),
    ("accuracy", "Accuracy ↑", "{:.3f}"),
    ("val_loss", "Val. loss ↓", "{:.3f}"),
    ("val_accuracy", "Val. accuracy ↑", "{:.3f}"),
    ("events", "Event", "{}"),
    ("observation", "Observation", "{}"),
)
NUMBER_COLUMNS = (
    ("epoch", "Epoch", "{:d}"),
    ("loss", "Loss ↓", "{:.3f}"),
    ("r2", "R² ↑", "{:.3f}"),
    ("mae", "MAE ↓", "measure"),
    ("val_loss", "Val. loss ↓", "{:.3f}"),
    ("val_r2", "Val. R² ↑", "{:.3f}"),
    ("val_mae", "Val. MAE ↓", "measure"),
    ("events", "Event", "{}"),
    ("observation", "Observation", "{}"),
)
TEXT_COLUMNS = ("events", "observation")
NOT_DEFINED = "—"  # a score that does not apply (NaN), e.g. R² of equal targets
EVENT_MARKS = {  # a symbol and short words per event: readable without colour
    "loss-bump": "▲ loss bump",
    "learning-rate-too-high": "⚠ learning rate too high",
    "overfitting": "⚠ overfitting",
    "plateau": "▬ plateau",
    "diverged": "✖ diverged",
}
PHASE_NOTE = (
    "Phase: {phase} ({n} of {total}). Phases only move forward. "
    "Here “accuracy” is validation accuracy and “loss” is training loss."
)
NUMBER_PHASE_NOTE = (
    "Phase: {phase} ({n} of {total}). Phases only move forward. "
    "Here “R²” is validation R² and “loss” is training loss."
)


def columns_for(kind: str) -> tuple[tuple[str, str, str], ...]:
    """The table's columns for a target kind (``core.engine.output_kinds``)."""
    return NUMBER_COLUMNS if kind == "number" else COLUMNS


def tr(text: str) -> str:
    """The core's sentences and the marks, translatable here."""
    return QCoreApplication.translate("core", text)


def event_marks(record: EpochRecord) -> str:
    return " · ".join(tr(EVENT_MARKS[e]) for e in record.events)


def event_tooltip(record: EpochRecord) -> str:
    return "\n\n".join(tr(EVENT_EXPLANATIONS[e]) for e in record.events)


# each phase code (core.engine.observations.PHASES) in the words the tooltip uses
PHASE_WORDS = {
    "starting": template("starting"),
    "basic": template("basic patterns"),
    "complex": template("complex patterns"),
    "fine-tuning": template("fine-tuning"),
    "converged": template("converged"),
}


def observation_tooltip(record: EpochRecord) -> str:
    number = math.isnan(record.accuracy) and not math.isnan(record.loss)
    note = tr(NUMBER_PHASE_NOTE if number else PHASE_NOTE).format(
        phase=tr(PHASE_WORDS[record.phase]),
        n=PHASES.index(record.phase) + 1,
        total=len(PHASES),
    )
    return f"{tr(record.observation)}\n{note}"


def cell_text(record: EpochRecord, key: str, fmt: str) -> str:
    if key == "events":
        return event_marks(record)
    if key == "observation":
        return tr(record.observation)
    value = getattr(record, key)
    if isinstance(value, float) and math.isnan(value):
        return NOT_DEFINED
    if fmt == "measure":  # in the target's own units (training_plot.measure)
        return measure(value)
    return fmt.format(value)


class TraceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[EpochRecord] = []
        self.kind = "binary"
        self.columns = COLUMNS

    def set_kind(self, kind: str) -> None:
        """Accuracy columns, or R² and MAE for a number run (rows start over)."""
        columns = columns_for(kind)
        if columns is self.columns:
            self.kind = kind
            return
        self.beginResetModel()
        self.kind, self.columns, self._records = kind, columns, []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return self.tr(self.columns[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        key, _, fmt = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(record, key, fmt)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in TEXT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "observation":
            return observation_tooltip(record)
        if role == Qt.ItemDataRole.ToolTipRole and key == "events" and record.events:
            return event_tooltip(record)
        return None

    def set_records(self, records: tuple[EpochRecord, ...] | list[EpochRecord]) -> None:
        """Append the new rows, or start over when the run changed."""
        records = list(records)
        known = len(self._records)
        if len(records) < known or records[:known] != self._records:
            self.beginResetModel()
            self._records = records
            self.endResetModel()
        elif len(records) > known:
            self.beginInsertRows(QModelIndex(), known, len(records) - 1)
            self._records = records
            self.endInsertRows()

    def records(self) -> list[EpochRecord]:
        return list(self._records)

    def as_csv_rows(self) -> list[list[str]]:
        rows = [[title for _, title, _ in self.columns]]
        for r in self._records:
            rows.append([cell_text(r, key, fmt) for key, _, fmt in self.columns])
        return rows


class TraceTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trace_table")
        self.setAccessibleName(self.tr("Training trace, one row per epoch"))
        self.trace_model = TraceModel(self)
        self.setModel(self.trace_model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self._size_columns()
        self.setWordWrap(False)

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        last = self.trace_model.columnCount() - 1
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        # Fit the columns to the rows on screen only: by default Qt reads up to
        # 1,000 rows per column on every insert, and with training on the other
        # thread those Python calls wait for the GIL (170 ms stalls at full speed)
        header.setResizeContentsPrecision(0)

    def set_kind(self, kind: str) -> None:
        """The columns for ``kind``: accuracy, or R² and MAE for a number."""
        before = self.trace_model.columns
        self.trace_model.set_kind(kind)
        if self.trace_model.columns is not before:
            self._size_columns()

    def set_records(self, records) -> None:
        if records and math.isnan(records[-1].accuracy):
            self.set_kind("number")  # a number run's records have no accuracy
        before = self.trace_model.rowCount()
        self.trace_model.set_records(records)
        if self.trace_model.rowCount() > before:
            self.scrollToBottom()


if __name__ == "__main__":  # a quick look: python -m desktop.views.trace_table [seed]
    import sys

    from PySide6.QtWidgets import QApplication

    from core.engine.config import TrainingConfig
    from core.engine.training import Trainer

    app = QApplication(sys.argv)
    trainer = Trainer(TrainingConfig(seed=int(sys.argv[1]) if sys.argv[1:] else 4))
    trainer.run()
    view = TraceTable()
    view.set_records(trainer.history.records)
    view.resize(1100, 560)
    view.show()
    sys.exit(app.exec())
