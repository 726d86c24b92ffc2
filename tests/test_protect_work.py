"""Protecting students' work: unsaved runs, new lessons, checked writes, the report."""

import errno
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core import TrainingConfig
from core.files import history_export
from core.files.classroom_profile import ClassroomProfile, save_profile
from core.files.safe_write import WriteFailed, write_checked
from core.quiz.sitting import Result
from desktop.classroom import export_actions, protect_work, run_report
from desktop.run import background_task
from desktop.run.pace import DEFAULT_PACE
from desktop.shell import settings_store
from desktop.views.text_format import count, number
from desktop.window.main_window import MainWindow
from tests.gui_helpers import WAIT_MS, make_window

Button = QMessageBox.StandardButton
ROOT = Path(__file__).resolve().parents[1]


# -- checked writes (no window) -----------------------------------------------------


def test_a_full_disk_is_named_with_the_file_and_nothing_is_left(tmp_path):
    target = tmp_path / "trace.csv"
    target.write_text("the older file", encoding="utf-8")

    def full_disk(path):
        Path(path).write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteFailed) as failure:
        write_checked(full_disk, target)
    assert str(target) in str(failure.value)
    assert "the disk is full" in str(failure.value)
    assert target.read_text(encoding="utf-8") == "the older file"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trace.csv"]


