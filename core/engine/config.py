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

from core.data.datasets import ALL_DATASET_NAMES, MAX_ROWS, MIN_ROWS
from core.data.knobs import FEATURES, MAX_NOISE, planar_names, val_fraction_range
from core.data.phrasing import phrased
from core.data.wording import say
from core.engine.activations import ACTIVATIONS
from core.engine.optim import OPTIMIZERS
from core.engine.output_kinds import TARGET_KINDS
from core.validation import (
    ValidationError,
    no_unknown_keys,
    number_in,
    one_of,
    suggestion,
)

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
    # Stopping rules (core.engine.stopping) and the 2-D playground's knobs
    # (core.data.knobs); their defaults leave the lesson's run as it was.
    early_stopping_patience: int | None = None  # None: no early stopping
    restore_best: bool = False  # put the best validation epoch's weights back
    l1: float = 0.0  # l1 * sum |W| over the weights (not the biases)
    noise: float = 0.0  # 2-D data: Gaussian jitter, a share of the data's spread
    data_seed: int | None = None  # None: the data are made from ``seed``
    features: tuple[str, ...] = ()  # 2-D data: extra inputs, codes of FEATURES
    # What the network predicts (core.engine.output_kinds): "binary" (yes/no),
    # "classes" (one of several) or "number"; it must suit the data.
    target_kind: str = "binary"
    # One activation per hidden layer (the playground's "activation per layer"):
    # None means every hidden layer uses ``activation``. Read it through
    # ``hidden_activations()``. A list naming one activation for every layer is
    # stored as that ``activation`` and None (see ``__post_init__``).
    layer_activations: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        """Keep one form for one network: a per-layer list that names the same
        activation for every hidden layer becomes that ``activation``.

        Then ``layer_activations is None`` exactly when every hidden layer
        shares ``activation``, so code that reads ``activation`` alone (a view
        rebuilding the model, Compare depths) is right for every uniform
        network. A list that does not fit is left as it is for ``validate``.
        """
        names = self.layer_activations
        if isinstance(names, list):
            object.__setattr__(self, "layer_activations", names := tuple(names))
        if (
            isinstance(names, tuple)
            and isinstance(self.hidden_layers, tuple)
            and len(names) == len(self.hidden_layers)
            and len(set(names)) <= 1
            and all(isinstance(n, str) and n in ACTIVATIONS for n in names)
        ):
            if names:
                object.__setattr__(self, "activation", names[0])
            object.__setattr__(self, "layer_activations", None)

    def hidden_activations(self) -> tuple[str, ...]:
        """The activation of each hidden layer, first to last: the one fact
        the model, the pipeline, the views and the files read."""
        if self.layer_activations is None:
            return (self.activation,) * len(self.hidden_layers)
        return self.layer_activations

    def activation_spec(self) -> str | tuple[str, ...]:
        """``hidden_activations()`` as ``MLP`` and ``model_from_theta`` take it:
        the one name when every hidden layer shares it (so a uniform run's
        views and files read as before), else the per-layer tuple."""
        names = self.hidden_activations()
        return self.activation if len(set(names)) <= 1 else names

    def activation_words(self) -> str:
        """The activation as a reader is told it: "relu", or "relu, tanh"."""
        spec = self.activation_spec()
        return spec if isinstance(spec, str) else ", ".join(spec)

    def activation_for_every_depth(self) -> str:
        """The one activation of every hidden layer, for work that builds
        networks of other depths (Compare depths); ``ConfigError`` if the
        layers have activations of their own, which no other depth fits."""
        if self.layer_activations is not None:
            raise ConfigError(
                "layer_activations",
                say(
                    "Compare depths trains networks with other numbers of layers, "
                    "so it needs one activation for every layer; this network has "
                    "one per layer ({names}). Choose a single activation to "
                    "compare depths.",
                    names=", ".join(self.layer_activations),
                ),
            )
        return self.activation

    def validate(self) -> TrainingConfig:
        """Raise ``ConfigError`` for the first unusable setting; return self if fine."""
        _check_choice("dataset", self.dataset, ALL_DATASET_NAMES, allow_custom=True)
        if self.n_rows is not None:
            _check_int("n_rows", self.n_rows, MIN_ROWS, MAX_ROWS)
        _check_layers(self.hidden_layers)
        _check_choice("activation", self.activation, tuple(ACTIVATIONS))
        _check_layer_activations(self.layer_activations, self.hidden_layers)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        check_learning_rate(self.learning_rate)
        _check_int("batch_size", self.batch_size, 1, 1_000_000)
        _check_int("epochs", self.epochs, 1, MAX_EPOCHS)
        _check_float("l2", self.l2, 0.0, 10.0)
        _check_float("momentum", self.momentum, 0.0, 0.999)
        _check_int("seed", self.seed, 0, MAX_SEED)
        _check_float(
            "val_fraction", self.val_fraction, *val_fraction_range(self.dataset)
        )
        _check_choice("dtype", self.dtype, ("float32", "float64"))
        _check_stopping(self)
        _check_knobs(self)
        _check_choice("target_kind", self.target_kind, TARGET_KINDS)
        return self

    def with_changes(self, **changes: Any) -> TrainingConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["hidden_layers"] = list(self.hidden_layers)
        data["features"] = list(self.features)
        if self.layer_activations is None:
            del data["layer_activations"]  # a uniform network's files stay as before
        else:
            data["layer_activations"] = list(self.layer_activations)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = [f.name for f in fields(cls)]
        try:
            no_unknown_keys(dict(sorted(data.items())), known, noun="setting")
        except ValidationError as problem:
            raise ConfigError(
                problem.path, f'"{problem.path}" {phrased(problem.phrase)}'
            ) from None
        values = dict(data)
        if "hidden_layers" in values:
            values["hidden_layers"] = tuple(values["hidden_layers"])
        for key in ("features", "layer_activations"):
            if isinstance(values.get(key), list):
                values[key] = tuple(values[key])
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


