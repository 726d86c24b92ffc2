"""The File menu's own-data, keep-and-share and export commands.

``FilesMenu(model, controller, services, parts)`` carries out Open data…,
Open session…, Save session…, the Export ▸ entries and Print / save run
report…; ``ACTIONS`` lists them for the window's action table. It reads the
run from the run model (description, snapshot, quiz results, student's name),
sends commands to the controller, and speaks through the window services.

A student's CSV only replaces the data once the controller has accepted it:
until ``configured`` arrives the controls keep the old setup, and if the
trainer refuses the data (``failed``: a column constant within the training
rows, say) the message goes back to the import dialog and the old run stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog

from core.data.csv_data import CsvLoadResult
from core.files.session_file import SUFFIX, Session
from core.files.session_restore import Restored
from core.quiz.sitting import Result
from desktop.classroom import export_actions, run_report, session_actions
from desktop.classroom.data_import_dialog import DataImportDialog
from desktop.classroom.student_name import StudentName
from desktop.run.training_controller import TrainingController
from desktop.shell.actions import ActionSpec, tr
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowParts, WindowServices

SESSION_FILTER = "LayerLab session (*.layerlab)"


class FilesMenu(QObject):
    """The commands and the little state they share (the CSV fixes in use)."""

    def __init__(
        self,
        model: RunModel,
        controller: TrainingController,
        services: WindowServices,
        parts: WindowParts,
        student: StudentName | None = None,
    ) -> None:
        super().__init__(services.parent)
        self.setObjectName("files_menu")
        self.model = model
        self.controller = controller
        self.services = services
        self.parts = parts
        self.student = student
        self.fixes: tuple[str, ...] = ()  # the load_csv flags of the data in use
        self.dialog: DataImportDialog | None = None
        self._pending: tuple[object, CsvLoadResult, tuple[str, ...]] | None = None
        self.last_message = ""
        controller.configured.connect(self._on_configured)
        controller.failed.connect(self._on_failed)

    @property
    def saved_quiz(self) -> tuple[Result, ...]:
        """The quiz results a session would save (the run model's)."""
        return self.model.quiz_results

    @saved_quiz.setter
    def saved_quiz(self, results: Sequence[Result]) -> None:
        self.model.set_quiz_results(results)

    # -- own data -----------------------------------------------------------------

    def open_data(self, path: str | Path | None = None) -> DataImportDialog:
        self.dialog = DataImportDialog(path, self.services.parent)
        self.dialog.on_loaded = self.use_data
        self.dialog.open()
        if path is None:
            self.dialog.choose_file()
        return self.dialog

    def use_data(self, result: CsvLoadResult, fixes: tuple[str, ...]) -> None:
        """Ask the controller to train on the data; the controls follow once it did."""
        base = self.parts.controls.config() or self.model.description.config
        config = base.with_changes(
            dataset=result.dataset.name,
            n_rows=None,
            target_kind=result.dataset.target_kind,
        )
        self._pending = (config, result, fixes)
        self.controller.configure(config, result.dataset)

    @Slot(object)
    def _on_configured(self, description) -> None:
        if self._pending is None:
            return
        config, result, fixes = self._pending
        if description.dataset is not result.dataset:
            return
        self._pending = None
        self.fixes = fixes
        self.parts.controls.set_config(config)
        self.services.hide_message()
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
        path = path or self._ask(
            tr("Save session"), "layerlab-run" + SUFFIX, tr(SESSION_FILTER)
        )
        if not path:
            return False
        return session_actions.save_run_session(
            self.model, path, self.fixes, self._say, self._fail
        )

    def open_session(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.services.parent,
                tr("Open session"),
                str(export_actions.start_folder()),
                tr(SESSION_FILTER),
            )
        if path:
            session_actions.open_run_session(path, self._opened, self._fail)

    def _opened(self, session: Session, restored: Restored) -> None:
        session_actions.apply_session(
            self.model, self.parts.controls, self.controller, session, restored
        )
        self.fixes = session.source.fixes
        self.services.hide_message()
        self._say(
            tr("Opened the session saved at epoch {e}. {note}").format(
                e=len(session.records), note=restored.note
            )
        )

    # -- exports and report ---------------------------------------------------------

    def export(self, function, title: str, suggested: str, filters: str) -> None:
        path = self._ask(title, suggested, filters)
        if path:
            try:
                saved = function(self.parts, path)
            except (OSError, RuntimeError) as problem:
                self._fail(str(problem))
            else:
                self._say(export_actions.saved_sentence(saved))

    def save_report(self) -> None:
        """The report, once the student's name is known (asked the first time)."""
        if self.student is not None:
            self.student.ask_once(self._save_report_now)
        else:
            self._save_report_now()

    def _save_report_now(self) -> None:
        self.export(
            run_report.save_report,
            tr("Print / save run report"),
            "layerlab-report.pdf",
            tr("PDF (*.pdf);;Web page (*.html)"),
        )

    # -- messages -------------------------------------------------------------------

    def _ask(self, title: str, suggested: str, filters: str) -> Path | None:
        return export_actions.ask_save_path(
            self.services.parent, title, suggested, filters
        )

    def _say(self, text: str) -> None:
        self.last_message = text
        self.services.say(text)

    def _fail(self, text: str) -> None:
        self.last_message = text
        self.services.show_message(text)


def _export(name: str, text: str, suggested: str, filters: str, function,
            shortcut: str | None = None) -> ActionSpec[FilesMenu]:  # fmt: skip
    """File → Export ▸ <text>: ask where, then ``function(parts, path)``."""
    return ActionSpec(
        "file/export", name, text, shortcut,
        lambda files: files.export(function, tr(text).rstrip("…"), suggested,
                                   tr(filters)),
        group=2,
    )  # fmt: skip


ACTIONS: tuple[ActionSpec[FilesMenu], ...] = (
    ActionSpec("file", "open_data_action", "Open data…", "Ctrl+D",
               lambda f: f.open_data(), group=1),
    ActionSpec("file", "open_session_action", "Open session…", "Ctrl+Shift+O",
               lambda f: f.open_session(), group=1),
    ActionSpec("file", "save_session_action", "Save session…", "Ctrl+S",
               lambda f: f.save_session(), group=1),
    _export("export_plot_action", "Export curves…", "layerlab-curves.png",
            "Images (*.png *.svg)", export_actions.export_curves, "Ctrl+E"),
    _export("export_trace_action", "Export training trace (CSV)…",
            "layerlab-trace.csv", "CSV (*.csv)", export_actions.export_trace_csv),
    *(_export(*entry) for entry in export_actions.EXPORTS),
    ActionSpec("file", "report_action", "Print / save run report…", "Ctrl+P",
               FilesMenu.save_report, group=2),
    # no key: Ctrl+Shift+P is View → Projector mode → Next size
    ActionSpec("file", "print_report_action", "Print run report…", None,
               lambda f: run_report.print_and_say(
                   f.parts, f.services.parent, f._say, f._fail), group=2),
)  # fmt: skip
