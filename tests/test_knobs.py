"""The 2-D playground's knobs: each changes the data or the model as documented."""

from __future__ import annotations

import numpy as np
import pytest

from core import ConfigError, Trainer, TrainingConfig
from core.data.datasets import load
from core.data.knobs import (
    FEATURES,
    make_dataset,
    noise_draws,
    planar_names,
    with_knobs,
)
from core.engine.fast_step import BatchStepper, Targets, examples_as_columns
from core.engine.model import MLP
from core.stacked.training import seed_setup

PLANAR = ("xor", "circles", "spiral", "moons", "gaussians")


def test_the_2d_datasets_are_the_planar_ones():
    assert set(PLANAR) <= set(planar_names())
    assert "athletes" not in planar_names()


# -- noise ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", PLANAR)
def test_no_noise_gives_the_generators_points_bit_for_bit(name):
    clean = load(name, 300, seed=4)
    made = make_dataset(TrainingConfig(dataset=name, n_rows=300, seed=4))
    assert np.array_equal(made.X, clean.X)
    assert np.array_equal(made.y, clean.y)


@pytest.mark.parametrize("name", PLANAR)
@pytest.mark.parametrize("noise", [0.1, 0.5])
def test_noise_moves_points_by_its_share_of_the_spread(name, noise):
    clean = load(name, 2000, seed=3)
    config = TrainingConfig(dataset=name, n_rows=2000, seed=3, noise=noise)
    noisy = make_dataset(config)
    centred = clean.X - clean.X.mean(axis=0)
    spread = np.sqrt((centred**2).sum() / centred.size)  # RMS spread, both axes
    moved = noisy.X - clean.X
    assert np.allclose(moved, noise * spread * noise_draws(clean.X.shape, 3))
    assert np.std(moved / (noise * spread)) == pytest.approx(1.0, abs=0.05)
    assert np.array_equal(noisy.y, clean.y)  # labels of the clean points


def test_noise_is_refused_off_the_2d_datasets():
    with pytest.raises(ConfigError) as info:
        TrainingConfig(noise=0.2).validate()
    assert info.value.field == "noise"
    assert "2-D datasets" in str(info.value)
    with pytest.raises(ConfigError):
        TrainingConfig(dataset="xor", noise=0.6).validate()


# -- train : validation ---------------------------------------------------------


@pytest.mark.parametrize(("fraction", "val_rows"), [(0.1, 50), (0.5, 250), (0.9, 450)])
def test_the_validation_share_gives_its_row_counts_on_2d_data(fraction, val_rows):
    trainer = Trainer(TrainingConfig(dataset="xor", val_fraction=fraction, epochs=1))
    assert len(trainer.y_val) == val_rows
    assert len(trainer.y_train) == 500 - val_rows
    assert not set(trainer.raw_split.val_index) & set(trainer.raw_split.train_index)


def test_other_data_keep_the_lessons_validation_range():
    assert len(Trainer(TrainingConfig()).y_val) == 200  # the lesson: 20% of 1000
    TrainingConfig(val_fraction=0.5).validate()
    for fraction in (0.04, 0.7):
        with pytest.raises(ConfigError) as info:
            TrainingConfig(val_fraction=fraction).validate()
        assert info.value.field == "val_fraction"
    with pytest.raises(ConfigError):
        TrainingConfig(dataset="moons", val_fraction=0.95).validate()


# -- regenerate: the data seed --------------------------------------------------------


def test_a_data_seed_makes_new_data_and_the_same_seed_the_same_data():
    base = TrainingConfig(dataset="spiral", seed=7)
    same = make_dataset(base.with_changes(data_seed=7))
    assert np.array_equal(same.X, make_dataset(base).X)  # None means the seed
    fresh = make_dataset(base.with_changes(data_seed=8))
    again = make_dataset(base.with_changes(data_seed=8))
    assert not np.array_equal(fresh.X, same.X)
    assert np.array_equal(fresh.X, again.X)
    assert np.array_equal(fresh.y, again.y)
    noisy = base.with_changes(data_seed=8, noise=0.3)
    assert np.array_equal(make_dataset(noisy).X, make_dataset(noisy).X)


def test_regenerating_keeps_the_networks_start_and_split():
    base = TrainingConfig(dataset="circles", seed=5, epochs=1)
    a, b = Trainer(base), Trainer(base.with_changes(data_seed=99))
    assert np.array_equal(a.model.theta, b.model.theta)
    assert np.array_equal(a.raw_split.val_index, b.raw_split.val_index)
    assert not np.array_equal(a.raw_split.X_val, b.raw_split.X_val)


# -- extra features --------------------------------------------------------------------

EXPECTED = {  # the features' definitions, written out independently
    "x2": lambda x, y: np.power(x, 2),
    "y2": lambda x, y: np.power(y, 2),
    "xy": lambda x, y: x * y,
    "sinx": lambda x, y: np.sin(x),
    "siny": lambda x, y: np.sin(y),
}
NAMES = {"x2": "x₁²", "y2": "x₂²", "xy": "x₁·x₂", "sinx": "sin x₁", "siny": "sin x₂"}


