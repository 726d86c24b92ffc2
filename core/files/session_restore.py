"""Between a trainer and a saved ``Session``: capturing a run and restoring one.

Restoring is done by *replay*: a fresh trainer for the same configuration and
data is trained again for the saved number of mini-batches, with each epoch's
recorded learning rate. Training is deterministic for a seed, so this lands
on the saved run bit for bit, including what a trainer keeps privately (the
shuffle generator's position, the last good parameters, the divergence
threshold), and a restored run then continues exactly as the original would
have. Replay only uses the trainer's public methods.

When replay cannot reproduce the saved parameters (the learning rate was
changed in the middle of an epoch, or another machine rounds differently) or
would take too long (``REPLAY_BUDGET``), the saved numbers are made into a
run record (``core.engine.run_record.RunState``) and put back with
``Trainer.restore``: parameters, optimizer state, history. Training then goes
on from the start of the next epoch with a fresh shuffle order;
``Restored.exact`` and ``Restored.note`` say which happened.

Both directions share the run's position (``RunPosition``) with snapshots:
``capture`` reads ``Trainer.state()``, ``capture_snapshot`` the snapshot's
position, and ``session_fields`` maps either onto the session's fields.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypedDict

import numpy as np

from core.data.datasets import Dataset
from core.engine.config import TrainingConfig
from core.engine.loss_trace import LossTrace
from core.engine.model import MLP
from core.engine.run_record import RunPosition, RunState, frozen_copy
from core.engine.snapshot import RunSnapshot
from core.engine.stopping import StoppingState
from core.engine.training import EpochRecord, Trainer, TrainerState, loss_limit
from core.files.session_arrays import parameter_misfit
from core.files.session_file import DataSource, Session, SessionError, app_version
from core.inside.time_travel import TimeTravelStore
from core.quiz.sitting import Result

# Multiply-adds a replay may cost (about a few seconds of NumPy); larger runs
# are restored from the saved numbers without replay.
REPLAY_BUDGET = 4e9


@dataclass(frozen=True)
class Restored:
    trainer: Trainer
    exact: bool  # the replay reproduced the saved parameters bit for bit
    note: str  # one sentence for the student about how the run was restored
    # the run's kept moments for time travel, recorded while replaying (an
    # exact replay passes through every batch again, so the file need not
    # store them); None when the run was not replayed exactly
    moments: TimeTravelStore | None = None


class _Size(TypedDict):
    """The ``DataSource`` fields every kind of data has."""

    name: str
    n_rows: int
    n_features: int
    output_units: int


def data_source(
    dataset: Dataset, config: TrainingConfig, fixes: Iterable[str] = ()
) -> DataSource:
    """Describe ``dataset``; a CSV's rows are kept so the session travels alone.

    A number's targets are kept as floats, classes as whole numbers 0 … k-1.
    """
    number = dataset.target_kind == "number"
    common: _Size = {
        "name": dataset.name,
        "n_rows": dataset.n_rows,
        "n_features": dataset.n_features,
        "output_units": output_units(dataset, config),
    }
    if not dataset.name.startswith("file:"):
        return DataSource("builtin", seed=config.seed, **common)
    return DataSource(
        "csv",
        **common,
        path=str(dataset.extra.get("path", "")),
        target=str(dataset.extra.get("target_column", "")),
        fixes=tuple(fixes),
        feature_names=tuple(dataset.feature_names),
        feature_units=tuple(dataset.feature_units),
        target_name=dataset.target_name,
        class_names=tuple(str(name) for name in dataset.class_names),
        description=dataset.description,
        X=np.asarray(dataset.X, np.float64),
        y=np.asarray(dataset.y, np.float64 if number else np.int64),
        target_kind=dataset.target_kind,
    )


def output_units(dataset: Dataset, config: TrainingConfig) -> int:
    """The network's output units: one per class for classes, else 1."""
    if config.target_kind != "classes":
        return 1
    return max(dataset.n_classes, 2)


def session_dataset(source: DataSource) -> Dataset | None:
    """The CSV data a session carries (None: built-in data, made from the config)."""
    if source.kind != "csv":
        return None
    if source.X is None or source.y is None:
        raise SessionError(f"The CSV data source {source.name!r} carries no rows.")
    return Dataset(
        name=source.name,
        X=source.X,
        y=source.y,
        feature_names=source.feature_names,
        feature_units=source.feature_units,
        description=source.description,
        target_name=source.target_name,
        class_names=source.class_names,
        extra={"path": source.path, "target_column": source.target},
        target_kind=source.target_kind,
    )


