"""The untangling projection: PCA checked against an eigendecomposition, alignment
checked against a brute-force search, determinism, and the probe's numbers."""

import itertools

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.lesson.boundary import normalized_split
from core.lesson.insight import untangle
from core.patterns.untangle_projection import (
    OUTPUT,
    align,
    drawn_rows,
    pca_basis,
    project,
    project_layer,
)


def _trained(dataset: str, seed: int, epochs: int = 2):
    config = TrainingConfig(dataset=dataset, seed=seed, epochs=epochs)
    trainer = Trainer(config)
    trainer.run()
    return trainer, normalized_split(trainer.dataset, config)


def _layer_values(model, X):
    """Each layer's values by hand from W and b: independent of MLP.forward."""
    values, a = [X], X
    for k, layer in enumerate(model.layers):
        z = a @ layer.W + layer.b
        last = k == model.n_layers - 1
        a = 1 / (1 + np.exp(-z)) if last else np.maximum(z, 0)
        values.append(a)
    return values


def _orthonormal(rng, n, k=2):
    Q, _ = np.linalg.qr(rng.normal(size=(n, k)))
    return Q


@pytest.mark.parametrize(
    ("dataset", "seed"), [("athletes", 0), ("athletes", 5), ("moons", 1), ("spiral", 2)]
)
def test_each_panel_is_a_direct_pca_of_the_layer_up_to_sign(dataset, seed):
    trainer, split = _trained(dataset, seed)
    frame = project(trainer.model, split, 2)
    values = _layer_values(trainer.model, split.X_val[frame.rows])
    assert len(frame.layers) == len(values)
    for layer, A in zip(frame.layers, values, strict=True):
        centred = A - A.mean(axis=0)
        if layer.width <= 2:  # a value and the rows' order, or the plane itself
            if layer.width == 2:
                np.testing.assert_allclose(layer.points, centred, atol=1e-12)
            continue
        covariance = centred.T @ centred / len(A)
        eigenvalues, vectors = np.linalg.eigh(covariance)  # ascending
        top = vectors[:, ::-1][:, :2]
        gaps = -np.diff(eigenvalues[::-1][:3])  # PCA is defined up to sign only
        assert np.all(gaps > 1e-9)  # when the top directions are distinct
        expected = centred @ top
        for j in range(2):
            got = layer.points[:, j]
            sign = np.sign(got @ expected[:, j])
            np.testing.assert_allclose(got, sign * expected[:, j], atol=1e-8)
        share = eigenvalues[-2:].sum() / eigenvalues.sum()
        assert layer.spread == pytest.approx(share, rel=1e-9)


def test_the_output_panel_is_p_class_1_against_the_rows_order():
    trainer, split = _trained("athletes", 3)
    frame = project(trainer.model, split, 2)
    out = frame.layers[-1]
    assert out.name == OUTPUT
    assert out.width == 1
    p = _layer_values(trainer.model, split.X_val[frame.rows])[-1][:, 0]
    np.testing.assert_allclose(out.points[:, 0], p, atol=1e-12)
    n = len(p)
    np.testing.assert_allclose(out.points[:, 1], np.arange(n) / (n - 1))


def test_the_scores_are_untangles_and_the_labels_the_validation_rows():
    trainer, split = _trained("athletes", 1)
    frame = project(trainer.model, split, 2)
    u = untangle(trainer.model, split, 2)
    for k in range(len(frame.layers) - 1):
        assert frame.separability(k) == u.layers[k].val_accuracy
    assert frame.separability(len(frame.layers) - 1) == u.output_accuracy
    np.testing.assert_array_equal(frame.labels, split.y_val[frame.rows] > 0.5)


@pytest.mark.parametrize("seed", range(6))
def test_alignment_is_the_closest_orthogonal_turn_of_the_new_plane(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 40))
    B, previous = _orthonormal(rng, n), _orthonormal(rng, n)
    if seed % 2:  # a previous frame close to the new plane, as in training
        previous = _orthonormal(rng, n)
        previous = np.linalg.qr(B @ _orthonormal(rng, 2) + 0.05 * previous)[0]
    aligned = align(B, previous)
    R = B.T @ aligned
    np.testing.assert_allclose(B @ R, aligned, atol=1e-10)  # the same plane
    np.testing.assert_allclose(R.T @ R, np.eye(2), atol=1e-10)  # orthogonal
    distance = np.linalg.norm(aligned - previous)
    assert distance <= np.linalg.norm(B - previous) + 1e-12
    for angle in np.linspace(0, 2 * np.pi, 721):  # every turn and mirror
        c, s = np.cos(angle), np.sin(angle)
        for turn in (np.array([[c, -s], [s, c]]), np.array([[c, s], [s, -c]])):
            assert distance <= np.linalg.norm(B @ turn - previous) + 1e-9


def test_alignment_undoes_a_sign_flip_and_a_swap():
    rng = np.random.default_rng(7)
    previous = _orthonormal(rng, 12)
    for signs in itertools.product((1, -1), repeat=2):
        for order in ((0, 1), (1, 0)):
            flipped = previous[:, order] * np.array(signs)
            np.testing.assert_allclose(align(flipped, previous), previous, atol=1e-10)


def test_frames_aligned_with_the_previous_stay_closer_and_keep_distances():
    trainer, split = _trained("athletes", 4, epochs=1)
    first = project(trainer.model, split, 1)
    trainer.step_epoch()
    fresh = project(trainer.model, split, 2)
    aligned = project(trainer.model, split, 2, previous=first)
    for a, f, p in zip(aligned.layers, fresh.layers, first.layers, strict=True):
        if a.width <= 2:  # not projected: nothing to align
            np.testing.assert_array_equal(a.points, f.points)
            continue
        closest = np.linalg.norm(a.basis - p.basis)
        assert closest <= np.linalg.norm(f.basis - p.basis) + 1e-12
        np.testing.assert_allclose(  # a turn of the same picture
            a.points @ a.points.T, f.points @ f.points.T, atol=1e-8
        )


def test_the_projection_is_deterministic():
    trainer, split = _trained("moons", 9)
    a, b = project(trainer.model, split, 2), project(trainer.model, split, 2)
    for x, y in zip(a.layers, b.layers, strict=True):
        np.testing.assert_array_equal(x.points, y.points)
        np.testing.assert_array_equal(x.basis, y.basis)


def test_a_layer_with_no_spread_projects_to_its_mean():
    values = np.full((30, 5), 2.0)  # every unit dead or constant
    _, basis, share = pca_basis(values)
    np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-12)
    assert share == 0.0
    layer = project_layer("hidden 1", values)
    np.testing.assert_allclose(layer.points, 0.0, atol=1e-12)


def test_a_single_row_still_gets_an_orthonormal_plane():
    _, basis, _ = pca_basis(np.arange(6.0).reshape(1, 6))
    np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-12)


def test_large_sets_are_thinned_evenly_for_drawing():
    rows = drawn_rows(40_000, 1000)
    assert len(rows) == 1000
    assert rows[0] == 0
    assert rows[-1] == 39_999
    assert np.all(np.diff(rows) > 0)
    np.testing.assert_array_equal(drawn_rows(12, 1000), np.arange(12))
