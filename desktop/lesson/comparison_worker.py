"""Trains the depth comparison off the GUI thread.

``compare`` is a generator: it drives ``core.lesson.comparison.DepthComparison``
batch by batch, yields its progress at most ~10 times a second and returns the
final result. ``comparison_worker`` wraps it in superqt's ``GeneratorWorker``
(``desktop.run.workers.SafeGeneratorWorker``), whose ``quit()`` stops it at
its next yield (a Python thread cannot be killed, so it must be asked; it is
asked at least every ``EMIT_INTERVAL``).

``ComparisonRunner`` is its GUI-side owner. It runs one worker at a time on a
thread pool of its own (one thread), so a comparison of tens of seconds never
takes a thread of the global pool that file loads and the Key insight use.
On close the worker is told to quit and the pool joined; nothing is
terminated, and the join is short because the worker stops at its next yield.
A second comparison is refused while one runs. The runner reports one end
signal per comparison: ``finished`` with the final result, or with the last
progress (``done`` False) when stopped; ``failed`` with a message.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from superqt.utils import create_worker

from core import ConfigError, DataProblem, Dataset, TrainingConfig
from core.lesson.comparison import ComparisonProgress, DepthComparison
from desktop.run.workers import SafeGeneratorWorker

EMIT_INTERVAL = 0.1  # progress at most ~10 times a second; also the stop latency


@dataclass(frozen=True)
class ComparisonRequest:
    """What to compare; ``dataset`` only for a student's own (fixed) data."""

    config: TrainingConfig
    seeds: Sequence[int] | None = None
    dataset: Dataset | None = None


def compare(
    request: ComparisonRequest,
) -> Generator[ComparisonProgress, None, ComparisonProgress]:
    """Train every variant on every seed, yielding progress; return the result."""
    comparison = DepthComparison(request.config, request.seeds, request.dataset)
    yield comparison.progress()
    last = time.perf_counter()
    while not comparison.done:
        comparison.step_batch()
        if not comparison.done and time.perf_counter() - last >= EMIT_INTERVAL:
            yield comparison.progress()
            last = time.perf_counter()
    return comparison.progress()


def comparison_worker(request: ComparisonRequest) -> SafeGeneratorWorker:
    """An unstarted superqt worker for ``compare(request)``."""
    return create_worker(
        compare,
        request,
        _worker_class=SafeGeneratorWorker,
        _start_thread=False,
        _ignore_errors=True,
    )


class ComparisonRunner(QObject):
    """Owns the comparison worker; all its signals arrive on the GUI thread."""

    progress = Signal(object)  # ComparisonProgress, while training
    finished = Signal(object)  # ComparisonProgress at the end (done=False: stopped)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.worker: SafeGeneratorWorker | None = None
        self._latest: ComparisonProgress | None = None
        self._result: ComparisonProgress | None = None
        self._problem: str | None = None
        self._running = False
        self._closed = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, request: ComparisonRequest) -> bool:
        """Begin a comparison; False (and nothing happens) if one is running."""
        if self._running or self._closed:
            return False
        self._latest = self._result = self._problem = None
        # kept until the next one, so its signal object outlives its queued signals
        worker = comparison_worker(request)
        worker.yielded.connect(self._on_progress)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.finished.connect(self._on_finished)
        self.worker = worker
        self._set_running(True)
        self.pool.start(worker)
        return True

    def stop(self) -> None:
        """Ask the running comparison to end at its next yield."""
        if self.worker is not None:
            self.worker.quit()

    def shutdown(self) -> None:
        """Stop and join the worker (never terminated); safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self.stop()
        self.pool.waitForDone()  # the worker ends at its next yield: a short wait
        self._set_running(False)

    @Slot(object)
    def _on_progress(self, progress: ComparisonProgress) -> None:
        self._latest = progress
        if not self._closed:
            self.progress.emit(progress)

    @Slot(object)
    def _on_returned(self, progress: ComparisonProgress) -> None:
        self._result = progress

    @Slot(object)
    def _on_errored(self, problem: Exception) -> None:
        self._problem = str(problem)
        if not isinstance(problem, ConfigError | DataProblem | ValueError):
            self._problem = f"{type(problem).__name__}: {problem}"  # a bug: say what

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)
        if self._closed:
            return
        if self._problem is not None:
            self.failed.emit(self._problem)
        elif self._result is not None or self._latest is not None:
            self.finished.emit(self._result or self._latest)

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)
