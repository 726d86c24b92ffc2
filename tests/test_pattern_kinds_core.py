"""The pattern views' core for several classes and a number (no Qt).

Every number is checked against maths written out again here: a forward
pass by hand with softmax or a linear output, reliance by finite
differences, PCA by a direct SVD, R² by its formula.
"""

from itertools import pairwise

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.model import MLP
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from core.lesson.insight import untangle
from core.patterns.linear_pieces import (
    activation_patterns,
    blocking_activation,
    wide_layer,
)
from core.patterns.unit_pictures import network_pictures, unit_status
from core.patterns.untangle_projection import OUTPUT, project

ACTIVATIONS = {"relu": lambda z: np.maximum(z, 0.0), "tanh": np.tanh}


def forward_by_hand(theta, sizes, X, kind, activation="relu"):
    """Every layer's output, without MLP: the last is sigmoid, softmax or z."""
    a, start, out = np.asarray(X, float), 0, []
    for k, (n, m) in enumerate(pairwise(sizes)):
        block = theta[start : start + (n + 1) * m].reshape(n + 1, m)
        start += (n + 1) * m
        z = a @ block[:-1] + block[-1]
        if k < len(sizes) - 2:
            a = ACTIVATIONS[activation](z)
        elif kind == "classes":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        elif kind == "number":
            a = z
        else:
            a = 1.0 / (1.0 + np.exp(-z))
        out.append(a)
    return out


class Run:
    def __init__(self, dataset: str, kind: str, seed: int) -> None:
        self.kind = kind
        self.config = TrainingConfig(
            dataset=dataset, target_kind=kind, epochs=3, seed=seed,
            hidden_layers=(16, 8),
        )  # fmt: skip
        trainer = Trainer(self.config)
        trainer.run()
        self.theta = trainer.model.theta.copy()
        self.sizes = trainer.model.layer_sizes
        self.split = normalized_split(trainer.dataset, self.config)
        self.model = model_from_theta(self.theta, self.sizes, "relu", kind)


@pytest.fixture(scope="module")
def blobs():
    return Run("blobs", "classes", 3)


@pytest.fixture(scope="module")
def bump():
    return Run("bump", "number", 5)


@pytest.mark.parametrize("name", ["blobs", "bump"])
def test_output_pictures_are_the_kinds_forward_pass(request, name):
    run = request.getfixturevalue(name)
    grid = make_grid(run.split, 0, 1, size=21)
    computed = network_pictures(
        run.theta, run.sizes, "relu", grid, run.split.X_train, run.kind
    )
    expected = forward_by_hand(run.theta, run.sizes, grid.X, run.kind)
    assert len(computed.pictures.layers) == len(expected)
    for got, want in zip(computed.pictures.layers, expected, strict=True):
        assert got.shape == (want.shape[1], 21, 21)
        for j in range(want.shape[1]):
            np.testing.assert_allclose(got[j], want[:, j].reshape(21, 21), atol=1e-12)
    if run.kind == "classes":
        np.testing.assert_allclose(computed.pictures.layers[-1].sum(axis=0), 1.0)
    else:  # without its kind, a number's output would be squashed by a sigmoid
        guessed = network_pictures(
            run.theta, run.sizes, "relu", grid, run.split.X_train
        )
        sigmoid = 1 / (1 + np.exp(-expected[-1][:, 0].reshape(21, 21)))
        np.testing.assert_allclose(guessed.pictures.layers[-1][0], sigmoid)
        assert not np.allclose(
            guessed.pictures.layers[-1], computed.pictures.layers[-1]
        )


def _reliance_by_differences(model: MLP, X, directions, eps=1e-6):
    """mean |∂(d · z_out)/∂a_j| × std(a_j), the slope by central differences of
    the layers above ``a`` run by hand."""
    passed = model.forward(X)
    found = []
    for k in range(1, model.n_layers):
        a = passed.a[k]
        total = np.zeros(a.shape[1])
        for j in range(a.shape[1]):
            bump = np.zeros_like(a)
            bump[:, j] = eps
            up, down = (
                _logits_from(model, k, a + bump),
                _logits_from(model, k, a - bump),
            )
            slope = (up - down) / (2 * eps)  # (rows, outputs)
            total[j] = sum(np.mean(np.abs(slope @ d)) for d in directions)
        found.append(total * a.std(axis=0))
    return found


