"""Speed of the core on the reference workload, against scikit-learn and PyTorch.

Workload: athletes 1000 x 20 (800 training rows), layers [64, 32], ReLU,
batch 32, Adam (the lesson's learning rate), 20 epochs, float32. All implementations run
interleaved in the same process, so machine noise hits them alike; the
report gives each one's median and the median of the paired ratios.

    python benchmarks/bench_core.py [--repeats 15]

scikit-learn and torch come from the optional ``bench`` extra
(``pip install -e ".[bench]"``); without them only the core is timed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import core.engine.activations
import core.engine.batching
import core.engine.evaluation
import core.engine.fast_step
import core.engine.optim
import core.engine.training
from core import Trainer, TrainingConfig

# Every module whose NumPy calls run while training; the call counts swap
# their ``np`` for a counting proxy.
HOT_MODULES = (
    core.engine.activations,  # the fast path's in-place kernels live in its table
    core.engine.batching,
    core.engine.evaluation,
    core.engine.fast_step,
    core.engine.optim,
    core.engine.training,
)

EPOCHS, BATCH, HIDDEN = 20, 32, (64, 32)
LR = TrainingConfig().learning_rate


def reference_data(dtype: str) -> tuple[np.ndarray, np.ndarray]:
    trainer = Trainer(TrainingConfig(dtype=dtype))
    return trainer.X_train, trainer.y_train


def core_run(dtype: str) -> Callable[[], float]:
    def run() -> float:
        trainer = Trainer(TrainingConfig(dtype=dtype, epochs=EPOCHS))
        start = time.perf_counter()
        trainer.run()
        return time.perf_counter() - start

    return run


def sklearn_run(X: np.ndarray, y: np.ndarray) -> Callable[[], float] | None:
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None

    def run() -> float:
        model = MLPClassifier(
            hidden_layer_sizes=HIDDEN,
            solver="adam",
            batch_size=BATCH,
            learning_rate_init=LR,
            max_iter=EPOCHS,
            alpha=0.0,
            tol=0.0,
            n_iter_no_change=EPOCHS + 1,
            random_state=0,
        )
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(X, y.astype(int))
        return time.perf_counter() - start

    return run


def torch_run(X: np.ndarray, y: np.ndarray) -> Callable[[], float] | None:
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y).reshape(-1, 1)

    def run() -> float:
        torch.manual_seed(0)
        model = torch.nn.Sequential(
            torch.nn.Linear(20, 64),
            torch.nn.ReLU(),
            torch.nn.Linear(64, 32),
            torch.nn.ReLU(),
            torch.nn.Linear(32, 1),
        )
        loss_fn = torch.nn.BCEWithLogitsLoss()
        opt = torch.optim.Adam(model.parameters(), lr=LR)
        start = time.perf_counter()
        for _ in range(EPOCHS):
            order = torch.randperm(len(Xt))
            Xe, ye = Xt[order], yt[order]
            for i in range(0, len(Xe), BATCH):
                opt.zero_grad()
                loss = loss_fn(model(Xe[i : i + BATCH]), ye[i : i + BATCH])
                loss.backward()
                opt.step()
        return time.perf_counter() - start

    return run


class CountingNumpy:
    """Stands in for ``np`` in the hot modules and counts every call made through it.

    Only calls spelled ``np.something(...)`` are seen, not methods of arrays
    or of the random generator, nor index assignments. Per step the hot path
    has none of those but Adam's two 0-d scalars, written by index; per epoch,
    the shuffle's ``rng.permutation``, the copy of the weights kept for a
    rollback, and two ``tolist()`` in the evaluation.
    """

    def __init__(self) -> None:
        self.calls = 0

    def __getattr__(self, name: str):
        target = getattr(np, name)
        if not callable(target) or isinstance(target, type):
            return target

        def counted(*args, **kwargs):
            self.calls += 1
            return target(*args, **kwargs)

        return counted


def numpy_calls() -> tuple[float, float]:
    """NumPy calls per mini-batch step, alone and with the epoch's share added.

    The first number counts steps in the middle of an epoch; the second counts
    whole epochs, so the shuffle and the evaluation are spread over the steps.
    """
    trainer = Trainer(TrainingConfig(dtype="float32", epochs=2))
    trainer.step_batch()  # the epoch's shuffle happens here, not per step
    counter = CountingNumpy()
    for module in HOT_MODULES:
        module.np = counter
    try:
        steps = 10
        for _ in range(steps):
            trainer.step_batch()
        per_step = counter.calls / steps
        trainer.step_epoch()  # finish epoch 1, so epoch 2 is counted whole
        counter.calls = 0
        trainer.step_epoch()
        per_step_with_epoch = counter.calls / trainer.batches_per_epoch
    finally:
        for module in HOT_MODULES:
            module.np = np
    return per_step, per_step_with_epoch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    X, y = reference_data("float32")
    runs: dict[str, Callable[[], float]] = {
        "core float32": core_run("float32"),
        "core float64": core_run("float64"),
    }
    for name, maker in (("scikit-learn", sklearn_run), ("torch eager", torch_run)):
        made = maker(X, y)
        if made is None:
            print(f"({name} not installed: pip install -e '.[bench]')")
        else:
            runs[name] = made
    for run in runs.values():  # warm-up
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeats):
        for name, run in runs.items():
            times[name].append(run())
    report(times)
    per_step, per_step_with_epoch = numpy_calls()
    print(
        f"NumPy calls per mini-batch step (core): {per_step:.0f}; "
        f"{per_step_with_epoch:.1f} with the shuffle and evaluation shared out"
    )
    steps = EPOCHS * -(-len(y) // BATCH)
    per_step = statistics.median(times["core float32"]) / steps * 1e6
    print(f"core float32: {per_step:.1f} µs per step over {steps} steps")


def report(times: dict[str, list[float]]) -> None:
    base = times["core float32"]
    print(f"{'implementation':<16} {'median':>10} {'ratio to core float32':>24}")
    for name, values in times.items():
        paired = statistics.median(v / b for v, b in zip(values, base, strict=True))
        median_ms = statistics.median(values) * 1000
        print(f"{name:<16} {median_ms:>8.1f}ms {paired:>23.2f}x")


if __name__ == "__main__":
    main()
