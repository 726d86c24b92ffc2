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

Two further modes, each on its own:

``--soak SECONDS``: one long run at full speed in the window (20,000 rows,
10,000 epochs); prints the resident memory (RSS) and the training speed once a
minute. Goal: after the first minute the RSS stays within ±10%.

``--close``: how long closing the window takes while it trains (or builds) the
largest setups the window accepts (``core/engine/capacity.py``), several times each
at different moments. Goal: under 2 s every time.

``--network``: the Network tab (every unit's picture, ``desktop/patterns``) shown
while the seed network trains at full speed, against the plain Training tab in
the same run: picture refreshes per second and the longest main-thread stall.
At full speed snapshots reach the window 2.5 times a second, 12.5 while a
Patterns view is on screen (``TrainingController.set_watched``); a second figure
feeds the view a new set of parameters 20 times a second (what a paced run
sends) to measure how many refreshes it sustains. The pipeline's unit pictures
(``desktop/patterns/pipeline_pictures.py``) are computed in every figure, the
Training tab's included. Goals: >= 10 refreshes/s
(96 units at 48 x 48), stall < 50 ms.
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
from core.engine.capacity import MAX_PARAMETERS, MAX_STEP_WORK  # noqa: E402
from desktop.run.pace import FASTEST_PACE  # noqa: E402
from desktop.startup import gc_guard  # noqa: E402
from desktop.window.main_window import MainWindow  # noqa: E402

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


def headless_rate(config: TrainingConfig, seconds: float | None = None) -> float:
    """Examples per second of the bare trainer (to the end, or for ``seconds``)."""
    trainer = Trainer(config)
    start = time.perf_counter()
    if seconds is None:
        trainer.run()
    else:
        trainer.run(lambda: time.perf_counter() - start > seconds)
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


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait_ms(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_window(folder: str, config: TrainingConfig) -> MainWindow:
    settings = QSettings(str(Path(folder) / "b.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.controls.speed_slider.setValue(FASTEST_PACE)
    loop = QEventLoop()
    window.controller.configured.connect(lambda _d: loop.quit())
    window.apply_config(config)
    loop.exec()
    return window


def soak(seconds: int) -> None:
    """One long run at full speed; RSS and speed once a minute."""
    config = TrainingConfig(n_rows=20_000, epochs=10_000)
    with tempfile.TemporaryDirectory() as folder:
        window = open_window(folder, config)
        wait_ms(300)
        print(f"soak: {config.n_rows:,} rows, batch {config.batch_size}, full speed")
        print(f"  start: RSS {rss_mb():.0f} MB")
        window.controller.play()
        start = time.perf_counter()
        last_step, last_time, figures = 0, start, []
        while (left := seconds - (time.perf_counter() - start)) >= 1:
            wait_ms(int(min(60.0, left) * 1000))
            snapshot, now = window.controller.latest, time.perf_counter()
            rate = (snapshot.step - last_step) * config.batch_size / (now - last_time)
            last_step, last_time = snapshot.step, now
            figures.append(rss_mb())
            print(
                f"  {now - start:5.0f} s: RSS {figures[-1]:.0f} MB, "
                f"{rate:,.0f} examples/s, step {snapshot.step:,}, loss points "
                f"{len(snapshot.batch_losses):,} (stride {snapshot.batch_stride})",
                flush=True,
            )
        window.close()
    settled = figures[1:] or figures
    middle = statistics.median(settled)
    spread = max(abs(f - middle) for f in settled) / middle
    print(f"  after the first minute: RSS within ±{spread:.1%} of {middle:.0f} MB")
    print(
        f"  headless core on the same data: "
        f"{headless_rate(config, 10.0):,.0f} examples/s"
    )


def close_cases() -> dict[str, TrainingConfig]:
    """The largest setups the window accepts, by each of its limits."""
    widest = 1700  # 20 -> 1700 -> 1700 -> 1: just under MAX_PARAMETERS
    per_row = 21 * widest + (widest + 1) * widest + widest + 1
    assert per_row <= MAX_PARAMETERS
    batch = 256
    rows = (MAX_STEP_WORK - 3 * batch * per_row) // per_row
    return {
        "lesson (1000 rows)": TrainingConfig(epochs=10_000),
        f"layers {widest},{widest}, rows at the limit": TrainingConfig(
            hidden_layers=(widest, widest),
            n_rows=int(rows),
            batch_size=batch,
            epochs=10_000,
        ),
        f"layers {widest},{widest}, batch 4000 at the limit": TrainingConfig(
            hidden_layers=(widest, widest),
            n_rows=int(MAX_STEP_WORK // (3.4 * per_row)),  # 3 x 0.8 + 1
            batch_size=4000,  # every training row
            epochs=10_000,
        ),
        "200,000 rows (the data limit)": TrainingConfig(n_rows=200_000, epochs=10_000),
        "spiral, 200,000 rows, batch 1": TrainingConfig(
            dataset="spiral", n_rows=200_000, batch_size=1, epochs=10_000
        ),
    }


def close_times(repeats: int) -> None:
    """Seconds from ``close()`` to the window gone, while training or building."""
    print("closing while training (goal: under 2 s every time)")
    for name, config in close_cases().items():
        times, building = [], []
        for attempt in range(repeats):
            with tempfile.TemporaryDirectory() as folder:
                window = open_window(folder, config)
                window.controller.play()
                wait_ms(200 + 450 * attempt)
                started = time.perf_counter()
                window.close()
                times.append(time.perf_counter() - started)
            with tempfile.TemporaryDirectory() as folder:
                window = open_window(folder, TrainingConfig(hidden_layers=(8,)))
                window.apply_config(config)  # close while it is being built
                wait_ms(100 * attempt)
                started = time.perf_counter()
                window.close()
                building.append(time.perf_counter() - started)
        print(
            f"  {name}: training {max(times):.2f} s at worst "
            f"(median {statistics.median(times):.2f}); while building "
            f"{max(building):.2f} s at worst",
            flush=True,
        )


def network_run(
    app: QApplication, config: TrainingConfig, tab: str, feed_hz: int = 0
) -> tuple[float, float, float]:
    """Train at full speed with ``tab`` ("training" or "network") showing.

    Returns (picture refreshes per second, longest tick gap in ms, examples/s).
    With ``feed_hz`` the view is also handed the latest snapshot with fresh
    parameters that many times a second (a new theta each time).
    """
    from dataclasses import replace

    with tempfile.TemporaryDirectory() as folder:
        window = open_window(folder, config)
        window._install_features()  # the Patterns tabs (normally after first paint)
        view = window.pattern_views.network
        if tab == "network":
            window.services.show_view(view)
        wait_ms(500)
        drawn = [0]
        view.drawn.connect(lambda _s: drawn.__setitem__(0, drawn[0] + 1))
        feeder = QTimer()
        if feed_hz:
            feeder.setInterval(1000 // feed_hz)
            latest = window.controller

            def feed() -> None:
                s = latest.latest
                if s is not None:
                    view.show_snapshot(replace(s, theta=s.theta * 1.0000001))

            feeder.timeout.connect(feed)
        gaps: list[float] = []
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setInterval(5)

        def tick() -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        probe.timeout.connect(tick)
        finished = QEventLoop()
        window.controller.run_finished.connect(lambda _s: finished.quit())
        clock.start()
        probe.start()
        if feed_hz:
            feeder.start()
        started = time.perf_counter()
        window.controller.play()
        finished.exec()
        seconds = time.perf_counter() - started
        probe.stop()
        feeder.stop()
        snapshot = window.controller.latest
        rate = snapshot.step * config.batch_size / snapshot.elapsed_seconds
        window.ask_before_discarding = False  # no question about the unsaved run
        window.close()
        app.processEvents()
    return drawn[0] / seconds, max(gaps) - 5.0, rate


def network_figures(app: QApplication, repeats: int) -> None:
    config = TrainingConfig(epochs=600)  # 20 -> 64 -> 32 -> 1, a few seconds
    print(f"network vs training tab: seed network, {config.epochs} epochs, full speed")
    for tab, feed in (("training", 0), ("network", 0), ("network", 20)):
        runs = [network_run(app, config, tab, feed) for _ in range(repeats)]
        fed = f", fed {feed}/s" if feed else ", as delivered"
        print(
            f"  {tab} tab{fed if tab == 'network' else ''}: "
            f"{statistics.median(r[0] for r in runs):.1f} picture refreshes/s, "
            f"longest stall median {statistics.median(r[1] for r in runs):.1f} ms, "
            f"worst {max(r[1] for r in runs):.1f} ms; "
            f"{statistics.median(r[2] for r in runs):,.0f} examples/s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--soak", type=int, metavar="SECONDS", default=0)
    parser.add_argument("--close", action="store_true")
    parser.add_argument("--network", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gc_guard.install(app)  # as desktop.startup.app.main does
    if args.soak:
        soak(args.soak)
        return
    if args.close:
        close_times(args.repeats)
        return
    if args.network:
        network_figures(app, args.repeats)
        return
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
