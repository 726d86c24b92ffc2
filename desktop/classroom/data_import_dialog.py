"""File → Open data…: show a student's CSV, its problems and fixes, then load it.

The core does all the reading and checking (``core.data.csv_data``); this dialog
only shows what it found. ``inspect_csv`` reads the file once and gives the
first rows and every problem. The target column is the teacher's choice: the
last column is chosen for them only when the core's rule accepts it (two
classes, each in at least 5% of rows and 10 rows); otherwise nothing is
chosen and Load waits, saying why. The teacher then ticks the fixes the file
allows (drop rows with gaps, drop single-value columns). Every change is
tried at once with ``choose_target`` on a pool thread, so the dialog always
says either what loading would give (with the score of always giving the
more common class) or the problems left, and a big file never freezes the
window. The command line (``python -m core train --data``) uses the same
two core calls, so both build the same ``Dataset``.

What the network predicts is the teacher's choice too (``kind_input``):
two classes (yes/no, the default and the lesson's), several classes (3 to
20), a number, or "decide from the column" (the core's ``auto`` rule). The
file is previewed again with that kind, so the core's messages for it
(``core.data.csv_targets``) are what the dialog shows.

The dialog never replaces the app's data itself: ``on_loaded`` (set by the
File menu) does, and answers back with ``finish`` or ``show_problem``, so a
failure at that last step is also shown here while the old data stays.

Run alone: ``python -m desktop.classroom.data_import_dialog [file.csv]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.data.csv_data import (
    DROP_COLUMNS,
    DROP_ROWS,
    MAX_FILE_BYTES,
    CsvChoice,
    CsvLoadResult,
    CsvPreview,
    CsvProblem,
    choose_target,
    inspect_csv,
)
from desktop.classroom.export_actions import remember_folder, start_folder
from desktop.run.background_task import run_in_background
from desktop.views.text_format import count as plural

TARGET_COLOUR = QColor("#e8f1fb")
# (core target kind, what the choice says); the first is the default
KIND_CHOICES = (
    ("binary", "Two classes (yes/no)"),
    ("classes", "Several classes (3 to 20)"),
    ("number", "A number"),
    ("auto", "Decide from the column"),
)
KIND_TIPS = {
    "binary": "The column the network learns to predict; it needs two values.",
    "classes": "The column the network learns to predict; it needs 2 to 20 "
    "values (classes).",
    "number": "The column the network learns to predict; every value a number.",
    "auto": "The column the network learns to predict: up to 20 values are "
    "classes, more numbers are a number to predict.",
}
KIND_ASKS = {
    "binary": "Choose the target column: the column the network learns to "
    "predict. It needs two values, each in at least 5% of the rows and 10 rows.",
    "classes": "Choose the target column: the column the network learns to "
    "predict. It needs 2 to 20 classes, each in at least 1% of the rows and 5 "
    "rows.",
    "number": "Choose the target column: the column the network learns to "
    "predict. Every value must be a number, with at least two different ones.",
    "auto": "Choose the target column: the column the network learns to "
    "predict (two to 20 values: classes; more numbers: a number).",
}
PROBLEM_COLOUR = QColor("#D55E00")


class DataImportDialog(QDialog):
    """Preview → target and fixes → load; ``loaded`` carries the result."""

    loaded = Signal(object, tuple)  # CsvLoadResult, the fixes used

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("data_import_dialog")
        self.setWindowTitle(self.tr("Open data"))
        self.preview: CsvPreview | None = None
        self.result: CsvLoadResult | None = None
        self.on_loaded: Callable[[CsvLoadResult, tuple[str, ...]], None] | None = None
        self._generation = 0  # answers to an older request are ignored
        self._build()
        self.resize(860, 620)
        if path:
            self.open_path(path)

    # -- building -------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        self.table = QTableWidget()
        self.table.setObjectName("preview_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("The file's first rows"))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.table, 3)
        layout.addLayout(self._options())
        self.problems = QListWidget()
        self.problems.setObjectName("problem_list")
        self.problems.setWordWrap(True)
        self.problems.setSpacing(3)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems_title = QLabel(self.tr("Problems found"))
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 2)
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.load_button.setText(self.tr("Load data"))
        self.load_button.setObjectName("load_button")
        self.load_button.setEnabled(False)
        self.buttons.accepted.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.path_label = QLabel(self.tr("No file chosen."))
        self.path_label.setObjectName("path_label")
        self.path_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("choose_file_button")
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.path_label, 1)
        row.addWidget(choose)
        return row

    def _options(self) -> QFormLayout:
        form = QFormLayout()
        self.kind_input = QComboBox()
        self.kind_input.setObjectName("target_kind_input")
        for code, words in KIND_CHOICES:
            self.kind_input.addItem(self.tr(words), code)
        self.kind_input.setToolTip(self.tr("What the network learns to predict."))
        self.kind_input.currentIndexChanged.connect(self._kind_changed)
        self.target_input = QComboBox()
        self.target_input.setObjectName("target_input")
        self.target_input.setToolTip(self.tr(KIND_TIPS["binary"]))
        self.target_input.setPlaceholderText(self.tr("Choose the target column"))
        self.target_input.currentIndexChanged.connect(self._options_changed)
        self.drop_rows = QCheckBox()
        self.drop_rows.setObjectName("drop_rows_check")
        self.drop_columns = QCheckBox(self.tr("Drop columns with a single value"))
        self.drop_columns.setObjectName("drop_columns_check")
        for box in (self.drop_rows, self.drop_columns):
            box.setEnabled(False)
            box.toggled.connect(self._options_changed)
        fixes = QVBoxLayout()
        fixes.addWidget(self.drop_rows)
        fixes.addWidget(self.drop_columns)
        form.addRow(self.tr("Predict"), self.kind_input)
        form.addRow(self.tr("Target column"), self.target_input)
        form.addRow(self.tr("Fixes"), fixes)
        self._set_drop_rows_text(0)
        return form

    def _set_drop_rows_text(self, count: int) -> None:
        text = self.tr("Drop the rows with missing or non-finite values")
        if count:
            text = plural(
                count,
                self.tr("Drop the row with missing or non-finite values"),
                self.tr("Drop the {n} rows with missing or non-finite values"),
            )
        self.drop_rows.setText(text.format(n=count))

    # -- reading --------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open data"),
            str(start_folder()),
            self.tr("CSV files (*.csv *.tsv *.txt)"),
        )
        if path:
            remember_folder(path)
            self.open_path(path)

    def target_kind(self) -> str:
        """The core's target kind chosen: binary, classes, number or auto."""
        return str(self.kind_input.currentData())

    def set_target_kind(self, kind: str) -> None:
        """Choose what to predict (as if the teacher picked it)."""
        self.kind_input.setCurrentIndex(self.kind_input.findData(kind))

    @Slot()
    def _kind_changed(self, *_: object) -> None:
        """Preview the file again for the new kind, keeping a chosen column."""
        self.target_input.setToolTip(self.tr(KIND_TIPS[self.target_kind()]))
        if getattr(self, "path", None) is None:
            return
        chosen = self.target_input.currentText() if self.preview else ""
        self.open_path(self.path, chosen or None)

    def open_path(self, path: str | Path, target: str | None = None) -> None:
        """Preview ``path`` on a pool thread; the table fills in when it is read.

        ``target`` (a column name) is chosen if given; otherwise the last
        column, when it suits the chosen target kind.
        """
        self.path = Path(path)
        self.path_label.setText(self.path.name)
        self.path_label.setToolTip(str(self.path))
        self.preview = self.result = None
        self._wait(self.tr("Reading {name}…").format(name=self.path.name))
        self._generation += 1
        generation, path, kind = self._generation, self.path, self.target_kind()
        run_in_background(
            lambda: inspect_csv(path, target, target_kind=kind),
            lambda preview: self._show_preview(generation, preview),
            lambda problem: self._show_failure(generation, problem, reading=True),
        )

    def _show_preview(self, generation: int, preview: CsvPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.path_label.setText(
            self.tr(
                "{name}: {rows} data rows, {cols} columns (first {shown} shown)"
            ).format(
                name=self.path.name,
                rows=preview.n_rows,
                cols=preview.n_columns,
                shown=len(preview.rows),
            )
        )
        self.target_input.blockSignals(True)
        self.target_input.clear()
        self.target_input.addItems(list(preview.header))
        chosen = preview.header.index(preview.target) if preview.target else -1
        self.target_input.setCurrentIndex(chosen)
        self.target_input.blockSignals(False)
        self._offer_fixes(preview.problems, preview.fixes)
        self._options_changed()

    def _offer_fixes(
        self, problems: Sequence[CsvProblem], fixes: Sequence[str]
    ) -> None:
        """Enable the fixes the chosen target's problems allow, with their counts."""
        missing = [p for p in problems if p.fix == DROP_ROWS]
        self._set_drop_rows_text(missing[0].count if missing else 0)
        self.drop_rows.setEnabled(DROP_ROWS in fixes)
        self.drop_columns.setEnabled(DROP_COLUMNS in fixes)

    def _fill_table(self, preview: CsvPreview) -> None:
        table, target = self.table, self.target_input.currentIndex()
        table.clear()
        table.setRowCount(len(preview.rows))
        table.setColumnCount(preview.n_columns)
        kinds = [self.tr("numbers") if n else self.tr("text") for n in preview.numeric]
        table.setHorizontalHeaderLabels(
            [
                f"{name}\n({kind})"
                for name, kind in zip(preview.header, kinds, strict=True)
            ]
        )
        table.setVerticalHeaderLabels([str(n) for n in preview.row_numbers])
        bold = QFont(table.font())
        bold.setBold(True)
        for i, row in enumerate(preview.rows):
            for j, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                if j == target:
                    item.setBackground(QBrush(TARGET_COLOUR))
                    item.setFont(bold)
                table.setItem(i, j, item)

    @Slot()
    def _options_changed(self, *_: object) -> None:
        """Try the chosen target and fixes; show what loading would give."""
        if self.preview is None:
            return
        self._fill_table(self.preview)
        self.result = None
        self._wait(self.tr("Checking the choice…"))
        if self.target_input.currentIndex() < 0:
            self._ask_for_target(self.preview)
            return
        self._generation += 1
        generation, preview = self._generation, self.preview
        target, options = self._options_now()
        run_in_background(
            lambda: choose_target(preview, target, **options),
            lambda choice: self._show_choice(generation, choice),
            lambda problem: self._show_failure(generation, problem),
        )

    def _options_now(self) -> tuple[str, dict[str, bool]]:
        return self.target_input.currentText(), {
            DROP_ROWS: self.drop_rows.isEnabled() and self.drop_rows.isChecked(),
            DROP_COLUMNS: self.drop_columns.isEnabled()
            and self.drop_columns.isChecked(),
        }

    def _ask_for_target(self, preview: CsvPreview) -> None:
        """Nothing chosen: say why the last column was not, and wait for a choice."""
        self._offer_fixes((), ())
        why = preview.target_problem
        messages = [str(p) for p in preview.problems]
        if why is not None:
            text = self.tr("The last column, '{name}', cannot be the target: {why}")
            messages.insert(0, text.format(name=preview.header[-1], why=why))
        self._list_problems(messages)
        self._wait(self.tr(KIND_ASKS[self.target_kind()]))

    def _show_choice(self, generation: int, choice: CsvChoice) -> None:
        if generation != self._generation:
            return
        before = self._options_now()
        self._offer_fixes(choice.problems, choice.fixes)
        if self._options_now() != before:  # a ticked fix became (un)available
            self._options_changed()
            return
        if choice.result is not None:
            self._show_result(choice.result)
            return
        self._list_problems([str(p) for p in choice.remaining])
        self._wait(
            self.tr("Load waits: {first}").format(first=choice.remaining[0]),
            short=self.tr("Load waits until the problems listed above are fixed."),
        )

    def _list_problems(self, messages: Sequence[str]) -> None:
        self.problems.clear()
        self.problems_title.setText(self.tr("Problems found"))
        for message in dict.fromkeys(messages):
            item = QListWidgetItem("⚠ " + message)
            item.setForeground(QBrush(PROBLEM_COLOUR))
            self.problems.addItem(item)
        if not messages:
            self.problems.addItem(self.tr("None: the file can be loaded."))

    def _show_result(self, result: CsvLoadResult) -> None:
        self.result = result
        self.problems.clear()
        self.problems_title.setText(self.tr("Ready to load"))
        for line in result.report().splitlines():
            self.problems.addItem("✓ " + line)
        self._say(self.tr("Press Load data to train on it."))
        self.load_button.setToolTip("")
        self.load_button.setEnabled(True)

    def _show_failure(
        self, generation: int, problem: Exception, reading: bool = False
    ) -> None:
        if generation != self._generation:
            return
        if not isinstance(problem, ValueError):  # a bug, not the student's file
            problem = RuntimeError(f"{type(problem).__name__}: {problem}")
        if reading:
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
        self._list_problems([str(problem)])
        self._wait(
            self.tr("This file cannot be loaded yet; the data in use stays."),
            short=str(problem),
        )

    def _wait(self, reason: str, short: str = "") -> None:
        """Load is disabled; ``reason`` says why (on the status line and the button)."""
        self.load_button.setEnabled(False)
        self.load_button.setToolTip(short or reason)
        self._say(reason)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- loading --------------------------------------------------------------

    def load(self) -> None:
        """Hand the checked data to ``on_loaded`` (or just accept, when alone)."""
        if self.result is None:
            return
        _, options = self._options_now()
        fixes = tuple(flag for flag, on in options.items() if on)
        self.loaded.emit(self.result, fixes)
        if self.on_loaded is None:
            self.accept()
            return
        self.load_button.setEnabled(False)
        self._say(self.tr("Setting up the network for this data…"))
        self.on_loaded(self.result, fixes)

    def finish(self) -> None:
        """The app took the data."""
        self.accept()

    def show_problem(self, message: str) -> None:
        """The app could not use the data: say why; the old data stays in use."""
        self._list_problems([message])
        self._say(self.tr("The data in use stays; fix the file and try again."))
        self.load_button.setEnabled(self.result is not None)


def main(argv: Sequence[str] | None = None) -> int:
    """Open the dialog alone on a CSV file and print what it would load."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    dialog = DataImportDialog(args[0] if args else None)
    dialog.setWindowTitle(
        dialog.tr("Open data (up to {mb} MB)").format(mb=MAX_FILE_BYTES // 2**20)
    )
    dialog.loaded.connect(lambda result, _fixes: print(result.report()))
    dialog.show()
    if not args:
        dialog.choose_file()
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
