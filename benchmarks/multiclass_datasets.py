"""Several classes and numbers end to end: scikit-learn's tables, blobs, plane, bump.

Writes iris, wine and digits to CSV (``tests/sklearn_tables.py``), loads them
through ``core.data.csv_data`` as the command line does with
``--target-kind auto`` (digits also drops its constant pixels, as
``--drop-constant-columns``), and trains each with the default hidden layers
(64, 32) on 3 seeds. Prints the final validation accuracy (mean, min-max
spread) and, for the 2-D sets, accuracy or R². Run:

    .venv/bin/python benchmarks/multiclass_datasets.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import Trainer, TrainingConfig
from core.data.csv_data import load_csv
from core.data.datasets import Dataset
from tests.sklearn_tables import write_csv

SEEDS = (0, 1, 2)
# name: (epochs, learning rate); the other settings are TrainingConfig's defaults
TABLE_RUNS = {"iris": (100, 0.005), "wine": (50, 0.005), "digits": (30, 0.002)}
BUILT_IN_RUNS = {"blobs": (30, 0.01), "plane": (60, 0.01), "bump": (100, 0.01)}


def final_scores(config: TrainingConfig, data: Dataset | None) -> list[float]:
    scores = []
    for seed in SEEDS:
        trainer = Trainer(config.with_changes(seed=seed), dataset=data)
        trainer.run()
        last = trainer.history.records[-1]
        number = config.target_kind == "number"
        scores.append(last.val_r2 if number else last.val_accuracy)
    return scores


def show(name: str, what: str, scores: list[float], seconds: float) -> None:
    s = np.array(scores)
    print(
        f"{name:<8} {what:<14} mean {s.mean():.3f}  spread {s.min():.3f}-{s.max():.3f}"
        f"  ({', '.join(f'{v:.3f}' for v in s)})  {seconds:.1f} s"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, (epochs, lr) in TABLE_RUNS.items():
            path = write_csv(name, Path(folder))
            loaded = load_csv(
                path, target_kind="auto", drop_constant_columns=name == "digits"
            )
            data = loaded.dataset
            config = TrainingConfig(
                dataset=data.name, target_kind=data.target_kind, epochs=epochs,
                learning_rate=lr,
            )  # fmt: skip
            started = time.perf_counter()
            scores = final_scores(config, data)
            label = f"{data.n_rows}x{data.n_features}, {data.n_classes} classes"
            print(f"{name}: {label}; {epochs} epochs, lr {lr}")
            show(name, "val accuracy", scores, time.perf_counter() - started)
    for name, (epochs, lr) in BUILT_IN_RUNS.items():
        kind = "classes" if name == "blobs" else "number"
        config = TrainingConfig(
            dataset=name, target_kind=kind, epochs=epochs, learning_rate=lr
        )
        started = time.perf_counter()
        scores = final_scores(config, None)
        print(f"{name}: {kind}; {epochs} epochs, lr {lr}")
        what = "val R²" if kind == "number" else "val accuracy"
        show(name, what, scores, time.perf_counter() - started)


if __name__ == "__main__":
    main()
