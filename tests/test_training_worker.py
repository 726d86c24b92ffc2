"""The worker's logic, driven synchronously (no thread), and the pace clock."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from desktop.run.pace import PACES, Pace, PaceClock
from desktop.run.training_worker import RunRequest, TrainingWorker


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
    # the losses are shared, not copied: read-only, and never written again
    assert not snapshot.batch_losses.flags.writeable
    np.testing.assert_array_equal(snapshot.batch_losses, [snapshot.batch_losses[0]])
    assert worker.seen["snapshot"][-1].batch_losses[0] == snapshot.batch_losses[0]


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


def test_the_paces_go_from_a_lecture_through_slow_motion_to_unlimited():
    assert PACES[0].walks  # one stage of one example at a time
    assert PACES[0].rate(25) <= 1.0
    rates = [p.rate(25) for p in PACES[1:]]
    assert rates == sorted(rates)
    assert rates[0] == 1.0
    assert rates[-1] == float("inf")
    assert any(p.epochs_per_second == 1 for p in PACES)  # about one epoch a second


def test_run_clock_counts_only_time_spent_playing():
    from desktop.run.run_clock import RunClock

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


# -- inside an epoch -----------------------------------------------------------


def test_no_frames_are_built_unless_a_view_inside_the_epoch_is_visible(worker):
    frames = []
    worker.inspected.connect(frames.append)
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_batch()
    assert frames == []
    worker.set_inspecting(True)
    worker.step_batch()
    assert frames[-1].step == 2
    assert frames[-1].live


def test_frames_hold_the_cores_activations_at_that_step(worker):
    frames = []
    worker.inspected.connect(frames.append)
    worker.set_inspecting(True)
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_epoch()
    reference = Trainer(TrainingConfig())
    reference.step_epoch()
    frame = frames[-1]
    assert frame.step == reference.step_count == 25
    a = reference.model.forward(reference.X_val[frame.probe_rows]).a
    for k in range(len(a)):
        np.testing.assert_array_equal(frame.maps[k + 1].values, a[k])


def test_step_sample_walks_the_stages_then_makes_the_batch_update(worker):
    walked = []
    worker.walked.connect(walked.append)
    worker.configure(RunRequest(TrainingConfig()))
    walked.clear()
    for _ in range(9):
        worker.step_sample()
    keys = [f.key for f in walked]
    assert keys[:5] == ["input", "normalize", "layer1", "layer2", "output"]
    assert keys[5:] == ["loss", "grad2", "grad1", "update"]
    assert walked[-1].matches_core
    reference = Trainer(TrainingConfig())
    reference.step_batch()
    snapshot = worker.seen["snapshot"][-1]
    assert snapshot.step == 1
    np.testing.assert_array_equal(snapshot.theta, reference.model.theta)


def test_another_command_drops_a_walk_under_way(worker):
    walked = []
    worker.walked.connect(walked.append)
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_sample()
    worker.step_sample()
    worker.step_batch()
    assert walked[-1] is None
    assert worker.seen["snapshot"][-1].step == 1


def test_showing_a_past_moment_draws_the_parameters_kept_then(worker):
    frames = []
    worker.inspected.connect(frames.append)
    worker.set_inspecting(True)
    worker.configure(RunRequest(TrainingConfig()))
    worker.step_epoch()
    worker.step_epoch()
    reference = Trainer(TrainingConfig())
    for _ in range(7):
        reference.step_batch()
    worker.show_moment(7)
    frame = frames[-1]
    assert (frame.step, frame.epoch, frame.batch, frame.live) == (7, 1, 7, False)
    np.testing.assert_array_equal(frame.theta, reference.model.theta)
    assert len(frame.kept_steps) == 51
    assert frame.live_step == 50
    worker.show_moment(-1)
    assert frames[-1].live
    assert frames[-1].step == 50
