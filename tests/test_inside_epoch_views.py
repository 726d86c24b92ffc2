"""The views inside an epoch, installed in a real window and driven like a student."""

from itertools import pairwise

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.inside.inspection import model_at
from core.inside.neuron import neuron_arithmetic
from tests.gui_helpers import WAIT_MS, make_window


@pytest.fixture
def inside(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    inside = window.inside_epoch
    yield window, inside
    window.close()


def wait_frame(qtbot, inside, step):
    qtbot.waitUntil(
        lambda: inside.frame is not None and inside.frame.step == step,
        timeout=WAIT_MS,
    )
    return inside.frame


def test_heatmap_shows_forward_of_the_probe_at_that_step(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[0])
    for _ in range(3):
        window.controller.step_batch()
    frame = wait_frame(qtbot, inside, 3)
    reference = Trainer(TrainingConfig())
    for _ in range(3):
        reference.step_batch()
    a = reference.model.forward(reference.X_val[frame.probe_rows]).a
    panels = inside.heatmaps.panels
    for k, key in enumerate(["input", "layer1", "layer2", "output"]):
        np.testing.assert_array_equal(panels[key].values, a[k])
    dead = int(np.all(a[1] == 0, axis=0).sum())
    assert f"Layer 1: {dead} ✕" in panels["layer1"].plot.titleLabel.text


def test_hover_reads_the_cell_under_the_mouse(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[0])
    frame = wait_frame(qtbot, inside, 0)
    panel = inside.heatmaps.panels["layer2"]
    point = panel.scene_point_of(5, 7)
    text = inside.heatmaps.readout_at(point)
    value = frame.maps[3].values[5, 7]
    assert f"validation row {frame.probe_rows[5]}" in text
    assert "layer 2, unit 8" in text
    assert text.endswith(f"{value:.4g}")


def test_clicking_a_unit_shows_its_arithmetic_with_the_cores_numbers(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[1])
    window.controller.step_epoch()
    frame = wait_frame(qtbot, inside, 25)
    trace = inside.trace
    point = trace.plots[1].vb.mapViewToScene(trace.plots[1].vb.viewRect().center())
    layer, unit = trace.bar_at(point)
    trace.neuron.show_unit(frame, layer, unit)
    got = trace.neuron.arithmetic
    model = model_at(frame.theta, frame.layer_sizes, "relu")
    want = neuron_arithmetic(model, frame.trace.a[0], layer, unit)
    assert got == want
    assert f"z = {want.z:+.4f}" in trace.neuron.text.text()
    x = frame.trace.a[0][None, :]
    assert want.a == model.forward(x).a[layer][0, unit]


def test_step_sample_walks_the_pipeline_and_makes_one_update(qtbot, inside):
    window, inside = inside
    seen = []
    window.controller.walked.connect(
        lambda f: seen.append(None if f is None else f.pipeline_key)
    )
    for _ in range(9):
        window.controls.step_sample_button.click()
    qtbot.waitUntil(lambda: len(seen) == 9, timeout=WAIT_MS)
    forward = ["input", "normalize", "layer1", "layer2", "output"]
    assert seen[:8] == [*forward, "output", "layer2", "layer1"]
    qtbot.waitUntil(lambda: window.controller.latest.step == 1, timeout=WAIT_MS)
    reference = Trainer(TrainingConfig())
    reference.step_batch()
    np.testing.assert_array_equal(window.controller.latest.theta, reference.model.theta)
    assert "mini-batch" in window.pipeline.caption()


def test_scrubbing_to_batch_b_shows_the_parameters_of_batch_b(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[3])
    window.controller.step_epoch()
    wait_frame(qtbot, inside, 25)
    inside.scrubber.slider.setValue(10)
    frame = wait_frame(qtbot, inside, 10)
    assert not frame.live
    reference = Trainer(TrainingConfig())
    for _ in range(10):
        reference.step_batch()
    np.testing.assert_array_equal(frame.theta, reference.model.theta)
    np.testing.assert_array_equal(
        inside.weights.weights[0].values, reference.model.layers[0].W
    )
    inside.scrubber.live_button.click()
    assert wait_frame(qtbot, inside, 25).live


def test_no_frames_while_compare_depths_is_on_screen(qtbot, inside):
    """Its runs are not this run: no scrubber there, and nothing built for it."""
    window, inside = inside
    views = window.lesson_views
    window.tabs.setCurrentWidget(views.comparison)
    assert not inside.scrubber.isVisible()
    qtbot.wait(50)
    inside.frame = None
    window.controller.step_batch()
    qtbot.waitUntil(lambda: window.controller.latest.step == 1, timeout=WAIT_MS)
    qtbot.wait(100)
    assert inside.frame is None


# -- the backward pass over the whole run --------------------------------------


def sgd_run(epochs=2) -> tuple[Trainer, list[np.ndarray]]:
    """Plain SGD: each update is ``-lr * grad``, so every batch's gradient can be
    read off the parameters before and after it, independently of the views."""
    config = TrainingConfig(
        optimizer="sgd", momentum=0.0, learning_rate=0.05, epochs=epochs
    )
    trainer = Trainer(config)
    thetas = [trainer.model.theta.copy()]
    while trainer.step_batch() is not None:
        thetas.append(trainer.model.theta.copy())
    return trainer, thetas


def layer_norms(vector: np.ndarray, sizes) -> np.ndarray:
    norms, start = [], 0
    for n, m in pairwise(sizes):
        part = vector[start : start + n * m + m]
        norms.append(np.sqrt(np.sum(part * part)))
        start += n * m + m
    return np.array(norms)


def test_the_gradient_history_covers_every_batch_of_the_run():
    from core.inside.inside_session import InsideSession

    config = TrainingConfig(optimizer="sgd", momentum=0.0, learning_rate=0.05, epochs=2)
    trainer = Trainer(config)
    session = InsideSession(trainer)
    while session.step_batch() is not None:
        pass
    while session.gradients.pending:
        session.gradients.fill(1.0)
    steps, norms = session.gradients.arrays()
    _, thetas = sgd_run(epochs=2)
    assert steps.tolist() == list(range(1, len(thetas)))  # batch 1 to the last
    for batch in (1, 7, 25, 26, len(thetas) - 1):
        grad = (thetas[batch - 1] - thetas[batch]) / 0.05
        want = layer_norms(grad, trainer.model.layer_sizes)
        np.testing.assert_allclose(norms[batch - 1], want, rtol=1e-6)


def test_backward_view_after_the_run_and_after_reset(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[2])
    window.controller.play()
    qtbot.waitUntil(
        lambda: window.controller.latest.state == "finished", timeout=WAIT_MS
    )
    total = window.controller.latest.step
    view = inside.backward
    qtbot.waitUntil(
        lambda: (
            view.frame is not None
            and view.frame.step == total
            and len(view.frame.grad_steps) >= total / 16
            and view.frame.grad_steps[-1] >= total - 16  # filled in after the run
        ),
        timeout=WAIT_MS,
    )
    # the whole run, not one sample: from the first batches to the last
    assert view.frame.grad_steps[0] <= 17
    assert view.frame.grad_steps[-1] >= total - 16
    low, high = view.history.getViewBox().viewRange()[0]
    assert low <= 1
    assert high >= total
    # and the last batch's gradients, said as such
    assert view.summary.text().startswith("The run is over. Its last batch")
    assert view.panels[0].values is not None
    window.controller.reset()
    qtbot.waitUntil(lambda: view.frame.step == 0 and view.frame.live, timeout=WAIT_MS)
    for curve in view.curves:  # a fresh run: at most the first batch's gradient
        assert curve.xData is None or list(curve.xData) in ([], [1])
    assert not view.history.getAxis("bottom").autoSIPrefix
    low, high = view.history.getViewBox().viewRange()[0]
    assert high - low >= 0.9  # no "batch (×0.001)" range around nothing
    assert view.summary.text().startswith("Next batch (epoch 1, batch 1)")


def test_clicking_the_scrubbers_trough_jumps_to_that_point(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentWidget(inside.pages[3])
    window.controller.step_epoch()
    wait_frame(qtbot, inside, 25)
    slider = inside.scrubber.slider
    slider.resize(500, slider.height())
    chosen = []
    inside.scrubber.moment_chosen.connect(chosen.append)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    x = next(x for x in range(5, 495) if slider.value_at(x) == 6)
    QTest.mouseClick(
        slider, Qt.MouseButton.LeftButton, pos=QPoint(x, slider.height() // 2)
    )
    assert chosen[:1] == [6]  # not 25 - 10 (a page step)
    frame = wait_frame(qtbot, inside, 6)
    assert not frame.live


def test_the_gradient_axis_labels_only_powers_of_ten():
    from desktop.inside.backward_view import decades, log_ticks

    assert decades(np.array([0.013, 0.4])) == (-2, 0)
    assert decades(np.array([0.5, 0.6])) == (-1, 0)  # at least one decade
    major, minor = log_ticks(-2, 0)
    assert [label for _, label in major] == ["0.01", "0.1", "1"]
    assert all(label == "" for _, label in minor)
    assert len(minor) == 4  # 0.02, 0.05, 0.2, 0.5
