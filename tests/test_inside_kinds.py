"""Inside an epoch with several classes and with a number: k output units, no crash."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.inside.inside_session import InsideSession
from core.inside.inspection import model_at, trace_example
from desktop.inside.activation_heatmap_view import ActivationHeatmapView
from desktop.inside.backward_view import BackwardView
from desktop.inside.neuron_view import NeuronView
from desktop.inside.prediction_trace_view import PredictionTraceView
from desktop.inside.weights_view import WeightsView

KINDS = {"blobs": "classes", "bump": "number", "moons": "binary"}


def _session(name: str, steps: int = 12, seed: int = 0) -> InsideSession:
    config = TrainingConfig(dataset=name, target_kind=KINDS[name], epochs=3, seed=seed)
    session = InsideSession(Trainer(config))
    for _ in range(steps):
        session.step_batch()
    return session


@pytest.fixture(scope="module", params=list(KINDS))
def session(request):
    return _session(request.param)


def test_the_traced_example_is_the_trainers_own_forward_pass(session):
    trainer = session.trainer
    frame = session.live_frame()
    row = frame.traced_row
    output = trainer.model.forward(trainer.X_val[row : row + 1]).a[-1][0]
    assert np.allclose(frame.trace.a[-1], output)
    assert frame.output == trainer.target.kind.name
    if frame.output == "number":
        report = trainer.number_report()
        assert frame.trace.value == pytest.approx(report.predicted[row])
        assert frame.trace.target == pytest.approx(report.y[row])
        assert frame.trace.predicted == -1
    else:
        p = trainer.class_report().probabilities[row]
        assert np.allclose(frame.trace.class_probabilities, p)
        assert frame.trace.predicted == int(np.argmax(p))
        assert frame.trace.label == int(trainer.y_val[row])
    # the output map has a column per output unit
    assert frame.maps[-1].values.shape[1] == trainer.model.layer_sizes[-1]


def test_the_example_error_and_loss_are_the_models_for_a_batch_of_one(session):
    trainer = session.trainer
    model = trainer.model
    for row in range(5):
        x, y = trainer.X_val[row], trainer.y_val[row]
        trace = trace_example(model, x, x, y, trainer.target.scale)
        passed = model.forward(x[None, :])
        delta = model.output_kind.delta(passed.a[-1], np.array([y]))
        assert np.allclose(trace.output_error, delta[0])
        loss = model.output_kind.loss(passed.z[-1], np.array([y]))
        assert trace.loss == pytest.approx(loss, rel=1e-9, abs=1e-12)


def test_a_walk_ends_with_the_cores_own_update_for_every_kind(session):
    frames = []
    while True:
        frames.append(session.walk_stage())
        if frames[-1].last:
            break
    assert frames[-1].matches_core
    assert {f.output for f in frames} == {session.trainer.target.kind.name}
    loss = next(f for f in frames if f.key == "loss")
    assert math.isfinite(loss.loss)


def test_model_at_rebuilds_each_kind():
    for name, kind in KINDS.items():
        trainer = _session(name, steps=2).trainer
        model = model_at(trainer.model.theta, trainer.model.layer_sizes, "relu", kind)
        X = trainer.X_val[:10]
        assert np.array_equal(model.predict_proba(X), trainer.model.predict_proba(X))


@pytest.mark.parametrize("seed", range(3))
def test_the_prediction_trace_of_blobs_shows_four_probabilities_adding_to_one(
    qtbot, seed
):
    session = _session("blobs", seed=seed)
    frame = session.live_frame()
    names = session.trainer.dataset.class_names
    view = PredictionTraceView()
    qtbot.addWidget(view)
    view.set_classes(names, session.trainer.dataset.target_name)
    view.show_frame(frame)
    shown = view.shown_output()
    assert len(shown) == 4
    assert shown.sum() == pytest.approx(1.0)
    row = frame.traced_row
    expected = session.trainer.class_report().probabilities[row]
    assert np.allclose(shown, expected)
    predicted, true = names[int(np.argmax(expected))], names[frame.trace.label]
    text = view.verdict.text()
    assert f"predicted {predicted} (p = {expected.max():.3f})" in text
    assert f"true {true}" in text
    ticks = view.plots[-1].getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == list(names)


def test_the_prediction_trace_of_a_number_shows_the_value_and_the_target(qtbot):
    session = _session("bump")
    frame = session.live_frame()
    view = PredictionTraceView()
    qtbot.addWidget(view)
    view.set_classes((), "y")
    view.show_frame(frame)
    report = session.trainer.number_report()
    row = frame.traced_row
    assert view.shown_output() == pytest.approx([report.predicted[row]])
    assert view.target_line.value() == pytest.approx(report.y[row])
    assert f"predicted y = {report.predicted[row]:.3g}" in view.verdict.text()


@pytest.mark.parametrize("name", list(KINDS))
def test_every_inside_view_draws_every_kind(qtbot, name):
    session = _session(name)
    frame = session.live_frame()
    data = session.trainer.dataset
    number = KINDS[name] == "number"
    heatmaps = ActivationHeatmapView()
    heatmaps.class_names = data.class_names
    heatmaps.target_name = data.target_name if number else ""
    heatmaps.val_targets = session.trainer.raw_split.y_val if number else None
    views = [heatmaps, BackwardView(), WeightsView(), NeuronView()]
    for view in views:
        qtbot.addWidget(view)
        view.resize(900, 500)
        view.show()
    for view in views[:3]:
        view.show_frame(frame)
    views[3].show_unit(frame, frame.n_layers, frame.layer_sizes[-1] - 1)
    assert "a = " in views[3].text.text()
    text = heatmaps.describe("raw", 0, 0)
    if number:
        value = session.trainer.raw_split.y_val[int(frame.probe_rows[0])]
        assert f"y = {value:.3g}" in text
        assert "sorted by y, smallest on top" in heatmaps.summary.text()
    else:
        assert data.class_names[int(frame.probe_y[0])] in text
    stripe = heatmaps.stripe.image
    assert stripe.shape == (len(frame.probe_rows), 1, 3)
    if not number:  # one colour per class present
        colours = len(np.unique(stripe.reshape(-1, 3), axis=0))
        assert colours == len(np.unique(frame.probe_y))
