"""Help → Keyboard shortcuts: every key the window answers to, from its action table.

The list is built from the window's action table when it opens, so a feature
that adds a command with a shortcut shows up here without being listed twice; keys
that are not menu entries (moving with Tab, the diagram's arrows, the quiz's
1–4) are added by hand. Disabled entries are marked "(not available now)".
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def fixed_keys(owner: QWidget) -> list[tuple[str, str, str]]:
    """(group, keys, what they do) for keys that belong to no menu entry."""
    tr = owner.tr
    moving = tr("Moving around")
    return [
        (moving, "Tab / Shift+Tab", tr("Go to the next / previous control")),
        (moving, "Space / Enter", tr("Press the focused button, open a stage box")),
        (moving, "Left / Right", tr("In the pipeline diagram: go to the next box")),
        (moving, "Up / Down", tr("In a list, field or slider: change the value")),
        (moving, "Alt+B / Alt+N", tr("In the guided lesson: back / next")),
        (tr("Quiz"), "1–4 or A–D", tr("Choose an answer")),
        (tr("Quiz"), "Enter", tr("Go on to the next question")),
        (tr("Quiz"), "Esc", tr("Close the quiz")),
    ]


def menu_keys(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, keys, entry) for every menu entry of ``window`` that has a shortcut."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        group = menu_action.text().replace("&", "")
        for action in _walk(menu.actions()):
            if action.shortcut().isEmpty() or not action.isVisible():
                continue
            text = action.text().replace("&", "")
            if not action.isEnabled():
                text += " " + window.tr("(not available now)")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((group, keys, text))
    return rows


def _walk(actions: list[QAction]) -> list[QAction]:
    found = []
    for action in actions:
        submenu = action.menu()
        found.extend(_walk(submenu.actions()) if submenu is not None else [action])
    return found


class ShortcutsSheet(QDialog):
    """A sortable-free, readable table: group, keys, what happens."""

    def __init__(
        self,
        window: QMainWindow,
        menu_rows: list[tuple[str, str, str]] | None = None,
    ) -> None:
        """``menu_rows``: (menu, keys, entry) as the action table gives them
        (``ActionTable.shortcut_rows``); None reads them off the menu bar."""
        super().__init__(window)
        self.setObjectName("shortcuts_sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = (menu_keys(window) if menu_rows is None else menu_rows) + fixed_keys(
            self
        )
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]
