"""Every live text against the state it belongs to, through every kind of change.

A real window is driven through the state changes a lesson goes through
(single steps of each kind, play at three paces, the end of the run, a
scrub back in time, reset, another dataset, a CSV, Restore defaults, a
divergence). After each one, every text the window states about the run is
checked against numbers worked out here from the run itself: the Output and
Layer 1 box lines, the Step sample caption, the status bar's state word and
speed, and the curves' hover readout.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from pytestqt.exceptions import TimeoutError as QtTimeout

from core import TrainingConfig
from core.data.csv_data import load_csv
from desktop.run.pace import FASTEST_PACE, PACES
from tests.gui_helpers import WAIT_MS, make_window, set_speed

SLOW = next(i for i, p in enumerate(PACES) if p.batches_per_second == 5)
LECTURE = next(i for i, p in enumerate(PACES) if p.walks)


def problems(window) -> list[str]:
    """What the window says that the run's latest state does not support."""
    s, d = window.controller.latest, window.description
    if s is None or d is None:
        return ["no run yet"]
    found = []
    out = window.pipeline.live_text("output")
    y = d.dataset.y[d.val_index]
    share = max(y.mean(), 1 - y.mean())
    if f"{share:.1%}" not in out:
        found.append(f"output {out!r} lacks the majority rate {share:.1%}")
    if not s.records:
        if not out.startswith("To beat:"):
            found.append(f"output {out!r} before any epoch")
    else:
        prefix = "After the rollback:" if s.state == "diverged" else "Now:"
        want = f"{prefix} {s.records[-1].val_accuracy:.0%} of validation rows right"
        if not out.startswith(want):
            found.append(f"output {out!r}, want {want!r}")
    found += layer1_problems(window, s, d)
    found += status_problems(window, s)
    return found


def layer1_problems(window, s, d) -> list[str]:
    text = window.pipeline.live_text("layer1")
    if len(s.layer_sizes) < 3 or s.step == 0:
        return [] if text == "" else [f"layer 1 {text!r} with no update made"]
    n_in, n_units = s.layer_sizes[:2]
    W = s.theta[: n_in * n_units].reshape(n_in, n_units)
    unit = int(np.argmax(np.sqrt((W**2).sum(axis=0))))
    top = d.dataset.feature_names[int(np.argmax(np.abs(W[:, unit])))]
    if not text.startswith(f"Now: unit {unit + 1} weighs {top} ("):
        return [f"layer 1 {text!r}, want unit {unit + 1} and {top}"]
    return []


def status_problems(window, s) -> list[str]:
    status = window.status_label.text()
    playing = window.controller.playing
    if s.state in ("finished", "diverged"):
        word = s.state
    elif playing:
        word = "training"
    else:
        word = "ready" if s.step == 0 else "paused"
    found = [] if status.endswith(f"· {word}") else [f"status {status!r}, want {word}"]
    if "examples/s" in status and not playing:
        found.append(f"a speed without playing: {status!r}")
    batch = s.batch_in_epoch or (s.batches_per_epoch if s.epochs_done else 0)
    if f"Epoch {s.epochs_done}/{s.total_epochs} · batch {batch}/" not in status:
        found.append(f"status {status!r} is not at epoch {s.epochs_done}")
    return found


def settle(qtbot, window, extra=lambda: True) -> None:
    """Wait until every text holds (and ``extra``); fail with what does not."""
    try:
        qtbot.waitUntil(lambda: not problems(window) and extra(), timeout=WAIT_MS)
    except QtTimeout:
        assert problems(window) == []
        assert extra()


def wait_step(qtbot, window, test) -> None:
    """Until the latest snapshot passes ``test``; a reset or a new setup drops
    the latest one (None) until the new run's first snapshot arrives."""

    def passed() -> bool:
        latest = window.controller.latest
        return latest is not None and test(latest)

    qtbot.waitUntil(passed, timeout=WAIT_MS)


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.ask_before_discarding = False
    set_speed(window, FASTEST_PACE)
    yield window
    window.close()


