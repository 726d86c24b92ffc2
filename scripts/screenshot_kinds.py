"""Screenshots of a several-classes run (blobs) and a number run (bump).

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_kinds.py OUTDIR

``python main.py --smoke-test`` always trains the lesson's yes/no data; this
opens the real window on blobs and on bump (through a fresh settings file,
as a student's saved setup would), trains each run to the end, and saves
the window as OUTDIR/<dataset>-<view>.png for the Training tab and the Key
insight tab.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core import TrainingConfig

RUNS = (("blobs", "classes"), ("bump", "number"))
VIEWS = ("training", "insight")


def wait(app: QApplication, done, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def shoot(app: QApplication, name: str, kind: str, out: Path) -> None:
    from desktop.run.pace import FASTEST_PACE
    from desktop.shell import settings_store
    from desktop.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    config = TrainingConfig(dataset=name, target_kind=kind, epochs=30,
                            hidden_layers=(16, 8), learning_rate=0.01)  # fmt: skip
    settings_store.save_config(settings, config)
    window = MainWindow(settings)
    window.ask_before_discarding = False
    window.show()
    wait(app, lambda: window.features_installed and window.description is not None)
    window.showNormal()
    window.resize(1280, 800)
    window.controls.speed_slider.setValue(FASTEST_PACE)
    window.controller.toggle()
    wait(app, lambda: window.controller.latest.state in ("finished", "diverged"))
    for view in VIEWS:
        window.services.show_named_view(view)
        wait(app, lambda: False, 1.5)  # let the background views draw
        window.grab().save(str(out / f"{name}-{view}.png"))
    window.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for name, kind in RUNS:
        shoot(app, name, kind, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
