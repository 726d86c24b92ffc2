"""The key insight's evidence equals direct computations on the trained model."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.insight import (
    KEY_INSIGHT,
    explain,
    label_correlations,
    progress_sentence,
    run_progress,
)


@pytest.fixture(scope="module")
def trainer():
    t = Trainer(TrainingConfig(epochs=8))
    t.run()
    return t


def test_the_text_is_the_seed_lessons_key_insight_verbatim():
    assert KEY_INSIGHT == (
        "Deep learning handles complex patterns by passing data through multiple "
        "layers that build up from simple to complex features. This layered "
        "learning allows the model to improve predictions step by step, as seen by "
        "decreasing loss and increasing accuracy during training."
    )


def test_correlations_equal_numpys_and_a_dead_unit_counts_zero():
    rng = np.random.default_rng(1)
    a = rng.normal(size=(50, 4))
    a[:, 2] = 0.0  # a ReLU unit that never fires
    y = (rng.random(50) < 0.5).astype(float)
    r = label_correlations(a, y)
    for j in (0, 1, 3):
        assert r[j] == pytest.approx(np.corrcoef(a[:, j], y)[0, 1], abs=1e-12)
    assert r[2] == 0.0


def test_start_and_end_come_from_the_history(trainer):
    progress = run_progress(trainer.history.records)
    assert progress.start == trainer.history.records[0]
    assert progress.end == trainer.history.records[-1]
    assert progress.loss_ratio == progress.start.loss / progress.end.loss
    text = progress_sentence(progress)
    assert f"{progress.start.loss:.3f}" in text
    assert f"{progress.end.val_accuracy:.0%}" in text
    assert run_progress([]) is None


def test_layer_evidence_equals_a_direct_computation(trainer):
    names = trainer.dataset.feature_names
    insight = explain(
        trainer.history.records, trainer.model, trainer.X_val, trainer.y_val, names
    )
    assert insight.text == KEY_INSIGHT
    trace = trainer.model.forward(trainer.X_val)
    assert [layer.width for layer in insight.layers] == [64, 32]
    for layer in insight.layers:
        a = trace.a[layer.layer]
        with np.errstate(invalid="ignore", divide="ignore"):  # dead units: 0 / 0
            direct = [
                np.corrcoef(a[:, j], trainer.y_val)[0, 1] for j in range(a.shape[1])
            ]
        direct = np.nan_to_num(np.array(direct))
        best = np.sort(np.abs(direct))[::-1][:3]
        assert [abs(u.correlation) for u in layer.units] == pytest.approx(
            best, abs=1e-9
        )
        for unit in layer.units:
            assert unit.correlation == pytest.approx(direct[unit.unit - 1], abs=1e-9)
    W1 = trainer.model.layers[0].W
    unit = insight.layers[0].units[0]
    column = W1[:, unit.unit - 1]
    top = np.argsort(-np.abs(column))[:3]
    assert unit.inputs == tuple((names[i], column[i]) for i in top)
    assert insight.layers[1].units[0].inputs[0][0].startswith("layer 1 unit ")


def test_a_network_without_hidden_layers_has_no_layer_evidence():
    t = Trainer(TrainingConfig(hidden_layers=(), epochs=2))
    t.run()
    insight = explain(t.history.records, t.model, t.X_val, t.y_val, ["x"] * 20)
    assert insight.layers == ()
