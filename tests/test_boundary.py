"""The decision boundary: the image is predict_proba on the grid, axes in raw units."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.lesson.boundary import (
    make_grid,
    model_from_theta,
    normalized_split,
    probabilities,
)


@pytest.fixture(scope="module", params=["xor", "athletes"])
def trainer(request):
    t = Trainer(TrainingConfig(dataset=request.param, epochs=3))
    t.run()
    return t


def test_the_split_is_the_trainers_own(trainer):
    split = normalized_split(trainer.dataset, trainer.config)
    assert np.array_equal(split.X_train, trainer.X_train)
    assert np.array_equal(split.X_val, trainer.X_val)
    assert np.array_equal(split.y_val, trainer.y_val)


def test_the_image_equals_predict_proba_on_the_grid(trainer):
    split = normalized_split(trainer.dataset, trainer.config)
    x_feature, y_feature = (0, 1) if trainer.dataset.n_features == 2 else (1, 6)
    grid = make_grid(split, x_feature, y_feature, size=40)
    model = model_from_theta(
        trainer.model.theta, trainer.model.layer_sizes, trainer.config.activation
    )
    image = probabilities(grid, model)
    assert image.shape == (40, 40)
    # the same grid built by hand: raw axis values, scaled like the trainer does
    low, span = trainer.scaler.low, trainer.scaler.span
    rows = []
    for y_raw in grid.y_values:
        for x_raw in grid.x_values:
            point = np.median(trainer.X_train, axis=0)
            point[x_feature] = (x_raw - low[x_feature]) / span[x_feature]
            point[y_feature] = (y_raw - low[y_feature]) / span[y_feature]
            rows.append(point)
    expected = trainer.model.predict_proba(np.array(rows)).reshape(40, 40)
    assert np.array_equal(image, expected)


def test_axes_span_the_training_range_in_raw_units(trainer):
    split = normalized_split(trainer.dataset, trainer.config)
    grid = make_grid(split, 0, 1)
    raw = trainer.raw_split.X_train
    assert grid.x_values[0] < raw[:, 0].min() < raw[:, 0].max() < grid.x_values[-1]
    assert grid.shape == (100, 100)


def test_the_same_feature_twice_is_refused(trainer):
    split = normalized_split(trainer.dataset, trainer.config)
    with pytest.raises(ValueError, match="two different features"):
        make_grid(split, 1, 1)
    with pytest.raises(ValueError, match="does not exist"):
        make_grid(split, 0, 99)
