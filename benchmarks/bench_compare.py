"""Compare depths, stacked against sequential, measured in the same run.

Times, each as the median of ``--repeats`` interleaved repeats:

* one default ``Trainer`` run (built and trained: what a student waits for);
* the stacked comparison: 5 seeds x 4 variants x 20 epochs
  (``core.lesson.comparison.DepthComparison``: three stacked trainings and five
  Newton fits);
* the same comparison done sequentially: one ``Trainer`` per seed and
  trained variant, plus the same five Newton fits;

and the ratios of each comparison to the default run and to each other.

    python benchmarks/bench_compare.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import Trainer, TrainingConfig
from core.lesson.comparison import DepthComparison, depth_variants, seed_list
from core.lesson.linear_probe import fit_logistic

CONFIG = TrainingConfig()
SEEDS = seed_list(CONFIG, 5)


def default_run() -> None:
    Trainer(CONFIG).run()


def stacked() -> None:
    DepthComparison(CONFIG, SEEDS).run()


def sequential() -> None:
    variants = depth_variants(CONFIG, 20)
    for seed in SEEDS:
        for variant in variants[1:]:
            config = CONFIG.with_changes(seed=seed, hidden_layers=variant.hidden_layers)
            Trainer(config).run()
        first = Trainer(CONFIG.with_changes(seed=seed, hidden_layers=()))
        fit_logistic(first.X_train, first.y_train).accuracy(first.X_val, first.y_val)


def timed(job: Callable[[], None]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    jobs = {"default run": default_run, "stacked": stacked, "sequential": sequential}
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for job in jobs.values():
        job()  # warm up: imports, BLAS, caches
    for _ in range(repeats):
        for name, job in jobs.items():
            times[name].append(timed(job))
    median = {name: statistics.median(t) for name, t in times.items()}
    for name, value in median.items():
        print(f"{name:<12} {1000 * value:8.1f} ms  (median of {repeats})")
    base = median["default run"]
    print(f"stacked    / default run: {median['stacked'] / base:5.2f}x")
    print(f"sequential / default run: {median['sequential'] / base:5.2f}x")
    print(f"sequential / stacked:     {median['sequential'] / median['stacked']:5.2f}x")


if __name__ == "__main__":
    main()
