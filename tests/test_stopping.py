"""Stopping rules: early stopping, restoring the best weights, why a run ended."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core import ConfigError, Trainer, TrainerState, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.engine.stopping import (
    STOP_CODES,
    EarlyStopping,
    StopReason,
    first_stop,
    stop_sentence,
)
from core.files.session_file import load_session, save_session
from core.files.session_restore import capture, data_source, restore_trainer

# A small, fast run whose validation loss turns up within a few dozen epochs.
QUICK = TrainingConfig(
    dataset="moons",
    n_rows=120,
    hidden_layers=(16,),
    learning_rate=0.05,
    batch_size=16,
    epochs=60,
)


def expected_stop(losses: list[float], patience: int) -> tuple[int, int]:
    """The rule as its docstring states it, without the incremental bookkeeping:
    stop at the first epoch e at which e minus the first epoch holding the lowest
    loss among epochs 1..e equals the patience."""
    for e in range(1, len(losses) + 1):
        best = int(np.argmin(losses[:e])) + 1
        if e - best >= patience:
            return e, best
    return 0, int(np.argmin(losses)) + 1


# -- the rule on constructed curves ------------------------------------------------


@pytest.mark.parametrize(
    ("curve", "patience", "stop", "best"),
    [
        ([1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9], 3, 6, 3),
        ([1.0, 0.8, 0.7, 0.75, 0.72, 0.69, 0.9], 3, 0, 6),  # improves in time
        ([1.0, 0.5, 0.5, 0.5], 2, 4, 2),  # equal is not an improvement
        ([1.0, 1.1], 1, 2, 1),
        ([3.0, 2.0, 1.0], 1, 0, 3),  # never worse: the budget ends it
        ([0.4, 0.5, 0.3, 0.6, 0.7], 2, 5, 3),
    ],
)
def test_early_stopping_stops_at_the_right_epoch(curve, patience, stop, best):
    assert first_stop(curve, patience) == (stop, best)


@pytest.mark.parametrize("seed", range(40))
def test_the_rule_matches_its_definition_on_random_curves(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 40))
    # a falling curve with noise, rounded so that ties happen
    curve = np.round(np.exp(-np.arange(n) / 8) + rng.normal(0, 0.05, n), 2)
    patience = int(rng.integers(1, 8))
    assert first_stop(curve.tolist(), patience) == expected_stop(
        curve.tolist(), patience
    )


def test_the_rule_keeps_the_best_weights_only_when_it_improves():
    rule = EarlyStopping(patience=2, keep_best=True, size=3)
    assert not rule.update(1, 0.5, np.array([1.0, 2.0, 3.0]))
    assert not rule.update(2, 0.6, np.array([9.0, 9.0, 9.0]))
    assert rule.update(3, 0.5, np.array([7.0, 7.0, 7.0]))  # a tie: no improvement
    assert rule.best_epoch == 1
    assert rule.best_theta.tolist() == [1.0, 2.0, 3.0]


def test_patience_below_one_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        EarlyStopping(0, keep_best=False)
    with pytest.raises(ConfigError) as info:
        TrainingConfig(early_stopping_patience=0).validate()
    assert info.value.field == "early_stopping_patience"


# -- the sentences -------------------------------------------------------------------


def test_the_early_stop_sentence_reads_like_a_training_report():
    reason = StopReason("early", 14, 50, 14, best_epoch=9, patience=5, restored=True)
    assert stop_sentence(reason, 3.2) == (
        "Stopped early at epoch 14: validation loss had not improved for 5 epochs "
        "since its best at epoch 9 (weights from epoch 9 restored). 3.2 s."
    )
    kept = StopReason("early", 14, 50, 14, best_epoch=9, patience=5)
    assert stop_sentence(kept) == (
        "Stopped early at epoch 14: validation loss had not improved for 5 epochs "
        "since its best at epoch 9."
    )


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        (StopReason("budget", 20, 20, 20), "Finished the budget of 20 epochs. 0.4 s."),
        (
            StopReason("budget", 20, 20, 20, best_epoch=12, restored=True),
            "Finished the budget of 20 epochs; the validation loss was lowest at "
            "epoch 12 (weights from epoch 12 restored). 0.4 s.",
        ),
        (
            StopReason("diverged", 4, 20, 3),
            "Stopped at epoch 4: the loss diverged; the weights were rolled back to "
            "the end of epoch 3. 0.4 s.",
        ),
        (
            StopReason("diverged", 1, 20, 0),
            "Stopped at epoch 1: the loss diverged; the weights were rolled back to "
            "their starting values. 0.4 s.",
        ),
        (
            StopReason("user", 8, 20, 7),
            "Stopped by the user after 7 of 20 epochs. 0.4 s.",
        ),
    ],
)
def test_each_reason_has_its_sentence(reason, sentence):
    assert stop_sentence(reason, 0.41) == sentence


def test_an_unknown_code_is_refused_and_a_reason_survives_its_dict():
    with pytest.raises(ValueError, match="budget"):
        StopReason("bored", 1, 1, 1)
    for code in STOP_CODES:
        reason = StopReason(code, 5, 9, 4, best_epoch=2, patience=3, restored=True)
        assert StopReason.from_dict(reason.as_dict()) == reason
    with pytest.raises(ValueError, match=r"stop\.epoch"):
        StopReason.from_dict({"code": "user", "epoch": -1})


# -- in a real trainer --------------------------------------------------------------


def _epoch_thetas(config: TrainingConfig) -> tuple[Trainer, list[np.ndarray]]:
    """Train ``config`` to its end, keeping the parameters after every epoch."""
    trainer = Trainer(config)
    thetas = []
    while trainer.step_epoch() is not None:
        thetas.append(trainer.model.theta.copy())
    return trainer, thetas


@pytest.mark.parametrize("seed", range(4))
def test_a_trainer_stops_early_where_the_rule_says(seed):
    config = QUICK.with_changes(seed=seed, early_stopping_patience=3)
    trainer, _ = _epoch_thetas(config)
    losses = trainer.history.column("val_loss").tolist()
    stop, best = expected_stop(losses, 3)
    assert stop == trainer.epoch == len(losses) < config.epochs
    reason = trainer.stop_reason
    assert reason == StopReason("early", stop, 60, stop, best_epoch=best, patience=3)
    assert trainer.status is TrainerState.FINISHED
    # up to the stop, the run is the one without early stopping
    plain = Trainer(QUICK.with_changes(seed=seed, epochs=stop))
    plain.run()
    assert tuple(plain.history.records) == tuple(trainer.history.records)
    assert np.array_equal(plain.model.theta, trainer.model.theta)


@pytest.mark.parametrize("seed", range(3))
def test_restore_best_gives_the_best_epochs_weights_bit_for_bit(seed):
    _, thetas = _epoch_thetas(QUICK.with_changes(seed=seed))
    early = QUICK.with_changes(seed=seed, early_stopping_patience=4, restore_best=True)
    trainer, _ = _epoch_thetas(early)
    reason = trainer.stop_reason
    assert reason.code == "early"
    assert reason.restored
    assert np.array_equal(trainer.model.theta, thetas[reason.best_epoch - 1])
    # with the budget alone, the lowest validation loss's epoch comes back too
    budget, _ = _epoch_thetas(QUICK.with_changes(seed=seed, restore_best=True))
    best = int(np.argmin(budget.history.column("val_loss"))) + 1
    assert budget.stop_reason.code == "budget"
    assert budget.stop_reason.best_epoch == best
    assert budget.stop_reason.restored == (best != QUICK.epochs)
    assert np.array_equal(budget.model.theta, thetas[best - 1])


def test_the_lesson_run_ends_by_its_budget():
    trainer = Trainer(TrainingConfig(epochs=2))
    trainer.run()
    assert trainer.stop_reason == StopReason("budget", 2, 2, 2)
    assert take_snapshot(trainer).stop_reason == trainer.stop_reason


def test_a_divergence_and_a_user_stop_say_so():
    diverged = Trainer(TrainingConfig(learning_rate=10.0, epochs=5))
    diverged.run()
    reason = diverged.stop_reason
    assert reason.code == "diverged"
    assert reason.epoch == diverged.epoch
    assert reason.done == len(diverged.history.records) - 1  # the rollback's row
    stopped = Trainer(QUICK)
    stopped.step_epoch()
    stopped.step_batch()
    stopped.stop()
    assert stopped.done
    assert stopped.step_batch() is None
    assert stopped.stop_reason == StopReason("user", 2, 60, 1)
    stopped.stop()  # a second stop changes nothing
    assert stopped.stop_reason.code == "user"


def test_the_rule_and_the_reason_survive_state_and_restore():
    config = QUICK.with_changes(seed=1, early_stopping_patience=3, restore_best=True)
    reference, _ = _epoch_thetas(config)
    trainer = Trainer(config)
    for _ in range(reference.stop_reason.best_epoch + 1):  # past the best, waiting
        trainer.step_epoch()
    middle = trainer.state()
    assert middle.stopping.wait == 1
    resumed = Trainer(config)
    resumed.restore(middle)
    resumed.run()
    assert resumed.stop_reason == reference.stop_reason
    assert np.array_equal(resumed.model.theta, reference.model.theta)
    finished = Trainer(config)
    finished.restore(reference.state())
    assert finished.done
    assert finished.stop_reason == reference.stop_reason


def test_an_early_stopped_run_survives_a_session(tmp_path):
    config = QUICK.with_changes(seed=2, early_stopping_patience=2, restore_best=True)
    trainer = Trainer(config)
    trainer.run()
    path = save_session(
        capture(trainer, data_source(trainer.dataset, config)), tmp_path / "r"
    )
    session = load_session(path)
    assert session.stop_reason == trainer.stop_reason
    exact = restore_trainer(session)
    assert exact.exact
    assert exact.trainer.stop_reason == trainer.stop_reason
    assert np.array_equal(exact.trainer.model.theta, trainer.model.theta)
    saved = restore_trainer(session, budget=0)  # from the saved numbers
    assert not saved.exact
    assert saved.trainer.done
    assert saved.trainer.stop_reason == trainer.stop_reason


def test_a_user_stop_survives_a_session(tmp_path):
    trainer = Trainer(QUICK)
    trainer.step_epoch()
    trainer.step_epoch()
    trainer.stop()
    path = save_session(
        capture(trainer, data_source(trainer.dataset, QUICK)), tmp_path / "u"
    )
    for budget in (math.inf, 0):
        restored = restore_trainer(load_session(path), budget=budget).trainer
        assert restored.done
        assert restored.stop_reason == trainer.stop_reason
