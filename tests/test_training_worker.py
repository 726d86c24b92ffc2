"""The worker's logic, driven synchronously (no thread), and the pace clock."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from desktop.pace import PACES, Pace, PaceClock
from desktop.training_worker import RunRequest, TrainingWorker


@pytest.fixture
def worker(qapp):
    w = TrainingWorker()
    seen = {"snapshot": [], "finished": [], "failed": [], "configured": []}
    for name, items in seen.items():
        getattr(w, name).connect(items.append)
    w.seen = seen
    yield w
    w.shutdown()


def test_configure_describes_the_pipeline_and_sends_a_first_snapshot(worker):
    worker.configure(RunRequest(TrainingConfig(hidden_layers=(8,))))
    description = worker.seen["configured"][-1]
    assert [s.key for s in description.stages] == [
        "input",
        "normalize",
        "layer1",
        "output",
    ]
    assert description.X_normalized.shape == (1000, 20)
    assert worker.seen["snapshot"][-1].step == 0


def test_snapshots_are_copies_not_views(worker):
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_batch()
    snapshot = worker.seen["snapshot"][-1]
    kept = snapshot.theta.copy()
    worker.step_batch()
    np.testing.assert_array_equal(snapshot.theta, kept)
    assert snapshot.batch_losses.flags.owndata


def test_step_epoch_matches_the_core(worker):
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_epoch()
    reference = Trainer(TrainingConfig())
    reference.step_epoch()
    assert worker.seen["snapshot"][-1].records == tuple(reference.history.records)


def test_a_bad_config_keeps_the_previous_run_and_says_why(worker):
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_epoch()
    worker.configure(RunRequest(TrainingConfig(epochs=0)))
    assert "epochs" in worker.seen["failed"][-1]
    worker.step_epoch()
    assert worker.seen["snapshot"][-1].epochs_done == 2


def test_learning_rate_reaches_the_trainer(worker):
    worker.configure(RunRequest(TrainingConfig()))
    worker.set_learning_rate(0.05)
    worker.step_batch()
    assert worker.seen["snapshot"][-1].learning_rate == 0.05


def test_finished_is_sent_once_at_the_end(worker):
    worker.configure(RunRequest(TrainingConfig(epochs=2)))
    worker.step_epoch()
    assert worker.seen["finished"] == []
    worker.step_epoch()
    assert len(worker.seen["finished"]) == 1
    assert worker.seen["finished"][0].state == "finished"
    worker.step_epoch()  # nothing left to do
    assert len(worker.seen["finished"]) == 1


def test_pace_clock_spends_credit_at_the_pace():
    clock = PaceClock(Pace("test", epochs_per_second=2), batches_per_epoch=25)
    assert clock.allowed(10.0) == 1  # one batch at once after play
    assert clock.allowed(10.5) == 25  # 0.5 s x 50 batches/s
    assert clock.allowed(10.53) == 1  # 1.5 batches of credit: one now, half kept
    assert clock.allowed(10.55) == 1  # 0.5 kept + 1.0 new


def test_pace_clock_does_not_rush_after_a_pause():
    clock = PaceClock(Pace("test", batches_per_second=1), batches_per_epoch=25)
    clock.allowed(0.0)
    clock.restart()
    assert clock.allowed(100.0) == 1


def test_the_paces_go_from_slow_motion_to_unlimited():
    rates = [p.rate(25) for p in PACES]
    assert rates == sorted(rates)
    assert rates[0] == 1.0
    assert rates[-1] == float("inf")
    assert any(p.epochs_per_second == 1 for p in PACES)  # about one epoch a second


def test_run_clock_counts_only_time_spent_playing():
    from desktop.run_clock import RunClock

    now = [0.0]
    clock = RunClock(lambda: now[0])
    clock.set_running(True)
    now[0] = 2.0
    clock.set_running(False)
    now[0] = 10.0  # paused: not counted
    clock.set_running(True)
    now[0] = 10.5
    assert clock.seconds() == 2.5
    clock.reset()
    assert clock.seconds() == 0.0