def parse_activations(text: str, n_layers: int) -> tuple[str, ...]:
    """Read "relu, tanh" as ("relu", "tanh"): one activation per hidden layer.

    Names are separated by commas (or semicolons) and are not case-sensitive;
    there must be one for each of the ``n_layers`` hidden layers.
    """
    parts = [p.strip(" \t").lower() for p in text.replace(";", ",").split(",")]
    names = () if parts == [""] else tuple(parts)
    if "" in names:
        raise ConfigError(
            "layer_activations",
            say(
                "There is an empty name between two commas; write one activation "
                "per hidden layer, like relu, tanh."
            ),
        )
    _check_layer_activations(names, (1,) * n_layers)
    return names


def _check_layer_activations(
    names: tuple[str, ...] | None, hidden_layers: tuple[int, ...]
) -> None:
    """None, or one known hidden activation per hidden layer."""
    if names is None:
        return
    if not isinstance(names, tuple) or not all(isinstance(n, str) for n in names):
        raise ConfigError(
            "layer_activations",
            say("layer_activations must be a list of activation names."),
        )
    for name in names:
        if name not in ACTIVATIONS:
            raise ConfigError(
                "layer_activations",
                say(
                    "'{name}' is not an activation{hint}; choose from {names}.",
                    name=name,
                    hint=phrased(suggestion(name, tuple(ACTIVATIONS))),
                    names=", ".join(ACTIVATIONS),
                ),
            )
    if len(names) != len(hidden_layers):
        raise ConfigError(
            "layer_activations",
            _count_sentence(len(names), len(hidden_layers)),
        )


def _count_sentence(got: int, layers: int) -> str:
    """How many activations were given against how many hidden layers there are."""
    if layers == 0:
        return say(
            "There is no hidden layer, so there is no activation to give per "
            "layer (got {got}).",
            got=got,
        )
    if layers == 1:
        return say(
            "There is 1 hidden layer, so write 1 activation, not {got}.", got=got
        )
    return say(
        "There are {layers} hidden layers, so write {layers} activations, one per "
        "layer (like relu, tanh), not {got}.",
        layers=layers,
        got=got,
    )