def no_caption(window) -> bool:
    return window.pipeline.caption() == ""


def test_single_steps_of_each_kind(qtbot, window):
    settle(qtbot, window)
    for _ in range(3):
        window.controls.step_batch_button.click()
    wait_step(qtbot, window, lambda s: s.step == 3)
    settle(qtbot, window)
    # the curves follow the batches: zoomed on epoch 1, batch 3 marked
    assert window.plot.marked_step == 3
    x_range = window.plot.loss_plot.getViewBox().viewRange()[0]
    assert x_range[0] > -0.1
    assert x_range[1] < 1.1
    for _ in range(3):
        window.controls.step_sample_button.click()
    qtbot.waitUntil(lambda: window.pipeline.caption().startswith("Step sample 3/"))
    window.controls.step_button.click()
    wait_step(qtbot, window, lambda s: s.epochs_done == 1)
    settle(qtbot, window, lambda: no_caption(window))
    assert window.plot.marked_step is None  # an epoch's end: the whole run again


def test_the_step_sample_caption_is_not_exported(qtbot, window):
    pipeline = window.pipeline
    for _ in range(3):
        window.controls.step_sample_button.click()
    qtbot.waitUntil(lambda: pipeline.caption().startswith("Step sample 3/"))
    exported = pipeline.export_pixmap().toImage()
    assert pipeline.caption().startswith("Step sample 3/")  # still on screen
    assert exported != pipeline.grab().toImage()
    pipeline.set_caption("")
    pipeline.set_walk_text("", "")
    pipeline.set_active("")
    assert exported == pipeline.grab().toImage()


def test_play_at_three_paces_and_the_end_of_the_run(qtbot, window):
    set_speed(window, LECTURE)
    window.controls.play_button.click()
    settle(qtbot, window)  # "training" before any snapshot of a walk arrives
    assert window.status_label.text().endswith("· training")
    window.controls.play_button.click()  # pause
    settle(qtbot, window)
    set_speed(window, SLOW)
    window.controls.play_button.click()
    qtbot.waitUntil(lambda: "examples/s" in window.status_label.text(), timeout=WAIT_MS)
    speed = float(re.search(r"([\d,]+) examples/s", window.status_label.text())[1]
                  .replace(",", ""))  # fmt: skip
    batch = window.description.config.batch_size
    assert 0.4 * 5 * batch < speed < 2.5 * 5 * batch  # 5 batches a second
    assert window.pipeline.caption() == ""
    window.controls.play_button.click()
    settle(qtbot, window)
    set_speed(window, FASTEST_PACE)
    window.controls.play_button.click()
    wait_step(qtbot, window, lambda s: s.state == "finished")
    settle(qtbot, window, lambda: no_caption(window))


def test_a_finished_walk_caption_goes_at_the_end_of_the_run(qtbot, window):
    window.controller.step_sample()
    qtbot.waitUntil(lambda: window.pipeline.caption() != "", timeout=WAIT_MS)
    window.controller.play()
    wait_step(qtbot, window, lambda s: s.state == "finished")
    settle(qtbot, window, lambda: no_caption(window))


def test_scrubbing_back_shows_that_moment_in_the_curves_and_readouts(qtbot, window):
    for _ in range(2):
        window.controller.step_epoch()
    wait_step(qtbot, window, lambda s: s.epochs_done == 2)
    settle(qtbot, window)
    scrubber = window.inside_epoch.scrubber
    assert scrubber.isVisible()  # under the Training tab too
    qtbot.waitUntil(lambda: scrubber.slider.maximum() == 50, timeout=WAIT_MS)
    scrubber.slider.setValue(30)
    plot = window.plot
    qtbot.waitUntil(lambda: plot.marked_step == 30, timeout=WAIT_MS)
    past = plot._snapshot
    assert past.step == 30
    assert len(past.records) == 1  # epoch 2 was not over after batch 30
    live = window.controller.latest
    assert past.records[0] == live.records[0]
    vb = plot.accuracy_plot.getViewBox()
    text = plot.readout_at(vb.mapViewToScene(vb.viewRect().center()))
    assert text.startswith("epoch 1:")
    assert f"{live.records[0].val_accuracy:.3f}" in text
    views = window.lesson_views
    qtbot.waitUntil(lambda: views.boundary.snapshot.step == 30, timeout=WAIT_MS)
    scrubber.live_button.click()
    qtbot.waitUntil(lambda: plot._snapshot.step == 50, timeout=WAIT_MS)
    assert plot.marked_step is None
    qtbot.waitUntil(lambda: views.boundary.snapshot.step == 50, timeout=WAIT_MS)
    settle(qtbot, window)


