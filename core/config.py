"""The settings of one training run, checked at the edge.

Every problem is reported as a ``ConfigError`` that names the field and says
what would be accepted, so the window can show it beside the right control
and the command line can print it as one line.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.activations import HIDDEN_ACTIVATIONS
from core.datasets import DATASET_NAMES, MAX_ROWS, MIN_ROWS
from core.optim import OPTIMIZERS

MAX_UNITS = 4096
MAX_HIDDEN_LAYERS = 8
MAX_EPOCHS = 10_000


class ConfigError(ValueError):
    """A setting that cannot be used; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TrainingConfig:
    """The seed lesson's setup by default: athletes, 64 then 32 ReLU units."""

    dataset: str = "athletes"
    n_rows: int | None = None
    hidden_layers: tuple[int, ...] = (64, 32)
    activation: str = "relu"
    optimizer: str = "adam"
    learning_rate: float = 0.003
    batch_size: int = 32
    epochs: int = 20
    l2: float = 0.0
    momentum: float = 0.9
    seed: int = 0
    val_fraction: float = 0.2
    dtype: str = "float64"

    def validate(self) -> TrainingConfig:
        """Raise ``ConfigError`` for the first unusable setting; return self if fine."""
        _check_choice("dataset", self.dataset, DATASET_NAMES, allow_custom=True)
        if self.n_rows is not None:
            _check_int("n_rows", self.n_rows, MIN_ROWS, MAX_ROWS)
        _check_layers(self.hidden_layers)
        _check_choice("activation", self.activation, HIDDEN_ACTIVATIONS)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        check_learning_rate(self.learning_rate)
        _check_int("batch_size", self.batch_size, 1, 1_000_000)
        _check_int("epochs", self.epochs, 1, MAX_EPOCHS)
        _check_float("l2", self.l2, 0.0, 10.0)
        _check_float("momentum", self.momentum, 0.0, 0.999)
        _check_int("seed", self.seed, 0, 2**32 - 1)
        _check_float("val_fraction", self.val_fraction, 0.05, 0.5)
        _check_choice("dtype", self.dtype, ("float32", "float64"))
        return self

    def with_changes(self, **changes: Any) -> TrainingConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["hidden_layers"] = list(self.hidden_layers)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(unknown[0], f"Unknown setting {unknown[0]!r}.")
        values = dict(data)
        if "hidden_layers" in values:
            values["hidden_layers"] = tuple(values["hidden_layers"])
        return cls(**values).validate()


def parse_layers(text: str) -> tuple[int, ...]:
    """Read "64, 32" as (64, 32); an empty text means no hidden layer."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    if parts == [""]:
        return ()
    sizes = []
    for part in parts:
        if not part.isdigit():
            raise ConfigError(
                "hidden_layers",
                f"'{part}' is not a whole number; write the layer sizes like 64, 32.",
            )
        sizes.append(int(part))
    _check_layers(tuple(sizes))
    return tuple(sizes)


def check_learning_rate(value: float) -> float:
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigError(
            "learning_rate", "The learning rate must be a number above 0."
        )
    if value > 100:
        raise ConfigError("learning_rate", "The learning rate must be at most 100.")
    return float(value)


def _check_layers(sizes: tuple[int, ...]) -> None:
    if len(sizes) > MAX_HIDDEN_LAYERS:
        raise ConfigError(
            "hidden_layers",
            f"At most {MAX_HIDDEN_LAYERS} hidden layers, got {len(sizes)}.",
        )
    for size in sizes:
        if not isinstance(size, int) or not 1 <= size <= MAX_UNITS:
            raise ConfigError(
                "hidden_layers", f"Each layer needs 1 to {MAX_UNITS} units, got {size}."
            )


def _check_choice(
    name: str, value: str, choices: tuple[str, ...], allow_custom: bool = False
) -> None:
    if value in choices or (allow_custom and value.startswith("file:")):
        return
    raise ConfigError(
        name, f"{name} must be one of {', '.join(choices)}; got {value!r}."
    )


def _check_int(name: str, value: int, low: int, high: int) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not low <= value <= high
    ):
        raise ConfigError(
            name, f"{name} must be a whole number from {low} to {high:,}."
        )


def _check_float(name: str, value: float, low: float, high: float) -> None:
    ok = (
        isinstance(value, int | float) and math.isfinite(value) and low <= value <= high
    )
    if not ok:
        raise ConfigError(name, f"{name} must be a number from {low:g} to {high:g}.")
