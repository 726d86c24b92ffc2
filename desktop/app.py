"""Starting LayerLab: checks, the application object, the window.

``python main.py`` opens the window on the lesson's data. ``--smoke-test``
trains the default run to the end in the window, optionally saves a
screenshot, closes cleanly and exits 0 (non-zero with the reason if
anything failed); CI and the packaged app use it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop.platform_check import missing_display_message


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="layerlab", description="LayerLab")
    parser.add_argument(
        "--profile", metavar="PATH", help="open a classroom profile (TOML)"
    )
    parser.add_argument("--smoke-test", action="store_true", help="train once and exit")
    parser.add_argument(
        "--screenshot", metavar="PATH", help="with --smoke-test: save a PNG"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help=argparse.SUPPRESS)
    # for benchmarks/bench_ui.py: print "PAINTED" at the first paint, then quit
    parser.add_argument(
        "--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = missing_display_message()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LayerLab")
    app.setOrganizationName("LayerLab")
    from desktop.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from desktop import gc_guard

    gc_guard.install(app)
    app.setDesktopFileName("layerlab")  # Wayland: match layerlab.desktop's icon
    if args.smoke_test:
        from desktop.smoke_test import run_smoke_test

        return run_smoke_test(app, args.screenshot, args.timeout)
    window = MainWindow(profile_path=args.profile)
    app.aboutToQuit.connect(window.controller.shutdown)
    if args.exit_after_first_paint:
        from desktop.first_paint import quit_after_first_paint

        quit_after_first_paint(window, app)
    window.show()
    return app.exec()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
