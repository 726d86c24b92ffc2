"""The training worker: drives the core on its own thread.

It lives on a ``QThread`` (the controller moves it there). Commands arrive as
queued signals, so they run between two slices of training; a ``QTimer`` on
the worker's thread advances the trainer in short slices and returns to the
event loop in between, which is what lets pause, stop and a new learning rate
take effect at the next batch. It emits frozen snapshots (copies), never
its own arrays, at most about 30 times a second.

For the views inside an epoch it keeps an ``InsideSession``: the parameters
after every batch (time travel), the probe set, the sample walk. Frames for
those views are built here, off the GUI thread, and only while a view that
shows them is visible (the window says so with ``set_inspecting``), at most
10 times a second while training runs.

Every slot is bounded in time, so closing never waits long: a slice reads the
clock after every batch once batches are slow (``check_interval``), an epoch
stepped at once stops when the thread is asked to, and what the window would
need too long for even one batch of is refused before it is built
(``core.engine.capacity``). Any exception in a slot is reported through ``failed``
in words and the run in place is kept: the worker never dies silently.
"""

from __future__ import annotations

import sys
import time
import traceback
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from core import ConfigError, DataProblem, Dataset, Trainer, TrainingConfig
from core.data.datasets import INFO, MIN_ROWS, load
from core.data.wording import template
from core.engine.capacity import check_window_capacity
from core.engine.snapshot import RunSnapshot, take_snapshot
from core.inside.inside_session import InsideSession
from core.inside.time_travel import TimeTravelStore
from core.lesson.pipeline_stages import Stage, describe_pipeline
from desktop.run.pace import DEFAULT_PACE, PACES, PaceClock
from desktop.run.worker_guard import check_interval, explain, interrupted, reported

SLICE_SECONDS = 0.02  # longest stretch of training between two looks at the queue
EMIT_INTERVAL = 1 / 30  # snapshots at most ~30 times a second while paced
FAST_EMIT_INTERVAL = 0.4  # and 2.5 times a second at full speed (the window's rate)
INSPECT_INTERVAL = 0.1  # frames for the views inside an epoch: at most 10 Hz
# Time travel keeps every batch, except at full speed: copying 28 KB into fresh
# memory costs about 10 µs (page faults) against a 50 µs step, so there every
# 16th batch and each epoch's end are kept (about 1.5% of the speed).
FAST_RECORD_EVERY = 16
# Seconds per frame spent measuring the run's gradients for the backward view
# (an eighth of it while training runs); the rest follows in later slices.
GRADIENT_BUDGET = 0.04


@dataclass(frozen=True)
class RunRequest:
    """What to train: a configuration and, for a student's own data, the data."""

    config: TrainingConfig
    dataset: Dataset | None = None
    # a trainer prepared elsewhere (e.g. restored from a saved session) to adopt
    # as it is; built on the worker's thread before, never touched after handing over
    trainer: Trainer | None = None
    # that trainer's kept moments so far (time travel), e.g. from the replay
    moments: TimeTravelStore | None = None


@dataclass(frozen=True)
class Built:
    """A new run, built completely before it replaces the one in place."""

    request: RunRequest
    trainer: Trainer
    inside: InsideSession
    description: RunDescription


@dataclass(frozen=True)
class RunDescription:
    """What the views need once per configuration (copies, never the trainer's)."""

    config: TrainingConfig
    stages: tuple[Stage, ...]
    dataset: Dataset
    X_normalized: object  # np.ndarray: every row scaled with the training ranges
    feature_ranges: tuple
    train_rows: int
    val_rows: int
    batches_per_epoch: int
    chance: float  # accuracy of always answering the most common class; NaN: number
    val_index: object = None  # np.ndarray: dataset rows held out for validation
    # True when the requested setup could not start and the lesson's defaults
    # did instead (the window then shows them in its fields)
    fallback: bool = False
    # What the network predicts (``core.engine.output_kinds``): "binary",
    # "classes" or "number"; the class names it answers with (() for a number)
    target_kind: str = "binary"
    class_names: tuple[str, ...] = ("0", "1")
    # a number's training mean and standard deviation (its output is in
    # standard deviations: y = output * std + mean); None for classes
    target_scale: tuple[float, float] | None = None

    @property
    def predicts_number(self) -> bool:
        return self.target_kind == "number"


