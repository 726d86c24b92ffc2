"""How the window behaves while training runs at full speed.

Prints, each against a reference measured in the same run:

1. the longest main-thread stall: a 5 ms QTimer on the GUI thread records the
   gaps between its ticks while the app trains as fast as possible (default
   data, and a 100,000-row athletes set); goal: under 50 ms;
2. training speed inside the app against the headless core on the same
   workload (examples per second); goal: at least 0.9x;
3. cold start to the first painted window against a bare window holding one
   pyqtgraph PlotWidget, each a fresh process; goal: at most 1.5x.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core import Trainer, TrainingConfig  # noqa: E402
from desktop import gc_guard  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from desktop.pace import FASTEST_PACE  # noqa: E402

WORKLOADS = {
    "default (1000 rows, 20 epochs)": TrainingConfig(),
    "large (100,000 rows, 3 epochs)": TrainingConfig(n_rows=100_000, epochs=3),
}
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
plot = pg.PlotWidget()
class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: (print("PAINTED", flush=True), app.quit()))
        return False
probe = Probe()
plot.installEventFilter(probe)
plot.viewport().installEventFilter(probe)
plot.show()
app.exec()
"""


def headless_rate(config: TrainingConfig) -> float:
    trainer = Trainer(config)
    start = time.perf_counter()
    trainer.run()
    elapsed = time.perf_counter() - start
    return trainer.step_count * config.batch_size / elapsed


def app_run(
    app: QApplication, config: TrainingConfig, probe_ms: int | None
) -> tuple[float, list[float]]:
    """Train ``config`` in the window at full speed; return (examples/s, tick gaps).

    With ``probe_ms`` a timer on the GUI thread records the gaps between its
    ticks. The probe itself competes for the GIL, so speed is measured in
    separate runs without it.
    """
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "b.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        window.controls.speed_slider.setValue(FASTEST_PACE)
        loop = QEventLoop()
        window.controller.configured.connect(lambda _d: loop.quit())
        window.apply_config(config)
        loop.exec()
        settle = QEventLoop()  # let the first full paint finish before timing
        QTimer.singleShot(300, settle.quit)
        settle.exec()
        gaps: list[float] = []
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setInterval(probe_ms or 5)

        def tick() -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        probe.timeout.connect(tick)
        finished = QEventLoop()
        window.controller.run_finished.connect(lambda _s: finished.quit())
        clock.start()
        if probe_ms:
            probe.start()
        window.controller.play()
        finished.exec()
        probe.stop()
        snapshot = window.controller.latest
        rate = snapshot.step * config.batch_size / snapshot.elapsed_seconds
        window.close()
        app.processEvents()
    return rate, gaps


def first_paint_seconds(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]}
    start = time.perf_counter()
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env
    ) as p:
        for line in p.stdout:
            if line.strip() == "PAINTED":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command} never painted")
        p.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gc_guard.install(app)  # as desktop.app.main does
    print(f"platform: {app.platformName()}")
    print("1-2. training at full speed inside the window")
    for name, config in WORKLOADS.items():
        core_rates, app_rates, stalls = [], [], []
        for _ in range(args.repeats):
            core_rates.append(headless_rate(config))
            _, gaps = app_run(app, config, probe_ms=5)
            stalls.append(max(gaps) - 5.0)
            rate, _ = app_run(app, config, probe_ms=None)
            app_rates.append(rate)
        core = statistics.median(core_rates)
        inside = statistics.median(app_rates)
        print(f"  {name}:")
        print(
            f"    longest main-thread stall: median {statistics.median(stalls):.1f}"
            f" ms, worst {max(stalls):.1f} ms (goal < 50 ms)"
        )
        print(
            f"    headless core {core:,.0f} examples/s, in the app {inside:,.0f} "
            f"examples/s: {inside / core:.2f}x (goal >= 0.9x)"
        )
    print("3. cold start to the first painted window (fresh processes, interleaved)")
    bare, ours = [], []
    for _ in range(args.repeats):
        bare.append(first_paint_seconds([sys.executable, "-c", BARE_WINDOW]))
        ours.append(
            first_paint_seconds([sys.executable, "main.py", "--exit-after-first-paint"])
        )
    ratio = statistics.median(o / b for o, b in zip(ours, bare, strict=True))
    print(
        f"  bare pyqtgraph window {statistics.median(bare) * 1000:.0f} ms, "
        f"LayerLab {statistics.median(ours) * 1000:.0f} ms: {ratio:.2f}x (goal <= 1.5x)"
    )


if __name__ == "__main__":
    main()
