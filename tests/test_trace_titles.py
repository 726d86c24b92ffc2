"""Prediction-trace titles name the activation each layer really applies."""

import pytest

from core import Trainer, TrainingConfig
from core.engine.activations import ACTIVATIONS
from core.inside.inside_session import InsideSession
from desktop.inside.prediction_trace_view import PredictionTraceView


def _frame(activation: str, hidden: tuple[int, ...]):
    trainer = Trainer(
        TrainingConfig(
            dataset="moons", hidden_layers=hidden, activation=activation, epochs=1
        )
    )
    session = InsideSession(trainer)
    session.step_batch()
    return session.live_frame()


def _titles(view: PredictionTraceView) -> list[str]:
    return [plot.titleLabel.text for plot in view.plots]


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu"])
def test_titles_use_the_runs_activation(qtbot, activation):
    view = PredictionTraceView()
    qtbot.addWidget(view)
    view.show_frame(_frame(activation, (8, 4, 3)))
    hidden = ACTIVATIONS[activation].title
    assert _titles(view) == [
        "Input (normalized)",
        f"First Hidden Layer ({hidden})",
        f"Second Hidden Layer ({hidden})",
        f"Hidden Layer 3 ({hidden})",
        "Output Layer (Sigmoid)",
    ]
    if activation != "relu":
        assert "ReLU" not in " ".join(_titles(view))


def test_a_new_activation_on_the_same_shape_renames_the_plots(qtbot):
    view = PredictionTraceView()
    qtbot.addWidget(view)
    view.show_frame(_frame("relu", (5,)))
    assert _titles(view)[1] == "First Hidden Layer (ReLU)"
    view.show_frame(_frame("tanh", (5,)))
    assert _titles(view) == [
        "Input (normalized)",
        "First Hidden Layer (Tanh)",
        "Output Layer (Sigmoid)",
    ]