def _layer_size(part: str) -> int:
    if part == "":
        raise ConfigError(
            "hidden_layers",
            say(
                "There is an empty size between two commas; write the layer sizes "
                "like 64, 32."
            ),
        )
    odd = next((c for c in part if not c.isascii() or not c.isprintable()), None)
    if odd is not None:
        raise ConfigError(
            "hidden_layers",
            say(
                "{part} contains the character {odd} (U+{code}); write each layer "
                "size with the digits 0-9, like 64, 32.",
                part=repr(part),
                odd=repr(odd),
                code=f"{ord(odd):04X}",
            ),
        )
    if not part.isdigit():
        raise ConfigError(
            "hidden_layers",
            say(
                "'{part}' is not a whole number; write the layer sizes like 64, 32.",
                part=part,
            ),
        )
    digits = len(part.lstrip("0"))
    if digits > len(str(MAX_UNITS)):
        got = part if len(part) <= 12 else say("a number with {n} digits", n=digits)
        raise ConfigError("hidden_layers", _too_many_units(got))
    return int(part)


def check_learning_rate(value: float) -> float:
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigError(
            "learning_rate", say("The learning rate must be a number above 0.")
        )
    if value > 100:
        raise ConfigError(
            "learning_rate", say("The learning rate must be at most 100.")
        )
    return float(value)


def _check_layers(sizes: tuple[int, ...]) -> None:
    if len(sizes) > MAX_HIDDEN_LAYERS:
        raise ConfigError(
            "hidden_layers",
            say(
                "At most {most} hidden layers, got {n}.",
                most=MAX_HIDDEN_LAYERS,
                n=len(sizes),
            ),
        )
    for size in sizes:
        if not isinstance(size, int) or not 1 <= size <= MAX_UNITS:
            raise ConfigError("hidden_layers", _too_many_units(size))


def _too_many_units(got: object) -> str:
    return say(
        "Each layer needs 1 to {most} units, got {got}.", most=MAX_UNITS, got=got
    )


def _check_choice(
    name: str, value: str, choices: tuple[str, ...], allow_custom: bool = False
) -> None:
    custom = allow_custom and isinstance(value, str) and value.startswith("file:")
    if not custom:
        _checked(name, one_of, value, choices, name)


def _check_stopping(config: TrainingConfig) -> None:
    """The early-stopping patience (None or 1 to ``MAX_EPOCHS``) and restore_best."""
    if config.early_stopping_patience is not None:
        _check_int(
            "early_stopping_patience", config.early_stopping_patience, 1, MAX_EPOCHS
        )
    if not isinstance(config.restore_best, bool):
        raise ConfigError("restore_best", say("restore_best must be true or false."))
    _check_float("l1", config.l1, 0.0, 10.0)


def _check_knobs(config: TrainingConfig) -> None:
    """Noise and extra features only on the 2-D datasets; a data seed anywhere."""
    if config.data_seed is not None:
        _check_int("data_seed", config.data_seed, 0, MAX_SEED)
    _check_float("noise", config.noise, 0.0, MAX_NOISE)
    features = config.features
    if not isinstance(features, tuple) or not all(isinstance(f, str) for f in features):
        raise ConfigError("features", say("features must be a list of feature codes."))
    for code in features:
        _check_choice("features", code, tuple(FEATURES))
    if len(set(features)) != len(features):
        raise ConfigError("features", say("Each extra feature can be chosen once."))
    if (config.noise or features) and config.dataset not in planar_names():
        which = "noise" if config.noise else "features"
        raise ConfigError(
            which,
            say(
                "Noise and extra input features apply to the 2-D datasets "
                "({names}), not to {dataset}.",
                names=", ".join(planar_names()),
                dataset=config.dataset,
            ),
        )


def _check_int(name: str, value: int, low: int, high: int) -> None:
    _checked(name, number_in, value, name, low, high, whole=True)


def _check_float(name: str, value: float, low: float, high: float) -> None:
    _checked(name, number_in, value, name, float(low), float(high))


def _checked(name: str, check: Callable[..., Any], *args: Any, **kw: Any) -> None:
    """Run a ``core.validation`` check; its problem becomes a ``ConfigError``."""
    try:
        check(*args, **kw)
    except ValidationError as problem:
        raise ConfigError(name, f"{name} {phrased(problem.phrase)}") from None