def _logits_from(model: MLP, k: int, a):
    for layer in range(k, model.n_layers):
        z = a @ model.layers[layer].W + model.layers[layer].b
        a = np.tanh(z) if layer < model.n_layers - 1 else z
    return z


KINDS = [("binary", 1), ("classes", 3), ("classes", 5), ("number", 1)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("kind", "units"), KINDS)
def test_reliance_is_the_documented_slope_times_spread(seed, kind, units):
    rng = np.random.default_rng(seed)
    model = MLP([3, 6, 4, units], "tanh", rng, output=kind)
    for layer in model.layers:
        layer.b = rng.normal(0, 0.5, layer.b.shape)
    X = rng.uniform(-1, 1, (120, 3))
    if kind == "classes":  # each class's logit against the mean of all k
        directions = list(np.eye(units) - 1.0 / units)
    else:
        directions = [np.ones(1)]
    expected = _reliance_by_differences(model, X, directions)
    got = unit_status(model, X).reliance
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(g, e, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("seed", range(8))
def test_two_class_softmax_reliance_is_the_yes_no_rule_on_z1_minus_z0(seed):
    rng = np.random.default_rng(seed)
    two = MLP([2, 5, 4, 2], "relu", rng, output="classes")
    for layer in two.layers:
        layer.b = rng.normal(0, 0.3, layer.b.shape)
    one = MLP([2, 5, 4, 1], "relu", output="binary")
    for k in range(2):
        one.layers[k].W, one.layers[k].b = two.layers[k].W, two.layers[k].b
    W, b = two.layers[2].W, two.layers[2].b
    one.layers[2].W = (W[:, 1] - W[:, 0])[:, None]
    one.layers[2].b = np.array([b[1] - b[0]])
    X = rng.uniform(0, 1, (150, 2))
    np.testing.assert_allclose(two.predict_proba(X)[:, 1], one.predict_proba(X))
    for r2, r1 in zip(unit_status(two, X).reliance, unit_status(one, X).reliance,
                      strict=True):  # fmt: skip
        np.testing.assert_allclose(r2, r1, rtol=1e-10, atol=1e-12)


def test_a_unit_that_moves_every_class_alike_gets_no_reliance():
    model = MLP([2, 3, 3], "relu", np.random.default_rng(1), output="classes")
    model.layers[0].W = np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -1.0]])
    model.layers[0].b = np.array([0.1, 0.2, 0.3])
    model.layers[1].W = np.array([[2.0, 2.0, 2.0], [1.0, -1.0, 0.0], [0.0, 0.5, 3.0]])
    X = np.random.default_rng(2).uniform(0, 1, (300, 2))
    a = np.maximum(X @ model.layers[0].W + model.layers[0].b, 0)
    assert a[:, 0].std() > 0.1  # it varies, but softmax cannot see it
    W = model.layers[1].W
    by_hand = np.abs(W - W.mean(axis=1, keepdims=True)).sum(axis=1) * a.std(axis=0)
    status = unit_status(model, X)
    np.testing.assert_allclose(status.reliance[0], by_hand, atol=1e-12)
    assert status.reliance[0][0] == pytest.approx(0.0, abs=1e-12)
    assert list(status.order[0]) == [2, 1, 0]


def _pca_points(values):
    centred = values - values.mean(axis=0)
    _, _, Vt = np.linalg.svd(centred, full_matrices=False)
    return centred @ Vt[:2].T


def _same_up_to_sign(got, want):
    for j in range(2):
        sign = 1.0 if np.dot(got[:, j], want[:, j]) >= 0 else -1.0
        np.testing.assert_allclose(got[:, j], sign * want[:, j], atol=1e-9)


