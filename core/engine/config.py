"""The settings of one training run, checked at the edge.

Every problem is reported as a ``ConfigError`` that names the field and says
what would be accepted, so the window can show it beside the right control
and the command line can print it as one line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.data.datasets import DATASET_NAMES, MAX_ROWS, MIN_ROWS
from core.engine.activations import ACTIVATIONS
from core.engine.optim import OPTIMIZERS
from core.validation import ValidationError, no_unknown_keys, number_in, one_of

MAX_UNITS = 4096
MAX_HIDDEN_LAYERS = 8
MAX_EPOCHS = 10_000
# One range for seeds everywhere (config, profiles, sessions, the seed field):
# 2**31 - 1 is the largest whole number a Qt spin box (a C int) can hold.
MAX_SEED = 2**31 - 1


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
    learning_rate: float = 0.002
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
        _check_choice("activation", self.activation, tuple(ACTIVATIONS))
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        check_learning_rate(self.learning_rate)
        _check_int("batch_size", self.batch_size, 1, 1_000_000)
        _check_int("epochs", self.epochs, 1, MAX_EPOCHS)
        _check_float("l2", self.l2, 0.0, 10.0)
        _check_float("momentum", self.momentum, 0.0, 0.999)
        _check_int("seed", self.seed, 0, MAX_SEED)
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
        known = [f.name for f in fields(cls)]
        try:
            no_unknown_keys(dict(sorted(data.items())), known, noun="setting")
        except ValidationError as problem:
            raise ConfigError(
                problem.path, f'"{problem.path}" {problem.message}'
            ) from None
        values = dict(data)
        if "hidden_layers" in values:
            values["hidden_layers"] = tuple(values["hidden_layers"])
        return cls(**values).validate()


def parse_layers(text: str) -> tuple[int, ...]:
    """Read "64, 32" as (64, 32); an empty text means no hidden layer.

    The rules are ASCII and explicit, because ``str.isdigit`` and ``int``
    accept far more than a person means by a layer size ("²", "١٢", "1_0",
    "+5"): sizes are the digits 0-9 only, separated by commas (or
    semicolons), with spaces or tabs around them.
    """
    parts = [p.strip(" \t") for p in text.replace(";", ",").split(",")]
    if parts == [""]:
        return ()
    sizes = tuple(_layer_size(part) for part in parts)
    _check_layers(sizes)
    return sizes


def _layer_size(part: str) -> int:
    if part == "":
        raise ConfigError(
            "hidden_layers",
            "There is an empty size between two commas; write the layer sizes "
            "like 64, 32.",
        )
    odd = next((c for c in part if not c.isascii() or not c.isprintable()), None)
    if odd is not None:
        raise ConfigError(
            "hidden_layers",
            f"{part!r} contains the character {odd!r} (U+{ord(odd):04X}); write "
            "each layer size with the digits 0-9, like 64, 32.",
        )
    if not part.isdigit():
        raise ConfigError(
            "hidden_layers",
            f"'{part}' is not a whole number; write the layer sizes like 64, 32.",
        )
    digits = len(part.lstrip("0"))
    if digits > len(str(MAX_UNITS)):
        got = part if len(part) <= 12 else f"a number with {digits} digits"
        raise ConfigError(
            "hidden_layers", f"Each layer needs 1 to {MAX_UNITS} units, got {got}."
        )
    return int(part)


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
    custom = allow_custom and isinstance(value, str) and value.startswith("file:")
    if not custom:
        _checked(name, one_of, value, choices, name)


def _check_int(name: str, value: int, low: int, high: int) -> None:
    _checked(name, number_in, value, name, low, high, whole=True)


def _check_float(name: str, value: float, low: float, high: float) -> None:
    _checked(name, number_in, value, name, float(low), float(high))


def _checked(name: str, check: Callable[..., Any], *args: Any, **kw: Any) -> None:
    """Run a ``core.validation`` check; its problem becomes a ``ConfigError``."""
    try:
        check(*args, **kw)
    except ValidationError as problem:
        raise ConfigError(name, f"{name} {problem.message}") from None
