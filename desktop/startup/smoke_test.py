"""``--smoke-test``: open the window, train the default run, close, report.

Proves on a fresh machine (and in the packaged app) that everything works
together: Qt, the worker thread, the core, painting, text (fonts) and a clean
shutdown. ``--self-check`` (desktop/startup/self_check.py) tries the optional parts.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from core import TrainingConfig
from desktop.run.pace import FASTEST_PACE

# a view's throttled redraw comes within 0.1 s (10 Hz); twice that without
# background work means it has drawn what it will draw
QUIET_SECONDS = 0.3


def run_smoke_test(
    app: QApplication, screenshot: str | None, timeout: float, view: str | None = None
) -> int:
    """Train the default run; save the window (showing ``view``) to ``screenshot``."""
    from core.quiz.sitting import load_builtin_bank
    from desktop.startup.text_check import text_problem
    from desktop.window.main_window import MainWindow

    load_builtin_bank()  # proves the resources load (from source and from the bundle)
    problem = text_problem()  # with no fonts every label is a box
    if problem:
        print(f"smoke test failed: {problem}", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(
            str(Path(folder) / "smoke.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(settings)
        window.ask_before_discarding = False  # it closes its trained run on purpose
        window.show()
        window.controls.set_config(TrainingConfig())
        window.controls.speed_slider.setValue(FASTEST_PACE)
        window.apply_config(TrainingConfig())
        outcome = train_to_end(window, timeout)
        if screenshot and outcome[0] == 0:
            if view is not None:
                window.services.show_named_view(view)
            settle(app)
            if not window.grab().save(screenshot):
                outcome = (1, f"could not save the screenshot to {screenshot}")
        window.close()
        app.processEvents()
    code, message = outcome
    print(message, file=sys.stderr if code else sys.stdout)
    return code


def settle(app: QApplication, most_seconds: float = 5.0) -> None:
    """Let the shown view finish drawing: its throttled redraw and any
    off-thread computation it started (pictures, projections) arrive first."""
    from desktop.run import background_task

    deadline = time.monotonic() + most_seconds
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if background_task.busy():
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > QUIET_SECONDS:
            return
        time.sleep(0.01)


def train_to_end(window, timeout: float) -> tuple[int, str]:
    loop = QEventLoop()
    result: dict[str, object] = {}

    def finished(snapshot) -> None:
        result["snapshot"] = snapshot
        loop.quit()

    window.controller.run_finished.connect(finished)
    window.controller.failed.connect(
        lambda text: (result.update(error=text), loop.quit())
    )
    window.controller.configured.connect(lambda _d: window.controller.play())
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    if "error" in result:
        return 1, f"smoke test failed: {result['error']}"
    snapshot = result.get("snapshot")
    if snapshot is None:
        return 1, f"smoke test failed: training did not finish within {timeout:g} s"
    if snapshot.state != "finished":
        return (
            1,
            f"smoke test failed: the run ended as {snapshot.state}: {snapshot.error}",
        )
    rows = window.table.trace_model.rowCount()
    last = snapshot.records[-1]
    return 0, (
        f"smoke test passed: {rows} epochs, final validation accuracy "
        f"{last.val_accuracy:.3f}, loss {last.loss:.3f}"
    )