def trained(qtbot, window, epochs=2) -> None:
    for _ in range(epochs):
        window.controller.step_epoch()
    wait_step(qtbot, window, lambda s: s.epochs_done == epochs)
    for _ in range(2):
        window.controller.step_sample()
    qtbot.waitUntil(lambda: window.pipeline.caption() != "", timeout=WAIT_MS)
    settle(qtbot, window)
    assert window.pipeline.live_text("output").startswith("Now:")


def fresh(qtbot, window) -> None:
    wait_step(qtbot, window, lambda s: s.step == 0)
    settle(qtbot, window, lambda: no_caption(window))
    assert window.pipeline.live_text("output").startswith("To beat:")
    assert window.pipeline.live_text("layer1") == ""


def test_reset(qtbot, window):
    trained(qtbot, window)
    window.controls.reset_button.click()
    fresh(qtbot, window)


def test_another_dataset(qtbot, window):
    trained(qtbot, window)
    window.apply_config(TrainingConfig(dataset="circles"))
    qtbot.waitUntil(
        lambda: window.description.config.dataset == "circles", timeout=WAIT_MS
    )
    fresh(qtbot, window)


def test_a_csv(qtbot, window, tmp_path):
    trained(qtbot, window)
    rng = np.random.default_rng(5)
    rows = ["height,score,passed"]
    for _ in range(80):
        h, s = rng.normal(170, 10), rng.normal()
        rows.append(f"{h:.1f},{s:.3f},{'yes' if h + 5 * s > 170 else 'no'}")
    path = tmp_path / "class.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dataset = load_csv(path).dataset
    config = window.description.config.with_changes(dataset=dataset.name, n_rows=None)
    window.controller.configure(config, dataset)
    qtbot.waitUntil(lambda: window.description.dataset is dataset, timeout=WAIT_MS)
    fresh(qtbot, window)


def test_restore_defaults(qtbot, window):
    trained(qtbot, window)
    window.restore_defaults()
    fresh(qtbot, window)


def test_a_divergence_rollback(qtbot, window):
    trained(qtbot, window, epochs=1)
    window.controller.set_learning_rate(10.0)
    window.controller.step_epoch()
    wait_step(qtbot, window, lambda s: s.state == "diverged")
    settle(qtbot, window, lambda: no_caption(window))
    assert window.pipeline.live_text("output").startswith("After the rollback:")


def test_the_speed_is_measured_over_seconds_of_play_only():
    from desktop.run.run_clock import RunClock

    now = [0.0]
    clock = RunClock(lambda: now[0])
    clock.note(32)  # a single step while paused: no speed, ever
    assert clock.speed() is None
    clock.set_running(True)
    for t in range(11):  # 160 examples a second, seen every 0.1 s
        now[0] = t / 10
        clock.note(32 + 16 * t)
    assert clock.speed() == pytest.approx(160)
    now[0] = 1.05
    clock.note(32 + 160 + 400)  # a burst right after: averaged over the window
    assert 160 < clock.speed() < 600
    clock.set_running(False)
    assert clock.speed() is None  # paused: no speed shown
    clock.set_running(True)
    now[0] = 1.2
    clock.note(600)
    assert clock.speed() is None  # not measured long enough yet
