"""The trainer: stepping, determinism, divergence and the seed's lesson."""

import math

import numpy as np
import pytest

from core import ConfigError, Trainer, TrainerState, TrainingConfig


def test_same_seed_gives_bit_identical_history():
    a, b = Trainer(TrainingConfig(epochs=4)), Trainer(TrainingConfig(epochs=4))
    a.run()
    b.run()
    assert a.history.batch_losses == b.history.batch_losses
    assert a.history.records == b.history.records
    assert np.array_equal(a.model.theta, b.model.theta)


def test_different_seeds_differ():
    a, b = Trainer(TrainingConfig(epochs=1)), Trainer(TrainingConfig(epochs=1, seed=1))
    a.run()
    b.run()
    assert a.history.batch_losses != b.history.batch_losses


def test_batch_epoch_and_run_advance_consistently():
    trainer = Trainer(TrainingConfig(epochs=3))
    assert trainer.batches_per_epoch == math.ceil(800 / 32)
    first = trainer.step_batch()
    assert (first.epoch, first.batch, first.epoch_record) == (1, 1, None)
    record = trainer.step_epoch()
    assert record.epoch == 1
    assert len(trainer.history.batch_losses) == trainer.batches_per_epoch
    assert trainer.run() is TrainerState.FINISHED
    assert [r.epoch for r in trainer.history.records] == [1, 2, 3]
    assert trainer.step_batch() is None
    assert trainer.step_epoch() is None


def test_stepping_equals_running_straight_through():
    stepped, straight = (
        Trainer(TrainingConfig(epochs=2)),
        Trainer(TrainingConfig(epochs=2)),
    )
    while stepped.step_batch() is not None:
        pass
    straight.run()
    assert np.array_equal(stepped.model.theta, straight.model.theta)


def test_run_stops_between_batches_when_asked():
    trainer = Trainer(TrainingConfig(epochs=5))
    calls = []

    def stop_after_ten() -> bool:
        calls.append(1)
        return len(calls) > 10

    state = trainer.run(stop_after_ten)
    assert state is TrainerState.TRAINING
    assert len(trainer.history.batch_losses) == 10
    trainer.run()
    assert trainer.status is TrainerState.FINISHED


@pytest.mark.parametrize("batch_size", [32, 64, 800])
def test_every_epochs_metrics_match_a_direct_evaluation(batch_size):
    """64 leaves a short last batch (800 rows): every epoch must still be right."""
    trainer = Trainer(TrainingConfig(epochs=4, batch_size=batch_size))
    while (record := trainer.step_epoch()) is not None:
        for X, y, loss, accuracy in (
            (trainer.X_val, trainer.y_val, record.val_loss, record.val_accuracy),
            (trainer.X_train, trainer.y_train, record.loss, record.accuracy),
        ):
            p = trainer.model.predict_proba(X)
            direct = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
            assert loss == pytest.approx(direct, rel=1e-9)
            assert accuracy == pytest.approx(np.mean((p > 0.5) == (y == 1)))


def test_training_with_a_short_last_batch_equals_readable_backprop():
    """Adam on the readable gradients, batch by batch, gives the same weights."""
    config = TrainingConfig(epochs=2, batch_size=64)
    trainer = Trainer(config)
    reference = Trainer(config)
    mirror = reference.model.copy()
    from core.engine.optim import Adam

    adam = Adam(mirror.parameter_count, config.learning_rate)
    order_rng = np.random.default_rng(np.random.SeedSequence(config.seed).spawn(2)[1])
    for _ in range(config.epochs):
        order = order_rng.permutation(len(trainer.y_train))
        for start in range(0, len(order), 64):
            rows = order[start : start + 64]
            grads = mirror.loss_and_grads(trainer.X_train[rows], trainer.y_train[rows])
            adam.step(mirror.theta, mirror.flat_grads(grads.grads))
    trainer.run()
    np.testing.assert_allclose(trainer.model.theta, mirror.theta, atol=1e-10)


def test_learning_rate_changes_take_effect_at_the_next_batch():
    a, b = Trainer(TrainingConfig(epochs=1)), Trainer(TrainingConfig(epochs=1))
    for t in (a, b):
        t.step_batch()
    b.learning_rate = 0.05
    a.step_batch()
    b.step_batch()
    assert a.history.batch_losses[1] == b.history.batch_losses[1]  # loss before step
    assert not np.array_equal(a.model.theta, b.model.theta)
    with pytest.raises(ConfigError):
        b.learning_rate = -1.0
    assert b.learning_rate == 0.05