class TrainingWorker(QObject):
    configured = Signal(object)  # RunDescription
    snapshot = Signal(object)  # RunSnapshot
    finished = Signal(object)  # RunSnapshot at the end of a run (finished or diverged)
    failed = Signal(str)  # a configuration or data problem, in words
    stopped = Signal()  # training stopped on its own after a failure
    inspected = Signal(object)  # InsideFrame, while a view inside the epoch shows
    walked = Signal(object)  # WalkFrame, or None when a walk is dropped

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._trainer: Trainer | None = None
        self._request: RunRequest | None = None
        self._pace_level = DEFAULT_PACE
        self._clock: PaceClock | None = None
        self._active_seconds = 0.0
        self._slice_start = 0.0
        self._examples_done = 0
        self._last_emit = 0.0
        self._inside: InsideSession | None = None
        self._inspecting = False
        self._moment: int | None = None  # a step from the past being looked at
        self._last_inspect = 0.0
        self._clock_every = 1  # batches between looks at the clock; see _tick
        self._filling = False  # a slice of gradient history is scheduled
        self._fast_emit = FAST_EMIT_INTERVAL  # the controller may ask for more

    # -- commands (slots run on the worker's thread) ------------------------

    @Slot(object)
    @reported(template("while setting up the run"))
    def configure(self, request: RunRequest) -> None:
        """Build a fresh run; on a problem keep the previous one and say why.

        With no previous run (the first setup of a launch) the lesson's
        defaults start instead, so Play always has something to train.
        """
        self._stop_timer()
        try:
            built = build_run(request)
        except Exception as problem:
            message = explain(problem, template("while setting up the run"))
            if not isinstance(problem, ConfigError | DataProblem | ValueError):
                traceback.print_exc(file=sys.stderr)
            if self._trainer is None and request.config != TrainingConfig():
                built = build_run(RunRequest(TrainingConfig()))
                description = replace(built.description, fallback=True)
                built = replace(built, description=description)
                message += " " + QCoreApplication.translate(
                    "LayerLab", "The lesson's default setup was started instead."
                )
                self.failed.emit(message)
            else:
                self.failed.emit(message)
                return
        self._adopt(built)

    def _adopt(self, built: Built) -> None:
        trainer = built.trainer
        self._trainer, self._inside = trainer, built.inside
        self._request = built.request
        self._moment = None
        self._clock = PaceClock(PACES[self._pace_level], trainer.batches_per_epoch)
        self._active_seconds, self._examples_done = 0.0, 0
        self._clock_every = 1
        self.configured.emit(built.description)
        self.walked.emit(None)
        self._emit()
        self._inspect(force=True)

    def fail(self, message: str) -> None:
        """Stop training and say why (the run in place stays as it is)."""
        was_running = self._timer.isActive()
        self._stop_timer()
        self.failed.emit(message)
        if was_running:
            self.stopped.emit()

    @Slot()
    def reset(self) -> None:
        """Start over from the same setup (a restored session starts fresh too)."""
        if self._request is not None:
            request = self._request
            self.configure(RunRequest(request.config, request.dataset))

    @Slot()
    @reported(template("while training"))
    def play(self) -> None:
        if self._trainer is None or self._trainer.done:
            return
        if self._clock.pace.walks:
            self._moment = None  # a lecture goes on with the walk under way
        else:
            self._leave_walk_and_past()
        self._clock.restart()
        self._timer.start(0 if self._clock.pace.unlimited else 10)

    @Slot()
    def pause(self) -> None:
        self._stop_timer()
        self._emit()

    @Slot()
    @reported(template("while training"))
    def step_epoch(self) -> None:
        self._step(self._epoch_of_batches)

    @Slot()
    @reported(template("while training"))
    def step_batch(self) -> None:
        self._step(lambda _trainer: self._inside.step_batch())

    @Slot()
    @reported(template("while walking through an example"))
    def step_sample(self) -> None:
        """One stage of one example of the next batch (``core.inside.sample_walk``)."""
        self._stop_timer()
        if self._trainer is None or self._trainer.done:
            return
        self._walk_one_stage()

    @Slot(bool)
    @reported(template("while drawing the views inside the epoch"))
    def set_inspecting(self, on: bool) -> None:
        """Build frames only while a view inside the epoch is visible."""
        self._inspecting = bool(on)
        if on:
            self._inspect(force=True)

    @Slot(int)
    @reported(template("while drawing a past moment"))
    def show_moment(self, step: int) -> None:
        """Look at the run as it was after ``step`` (-1: follow the live run)."""
        self._moment = None if step < 0 else int(step)
        self._inspect(force=True)

    @Slot(int)
    @reported(template("while tracing an example"))
    def trace_example(self, row: int) -> None:
        if self._inside is not None:
            self._inside.set_traced(row)
            self._inspect(force=True)

    @Slot(float)
    def set_learning_rate(self, value: float) -> None:
        """Takes effect at the next mini-batch; the controller validated it."""
        if self._trainer is not None:
            try:
                self._trainer.learning_rate = value
            except ConfigError as problem:
                self.failed.emit(str(problem))

    @Slot(object)
    @reported(template("while editing a weight"))
    def set_weight(self, edit: tuple[int, int, int, float]) -> None:
        """A student's edit ``(layer, source, target, value)``, only while paused.

        The new parameters are kept as the moment of the current step (time
        travel keeps one moment a step: it replaces the one before the edit)
        and a fresh snapshot goes out, so every view redraws from them.
        """
        trainer = self._trainer
        if trainer is None or self._timer.isActive():
            self.failed.emit("Pause training before editing a weight.")
            return
        layer, source, target, value = edit
        try:
            trainer.set_weight(int(layer), int(source), int(target), float(value))
        except ValueError as problem:
            self.failed.emit(str(problem))
            return
        self._leave_walk_and_past()  # a walk under way used the old weights
        now = trainer.position()
        self._inside.store.record(
            now.step, now.epoch, now.last_batch, trainer.model.theta
        )
        self._emit()
        self._inspect(force=True)

    @Slot(int)
    def set_pace(self, level: int) -> None:
        self._pace_level = max(0, min(level, len(PACES) - 1))
        if self._trainer is None:
            return
        self._clock = PaceClock(
            PACES[self._pace_level], self._trainer.batches_per_epoch
        )
        if self._timer.isActive():
            self._timer.start(0 if self._clock.pace.unlimited else 10)

    @Slot(float)
    def set_fast_emit_interval(self, seconds: float) -> None:
        """Snapshots at full speed every ``seconds`` (a live view is watching)."""
        self._fast_emit = max(EMIT_INTERVAL, float(seconds))

    @Slot()
    @reported(template("while stopping the run"))
    def stop(self) -> None:
        """End the run for good at the user's request (``Trainer.stop``): the
        weights stay as they are and the stop reason says the user stopped it."""
        self._stop_timer()
        if self._trainer is None or self._trainer.done:
            return
        self._leave_walk_and_past()
        self._trainer.stop()
        self._emit()
        self._finish_if_done()

    @Slot()
    def shutdown(self) -> None:
        self._stop_timer()

    # -- training -----------------------------------------------------------

    def _step(self, advance) -> None:
        self._stop_timer()
        if self._trainer is None or self._trainer.done:
            return
        self._leave_walk_and_past()
        started = time.perf_counter()
        steps_before = self._trainer.step_count
        advance(self._trainer)
        self._count(started, steps_before)
        self._emit()
        self._inspect(force=True)
        self._finish_if_done()

    def _epoch_of_batches(self, trainer: Trainer) -> None:
        """``Trainer.step_epoch``, batch by batch, so time travel keeps each one.

        An epoch of a big data set can take many seconds: it stops where it is
        when the window closes (the run is being dropped then anyway).
        """
        while (result := self._inside.step_batch()) is not None:
            if result.epoch_record is not None or result.diverged:
                return
            if interrupted():
                return

    def _walk_one_stage(self) -> None:
        started = time.perf_counter()
        steps_before = self._trainer.step_count
        self._moment = None
        frame = self._inside.walk_stage()
        if frame is None:
            return
        self.walked.emit(frame)
        if frame.last:
            self._count(started, steps_before)
            self._emit()
            self._inspect(force=True)
            self._finish_if_done()

    def _leave_walk_and_past(self) -> None:
        """Any command but Step sample ends a walk, and its caption with it (even
        a finished walk's last sentence no longer describes what is shown)."""
        self._moment = None
        if self._inside is not None:
            self._inside.cancel_walk()
        self.walked.emit(None)

    def _inspect(self, force: bool = False) -> None:
        inside = self._inside
        if inside is None or not self._inspecting:
            return
        now = time.perf_counter()
        if not force and now - self._last_inspect < INSPECT_INTERVAL:
            return
        self._last_inspect = now
        running = self._timer.isActive()
        if self._moment is None:
            frame = inside.live_frame(GRADIENT_BUDGET / (8 if running else 1))
        else:
            frame = inside.moment_frame(self._moment)
        if frame is not None:
            self.inspected.emit(frame)
        if not (running or self._filling) and inside.gradients.pending:
            self._filling = True  # the history goes on filling between commands
            QTimer.singleShot(10, self, self._fill_gradients)

    @reported(template("while measuring the gradients of the run"))
    def _fill_gradients(self) -> None:
        self._filling = False
        if self._inside is not None and not self._timer.isActive():
            self._inside.gradients.fill(GRADIENT_BUDGET)
            self._inspect(force=True)

    @reported(template("while training"))
    def _tick(self) -> None:
        trainer = self._trainer
        if trainer is None or interrupted():
            self._stop_timer()
            return
        started = time.perf_counter()
        allowed = self._clock.allowed(started)
        if self._clock.pace.walks:
            for _ in range(allowed):
                self._walk_one_stage()
            if trainer.done:
                self._stop_timer()
            return
        steps_before = trainer.step_count
        deadline = started + SLICE_SECONDS
        record = self._inside.record
        every = FAST_RECORD_EVERY if self._clock.pace.unlimited else 1
        step = trainer.step_batch
        clock_every = self._clock_every
        for n in range(1, allowed + 1):
            result = step()
            if result is None:
                break
            if result.step % every == 0 or result.epoch_record or result.diverged:
                record(result)
            if n % clock_every == 0 and time.perf_counter() > deadline:
                break
        batches = trainer.step_count - steps_before
        if batches:
            per_batch = (time.perf_counter() - started) / batches
            self._clock_every = check_interval(per_batch)
        self._count(started, steps_before)
        if trainer.done:
            self._stop_timer()
            self._emit()
            self._inspect(force=True)
            self._finish_if_done()
        elif time.perf_counter() - self._last_emit >= self._emit_interval():
            self._emit()
            self._inspect()

    def _emit_interval(self) -> float:
        return self._fast_emit if self._clock.pace.unlimited else EMIT_INTERVAL

    def _count(self, started: float, steps_before: int) -> None:
        trainer = self._trainer
        self._active_seconds += time.perf_counter() - started
        batches = trainer.step_count - steps_before
        self._examples_done += batches * min(
            trainer.config.batch_size, len(trainer.y_train)
        )

    def _finish_if_done(self) -> None:
        if self._trainer is not None and self._trainer.done:
            self.walked.emit(None)  # no walk goes on past the end
            self.finished.emit(self._make_snapshot())

    def _stop_timer(self) -> None:
        if self._timer.isActive():
            self._timer.stop()

    def _emit(self) -> None:
        if self._trainer is not None:
            self._last_emit = time.perf_counter()
            self.snapshot.emit(self._make_snapshot())

    def _make_snapshot(self) -> RunSnapshot:
        rate = (
            self._examples_done / self._active_seconds if self._active_seconds else 0.0
        )
        return take_snapshot(self._trainer, self._active_seconds, rate)

    @property
    def running(self) -> bool:
        return self._timer.isActive()


