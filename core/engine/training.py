"""The trainer: advances a model by one mini-batch at a time.

It never knows about threads, timers or Qt. A caller that wants to stop
simply stops calling ``step_batch``; ``run`` takes a predicate that is checked
between every two batches. Everything that happened is kept in ``history``.
``state()`` returns the run record (``core.engine.run_record``) from which
``restore()`` resumes the run exactly.
"""

from __future__ import annotations

import enum
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from core.data.datasets import Dataset, Split
from core.data.knobs import make_dataset
from core.data.preprocessing import MinMaxScaler
from core.engine.batching import EpochBatches
from core.engine.config import TrainingConfig, check_learning_rate
from core.engine.evaluation import make_evaluator
from core.engine.fast_step import BatchStepper
from core.engine.loss_trace import LossTrace
from core.engine.metrics import ClassReport, NumberReport
from core.engine.model import MLP
from core.engine.observations import DIVERGED, EpochMetrics, observe, observe_diverged
from core.engine.optim import make_optimizer
from core.engine.run_record import RunPosition, RunState, frozen_copy
from core.engine.stopping import EarlyStopping, StoppingState, StopReason
from core.engine.targets import class_report, number_report, target_setup

Array = np.ndarray

EXPLOSION_FACTOR = 10.0
EXPLOSION_FLOOR = 10.0


def loss_limit(first_loss: float) -> float:
    """Above this batch loss the run has diverged: the steps overshoot.

    A mean cross-entropy above 10 means the network is confidently wrong
    about nearly every example; healthy training never climbs there from
    its starting loss, while a learning rate that is too large gets there
    within a few batches, long before the numbers overflow. Until the first
    loss is known the limit is the largest finite float, so NaN and
    infinity (for which ``loss <= limit`` is false) always count.
    """
    return max(EXPLOSION_FACTOR * first_loss, EXPLOSION_FLOOR)


class TrainerState(enum.Enum):
    """A run's status (``Trainer.status``); ``RunPosition.state`` holds its value."""

    READY = "ready"
    TRAINING = "training"
    FINISHED = "finished"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class EpochRecord(EpochMetrics):
    """One row of the training trace."""

    epoch: int = 0
    observation: str = ""
    learning_rate: float = 0.0
    phase: str = "starting"  # one of core.engine.observations.PHASES
    events: tuple[
        str, ...
    ] = ()  # a subset of core.engine.observations.EVENTS, in order

    def as_dict(self) -> dict[str, float | int | str | list[str]]:
        """The row as JSON: a score that does not apply (NaN) is left out.

        A yes/no or classes run has "accuracy" and "val_accuracy"; a number
        run has "r2", "val_r2", "mae" and "val_mae" (in the target's units)
        instead.
        """
        scores = {
            "loss": self.loss,
            "accuracy": self.accuracy,
            "val_loss": self.val_loss,
            "val_accuracy": self.val_accuracy,
            "r2": self.r2,
            "val_r2": self.val_r2,
            "mae": self.mae,
            "val_mae": self.val_mae,
        }
        return {
            "epoch": self.epoch,
            **{k: v for k, v in scores.items() if not math.isnan(v)},
            "observation": self.observation,
            "phase": self.phase,
            "events": list(self.events),
        }


@dataclass
class History:
    """Per-epoch records and every mini-batch loss, in order.

    The batch losses live in a ``LossTrace``: bounded memory, and snapshots
    share it instead of copying it. A list or array given for them (a
    restored session, say) is turned into one.
    """

    batches_per_epoch: int
    records: list[EpochRecord] = field(default_factory=list)
    batch_losses: LossTrace = field(default_factory=LossTrace)

    def __setattr__(self, name: str, value: object) -> None:
        if name == "batch_losses" and not isinstance(value, LossTrace):
            value = LossTrace(value)  # type: ignore[arg-type]
        super().__setattr__(name, value)

    def column(self, name: str) -> Array:
        return np.array([getattr(r, name) for r in self.records], dtype=float)

    def batch_positions(self) -> Array:
        """Each batch's x position on the epoch axis: batch i of epoch e at e-1+i/B."""
        steps = np.arange(1, len(self.batch_losses) + 1, dtype=float)
        return steps / self.batches_per_epoch


class BatchResult(NamedTuple):
    """What one call of ``step_batch`` did (a tuple: made on every step, so cheap)."""

    epoch: int
    batch: int
    batches_per_epoch: int
    step: int
    loss: float
    epoch_record: EpochRecord | None = None
    diverged: bool = False


