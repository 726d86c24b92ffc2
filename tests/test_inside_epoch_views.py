"""The views inside an epoch, installed in a real window and driven like a student."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.inside.inspection import model_at
from core.inside.neuron import neuron_arithmetic
from desktop.inside.inside_epoch import install_inside_epoch
from tests.gui_helpers import WAIT_MS, make_window


@pytest.fixture
def inside(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    inside = install_inside_epoch(window)
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
    inside.scrubbers[3].slider.setValue(10)
    frame = wait_frame(qtbot, inside, 10)
    assert not frame.live
    reference = Trainer(TrainingConfig())
    for _ in range(10):
        reference.step_batch()
    np.testing.assert_array_equal(frame.theta, reference.model.theta)
    np.testing.assert_array_equal(
        inside.weights.weights[0].values, reference.model.layers[0].W
    )
    inside.scrubbers[3].live_button.click()
    assert wait_frame(qtbot, inside, 25).live


def test_no_frames_while_only_the_training_tab_is_on_screen(qtbot, inside):
    window, inside = inside
    window.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    inside.frame = None
    window.controller.step_batch()
    qtbot.waitUntil(lambda: window.controller.latest.step == 1, timeout=WAIT_MS)
    qtbot.wait(100)
    assert inside.frame is None
