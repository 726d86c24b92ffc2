"""K seeds of one network trained together, as stacked arrays.

Compare depths trains every architecture on several seeds. One ``Trainer``
per seed would pay NumPy's per-call overhead K times for arithmetic that is
tiny on a classroom network; here seed k lives in row k of every array, so a
layer is one batched product for all seeds:

    weights   [W; b] of shape (K, inputs + 1, outputs)   (bias row last)
    batches   [X, 1].T of shape (K, inputs + 1, B)       (examples as columns)
    product   np.matmul, one BLAS call per seed inside a single NumPy call

Each seed reproduces ``core.Trainer`` with that seed exactly, not just in
spirit: ``seed_setup`` builds the same data (a built-in dataset generated from
the seed, or a student's fixed dataset), the same split, scaling, targets
(``core.engine.targets.target_setup``: a number standardized with its seed's
training rows) and initial weights, and every epoch draws the same shuffle
from the same generator. The step is ``core.engine.fast_step``'s maths (bias
inside the product, ``f'(z)`` kept from the forward pass), and the output
error comes from the output-kind table (``core.engine.output_kinds``):

* yes/no: ``delta = (sigmoid(z) - y) / n`` from the numerically safe form,
  for all seeds in one set of calls (the table's formula, written stacked);
* several classes and a number: the table's own ``fast_error`` (softmax with
  cross-entropy; a linear unit with squared error), called once per seed on
  that seed's (units, B) slice with its batch targets written by the kind's
  ``fill_targets``: the very code ``Trainer`` runs.

Adam and SGD are ``core.engine.optim``'s updates on a (K, P) parameter
array; L2 and L1 are the trainer's penalties. The divergence rule is the
trainer's: a batch loss above ``max(10 x first loss, 10)``, NaN, or a
non-finite epoch stops that seed and rolls its weights back to its last
finished epoch while the other seeds go on. Early stopping is not applied:
every seed trains the whole epoch budget (Compare depths judges every network
after the same number of epochs). ``tests/test_comparison.py`` and
``tests/test_comparison_kinds.py`` hold every seed equal to its ``Trainer``
to 1e-10.

With ``validation_only=True`` the epoch's metrics are computed on the
validation rows alone (Compare depths needs nothing else), which makes the
per-epoch evaluation about five times cheaper; the training columns are NaN.
The metrics are ``core.stacked.evaluation``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from core.data.datasets import Dataset
from core.data.knobs import make_dataset
from core.data.preprocessing import MinMaxScaler
from core.engine.activations import get_activation
from core.engine.config import TrainingConfig
from core.engine.model import MLP, ParameterLayout
from core.engine.optim import SGD, Adam, make_optimizer
from core.engine.output_kinds import OUTPUT_KINDS, Targets
from core.engine.target_scale import TargetScale
from core.engine.targets import target_setup
from core.engine.training import EXPLOSION_FACTOR, EXPLOSION_FLOOR
from core.stacked.evaluation import StackedEvaluator

Array = np.ndarray


@dataclass(frozen=True)
class SeedSetup:
    """What ``Trainer`` builds for one seed before its first step.

    ``y_train`` and ``y_val`` are the targets as trained: 0/1 labels, class
    indices, or a number in standard deviations of the training rows
    (``scale`` turns it back).
    """

    seed: int
    X_train: Array
    y_train: Array
    X_val: Array
    y_val: Array
    model_seed: np.random.SeedSequence
    shuffle_seed: np.random.SeedSequence
    kind: str = "binary"  # the output kind (core.engine.output_kinds)
    units: int = 1  # output units: k for several classes, else 1
    chance: float = float("nan")  # majority-class share of val rows; NaN: number
    scale: TargetScale | None = None  # a number's standardization


def seed_setup(
    config: TrainingConfig, seed: int, dataset: Dataset | None = None
) -> SeedSetup:
    """The data, split, scaling, targets and random streams of ``Trainer(seed)``.

    A built-in dataset is generated from the seed; a given ``dataset`` (a
    student's file) stays fixed and only the split changes with the seed.
    """
    model_seed, shuffle_seed = np.random.SeedSequence(seed).spawn(2)
    data = make_dataset(config.with_changes(seed=seed), dataset)  # 2-D knobs too
    split = data.split(config.val_fraction, seed=seed)
    scaler = MinMaxScaler().fit(split.X_train, data.feature_names, data.feature_units)
    dtype = np.dtype(config.dtype)
    target = target_setup(config, data, split, dtype)
    return SeedSetup(
        seed=seed,
        X_train=scaler.transform(split.X_train).astype(dtype),
        y_train=target.y_train,
        X_val=scaler.transform(split.X_val).astype(dtype),
        y_val=target.y_val,
        model_seed=model_seed,
        shuffle_seed=shuffle_seed,
        kind=target.kind.name,
        units=target.units,
        chance=target.chance,
        scale=target.scale,
    )


def _column() -> list[Array]:
    return []


@dataclass
class StackedHistory:
    """Per epoch, one value per seed; NaN where that seed had stopped.

    The scores are those of ``EpochMetrics``: accuracy for yes/no and
    several classes, R² and MAE for a number; a score the kind does not
    have is NaN.
    """

    loss: list[Array] = field(default_factory=_column)
    accuracy: list[Array] = field(default_factory=_column)
    val_loss: list[Array] = field(default_factory=_column)
    val_accuracy: list[Array] = field(default_factory=_column)
    r2: list[Array] = field(default_factory=_column)
    val_r2: list[Array] = field(default_factory=_column)
    mae: list[Array] = field(default_factory=_column)
    val_mae: list[Array] = field(default_factory=_column)
    batch_losses: list[Array] = field(default_factory=_column)

    def column(self, name: str) -> Array:
        """(epochs, K): the metric ``name`` of every seed at every epoch."""
        rows = getattr(self, name)
        width = len(self.batch_losses[0]) if self.batch_losses else 0
        return np.array(rows, dtype=float).reshape(len(rows), width)


class StackedRuns:
    """``config``'s network trained on every seed in ``seeds`` at once.

    ``config.seed`` is ignored: each run uses its own seed from ``seeds``.
    Pass ``setups`` (from ``seed_setup``) to share prepared data between
    architectures; otherwise each seed's data is built here.
    """

    def __init__(
        self,
        config: TrainingConfig,
        seeds: Sequence[int],
        dataset: Dataset | None = None,
        setups: Sequence[SeedSetup] | None = None,
        validation_only: bool = False,
    ) -> None:
        self.config = config.validate()
        self.setups = tuple(setups or (seed_setup(config, s, dataset) for s in seeds))
        self.seeds = tuple(s.seed for s in self.setups)
        self.dtype = np.dtype(config.dtype)
        first = self.setups[0]
        if {(s.kind, s.units) for s in self.setups} != {(first.kind, first.units)}:
            raise ValueError("Every seed needs the same target kind and output units.")
        self.kind = OUTPUT_KINDS[first.kind]
        n_features = first.X_train.shape[1]
        self.layer_sizes = (n_features, *config.hidden_layers, first.units)
        self.parameter_layout = ParameterLayout.of(self.layer_sizes)
        self._init_parameters()
        self._init_batches()
        self._evaluator = StackedEvaluator(self, validation_only)
        self.history = StackedHistory()
        self.active = np.ones(len(self.seeds), dtype=bool)
        self.epoch = 0
        self.batch_in_epoch = 0
        self.step_count = 0
        self._limit = np.full(len(self.seeds), sys.float_info.max)

    # -- building -------------------------------------------------------------

    def _init_parameters(self) -> None:
        """One row of ``theta`` per seed, initialized as ``MLP`` does for that seed."""
        config, K = self.config, len(self.setups)
        rows = [
            MLP(self.layer_sizes, config.activation, _rng(s.model_seed), self.dtype,
                self.kind.name)
            for s in self.setups
        ]  # fmt: skip
        self.theta = np.stack([model.theta for model in rows])
        self.parameter_count = self.theta.shape[1]
        self._good_theta = self.theta.copy()
        self._optimizer = _make_optimizer(config, self.theta.shape, self.dtype)
        self.grad = self._optimizer.grad  # the step writes straight into it
        self.kernels = get_activation(config.activation).kernels
        mask = self.parameter_layout.weight_mask(self.dtype)
        self._l2_mask = np.broadcast_to(mask * config.l2, (K, mask.size))
        self._l1_mask = np.broadcast_to(mask * config.l1, (K, mask.size))
        self._l2_term = np.empty_like(self.theta)

    def _init_batches(self) -> None:
        sizes = {len(s.y_train) for s in self.setups}
        if len(sizes) != 1:
            raise ValueError("Every seed needs the same number of training rows.")
        n = sizes.pop()
        self.batch_size = min(self.config.batch_size, n)
        self.starts = list(range(0, n, self.batch_size))
        self._rngs = [np.random.default_rng(s.shuffle_seed) for s in self.setups]
        X = np.stack([s.X_train for s in self.setups])
        self._X1 = np.ones((*X.shape[:2], X.shape[2] + 1), dtype=self.dtype)
        self._X1[..., :-1] = X
        self._y = np.stack([s.y_train for s in self.setups]).astype(self.dtype)
        self._flip = (1.0 - 2.0 * self._y).astype(self.dtype)
        self._shuffled_X1 = np.empty_like(self._X1)
        self._shuffled_flip = np.empty_like(self._flip)
        self._shuffled_y = np.empty_like(self._y)
        # several classes and a number: each seed's targets as EpochBatches writes them
        self._inverse_size = np.empty(n, self.dtype)
        for start in self.starts:
            stop = min(start + self.batch_size, n)
            self._inverse_size[start:stop] = 1.0 / (stop - start)
        self._targets = [
            Targets(np.empty(n, self.dtype), np.empty(n, self.dtype))
            for _ in self.setups
        ]
        self._plans: dict[int, _StackedPlan] = {}

    # -- advancing -------------------------------------------------------------

    @property
    def done(self) -> bool:
        finished = self.epoch >= self.config.epochs and self.batch_in_epoch == 0
        return finished or not self.active.any()

    @property
    def batches_per_epoch(self) -> int:
        return len(self.starts)

    @property
    def diverged(self) -> Array:
        """(K,) True for each seed that diverged and stopped."""
        return ~self.active

    def step_batch(self) -> bool:
        """One mini-batch for every running seed; True when it ended an epoch."""
        if self.done:
            return False
        if self.batch_in_epoch == 0:
            self._begin_epoch()
        start = self.starts[self.batch_in_epoch]
        stop = start + self.batch_size
        X1T = self._shuffled_X1[:, start:stop].transpose(0, 2, 1)
        losses = self._loss_and_grad(X1T, start, stop)
        self.batch_in_epoch += 1
        self.step_count += 1
        self.history.batch_losses.append(np.where(self.active, losses, np.nan))
        self._check_losses(losses)
        self._optimizer.step(self.theta, self.grad)
        if not self.active.all():
            self.theta[~self.active] = self._good_theta[~self.active]
        if self.batch_in_epoch == self.batches_per_epoch:
            self._end_epoch()
            return True
        return False

    def step_epoch(self) -> None:
        while not self.done and not self.step_batch():
            pass

    def run(self, should_stop: Callable[[], bool] | None = None) -> None:
        """Train to the end, checking ``should_stop()`` between batches."""
        while not self.done and not (should_stop and should_stop()):
            self.step_batch()

    def final_scores(self, name: str = "val_accuracy") -> Array:
        """(K,) each seed's metric ``name`` with the weights it ends with.

        A seed that diverged keeps its last finished epoch's weights (as the
        trainer rolls back); one that diverged before any epoch ended keeps
        its initial weights, which are evaluated here.
        """
        values = np.full(len(self.seeds), np.nan)
        for k, column in enumerate(self.history.column(name).T):
            finite = column[np.isfinite(column)]
            if finite.size:
                values[k] = finite[-1]
        if np.isnan(values).any():
            now = self._evaluator.metrics()[name]
            values = np.where(np.isnan(values), now, values)
        return values

    def final_val_accuracy(self) -> Array:
        """(K,) ``final_scores("val_accuracy")``: yes/no and several classes."""
        return self.final_scores("val_accuracy")

    # -- internals -------------------------------------------------------------

    def _begin_epoch(self) -> None:
        self.epoch += 1
        n = self._X1.shape[1]
        binary = self.kind.name == "binary"
        for k, rng in enumerate(self._rngs):
            order = rng.permutation(n)
            np.take(self._X1[k], order, axis=0, out=self._shuffled_X1[k])
            if binary:
                np.take(self._flip[k], order, out=self._shuffled_flip[k])
            else:
                np.take(self._y[k], order, out=self._shuffled_y[k])
                self.kind.fill_targets(
                    self._shuffled_y[k], self._inverse_size, self._targets[k]
                )

    def _loss_and_grad(self, X1T: Array, start: int, stop: int) -> Array:
        """(K,) batch losses; the gradient of every seed lands in ``self.grad``."""
        n = X1T.shape[2]
        plan = self._plans.get(n) or self._plans.setdefault(n, _StackedPlan(self, n))
        if self.kind.name == "binary":
            losses = plan.binary_forward_and_loss(
                X1T, self._shuffled_flip[:, None, start:stop]
            )
        else:
            targets = [t.rows(start, stop) for t in self._targets]
            losses = plan.kind_forward_and_loss(X1T, targets)
        plan.backward(X1T)
        return self._add_penalties(losses)

    def _add_penalties(self, losses: Array) -> Array:
        """The trainer's L2 then L1 terms, on the gradient and on each seed's loss."""
        config = self.config
        if config.l2:
            np.multiply(self.theta, self._l2_mask, out=self._l2_term)
            np.add(self.grad, self._l2_term, out=self.grad)
            losses = losses + 0.5 * np.einsum("kp,kp->k", self._l2_term, self.theta)
        if config.l1:
            term = np.sign(self.theta)
            np.multiply(term, self._l1_mask, out=term)
            np.add(self.grad, term, out=self.grad)
            losses = losses + np.einsum("kp,kp->k", np.abs(self.theta), self._l1_mask)
        return losses

    def _check_losses(self, losses: Array) -> None:
        """The trainer's rule, per seed: NaN or above the limit stops that seed."""
        bad = self.active & ~(losses <= self._limit)
        if bad.any():
            self._stop(bad)
        if self.epoch == 1 and self.batch_in_epoch == 1:
            limit = np.maximum(EXPLOSION_FACTOR * losses, EXPLOSION_FLOOR)
            self._limit = np.where(self.active, limit, self._limit)

    def _stop(self, seeds: Array) -> None:
        self.active &= ~seeds
        self.theta[seeds] = self._good_theta[seeds]

    def _end_epoch(self) -> None:
        self.batch_in_epoch = 0
        finite = np.isfinite(self.theta).all(axis=1)
        if (self.active & ~finite).any():
            self._stop(self.active & ~finite)
        metrics = self._evaluator.metrics()
        ok = np.isfinite(metrics["val_loss"])
        if not self._evaluator.validation_only:
            ok &= np.isfinite(metrics["loss"])
        broken = self.active & ~ok
        if broken.any():
            self._stop(broken)
        for name, values in metrics.items():
            getattr(self.history, name).append(np.where(self.active, values, np.nan))
        self._good_theta[self.active] = self.theta[self.active]


