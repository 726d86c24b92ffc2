"""Speed of the core on the reference workload, against scikit-learn and PyTorch.

Workload: athletes 1000 x 20 (800 training rows), layers [64, 32], ReLU,
batch 32, Adam (lr 0.003), 20 epochs, float32. All implementations run
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

import core.fast_step  # noqa: E402
import core.optim  # noqa: E402
from core import Trainer, TrainingConfig  # noqa: E402

EPOCHS, BATCH, LR, HIDDEN = 20, 32, 0.003, (64, 32)


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


def numpy_calls_per_step() -> float:
    """Count NumPy calls in the hot path by routing the modules' ``np`` through a proxy."""
    counter = {"calls": 0}

    class CountingNumpy:
        def __getattr__(self, name: str):
            target = getattr(np, name)
            if not callable(target) or isinstance(target, type):
                return target

            def counted(*args, **kwargs):
                counter["calls"] += 1
                return target(*args, **kwargs)

            return counted

    trainer = Trainer(TrainingConfig(dtype="float32", epochs=1))
    trainer.step_batch()  # the epoch's shuffle happens here, not per step
    modules = (core.fast_step, core.optim, core.training)
    for module in modules:
        module.np = CountingNumpy()
    try:
        steps = 10
        for _ in range(steps):
            trainer.step_batch()
    finally:
        for module in modules:
            module.np = np
    return counter["calls"] / steps


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
    print(f"NumPy calls per mini-batch step (core): {numpy_calls_per_step():.0f}")
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
