"""The core of "step inside an epoch": probe, maps, gradients, walk, time travel."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.inside.inspection import activation_maps, choose_probe, model_at, probe_for
from core.inside.layer_gradients import batch_backward, relative_update
from core.inside.neuron import neuron_arithmetic
from core.inside.next_batch import NextBatch
from core.inside.sample_walk import SampleWalk, walk_keys
from core.inside.time_travel import TimeTravelStore


def sgd_config(**changes) -> TrainingConfig:
    """Plain SGD makes the update exactly ``-lr * grad``: the batch can be read off."""
    base = TrainingConfig(optimizer="sgd", momentum=0.0, learning_rate=0.05)
    return base.with_changes(**changes)


def test_the_replayed_batch_is_the_one_the_trainer_trains_on():
    trainer = Trainer(sgd_config(batch_size=100, epochs=3))
    peeker = NextBatch()
    for _ in range(3 * trainer.batches_per_epoch):  # crosses two epoch boundaries
        rows = peeker.peek(trainer)
        expected = trainer.model.loss_and_grads(rows.X, rows.y)
        before = trainer.model.theta.copy()
        result = trainer.step_batch()
        assert result.loss == pytest.approx(expected.loss, rel=1e-12)
        step = (before - trainer.model.theta) / trainer.learning_rate
        grad = trainer.model.flat_grads(expected.grads)
        np.testing.assert_allclose(step, grad, rtol=1e-9, atol=1e-12)
        assert (rows.epoch, rows.batch) == (result.epoch, result.batch)


def test_the_replay_matches_adam_runs_and_a_last_short_batch():
    trainer = Trainer(TrainingConfig(batch_size=48, epochs=2))  # 800 = 16 x 48 + 32
    peeker = NextBatch()
    while not trainer.done:
        rows = peeker.peek(trainer)
        loss = trainer.model.loss(rows.X, rows.y)
        assert trainer.step_batch().loss == pytest.approx(loss, rel=1e-12)
    assert len(rows.y) == 32


@pytest.mark.parametrize(("seed", "batch_size"), [(0, 32), (5, 48), (9, 800)])
def test_rows_at_replays_every_batch_the_trainer_trained_on(seed, batch_size):
    """Time travel's batches of the past come from replaying the seed's shuffle."""
    trainer = Trainer(TrainingConfig(seed=seed, batch_size=batch_size, epochs=3))
    trained = []
    while not trainer.done:
        rows = NextBatch().peek(trainer)
        trained.append(rows)
        trainer.step_batch()
    replay = NextBatch()  # asked afterwards, in the order the scrubber might
    for rows in [*trained[::-1], *trained]:
        again = replay.rows_at(trainer, rows.epoch, rows.batch)
        np.testing.assert_array_equal(again.indices, rows.indices)
        np.testing.assert_array_equal(again.X, rows.X)
        np.testing.assert_array_equal(again.y, rows.y)


def test_probe_is_seeded_sorted_by_class_and_from_validation_rows():
    trainer = Trainer(TrainingConfig())
    probe = probe_for(trainer)
    again = probe_for(trainer)
    np.testing.assert_array_equal(probe.indices, again.indices)
    assert len(probe) == 64
    assert np.all(np.diff(probe.y) >= 0)
    np.testing.assert_array_equal(probe.X, trainer.X_val[probe.indices])
    np.testing.assert_array_equal(probe.X_raw, trainer.raw_split.X_val[probe.indices])


def test_heatmap_of_layer_k_is_forward_of_the_probe():
    trainer = Trainer(TrainingConfig())
    trainer.step_epoch()
    probe = probe_for(trainer)
    maps = activation_maps(trainer.model, probe)
    trace = trainer.model.forward(probe.X)
    assert [m.key for m in maps] == ["raw", "input", "layer1", "layer2", "output"]
    np.testing.assert_array_equal(maps[0].values, probe.X_raw)
    for k in range(4):
        np.testing.assert_array_equal(maps[k + 1].values, trace.a[k])


def test_dead_units_are_counted_as_a_direct_computation_would():
    trainer = Trainer(TrainingConfig())
    trainer.model.layers[0].b[[3, 7, 11]] = -100.0  # no input can switch these on
    probe = probe_for(trainer)
    maps = activation_maps(trainer.model, probe)
    a1 = np.maximum(probe.X @ trainer.model.layers[0].W + trainer.model.layers[0].b, 0)
    direct = np.flatnonzero(np.all(a1 == 0, axis=0))
    assert set(direct) >= {3, 7, 11}
    np.testing.assert_array_equal(np.flatnonzero(maps[2].dead), direct)
    assert maps[2].dead_count == len(direct)
    assert maps[-1].dead_count == 0  # the sigmoid output is never "dead"


def test_neuron_arithmetic_adds_up_to_the_forward_pass():
    trainer = Trainer(TrainingConfig())
    trainer.step_epoch()
    x = trainer.X_val[5]
    trace = trainer.model.forward(x[None, :])
    for layer, unit in ((1, 10), (2, 4), (3, 0)):
        n = neuron_arithmetic(trainer.model, x, layer, unit, top=4)
        assert len(n.terms) == 4
        assert n.rest_count == trainer.model.layer_sizes[layer - 1] - 4
        sizes = [abs(t.product) for t in n.terms]
        assert sizes == sorted(sizes, reverse=True)
        assert n.weighted_sum + n.bias == pytest.approx(n.z, abs=1e-12)
        assert n.z == trace.z[layer - 1][0, unit]
        assert n.a == trace.a[layer][0, unit]
    assert n.activation == "sigmoid"
    assert neuron_arithmetic(trainer.model, x, 1, 10).activation == "relu"


def test_walk_visits_the_stages_in_order_and_ends_with_the_cores_step():
    config = TrainingConfig(batch_size=50)
    walked, reference = Trainer(config), Trainer(config)
    reference.step_batch()
    walked.step_batch()
    rows = NextBatch().peek(walked)
    raw = walked.raw_split.X_train[rows.indices[0]]
    walk = SampleWalk(walked, rows, raw)
    theta = walked.model.theta.copy()
    frames = []
    while not walk.done:
        frames.append(walk.advance())
        if not walk.done:
            np.testing.assert_array_equal(walked.model.theta, theta)
    expected = ["input", "normalize", "layer1", "layer2", "output"]
    expected += ["loss", "grad2", "grad1", "update"]
    assert [f.key for f in frames] == expected == walk_keys(3)
    assert [f.pipeline_key for f in frames[:8]] == [
        *expected[:5],
        "output",
        "layer2",
        "layer1",
    ]
    reference.step_batch()
    assert walked.step_count == reference.step_count == 2
    np.testing.assert_array_equal(walked.model.theta, reference.model.theta)
    assert frames[-1].matches_core
    np.testing.assert_array_equal(frames[-1].values, walked.model.theta - theta)


def test_walk_numbers_are_the_examples_own():
    trainer = Trainer(TrainingConfig())
    rows = NextBatch().peek(trainer)
    walk = SampleWalk(trainer, rows, trainer.raw_split.X_train[rows.indices[0]])
    frames = {key: walk.advance() for key in walk.keys}
    trace = trainer.model.forward(rows.X[:1])  # theta has moved: recompute before
    np.testing.assert_array_equal(frames["normalize"].values, rows.X[0])
    p, y = frames["output"].values[0], rows.y[0]
    assert frames["loss"].values[0] == pytest.approx(
        -(y * np.log(p) + (1 - y) * np.log(1 - p))
    )
    # the error at layer 2 is the per-example backprop: (p - y) W3 ⊙ relu'(z2)
    walk2 = SampleWalk(Trainer(TrainingConfig()), rows, rows.X[0])
    z2 = walk2.trace.z[1]
    W3 = walk2.trainer.model.layers[2].W[:, 0]
    expected = (walk2.trace.probability - walk2.trace.label) * W3 * (z2 > 0)
    np.testing.assert_allclose(walk2.deltas[2], expected)
    assert trace.a[0].shape == (1, 20)


def test_scrubbing_to_batch_b_gives_the_parameters_after_b():
    trainer = Trainer(TrainingConfig(epochs=2))
    store = TimeTravelStore(trainer.model.parameter_count)
    store.record(0, 0, 0, trainer.model.theta)
    after = {0: trainer.model.theta.copy()}
    while (r := trainer.step_batch()) is not None:
        store.record(r.step, r.epoch, r.batch, trainer.model.theta)
        after[r.step] = trainer.model.theta.copy()
    assert len(store) == 51
    for b in (0, 1, 7, 25, 26, 50):
        moment = store.nearest(b)
        assert moment.step == b
        np.testing.assert_array_equal(moment.theta, after[b])
    assert (store.nearest(26).epoch, store.nearest(26).batch) == (2, 1)
    assert store.nbytes == 64 * 3457 * 8  # 51 moments: one block of 64


def test_memory_cap_holds_on_a_long_run_and_thins_older_moments_evenly():
    n_parameters, cap = 500, 200 * 500 * 8  # room for 200 moments
    store = TimeTravelStore(n_parameters, cap_bytes=cap, recent=16)
    theta = np.zeros(n_parameters)
    for step in range(100_001):
        theta[0] = step
        store.record(step, 1 + step // 2500, step % 2500, theta)
        assert len(store) <= 200
    assert store.nbytes <= cap + 64 * 500 * 8
    steps = store.steps()
    assert steps[0] == 0
    assert steps[-1] == 100_000
    # the past at an even stride, then every batch since the last thinning
    off_stride = np.flatnonzero(steps % store.stride)
    older, newest = steps[: off_stride[0]], steps[off_stride[0] :]
    assert store.stride > 1
    assert len(older) > 50
    assert set(np.diff(older)) == {store.stride}
    assert set(np.diff(newest)) == {1}
    assert len(newest) >= store.recent
    moment = store.nearest(50_003)
    assert moment.theta[0] == moment.step
    assert abs(moment.step - 50_003) <= store.stride


def test_relative_update_per_layer():
    sizes = (2, 2, 1)
    before = np.ones(9)
    after = before.copy()
    after[0] += 0.6  # layer 1's W: 6 numbers of 1 -> norm sqrt(6)
    ratios = relative_update(before, after, sizes)
    np.testing.assert_allclose(ratios, [0.6 / np.sqrt(6), 0.0])


def test_batch_backward_is_the_readable_gradient():
    trainer = Trainer(TrainingConfig())
    rows = NextBatch().peek(trainer)
    backward = batch_backward(trainer.model, rows)
    expected = trainer.model.loss_and_grads(rows.X, rows.y)
    for got, want in zip(backward.layers, expected.grads, strict=True):
        np.testing.assert_array_equal(got.dW, want.dW)
        assert got.norm == pytest.approx(
            np.sqrt(np.sum(want.dW**2) + np.sum(want.db**2))
        )


def test_model_at_restores_a_moment():
    trainer = Trainer(TrainingConfig())
    theta = trainer.model.theta.copy()
    trainer.step_epoch()
    old = model_at(theta, trainer.model.layer_sizes, "relu")
    np.testing.assert_array_equal(old.theta, theta)
    probe = choose_probe(trainer.X_val, trainer.raw_split.X_val, trainer.y_val, 8)
    assert len(probe) == 8
