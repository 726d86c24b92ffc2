"""Unit pictures, reliance, dead units and the edges to draw (core, no Qt)."""

from itertools import pairwise

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.model import MLP
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from core.patterns.network_edges import network_edges, strongest_edges
from core.patterns.unit_pictures import (
    network_pictures,
    reliance_order,
    unit_pictures,
    unit_status,
)


def _by_hand(theta, sizes, X, activation):
    """Every layer's activations, written out again without MLP.forward."""
    f = {"relu": lambda z: np.maximum(z, 0), "tanh": np.tanh}[activation]
    a, start, out = np.asarray(X, float), 0, []
    for k, (n, m) in enumerate(pairwise(sizes)):
        block = theta[start : start + (n + 1) * m].reshape(n + 1, m)
        start += (n + 1) * m
        z = a @ block[:-1] + block[-1]
        a = 1 / (1 + np.exp(-z)) if k == len(sizes) - 2 else f(z)
        out.append(a)
    return out


@pytest.mark.parametrize(
    ("dataset", "activation", "seed"),
    [("athletes", "relu", 0), ("moons", "tanh", 3), ("circles", "relu", 7)],
)
def test_a_units_picture_is_its_activation_over_the_grid(dataset, activation, seed):
    config = TrainingConfig(dataset=dataset, activation=activation, seed=seed, epochs=2)
    trainer = Trainer(config)
    trainer.run()
    split = normalized_split(trainer.dataset, config)
    grid = make_grid(split, 1, 0, size=17)
    model = trainer.model.copy()
    pictures = unit_pictures(model, grid)
    expected = _by_hand(model.theta, model.layer_sizes, grid.X, activation)
    ny, nx = grid.shape
    assert [p.shape for p in pictures.layers] == [
        (m, ny, nx) for m in model.layer_sizes[1:]
    ]
    for k, a in enumerate(expected):
        for j in range(a.shape[1]):
            np.testing.assert_allclose(
                pictures.layers[k][j], a[:, j].reshape(ny, nx), atol=1e-12
            )
    np.testing.assert_allclose(
        pictures.output, model.predict_proba(grid.X).reshape(ny, nx), atol=1e-12
    )
    # a picture's row i is y_values[i] and its column j is x_values[j]
    i, j = 5, 11
    point = grid.X[i * nx + j]
    assert point[1] == pytest.approx(
        (grid.x_values[j] - split.scaler.low[1]) / split.scaler.span[1]
    )
    assert point[0] == pytest.approx(
        (grid.y_values[i] - split.scaler.low[0]) / split.scaler.span[0]
    )


def _model(sizes, activation="relu"):
    return MLP(sizes, activation, np.random.default_rng(0))


def test_reliance_of_the_last_hidden_layer_is_downstream_weight_times_spread():
    model = _model([2, 3, 1])
    model.layers[0].W = np.array([[1.0, 2.0, 0.5], [0.0, 1.0, -1.0]])
    model.layers[0].b = np.array([0.0, 0.0, 2.0])
    model.layers[1].W = np.array([[3.0], [-0.2], [1.0]])
    X = np.random.default_rng(1).uniform(0, 1, (200, 2))
    status = unit_status(model, X)
    a = np.maximum(X @ model.layers[0].W + model.layers[0].b, 0)
    expected = np.abs(model.layers[1].W[:, 0]) * a.std(axis=0)
    np.testing.assert_allclose(status.reliance[0], expected)
    # unit 0: |3| x std(x1); unit 2: |1| x std(0.5 x1 - x2 + 2); unit 1 last
    assert list(status.order[0]) == list(np.argsort(-expected))
    assert status.order[0][-1] == 1


def test_reliance_of_an_earlier_layer_matches_finite_differences():
    rng = np.random.default_rng(5)
    model = _model([3, 5, 4, 1], "tanh")
    X = rng.uniform(0, 1, (50, 3))
    status = unit_status(model, X)
    W2, b2 = model.layers[1].W, model.layers[1].b
    W3, b3 = model.layers[2].W, model.layers[2].b
    a1 = np.tanh(X @ model.layers[0].W + model.layers[0].b)

    def logit(a):
        return np.tanh(a @ W2 + b2) @ W3[:, 0] + b3[0]

    h = 1e-6
    slope = np.empty_like(a1)
    for j in range(a1.shape[1]):
        step = np.zeros_like(a1)
        step[:, j] = h
        slope[:, j] = (logit(a1 + step) - logit(a1 - step)) / (2 * h)
    expected = np.abs(slope).mean(axis=0) * a1.std(axis=0)
    np.testing.assert_allclose(status.reliance[0], expected, rtol=1e-6)
    assert not status.dead[0].any()  # tanh cannot die


