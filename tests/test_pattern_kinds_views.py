"""The pattern views on a several-classes run (blobs) and a number run (bump).

Each view must draw what the core computes with the run's own output kind,
checked against a forward pass by hand (softmax, or a linear unit turned
back into the target's units), and speak in the kind's words: no
"P(class 1)" and no "nan" for a number.
"""

import numpy as np
import pyqtgraph as pg
import pytest

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from core.lesson.insight import percent, untangle
from core.patterns.linear_pieces import piece_map, wide_layer
from core.patterns.unit_pictures import unit_status
from core.patterns.untangle_projection import project
from desktop.lesson.boundary_plot import class_colour, class_symbol
from desktop.patterns import network_canvas
from desktop.patterns import pieces_view as pieces_module
from desktop.patterns.network_layout import lay_out
from desktop.patterns.network_view import NetworkView
from desktop.patterns.pieces_view import PiecesView
from desktop.patterns.pipeline_pictures import PipelinePictures
from desktop.patterns.untangle_view import UntangleView
from desktop.run import background_task
from desktop.run.training_controller import TrainingController
from desktop.run.training_worker import _describe
from desktop.shell.run_model import RunModel
from desktop.views.pipeline_view import PipelineView
from tests.gui_helpers import WAIT_MS
from tests.test_pattern_kinds_core import forward_by_hand


class Run:
    """A trained run of one kind, its description and its last snapshot."""

    def __init__(self, dataset: str, kind: str, seed: int) -> None:
        self.kind = kind
        self.config = TrainingConfig(
            dataset=dataset, target_kind=kind, epochs=3, seed=seed
        )
        trainer = Trainer(self.config)
        trainer.run()
        self.description = _describe(trainer)
        self.live = take_snapshot(trainer)
        self.split = normalized_split(trainer.dataset, self.config)
        self.sizes = tuple(self.live.layer_sizes)
        self.model = model_from_theta(self.live.theta, self.sizes, "relu", kind)

    def to_units(self, z):
        y = np.asarray(self.split.y_train_raw, float)
        return z * y.std() + y.mean()


@pytest.fixture(scope="module")
def blobs():
    return Run("blobs", "classes", 1)


@pytest.fixture(scope="module")
def bump():
    return Run("bump", "number", 2)


def _model_with(run: Run) -> RunModel:
    model = RunModel()
    model.set_description(run.description)
    model.set_snapshot(run.live)
    return model


def _no_binary_words(*texts: str) -> None:
    for text in texts:
        assert "P(class 1)" not in text
        assert "nan" not in text.lower().replace("nanc", "")


@pytest.fixture
def controller():
    controller = TrainingController()
    yield controller
    controller.shutdown()


def _network(qtbot, controller, run: Run) -> NetworkView:
    view = NetworkView(RunModel(), controller)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    with qtbot.waitSignal(view.drawn, timeout=WAIT_MS):
        view.model.set_description(run.description)
        view.model.set_snapshot(run.live)
    return view


def test_network_view_on_blobs_draws_one_picture_per_class(qtbot, controller, blobs):
    view = _network(qtbot, controller, blobs)
    assert blobs.sizes == (2, 64, 32, 4)
    assert view.canvas.layer_sizes == blobs.sizes
    grid = make_grid(blobs.split, 0, 1, 48)
    want = forward_by_hand(blobs.live.theta, blobs.sizes, grid.X, "classes")[-1]
    drawn = view.frame.computed.pictures.layers[-1]
    for c in range(4):
        np.testing.assert_allclose(drawn[c], want[:, c].reshape(48, 48), atol=1e-12)
    np.testing.assert_allclose(view.frame.output_values, drawn)
    # colour: white where P = 0, the class's own colour where P = 1
    for c in range(4):
        rgba = view.frame.rgba[-1][c]
        sure = np.unravel_index(np.argmax(drawn[c]), drawn[c].shape)
        pixel = rgba[::-1][sure][:3]  # rows were flipped: up is up
        mix = 255 + drawn[c][sure] * (np.array(class_colour(c).getRgb()[:3]) - 255)
        np.testing.assert_allclose(pixel, mix, atol=1.5)
    status = unit_status(blobs.model, blobs.split.X_train)
    for got, expected in zip(view.frame.computed.status.reliance, status.reliance,
                             strict=True):  # fmt: skip
        np.testing.assert_allclose(got, expected)
    assert view.canvas.titles["output"] == "output: P(each class)"
    names = [name for _, _, name in view.canvas.output_names]
    assert names == list(blobs.description.class_names)
    assert view.canvas.output_tips[2].startswith("P(class 2) over the plane")
    html = view.unit_html(3, 2)
    assert "Output unit 3: P(class 2)" in html
    assert "e^z_j / Σ_i e^z_i" in html
    assert "relied-on" in view.order_box.toolTip()
    assert "against their mean" in view.order_box.toolTip()


