"""Trains the depth comparison off the GUI thread.

``ComparisonWorker`` drives ``core.comparison.DepthComparison`` batch by
batch and checks a cancel flag between batches (a Python thread cannot be
killed, so it must be asked). ``ComparisonRunner`` is its GUI-side owner,
wired like the training controller: one ``QThread`` started on first use, the
worker moved onto it, requests sent as queued signals, and on close the flag
raised, the thread told to quit and joined, so Qt never destroys a running
thread. It refuses a second comparison while one runs.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core import ConfigError, DataProblem, Dataset, TrainingConfig
from core.comparison import ComparisonProgress, DepthComparison

EMIT_INTERVAL = 0.1  # progress at most ~10 times a second
JOIN_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class ComparisonRequest:
    config: TrainingConfig
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
        """Train all three networks unless cancelled; always ends with one signal."""
        try:
            comparison = DepthComparison(request.config, request.dataset)
        except (ConfigError, DataProblem, ValueError) as problem:
            self.failed.emit(str(problem))
            return
        self.progress.emit(comparison.progress())
        last = time.perf_counter()
        while not comparison.done and not self.cancel_flag.is_set():
            record = comparison.step_batch()
            if record is not None and time.perf_counter() - last >= EMIT_INTERVAL:
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

    def start(self, config: TrainingConfig, dataset: Dataset | None = None) -> bool:
        """Begin a comparison; False (and nothing happens) if one is running."""
        if self._running or self._closed:
            return False
        if self.thread is None:
            self._start_thread()
        self.worker.cancel_flag.clear()
        self._set_running(True)
        self._run.emit(ComparisonRequest(config, dataset))
        return True

    def stop(self) -> None:
        """Ask the running comparison to end after its current mini-batch."""
        if self.worker is not None:
            self.worker.cancel_flag.set()

    def shutdown(self) -> None:
        """Stop and join the thread; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self.thread is None:
            return
        self.stop()
        self.thread.quit()
        if not self.thread.wait(JOIN_TIMEOUT_MS):
            self.thread.terminate()
            self.thread.wait()
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
    def _on_progress(self, progress: ComparisonProgress) -> None:
        if not self._closed:
            self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, progress: ComparisonProgress) -> None:
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