@pytest.mark.parametrize(
    "features", [("x2",), ("xy", "sinx"), ("siny", "y2", "x2"), tuple(FEATURES)]
)
def test_features_add_exactly_those_columns(features):
    config = TrainingConfig(dataset="moons", n_rows=200, features=features)
    raw = load("moons", 200, seed=0).X
    data = make_dataset(config)
    assert data.n_features == 2 + len(features)
    assert np.array_equal(data.X[:, :2], raw)
    for j, code in enumerate(features, start=2):
        assert np.allclose(data.X[:, j], EXPECTED[code](raw[:, 0], raw[:, 1]))
    assert data.feature_names == ("x1", "x2", *(NAMES[c] for c in features))
    trainer = Trainer(config.with_changes(epochs=1))
    assert trainer.model.layer_sizes[0] == 2 + len(features)
    assert trainer.X_train.min() >= 0.0
    assert trainer.X_train.max() <= 1.0  # scaled like any input
    assert seed_setup(config, 3).X_train.shape[1] == 2 + len(features)


def test_features_come_from_the_noisy_points():
    config = TrainingConfig(dataset="xor", noise=0.2, features=("xy",))
    data = make_dataset(config)
    assert np.allclose(data.X[:, 2], data.X[:, 0] * data.X[:, 1])


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"features": ("x2",)}, "2-D datasets"),
        ({"dataset": "xor", "features": ("x3",)}, "x2"),
        ({"dataset": "xor", "features": ("xy", "xy")}, "once"),
    ],
)
def test_features_are_refused_clearly(changes, words):
    with pytest.raises(ConfigError) as info:
        TrainingConfig(**changes).validate()
    assert info.value.field == "features"
    assert words in str(info.value)


def test_features_on_data_that_is_not_2d_are_refused():
    athletes = load("athletes", 50)
    with pytest.raises(ValueError, match="2-D data"):
        with_knobs(athletes, 0.0, 0, ("x2",))
    assert with_knobs(athletes, 0.0, 0, ()) is athletes


# -- L1 -----------------------------------------------------------------------


def _stepper_loss(model: MLP, X: np.ndarray, y: np.ndarray, l1: float) -> float:
    stepper = BatchStepper(model, max_batch=len(y), l1=l1)
    return stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))


@pytest.mark.parametrize("seed", range(4))
def test_l1_gradient_matches_finite_differences(seed):
    rng = np.random.default_rng(seed)
    model = MLP([3, 5, 4, 1], "tanh", rng)
    theta = model.theta
    theta += np.sign(theta) * 0.05  # every parameter well away from 0
    theta[np.abs(theta) < 0.05] = 0.1
    X, y = rng.normal(size=(12, 3)), (rng.random(12) < 0.5).astype(float)
    stepper = BatchStepper(model, max_batch=12, l1=0.03)
    stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    grad = stepper.grad.copy()
    h = 1e-6
    for i in range(theta.size):
        keep = theta[i]
        theta[i] = keep + h
        up = _stepper_loss(model, X, y, 0.03)
        theta[i] = keep - h
        down = _stepper_loss(model, X, y, 0.03)
        theta[i] = keep
        assert grad[i] == pytest.approx((up - down) / (2 * h), abs=1e-7)


def test_l1_penalises_weights_not_biases_and_not_zero_weights():
    rng = np.random.default_rng(0)
    model = MLP([2, 3, 1], "relu", rng)
    X, y = rng.normal(size=(6, 2)), np.array([0, 1, 1, 0, 1, 0], float)
    mask = model.weight_mask()
    model.theta[mask == 0] = 2.0  # biases: no penalty however large
    model.theta[0] = 0.0  # a weight at exactly 0: sign(0) = 0
    plain = _stepper_loss(model, X, y, 0.0)
    plain_grad = BatchStepper(model, 6)
    plain_grad.loss_and_grad(examples_as_columns(X), Targets.of(y))
    penalised = BatchStepper(model, 6, l1=0.5)
    loss = penalised.loss_and_grad(examples_as_columns(X), Targets.of(y))
    weights = model.theta[mask == 1]
    assert loss - plain == pytest.approx(0.5 * np.abs(weights).sum())
    extra = penalised.grad - plain_grad.grad
    assert np.allclose(extra, 0.5 * np.sign(model.theta) * mask)
    assert extra[0] == 0.0
    assert np.all(extra[mask == 0] == 0.0)


def test_l1_shrinks_the_weights_of_a_real_run():
    base = TrainingConfig(dataset="gaussians", epochs=10, hidden_layers=(8,))
    plain, sparse = Trainer(base), Trainer(base.with_changes(l1=0.02))
    plain.run()
    sparse.run()
    mask = plain.model.weight_mask() == 1
    assert (
        np.abs(sparse.model.theta[mask]).sum() < np.abs(plain.model.theta[mask]).sum()
    )
    with pytest.raises(ConfigError):
        base.with_changes(l1=-0.1).validate()


def test_the_knobs_survive_a_config_dict():
    config = TrainingConfig(
        dataset="xor",
        noise=0.25,
        features=("xy", "sinx"),
        data_seed=11,
        l1=0.001,
        val_fraction=0.7,
        early_stopping_patience=4,
        restore_best=True,
    )
    assert TrainingConfig.from_dict(config.to_dict()) == config


def test_a_run_with_the_knobs_survives_a_session(tmp_path):
    from core.files.session_file import load_session, save_session
    from core.files.session_restore import capture, data_source, restore_trainer

    config = TrainingConfig(
        dataset="circles",
        epochs=3,
        noise=0.2,
        features=("x2", "y2"),
        data_seed=21,
        l1=0.001,
        val_fraction=0.6,
    )
    trainer = Trainer(config)
    trainer.run()
    source = data_source(trainer.dataset, config)
    session = load_session(save_session(capture(trainer, source), tmp_path / "k"))
    assert session.config == config
    restored = restore_trainer(session)
    assert restored.exact
    assert np.array_equal(restored.trainer.model.theta, trainer.model.theta)
    assert np.array_equal(restored.trainer.dataset.X, trainer.dataset.X)
