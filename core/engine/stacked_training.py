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
the seed, or a student's fixed dataset), the same split, scaling and initial
weights, and every epoch draws the same shuffle from the same generator. The
step is ``core.engine.fast_step``'s maths (bias inside the product, ``f'(z)`` kept
from the forward pass, ``delta = (sigmoid(z) - y) / n`` from the numerically
safe form), Adam and SGD are ``core.engine.optim``'s updates on a (K, P) parameter
array, and the divergence rule is the trainer's: a batch loss above
``max(10 x first loss, 10)``, NaN, or a non-finite epoch stops that seed and
rolls its weights back to its last finished epoch while the other seeds go
on. ``tests/test_comparison.py`` holds every seed equal to its ``Trainer`` to
1e-10.

With ``validation_only=True`` the epoch's metrics are computed on the
validation rows alone (Compare depths needs nothing else), which makes the
per-epoch evaluation about five times cheaper; the training columns are NaN.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from core.data.datasets import Dataset
from core.data.knobs import make_dataset
from core.data.preprocessing import MinMaxScaler
from core.engine.activations import get_activation
from core.engine.config import ConfigError, TrainingConfig
from core.engine.model import MLP, ParameterLayout
from core.engine.optim import SGD, Adam, make_optimizer
from core.engine.training import EXPLOSION_FACTOR, EXPLOSION_FLOOR

Array = np.ndarray
EVAL_WORK = 2**21  # multiply-adds per evaluation chunk, all seeds together


@dataclass(frozen=True)
class SeedSetup:
    """What ``Trainer`` builds for one seed before its first step."""

    seed: int
    X_train: Array
    y_train: Array
    X_val: Array
    y_val: Array
    model_seed: np.random.SeedSequence
    shuffle_seed: np.random.SeedSequence

    @property
    def chance(self) -> float:
        """The majority-class rate of the validation rows, as the trainer defines it."""
        mean = float(self.y_val.mean())
        return max(mean, 1.0 - mean)


def seed_setup(
    config: TrainingConfig, seed: int, dataset: Dataset | None = None
) -> SeedSetup:
    """The data, split, scaling and random streams of ``Trainer`` with ``seed``.

    A built-in dataset is generated from the seed; a given ``dataset`` (a
    student's file) stays fixed and only the split changes with the seed.
    """
    model_seed, shuffle_seed = np.random.SeedSequence(seed).spawn(2)
    data = make_dataset(config.with_changes(seed=seed), dataset)  # 2-D knobs too
    check_yes_no(config, data)
    split = data.split(config.val_fraction, seed=seed)
    scaler = MinMaxScaler().fit(split.X_train, data.feature_names, data.feature_units)
    dtype = np.dtype(config.dtype)
    return SeedSetup(
        seed=seed,
        X_train=scaler.transform(split.X_train).astype(dtype),
        y_train=split.y_train.astype(dtype),
        X_val=scaler.transform(split.X_val).astype(dtype),
        y_val=split.y_val.astype(dtype),
        model_seed=model_seed,
        shuffle_seed=shuffle_seed,
    )


def check_yes_no(config: TrainingConfig, data: Dataset) -> None:
    """Refuse several classes and numbers: the stacked step is the sigmoid one."""
    if config.target_kind != "binary" or data.target_kind != "binary":
        what = {"classes": "several classes", "number": "a number"}
        asked = what.get(data.target_kind) or what.get(config.target_kind, "")
        raise ConfigError(
            "target_kind",
            f"Compare depths trains yes/no targets only; this run predicts {asked}. "
            "Train each depth on its own instead.",
        )


