"""How many linear pieces: the deep 64-32 network against one wide layer.

The Pieces view compares the lesson's network with one hidden layer of the
same parameter count (``equal_budget_width``), trained the same way. This
prints, per 2-D dataset and seed, the piece count on a 200 × 200 grid at the
start and after 20 epochs, the ratio wide ÷ deep, and both validation
accuracies, so the README's sentence about it can be checked:

    python benchmarks/pieces_depth.py [--seeds 0-2] [--epochs 20]
"""

from __future__ import annotations

import argparse

import numpy as np

from core import Trainer, TrainingConfig
from core.lesson.boundary import make_grid, normalized_split
from core.patterns.linear_pieces import piece_map
from core.patterns.pieces_wide import WideRun

DATASETS = ("circles", "spiral", "moons", "xor")


def measure(dataset: str, seed: int, epochs: int) -> tuple[float, ...]:
    config = TrainingConfig(dataset=dataset, seed=seed, epochs=epochs)
    trainer = Trainer(config)
    grid = make_grid(normalized_split(trainer.dataset, config), size=200)
    deep_start = piece_map(trainer.model, grid).count
    trainer.run()
    wide = WideRun(config, trainer.dataset, trainer.model.layer_sizes)
    wide_start = wide.pieces_at(0, grid).pieces.count
    wide_end = wide.pieces_at(epochs, grid).pieces.count
    return (
        deep_start, piece_map(trainer.model, grid).count, wide_start, wide_end,
        trainer.history.records[-1].val_accuracy,
        wide.trainer.history.records[-1].val_accuracy,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-2", help="a range such as 0-2")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    first, _, last = args.seeds.partition("-")
    seeds = range(int(first), int(last or first) + 1)
    for dataset in DATASETS:
        rows = np.array([measure(dataset, s, args.epochs) for s in seeds], float)
        ratio = rows[:, 3] / rows[:, 1]
        print(
            f"{dataset:8s} deep {rows[:, 0].astype(int)} -> {rows[:, 1].astype(int)}"
            f"  wide {rows[:, 2].astype(int)} -> {rows[:, 3].astype(int)}"
            f"  wide/deep {ratio.min():.1f}-{ratio.max():.1f}x"
            f"  val acc deep {rows[:, 4].round(3)} wide {rows[:, 5].round(3)}"
        )


if __name__ == "__main__":
    main()
