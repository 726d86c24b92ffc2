"""Trains the depth comparison off the GUI thread.

``ComparisonWorker`` drives ``core.lesson.comparison.DepthComparison`` batch by batch
and checks a cancel flag between batches (a Python thread cannot be killed, so
it must be asked; a stacked batch of every seed takes about a millisecond).
``ComparisonRunner`` is its GUI-side owner, wired like the training
controller: one ``QThread`` started on first use, the worker moved onto it,
requests sent as queued signals. On close the flag is raised, the thread told
to quit and joined; it is never terminated, and the join is short because the
worker stops after its current batch. A second comparison is refused while
one runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core import ConfigError, DataProblem, Dataset, TrainingConfig
from core.lesson.comparison import DepthComparison

EMIT_INTERVAL = 0.1  # progress at most ~10 times a second


@dataclass(frozen=True)
class ComparisonRequest:
    """What to compare; ``dataset`` only for a student's own (fixed) data."""

    config: TrainingConfig
    seeds: Sequence[int] | None = None
    dataset: Dataset | None = None


class ComparisonWorker(QObject):
    progress = Signal(object)  # ComparisonProgress, while training
    finished = Signal(object)  # ComparisonProgress at the end (done=False: stopped)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.cancel_flag = threading.Event()

    @Slot(object)
    def run(self, request: ComparisonRequest) -> None:
        """Train every variant on every seed unless cancelled; always one end signal."""
        try:
            comparison = DepthComparison(request.config, request.seeds, request.dataset)
        except (ConfigError, DataProblem, ValueError) as problem:
            self.failed.emit(str(problem))
            return
        self.progress.emit(comparison.progress())
        last = time.perf_counter()
        while not comparison.done and not self.cancel_flag.is_set():
            comparison.step_batch()
            if time.perf_counter() - last >= EMIT_INTERVAL:
                self.progress.emit(comparison.progress())
                last = time.perf_counter()
        self.finished.emit(comparison.progress())


class ComparisonRunner(QObject):
    """Owns the comparison thread; all its signals arrive on the GUI thread."""

    _run = Signal(object)
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.worker: ComparisonWorker | None = None
        self._running = False
        self._closed = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, request: ComparisonRequest) -> bool:
        """Begin a comparison; False (and nothing happens) if one is running."""
        if self._running or self._closed:
            return False
        if self.thread is None:
            self._start_thread()
        self.worker.cancel_flag.clear()
        self._set_running(True)
        self._run.emit(request)
        return True

    def stop(self) -> None:
        """Ask the running comparison to end after its current mini-batch."""
        if self.worker is not None:
            self.worker.cancel_flag.set()

    def shutdown(self) -> None:
        """Stop and join the thread (never terminated); safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self.thread is None:
            return
        self.stop()
        self.thread.quit()
        self.thread.wait()  # the worker ends after one batch: a short wait
        self._set_running(False)

    def _start_thread(self) -> None:
        self.thread = QThread()
        self.thread.setObjectName("comparison-thread")
        self.worker = ComparisonWorker()
        self.worker.moveToThread(self.thread)
        self._run.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.start()

    @Slot(object)
    def _on_progress(self, progress) -> None:
        if not self._closed:
            self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, progress) -> None:
        self._set_running(False)
        if not self._closed:
            self.finished.emit(progress)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        if not self._closed:
            self.failed.emit(message)

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)
