"""The GUI side of training: owns the worker thread and paces the views.

Controls call the controller; it forwards commands to the worker as queued
signals. Snapshots coming back are stored (the latest wins) and handed to
the views by a ~30 Hz timer, so a fast trainer never floods the window. A
run's end is always delivered at once, so the final state is drawn.

Closing never kills the thread (a thread killed while it holds Python's lock
takes the whole program with it): the worker bounds every piece of work in
time (see ``desktop/run/training_worker.py`` and ``core/engine/capacity.py``), so
``shutdown`` asks it to stop and waits for it.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from core import Dataset, Trainer, TrainingConfig
from core.engine.snapshot import RunSnapshot
from core.inside.frame import InsideFrame
from core.inside.time_travel import TimeTravelStore
from desktop.run.pace import PACES
from desktop.run.training_worker import RunDescription, RunRequest, TrainingWorker

REFRESH_MS = 33  # ~30 Hz while paced: the trainer is mostly idle then
# 2.5 Hz at full speed: drawing holds the GIL the trainer needs, and at full speed
# the run is over before anyone could follow it anyway
FAST_REFRESH_MS = 400
# ... except while a live picture of the network is watched (the Patterns views
# ask for it with ``set_watched``): 12.5 Hz, so their pictures can refresh 10
# times a second. bench_ui.py --network measures what this costs the trainer.
WATCHED_REFRESH_MS = 80
# The worker's longest piece of work is well under this (core/engine/capacity.py);
# past it a message says what is being waited for, and the wait goes on.
JOIN_TIMEOUT_MS = 2000


class TrainingController(QObject):
    # commands, delivered on the worker's thread
    _configure = Signal(object)
    _play = Signal()
    _pause = Signal()
    _step_epoch = Signal()
    _step_batch = Signal()
    _step_sample = Signal()
    _inspecting = Signal(bool)
    _show_moment = Signal(int)
    _trace_example = Signal(int)
    _reset = Signal()
    _stop = Signal()
    _learning_rate = Signal(float)
    _pace = Signal(int)
    _set_weight = Signal(object)
    _fast_emit = Signal(float)
    _shutdown = Signal()

    # for the views, on the GUI thread
    configured = Signal(object)  # RunDescription
    snapshot_ready = Signal(object)  # RunSnapshot, at most ~30 per second
    run_finished = Signal(object)  # RunSnapshot, once per finished or diverged run
    failed = Signal(str)
    playing_changed = Signal(bool)
    inspected = Signal(object)  # InsideFrame, paced like the snapshots
    walked = Signal(object)  # WalkFrame or None, at once (one per press)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("training-thread")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self._wire()
        self._latest: RunSnapshot | None = None
        self._dirty = False
        self._latest_frame: InsideFrame | None = None
        self._frame_dirty = False
        self._playing = False
        self._current_pace = PACES[-1]
        self._watchers: set[str] = set()
        self.description: RunDescription | None = None
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._flush)
        self._refresh.start()
        self._closed = False
        self.thread.start()

    def _wire(self) -> None:
        w = self.worker
        for signal, slot in (
            (self._configure, w.configure),
            (self._play, w.play),
            (self._pause, w.pause),
            (self._step_epoch, w.step_epoch),
            (self._step_batch, w.step_batch),
            (self._step_sample, w.step_sample),
            (self._inspecting, w.set_inspecting),
            (self._show_moment, w.show_moment),
            (self._trace_example, w.trace_example),
            (self._reset, w.reset),
            (self._stop, w.stop),
            (self._learning_rate, w.set_learning_rate),
            (self._pace, w.set_pace),
            (self._set_weight, w.set_weight),
            (self._fast_emit, w.set_fast_emit_interval),
            (self._shutdown, w.shutdown),
        ):
            signal.connect(slot)
        w.configured.connect(self._on_configured)
        w.snapshot.connect(self._on_snapshot)
        w.finished.connect(self._on_finished)
        w.failed.connect(self.failed)
        w.stopped.connect(self._on_stopped)
        w.inspected.connect(self._on_inspected)
        w.walked.connect(self.walked)
        self.thread.finished.connect(w.deleteLater)

    # -- commands -----------------------------------------------------------

    def configure(
        self,
        config: TrainingConfig,
        dataset: Dataset | None = None,
        trainer: Trainer | None = None,
        moments: TimeTravelStore | None = None,
    ) -> None:
        """Start over with a new setup (the previous run is dropped).

        ``trainer``: adopt a trainer prepared elsewhere, e.g. a restored session,
        with ``moments`` its kept moments so far; the caller must not touch
        either afterwards.
        """
        self._set_playing(False)
        self._configure.emit(RunRequest(config, dataset, trainer, moments))

    def play(self) -> None:
        if self._latest is not None and self._latest.state in ("finished", "diverged"):
            return
        self._set_playing(True)
        self._play.emit()

    def pause(self) -> None:
        self._set_playing(False)
        self._pause.emit()

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def step_epoch(self) -> None:
        self._set_playing(False)
        self._step_epoch.emit()

    def step_batch(self) -> None:
        self._set_playing(False)
        self._step_batch.emit()

    def step_sample(self) -> None:
        """One stage of one example of the next batch (a walk ends with its update)."""
        self._set_playing(False)
        self._step_sample.emit()

    def set_inspecting(self, on: bool) -> None:
        """Tell the worker whether any view inside the epoch is on screen."""
        self._inspecting.emit(bool(on))

    def show_moment(self, step: int) -> None:
        """Show the views as they were after ``step``; -1 follows the live run."""
        self._show_moment.emit(int(step))

    def trace_example(self, row: int) -> None:
        """Follow validation row ``row`` in the prediction trace."""
        self._trace_example.emit(int(row))

    @property
    def latest_frame(self) -> InsideFrame | None:
        return self._latest_frame

    def reset(self) -> None:
        self._set_playing(False)
        self._reset.emit()

    def stop(self) -> None:
        """End the run for good ("Stopped by the user after …"); Reset starts again."""
        self._set_playing(False)
        self._stop.emit()

    def set_learning_rate(self, value: float) -> None:
        self._learning_rate.emit(float(value))

    def set_weight(self, layer: int, source: int, target: int, value: float) -> bool:
        """Edit ``W[source, target]`` of layer ``layer`` (1-based) while paused.

        False (and nothing sent) while training plays: the worker would change
        the weight between two batches and the edit would be lost in the run.
        """
        if self._playing:
            return False
        self._set_weight.emit((int(layer), int(source), int(target), float(value)))
        return True

    def set_pace(self, level: int) -> None:
        self._current_pace = PACES[max(0, min(level, len(PACES) - 1))]
        self._refresh.setInterval(self.refresh_ms())
        self._pace.emit(int(level))

    def set_watched(self, watcher: str, on: bool) -> None:
        """``watcher`` (a view's name) shows live pictures, or no longer does.

        While any does, snapshots at full speed come every
        ``WATCHED_REFRESH_MS`` instead of ``FAST_REFRESH_MS``.
        """
        before = self._fast_ms()
        (self._watchers.add if on else self._watchers.discard)(watcher)
        if self._fast_ms() == before:
            return
        self._fast_emit.emit(self._fast_ms() / 1000)
        self._refresh.setInterval(self.refresh_ms())

    def _fast_ms(self) -> int:
        return WATCHED_REFRESH_MS if self._watchers else FAST_REFRESH_MS

    def refresh_ms(self) -> int:
        """How often snapshots reach the views at the current pace."""
        return self._fast_ms() if self._current_pace.unlimited else REFRESH_MS

    @property
    def pace_is_per_batch(self) -> bool:
        """True at a pace slower than one epoch a second (lecture, slow motion)."""
        pace = self._current_pace
        return pace.walks or bool(pace.batches_per_second)

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def latest(self) -> RunSnapshot | None:
        return self._latest

    def shutdown(self) -> float:
        """Stop training and join the thread; safe to call more than once.

        Returns the seconds spent waiting (0 on a second call).
        """
        if self._closed:
            return 0.0
        self._closed = True
        started = time.perf_counter()
        self._refresh.stop()
        self.thread.requestInterruption()  # seen between two batches
        self._shutdown.emit()
        self.thread.quit()
        if not self.thread.wait(JOIN_TIMEOUT_MS):
            print(
                "LayerLab: waiting for the training thread to finish its batch…",
                file=sys.stderr,
            )
            self.thread.wait()
        return time.perf_counter() - started

    # -- from the worker ----------------------------------------------------

    @Slot(object)
    def _on_configured(self, description: RunDescription) -> None:
        self.description = description
        self._latest = None
        self.configured.emit(description)

    @Slot(object)
    def _on_snapshot(self, snapshot: RunSnapshot) -> None:
        self._latest = snapshot
        self._dirty = True

    @Slot()
    def _on_stopped(self) -> None:
        self._set_playing(False)

    @Slot(object)
    def _on_inspected(self, frame: InsideFrame) -> None:
        self._latest_frame = frame
        self._frame_dirty = True
        if not self._playing:
            self._flush()  # a single step or a scrub: show it at once

    @Slot(object)
    def _on_finished(self, snapshot: RunSnapshot) -> None:
        self._latest = snapshot
        self._dirty = True
        self._flush()
        self._set_playing(False)
        self.run_finished.emit(snapshot)

    @Slot()
    def _flush(self) -> None:
        if self._dirty and self._latest is not None:
            self._dirty = False
            self.snapshot_ready.emit(self._latest)
        if self._frame_dirty and self._latest_frame is not None:
            self._frame_dirty = False
            self.inspected.emit(self._latest_frame)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)