class SessionPosition(TypedDict):
    """The fields of a ``Session`` that say where its run stands."""

    state: str
    epoch: int
    step_count: int
    batch_in_epoch: int
    batches_per_epoch: int
    learning_rate: float
    error: str


def session_fields(position: RunPosition) -> SessionPosition:
    """A run's position under the names a ``Session`` gives its fields."""
    return SessionPosition(
        state=position.state,
        epoch=position.epoch,
        step_count=position.step,
        batch_in_epoch=position.batch_in_epoch,
        batches_per_epoch=position.batches_per_epoch,
        learning_rate=position.learning_rate,
        error=position.error,
    )


def capture(
    trainer: Trainer, source: DataSource, quiz: tuple[Result, ...] = ()
) -> Session:
    """Everything of ``trainer`` a session keeps, copied (the trainer may go on).

    The session keeps the optimizer's state in the textbook's form (see
    ``core.engine.optim``), as its file format documents.
    """
    record = trainer.state()
    return Session(
        config=trainer.config,
        source=source,
        **session_fields(record.position),
        records=record.records,
        batch_losses=np.array(record.batch_losses, dtype=np.float64),
        theta=np.array(record.theta),
        optimizer_state=trainer.optimizer.saved_form(record.optimizer),
        quiz=tuple(quiz),
        app_version=app_version(),
        stop_reason=trainer.stop_reason,
    )


def capture_snapshot(
    snapshot: RunSnapshot,
    config: TrainingConfig,
    dataset: Dataset,
    source: DataSource,
    quiz: tuple[Result, ...] = (),
) -> Session:
    """A session from what the window holds: a snapshot has no optimizer state.

    The optimizer's state is recovered by replaying the run; if the replay does
    not land on the snapshot's parameters, the session is saved without it
    (the format allows that) rather than with a state that does not belong.
    """
    session = Session(
        config=config,
        source=source,
        **session_fields(snapshot),
        records=tuple(snapshot.records),
        batch_losses=snapshot.per_batch_losses(),
        theta=snapshot.theta.copy(),
        quiz=tuple(quiz),
        app_version=app_version(),
        stop_reason=snapshot.stop_reason,
    )
    if replay_cost(session) > REPLAY_BUDGET:
        return session
    trainer = replay(session, Trainer(config, dataset))
    if not np.array_equal(trainer.model.theta, session.theta):
        return session
    return replace(session, optimizer_state=trainer.optimizer.state())


def replay_cost(session: Session) -> float:
    """Rough multiply-adds of replaying ``session``: its steps and evaluations."""
    c = session.config
    sizes = [session.source.n_features, *c.hidden_layers, session.source.output_units]
    params = MLP.parameter_count_for(sizes)
    per_epoch_eval = session.source.n_rows * params
    return 3.0 * params * c.batch_size * session.step_count + per_epoch_eval * len(
        session.records
    )


def replay(
    session: Session, trainer: Trainer, moments: TimeTravelStore | None = None
) -> Trainer:
    """Train ``trainer`` for the session's steps with each epoch's learning rate.

    ``moments``, if given, keeps the parameters after every batch (time travel).
    """
    records = session.records
    while trainer.step_count < session.step_count and not trainer.done:
        if trainer.batch_in_epoch == 0:
            e = trainer.epoch  # the epoch about to start, 0-based
            rate = records[e].learning_rate if e < len(records) else None
            trainer.learning_rate = rate or session.learning_rate
        result = trainer.step_batch()
        if moments is not None and result is not None:
            moments.record(result.step, result.epoch, result.batch, trainer.model.theta)
    trainer.learning_rate = session.learning_rate
    return trainer


def restore_trainer(session: Session, budget: float = REPLAY_BUDGET) -> Restored:
    """A trainer in the state the session was saved in, ready to train on."""
    try:
        trainer = Trainer(session.config, session_dataset(session.source))
    except ValueError as problem:
        raise SessionError(f"The session's data cannot be used: {problem}") from None
    if trainer.model.theta.shape != session.theta.shape:
        misfit = parameter_misfit(
            trainer.model.layer_sizes, session.theta.size, "The saved parameters"
        )
        raise SessionError(misfit + ".")
    if replay_cost(session) <= budget:
        moments = _moment_store(trainer)
        replay(session, trainer, moments)
        _stop_as_saved(trainer, session)
        if _same_run(trainer, session):
            return Restored(trainer, True, "The run was restored exactly.", moments)
        how = "replaying it did not land on the saved numbers"
    else:
        how = "it is too large to replay quickly"
    trainer.restore(saved_record(trainer, session))
    note = (
        f"The saved parameters were restored ({how}); training goes on from "
        f"epoch {trainer.epoch + 1} with a new shuffle order."
    )
    return Restored(trainer, False, note)


