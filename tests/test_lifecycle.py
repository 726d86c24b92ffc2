"""Closing, failing and running long: the window never hangs, never fails silently,
and one long run does not grow memory (issue 14, items 1, 2, 5 and 6)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QThread

from core import Trainer, TrainingConfig
from core.engine.capacity import (
    BACKWARD_FACTOR,
    MAX_CELLS,
    MAX_PARAMETERS,
    MAX_ROWS,
    MAX_STEP_WORK,
    check_window_capacity,
    forward_work,
)
from core.engine.config import MAX_HIDDEN_LAYERS, MAX_UNITS, ConfigError
from core.engine.loss_trace import LossTrace, positions
from core.engine.snapshot import take_snapshot
from core.engine.training import History
from desktop.run import background_task
from desktop.run.training_controller import TrainingController
from desktop.run.training_worker import RunRequest, TrainingWorker
from desktop.run.worker_guard import check_interval
from desktop.shell import settings_store
from tests.conftest import ROOT
from tests.gui_helpers import WAIT_MS, make_window

# -- 1. closing is bounded by one batch ------------------------------------------


class SlowSteps:
    """Wraps ``Trainer.step_batch`` so each batch takes ``seconds``; notes whether
    the thread had already been asked to stop when each batch began."""

    def __init__(self, monkeypatch, seconds: float) -> None:
        self.after_stop = 0
        self.calls = 0
        original = Trainer.step_batch
        slow = self

        def step_batch(trainer):
            slow.calls += 1
            if QThread.currentThread().isInterruptionRequested():
                slow.after_stop += 1
            time.sleep(seconds)
            return original(trainer)

        monkeypatch.setattr(Trainer, "step_batch", step_batch)


@pytest.fixture
def no_terminate(monkeypatch):
    called = []
    monkeypatch.setattr(QThread, "terminate", lambda self: called.append(self))
    return called


def _controller(qtbot, config: TrainingConfig) -> TrainingController:
    controller = TrainingController()
    with qtbot.waitSignal(controller.configured, timeout=WAIT_MS):
        controller.configure(config)
    return controller


@pytest.mark.parametrize("command", ["play", "step_epoch"])
def test_closing_waits_for_one_slow_batch_at_most(
    qtbot, monkeypatch, no_terminate, command
):
    controller = _controller(qtbot, TrainingConfig(epochs=5))
    slow = SlowSteps(monkeypatch, seconds=0.15)  # 25 batches an epoch: ~4 s
    getattr(controller, command)()
    qtbot.waitUntil(lambda: slow.calls >= 2, timeout=WAIT_MS)
    controller.shutdown()
    assert controller.thread.isFinished()
    assert slow.after_stop == 0  # no batch began once closing had started
    assert slow.calls < 25  # the epoch was left unfinished
    assert no_terminate == []


def test_the_clock_is_read_every_batch_once_batches_are_slow():
    assert check_interval(50e-6) == 8  # the seed's network: every 8th, as before
    assert check_interval(0.5e-3) == 4
    assert check_interval(2e-3) == 1
    assert check_interval(3.0) == 1
    assert check_interval(0.0) == 8


def test_the_largest_network_the_fields_accept_is_refused_naming_the_limit():
    biggest = TrainingConfig(
        hidden_layers=(MAX_UNITS,) * MAX_HIDDEN_LAYERS, batch_size=4000, n_rows=5000
    )
    with pytest.raises(ConfigError, match=f"{MAX_PARAMETERS:,}") as problem:
        check_window_capacity(biggest, 5000, 20)
    assert problem.value.field == "hidden_layers"
    issue = TrainingConfig(hidden_layers=(4096, 4096), batch_size=4000, n_rows=5000)
    with pytest.raises(ConfigError, match="at most 3,000,000"):
        check_window_capacity(issue, 5000, 20)


def test_forward_work_is_the_parameter_count():
    for layers in [(64, 32), (8,), (), (100, 50, 25)]:
        trainer = Trainer(TrainingConfig(hidden_layers=layers, epochs=1))
        sizes = trainer.model.layer_sizes
        assert forward_work(sizes) == trainer.model.parameter_count
    assert forward_work((20, 64, 32, 1)) == 20 * 64 + 64 + 64 * 32 + 32 + 32 + 1


@pytest.mark.parametrize("layers", [(1024, 1024), (2000,), (512, 512)])
def test_the_batch_limit_is_exact(layers):
    per_row = forward_work((20, *layers, 1))
    most = MAX_STEP_WORK // (BACKWARD_FACTOR * per_row)
    over = TrainingConfig(hidden_layers=layers, batch_size=int(most) + 1)
    with pytest.raises(ConfigError, match=f"batch size of at most {most:,}") as problem:
        check_window_capacity(over, 2 * most, 20)
    assert problem.value.field == "batch_size"
    fits = over.with_changes(batch_size=int(most))
    with pytest.raises(ConfigError) as other:  # the batch fits; the check after not
        check_window_capacity(fits, 2 * most, 20)
    assert other.value.field == "hidden_layers"


@pytest.mark.parametrize(("layers", "batch"), [((1024, 1024), 32), ((300,), 500)])
def test_a_batch_and_the_epochs_check_after_it_fit_in_one_step(layers, batch):
    config = TrainingConfig(hidden_layers=layers, batch_size=batch)
    per_row = forward_work((20, *layers, 1))
    most = (MAX_STEP_WORK - BACKWARD_FACTOR * batch * per_row) // per_row
    most = min(most, MAX_ROWS)
    check_window_capacity(config, most, 20)
    if most < MAX_ROWS:
        with pytest.raises(ConfigError, match=f"at most {most:,} rows"):
            check_window_capacity(config, most + 1, 20)


def test_the_data_limit_names_the_rows_allowed():
    small = TrainingConfig()
    for features in (2, 20, 100):
        most = min(MAX_ROWS, MAX_CELLS // features)
        check_window_capacity(small, most, features)
        with pytest.raises(ConfigError, match=f"at most {most:,} rows") as problem:
            check_window_capacity(small, most + 1, features)
        assert problem.value.field == "n_rows"


def test_the_lesson_and_the_benchmarks_setups_fit():
    for config, rows in [
        (TrainingConfig(), 1000),
        (TrainingConfig(n_rows=100_000), 100_000),
        (TrainingConfig(hidden_layers=(512, 512), batch_size=1000), 5000),
    ]:
        check_window_capacity(config, rows, 20)


# -- 2. a failure in the worker reaches the window, and a usable run stays --------


@pytest.fixture
def worker(qapp):
    w = TrainingWorker()
    seen = {"configured": [], "failed": [], "snapshot": [], "stopped": []}
    for name, items in seen.items():
        getattr(w, name).connect(items.append if name != "stopped" else _count(items))
    w.seen = seen
    yield w
    w.shutdown()


def _count(items):
    return lambda: items.append(True)


def test_a_network_too_big_for_the_window_keeps_the_previous_run(worker):
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_batch()
    worker.configure(
        RunRequest(TrainingConfig(hidden_layers=(4096, 4096), batch_size=4000))
    )
    assert "3,000,000" in worker.seen["failed"][-1]
    assert len(worker.seen["configured"]) == 1
    worker.step_batch()
    assert worker.seen["snapshot"][-1].step == 2


def test_without_a_previous_run_the_lesson_defaults_start(worker):
    worker.configure(RunRequest(TrainingConfig(hidden_layers=(4096, 4096))))
    message = worker.seen["failed"][-1]
    assert "3,000,000" in message
    assert "default setup was started instead" in message
    description = worker.seen["configured"][-1]
    assert description.fallback
    assert description.config == TrainingConfig()
    worker.step_batch()
    assert worker.seen["snapshot"][-1].step == 1


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (MemoryError(), "not enough memory"),
        (RuntimeError("boom"), "RuntimeError: boom"),
    ],
)
def test_an_unexpected_error_while_building_is_said_in_words(
    worker, monkeypatch, capsys, error, words
):
    worker.configure(RunRequest(TrainingConfig()))

    def broken(*_args, **_kwargs):
        raise error

    monkeypatch.setattr("desktop.run.training_worker.InsideSession", broken)
    worker.configure(RunRequest(TrainingConfig(hidden_layers=(8,))))
    assert words in worker.seen["failed"][-1]
    assert len(worker.seen["configured"]) == 1  # the previous run is kept
    assert type(error).__name__ in capsys.readouterr().err  # details for developers


def test_an_error_while_training_stops_the_run_and_says_so(qtbot, worker, monkeypatch):
    worker.configure(RunRequest(TrainingConfig()))

    def broken(_trainer):
        raise MemoryError

    monkeypatch.setattr(Trainer, "step_batch", broken)
    worker.play()
    qtbot.waitUntil(lambda: bool(worker.seen["failed"]), timeout=WAIT_MS)
    assert "not enough memory while training" in worker.seen["failed"][-1]
    assert worker.seen["stopped"] == [True]
    assert not worker.running


def test_only_a_setup_that_started_is_remembered():
    started = TrainingConfig(hidden_layers=(16,))
    refused = started.with_changes(hidden_layers=(4096, 4096))
    assert settings_store.config_to_save(refused, started) == started
    assert settings_store.config_to_save(None, started) == started
    assert settings_store.config_to_save(started, None) is None
    faster = started.with_changes(learning_rate=0.05)  # applied to the run
    assert settings_store.config_to_save(faster, started) == faster


def test_a_refused_setup_is_shown_and_never_saved(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, TrainingConfig(hidden_layers=(16,)))
    window.controls.layers_input.setText("4096, 4096")
    window.controls.layers_input.editingFinished.emit()
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "3,000,000" in window.banner_text.text()
    assert window.description.config.hidden_layers == (16,)
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings_store.load_config(settings).hidden_layers == (16,)


def test_a_saved_setup_that_cannot_start_falls_back_with_a_message(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, TrainingConfig(hidden_layers=(4096, 4096)))
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "default setup was started instead" in window.banner_text.text()
    assert window.description.config == TrainingConfig()
    assert window.controls.config() == TrainingConfig()  # the fields say what runs
    window.controls.step_batch_button.click()
    qtbot.waitUntil(lambda: window.controller.latest.step == 1, timeout=WAIT_MS)
    window.close()


# -- 5. batch losses in bounded, shared memory -----------------------------------


def test_below_the_cap_every_loss_is_kept_exactly():
    losses = np.random.default_rng(1).random(5000).tolist()
    trace = LossTrace(cap=8192)
    for loss in losses:
        trace.append(loss)
    assert trace.stride == 1
    assert trace == losses
    assert len(trace) == 5000
    assert trace[0] == losses[0]
    np.testing.assert_array_equal(trace.points(), losses)
    np.testing.assert_array_equal(np.asarray(trace), losses)
    assert LossTrace(losses, cap=8192) == trace


@pytest.mark.parametrize("n", [1000, 1024, 1500, 4097, 10_000])
def test_past_the_cap_points_are_exact_bucket_means_in_bounded_memory(n):
    losses = np.random.default_rng(n).random(n)
    trace = LossTrace(cap=256)
    for loss in losses:
        trace.append(float(loss))
    stride = trace.stride
    assert stride & (stride - 1) == 0  # a power of two
    assert n // stride <= 256
    complete = n // stride
    expected = losses[: complete * stride].reshape(complete, stride).mean(axis=1)
    np.testing.assert_allclose(trace.points(), expected, rtol=1e-12)
    tail_mean, tail_count = trace.tail
    assert tail_count == n - complete * stride
    if tail_count:
        assert tail_mean == pytest.approx(losses[complete * stride :].mean())
    assert len(trace.per_batch()) == len(trace) == n
    assert trace.nbytes <= 256 * 8
    assert trace[0] == losses[0]


def test_positions_sit_at_the_middle_of_each_bucket():
    np.testing.assert_array_equal(positions(3, 1, 10), [0.1, 0.2, 0.3])
    np.testing.assert_array_equal(positions(2, 4, 4), [2.5 / 4, 6.5 / 4])


def test_snapshots_share_the_losses_instead_of_copying_them():
    trainer = Trainer(TrainingConfig(epochs=3))
    trainer.step_epoch()
    first = take_snapshot(trainer)
    trainer.step_epoch()
    second = take_snapshot(trainer)
    assert np.shares_memory(first.batch_losses, second.batch_losses)
    assert not first.batch_losses.flags.writeable
    kept = first.batch_losses.copy()
    trainer.step_epoch()
    np.testing.assert_array_equal(first.batch_losses, kept)  # never written again
    np.testing.assert_array_equal(second.per_batch_losses()[:25], kept)
    assert len(second.per_batch_losses()) == second.step == 50


def test_a_long_runs_snapshot_holds_at_most_the_cap(monkeypatch):
    trainer = Trainer(TrainingConfig(epochs=200, n_rows=200))
    trainer.history.batch_losses = LossTrace(cap=64)
    trainer.run()
    snapshot = take_snapshot(trainer)
    assert snapshot.step == 200 * trainer.batches_per_epoch
    assert len(snapshot.batch_losses) <= 64
    assert snapshot.batch_losses.nbytes <= 64 * 8
    assert len(snapshot.per_batch_losses()) == snapshot.step
    assert len(snapshot.batch_positions) == len(snapshot.batch_losses)
    assert snapshot.batch_positions[-1] <= snapshot.step / trainer.batches_per_epoch


def test_history_turns_a_list_into_a_trace():
    history = History(batches_per_epoch=2, batch_losses=[0.5, 0.25, 0.125])
    assert isinstance(history.batch_losses, LossTrace)
    history.batch_losses = [1.0, 2.0]
    assert isinstance(history.batch_losses, LossTrace)
    assert history.batch_losses == [1.0, 2.0]


# -- 6. closing cancels background work ------------------------------------------


def _python_loop(progress: list, seconds: float) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        progress.append(1)
        del progress[:]
    progress.append("completed")
    return "completed"


def test_closing_stops_a_running_task_and_drops_its_result(qtbot):
    progress, delivered = [], []
    started = threading.Event()

    def work():
        started.set()
        return _python_loop(progress, 60.0)

    background_task.run_in_background(work, delivered.append, delivered.append)
    assert started.wait(30)
    assert background_task.cancel_all()
    assert "completed" not in progress
    assert not background_task.busy()
    qtbot.wait(50)  # any queued delivery would arrive now
    assert delivered == []


def test_tasks_not_yet_started_never_start(qtbot):
    calls, release = [], threading.Event()
    for n in range(6):  # more than the pool has threads

        def work(n=n):
            calls.append(n)
            while not release.is_set():  # Python between short waits: cancellable
                time.sleep(0.005)

        background_task.run_in_background(work, print, print)
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=WAIT_MS)
    assert background_task.cancel_all()
    count = len(calls)
    release.set()
    qtbot.wait(100)
    assert len(calls) == count
    assert count < 6


QUIT_WHILE_LOADING = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.run.background_task import run_in_background
    app = QApplication(sys.argv[:1])
    def load():
        end = time.monotonic() + 8
        while time.monotonic() < end:
            pass
        print("LOAD COMPLETED", flush=True)
        return 1
    run_in_background(load, print, print)
    QTimer.singleShot(300, app.quit)
    app.exec()
    print("EXITED", flush=True)
    """
)


def test_quitting_while_a_load_works_exits_cleanly():
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_LOADING],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "EXITED" in done.stdout
    assert "LOAD COMPLETED" not in done.stdout
    assert "RuntimeError" not in done.stderr