def build_run(request: RunRequest) -> Built:
    """Everything a new run needs, checked against what the window can train."""
    config = request.config.validate()
    dataset = request.dataset
    if request.trainer is not None:
        dataset = request.trainer.dataset
    if dataset is not None:
        check_window_capacity(config, dataset.n_rows, dataset.n_features)
    elif config.dataset in INFO:  # measured before generating what may be huge
        n_rows = config.n_rows or INFO[config.dataset].default_rows
        n_features = load(config.dataset, MIN_ROWS, config.seed).n_features
        check_window_capacity(config, n_rows, n_features)
    trainer = request.trainer or Trainer(config, dataset)
    inside = InsideSession(trainer, moments=request.moments)
    return Built(request, trainer, inside, _describe(trainer))


def _describe(trainer: Trainer) -> RunDescription:
    stages = describe_pipeline(
        trainer.dataset,
        trainer.scaler,
        trainer.model.layer_sizes,
        trainer.config.activation_spec(),
        trainer.config.target_kind,
    )
    return RunDescription(
        config=trainer.config,
        stages=tuple(stages),
        dataset=trainer.dataset,
        X_normalized=trainer.scaler.transform(trainer.dataset.X),
        feature_ranges=tuple(trainer.scaler.ranges),
        train_rows=len(trainer.y_train),
        val_rows=len(trainer.y_val),
        batches_per_epoch=trainer.batches_per_epoch,
        chance=trainer.chance,
        val_index=trainer.raw_split.val_index.copy(),
        target_kind=trainer.config.target_kind,
        class_names=tuple(trainer.dataset.class_names),
        target_scale=_scale(trainer),
    )


def _scale(trainer: Trainer) -> tuple[float, float] | None:
    scale = trainer.target.scale
    return None if scale is None else (scale.mean, scale.std)