def _stop_as_saved(trainer: Trainer, session: Session) -> None:
    """A run the user stopped replays to its last step; stop it there too."""
    reason = session.stop_reason
    if reason is not None and reason.code == "user" and not trainer.done:
        trainer.stop()


def _moment_store(trainer: Trainer) -> TimeTravelStore:
    """A time-travel store holding the fresh trainer's starting weights."""
    theta = trainer.model.theta
    store = TimeTravelStore(theta.size, dtype=theta.dtype)
    store.record(0, 0, 0, theta)
    return store


def _same_run(trainer: Trainer, session: Session) -> bool:
    return (
        trainer.step_count == session.step_count
        and np.array_equal(trainer.model.theta, session.theta)
        and same_records(trainer.history.records, session.records)
    )


def same_records(a: Sequence[EpochRecord], b: Sequence[EpochRecord]) -> bool:
    """Equal rows, a score that is not defined (NaN) equal to NaN.

    A number run's rows have NaN accuracy, and NaN never equals NaN, so
    plain ``==`` would call every replayed number run different.
    """
    return len(a) == len(b) and all(
        x.as_dict() == y.as_dict() and x.learning_rate == y.learning_rate
        for x, y in zip(a, b, strict=True)
    )


def saved_record(trainer: Trainer, session: Session) -> RunState:
    """The session's saved numbers as a run record for ``trainer``.

    It resumes at the end of the last finished epoch: a session does not keep
    the shuffle generator, so the record leaves it where it is (the next
    epoch draws a new order). The last good parameters are the saved ones,
    and the divergence threshold follows from the first saved batch loss, as
    the trainer sets it. Without a saved optimizer state the optimizer keeps
    the one it has.
    """
    done = len(session.records)
    losses = session.batch_losses[: done * trainer.batches_per_epoch]
    if session.state == TrainerState.DIVERGED.value:
        state, error = TrainerState.DIVERGED, session.error
    elif done >= session.config.epochs or session.stop_reason is not None:
        state, error = TrainerState.FINISHED, ""
    else:
        state, error = (TrainerState.TRAINING if done else TrainerState.READY), ""
    position = RunPosition(
        state=state.value,
        error=error,
        epoch=done,
        batch_in_epoch=0,
        batches_per_epoch=trainer.batches_per_epoch,
        step=len(losses),
        learning_rate=session.learning_rate,
    )
    saved = session.optimizer_state
    optimizer = (
        trainer.optimizer.exact_state()
        if saved is None
        else trainer.optimizer.exact_form(saved)
    )
    theta = frozen_copy(session.theta.astype(trainer.model.dtype, copy=False))
    return RunState(
        position=position,
        theta=theta,
        good_theta=theta,
        loss_limit=loss_limit(float(losses[0])) if len(losses) else sys.float_info.max,
        optimizer=optimizer,
        shuffle=None,
        records=tuple(session.records),
        batch_losses=LossTrace(losses.tolist()),
        stopping=_saved_stopping(trainer, session, theta),
    )


def _saved_stopping(
    trainer: Trainer, session: Session, theta: np.ndarray
) -> StoppingState:
    """The early-stopping rule's memory, from the saved trace.

    The rule's best epoch is the first with the lowest validation loss and
    it has waited every epoch since (``core.engine.stopping``), so both follow
    from the history. A file keeps no best weights: when the best epoch is not
    the last saved one and the run goes on keeping them, tracking starts
    afresh from the restored epoch (its weights and validation loss count as
    the best so far).
    """
    losses = [r.val_loss for r in session.records]
    done, reason = len(losses), session.stop_reason
    if not losses:
        return StoppingState(float("inf"), 0, 0, None, reason)
    best = int(np.argmin(losses)) + 1
    if best != done and session.config.restore_best and reason is None:
        best = done
    return StoppingState(losses[best - 1], best, done - best, theta, reason)
