"""The File menu's own-data and keep-and-share commands, installed on the window.

``install_files_menu(window)`` adds Open data…, Open session…, Save session…,
an Export ▸ submenu (the window's existing curve and trace exports move into
it) and Print / save run report…, all above Quit. It needs from the window:
``menu("file")``, ``controller`` (``configure``, ``latest``, ``configured``,
``failed``), ``description``, ``controls`` (``set_config``, ``config``),
``plot.export``, ``table.trace_model``, ``pipeline.grab``, ``show_message``
and, once the quiz was opened, ``quiz.results()``.

A student's CSV only replaces the data once the controller has accepted it:
until ``configured`` arrives the controls keep the old setup, and if the
trainer refuses the data (``failed``: a column constant within the training
rows, say) the message goes back to the import dialog and the old run stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from core.data.csv_data import CsvLoadResult
from core.files.session_file import SUFFIX, Session
from core.files.session_restore import Restored
from core.quiz.sitting import Result
from desktop.classroom import export_actions, run_report, session_actions
from desktop.classroom.data_import_dialog import DataImportDialog

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

SESSION_FILTER = "LayerLab session (*.layerlab)"


class FilesMenu(QObject):
    """The commands and the little state they share (fixes used, saved quiz)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("files_menu")
        self.window = window
        self.fixes: tuple[str, ...] = ()  # the load_csv flags of the data in use
        self.saved_quiz: tuple[Result, ...] = ()  # quiz answers a session brought
        self.dialog: DataImportDialog | None = None
        self._pending: tuple[object, CsvLoadResult, tuple[str, ...]] | None = None
        self.last_message = ""
        window.controller.configured.connect(self._on_configured)
        window.controller.failed.connect(self._on_failed)

    # -- own data -----------------------------------------------------------------

    def open_data(self, path: str | Path | None = None) -> DataImportDialog:
        self.dialog = DataImportDialog(path, self.window)
        self.dialog.on_loaded = self.use_data
        self.dialog.open()
        if path is None:
            self.dialog.choose_file()
        return self.dialog

    def use_data(self, result: CsvLoadResult, fixes: tuple[str, ...]) -> None:
        """Ask the controller to train on the data; the controls follow once it did."""
        w = self.window
        base = w.controls.config() or w.description.config
        config = base.with_changes(dataset=result.dataset.name, n_rows=None)
        self._pending = (config, result, fixes)
        w.controller.configure(config, result.dataset)

    @Slot(object)
    def _on_configured(self, description) -> None:
        if self._pending is None:
            return
        config, result, fixes = self._pending
        if description.dataset is not result.dataset:
            return
        self._pending = None
        self.fixes, self.saved_quiz = fixes, ()
        self.window.controls.set_config(config)
        self.window.banner.hide()
        self._say(result.report().splitlines()[0])
        if self.dialog is not None:
            self.dialog.finish()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._pending is None:
            return
        self._pending = None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_problem(message)

    # -- sessions -----------------------------------------------------------------

    def save_session(self, path: str | Path | None = None) -> bool:
        w = self.window
        path = path or self._ask(w.tr("Save session"), "layerlab-run" + SUFFIX,
                                 w.tr(SESSION_FILTER))  # fmt: skip
        if not path:
            return False
        quiz = session_actions.window_quiz(w, self.saved_quiz)
        return session_actions.save_window_session(
            w, path, self.fixes, quiz, self._say, self._fail
        )

    def open_session(self, path: str | Path | None = None) -> None:
        w = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                w, w.tr("Open session"), "", w.tr(SESSION_FILTER)
            )
        if path:
            session_actions.open_window_session(w, path, self._opened, self._fail)

    def _opened(self, session: Session, restored: Restored) -> None:
        source = session.source
        self.fixes = source.fixes
        self.saved_quiz = session.quiz
        self.window.banner.hide()
        self._say(
            self.window.tr("Opened the session saved at epoch {e}. {note}").format(
                e=len(session.records), note=restored.note
            )
        )

    # -- exports and report ---------------------------------------------------------

    def export(self, function, title: str, suggested: str, filters: str) -> None:
        path = self._ask(title, suggested, filters)
        if path:
            try:
                saved = function(self.window, path)
            except (OSError, RuntimeError) as problem:
                self._fail(str(problem))
            else:
                self._say(self.window.tr("Saved {name}.").format(name=saved.name))

    def save_report(self) -> None:
        w = self.window
        filters = w.tr("PDF (*.pdf);;Web page (*.html)")
        quiz = session_actions.window_quiz(w, self.saved_quiz)
        self.export(
            lambda window, path: run_report.save_report(window, path, quiz),
            w.tr("Print / save run report"),
            "layerlab-report.pdf",
            filters,
        )

    # -- messages -------------------------------------------------------------------

    def _ask(self, title: str, suggested: str, filters: str) -> Path | None:
        return export_actions.ask_save_path(self.window, title, suggested, filters)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 10_000)

    def _fail(self, text: str) -> None:
        self.last_message = text
        self.window.show_message(text)


def install_files_menu(window: MainWindow) -> FilesMenu:
    """Add the commands to the window's File menu; returns their owner."""
    existing = getattr(window, "files_menu", None)
    if existing is not None:  # installed once per window; later calls share it
        return existing
    files = FilesMenu(window)
    menu: QMenu = window.menu("file")
    quit_action = window.findChild(QAction, "quit_action")
    tr = window.tr

    def add(target: QMenu, name: str, text: str, slot, shortcut: str | None = None):
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        target.insertAction(quit_action if target is menu else None, action)
        return action

    add(menu, "open_data_action", tr("Open data…"), files.open_data, "Ctrl+D")
    add(menu, "open_session_action", tr("Open session…"), files.open_session,
        "Ctrl+Shift+O")  # fmt: skip
    add(menu, "save_session_action", tr("Save session…"), files.save_session, "Ctrl+S")
    menu.insertSeparator(quit_action)
    export_menu = QMenu(tr("Export"), menu)
    export_menu.setObjectName("export_menu")
    for name in ("export_plot_action", "export_trace_action"):
        existing = window.findChild(QAction, name)
        if existing is not None:
            menu.removeAction(existing)
            export_menu.addAction(existing)
    for name, text, suggested, filters, function in export_actions.EXPORTS:
        add(export_menu, name, tr(text),
            lambda f=function, t=text, s=suggested, x=filters:
            files.export(f, tr(t).rstrip("…"), s, tr(x)))  # fmt: skip
    menu.insertMenu(quit_action, export_menu)
    add(menu, "report_action", tr("Print / save run report…"), files.save_report,
        "Ctrl+P")  # fmt: skip
    menu.insertSeparator(quit_action)
    window.files_menu = files
    return files
