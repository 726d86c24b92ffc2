"""The untangling and pieces views: what they draw equals the core's numbers,
they follow the time scrubber, and they explain what they cannot draw."""

from dataclasses import replace

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.inside.moment_snapshot import snapshot_at
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from core.lesson.insight import percent, untangle
from core.patterns.linear_pieces import piece_map
from core.patterns.pieces_wide import WideRun
from core.patterns.untangle_projection import project
from desktop.patterns import pieces_view as pieces_module
from desktop.patterns.pieces_view import (
    PiecesView,
    count_text,
    summary_sentence,
    unavailable_sentence,
)
from desktop.patterns.untangle_view import UntangleView, columns_for
from desktop.run import background_task
from desktop.run.training_controller import TrainingController
from desktop.run.training_worker import _describe
from desktop.shell.run_model import RunModel
from tests.gui_helpers import WAIT_MS


class Run:
    """A run trained for a few epochs, with an earlier moment to scrub back to."""

    def __init__(self, config: TrainingConfig, early_epochs: int = 1) -> None:
        trainer = Trainer(config)
        for _ in range(early_epochs):
            trainer.step_epoch()
        self.early_step, early_theta = trainer.step_count, trainer.model.theta.copy()
        trainer.run()
        self.config = config
        self.description = _describe(trainer)
        self.live = take_snapshot(trainer)
        self.moment = snapshot_at(self.live, self.early_step, early_theta)
        self.split = normalized_split(trainer.dataset, config)

    def model_of(self, snapshot):
        return model_from_theta(
            snapshot.theta, snapshot.layer_sizes, self.config.activation
        )


def _shown(qtbot, view_class, run: Run, size=(1024, 700)):
    model = RunModel()
    view = view_class(model)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    model.set_description(run.description)
    model.set_snapshot(run.live)
    qtbot.waitUntil(lambda: view.drawn is run.live, timeout=WAIT_MS)
    return model, view


def _expected_points(layer, labels):
    return np.concatenate([layer.points[labels == 0], layer.points[labels == 1]])


@pytest.fixture(scope="module")
def athletes():
    return Run(TrainingConfig(epochs=3, seed=2))


def test_untangle_panels_are_the_core_projection_and_untangles_scores(qtbot, athletes):
    _, view = _shown(qtbot, UntangleView, athletes)
    expected = project(athletes.model_of(athletes.live), athletes.split, 3)
    u = untangle(athletes.model_of(athletes.live), athletes.split, 3)
    assert [p.width_units for p in view.panels] == [20, 64, 32, 1]
    for k, panel in enumerate(view.panels):
        want = _expected_points(expected.layers[k], expected.labels)
        np.testing.assert_allclose(panel.drawn_points(), want, atol=1e-9)
        share = u.layers[k].val_accuracy if k < 3 else u.output_accuracy
        assert f" {percent(share)}% " in panel.score.text() + " "
    assert view.status.text() == "After epoch 3 of 3"


def test_untangle_follows_the_time_scrubber(qtbot, athletes):
    model, view = _shown(qtbot, UntangleView, athletes)
    live_frame = view.frame
    before = [p.drawn_points().copy() for p in view.panels]
    model.set_moment(athletes.moment)
    qtbot.waitUntil(lambda: view.drawn is athletes.moment, timeout=WAIT_MS)
    expected = project(
        athletes.model_of(athletes.moment), athletes.split, 1, previous=live_frame
    )
    for k, panel in enumerate(view.panels):
        want = _expected_points(expected.layers[k], expected.labels)
        np.testing.assert_allclose(panel.drawn_points(), want, atol=1e-9)
    assert not np.allclose(view.panels[2].drawn_points(), before[2])
    assert "time scrubber" in view.status.text()
    newer = replace(athletes.live)
    model.set_snapshot(newer)  # the live run goes on: the moment stays shown
    qtbot.wait(150)
    assert view.drawn is athletes.moment
    model.set_moment(None)
    qtbot.waitUntil(lambda: view.drawn is newer, timeout=WAIT_MS)


