"""The main window's menus, built from one table.

Each entry names its menu, its object name (for tests and accessibility),
its text, its shortcut and what it does, so the whole command set of the
window can be read in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

MENUS = (
    ("file", "&File"),
    ("training", "&Training"),
    ("view", "&View"),
    ("learn", "&Learn"),
    ("help", "&Help"),
)

# (menu, object name, text, shortcut, what it does)
ACTIONS: tuple[tuple[str, str, str, str | None, Callable[[MainWindow], None]], ...] = (
    ("file", "export_plot_action", "Export curves…", "Ctrl+E",
     lambda w: export_plot(w)),
    ("file", "export_trace_action", "Export training trace (CSV)…", None,
     lambda w: export_trace(w)),
    ("file", "quit_action", "Quit", "Ctrl+W", lambda w: w.close()),
    ("training", "play_action", "Play / pause", "Space",
     lambda w: w.controller.toggle()),
    ("training", "step_action", "Step one epoch", "Right",
     lambda w: w.controller.step_epoch()),
    ("training", "step_batch_action", "Step one batch", "Shift+Right",
     lambda w: w.controller.step_batch()),
    ("training", "reset_action", "Reset", "Ctrl+R", lambda w: w.controller.reset()),
    ("training", "restore_defaults_action", "Restore defaults", None,
     lambda w: w.restore_defaults()),
    ("view", "view_training_action", "Training", "Ctrl+1",
     lambda w: w.tabs.setCurrentIndex(0)),
    ("learn", "quiz_action", "Take the quiz…", "Ctrl+T", lambda w: w.open_quiz()),
    ("help", "shortcuts_action", "Keyboard shortcuts", "F1",
     lambda w: w.show_shortcuts()),
    ("help", "about_action", "About LayerLab", None, lambda w: show_about(w)),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_action(
    window: MainWindow, menu: QMenu, text: str, shortcut: str | None, slot, name: str
) -> QAction:
    """One menu entry; its shortcut works anywhere in the window."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus = {key: bar.addMenu(_tr(title)) for key, title in MENUS}
    for key, name, text, shortcut, run in ACTIONS:
        add_action(
            window,
            menus[key],
            _tr(text),
            shortcut,
            lambda _=False, r=run: r(window),
            name,
        )
    return menus


def shortcut_rows() -> list[tuple[str, str]]:
    """Every keyboard shortcut of the menus, for the shortcuts sheet."""
    return [(shortcut, _tr(text)) for _, _, text, shortcut, _ in ACTIONS if shortcut]


def export_plot(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Export curves"), "layerlab-curves.png", _tr("Images (*.png *.svg)")
    )
    if path:
        window.plot.export(path)


def export_trace(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Export training trace"), "layerlab-trace.csv", _tr("CSV (*.csv)")
    )
    if path:
        write_trace_csv(window, path)


def write_trace_csv(window: MainWindow, path: str) -> None:
    from desktop.classroom.export_actions import (
        export_trace_csv,  # spreadsheet-safe cells
    )

    export_trace_csv(window, path)


def show_shortcuts(window: MainWindow) -> None:
    rows = "".join(
        f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in shortcut_rows()
    )
    QMessageBox.information(
        window, _tr("Keyboard shortcuts"), f"<table cellpadding='4'>{rows}</table>"
    )


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        _tr("About LayerLab"),
        _tr(
            "LayerLab shows, step by step, why a network with hidden layers "
            "learns patterns that a single layer cannot. Everything on screen "
            "is computed live."
        ),
    )
