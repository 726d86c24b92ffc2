"""scikit-learn's iris, wine and digits written as CSV files a student could bring.

Tests and ``benchmarks/multiclass_datasets.py`` use these; the app never
imports scikit-learn. Iris keeps its species names as text, wine and digits
their class numbers.
"""

from __future__ import annotations

import csv
from pathlib import Path

TABLES = ("iris", "wine", "digits")


def write_csv(name: str, folder: Path) -> Path:
    """Write scikit-learn's ``name`` table to ``folder/name.csv``, target last."""
    from sklearn import datasets  # only here: the app does not depend on it

    bunch = getattr(datasets, f"load_{name}")()
    path = folder / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow([*bunch.feature_names, "species" if name == "iris" else "class"])
        for x, t in zip(bunch.data, bunch.target, strict=True):
            label = bunch.target_names[t] if name == "iris" else int(t)
            out.writerow([*(f"{v:.17g}" for v in x), label])
    return path