def test_untangle_rebuilds_its_panels_for_a_new_setup(qtbot, athletes, circles):
    model, view = _shown(qtbot, UntangleView, athletes)
    model.set_description(circles.description)
    assert [p.width_units for p in view.panels] == [2, 64, 32, 1]
    assert view.frame is None
    model.set_snapshot(circles.live)
    qtbot.waitUntil(lambda: view.drawn is circles.live, timeout=WAIT_MS)
    expected = project(circles.model_of(circles.live), circles.split, 3)
    np.testing.assert_allclose(
        view.panels[0].drawn_points(),
        _expected_points(expected.layers[0], expected.labels),
        atol=1e-12,
    )


def test_untangle_panels_wrap_onto_two_rows_when_narrow(qtbot, athletes):
    _, view = _shown(qtbot, UntangleView, athletes, size=(1024, 700))
    positions = [
        view.grid.getItemPosition(view.grid.indexOf(p))[:2] for p in view.panels
    ]
    assert positions == [(0, 0), (0, 1), (1, 0), (1, 1)]
    view.resize(1400, 700)
    positions = [
        view.grid.getItemPosition(view.grid.indexOf(p))[:2] for p in view.panels
    ]
    assert positions == [(0, 0), (0, 1), (0, 2), (0, 3)]
    assert columns_for(3, 800) == 2
    assert columns_for(3, 900) == 3
    assert columns_for(4, 800, 300) == 4  # too short for two rows


@pytest.fixture(scope="module")
def circles():
    return Run(TrainingConfig(dataset="circles", epochs=3, seed=1))


def _core_counts(run: Run, snapshot):
    grid = make_grid(run.split, 0, 1, pieces_module.GRID_SIZE)
    deep = piece_map(run.model_of(snapshot), grid)
    wide = WideRun(run.config, run.description.dataset, snapshot.layer_sizes)
    return deep, wide.pieces_at(snapshot.epochs_done, grid)


def test_pieces_counts_are_the_core_counts_deep_and_wide(qtbot, circles):
    _, view = _shown(qtbot, PiecesView, circles)
    deep, wide = _core_counts(circles, circles.live)
    np.testing.assert_array_equal(view.result.deep.ids, deep.ids)
    np.testing.assert_array_equal(view.result.wide.pieces.ids, wide.pieces.ids)
    assert view.deep_panel.count.text() == count_text(
        "two hidden layers (64, 32)", 2305, deep.count
    )
    assert view.wide_panel.count.text() == count_text(
        "one hidden layer (576)", wide.n_parameters, wide.pieces.count
    )
    assert view.summary.text() == summary_sentence(deep.count, wide.pieces.count, 3)
    assert view.wide_panel.isVisible()


def test_pieces_follow_the_time_scrubber(qtbot, circles):
    model, view = _shown(qtbot, PiecesView, circles)
    live_count = view.result.deep.count
    model.set_moment(circles.moment)
    qtbot.waitUntil(lambda: view.drawn is circles.moment, timeout=WAIT_MS)
    deep, wide = _core_counts(circles, circles.moment)
    assert view.result.deep.count == deep.count != live_count
    assert view.result.wide.epochs == 1
    assert view.result.wide.pieces.count == wide.pieces.count
    assert view.summary.text() == summary_sentence(deep.count, wide.pieces.count, 1)
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def test_pieces_on_athletes_explain_which_data_they_need(qtbot, athletes):
    model = RunModel()
    view = PiecesView(model)
    qtbot.addWidget(view)
    view.show()
    model.set_description(athletes.description)
    model.set_snapshot(athletes.live)
    text = view.note.text()
    assert text == unavailable_sentence(athletes.description.dataset, "relu")
    assert "the athletes data has 20." in text
    for name in ("xor", "circles", "spiral", "moons", "gaussians"):
        assert name in text
    assert not view.panels.isVisible()
    qtbot.wait(150)
    assert view.result is None  # nothing is computed for a plane that is not there


