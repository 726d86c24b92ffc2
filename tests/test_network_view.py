"""The network view: edges follow W, pictures equal the core's, scrub, weight edits."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QInputDialog

from core import Trainer, TrainingConfig
from core.engine.snapshot import layer_params
from core.inside.moment_snapshot import snapshot_at
from core.inside.neuron import neuron_arithmetic
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from desktop.patterns import network_canvas
from desktop.patterns.network_canvas import NetworkCanvas, edge_pen
from desktop.patterns.network_frame import FrameJob, build_network_frame, lookup_tables
from desktop.patterns.network_view import NetworkView
from desktop.run.training_controller import TrainingController
from desktop.shell.run_model import RunModel
from tests.gui_helpers import WAIT_MS

CONFIG = TrainingConfig(epochs=2)  # the seed network: 20 -> 64 -> 32 -> 1


@pytest.fixture
def setup(qtbot):
    model, controller = RunModel(), TrainingController()
    model.follow(controller)
    view = NetworkView(model, controller)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    with qtbot.waitSignal(view.drawn, timeout=WAIT_MS):
        controller.configure(CONFIG)
    yield model, controller, view
    controller.shutdown()


def _train(qtbot, controller, view):
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        controller.play()
    qtbot.waitUntil(
        lambda: (
            view.frame_snapshot is not None
            and view.frame_snapshot.step == controller.latest.step
        ),
        timeout=WAIT_MS,
    )


def _top_k(W, k):
    return {
        (int(i), j)
        for j in range(W.shape[1])
        for i in sorted(range(W.shape[0]), key=lambda i: (-abs(W[i, j]), i))[:k]
    }


def test_drawn_edges_follow_w(qtbot, setup):
    _, controller, view = setup
    _train(qtbot, controller, view)
    weights = [W for W, _ in layer_params(view.frame_snapshot.theta, (20, 64, 32, 1))]
    for k in (1, 3):
        with qtbot.waitSignal(view.drawn, timeout=WAIT_MS):
            view.k_box.setValue(k)
        drawn = view.canvas.frame.edges
        assert [len(e) for e in drawn] == [64 * k, 32 * k, 32]  # 32 x 1: all
        for edges, W in zip(drawn, weights, strict=True):
            expected = _top_k(W, k) if W.size > 64 else _top_k(W, W.shape[0])
            got = zip(edges.source.tolist(), edges.target.tolist(), strict=True)
            assert set(got) == expected
            w = W[edges.source, edges.target]
            pens = [edge_pen(a, b) for a, b in zip(w, edges.width, strict=True)]
            for weight, pen in zip(w, pens, strict=True):
                dashed = pen.style() != Qt.PenStyle.SolidLine
                assert dashed == (weight < 0)
                colour = (
                    network_canvas.NEGATIVE if weight < 0 else network_canvas.POSITIVE
                )
                assert pen.color().rgb() == colour.rgb()
            widths = np.array([pen.widthF() for pen in pens])
            order = np.argsort(np.abs(w), kind="stable")
            assert np.all(np.diff(widths[order]) >= 0)  # thicker for larger |w|
            assert widths[order[-1]] == pytest.approx(network_canvas.MAX_PEN)


def test_a_units_image_equals_the_core_picture(qtbot, setup):
    _, controller, view = setup
    _train(qtbot, controller, view)
    split = normalized_split(view.description.dataset, CONFIG)
    x, y = view.x_box.currentIndex(), view.y_box.currentIndex()
    grid = make_grid(split, x, y, 48)
    passed = model_from_theta(view.frame_snapshot.theta, (20, 64, 32, 1)).forward(
        grid.X
    )
    hidden_lut, _ = lookup_tables("relu")
    for layer, unit in ((1, 0), (1, 40), (2, 7), (3, 0)):
        expected = passed.a[layer][:, unit].reshape(48, 48)
        shown = view.frame.computed.pictures.layers[layer - 1][unit]
        np.testing.assert_allclose(shown, expected, atol=1e-12)
        if layer == 3:
            continue
        image = view.canvas.images[layer - 1][unit]
        top = expected.max() if expected.max() > 0 else 1.0
        for row, col in ((0, 0), (10, 30), (47, 47)):
            value = expected[47 - row, col]  # the image's top row is the largest y
            index = int(np.clip(np.rint(value / top * 255), 0, 255))
            assert image.pixelColor(col, row).getRgb() == tuple(hidden_lut[index])


def test_the_view_follows_a_scrub(qtbot, setup):
    model, controller, view = setup
    start_theta = view.frame_snapshot.theta.copy()
    _train(qtbot, controller, view)
    live = model.snapshot
    past = snapshot_at(live, 0, start_theta)
    with qtbot.waitSignal(view.drawn, timeout=WAIT_MS) as shown:
        model.set_moment(past)
    assert shown.args[0] is past
    np.testing.assert_array_equal(view.frame.theta, start_theta)
    grid = make_grid(normalized_split(view.description.dataset, CONFIG), 4, 6, 48)
    x_index, y_index = view.x_box.currentIndex(), view.y_box.currentIndex()
    assert (x_index, y_index) == (4, 6)  # VO2 max and vertical jump, as the boundary
    first = model_from_theta(start_theta, (20, 64, 32, 1)).forward(grid.X).a[1]
    np.testing.assert_allclose(
        view.frame.computed.pictures.layers[0][5], first[:, 5].reshape(48, 48)
    )
    assert not view.request_weight(1, 0, 0, 1.0)  # no edits in the past
    assert "Back to live" in view.message.text()
    with qtbot.waitSignal(view.drawn, timeout=WAIT_MS) as shown:
        model.set_moment(None)
    np.testing.assert_array_equal(view.frame.theta, live.theta)


def test_an_edited_weight_changes_the_model_and_is_a_recorded_moment(qtbot, setup):
    model, controller, view = setup
    with qtbot.waitSignal(controller.snapshot_ready, timeout=WAIT_MS):
        controller.step_epoch()
    step = model.snapshot.step
    old = layer_params(model.snapshot.theta, (20, 64, 32, 1))[1][0][3, 5]
    new = old + 1.25

    def edited(snapshot):
        return layer_params(snapshot.theta, (20, 64, 32, 1))[1][0][3, 5] == new

    with qtbot.waitSignal(
        model.snapshot_changed, timeout=WAIT_MS, check_params_cb=edited
    ):
        assert view.request_weight(2, 3, 5, new)
    assert model.snapshot.step == step  # an edit is not a training step
    qtbot.waitUntil(lambda: edited(view.frame_snapshot), timeout=WAIT_MS)
    controller.set_inspecting(True)
    with qtbot.waitSignal(
        controller.inspected, timeout=WAIT_MS,
        check_params_cb=lambda f: not f.live or f.step == step,
    ) as kept:  # fmt: skip
        controller.show_moment(step)
    frame = kept.args[0]
    assert frame.step == step
    assert layer_params(frame.theta, (20, 64, 32, 1))[1][0][3, 5] == new
    # training goes on from the edited weights
    reference = Trainer(CONFIG)
    reference.step_epoch()
    reference.set_weight(2, 3, 5, new)
    reference.step_batch()
    with qtbot.waitSignal(controller.snapshot_ready, timeout=WAIT_MS):
        controller.step_batch()
    np.testing.assert_allclose(model.snapshot.theta, reference.model.theta)


def test_edits_are_refused_while_playing(qtbot, setup):
    _, controller, view = setup
    controller.play()
    assert controller.playing
    assert not view.request_weight(1, 0, 0, 1.0)
    assert not controller.set_weight(1, 0, 0, 1.0)
    assert "Pause" in view.message.text()
    controller.pause()


def test_clicking_an_edge_while_paused_edits_it(qtbot, setup, monkeypatch):
    model, _, view = setup
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getDouble",
        lambda *args, **kwargs: asked.append(args) or (0.75, True),
    )  # fmt: skip
    edges = view.canvas.frame.edges[0]
    start, end = view.canvas.edge_ends(edges, 0)
    middle = (start + end) / 2
    hit, e = view.canvas.edge_at(middle)
    source, target = int(hit.source[e]), int(hit.target[e])
    with qtbot.waitSignal(
        model.snapshot_changed, timeout=WAIT_MS,
        check_params_cb=lambda s: layer_params(s.theta, s.layer_sizes)[hit.layer - 1][
            0][source, target] == 0.75,
    ):  # fmt: skip
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=middle.toPoint())
    assert len(asked) == 1


def test_hover_shows_the_units_arithmetic(qtbot, setup):
    _, _, view = setup
    rect = view.canvas.unit_rect(1, 3)
    qtbot.mouseMove(view.canvas, rect.center().toPoint())
    qtbot.waitUntil(view.card.isVisible, timeout=WAIT_MS)
    text = view.card.text.text()
    assert "Layer 1, unit 4" in text
    split = normalized_split(view.description.dataset, CONFIG)
    model = model_from_theta(view.frame.theta, (20, 64, 32, 1))
    n = neuron_arithmetic(model, split.X_val[view.row_box.value()], 1, 3)
    assert f"z = {n.z:+.4f}" in text
    assert f"a = {n.a:.4f}" in text


def test_ordering_by_reliance_puts_the_most_relied_on_unit_first(qtbot, setup):
    _, controller, view = setup
    _train(qtbot, controller, view)
    order = view.frame.computed.status.order
    cells = view.canvas.layout_.cells
    assert view.canvas.unit_rect(1, 0) == cells[0][0]
    view.order_box.setChecked(True)
    for layer in (1, 2):
        assert (
            view.canvas.unit_rect(layer, int(order[layer - 1][0]))
            == cells[layer - 1][0]
        )
        assert (
            view.canvas.unit_rect(layer, int(order[layer - 1][-1]))
            == cells[layer - 1][-1]
        )


def test_a_dead_unit_is_crossed_out_with_a_reason(qtbot):
    config = TrainingConfig(dataset="moons", hidden_layers=(6,), epochs=1)
    trainer = Trainer(config)
    split = normalized_split(trainer.dataset, config)
    W, b = trainer.model.layers[0].W, trainer.model.layers[0].b
    W[:, 2] = -1.0  # normalized inputs are >= 0 on the training rows: z < 0
    b[2] = -0.5
    job = FrameJob.of(
        trainer.model.theta, (2, 6, 1), "relu", make_grid(split, size=20),
        split.X_train, 3, lookup_tables("relu"),
    )  # fmt: skip
    frame = build_network_frame(job)
    assert list(frame.computed.status.dead[0]) == [u == 2 for u in range(6)]
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(700, 400)
    canvas.set_network((2, 6, 1), ("x1", "x2"), {})
    canvas.set_frame(frame)
    assert "Dead unit" in canvas.tooltip_at(canvas.unit_rect(1, 2).center())
    assert canvas.tooltip_at(canvas.unit_rect(1, 1).center()) == ""
    assert canvas.tooltip_at(QPointF(canvas.layout_.inputs[1])) == "x2"
    assert len(frame.edges[0]) == 12  # 2 x 6: small, every edge drawn
