"""One run seen from inside: time travel, the probe, the traced example, the walk.

The training worker owns one per trainer and calls it from its own thread;
it is plain Python so the whole of "step inside an epoch" can be tested
without Qt. It only reads the trainer's public API, and advances it only
through ``step_batch()``.
"""

from __future__ import annotations

import numpy as np

from core.engine.training import BatchResult, Trainer
from core.inside.frame import FrameInputs, InsideFrame, build_frame
from core.inside.inspection import probe_for
from core.inside.next_batch import BatchRows, NextBatch
from core.inside.run_gradients import RunGradients
from core.inside.sample_walk import SampleWalk, WalkFrame
from core.inside.time_travel import DEFAULT_CAP_BYTES, TimeTravelStore

Array = np.ndarray


class InsideSession:
    def __init__(
        self,
        trainer: Trainer,
        cap_bytes: int = DEFAULT_CAP_BYTES,
        moments: TimeTravelStore | None = None,
    ) -> None:
        """``moments``: the run's kept moments up to now (a replayed session's)."""
        self.trainer = trainer
        theta = trainer.model.theta
        now = trainer.position()  # a restored trainer may start mid-run
        if moments is not None and len(moments) and moments.steps()[-1] == now.step:
            self.store = moments
        else:
            self.store = TimeTravelStore(theta.size, cap_bytes, dtype=theta.dtype)
            self.store.record(now.step, now.epoch, now.last_batch, theta)
        self.next_batch = NextBatch()
        self.probe = probe_for(trainer)
        self.gradients = RunGradients(
            self.store,
            self._rows_after,
            trainer.model.layer_sizes,
            trainer.config.activation_spec(),
            trainer.config.l2,
            output=trainer.target.kind.name,
        )
        self.traced_row = int(self.probe.indices[0])
        self.walk: SampleWalk | None = None

    # -- advancing ------------------------------------------------------------

    def record(self, result: BatchResult | None) -> None:
        """Keep the parameters after the batch ``result`` describes."""
        if result is not None:
            self.store.record(
                result.step, result.epoch, result.batch, self.trainer.model.theta
            )

    def step_batch(self) -> BatchResult | None:
        self.cancel_walk()
        result = self.trainer.step_batch()
        self.record(result)
        return result

    def walk_stage(self) -> WalkFrame | None:
        """One press of Step sample: start a walk if none is under way, go on."""
        trainer = self.trainer
        if self.walk is None:
            if trainer.done:
                return None
            rows = self.next_batch.peek(trainer)
            raw = trainer.raw_split.X_train[rows.indices[0]]
            self.walk = SampleWalk(trainer, rows, raw)
        frame = self.walk.advance()
        if frame.last:
            self.store.record(
                trainer.step_count, trainer.epoch, frame.batch, trainer.model.theta
            )
            self.walk = None
        return frame

    def cancel_walk(self) -> bool:
        """Drop a walk under way (another command came); True if there was one."""
        had = self.walk is not None
        self.walk = None
        return had

    def set_traced(self, row: int) -> None:
        self.traced_row = int(np.clip(row, 0, len(self.trainer.y_val) - 1))

    # -- looking ----------------------------------------------------------------

    def live_frame(self, budget_seconds: float = 0.02) -> InsideFrame:
        """The views now. The backward pass is the next batch's; once the run is
        over, the last batch's (at the final weights). ``budget_seconds`` bounds
        the gradient history filled in meanwhile (``RunGradients``)."""
        t = self.trainer
        now = t.position()
        step, batch = now.step, now.last_batch
        rows = self._last_rows() if t.done else self.next_batch.peek(t)
        self.gradients.fill(budget_seconds)
        return self._frame(step, t.epoch, batch, t.model.theta, rows, live=True)

    def _last_rows(self) -> BatchRows | None:
        """The rows of the batch trained last (None before any)."""
        t = self.trainer
        if t.step_count == 0:
            return None
        batch = t.batch_in_epoch or t.batches_per_epoch
        return self.next_batch.rows_at(t, t.epoch, batch)

    def moment_frame(self, step: int) -> InsideFrame | None:
        """The views at the kept moment nearest ``step``."""
        moment = self.store.nearest(step)
        if moment is None:
            return None
        live = moment.step == self.trainer.step_count
        if live and self.trainer.done:  # as live_frame: the last batch's gradient
            rows = self._last_rows()
        else:
            rows = self._rows_after(moment.epoch, moment.batch, moment.step)
        return self._frame(
            moment.step, moment.epoch, moment.batch, moment.theta, rows, live
        )

    def _rows_after(self, epoch: int, batch: int, step: int) -> BatchRows | None:
        t = self.trainer
        if step == 0 or batch >= t.batches_per_epoch:
            epoch, batch = epoch + 1, 0
        if epoch > t.config.epochs or (t.done and step == t.step_count):
            return None
        return self.next_batch.rows_at(t, epoch, batch + 1)

    def _frame(
        self,
        step: int,
        epoch: int,
        batch: int,
        theta: Array,
        rows: BatchRows | None,
        live: bool,
    ) -> InsideFrame:
        t = self.trainer
        previous = self.store.previous(step)
        row = self.traced_row
        inputs = FrameInputs(
            step=step,
            epoch=epoch,
            batch=batch,
            live=live,
            theta=theta,
            previous=None if previous is None else (previous.step, previous.theta),
            layer_sizes=t.model.layer_sizes,
            activation=t.config.activation_spec(),
            probe=self.probe,
            traced=(row, t.X_val[row], t.raw_split.X_val[row], float(t.y_val[row])),
            next_rows=rows,
            l2=t.config.l2,
            output=t.target.kind.name,
            scale=t.target.scale,
        )
        return build_frame(
            inputs,
            self.gradients.arrays(),
            self.store.steps(),
            t.step_count,
            tuple(t.dataset.feature_names),
        )
