"""The seed's training trace, live: one row per finished epoch.

Epoch, Loss ↓, Accuracy ↑ and the Observation as on the seed page, plus
the validation columns. Rows are appended as epochs finish; nothing is
rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.training import EpochRecord

COLUMNS = (
    ("epoch", "Epoch", "{:d}"),
    ("loss", "Loss ↓", "{:.3f}"),
    ("accuracy", "Accuracy ↑", "{:.3f}"),
    ("val_loss", "Val. loss ↓", "{:.3f}"),
    ("val_accuracy", "Val. accuracy ↑", "{:.3f}"),
    ("observation", "Observation", "{}"),
)


class TraceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[EpochRecord] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        key, _, fmt = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "observation":  # the core's sentences, translatable here
                return QCoreApplication.translate("core", record.observation)
            return fmt.format(getattr(record, key))
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "observation":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "observation":
            return record.observation
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
        rows = [[title for _, title, _ in COLUMNS]]
        for r in self._records:
            rows.append([fmt.format(getattr(r, key)) for key, _, fmt in COLUMNS])
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
        header = self.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)

    def set_records(self, records) -> None:
        before = self.trace_model.rowCount()
        self.trace_model.set_records(records)
        if self.trace_model.rowCount() > before:
            self.scrollToBottom()
