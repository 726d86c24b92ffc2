"""How long one set of unit pictures takes, against one training epoch.

Prints milliseconds per picture set (one batched forward pass of a 48 × 48
grid through the seed network, reliance over the training rows, the edges
and the RGBA images: everything ``desktop/patterns/network_frame.py`` computes
off the GUI thread) against one epoch of the headless trainer measured in
the same run, for the seed network (20 → 64 → 32 → 1: 96 hidden units).

    python benchmarks/bench_unit_pictures.py [--repeats 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import Trainer, TrainingConfig  # noqa: E402
from core.lesson.boundary import make_grid, normalized_split  # noqa: E402
from core.patterns.unit_pictures import network_pictures  # noqa: E402


def median_ms(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    config = TrainingConfig(epochs=10_000)
    trainer = Trainer(config)
    split = normalized_split(trainer.dataset, config)
    grid = make_grid(split, 4, 6, 48)
    theta, sizes = trainer.model.theta.copy(), trainer.model.layer_sizes
    epoch = median_ms(trainer.step_epoch, max(5, args.repeats // 3))
    core = median_ms(
        lambda: network_pictures(theta, sizes, "relu", grid, split.X_train),
        args.repeats,
    )
    from desktop.patterns.network_frame import (  # NumPy + pyqtgraph colour maps
        FrameJob,
        build_network_frame,
        lookup_tables,
    )

    job = FrameJob.of(
        theta, sizes, "relu", grid, split.X_train, 3, lookup_tables("relu")
    )
    whole = median_ms(lambda: build_network_frame(job), args.repeats)
    units = sum(sizes[1:-1])
    print(
        f"network {' -> '.join(map(str, sizes))} ({units} hidden units), 48 x 48 grid"
    )
    print(f"  one training epoch ({trainer.batches_per_epoch} batches): {epoch:.2f} ms")
    print(f"  pictures + reliance (core): {core:.2f} ms = {core / epoch:.2f} epochs")
    print(
        f"  whole frame (+ edges, RGBA): {whole:.2f} ms = {whole / epoch:.2f} epochs;"
        f" at most {1000 / whole:.0f} picture sets per second on one core"
    )


if __name__ == "__main__":
    main()
