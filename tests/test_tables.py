"""One table per fact: the activation table, the parameter layout, the run record.

A new activation is one record in ``ACTIVATIONS``: here a leaky ReLU that
exists only for the test is added and followed through every reader. The
flat parameter layout is written once (``ParameterLayout``) and every view of
it must agree with independent slicing. A run record taken at any batch
resumes a fresh trainer bit for bit.
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine import activations
from core.engine.activations import ACTIVATIONS, Activation, Kernels
from core.engine.config import ConfigError
from core.engine.fast_step import BatchStepper, Targets, examples_as_columns
from core.engine.model import MLP, ParameterLayout
from core.engine.snapshot import layer_params, take_snapshot
from core.files.history_export import weight_arrays
from core.inside.inspection import ProbeSet, activation_maps
from core.stacked.training import StackedRuns

ALPHA = 0.1


def _leaky(z):
    return np.maximum(z, ALPHA * z)


def _leaky_slope(z):
    return np.where(z > 0, 1.0, ALPHA).astype(z.dtype)


def _leaky_in_place(a, zeros):
    np.maximum(a, np.multiply(a, ALPHA), out=a)


def _keep_leaky_slope(a, slope, zeros):
    np.greater(a, zeros, out=slope)  # 1 where z > 0, else 0
    np.multiply(slope, 1.0 - ALPHA, out=slope)
    np.add(slope, ALPHA, out=slope)


LEAKY = Activation(
    "leaky_relu",
    _leaky,
    _leaky_slope,
    Kernels(_leaky_in_place, _keep_leaky_slope, activations.multiply_by_slope),
    activations.he_normal,
    can_die=False,
    formula="a = max(z, 0.1 z)",
    words="leaky ReLU keeps a positive sum and shrinks a negative one tenfold.",
    title="Leaky ReLU",
)


@pytest.fixture
def leaky(monkeypatch):
    """The leaky record in the table for one test: the single edit a new one needs."""
    monkeypatch.setitem(ACTIVATIONS, "leaky_relu", LEAKY)
    return LEAKY


# -- the activation table -------------------------------------------------------


def test_a_new_activation_is_refused_until_it_is_in_the_table(monkeypatch):
    with pytest.raises(ConfigError, match="activation"):
        TrainingConfig(activation="leaky_relu").validate()
    monkeypatch.setitem(ACTIVATIONS, "leaky_relu", LEAKY)
    assert TrainingConfig(activation="leaky_relu").validate().activation == "leaky_relu"


def test_a_new_activation_flows_through_the_readable_forward_pass(leaky):
    rng = np.random.default_rng(1)
    model = MLP([4, 6, 1], "leaky_relu", rng)
    X = rng.normal(size=(10, 4))
    forward = model.forward(X)
    W, b = model.layers[0].W, model.layers[0].b
    z = X @ W + b  # by hand, independently of the model's loop
    np.testing.assert_allclose(forward.a[1], np.where(z > 0, z, ALPHA * z))
    assert model.activation_of_layer(0).title == "Leaky ReLU"
    assert model.activation_of_layer(1).name == "sigmoid"  # the output stays sigmoid


def test_a_new_activation_uses_its_own_init_rule(leaky):
    seeded = np.random.default_rng(5)
    model = MLP([30, 20, 1], "leaky_relu", np.random.default_rng(5))
    np.testing.assert_array_equal(model.layers[0].W, LEAKY.init(seeded, 30, 20))


@pytest.mark.parametrize("sizes", [[5, 7, 1], [5, 7, 6, 4, 1]])
@pytest.mark.parametrize("l2", [0.0, 0.01])
def test_a_new_activations_fast_step_equals_the_readable_backprop(leaky, sizes, l2):
    rng = np.random.default_rng(11)
    model = MLP(sizes, "leaky_relu", rng)
    model.theta += rng.normal(0, 0.05, model.theta.size)
    X = rng.normal(size=(13, sizes[0]))
    y = (rng.random(13) < 0.5).astype(float)
    stepper = BatchStepper(model, max_batch=16, l2=l2)
    fast_loss = stepper.loss_and_grad(examples_as_columns(X), Targets.of(y))
    slow = model.loss_and_grads(X, y, l2)
    assert fast_loss == pytest.approx(slow.loss, abs=1e-12)
    np.testing.assert_allclose(stepper.grad, model.flat_grads(slow.grads), atol=1e-12)


def test_a_new_activations_slope_matches_central_differences(leaky):
    z = np.linspace(-3, 3, 41) + 0.013  # off the kink at 0
    numeric = (LEAKY.f(z + 1e-6) - LEAKY.f(z - 1e-6)) / 2e-6
    np.testing.assert_allclose(LEAKY.df(z), numeric, rtol=1e-6)


def test_a_new_activation_trains_in_the_trainer_and_the_stacked_runs_alike(leaky):
    config = TrainingConfig(
        activation="leaky_relu", hidden_layers=(8, 4), epochs=2, n_rows=300
    )
    stacked = StackedRuns(config, seeds=(0, 3))
    stacked.run()
    for k, seed in enumerate((0, 3)):
        trainer = Trainer(config.with_changes(seed=seed))
        trainer.run()
        np.testing.assert_allclose(stacked.theta[k], trainer.model.theta, atol=1e-10)


def test_a_new_activations_texts_reach_the_neuron_view(leaky, qtbot):
    from core.inside.inside_session import InsideSession
    from desktop.inside.neuron_view import NeuronView

    trainer = Trainer(TrainingConfig(activation="leaky_relu", epochs=1))
    trainer.step_batch()
    view = NeuronView()
    qtbot.addWidget(view)
    view.show_unit(InsideSession(trainer).live_frame(), 1, 0)
    assert "a = max(z, 0.1 z)" in view.text.text()


def test_every_activation_has_its_texts_and_a_slope_kernel_matching_df():
    for act in ACTIVATIONS.values():
        assert act.formula.startswith("a = ")
        assert act.words
        assert act.title
        z = np.linspace(-2, 2, 9).reshape(3, 3) + 0.013
        a, slope, zeros = z.copy(), np.empty_like(z), np.zeros_like(z)
        act.kernels.activate(a, zeros)
        np.testing.assert_allclose(a, act.f(z), atol=1e-15)
        act.kernels.keep_slope(a, slope, zeros)
        delta = np.ones_like(z)
        act.kernels.apply_slope(delta, slope)
        np.testing.assert_allclose(delta, act.df(z), atol=1e-15)


def _probe_with_dead_unit(model: MLP) -> ProbeSet:
    model.layers[0].W[:, 0] = -1.0  # inputs are >= 0: z < 0 for every example
    model.layers[0].b[0] = -1.0
    X = np.random.default_rng(2).random((8, model.layer_sizes[0]))
    return ProbeSet(np.arange(8), X, X, np.zeros(8))


def test_dead_units_are_marked_only_for_activations_that_can_die(monkeypatch):
    undying = dataclasses.replace(ACTIVATIONS["relu"], name="relu2", can_die=False)
    monkeypatch.setitem(ACTIVATIONS, "relu2", undying)
    for name, expected in (("relu", True), ("relu2", False)):
        model = MLP([3, 4, 1], name, np.random.default_rng(0))
        maps = activation_maps(model, _probe_with_dead_unit(model))
        layer1 = next(m for m in maps if m.key == "layer1")
        assert np.all(layer1.values[:, 0] == 0.0)
        assert bool(layer1.dead[0]) is expected


# -- the parameter layout --------------------------------------------------------


@pytest.mark.parametrize("sizes", [(3, 1), (4, 5, 1), (20, 64, 32, 1), (2, 3, 3, 2, 1)])
def test_the_layout_is_w_then_b_per_layer_and_every_reader_agrees(sizes):
    layout = ParameterLayout.of(sizes)
    theta = np.arange(layout.size, dtype=float)
    offset, expected = 0, []
    for n, m in itertools.pairwise(sizes):  # independent slicing
        W = theta[offset : offset + n * m].reshape(n, m)
        b = theta[offset + n * m : offset + n * m + m]
        expected.append((W, b))
        offset += n * m + m
    assert offset == layout.size == MLP.parameter_count_for(sizes)
    model = MLP(sizes)
    model.theta[...] = theta
    exported = weight_arrays(theta, sizes)
    for k, (W, b) in enumerate(expected):
        np.testing.assert_array_equal(model.layers[k].W, W)
        np.testing.assert_array_equal(model.layers[k].b, b)
        np.testing.assert_array_equal(layer_params(theta, sizes)[k][0], W)
        np.testing.assert_array_equal(layer_params(theta, sizes)[k][1], b)
        np.testing.assert_array_equal(exported[f"W{k + 1}"], W)
        np.testing.assert_array_equal(exported[f"b{k + 1}"], b)
        np.testing.assert_array_equal(layout.stacked(theta)[k], np.vstack([W, b]))
    np.testing.assert_array_equal(
        layout.weight_mask(), np.concatenate([[1.0] * W.size + [0.0] * b.size
                                              for W, b in expected])
    )  # fmt: skip


def test_the_layout_gives_views_and_handles_a_stack_of_vectors():
    layout = ParameterLayout.of((3, 4, 1))
    stack = np.arange(3 * layout.size, dtype=float).reshape(3, layout.size)
    views = layout.stacked(stack)
    for k in range(3):
        for one, many in zip(layout.stacked(stack[k]), views, strict=True):
            np.testing.assert_array_equal(many[k], one)
    views[0][1, 0, 0] = -7.0  # a view: writing lands in the stack
    assert stack[1, 0] == -7.0
    with pytest.raises(ValueError, match="parameters"):
        layout.stacked(np.zeros(layout.size + 1))


# -- the run record ---------------------------------------------------------------


def _finish(trainer: Trainer):
    trainer.run()
    return trainer.history.records, np.array(trainer.history.batch_losses)


CONTINUATIONS = [
    (TrainingConfig(epochs=3), 0),
    (TrainingConfig(epochs=3), 7),  # mid-epoch
    (TrainingConfig(epochs=3), 25),  # exactly at an epoch boundary
    (TrainingConfig(epochs=3, optimizer="sgd", l2=0.01, seed=4), 31),
    (TrainingConfig(epochs=3, dtype="float32", batch_size=48, seed=9), 20),
    (TrainingConfig(epochs=2, activation="tanh", n_rows=300, seed=2), 9),
]


@pytest.mark.parametrize(("config", "k"), CONTINUATIONS)
def test_a_restored_record_continues_the_run_bit_for_bit(config, k):
    original = Trainer(config)
    for _ in range(k):
        original.step_batch()
    record = original.state()
    records, losses = _finish(original)
    resumed = Trainer(config)
    resumed.restore(record)
    assert resumed.position() == record.position
    again_records, again_losses = _finish(resumed)
    assert again_records == records
    np.testing.assert_array_equal(again_losses, losses)
    np.testing.assert_array_equal(resumed.model.theta, original.model.theta)
    assert resumed.position() == original.position()


def test_a_restored_record_diverges_and_rolls_back_as_the_original():
    config = TrainingConfig(epochs=6, optimizer="sgd", momentum=0.9)
    original = Trainer(config)
    original.step_epoch()
    original.step_epoch()
    original.learning_rate = 60.0  # too large: the run diverges soon
    record = original.state()
    original.run()
    resumed = Trainer(config)
    resumed.restore(record)
    resumed.run()
    assert original.status.value == resumed.status.value == "diverged"
    assert resumed.error == original.error
    assert resumed.history.records == original.history.records
    np.testing.assert_array_equal(resumed.model.theta, original.model.theta)


def test_a_record_is_frozen_and_can_be_restored_twice():
    trainer = Trainer(TrainingConfig(epochs=2))
    for _ in range(5):
        trainer.step_batch()
    record = trainer.state()
    theta = record.theta.copy()
    with pytest.raises(ValueError, match="read-only"):
        record.theta[0] = 1.0
    trainer.run()  # the trainer goes on; the record does not change
    np.testing.assert_array_equal(record.theta, theta)
    assert len(record.batch_losses) == 5
    first, second = Trainer(TrainingConfig(epochs=2)), Trainer(TrainingConfig(epochs=2))
    first.restore(record)
    first.run()
    second.restore(record)
    second.run()
    np.testing.assert_array_equal(first.model.theta, second.model.theta)
    np.testing.assert_array_equal(first.model.theta, trainer.model.theta)


def test_a_record_of_another_network_or_without_its_shuffle_is_refused():
    trainer = Trainer(TrainingConfig(epochs=2))
    trainer.step_batch()
    record = trainer.state()
    with pytest.raises(ValueError, match="parameters"):
        Trainer(TrainingConfig(hidden_layers=(8,))).restore(record)
    with pytest.raises(ValueError, match="shuffle"):
        Trainer(TrainingConfig()).restore(dataclasses.replace(record, shuffle=None))


def test_a_snapshot_carries_the_trainers_position():
    trainer = Trainer(TrainingConfig(epochs=2))
    for _ in range(30):
        trainer.step_batch()
    snapshot = take_snapshot(trainer)
    position = trainer.position()
    for field in dataclasses.fields(position):
        assert getattr(snapshot, field.name) == getattr(position, field.name)
    assert (position.epoch, position.batch_in_epoch, position.step) == (2, 5, 30)
    assert position.last_batch == 5