@pytest.mark.parametrize(("activation", "words"), [("tanh", "Tanh bends smoothly"),
                         ("linear", "one linear piece")])  # fmt: skip
def test_pieces_explain_activations_without_pieces(qtbot, activation, words):
    run = Run(TrainingConfig(dataset="moons", epochs=1, activation=activation))
    model = RunModel()
    view = PiecesView(model)
    qtbot.addWidget(view)
    view.show()
    model.set_description(run.description)
    assert words in view.note.text()
    assert not view.panels.isVisible()


def test_a_network_with_one_hidden_layer_is_shown_alone(qtbot):
    run = Run(TrainingConfig(dataset="xor", epochs=2, hidden_layers=(12,)))
    _, view = _shown(qtbot, PiecesView, run)
    assert not view.wide_panel.isVisible()
    assert view.result.wide is None
    assert "With one hidden layer there is no deep network" in view.summary.text()
    deep, _ = _core_counts(run, run.live)
    assert view.result.deep.count == deep.count


def test_summary_sentences_follow_the_counts():
    assert "The deep network cuts" in summary_sentence(10, 5, 3)
    assert "One wide layer" in summary_sentence(5, 10, 3)
    assert "Both networks cut this window of the plane into 7 pieces" in (
        summary_sentence(7, 7, 1)
    )
    assert summary_sentence(7, 7, 1).endswith("after 1 epoch.")
    assert summary_sentence(7, 7, 0).endswith("before training.")


def test_a_hidden_view_computes_nothing_until_shown(qtbot, athletes):
    model = RunModel()
    view = UntangleView(model)
    qtbot.addWidget(view)
    model.set_description(athletes.description)
    model.set_snapshot(athletes.live)
    qtbot.wait(200)
    assert view.drawn is None
    assert not background_task.busy()
    view.show()
    qtbot.waitUntil(lambda: view.drawn is athletes.live, timeout=WAIT_MS)


def test_both_views_follow_a_live_run_to_its_end(qtbot):
    model, controller = RunModel(), TrainingController()
    model.follow(controller)
    views = (UntangleView(model), PiecesView(model))
    for view in views:
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
    try:
        with qtbot.waitSignal(model.description_changed, timeout=WAIT_MS):
            controller.configure(TrainingConfig(dataset="moons", epochs=3, seed=4))
        with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
            controller.play()
        final = controller.latest
        assert final.epochs_done == 3
        for view in views:
            qtbot.waitUntil(lambda v=view: v.drawn is model.snapshot, timeout=WAIT_MS)
        assert model.snapshot.step == final.step
        untangle_view, pieces = views
        run_model = model_from_theta(final.theta, final.layer_sizes, "relu")
        split = normalized_split(model.description.dataset, model.description.config)
        u = untangle(run_model, split, 3)
        assert untangle_view.frame.untangling == u
        grid = make_grid(split, 0, 1, pieces_module.GRID_SIZE)
        assert pieces.result.deep.count == piece_map(run_model, grid).count
        assert pieces.result.wide.epochs == 3
        qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    finally:
        controller.shutdown()


def test_a_wide_network_that_stopped_early_is_said_to_have_stopped(qtbot, circles):
    _, view = _shown(qtbot, PiecesView, circles)
    shown = view.result
    early = replace(shown.wide, epochs=1)  # as if its loss had diverged in epoch 2
    view._arrived(circles.live, replace(shown, wide=early))
    text = view.summary.text()
    assert text.startswith(summary_sentence(shown.deep.count, early.pieces.count, 1))
    assert "stopped after epoch 1 (its loss diverged)" in text
    assert "the deep one after epoch 3" in text