def test_a_writer_that_writes_nothing_is_a_failure_not_a_success(tmp_path):
    with pytest.raises(WriteFailed, match="came out empty"):
        write_checked(lambda path: None, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_a_folder_that_is_a_file_is_refused_even_for_root(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "trace.csv"
    with pytest.raises(WriteFailed, match="part of that path is a file"):
        write_checked(lambda path: Path(path).write_text("a", encoding="utf-8"), target)


CHMOD_CHECK = """
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("safe_write", sys.argv[1])
safe_write = importlib.util.module_from_spec(spec)
spec.loader.exec_module(safe_write)  # stdlib only: no numpy needed here
folder = Path(sys.argv[2])
try:
    safe_write.write_checked(
        lambda p: Path(p).write_text("a", encoding="utf-8"), folder / "t.csv"
    )
except safe_write.WriteFailed as failure:
    print(failure)
else:
    print("WROTE")
"""


def test_a_folder_without_write_permission_is_named():
    """chmod 0o500. Root ignores it, so as root the write runs as user nobody
    (with the system's Python: the project's may sit in root's home)."""
    with tempfile.TemporaryDirectory() as base:
        os.chmod(base, 0o755)
        folder = Path(base) / "locked"
        folder.mkdir()
        module = ROOT / "core" / "files" / "safe_write.py"
        python, options = sys.executable, {}
        if os.geteuid() == 0:
            os.chown(folder, 65534, 65534)  # nobody's own folder, then locked
            python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
            options = {"user": 65534, "group": 65534, "extra_groups": []}
        os.chmod(folder, 0o500)
        done = subprocess.run(
            [python, "-c", CHMOD_CHECK, str(module), str(folder)],
            cwd=base, capture_output=True, text=True, check=True, **options,
        )  # fmt: skip
    assert f"Could not save {folder / 't.csv'}" in done.stdout
    assert "you may not write in that folder" in done.stdout


# -- a window ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path)
    # pytest-qt closes the window before fixtures end: a question asked then
    # (by a test that turned asking on) is answered Discard unless it says more
    answer(monkeypatch, Button.Discard)
    yield win
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def train(qtbot, window, epochs=1):
    """``epochs`` more epochs, waited for."""
    start = window.run_model.snapshot.epochs_done if window.run_model.snapshot else 0
    for _ in range(epochs):
        window.controller.step_epoch()
    qtbot.waitUntil(
        lambda: (
            window.run_model.snapshot is not None
            and window.run_model.snapshot.epochs_done == start + epochs
        ),
        timeout=WAIT_MS,
    )


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def save_dialog_returns(monkeypatch, path):
    starts = []

    def dialog(parent, title, start, filters):
        starts.append(start)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return starts


def test_closing_an_untrained_run_asks_nothing(qtbot, window, monkeypatch):
    window.ask_before_discarding = True
    asked = answer(monkeypatch, Button.Cancel)
    assert window.close()
    assert asked == []


def test_cancel_keeps_the_window_and_discard_closes_it(qtbot, window, monkeypatch):
    window.ask_before_discarding = True
    train(qtbot, window)
    asked = answer(monkeypatch, Button.Cancel)
    window.close()
    assert window.isVisible()
    assert "epoch 1" in asked[0]
    answer(monkeypatch, Button.Discard)
    window.close()
    assert not window.isVisible()


def test_save_on_close_writes_the_session_then_closes(
    qtbot, window, monkeypatch, tmp_path
):
    window.ask_before_discarding = True
    train(qtbot, window)
    answer(monkeypatch, Button.Save)
    save_dialog_returns(monkeypatch, tmp_path / "mine.layerlab")
    window.close()
    assert window.isVisible()  # until the file is written
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert (tmp_path / "mine.layerlab").stat().st_size > 0


def test_a_failed_save_on_close_keeps_the_window_and_says_why(
    qtbot, window, monkeypatch, tmp_path
):
    from core.files import session_file

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(session_file.zipfile, "ZipFile", full)
    window.ask_before_discarding = True
    train(qtbot, window)
    answer(monkeypatch, Button.Save)
    save_dialog_returns(monkeypatch, tmp_path / "mine.layerlab")
    window.close()
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert window.isVisible()
    assert "the disk is full" in window.banner_text.text()
    assert str(tmp_path / "mine.layerlab") in window.banner_text.text()
    answer(monkeypatch, Button.Discard)


def test_a_saved_run_closes_without_a_question_until_trained_again(
    qtbot, window, monkeypatch, tmp_path
):
    window.ask_before_discarding = True
    train(qtbot, window)
    window.files_menu.save_session(tmp_path / "s.layerlab")
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    assert not protect_work.guard_of(window).unsaved()
    train(qtbot, window, 2)
    assert protect_work.guard_of(window).unsaved()


def test_new_lesson_goes_back_to_the_lessons_start(qtbot, window, monkeypatch):
    window.ask_before_discarding = True
    changed = TrainingConfig(hidden_layers=(8,), learning_rate=0.05)
    window.controls.set_config(changed)
    window.apply_config(changed)
    qtbot.waitUntil(
        lambda: window.run_model.description.config == changed, timeout=WAIT_MS
    )
    train(qtbot, window)
    window.run_model.set_quiz_results(
        [Result("q", "data", "Q?", "A", "A", True, False)]
    )
    answer(monkeypatch, Button.Cancel)
    window.findChild(QAction, "new_lesson_action").trigger()
    assert window.run_model.description.config == changed  # cancelled
    answer(monkeypatch, Button.Discard)
    window.new_lesson()
    qtbot.waitUntil(
        lambda: window.run_model.description.config == TrainingConfig(),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: window.run_model.snapshot is not None, timeout=WAIT_MS)
    assert window.run_model.snapshot.step == 0
    assert window.controls.config() == TrainingConfig()
    assert window.controls.speed_slider.value() == DEFAULT_PACE
    assert window.run_model.quiz_results == ()


# -- a shared login ---------------------------------------------------------------


def settings_at(tmp_path):
    return QSettings(str(tmp_path / "shared.ini"), QSettings.Format.IniFormat)


def test_the_next_student_starts_from_the_lesson_not_the_last_setup(qtbot, tmp_path):
    first = MainWindow(settings_at(tmp_path))
    qtbot.addWidget(first)
    mine = TrainingConfig(hidden_layers=(4,), learning_rate=0.1)
    first.controls.set_config(mine)
    first.apply_config(mine)
    first.controls.speed_slider.setValue(DEFAULT_PACE + 1)
    qtbot.waitUntil(
        lambda: first.description is not None and first.description.config == mine,
        timeout=WAIT_MS,
    )
    first.close()
    assert settings_store.load_config(settings_at(tmp_path)) == TrainingConfig()
    assert settings_store.load_pace(settings_at(tmp_path), DEFAULT_PACE) == DEFAULT_PACE


def test_remember_my_setup_keeps_it_and_turning_it_off_forgets(qtbot, tmp_path):
    settings = settings_at(tmp_path)
    settings_store.set_remember_setup(settings, True)
    mine = TrainingConfig(hidden_layers=(4,))
    settings_store.remember_on_close(settings, mine, mine, DEFAULT_PACE + 1)
    assert settings_store.load_config(settings) == mine
    assert settings_store.load_pace(settings, DEFAULT_PACE) == DEFAULT_PACE + 1
    settings_store.set_remember_setup(settings, False)
    assert settings_store.load_config(settings) == TrainingConfig()
    settings_store.set_remember_setup(settings, True)  # not brought back
    assert settings_store.load_config(settings) == TrainingConfig()


def test_with_a_profile_every_start_is_the_profiles(qtbot, tmp_path):
    settings = settings_at(tmp_path)
    settings_store.save_config(settings, TrainingConfig(hidden_layers=(4,)))
    profile = tmp_path / "class.toml"
    taught = TrainingConfig(hidden_layers=(16, 8), learning_rate=0.01)
    save_profile(ClassroomProfile(config=taught), profile)
    window = MainWindow(settings, profile_path=str(profile))
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.description is not None and window.description.config == taught,
        timeout=WAIT_MS,
    )
    assert window.controls.config() == taught


# -- save dialogs and failed exports ------------------------------------------------


def test_save_dialogs_open_in_documents_then_in_the_last_folder(
    qtbot, window, monkeypatch, tmp_path
):
    monkeypatch.setattr(export_actions, "_last_folder", None)
    train(qtbot, window)
    starts = save_dialog_returns(monkeypatch, tmp_path / "t.csv")
    export_actions.export_with_dialog(
        window, export_actions.export_trace_csv, "Export", "layerlab-trace.csv", ""
    )
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    expected = documents if Path(documents).is_dir() else str(Path.home())
    assert Path(starts[0]).parent == Path(expected)
    assert Path(starts[0]).parent != Path.cwd() or Path.cwd() == Path(expected)
    window.files_menu.export(
        export_actions.export_history_csv, "Export", "layerlab-history.csv", ""
    )
    assert Path(starts[1]) == tmp_path / "layerlab-history.csv"


def test_open_dialogs_start_in_the_last_folder_never_the_apps_own(
    qtbot, window, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from desktop.classroom.data_import_dialog import DataImportDialog

    monkeypatch.setattr(export_actions, "_last_folder", tmp_path)
    starts = []

    def chosen(parent, caption, folder, filters):
        starts.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)
    window.classroom.ask_open()  # File → Open classroom profile…
    dialog = DataImportDialog(parent=window)
    qtbot.addWidget(dialog)
    dialog.choose_file()  # File → Open data… → Choose file
    assert starts == [str(tmp_path), str(tmp_path)]


def test_a_failed_export_says_where_and_why_and_never_saved(
    qtbot, window, monkeypatch, tmp_path
):
    train(qtbot, window)

    def full(rows, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history_export, "write_csv_rows", full)
    save_dialog_returns(monkeypatch, tmp_path / "trace.csv")
    window.statusBar().clearMessage()
    saved = export_actions.export_with_dialog(
        window, export_actions.export_trace_csv, "Export", "layerlab-trace.csv", ""
    )
    assert saved is None
    assert str(tmp_path / "trace.csv") in window.banner_text.text()
    assert "the disk is full" in window.banner_text.text()
    assert not window.statusBar().currentMessage().startswith("Saved")


def test_a_png_export_that_writes_nothing_is_reported(
    qtbot, window, monkeypatch, tmp_path
):
    train(qtbot, window)
    monkeypatch.setattr(window.plot, "export", lambda path: None)  # silent failure
    with pytest.raises(WriteFailed, match=r"curves\.png"):
        export_actions.export_curves(window.parts, tmp_path / "curves.png")
    assert list(tmp_path.glob("*curves*")) == []


def test_a_report_into_a_missing_folder_is_not_called_saved(qtbot, window, tmp_path):
    train(qtbot, window)
    target = tmp_path / "missing" / "out.pdf"
    with pytest.raises(WriteFailed, match="that folder does not exist"):
        run_report.save_report(window.parts, target)
    assert not target.exists()


def test_a_profile_that_cannot_be_written_says_so(qtbot, window, monkeypatch, tmp_path):
    from desktop.classroom import profile_dialog

    def denied(profile, path):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(profile_dialog, "save_profile", denied)
    save_dialog_returns(monkeypatch, tmp_path / "class.toml")
    saved = profile_dialog.save_profile_with_dialog(
        window, ClassroomProfile(), "LayerLab profile (*.toml)"
    )
    assert saved is None
    assert "you may not write in that folder" in window.banner_text.text()


# -- the one-page report ----------------------------------------------------------


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


@pytest.mark.parametrize("epochs", [1, 20])
def test_the_printed_report_is_one_page(qtbot, tmp_path, epochs):
    window = make_window(qtbot, tmp_path, TrainingConfig(epochs=epochs))
    train(qtbot, window, epochs)
    many = [
        Result(f"q{i}", "data", "Why does a hidden layer help? " * 3,
               "It builds features " * 4, "Features of features", i % 2 == 0, False)
        for i in range(30)
    ]  # fmt: skip
    window.run_model.set_quiz_results(many)
    pdf = run_report.save_report(window.parts, tmp_path / "report.pdf", many)
    assert pages(pdf) == 1
    html = run_report.save_report(window.parts, tmp_path / "report.html", many)
    assert html.read_text(encoding="utf-8").count("<tr><td class='num'>") == epochs


def test_the_print_dialog_prints_the_one_page(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    train(qtbot, window)
    target = tmp_path / "printed.pdf"

    def chosen(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    said = []
    run_report.print_and_say(window.parts, window, said.append, said.append)
    assert said == [f"Saved the report in {target}."]
    assert pages(target) == 1
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert run_report.print_report(window.parts, parent=window) is None


def test_a_trace_too_long_for_the_page_shows_evenly_spread_epochs():
    assert run_report.shown_epochs(5, 12) == [0, 1, 2, 3, 4]
    shown = run_report.shown_epochs(100, 12)
    assert len(shown) == 12
    assert shown[0] == 0
    assert shown[-1] == 99
    gaps = {b - a for a, b in itertools.pairwise(shown)}
    assert gaps <= {9, 10}


# -- small things -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "spec", "text"),
    [(-0.0, ".3g", "0"), (-0.0004, ".3f", "0.000"), (-0.0, "+.4f", "+0.0000"),
     (-0.5, ".3g", "-0.5"), (-1e-9, ".3g", "-1e-09"), (float("-inf"), ".3g", "-inf"),
     (0.25, ".3g", "0.25")],
)  # fmt: skip
def test_a_number_never_reads_minus_zero(value, spec, text):
    assert number(value, spec) == text


def test_counts_use_the_singular_for_one():
    assert count(1, "{n} batch", "{n} batches") == "1 batch"
    assert count(0, "{n} batch", "{n} batches") == "0 batches"
    assert count(7, "{n} row", "{n} rows") == "7 rows"
    pattern = re.compile(r"\w\((s|es)\)")
    offenders = [
        f"{path}:{n}"
        for path in (ROOT / "desktop").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and not line.lstrip().startswith("#")
        and path.name != "text_format.py"
    ]  # fmt: skip
    assert offenders == []


def test_the_banner_does_not_move_the_views(qtbot, window):
    before = window.pipeline.mapTo(window, window.pipeline.rect().topLeft())
    window.show_message("The run diverged: the loss became infinite. " * 3)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    after = window.pipeline.mapTo(window, window.pipeline.rect().topLeft())
    assert after == before
    assert window.banner.geometry().width() > window.width() // 2
    assert window.banner_text.height() >= window.banner_text.heightForWidth(
        window.banner_text.width()
    )
