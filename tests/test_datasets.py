"""Built-in data: shape, balance, determinism and the documented rule."""

import numpy as np
import pytest

from core.datasets import DATASET_NAMES, load


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_every_dataset_has_the_promised_shape_and_balance(name):
    data = load(name, seed=0)
    assert data.X.dtype == np.float64
    assert data.y.dtype == np.int64
    assert set(np.unique(data.y)) == {0, 1}
    assert 0.35 < data.y.mean() < 0.65
    assert len(data.feature_names) == len(data.feature_units) == data.n_features
    assert np.isfinite(data.X).all()
    assert data.description
    assert data.target_name


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_datasets_are_deterministic_by_seed(name):
    a, b, c = load(name, seed=3), load(name, seed=3), load(name, seed=4)
    assert np.array_equal(a.X, b.X)
    assert np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)


def test_athletes_matches_the_seed_page():
    data = load("athletes")
    assert data.X.shape == (1000, 20)
    height = data.X[:, data.feature_names.index("height")]
    assert height.min() >= 150
    assert height.max() <= 200
    assert data.feature_units[data.feature_names.index("height")] == "cm"


def test_athlete_labels_follow_the_documented_rule_up_to_the_noise():
    data = load("athletes", n_rows=5000, seed=1)
    col = {name: data.X[:, i] for i, name in enumerate(data.feature_names)}
    bmi = col["weight"] / (col["height"] / 100) ** 2
    fitness = col["VO2 max"] + 0.3 * (col["age"] - 35)
    rule = ((bmi < 23.5) & (fitness >= 47)) | (
        (bmi >= 23.5) & (col["vertical jump"] >= 49)
    )
    disagreement = np.mean(rule.astype(int) != data.y)
    assert 0.01 < disagreement < 0.03  # the documented 2% label noise


def test_split_is_seeded_and_disjoint():
    data = load("athletes")
    a, b = data.split(0.2, seed=5), data.split(0.2, seed=5)
    assert np.array_equal(a.val_index, b.val_index)
    assert len(a.y_train) == 800
    assert len(a.y_val) == 200
    assert not set(a.train_index) & set(a.val_index)
    assert not np.array_equal(a.val_index, data.split(0.2, seed=6).val_index)


def test_bad_requests_are_explained():
    with pytest.raises(ValueError, match="choose one of"):
        load("mnist")
    with pytest.raises(ValueError, match="between"):
        load("xor", n_rows=3)