@dataclass
class StackedHistory:
    """Per epoch, one value per seed; NaN where that seed had stopped."""

    loss: list[Array]
    accuracy: list[Array]
    val_loss: list[Array]
    val_accuracy: list[Array]
    batch_losses: list[Array]

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
        n_features = self.setups[0].X_train.shape[1]
        self.layer_sizes = (n_features, *config.hidden_layers, 1)
        self.parameter_layout = ParameterLayout.of(self.layer_sizes)
        self._init_parameters()
        self._init_batches()
        self._evaluator = _StackedEvaluator(self, validation_only)
        self.history = StackedHistory([], [], [], [], [])
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
            MLP(self.layer_sizes, config.activation, _rng(s.model_seed), self.dtype)
            for s in self.setups
        ]
        self.theta = np.stack([model.theta for model in rows])
        self.parameter_count = self.theta.shape[1]
        self._good_theta = self.theta.copy()
        self._optimizer = _make_optimizer(config, self.theta.shape, self.dtype)
        self.grad = self._optimizer.grad  # the step writes straight into it
        self._kernels = get_activation(config.activation).kernels
        mask = self.parameter_layout.weight_mask(self.dtype)
        self._l2_mask = np.broadcast_to(mask * config.l2, (K, mask.size))
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
        self._flip = np.stack([1.0 - 2.0 * s.y_train for s in self.setups]).astype(
            self.dtype
        )
        self._shuffled_X1 = np.empty_like(self._X1)
        self._shuffled_flip = np.empty_like(self._flip)
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
        flip = self._shuffled_flip[:, None, start:stop]
        losses = self._loss_and_grad(X1T, flip)
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

    def final_val_accuracy(self) -> Array:
        """(K,) each seed's validation accuracy with the weights it ends with.

        A seed that diverged keeps its last finished epoch's weights (as the
        trainer rolls back); one that diverged before any epoch ended keeps
        its initial weights, which are evaluated here.
        """
        values = np.full(len(self.seeds), np.nan)
        for k, column in enumerate(self.history.column("val_accuracy").T):
            finite = column[np.isfinite(column)]
            if finite.size:
                values[k] = finite[-1]
        if np.isnan(values).any():
            now = self._evaluator.val_accuracy_now()
            values = np.where(np.isnan(values), now, values)
        return values

    # -- internals -------------------------------------------------------------

    def _begin_epoch(self) -> None:
        self.epoch += 1
        n = self._X1.shape[1]
        for k, rng in enumerate(self._rngs):
            order = rng.permutation(n)
            np.take(self._X1[k], order, axis=0, out=self._shuffled_X1[k])
            np.take(self._flip[k], order, out=self._shuffled_flip[k])

    def _loss_and_grad(self, X1T: Array, flip: Array) -> Array:
        """(K,) batch losses; the gradient of every seed lands in ``self.grad``."""
        n = X1T.shape[2]
        plan = self._plans.get(n) or self._plans.setdefault(n, _StackedPlan(self, n))
        losses = plan.forward_and_loss(X1T, flip)
        plan.backward(X1T)
        if self.config.l2:
            np.multiply(self.theta, self._l2_mask, out=self._l2_term)
            np.add(self.grad, self._l2_term, out=self.grad)
            losses = losses + 0.5 * np.einsum("kp,kp->k", self._l2_term, self.theta)
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
        broken = self.active & ~(np.isfinite(metrics[0]) & np.isfinite(metrics[2]))
        if self._evaluator.validation_only:
            broken = self.active & ~np.isfinite(metrics[2])
        if broken.any():
            self._stop(broken)
        names = ("loss", "accuracy", "val_loss", "val_accuracy")
        for name, values in zip(names, metrics, strict=True):
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
        self.z = np.empty((K, 1, n), dtype)
        self.u = np.empty((K, 1, n), dtype)
        self.softplus = np.empty((K, 1, n), dtype)
        self.zero = np.zeros((), dtype)
        self.inverse_n = np.array(1.0 / n, dtype)

    def forward_and_loss(self, X1T: Array, flip: Array) -> Array:
        """Forward pass, the (K,) mean cross-entropies and the output error."""
        kernels = self.runs._kernels
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
        u, softplus, delta = self.u, self.softplus, self.delta[-1]
        np.multiply(self.z, flip, out=u)
        np.logaddexp(self.zero, u, out=softplus)
        losses: Array = softplus.sum(axis=(1, 2)) / self.n
        np.subtract(u, softplus, out=delta)
        np.exp(delta, out=delta)
        np.multiply(delta, flip, out=delta)
        np.multiply(delta, self.inverse_n, out=delta)
        return losses

    def backward(self, X1T: Array) -> None:
        """``[dW; db] = [a, 1].T @ delta`` per layer, delta sent down through ``W``."""
        apply_slope = self.runs._kernels.apply_slope
        for k in range(len(self.W) - 1, 0, -1):
            np.matmul(self.a1[k - 1], self.delta_T[k], out=self.grad_Wb[k])
            np.matmul(self.W[k], self.delta[k], out=self.delta[k - 1])
            apply_slope(self.delta[k - 1], self.slope[k - 1])
        np.matmul(X1T, self.delta_T[0], out=self.grad_Wb[0])


class _StackedEvaluator:
    """Each seed's loss and accuracy on its whole training and validation sets."""

    def __init__(self, runs: StackedRuns, validation_only: bool) -> None:
        self.runs, self.validation_only = runs, validation_only
        setups = runs.setups
        self.n_train = 0 if validation_only else len(setups[0].y_train)
        parts = [[s.X_val] if validation_only else [s.X_train, s.X_val] for s in setups]
        X = np.stack([np.vstack(p) for p in parts])
        labels = [s.y_val if validation_only else np.concatenate([s.y_train, s.y_val])
                  for s in setups]  # fmt: skip
        self.flip = (1.0 - 2.0 * np.stack(labels)).astype(runs.dtype)
        self.X1T = np.ones((X.shape[0], X.shape[2] + 1, X.shape[1]), runs.dtype)
        self.X1T[:, :-1] = X.transpose(0, 2, 1)
        widest = max((n + 1) * m for n, m in pairwise(runs.layer_sizes))
        self.chunk = max(64, EVAL_WORK // (widest * len(setups)))

    def logits(self) -> Array:
        """(K, rows) output z of every evaluated row, in chunks of rows."""
        runs = self.runs
        Wb = runs.parameter_layout.stacked(runs.theta)
        activate = runs._kernels.activate
        out = []
        for start in range(0, self.X1T.shape[2], self.chunk):
            a = self.X1T[:, :, start : start + self.chunk]
            for layer in Wb[:-1]:
                z = np.matmul(layer.transpose(0, 2, 1), a)
                activate(z, np.zeros_like(z))
                a = np.concatenate([z, np.ones_like(z[:, :1])], axis=1)
            out.append(np.matmul(Wb[-1].transpose(0, 2, 1), a)[:, 0])
        return np.concatenate(out, axis=1)

    def metrics(self) -> tuple[Array, Array, Array, Array]:
        """(loss, accuracy, val_loss, val_accuracy), each (K,); NaN if not computed."""
        z = self.logits()
        u = z * self.flip
        losses = np.logaddexp(0.0, u)
        right = (z > 0) == (self.flip < 0)  # says 1 exactly when z > 0
        split = self.n_train
        nan = np.full(z.shape[0], np.nan)
        train = (
            (nan, nan)
            if self.validation_only
            else (losses[:, :split].mean(axis=1), right[:, :split].mean(axis=1))
        )
        return (*train, losses[:, split:].mean(axis=1), right[:, split:].mean(axis=1))

    def val_accuracy_now(self) -> Array:
        return self.metrics()[3]
