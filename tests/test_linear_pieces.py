"""Pieces of the plane: counts against patterns computed by hand, constructed
networks with known regions, the equal-budget width, and the wide run."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.model import MLP
from core.lesson.boundary import BoundaryGrid, make_grid, normalized_split
from core.patterns.linear_pieces import (
    counts_pieces,
    most_pieces_of_lines,
    pattern_hashes,
    piece_edges,
    piece_ids,
    piece_map,
    wide_layer,
)
from core.patterns.pieces_wide import WideRun


def _unit_grid(size: int = 101) -> BoundaryGrid:
    """The unit square, both axes 0..1, as normalized network inputs."""
    values = np.linspace(0.0, 1.0, size)
    gx, gy = np.meshgrid(values, values)
    X = np.column_stack([gx.ravel(), gy.ravel()])
    return BoundaryGrid(0, 1, values, values, X)


def _patterns_by_hand(model: MLP, X: np.ndarray) -> np.ndarray:
    """The sign of every hidden pre-activation, from W and b directly."""
    signs, a = [], X
    for layer in model.layers[:-1]:
        z = a @ layer.W + layer.b
        signs.append(z > 0)
        a = np.maximum(z, 0.0)
    return np.hstack(signs) if signs else np.zeros((len(X), 0), dtype=bool)


def _net(hidden: list[tuple[np.ndarray, np.ndarray]]) -> MLP:
    """A ReLU network with the given hidden (W, b) and a plain output."""
    sizes = [2] + [W.shape[1] for W, _ in hidden] + [1]
    model = MLP(sizes, "relu")
    for layer, (W, b) in zip(model.layers, hidden, strict=False):
        layer.W, layer.b = W, b
    return model


@pytest.mark.parametrize(
    ("dataset", "hidden", "seed", "epochs"),
    [("circles", (64, 32), 0, 3), ("spiral", (64, 32), 1, 2),
     ("moons", (16, 16, 8), 2, 1), ("xor", (300,), 3, 1), ("circles", (8,), 4, 0)],
)  # fmt: skip
def test_the_count_is_the_number_of_distinct_patterns(dataset, hidden, seed, epochs):
    config = TrainingConfig(
        dataset=dataset, hidden_layers=hidden, seed=seed, epochs=max(epochs, 1)
    )
    trainer = Trainer(config)
    for _ in range(epochs):
        trainer.step_epoch()
    grid = make_grid(normalized_split(trainer.dataset, config), size=120)
    pieces = piece_map(trainer.model, grid)
    by_hand = _patterns_by_hand(trainer.model, grid.X)
    unique, inverse = np.unique(by_hand, axis=0, return_inverse=True)
    assert pieces.count == len(unique)
    # the ids name the same pieces: a one-to-one match with the hand-made ones
    pairs = np.unique(np.column_stack([pieces.ids.ravel(), inverse.ravel()]), axis=0)
    assert len(pairs) == len(unique)
    assert pieces.ids.shape == grid.shape


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([(1, 0, -0.5)], 2),  # one line across the square
        ([(1, 0, -0.5), (0, 1, -0.5)], 4),  # two lines crossing inside
        ([(1, 0, -0.3), (1, 0, -0.7)], 3),  # two parallel lines
        ([(1, 0, -0.5), (0, 1, -0.5), (1, 1, -0.8)], 7),  # three in general position
        ([(1, 0, -2.0)], 1),  # a line outside the square cuts nothing
        ([(1, 0, -0.505), (-1, 0, 0.505)], 2),  # one line twice, facing both ways
    ],
)
def test_one_hidden_layer_cuts_the_square_along_its_lines(lines, expected):
    W = np.array([[a, b] for a, b, _ in lines], dtype=float).T
    b = np.array([c for _, _, c in lines], dtype=float)
    assert piece_map(_net([(W, b)]), _unit_grid()).count == expected


def test_a_second_layer_folds_a_piece_of_the_first():
    # layer 1: relu(x - 0.5); layer 2: on where relu(x - 0.5) > 0.25, i.e. x > 0.75
    first = (np.array([[1.0], [0.0]]), np.array([-0.5]))
    second = (np.array([[1.0]]), np.array([-0.25]))
    pieces = piece_map(_net([first, second]), _unit_grid())
    assert pieces.count == 3
    x = _unit_grid().x_values
    row = pieces.ids[0]
    assert len(set(row[x < 0.5])) == len(set(row[(x > 0.5) & (x < 0.75)])) == 1
    assert len({row[0], row[60], row[90]}) == 3


def test_no_hidden_layer_is_one_piece():
    pieces = piece_map(MLP([2, 1]), _unit_grid(30))
    assert pieces.count == 1
    assert np.all(pieces.ids == 0)


def test_the_same_pattern_always_gets_the_same_hash():
    rng = np.random.default_rng(0)
    patterns = rng.random((500, 45)) > 0.5
    patterns[250:] = patterns[:250]
    h = pattern_hashes(patterns)
    np.testing.assert_array_equal(h[:250], h[250:])
    _, count = piece_ids(patterns)
    assert len(np.unique(h)) == count  # different patterns, different keys here
    np.testing.assert_array_equal(pattern_hashes(patterns), h)


def test_pieces_are_deterministic():
    trainer = Trainer(TrainingConfig(dataset="moons", epochs=1))
    trainer.run()
    grid = make_grid(normalized_split(trainer.dataset, trainer.config), size=80)
    a, b = piece_map(trainer.model, grid), piece_map(trainer.model, grid)
    np.testing.assert_array_equal(a.ids, b.ids)
    np.testing.assert_array_equal(a.hashes, b.hashes)


def test_edges_mark_points_whose_right_or_upper_neighbour_differs():
    ids = np.array([[0, 0, 1], [0, 0, 1], [2, 2, 2]])
    expected = np.array(
        [[False, True, False], [True, True, True], [False, False, False]]
    )
    np.testing.assert_array_equal(piece_edges(ids), expected)


def test_the_wide_layer_has_the_closest_parameter_count():
    for sizes in [(2, 64, 32, 1), (2, 8, 8, 1), (2, 100, 50, 20, 1), (2, 3, 1)]:
        target = MLP.parameter_count_for(sizes)
        (h,) = wide_layer(sizes)
        best = min(
            abs(MLP.parameter_count_for((2, w, 1)) - target) for w in range(1, 5000)
        )
        assert abs(MLP.parameter_count_for((2, h, 1)) - target) == best
    assert wide_layer((2, 64, 32, 1)) == (576,)


def test_only_relu_counts_pieces():
    assert counts_pieces("relu")
    for name in ("tanh", "sigmoid", "linear"):
        assert not counts_pieces(name)


def test_lines_cut_the_plane_into_at_most_so_many_regions():
    assert [most_pieces_of_lines(n) for n in range(5)] == [1, 2, 4, 7, 11]


def test_the_wide_run_is_the_trainer_with_one_wide_layer():
    config = TrainingConfig(dataset="circles", epochs=4, seed=6)
    dataset = Trainer(config).dataset
    run = WideRun(config, dataset, (2, 16, 8, 1))
    reference = Trainer(config.with_changes(hidden_layers=wide_layer((2, 16, 8, 1))))
    for _ in range(3):
        reference.step_epoch()
    np.testing.assert_array_equal(run.model_at(3).theta, reference.model.theta)
    early = Trainer(reference.config)
    early.step_epoch()
    np.testing.assert_array_equal(run.model_at(1).theta, early.model.theta)  # back
    assert run.epochs_done == 1


def test_the_wide_run_stops_when_asked():
    config = TrainingConfig(dataset="circles", epochs=5)
    run = WideRun(config, Trainer(config).dataset, (2, 8, 8, 1))
    calls = []
    run.model_at(5, should_stop=lambda: calls.append(1) or len(calls) > 2)
    assert run.epochs_done == 2