def test_classes_untangle_output_is_a_direct_pca_of_the_k_probabilities(blobs):
    frame = project(blobs.model, blobs.split, 3)
    rows = frame.rows
    layers = forward_by_hand(
        blobs.theta, blobs.sizes, blobs.split.X_val[rows], "classes"
    )
    assert frame.kind == "classes"
    assert [layer.width for layer in frame.layers] == [2, 16, 8, 4]
    assert frame.layers[-1].name == OUTPUT
    _same_up_to_sign(frame.layers[-1].points, _pca_points(layers[-1]))
    _same_up_to_sign(frame.layers[1].points, _pca_points(layers[0]))
    np.testing.assert_array_equal(frame.labels, blobs.split.y_val[rows].astype(int))
    assert set(frame.labels.tolist()) == {0, 1, 2, 3}
    u = untangle(blobs.model, blobs.split, 3, "classes")
    assert frame.untangling == u
    own = np.mean(np.argmax(layers[-1], axis=1) == frame.labels)
    assert frame.separability(3) == pytest.approx(own)


def test_number_untangle_output_is_predicted_against_true(bump):
    frame = project(bump.model, bump.split, 3)
    rows = frame.rows
    assert len(rows) == len(bump.split.X_val)  # every row drawn: R² below is theirs
    y_train = np.asarray(bump.split.y_train_raw, float)
    y_true = np.asarray(bump.split.y_val_raw, float)[rows]
    z = forward_by_hand(bump.theta, bump.sizes, bump.split.X_val[rows], "number")
    predicted = z[-1][:, 0] * y_train.std() + y_train.mean()
    np.testing.assert_allclose(frame.labels, y_true)
    np.testing.assert_allclose(frame.layers[-1].points[:, 0], y_true)
    np.testing.assert_allclose(frame.layers[-1].points[:, 1], predicted, atol=1e-9)
    _same_up_to_sign(frame.layers[2].points, _pca_points(z[1]))
    r2 = 1 - np.sum((y_true - predicted) ** 2) / np.sum((y_true - y_true.mean()) ** 2)
    assert frame.separability(3) == pytest.approx(r2, abs=1e-9)
    assert frame.kind == "number"


@pytest.mark.parametrize("sizes", [(2, 64, 32, 4), (2, 16, 8, 10), (2, 64, 32, 1),
                                   (20, 64, 32, 3)])  # fmt: skip
def test_the_wide_layer_counts_the_output_units(sizes):
    (width,) = wide_layer(sizes)
    budget = MLP.parameter_count_for(sizes)
    n, k = sizes[0], sizes[-1]

    def count(h):
        return (n + 1) * h + (h + 1) * k

    assert abs(count(width) - budget) <= min(
        abs(count(width - 1) - budget), abs(count(width + 1) - budget)
    )


@pytest.mark.parametrize(
    ("names", "blocking"),
    [
        (("relu", "relu"), None),
        (("relu", "linear"), None),
        (("linear", "relu"), None),
        ((), None),
        (("linear", "linear"), "linear"),
        (("relu", "tanh"), "tanh"),
        (("sigmoid", "linear"), "sigmoid"),
    ],
)
def test_pieces_are_counted_when_every_layer_is_relu_or_linear(names, blocking):
    assert blocking_activation(names) == blocking


def test_a_linear_layer_adds_no_switches_to_the_pattern():
    rng = np.random.default_rng(4)
    model = MLP([2, 5, 3, 4, 1], ("relu", "linear", "relu"), rng)
    X = rng.uniform(-1, 1, (400, 2))
    patterns = activation_patterns(model, X)
    a1 = np.maximum(X @ model.layers[0].W + model.layers[0].b, 0)
    a2 = a1 @ model.layers[1].W + model.layers[1].b  # linear: no on/off
    z3 = a2 @ model.layers[2].W + model.layers[2].b
    z1 = X @ model.layers[0].W + model.layers[0].b
    np.testing.assert_array_equal(patterns, np.hstack([z1 > 0, z3 > 0]))