def test_network_view_on_bump_draws_the_number_in_its_units(qtbot, controller, bump):
    view = _network(qtbot, controller, bump)
    assert view.canvas.layer_sizes == (2, 64, 32, 1)
    grid = make_grid(bump.split, 0, 1, 48)
    z = forward_by_hand(bump.live.theta, bump.sizes, grid.X, "number")[-1]
    np.testing.assert_allclose(
        view.frame.computed.pictures.layers[-1][0], z[:, 0].reshape(48, 48),
        atol=1e-12,
    )  # fmt: skip
    np.testing.assert_allclose(
        view.frame.output_values[0], bump.to_units(z[:, 0]).reshape(48, 48),
        atol=1e-9,
    )  # fmt: skip
    low, high = view.frame.levels[-1]
    y = bump.split.y_train_raw
    assert (low[0], high[0]) == (pytest.approx(y.min()), pytest.approx(y.max()))
    tip = view.canvas.output_tips[0]
    assert f"{y.min():.3g}" in tip
    assert f"{y.max():.3g}" in tip
    html = view.unit_html(3, 0)
    row = view.row_box.value()
    value = bump.to_units(bump.model.forward(bump.split.X_val[row : row + 1]).z[-1])
    assert f"<b>{float(value[0, 0]):.4g}</b>" in html
    assert view.canvas.titles["output"] == "output: predicted y"
    _no_binary_words(
        *view.canvas.titles.values(), tip, html, view.note.text(),
        view.order_box.toolTip(),
    )  # fmt: skip


def _untangle(qtbot, run: Run) -> UntangleView:
    model = _model_with(run)
    view = UntangleView(model)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.drawn is run.live, timeout=WAIT_MS)
    return view


def test_untangle_view_on_blobs_colours_by_class(qtbot, blobs):
    view = _untangle(qtbot, blobs)
    expected = project(blobs.model, blobs.split, 3)
    assert [p.width_units for p in view.panels] == [2, 64, 32, 4]
    u = untangle(blobs.model, blobs.split, 3, "classes")
    for k, panel in enumerate(view.panels):
        layer = expected.layers[k]
        want = np.concatenate([layer.points[expected.labels == c] for c in range(4)])
        np.testing.assert_allclose(panel.drawn_points(), want, atol=1e-9)
        for c, item in enumerate(panel.points):
            assert item.opts["symbol"] == class_symbol(c)
            assert item.opts["brush"].color().rgb() == class_colour(c).rgb()
        share = u.layers[k].val_accuracy if k < 3 else u.output_accuracy
        assert f" {percent(share)}% " in panel.score.text()
    hidden = view.panels[1].score.text()
    assert hidden.startswith("A straight-line (one-vs-rest) classifier through")
    assert "most probable class" in view.panels[3].score.text()
    assert view.panels[3].plot.titleLabel.text == "Output: the 4 class probabilities"
    assert "4 class probabilities flattened the same way" in view.note.text()
    assert all(f"class {c}" in view.key.text() for c in range(4))
    assert view.key.isVisible()


def test_untangle_view_on_bump_plots_predicted_against_true(qtbot, bump):
    view = _untangle(qtbot, bump)
    expected = project(bump.model, bump.split, 3)
    assert [p.width_units for p in view.panels] == [2, 64, 32, 1]
    for k, panel in enumerate(view.panels):
        np.testing.assert_allclose(
            panel.drawn_points(), expected.layers[k].points, atol=1e-9
        )
    rows = expected.rows
    z = forward_by_hand(bump.live.theta, bump.sizes, bump.split.X_val[rows], "number")
    out = view.panels[3].drawn_points()
    np.testing.assert_allclose(out[:, 0], bump.split.y_val_raw[rows])
    np.testing.assert_allclose(out[:, 1], bump.to_units(z[-1][:, 0]), atol=1e-9)
    # each row coloured by its true value on cividis over the training range
    y = bump.split.y_train_raw
    share = (bump.split.y_val_raw[rows] - y.min()) / (y.max() - y.min())
    want = pg.colormap.get("cividis").map(np.clip(share, 0, 1), mode="qcolor")
    brushes = view.panels[1].points[0].data["brush"]
    assert [b.color().rgb() for b in brushes] == [q.rgb() for q in want]
    u = untangle(bump.model, bump.split, 3, "number")
    for k, panel in enumerate(view.panels[:3]):
        text = panel.score.text()
        p = percent(u.layers[k].val_accuracy)
        assert f" {p}%" in text
        assert ("explains none" in text) == (p < 0)
        assert "straight-line fit" in text
        assert "variation" in text
    assert "explain" in view.panels[3].score.text()
    title = view.panels[3].plot.titleLabel.text
    assert title == "Output: predicted against true y"
    _no_binary_words(
        view.note.text(), view.key.text(), view.status.text(), title,
        *(p.score.text() for p in view.panels),
    )  # fmt: skip


def _pieces(qtbot, run: Run) -> PiecesView:
    model = _model_with(run)
    view = PiecesView(model)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.drawn is run.live, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    return view


