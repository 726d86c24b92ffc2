"""A read-only table model over a 2-D NumPy array, sortable by number.

Used for the raw and normalized data tables; it formats on demand, so a
100,000-row dataset costs nothing until rows scroll into view.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole


class ArrayTableModel(QAbstractTableModel):
    def __init__(
        self, values: np.ndarray, headers: list[str], decimals: int = 3, parent=None
    ):
        super().__init__(parent)
        self._values = np.asarray(values)
        self._headers = list(headers)
        self._format = f"{{:.{decimals}f}}"

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._values.shape[0])

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._values.shape[1])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._values[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if np.issubdtype(self._values.dtype, np.integer):
                return str(int(value))
            return self._format.format(float(value))
        if role == SORT_ROLE:
            return float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def sortable(model: QAbstractTableModel, parent=None) -> QSortFilterProxyModel:
    """Wrap ``model`` so clicking a header sorts by the numbers, not the text."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