def _rng(seed: np.random.SeedSequence) -> np.random.Generator:
    return np.random.default_rng(seed)


def _make_optimizer(
    config: TrainingConfig, shape: tuple[int, int], dtype: npt.DTypeLike
) -> SGD | Adam:
    """The trainer's own optimizer, on the (K, P) stack: the same update per seed."""
    return make_optimizer(
        config.optimizer, shape, config.learning_rate, config.momentum, dtype
    )


class _StackedPlan:
    """Buffers and views for one batch size, made once (as ``fast_step._Plan``)."""

    def __init__(self, runs: StackedRuns, n: int) -> None:
        K, dtype, sizes = len(runs.seeds), runs.dtype, runs.layer_sizes
        self.runs, self.n = runs, n
        Wb = runs.parameter_layout.stacked(runs.theta)
        self.grad_Wb = runs.parameter_layout.stacked(runs.grad)
        self.Wb_T = [w.transpose(0, 2, 1) for w in Wb]
        self.W = [w[:, :-1] for w in Wb]
        self.a1 = [np.ones((K, m + 1, n), dtype) for m in sizes[1:-1]]
        self.a = [x[:, :-1] for x in self.a1]
        self.slope = [np.empty((K, m, n), dtype) for m in sizes[1:-1]]
        self.zeros = [np.zeros((K, m, n), dtype) for m in sizes[1:-1]]
        self.delta = [np.empty((K, m, n), dtype) for m in sizes[1:]]
        self.delta_T = [d.transpose(0, 2, 1) for d in self.delta]
        units = sizes[-1]
        self.z = np.empty((K, units, n), dtype)
        self.u = np.empty((K, units, n), dtype)
        self.softplus = np.empty((K, units, n), dtype)
        self.zero = np.zeros((), dtype)
        self.inverse_n = np.array(1.0 / n, dtype)
        self.scratch = [runs.kind.scratch(units, n, dtype) for _ in range(K)]

    def _forward(self, X1T: Array) -> None:
        """Every hidden layer and the output z, keeping each hidden ``f'(z)``."""
        kernels = self.runs.kernels
        activate, keep_slope = kernels.activate, kernels.keep_slope
        inputs = X1T
        for Wb_T, a, a1, slope, zeros in zip(
            self.Wb_T, self.a, self.a1, self.slope, self.zeros, strict=False
        ):
            np.matmul(Wb_T, inputs, out=a)
            activate(a, zeros)
            keep_slope(a, slope, zeros)
            inputs = a1
        np.matmul(self.Wb_T[-1], inputs, out=self.z)

    def binary_forward_and_loss(self, X1T: Array, flip: Array) -> Array:
        """Forward pass, the (K,) mean cross-entropies and the sigmoid output error."""
        self._forward(X1T)
        u, softplus, delta = self.u, self.softplus, self.delta[-1]
        np.multiply(self.z, flip, out=u)
        np.logaddexp(self.zero, u, out=softplus)
        losses: Array = softplus.sum(axis=(1, 2)) / self.n
        np.subtract(u, softplus, out=delta)
        np.exp(delta, out=delta)
        np.multiply(delta, flip, out=delta)
        np.multiply(delta, self.inverse_n, out=delta)
        return losses

    def kind_forward_and_loss(self, X1T: Array, targets: Sequence[Targets]) -> Array:
        """Forward pass; the output kind's own ``fast_error`` on each seed's slice."""
        self._forward(X1T)
        error, delta = self.runs.kind.fast_error, self.delta[-1]
        return np.array(
            [
                error(self.z[k], targets[k], delta[k], self.scratch[k])
                for k in range(len(targets))
            ]
        )

    def backward(self, X1T: Array) -> None:
        """``[dW; db] = [a, 1].T @ delta`` per layer, delta sent down through ``W``."""
        apply_slope = self.runs.kernels.apply_slope
        for k in range(len(self.W) - 1, 0, -1):
            np.matmul(self.a1[k - 1], self.delta_T[k], out=self.grad_Wb[k])
            np.matmul(self.W[k], self.delta[k], out=self.delta[k - 1])
            apply_slope(self.delta[k - 1], self.slope[k - 1])
        np.matmul(X1T, self.delta_T[0], out=self.grad_Wb[0])