@pytest.mark.parametrize("name", ["blobs", "bump"])
def test_pieces_view_counts_and_colours_each_kind(qtbot, request, name):
    run = request.getfixturevalue(name)
    view = _pieces(qtbot, run)
    grid = make_grid(run.split, 0, 1, pieces_module.GRID_SIZE)
    deep = piece_map(run.model, grid)
    np.testing.assert_array_equal(view.result.deep.ids, deep.ids)
    assert view.result.wide.hidden_layers == wide_layer(run.sizes)
    budget = run.live.theta.size
    assert abs(view.result.wide.n_parameters - budget) <= 2 + run.sizes[-1]
    points = view.deep_panel.points
    if run.kind == "classes":
        assert len(points) == 4
        for c, item in enumerate(points):
            assert item.opts["symbol"] == class_symbol(c)
            assert item.opts["brush"].color().rgb() == class_colour(c).rgb()
            assert len(item.data) == int(np.sum(_drawn_labels(run) == c))
        assert "4 classes" in view.note.text()
    else:
        assert len(points) == 1
        assert len(points[0].data) == len(_drawn_labels(run))
        assert "the true y" in view.note.text()
        _no_binary_words(view.note.text(), view.summary.text())


def _drawn_labels(run: Run):
    rows = pieces_module.sample_rows(run.description.dataset.n_rows)
    return run.description.dataset.y[rows]


@pytest.mark.parametrize("name", ["blobs", "bump"])
def test_pipeline_pictures_give_the_output_box_the_kinds_pictures(qtbot, request, name):
    run = request.getfixturevalue(name)
    pipeline = PipelineView()
    qtbot.addWidget(pipeline)
    pipeline.set_stages(run.description.stages)
    pipeline.resize(1600, 400)
    pipeline.show()
    model = RunModel()
    pictures = PipelinePictures(model, pipeline)
    model.set_description(run.description)
    with qtbot.waitSignal(pictures.shown, timeout=WAIT_MS):
        model.set_snapshot(run.live)
    grid = make_grid(run.split, 0, 1, 48)
    out = forward_by_hand(run.live.theta, run.sizes, grid.X, run.kind)[-1]
    strip = pictures.strips["output"]
    assert len(strip.units) == run.sizes[-1]
    if run.kind == "number":
        out = run.to_units(out)
    for c in range(run.sizes[-1]):
        np.testing.assert_allclose(
            strip.values[c], out[:, c].reshape(48, 48), atol=1e-9
        )


@pytest.mark.parametrize("classes", [3, 10, 20])
@pytest.mark.parametrize(("width", "height"), [(480, 300), (1024, 640), (1920, 1000)])
def test_the_class_pictures_and_their_names_fit_the_canvas(width, height, classes):
    labels = network_canvas.OUTPUT_LABEL_WIDTH
    layout = lay_out((2, 64, 32, classes), width, height, labels)
    assert len(layout.outputs) == classes
    hidden_right = max(r.right() for r in layout.cells[-1])
    for rect in layout.outputs:
        assert rect.left() > hidden_right  # right of the last hidden layer
        assert rect.right() + labels <= width + 1e-9
        assert rect.top() >= 0
        assert rect.bottom() <= height + 1e-9
    tops = sorted((r.left(), r.top()) for r in layout.outputs)
    assert len(set(tops)) == classes  # no two pictures in one place


def test_the_views_rebuild_a_network_with_an_activation_per_layer(qtbot, controller):
    config = TrainingConfig(
        dataset="moons", epochs=2, seed=3, layer_activations=("relu", "tanh")
    )
    trainer = Trainer(config)
    trainer.run()
    description, live = _describe(trainer), take_snapshot(trainer)
    model = model_from_theta(live.theta, live.layer_sizes, ("relu", "tanh"), "binary")
    view = NetworkView(RunModel(), controller)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    with qtbot.waitSignal(view.drawn, timeout=WAIT_MS):
        view.model.set_description(description)
        view.model.set_snapshot(live)
    split = normalized_split(trainer.dataset, config)
    grid = make_grid(split, 0, 1, 48)
    passed = model.forward(grid.X)
    for k in (1, 2):
        np.testing.assert_allclose(
            view.frame.computed.pictures.layers[k - 1],
            passed.a[k].T.reshape(-1, 48, 48), atol=1e-12,
        )  # fmt: skip
    # layer 1 (ReLU) is a magnitude from 0; layer 2 (tanh) is signed around 0
    low1, _ = view.frame.levels[0]
    low2, high2 = view.frame.levels[1]
    assert np.all(low1 == 0)
    np.testing.assert_allclose(low2, -high2)
    assert view.canvas.titles["layer2"] == "layer 2: 32 tanh"
    assert "where the layer's activation is never below 0" in view.note.text()
    untangle_view = UntangleView(_model_with_parts(description, live))
    qtbot.addWidget(untangle_view)
    untangle_view.show()
    qtbot.waitUntil(lambda: untangle_view.drawn is live, timeout=WAIT_MS)
    expected = project(model, split, 2)
    np.testing.assert_allclose(
        untangle_view.panels[2].drawn_points(),
        np.concatenate([expected.layers[2].points[expected.labels == c]
                        for c in (0, 1)]),
        atol=1e-9,
    )  # fmt: skip


def _model_with_parts(description, snapshot) -> RunModel:
    model = RunModel()
    model.set_description(description)
    model.set_snapshot(snapshot)
    return model
