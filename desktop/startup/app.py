"""Starting LayerLab: checks, the application object, the window.

``python main.py`` opens the window on the lesson's data. ``--smoke-test``
trains the default run to the end in the window, optionally saves a
screenshot, closes cleanly and exits 0 (non-zero with the reason if
anything failed); CI and the packaged app use it. ``--self-check`` tries
every optional part (desktop/startup/self_check.py). Before Qt starts, the platform
check (desktop/startup/platform_check.py) asks ldd what is missing; its message, and
Qt's own fatal start-up error, are shown where a double-clicking user looks
(desktop/startup/startup_notice.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop.shell.view_names import VIEW_NAMES
from desktop.startup.platform_check import qt_failure_advice, startup_problem


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="layerlab", description="LayerLab")
    parser.add_argument(
        "--profile", metavar="PATH", help="open a classroom profile (TOML)"
    )
    parser.add_argument("--smoke-test", action="store_true", help="train once and exit")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="try every optional part (PDF, SVG, PNG, sessions, CSV, quiz, text) "
        "in a temporary folder and exit non-zero naming what failed",
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", help="with --smoke-test: save a PNG"
    )
    parser.add_argument(
        "--view",
        metavar="NAME",
        choices=tuple(VIEW_NAMES),
        help="with --screenshot: show this view first; one of "
        + "; ".join(f"{name} ({what})" for name, what in VIEW_NAMES.items()),
    )
    parser.add_argument(
        "--language",
        choices=("en", "de", "es"),
        help="use this language for this run (View → Language remembers one)",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help=argparse.SUPPRESS)
    # for benchmarks/bench_ui.py: print "PAINTED" at the first paint, then quit
    parser.add_argument(
        "--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = startup_problem()
    if problem:
        from desktop.startup.startup_notice import EXIT_NO_WINDOW, report

        report(problem)
        return EXIT_NO_WINDOW
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or _make_application()
    app.setApplicationName("LayerLab")
    app.setOrganizationName("LayerLab")
    from desktop.startup.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from desktop.startup import gc_guard

    gc_guard.install(app)
    app.setDesktopFileName("layerlab")  # Wayland: match layerlab.desktop's icon
    from desktop.shell.language import start_language
    from desktop.shell.settings_store import app_settings

    start_language(app_settings(), args.language)
    try:
        return _run(app, args)
    finally:
        _tear_down(app)


def _run(app, args: argparse.Namespace) -> int:
    """The mode the arguments ask for; returns the exit status."""
    if args.self_check:
        from desktop.startup.self_check import run_self_check

        return run_self_check(app)
    if args.smoke_test:
        from desktop.startup.smoke_test import run_smoke_test

        return run_smoke_test(app, args.screenshot, args.timeout, args.view)
    from desktop.window.main_window import MainWindow

    window = MainWindow(profile_path=args.profile)
    app.aboutToQuit.connect(window.controller.shutdown)
    if args.exit_after_first_paint:
        from desktop.startup.first_paint import quit_after_first_paint

        quit_after_first_paint(window, app)
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(500, _warn_if_text_cannot_render)  # after the first paint
    return app.exec()


def _tear_down(app) -> None:
    """Close and delete every window and let pooled work end, then shut Qt down.

    Left to the interpreter's exit, Qt objects were destroyed in no particular
    order after the application object, which crashed (a segmentation fault,
    after the work was done) in about half of the runs.
    """
    from PySide6.QtCore import QThreadPool

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    QThreadPool.globalInstance().waitForDone(2000)
    app.processEvents()
    app.shutdown()


def _make_application():
    """The QApplication, with Qt's fatal start-up errors shown, not aborted on."""
    from PySide6.QtWidgets import QApplication

    from desktop.startup.startup_notice import guard_qt_start

    with guard_qt_start(lambda: qt_failure_advice(os.environ)):
        return QApplication(sys.argv[:1])


def _warn_if_text_cannot_render() -> None:
    """With no fonts every label is a box: say so where the user looks."""
    from desktop.startup.text_check import text_problem

    problem = text_problem()
    if problem:
        from desktop.startup.startup_notice import report

        report(problem, title="LayerLab cannot show text")  # it still runs


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
