"""The decision boundary for several classes and for a number; its two check boxes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.lesson.boundary import (
    NUMBER_BANDS,
    class_field,
    make_grid,
    model_from_theta,
    normalized_split,
    number_bands,
    probabilities,
)
from desktop.lesson.boundary_plot import CLASS_COLOURS, class_image
from desktop.lesson.boundary_view import BoundaryView
from desktop.run.training_worker import _describe
from tests.gui_helpers import WAIT_MS


def _trained(name: str, kind: str, epochs: int = 4, **settings):
    config = TrainingConfig(dataset=name, target_kind=kind, epochs=epochs, **settings)
    trainer = Trainer(config)
    trainer.run()
    return trainer, _describe(trainer), take_snapshot(trainer)


@pytest.fixture(scope="module")
def blobs():
    return _trained("blobs", "classes")


@pytest.fixture(scope="module")
def bump():
    return _trained("bump", "number")


def _view(qtbot, description, snapshot) -> BoundaryView:
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)
    return view


def _redrawn(qtbot, view: BoundaryView, change) -> None:
    view.drawn_snapshot, snapshot = None, view.snapshot
    change()
    view.snapshot = snapshot
    view.throttle.request()
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)


def test_the_class_image_is_the_argmax_of_predict_proba_on_the_grid(qtbot, blobs):
    trainer, description, snapshot = blobs
    view = _view(qtbot, description, snapshot)
    p = trainer.model.predict_proba(view.grid.X)  # (n, 4), the trainer's own model
    assert p.shape[1] == 4
    assert np.array_equal(view.plot.winner, np.argmax(p, axis=1).reshape(100, 100))
    # every pixel has its winning class's hue: the nearest class colour
    rgb = view.plot.rgb_image.image.astype(float)
    colours = np.array([c.getRgb()[:3] for c in CLASS_COLOURS[:4]], float)
    white = np.full(3, 255.0)
    direction = (colours - white) / np.linalg.norm(colours - white, axis=1)[:, None]
    towards = (rgb - white) @ direction.T  # how far along each class's line
    off = np.linalg.norm(
        (rgb - white)[..., None, :] - towards[..., None] * direction, axis=-1
    )
    assert np.array_equal(np.argmin(off, axis=-1), view.plot.winner)
    names = [item.text for _, item in view.plot.legend.items]
    assert names == list(trainer.dataset.class_names)


def test_the_class_borders_are_where_the_winner_changes():
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(30, 40, 5))
    p = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
    field = class_field(p)
    assert np.array_equal(field.winner, np.argmax(p, axis=-1))
    for c in range(5):  # positive exactly inside class c's region
        assert np.array_equal(field.margins[c] > 0, field.winner == c)
    top = p.max(axis=-1)
    assert np.allclose(field.confidence, (top - 0.2) / 0.8)


def test_class_image_mixes_each_class_colour_into_white():
    winner = np.array([[0, 1], [2, 9]])
    strength = np.array([[1.0, 0.0], [0.5, 1.0]])
    rgb = class_image(winner, strength, 10)
    assert tuple(rgb[0, 0]) == CLASS_COLOURS[0].getRgb()[:3]
    assert tuple(rgb[0, 1]) == (255, 255, 255)
    assert tuple(rgb[1, 1]) == CLASS_COLOURS[9 % len(CLASS_COLOURS)].getRgb()[:3]


def test_the_number_heatmap_is_the_prediction_in_the_targets_units(qtbot, bump):
    trainer, description, snapshot = bump
    view = _view(qtbot, description, snapshot)
    scale = trainer.target.scale
    expected = (trainer.model.predict(view.grid.X) * scale.std + scale.mean).reshape(
        100, 100
    )
    assert np.allclose(view.plot.probabilities, expected)
    assert np.allclose(view.plot.image.image, expected)
    y = trainer.raw_split.y_train
    assert view.plot.value_range == (y.min(), y.max())
    assert view.plot.colour_bar.getAxis("left").labelText == "predicted y"


def _point_count(items) -> int:
    return sum(len(item.data) for item in items)


@pytest.mark.parametrize(("name", "kind"), [("blobs", "classes"), ("bump", "number")])
def test_validation_points_are_added_hollow_when_asked(qtbot, name, kind):
    trainer, description, snapshot = _trained(name, kind, epochs=1)
    view = _view(qtbot, description, snapshot)
    n_train, n_val = len(trainer.y_train), len(trainer.y_val)
    assert _point_count(view.plot.points) == n_train
    assert _point_count(view.plot.val_points) == 0
    view.show_validation.setChecked(True)
    assert _point_count(view.plot.points) == n_train
    assert _point_count(view.plot.val_points) == n_val
    for item in view.plot.val_points:  # hollow: no fill
        assert item.opts["brush"].style() == Qt.BrushStyle.NoBrush
    shown = np.sort(np.concatenate([i.getData()[0] for i in view.plot.val_points]))
    assert np.array_equal(shown, np.sort(trainer.raw_split.X_val[:, 0]))
    view.show_validation.setChecked(False)
    assert _point_count(view.plot.val_points) == 0


def _colours(view: BoundaryView) -> int:
    """Distinct colours of the picture as drawn."""
    plot = view.plot
    if plot.kind == "classes":
        return len(np.unique(plot.rgb_image.image.reshape(-1, 3), axis=0))
    return len(np.unique(plot.image.image))


@pytest.mark.parametrize(
    ("name", "kind", "most"), [("moons", "binary", 2), ("blobs", "classes", 4),
                               ("bump", "number", NUMBER_BANDS)]
)  # fmt: skip
def test_discretize_leaves_a_handful_of_flat_colours(qtbot, name, kind, most):
    _, description, snapshot = _trained(name, kind)
    view = _view(qtbot, description, snapshot)
    assert _colours(view) > 100  # shaded by probability or value
    _redrawn(qtbot, view, lambda: view.discretize.setChecked(True))
    assert 2 <= _colours(view) <= most
    if kind == "binary":
        p = view.plot.probabilities
        assert np.array_equal(view.plot.image.image, np.where(p >= 0.5, 0.7, 0.3))
    _redrawn(qtbot, view, lambda: view.discretize.setChecked(False))
    assert _colours(view) > 100


@pytest.mark.parametrize("seed", range(10))
def test_number_bands_keep_at_most_so_many_values_each_in_its_band(seed):
    rng = np.random.default_rng(seed)
    values = rng.normal(size=500) * 3
    low, high = -2.0, 4.0
    banded = number_bands(values, low, high, 5)
    assert len(np.unique(banded)) <= 5
    width = (high - low) / 5
    inside = (values >= low) & (values < high)
    assert np.all(np.abs(banded[inside] - values[inside]) <= width / 2 + 1e-12)
    assert np.allclose(banded[values < low], low + width / 2)
    assert np.allclose(banded[values >= high], high - width / 2)


def test_extra_features_are_computed_from_the_grid_point():
    config = TrainingConfig(dataset="circles", features=("x2", "xy", "siny"), epochs=1)
    trainer = Trainer(config)
    split = normalized_split(trainer.dataset, config)
    assert split.derived == ("x2", "xy", "siny")
    grid = make_grid(split, 0, 1, size=12)
    gx, gy = np.meshgrid(grid.x_values, grid.y_values)
    raw = np.column_stack(
        [gx.ravel(), gy.ravel(), gx.ravel() ** 2, gx.ravel() * gy.ravel(),
         np.sin(gy.ravel())]
    )  # fmt: skip
    assert np.allclose(grid.X, trainer.scaler.transform(raw))
    model = model_from_theta(
        trainer.model.theta, trainer.model.layer_sizes, config.activation
    )
    image = probabilities(grid, model)
    expected = trainer.model.predict_proba(trainer.scaler.transform(raw))
    assert np.allclose(image.ravel(), expected)


def test_model_from_theta_takes_the_output_kind(blobs, bump):
    for trainer, _, _ in (blobs, bump):
        model = model_from_theta(
            trainer.model.theta, trainer.model.layer_sizes, "relu",
            trainer.config.target_kind,
        )  # fmt: skip
        assert model.output_kind.name == trainer.model.output_kind.name
        X = trainer.X_val[:20]
        assert np.array_equal(model.predict(X), trainer.model.predict(X))
    trainer = blobs[0]  # a last layer of k units is several classes
    model = model_from_theta(trainer.model.theta, trainer.model.layer_sizes)
    assert model.output_kind.name == "classes"