class Trainer:
    """Builds the data, scaler, model and optimizer for ``config`` and trains them.

    Pass ``dataset`` to train on data that did not come from ``core.data.datasets``
    (a student's CSV, say); otherwise the config's dataset is generated.
    """

    def __init__(self, config: TrainingConfig, dataset: Dataset | None = None) -> None:
        self.config = config.validate()
        model_seed, shuffle_seed = np.random.SeedSequence(config.seed).spawn(2)
        self.dataset = make_dataset(config, dataset)  # with the 2-D knobs
        self.raw_split: Split = self.dataset.split(
            config.val_fraction, seed=config.seed
        )
        self.scaler = MinMaxScaler().fit(
            self.raw_split.X_train,
            self.dataset.feature_names,
            self.dataset.feature_units,
        )
        dtype = np.dtype(config.dtype)
        self.X_train = self.scaler.transform(self.raw_split.X_train).astype(dtype)
        self.X_val = self.scaler.transform(self.raw_split.X_val).astype(dtype)
        target = target_setup(config, self.dataset, self.raw_split, dtype)
        self.target = target  # the kind, scale, chance and baseline of the target
        self.y_train, self.y_val = target.y_train, target.y_val
        sizes = [self.dataset.n_features, *config.hidden_layers, target.units]
        self.model = MLP(
            sizes, config.hidden_activations(), np.random.default_rng(model_seed),
            dtype, target.kind.name,
        )  # fmt: skip
        self.optimizer = make_optimizer(
            config.optimizer, self.model.parameter_count, config.learning_rate,
            config.momentum, dtype,
        )  # fmt: skip
        batch_size = min(config.batch_size, len(self.y_train))
        self._batches = EpochBatches(
            self.X_train, self.y_train, batch_size,
            np.random.default_rng(shuffle_seed), target.kind.name,
        )  # fmt: skip
        self._stepper = BatchStepper(
            self.model, batch_size, config.l2, grad=self.optimizer.grad, l1=config.l1
        )
        self._evaluator = make_evaluator(
            self.model, self.X_train, self.y_train, self.X_val, self.y_val,
            target.scale,
        )  # fmt: skip
        self.batches_per_epoch = len(self._batches)
        self.history = History(batches_per_epoch=self.batches_per_epoch)
        self.status = TrainerState.READY
        self.error = ""
        self.epoch = 0
        self.batch_in_epoch = 0
        self.step_count = 0
        self._good_theta = self.model.theta.copy()
        self._loss_limit = sys.float_info.max  # until the first loss: see loss_limit
        self.chance = target.chance  # majority share of validation rows; NaN: number
        self._stopping = self._new_stopping_rule()
        self.stop_reason: StopReason | None = None  # set when the run ends

    # -- settings that may change mid-run -----------------------------------

    @property
    def learning_rate(self) -> float:
        return self.optimizer.lr

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        """Takes effect at the next mini-batch."""
        self.optimizer.lr = check_learning_rate(value)

    def set_weight(self, layer: int, source: int, target: int, value: float) -> None:
        """Set ``W[source, target]`` of layer ``layer`` (1-based): a student's edit.

        The optimizer keeps its state and training goes on from the new value
        at the next batch; ``ValueError`` for a weight that does not exist or a
        value that is not a finite number.
        """
        if not 1 <= layer <= self.model.n_layers:
            raise ValueError(f"layer must be 1 to {self.model.n_layers}, got {layer}.")
        W = self.model.layers[layer - 1].W
        if not (0 <= source < W.shape[0] and 0 <= target < W.shape[1]):
            raise ValueError(f"Layer {layer} has no weight ({source}, {target}).")
        if not math.isfinite(value):
            raise ValueError(f"A weight must be a finite number, got {value}.")
        W[source, target] = value

    def class_report(self, validation: bool = True) -> ClassReport:
        """Class names, each row's class probabilities and the confusion counts.

        For a yes/no or classes run, on the validation rows (or the training
        rows); the arrays are copies a view may keep.
        """
        X, y = (self.X_val, self.y_val) if validation else (self.X_train, self.y_train)
        names = tuple(self.dataset.class_names)
        return class_report(self.model, names, X, y)

    def number_report(self, validation: bool = True) -> NumberReport:
        """A number run's targets, predictions and residuals in the target's units."""
        if self.target.scale is None:
            raise ValueError("This run predicts classes, not a number.")
        X, y = (self.X_val, self.y_val) if validation else (self.X_train, self.y_train)
        name = self.dataset.target_name
        return number_report(self.model, self.target.scale, name, X, y)

    @property
    def done(self) -> bool:
        return self.status in (TrainerState.FINISHED, TrainerState.DIVERGED)

    # -- the run record -------------------------------------------------------

    def position(self) -> RunPosition:
        """Where the run stands (cheap: no arrays)."""
        return RunPosition(
            state=self.status.value,
            error=self.error,
            epoch=self.epoch,
            batch_in_epoch=self.batch_in_epoch,
            batches_per_epoch=self.batches_per_epoch,
            step=self.step_count,
            learning_rate=self.learning_rate,
        )

    def state(self) -> RunState:
        """A frozen record of everything needed to resume this run exactly."""
        return RunState(
            position=self.position(),
            theta=frozen_copy(self.model.theta),
            good_theta=frozen_copy(self._good_theta),
            loss_limit=self._loss_limit,
            optimizer={
                k: frozen_copy(v) for k, v in self.optimizer.exact_state().items()
            },
            shuffle=self._batches.state(),
            records=tuple(self.history.records),
            batch_losses=self.history.batch_losses.copy(),
            stopping=self._stopping_state(),
        )

    def restore(self, record: RunState) -> None:
        """Put the run ``record`` describes back; training then goes on from it.

        The record must come from a trainer for the same network and data
        (``state()``, or a session's saved numbers); ``ValueError`` otherwise.
        """
        position = record.position
        self._check_record(record)
        self.model.theta[...] = record.theta
        self._good_theta[...] = record.good_theta
        self._loss_limit = float(record.loss_limit)
        self.optimizer.load_exact_state(record.optimizer)
        if record.shuffle is not None:
            self._batches.restore(record.shuffle)
        self.history.records = list(record.records)
        self.history.batch_losses = record.batch_losses.copy()
        self.status = TrainerState(position.state)
        self.error = position.error
        self.epoch = position.epoch
        self.batch_in_epoch = position.batch_in_epoch
        self.step_count = position.step
        self.learning_rate = position.learning_rate
        self._restore_stopping(record.stopping)

    def _check_record(self, record: RunState) -> None:
        position = record.position
        if record.theta.shape != self.model.theta.shape:
            raise ValueError(
                f"The record holds {record.theta.size} parameters; this network "
                f"has {self.model.parameter_count}."
            )
        if position.batches_per_epoch != self.batches_per_epoch:
            raise ValueError(
                f"The record has {position.batches_per_epoch} batches per epoch; "
                f"this run has {self.batches_per_epoch}."
            )
        if position.batch_in_epoch and record.shuffle is None:
            raise ValueError(
                "A record taken in the middle of an epoch needs its shuffle order."
            )

    # -- advancing ----------------------------------------------------------

    def step_batch(self) -> BatchResult | None:
        """One mini-batch update; returns None once training is over."""
        if self.status is TrainerState.FINISHED or self.status is TrainerState.DIVERGED:
            return None
        batch = self.batch_in_epoch
        if batch == 0:
            self._begin_epoch()
        loss = self._stepper.loss_and_grad(*self._batches.batches[batch])
        self.batch_in_epoch = batch = batch + 1
        self.step_count += 1
        self.history.batch_losses.append(loss)
        if not loss <= self._loss_limit:  # also true for NaN: see loss_limit
            return self._diverge(loss)
        if batch == 1 and self.epoch == 1:
            self._loss_limit = loss_limit(loss)
        self.optimizer.step(self.model.theta, self._stepper.grad)
        record = None
        if batch == self.batches_per_epoch:
            record = self._end_epoch()
            if record is None:
                return self._diverge(math.inf)
        return BatchResult(
            self.epoch, batch, self.batches_per_epoch, self.step_count, loss, record
        )

    def peek_next_batch(self) -> tuple[Array, Array, Array]:
        """The rows the next ``step_batch()`` trains on, changing nothing.

        Returns normalized ``X``, ``y`` and the rows' indices into ``X_train``
        (copies), so a view can walk one example of the coming batch through
        the network before the update happens.
        """
        if self.done:
            raise RuntimeError("Training is over: there is no next batch.")
        batches = self._batches
        starting = self.batch_in_epoch == 0
        order = batches.peek_order() if starting else batches.order
        start = batches.starts[self.batch_in_epoch]
        rows = order[start : start + batches.batch_size].copy()
        return self.X_train[rows], self.y_train[rows], rows

    def step_epoch(self) -> EpochRecord | None:
        """Finish the current epoch (or run a whole one); None if training is over."""
        while (result := self.step_batch()) is not None:
            if result.epoch_record is not None or result.diverged:
                return result.epoch_record
        return None

    def run(self, should_stop: Callable[[], bool] | None = None) -> TrainerState:
        """Train to the end, checking ``should_stop()`` between every two batches."""
        step = self.step_batch
        if should_stop is None:
            while step() is not None:
                pass
        else:
            while not self.done and not should_stop():
                step()
        return self.status

    def stop(self) -> None:
        """Stop the run for good at the user's request, the weights as they are.

        Training cannot go on after it (``done`` is true); the stop reason says
        the user stopped it. Nothing happens to a run that is already over.
        """
        if self.done:
            return
        self.status = TrainerState.FINISHED
        self.stop_reason = self._reason("user", restored=False)

    # -- internals ----------------------------------------------------------

    def _begin_epoch(self) -> None:
        self.status = TrainerState.TRAINING
        self.epoch += 1
        self._batches.shuffle()

    def _end_epoch(self) -> EpochRecord | None:
        self.batch_in_epoch = 0
        if not np.all(np.isfinite(self.model.theta)):
            return None
        metrics = self._evaluator.metrics()
        if not (math.isfinite(metrics.loss) and math.isfinite(metrics.val_loss)):
            return None
        records = self.history.records
        previous = records[-1].phase if records else None
        seen = observe([*records, metrics], self.target.baseline, previous)
        record = self._record(metrics, seen.sentence, seen.phase, seen.events)
        records.append(record)
        self._good_theta[...] = self.model.theta
        rule = self._stopping
        early = rule is not None and rule.update(
            self.epoch, metrics.val_loss, self.model.theta
        )
        if early or self.epoch >= self.config.epochs:
            self._finish("early" if early else "budget")
        return record

    def _record(
        self, metrics: EpochMetrics, sentence: str, phase: str, events: tuple[str, ...]
    ) -> EpochRecord:
        return EpochRecord(
            loss=metrics.loss,
            accuracy=metrics.accuracy,
            val_loss=metrics.val_loss,
            val_accuracy=metrics.val_accuracy,
            r2=metrics.r2,
            val_r2=metrics.val_r2,
            mae=metrics.mae,
            val_mae=metrics.val_mae,
            epoch=self.epoch,
            observation=sentence,
            learning_rate=self.learning_rate,
            phase=phase,
            events=events,
        )

    # -- stopping (core.engine.stopping) ------------------------------------

    def _new_stopping_rule(self) -> EarlyStopping | None:
        """The early-stopping rule, or None when neither it nor restore_best is on."""
        patience, keep = self.config.early_stopping_patience, self.config.restore_best
        if patience is None and not keep:
            return None
        return EarlyStopping(patience, keep, self.model.parameter_count)

    def _finish(self, code: str) -> None:
        """End by the budget or early stopping; the best weights back if kept."""
        self.status = TrainerState.FINISHED
        rule, restored = self._stopping, False
        if rule is not None and rule.best_theta is not None and rule.best_epoch:
            restored = rule.best_epoch != self.epoch
            self.model.theta[...] = rule.best_theta
            self._good_theta[...] = rule.best_theta
        self.stop_reason = self._reason(code, restored)

    def _reason(self, code: str, restored: bool) -> StopReason:
        rule = self._stopping
        return StopReason(
            code=code,
            epoch=self.epoch,
            epochs=self.config.epochs,
            done=len(self.history.records),
            best_epoch=rule.best_epoch if rule is not None else 0,
            patience=self.config.early_stopping_patience or 0,
            restored=restored,
        )

    def _stopping_state(self) -> StoppingState:
        if self._stopping is None:
            return StoppingState(math.inf, 0, 0, None, self.stop_reason)
        return self._stopping.state(self.stop_reason)

    def _restore_stopping(self, state: StoppingState | None) -> None:
        """Put the rule's memory back; without one, start it afresh."""
        self._stopping = self._new_stopping_rule()
        if state is not None and self._stopping is not None:
            self._stopping.restore(state)
        self.stop_reason = state.reason if state is not None else None
        if self.stop_reason is None and self.done:
            code = "diverged" if self.status is TrainerState.DIVERGED else "budget"
            self.stop_reason = self._reason(code, restored=False)

    def _diverge(self, loss: float) -> BatchResult:
        """Stop cleanly, roll the weights back to the last good epoch and explain.

        The diverged epoch still gets its row, so the trace (and ``train
        --json``) carries the ``diverged`` event where it happened: the row's
        numbers are those of the rolled-back weights, the ones the model now
        has, and its phase is the one before.
        """
        self.status = TrainerState.DIVERGED
        self.stop_reason = self._reason("diverged", restored=False)
        if math.isnan(loss):
            what = "NaN (not a number)"
        elif math.isinf(loss):
            what = "infinite"
        else:
            what = (
                f"{loss:.3g}, up from {self.history.batch_losses[0]:.3g} at the start"
            )
        records = self.history.records
        kept = (
            f"the end of epoch {len(records)}" if records else "their starting values"
        )
        self.error = (
            f"{DIVERGED}. In epoch {self.epoch} the loss became {what}. "
            f"The learning rate {self.learning_rate:g} is too large for this network: "
            f"try one at least 10 times smaller (e.g. {self.learning_rate / 30:.2g}). "
            f"The weights were rolled back to {kept}."
        )
        self.model.theta[...] = self._good_theta
        seen = observe_diverged(records[-1].phase if records else None)
        record = self._record(
            self._evaluator.metrics(), seen.sentence, seen.phase, seen.events
        )
        records.append(record)
        return BatchResult(
            self.epoch,
            self.batch_in_epoch,
            self.batches_per_epoch,
            self.step_count,
            loss,
            record,
            True,
        )