@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_a_huge_learning_rate_diverges_with_a_clear_message(optimizer):
    trainer = Trainer(TrainingConfig(learning_rate=10, optimizer=optimizer))
    start = trainer.model.theta.copy()
    assert trainer.run() is TrainerState.DIVERGED
    assert "learning rate 10" in trainer.error
    assert "smaller" in trainer.error
    assert np.isfinite(trainer.model.theta).all()
    assert np.array_equal(trainer.model.theta, start)  # rolled back, nothing lost
    assert trainer.step_batch() is None


def test_divergence_after_good_epochs_keeps_their_history():
    trainer = Trainer(TrainingConfig(epochs=5))
    trainer.step_epoch()
    kept = trainer.model.theta.copy()
    trainer.learning_rate = 50.0
    trainer.run()
    assert trainer.status is TrainerState.DIVERGED
    good, diverged = trainer.history.records  # the diverged epoch's row: its event
    assert diverged.events == ("diverged",)
    assert "diverged" not in good.events
    assert np.array_equal(trainer.model.theta, kept)
    assert "end of epoch 1" in trainer.error


def test_sgd_momentum_and_l2_train():
    trainer = Trainer(
        TrainingConfig(optimizer="sgd", learning_rate=0.1, l2=1e-3, epochs=8)
    )
    trainer.run()
    assert trainer.history.records[-1].val_accuracy > 0.8


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"epochs": 0}, "epochs"),
        ({"learning_rate": float("nan")}, "learning_rate"),
        ({"hidden_layers": (64, 0)}, "hidden_layers"),
        ({"activation": "swish"}, "activation"),
        ({"dataset": "mnist"}, "dataset"),
        ({"batch_size": 0}, "batch_size"),
    ],
)
def test_bad_configs_name_their_field(change, field):
    with pytest.raises(ConfigError) as info:
        TrainingConfig(**change).validate()
    assert info.value.field == field


def test_config_round_trips_through_a_dict():
    config = TrainingConfig(hidden_layers=(8,), seed=4)
    assert TrainingConfig.from_dict(config.to_dict()) == config
    with pytest.raises(ConfigError, match="colour"):
        TrainingConfig.from_dict({"colour": "red"})


def test_float32_training_matches_float64_closely():
    t32 = Trainer(TrainingConfig(epochs=3, dtype="float32"))
    t64 = Trainer(TrainingConfig(epochs=3))
    t32.run()
    t64.run()
    assert t32.model.theta.dtype == np.float32
    assert t32.history.records[-1].val_accuracy == pytest.approx(
        t64.history.records[-1].val_accuracy, abs=0.03
    )


@pytest.mark.parametrize("seed", range(10))
def test_the_seed_lesson_holds(seed):
    """Epoch 1 weak, epoch 20 strong, loss down 3x; a linear model stays below."""
    deep = Trainer(TrainingConfig(seed=seed))
    deep.run()
    first, last = deep.history.records[0], deep.history.records[-1]
    assert first.val_accuracy < 0.80
    assert last.val_accuracy >= 0.93
    assert first.loss / last.loss >= 3.0
    linear = Trainer(TrainingConfig(seed=seed, hidden_layers=()))
    linear.run()
    assert max(r.val_accuracy for r in linear.history.records) <= 0.80
    longer = Trainer(
        TrainingConfig(seed=seed, hidden_layers=(), epochs=100, learning_rate=0.01)
    )
    longer.run()
    assert max(r.val_accuracy for r in longer.history.records) <= 0.80


@pytest.mark.parametrize("batch_size", [32, 64])
def test_peek_next_batch_names_the_rows_the_next_step_trains_on(batch_size):
    trainer = Trainer(TrainingConfig(epochs=3, batch_size=batch_size))
    mirror = trainer.model.copy()
    from core.engine.optim import Adam

    adam = Adam(mirror.parameter_count, trainer.config.learning_rate)
    while not trainer.done:
        X, y, rows = trainer.peek_next_batch()
        np.testing.assert_array_equal(X, trainer.X_train[rows])
        grads = mirror.loss_and_grads(X, y)
        adam.step(mirror.theta, mirror.flat_grads(grads.grads))
        result = trainer.step_batch()
        assert result.loss == pytest.approx(grads.loss, abs=1e-12)
    np.testing.assert_allclose(trainer.model.theta, mirror.theta, atol=1e-10)
    with pytest.raises(RuntimeError):
        trainer.peek_next_batch()
