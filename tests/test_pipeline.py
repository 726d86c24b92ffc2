"""The pipeline's stages follow the live configuration and the data."""

import numpy as np

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.lesson.pipeline_stages import describe_pipeline, shape_text, strongest_inputs


def _stages(config: TrainingConfig):
    trainer = Trainer(config)
    model = trainer.model
    return trainer, describe_pipeline(
        trainer.dataset, trainer.scaler, model.layer_sizes, config.activation
    )


def test_the_seed_pipeline_has_its_five_stages_and_shapes():
    trainer, stages = _stages(TrainingConfig())
    assert [s.title for s in stages] == [
        "Data Input",
        "Normalization",
        "Feature Extraction (Layer 1)",
        "Feature Extraction (Layer 2)",
        "Output Layer",
    ]
    assert [(s.in_shape, s.out_shape) for s in stages] == [
        ((1000, 20), (1000, 20)),
        ((1000, 20), (1000, 20)),
        ((1000, 20), (1000, 64)),
        ((1000, 64), (1000, 32)),
        ((1000, 32), (1000, 1)),
    ]
    assert shape_text(stages[2].out_shape) == "1000 rows × 64 features"
    assert shape_text(stages[-1].out_shape, stages[-1]) == "1000 rows × 1 output"
    total = sum(s.parameter_count for s in stages)
    assert total == trainer.model.parameter_count


def test_examples_state_facts_from_the_data():
    trainer, stages = _stages(TrainingConfig(seed=3))
    low, high = (
        trainer.raw_split.X_train[:, 0].min(),
        trainer.raw_split.X_train[:, 0].max(),
    )
    assert f"{low:.3g}–{high:.3g} cm" in stages[1].example
    assert stages[1].example.startswith("Height scaled from")
    assert f"height {trainer.dataset.X[0, 0]:.3g} cm" in stages[0].example


def test_depth_changes_the_number_of_boxes():
    _, deeper = _stages(TrainingConfig(hidden_layers=(64, 32, 16)))
    assert len(deeper) == 6
    assert deeper[4].in_shape == (1000, 32)
    _, shallow = _stages(TrainingConfig(hidden_layers=()))
    assert [s.key for s in shallow] == ["input", "normalize", "output"]
    assert shallow[-1].in_shape == (1000, 20)
    assert shallow[-1].parameter_count == 21


def test_snapshot_layer_params_match_the_model():
    trainer = Trainer(TrainingConfig(epochs=1))
    trainer.run()
    snapshot = take_snapshot(trainer)
    for (W, b), layer in zip(
        snapshot.layer_params(), trainer.model.layers, strict=True
    ):
        np.testing.assert_array_equal(W, layer.W)
        np.testing.assert_array_equal(b, layer.b)


def test_strongest_inputs_names_the_biggest_weights():
    W = np.zeros((3, 2))
    W[:, 1] = [0.1, -2.0, 1.0]
    text = strongest_inputs(W, ["a", "b", "c"])
    assert text == "unit 2 weighs b (−) and c (+) most"