def test_a_unit_negative_on_every_row_is_dead_only_if_its_activation_can_die():
    X = np.random.default_rng(2).uniform(0, 1, (100, 2))
    for activation, dies in (("relu", True), ("tanh", False)):
        model = _model([2, 4, 3, 1], activation)
        model.layers[0].W[:, 2] = [-1.0, -0.5]  # z <= -0.1 on every row in [0, 1]²
        model.layers[0].b[2] = -0.1
        status = unit_status(model, X)
        assert list(status.dead[0]) == [False, False, dies, False]
        if dies:
            assert status.reliance[0][2] == 0.0
            assert status.order[0][-1] == 2


def test_a_unit_off_on_the_training_rows_only_is_not_dead():
    X = np.random.default_rng(2).uniform(0, 1, (100, 2))
    model = _model([2, 2, 1])
    model.layers[0].W[:, 0] = [1.0, 0.0]
    model.layers[0].b[0] = -0.99  # on for x1 > 0.99 only
    X[0, 0] = 1.0
    assert not unit_status(model, X).dead[0][0]
    X[0, 0] = 0.5
    assert unit_status(model, X).dead[0][0]


def test_reliance_order_is_largest_first_and_stable():
    assert list(reliance_order(np.array([0.1, 0.5, 0.1, 0.9]))) == [3, 1, 0, 2]


def test_network_pictures_work_on_a_copy_of_theta():
    config = TrainingConfig(dataset="moons", hidden_layers=(6, 4), epochs=1)
    trainer = Trainer(config)
    split = normalized_split(trainer.dataset, config)
    grid = make_grid(split, size=12)
    theta = trainer.model.theta.copy()
    result = network_pictures(theta, (2, 6, 4, 1), "relu", grid, split.X_train)
    theta[:] = 0.0  # changing the caller's array later changes nothing drawn
    model = model_from_theta(trainer.model.theta, (2, 6, 4, 1))
    np.testing.assert_allclose(
        result.pictures.layers[1][3], model.forward(grid.X).a[2][:, 3].reshape(12, 12)
    )
    assert [len(r) for r in result.status.reliance] == [6, 4]


def _brute_top(W, k):
    chosen = set()
    for j in range(W.shape[1]):
        ranked = sorted(range(W.shape[0]), key=lambda i: (-abs(W[i, j]), i))
        chosen.update((i, j) for i in ranked[:k])
    return chosen


@pytest.mark.parametrize("seed", range(5))
def test_strongest_edges_are_each_units_top_k_by_magnitude(seed):
    W = np.random.default_rng(seed).normal(size=(20, 64))
    for k in (1, 3, 7):
        edges = strongest_edges(W, layer=1, k=k)
        assert len(edges) == 64 * k
        got = set(zip(edges.source.tolist(), edges.target.tolist(), strict=True))
        assert got == _brute_top(W, k)
        np.testing.assert_array_equal(edges.weight, W[edges.source, edges.target])
        np.testing.assert_allclose(edges.width, np.abs(edges.weight) / np.abs(W).max())
        np.testing.assert_array_equal(edges.positive, edges.weight >= 0)


def test_edge_sign_and_width_follow_a_constructed_w():
    W = np.array([[2.0, -0.5], [-4.0, 1.0], [0.0, 0.25]])
    edges = strongest_edges(W, layer=2, k=1, all_up_to=0)
    assert list(zip(edges.source, edges.target, strict=True)) == [(1, 0), (1, 1)]
    np.testing.assert_allclose(edges.weight, [-4.0, 1.0])
    np.testing.assert_allclose(edges.width, [1.0, 0.25])
    assert list(edges.positive) == [False, True]
    assert edges.layer == 2
    every = strongest_edges(W, layer=2, k=1)  # 6 weights: a small layer, all drawn
    assert len(every) == 6
    np.testing.assert_allclose(sorted(every.width), sorted(np.abs(W).ravel() / 4.0))


def test_ties_go_to_the_lower_source_and_zero_weights_have_zero_width():
    edges = strongest_edges(np.zeros((10, 10)), layer=1, k=2)
    assert list(edges.source[:2]) == [0, 1]
    assert not edges.width.any()
    with pytest.raises(ValueError, match="k must"):
        strongest_edges(np.ones((3, 3)), layer=1, k=0)


def test_network_edges_cover_every_layer():
    model = _model([20, 64, 32, 1])
    layers = network_edges([layer.W for layer in model.layers], k=3)
    assert [e.layer for e in layers] == [1, 2, 3]
    assert [len(e) for e in layers] == [64 * 3, 32 * 3, 32]  # 32 x 1 is small
