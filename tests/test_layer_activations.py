"""An activation per hidden layer, end to end in the core.

The config's ``layer_activations`` (checked, one canonical form), the
readable model and the fast step (gradients against central differences for
a relu-tanh-sigmoid network, per-layer weight initialisation against direct
draws), a uniform per-layer list equal bit for bit to the single activation,
the pipeline's titles, the weights export, sessions, classroom profiles and
the command line.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.cli import main
from core.engine.config import ConfigError, parse_activations
from core.engine.fast_step import BatchStepper, Targets, examples_as_columns
from core.engine.model import MLP
from core.engine.optim import Adam
from core.files.classroom_profile import (
    ProfileError,
    parse_profile,
    profile_to_toml,
)
from core.files.history_export import write_weights_json
from core.files.session_file import load_session, save_session
from core.files.session_restore import capture, data_source, restore_trainer
from core.lesson.boundary import model_from_theta
from core.lesson.pipeline_stages import describe_pipeline

MIXED = ("relu", "tanh", "sigmoid")
SIZES = [4, 6, 5, 3, 1]
MIXED_CONFIG = TrainingConfig(
    dataset="spiral",
    hidden_layers=(8, 6),
    layer_activations=("relu", "tanh"),
    epochs=4,
    target_kind="binary",
)


# -- the config ------------------------------------------------------------------


def test_none_means_every_layer_uses_the_activation():
    config = TrainingConfig(hidden_layers=(5, 4, 3), activation="tanh")
    assert config.layer_activations is None
    assert config.hidden_activations() == ("tanh", "tanh", "tanh")
    assert config.activation_spec() == "tanh"
    assert config.activation_for_every_depth() == "tanh"


def test_a_mixed_list_is_kept_and_read_per_layer():
    config = TrainingConfig(hidden_layers=(5, 4), layer_activations=("tanh", "relu"))
    assert config.validate() is config
    assert config.hidden_activations() == ("tanh", "relu")
    assert config.activation_spec() == ("tanh", "relu")


@pytest.mark.parametrize("name", ["relu", "tanh", "sigmoid", "linear"])
def test_a_list_naming_one_activation_becomes_that_activation(name):
    config = TrainingConfig(
        hidden_layers=(5, 4), activation="relu", layer_activations=(name, name)
    )
    assert config == TrainingConfig(hidden_layers=(5, 4), activation=name)
    assert config.layer_activations is None


def test_no_hidden_layer_and_an_empty_list_is_the_plain_config():
    config = TrainingConfig(hidden_layers=(), layer_activations=())
    assert config == TrainingConfig(hidden_layers=())


@pytest.mark.parametrize(
    ("layers", "names", "words"),
    [
        ((5, 4), ("relu",), "There are 2 hidden layers, so write 2 activations"),
        ((5, 4), ("relu", "tanh", "relu"), "not 3."),
        ((5,), ("relu", "tanh"), "There is 1 hidden layer, so write 1 activation"),
        ((), ("relu",), "There is no hidden layer"),
        ((5, 4), ("relu", "tanhh"), "'tanhh' is not an activation"),
        ((5, 4), ("relu", "softmax"), "choose from relu, tanh, sigmoid, linear"),
        ((5, 4), "relu", "must be a list of activation names"),
        ((5, 4), ("relu", 3), "must be a list of activation names"),
    ],
)
def test_a_list_that_does_not_fit_is_refused_naming_the_field(layers, names, words):
    config = TrainingConfig(hidden_layers=layers, layer_activations=names)
    with pytest.raises(ConfigError, match=words) as problem:
        config.validate()
    assert problem.value.field == "layer_activations"


def test_a_misspelt_name_gets_a_suggestion():
    with pytest.raises(ConfigError, match='did you mean "sigmoid"'):
        TrainingConfig(hidden_layers=(3, 3), layer_activations=("sigmod", "relu"))\
            .validate()  # fmt: skip


def test_activation_stays_checked_beside_the_list():
    config = TrainingConfig(
        hidden_layers=(3, 3), activation="nope", layer_activations=("relu", "tanh")
    )
    with pytest.raises(ConfigError) as problem:
        config.validate()
    assert problem.value.field == "activation"


@pytest.mark.parametrize(
    ("text", "n", "names"),
    [
        ("relu, tanh", 2, ("relu", "tanh")),
        ("ReLU;Tanh", 2, ("relu", "tanh")),
        (" sigmoid ,\tlinear , relu ", 3, ("sigmoid", "linear", "relu")),
        ("", 0, ()),
    ],
)
def test_parse_activations_reads_one_name_per_layer(text, n, names):
    assert parse_activations(text, n) == names


@pytest.mark.parametrize(
    ("text", "n", "words"),
    [
        ("relu,,tanh", 3, "empty name between two commas"),
        ("relu, tanh", 3, "write 3 activations"),
        ("", 2, "not 0"),
        ("relu, swish", 2, "'swish' is not an activation"),
    ],
)
def test_parse_activations_refuses_with_a_sentence(text, n, words):
    with pytest.raises(ConfigError, match=words) as problem:
        parse_activations(text, n)
    assert problem.value.field == "layer_activations"


def test_the_dict_form_carries_the_list_only_when_there_is_one():
    assert "layer_activations" not in TrainingConfig().to_dict()
    data = MIXED_CONFIG.to_dict()
    assert data["layer_activations"] == ["relu", "tanh"]
    back = TrainingConfig.from_dict(json.loads(json.dumps(data)))
    assert back == MIXED_CONFIG
    assert TrainingConfig.from_dict(TrainingConfig().to_dict()) == TrainingConfig()


def test_compare_depths_is_refused_for_per_layer_activations_with_a_sentence():
    with pytest.raises(ConfigError, match="one activation for every layer") as e:
        MIXED_CONFIG.activation_for_every_depth()
    assert "relu, tanh" in str(e.value)


# -- the model and the fast step ---------------------------------------------------


def _numeric_gradient(model: MLP, X, y, eps=1e-6):
    grad = np.zeros_like(model.theta)
    for i in range(model.theta.size):
        keep = model.theta[i]
        model.theta[i] = keep + eps
        up = model.loss(X, y)
        model.theta[i] = keep - eps
        down = model.loss(X, y)
        model.theta[i] = keep
        grad[i] = (up - down) / (2 * eps)
    return grad


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_mixed_network_gradients_match_central_differences(seed):
    rng = np.random.default_rng(seed)
    model = MLP(SIZES, MIXED, rng)
    X = rng.normal(size=(9, 4))
    y = (rng.random(9) < 0.5).astype(float)
    analytic = model.flat_grads(model.loss_and_grads(X, y).grads)
    numeric = _numeric_gradient(model, X, y)
    relative = np.linalg.norm(analytic - numeric) / np.linalg.norm(numeric)
    assert relative <= 1e-6
    stepper = BatchStepper(model, max_batch=16)
    stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    fast_relative = np.linalg.norm(stepper.grad - numeric) / np.linalg.norm(numeric)
    assert fast_relative <= 1e-6
    np.testing.assert_allclose(stepper.grad, analytic, rtol=0, atol=1e-12)


def test_each_layer_applies_its_own_activation():
    rng = np.random.default_rng(5)
    model = MLP(SIZES, MIXED, rng)
    trace = model.forward(rng.normal(size=(7, 4)))
    np.testing.assert_array_equal(trace.a[1], np.maximum(trace.z[0], 0.0))
    np.testing.assert_allclose(trace.a[2], np.tanh(trace.z[1]), rtol=1e-15)
    np.testing.assert_allclose(trace.a[3], 1 / (1 + np.exp(-trace.z[2])), rtol=1e-14)
    assert model.activation_names == MIXED
    assert [model.activation_of_layer(k).name for k in range(4)] == [
        *MIXED,
        "sigmoid",
    ]
    assert model.copy().activation_names == MIXED


def test_each_layer_starts_from_its_own_activations_rule():
    """He normal before ReLU, Glorot uniform before tanh and sigmoid (and the
    output), drawn one layer after the other from the same generator."""
    model = MLP(SIZES, MIXED, np.random.default_rng(8))
    rng = np.random.default_rng(8)
    expected = [rng.normal(0.0, np.sqrt(2.0 / 4), size=(4, 6))]
    for n, m in [(6, 5), (5, 3), (3, 1)]:
        limit = np.sqrt(6.0 / (n + m))
        expected.append(rng.uniform(-limit, limit, size=(n, m)))
    for layer, W in zip(model.layers, expected, strict=True):
        np.testing.assert_array_equal(layer.W, W)
        np.testing.assert_array_equal(layer.b, 0.0)


def test_a_count_that_does_not_fit_the_network_is_refused():
    with pytest.raises(ValueError, match="2 activations"):
        MLP(SIZES, ("relu", "tanh"))


def _three_epochs(activation, seed: int = 4) -> np.ndarray:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(96, 5))
    y = (X[:, 0] * X[:, 1] > 0).astype(float)
    model = MLP([5, 16, 8, 1], activation, np.random.default_rng(seed))
    optimizer = Adam(model.parameter_count, lr=0.01)
    stepper = BatchStepper(model, max_batch=32, l2=0.001, grad=optimizer.grad)
    order = np.random.default_rng(seed + 1)
    for _ in range(3):
        rows = order.permutation(96)
        for start in range(0, 96, 32):
            batch = rows[start : start + 32]
            stepper.loss_and_grad(examples_as_columns(X[batch]), Targets.of(y[batch]))
            optimizer.step(model.theta, stepper.grad)
    return model.theta.copy()


@pytest.mark.parametrize("name", ["relu", "tanh", "sigmoid", "linear"])
def test_one_name_per_layer_trains_bit_for_bit_like_the_single_name(name):
    np.testing.assert_array_equal(_three_epochs((name, name)), _three_epochs(name))


@pytest.mark.parametrize("name", ["tanh", "sigmoid"])
def test_a_uniform_per_layer_config_trains_like_the_single_activation(name):
    layers = (12, 6)
    single = TrainingConfig(hidden_layers=layers, activation=name, epochs=3)
    per_layer = single.with_changes(activation="relu", layer_activations=(name, name))
    runs = [Trainer(config) for config in (single, per_layer)]
    for trainer in runs:
        trainer.run()
    np.testing.assert_array_equal(runs[0].model.theta, runs[1].model.theta)


def test_a_mixed_config_trains_the_mixed_network():
    trainer = Trainer(MIXED_CONFIG)
    assert trainer.model.activation_names == ("relu", "tanh")
    trainer.run()
    rebuilt = model_from_theta(
        trainer.model.theta, trainer.model.layer_sizes, ("relu", "tanh"), "binary"
    )
    X = trainer.X_val
    np.testing.assert_array_equal(
        rebuilt.predict_proba(X), trainer.model.predict_proba(X)
    )
    wrong = model_from_theta(trainer.model.theta, trainer.model.layer_sizes, "relu")
    assert not np.array_equal(wrong.predict_proba(X), rebuilt.predict_proba(X))


# -- what names or rebuilds the activations ------------------------------------------


def test_pipeline_titles_name_each_layers_activation_when_they_differ():
    trainer = Trainer(MIXED_CONFIG.with_changes(epochs=1))
    sizes = trainer.model.layer_sizes
    stages = describe_pipeline(
        trainer.dataset, trainer.scaler, sizes, MIXED_CONFIG.hidden_activations()
    )
    layers = [s for s in stages if s.key.startswith("layer")]
    assert [s.title for s in layers] == [
        "Feature Extraction (Layer 1, relu)",
        "Feature Extraction (Layer 2, tanh)",
    ]
    assert [s.activation for s in layers] == ["relu", "tanh"]
    assert layers[1].formula == "a2 = tanh(a1 · W2 + b2)"
    uniform = describe_pipeline(trainer.dataset, trainer.scaler, sizes, "tanh")
    assert [s.title for s in uniform if s.key.startswith("layer")] == [
        "Feature Extraction (Layer 1)",
        "Feature Extraction (Layer 2)",
    ]


def test_the_weights_export_names_each_layers_activation(tmp_path):
    trainer = Trainer(MIXED_CONFIG.with_changes(epochs=1))
    path = write_weights_json(
        trainer.model.theta,
        trainer.model.layer_sizes,
        MIXED_CONFIG.activation_spec(),
        tmp_path / "w.json",
    )
    layers = json.loads(path.read_text())["layers"]
    assert [layer["activation"] for layer in layers] == ["relu", "tanh", "sigmoid"]


def test_a_mixed_session_round_trips_and_continues_exactly(tmp_path):
    original = Trainer(MIXED_CONFIG)
    original.step_epoch()
    original.step_epoch()
    source = data_source(original.dataset, original.config)
    path = save_session(capture(original, source, ()), tmp_path / "mixed")
    back = load_session(path)
    assert back.config == MIXED_CONFIG
    assert back.config.layer_activations == ("relu", "tanh")
    np.testing.assert_array_equal(back.theta, original.model.theta)
    restored = restore_trainer(back)
    assert restored.exact
    assert restored.trainer.model.activation_names == ("relu", "tanh")
    original.run()
    restored.trainer.run()
    np.testing.assert_array_equal(restored.trainer.model.theta, original.model.theta)
    assert restored.trainer.history.records == original.history.records


def test_a_profile_sets_and_writes_back_per_layer_activations():
    text = (
        'format = 1\n[config]\ndataset = "spiral"\nhidden_layers = [8, 6]\n'
        'layer_activations = ["relu", "tanh"]\n'
    )
    profile = parse_profile(text)
    assert profile.config.hidden_activations() == ("relu", "tanh")
    assert parse_profile(profile_to_toml(profile)).config == profile.config
    with pytest.raises(ProfileError, match=r"config\.layer_activations"):
        parse_profile(text.replace('"relu", "tanh"', '"relu"'))


def test_the_command_line_takes_a_comma_list_per_layer(capsys):
    args = ["train", "--dataset", "spiral", "--layers", "8,6", "--epochs", "2"]
    assert main([*args, "--activation", "relu,tanh", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[-1]["layer_activations"] == ["relu", "tanh"]
    assert all("layer_activations" not in row for row in rows[:-1])
    assert main([*args, "--activation", "tanh", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "layer_activations" not in rows[-1]
    assert main([*args, "--activation", "relu, tanh"]) == 0
    assert "8 -> 6 -> 1 (relu, tanh)" in capsys.readouterr().out


def test_the_command_line_trains_what_the_list_says(capsys):
    args = ["train", "--dataset", "spiral", "--layers", "8,6", "--epochs", "2"]
    assert main([*args, "--activation", "relu,tanh", "--json"]) == 0
    mixed = json.loads(capsys.readouterr().out.splitlines()[-1])
    trainer = Trainer(MIXED_CONFIG.with_changes(epochs=2))
    trainer.run()
    assert mixed["loss"] == trainer.history.records[-1].loss


@pytest.mark.parametrize(
    ("value", "words"),
    [("relu,tanh,relu", "write 2 activations"), ("relu,tahn", "did you mean")],
)
def test_the_command_line_refuses_a_list_that_does_not_fit(capsys, value, words):
    with pytest.raises(SystemExit) as stop:
        main(["train", "--layers", "8,6", "--activation", value])
    assert stop.value.code == 2
    assert words in capsys.readouterr().err
