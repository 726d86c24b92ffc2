"""Writing a run's numbers to files other programs open: CSV, .npz and JSON.

The trace table in the window shows three decimals; these files keep every
digit (``repr`` of each float), so a spreadsheet or a notebook gets the same
numbers the app computed. Weights are written per layer as ``W1, b1, W2, …``
with ``W`` of shape (inputs, outputs), the layout of ``core.engine.model``:
``z = a_prev @ W + b``.

Every CSV cell goes through ``spreadsheet_safe``: text from a session file
(an observation, a quiz answer) is someone else's, and a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by spreadsheet programs (CSV injection). Such text gets a leading
apostrophe, as OWASP advises; numbers, including the ones written here as
text, stay numbers.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from core.engine.activations import per_layer
from core.engine.snapshot import layer_params
from core.engine.training import EpochRecord

Array = np.ndarray
HISTORY_COLUMNS = (
    "epoch", "loss", "accuracy", "val_loss", "val_accuracy", "learning_rate",
    "phase", "observation", "events",
)  # fmt: skip
# A number run has no accuracy: R² and the mean absolute error (in the
# target's units) instead; its loss is the mean squared error in standard
# deviations of the target (core.engine.target_scale).
NUMBER_HISTORY_COLUMNS = (
    "epoch", "loss", "r2", "mae", "val_loss", "val_r2", "val_mae",
    "learning_rate", "phase", "observation", "events",
)  # fmt: skip
OUTPUT_ACTIVATIONS = {"binary": "sigmoid", "classes": "softmax", "number": "linear"}
BATCH_COLUMNS = ("step", "epoch", "batch", "batch_loss")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain decimal number, ASCII digits only: "-0.25", "-3", "1e-05", "-2.5E+10".
_NUMBER = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def spreadsheet_safe(cell: object) -> str:
    """``cell`` as CSV text that no spreadsheet runs as a formula.

    A number is written as it is (``repr`` for floats, every digit); text that
    is not a plain number and starts with a formula character gets a leading
    ``'``, which spreadsheets show as text and do not evaluate.
    """
    if isinstance(cell, float):
        return repr(cell)
    text = str(cell)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv_rows(rows: Iterable[Sequence[object]], path: str | Path) -> Path:
    """Rows to a UTF-8 CSV file, every cell made ``spreadsheet_safe``."""
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return path


def history_columns(kind: str) -> tuple[str, ...]:
    """The history CSV's columns for a target kind (``core.engine.output_kinds``)."""
    return NUMBER_HISTORY_COLUMNS if kind == "number" else HISTORY_COLUMNS


def write_history_csv(
    records: Sequence[EpochRecord], path: str | Path, kind: str | None = None
) -> Path:
    """One row per finished epoch with every column of the trace, full precision.

    ``kind`` chooses the columns (``history_columns``); None reads it from the
    records (a number run's have no accuracy). A score that is not defined
    (R² of validation rows that all have the same target) is an empty cell.
    """
    if kind is None:
        number = bool(records) and math.isnan(records[0].accuracy)
        kind = "number" if number else "binary"
    columns = history_columns(kind)
    rows = ([_cell(getattr(r, key)) for key in columns] for r in records)
    return write_csv_rows(chain([columns], rows), path)


def write_batch_losses_csv(
    batch_losses: Sequence[float], batches_per_epoch: int, path: str | Path
) -> Path:
    """Every mini-batch's loss, with the epoch and batch it belongs to."""

    def row(i: int, loss: float) -> tuple[int, int, int, float]:
        epoch, batch = divmod(i, batches_per_epoch)
        return i + 1, epoch + 1, batch + 1, float(loss)

    rows = (row(i, loss) for i, loss in enumerate(batch_losses))
    return write_csv_rows(chain([BATCH_COLUMNS], rows), path)


def _cell(value: object) -> object:
    """Events are a tuple of names: one cell, names separated by spaces; a
    score that is not defined (NaN) an empty cell."""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return " ".join(value) if isinstance(value, tuple) else value


def weight_arrays(theta: Array, layer_sizes: Sequence[int]) -> dict[str, Array]:
    """``{"W1": …, "b1": …, …}``, copies of each layer's parameters."""
    arrays: dict[str, Array] = {}
    for k, (W, b) in enumerate(layer_params(theta, tuple(layer_sizes)), start=1):
        arrays[f"W{k}"], arrays[f"b{k}"] = W.copy(), b.copy()
    return arrays


def write_weights_npz(
    theta: Array, layer_sizes: Sequence[int], path: str | Path
) -> Path:
    """``np.load(path)`` gives W1, b1, … and ``layer_sizes`` (no pickle needed)."""
    path = Path(path)
    arrays = weight_arrays(theta, layer_sizes)
    with path.open("wb") as handle:
        arrays["layer_sizes"] = np.array(layer_sizes, np.int64)
        np.savez(handle, **arrays)  # type: ignore[arg-type]  # numpy's stub
    return path


def write_weights_json(
    theta: Array,
    layer_sizes: Sequence[int],
    activation: str | Sequence[str],
    path: str | Path,
    feature_names: Sequence[str] = (),
    kind: str = "binary",
    target_scale: tuple[float, float] | None = None,
) -> Path:
    """The same weights as nested lists, with what is needed to use them.

    ``activation`` is one name for every hidden layer or one per hidden layer;
    each layer's record names its own. The last layer's activation follows
    ``kind``: sigmoid (yes/no), softmax
    (several classes) or linear (a number). A number's output is in standard
    deviations of the target: ``target_scale`` (mean, std) turns it back,
    ``y = output * std + mean``.
    """
    path = Path(path)
    hidden = per_layer(activation, len(layer_sizes) - 2)
    names = (*hidden, OUTPUT_ACTIVATIONS[kind])
    layers = [
        {
            "name": f"layer {k}",
            "inputs": int(W.shape[0]),
            "outputs": int(W.shape[1]),
            "activation": names[k - 1],
            "W": W.tolist(),
            "b": b.tolist(),
        }
        for k, (W, b) in enumerate(layer_params(theta, tuple(layer_sizes)), start=1)
    ]
    document = {
        "format": "layerlab-weights",
        "version": 1,
        "formula": "z = a_prev @ W + b; a = activation(z); the input is min-max "
        "normalized with the training rows' ranges",
        "layer_sizes": [int(n) for n in layer_sizes],
        "feature_names": list(feature_names),
        "layers": layers,
    }
    if target_scale is not None:
        mean, std = target_scale
        document["target_scale"] = {
            "mean": float(mean),
            "std": float(std),
            "formula": "y = output * std + mean",
        }
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path
