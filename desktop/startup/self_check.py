"""``--self-check``: try every optional part of LayerLab, name what fails.

The smoke test proves the window trains; this proves the parts a lesson
reaches only later, each of which imports or needs something of its own that
a packaged app may lack: the PDF report (QtPrintSupport), the SVG and PNG
export of the curves (QtSvg, the image writer), saving and opening a session,
loading a CSV, the quiz bank (a resource file), sorting names the way the
file dialog does (ICU collation data) and text itself (fonts: with none
installed every label is an empty box and nothing else fails). Everything is
written in a temporary folder; the exit status is 1 if anything failed, and
each failure is printed with its reason.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.startup.text_check import text_problem

SELF_CHECK_EPOCHS = 3
CSV_ROWS = 40


@dataclass
class Context:
    """What the checks share: the temporary folder and the trained window."""

    folder: Path
    app: QApplication
    window: object = None


def check_text(ctx: Context) -> str:
    problem = text_problem()
    if problem:
        raise RuntimeError(problem)
    return f"{len(QFontDatabase.families())} font families"


def check_quiz(ctx: Context) -> str:
    from core.quiz.sitting import load_builtin_bank

    bank = load_builtin_bank()
    return f"{len(bank.questions)} questions"


def check_collation(ctx: Context) -> str:
    """The file dialog sorts names with QCollator (ICU) in numeric mode."""
    collator = QCollator(QLocale(QLocale.Language.English))
    collator.setNumericMode(True)
    names = ["run10.csv", "Run2.csv", "run1.csv", "äpfel.csv", "apfel.csv"]
    got = sorted(names, key=collator.sortKey)
    want = ["apfel.csv", "äpfel.csv", "run1.csv", "Run2.csv", "run10.csv"]
    if got != want:
        raise RuntimeError(f"names sort as {got}, not {want} (ICU collation data)")
    return "names sort naturally"


def check_csv(ctx: Context) -> str:
    from core.data.csv_data import load_csv

    path = ctx.folder / "plants.csv"
    rows = ["height,width,kind"] + [
        f"{1 + i % 7}.5,{2 + i % 5}.25,{'tall' if i % 7 > 3 else 'short'}"
        for i in range(CSV_ROWS)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dataset = load_csv(path, "kind").dataset
    if (dataset.n_rows, dataset.n_features) != (CSV_ROWS, 2):
        raise RuntimeError(f"read {dataset.n_rows} rows, {dataset.n_features} features")
    return f"{dataset.n_rows} rows, {dataset.n_features} features"


def check_training(ctx: Context) -> str:
    from core import TrainingConfig
    from desktop.run.pace import FASTEST_PACE
    from desktop.startup.smoke_test import train_to_end
    from desktop.window.main_window import MainWindow

    settings = QSettings(str(ctx.folder / "self-check.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.ask_before_discarding = False  # it closes its trained run on purpose
    ctx.window = window
    window.show()
    config = TrainingConfig(epochs=SELF_CHECK_EPOCHS)
    window.controls.set_config(config)
    window.controls.speed_slider.setValue(FASTEST_PACE)
    window.apply_config(config)
    code, message = train_to_end(window, 120.0)
    if code:
        raise RuntimeError(message)
    return f"{SELF_CHECK_EPOCHS} epochs trained"


def _trained(ctx: Context):
    if ctx.window is None or ctx.window.controller.latest is None:
        raise RuntimeError("needs the training run, which failed")
    return ctx.window


def _file_starting(path: Path, starts: tuple[bytes, ...], min_size: int) -> str:
    data = path.read_bytes()
    if len(data) < min_size or not data.lstrip().startswith(starts):
        raise RuntimeError(f"{path.name} is not a valid file ({len(data)} bytes)")
    return f"{path.name}, {len(data) // 1024} KB"


def check_png(ctx: Context) -> str:
    from desktop.classroom.export_actions import export_curves

    path = export_curves(_trained(ctx), ctx.folder / "curves.png")
    return _file_starting(path, (b"\x89PNG",), 2_000)


def check_svg(ctx: Context) -> str:
    from desktop.classroom.export_actions import export_curves

    path = export_curves(_trained(ctx), ctx.folder / "curves.svg")
    return _file_starting(path, (b"<?xml", b"<svg"), 1_000)


def check_pdf(ctx: Context) -> str:
    from desktop.classroom.run_report import save_report

    path = save_report(_trained(ctx), ctx.folder / "report.pdf")
    detail = _file_starting(path, (b"%PDF",), 2_000)
    data = path.read_bytes()
    for key, what in ((b"/Subtype /Image", "the curves"), (b"/FontFile", "fonts")):
        if key not in data:
            raise RuntimeError(f"{path.name} has no {what} in it")
    return detail


def check_session(ctx: Context) -> str:
    from core.files.session_file import load_session, save_session
    from core.files.session_restore import (
        capture_snapshot,
        data_source,
        restore_trainer,
    )

    window = _trained(ctx)
    snapshot, description = window.controller.latest, window.description
    config, dataset = description.config, description.dataset
    session = capture_snapshot(snapshot, config, dataset, data_source(dataset, config))
    path = save_session(session, ctx.folder / "run.layerlab")
    restored = restore_trainer(load_session(path)).trainer
    if restored.epoch != snapshot.epochs_done:
        raise RuntimeError(
            f"saved at epoch {snapshot.epochs_done}, opened at {restored.epoch}"
        )
    return f"{path.name}, {path.stat().st_size // 1024} KB, epoch {restored.epoch}"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("text renders", check_text),
    ("quiz bank", check_quiz),
    ("name sorting (ICU)", check_collation),
    ("CSV load", check_csv),
    ("training run", check_training),
    ("PNG export of the curves", check_png),
    ("SVG export of the curves", check_svg),
    ("PDF report", check_pdf),
    ("session save and open", check_session),
)


def run_checks(app: QApplication, folder: Path) -> list[tuple[str, bool, str]]:
    """Every check in order: (name, passed, detail or reason)."""
    ctx = Context(folder, app)
    results = []
    for name, check in CHECKS:
        try:
            results.append((name, True, check(ctx)))
        except Exception as problem:  # a failing part must not hide the others
            reason = f"{type(problem).__name__}: {problem}"
            if not str(problem):
                reason = traceback.format_exc(limit=3)
            results.append((name, False, reason))
    if ctx.window is not None:
        ctx.window.close()
        app.processEvents()
    return results


def run_self_check(app: QApplication) -> int:
    """Print one line per check; 0 if all passed, else 1."""
    with tempfile.TemporaryDirectory(prefix="layerlab-self-check-") as folder:
        results = run_checks(app, Path(folder))
    for name, passed, detail in results:
        print(f"{'ok    ' if passed else 'FAILED'} {name}: {detail}")
    failed = [name for name, passed, _ in results if not passed]
    if failed:
        print(f"self-check failed: {', '.join(failed)}", file=sys.stderr)
    else:
        print(f"self-check passed: {len(results)} checks")
    return 1 if failed else 0
