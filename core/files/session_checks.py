"""Checks for each part of a session file, each naming the key that is wrong.

Kept apart from ``core.files.session_file`` so the format's reading and writing
fit on a page, and so every check a damaged file can fail is listed here.
A message says what the key should hold ("'history[3].loss' must be a
number, not ..."), which is what a teacher needs to tell a damaged file from a
newer one.

The names the checks test against live here too: ``SessionError``, the
``DataSource`` record that ``source`` builds, the keys of a history row and
the arrays each optimizer keeps. ``core.files.session_file`` imports them from
here (and so still offers them), so the two modules import in one direction.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from core.data.phrasing import phrased
from core.data.wording import say
from core.engine.config import MAX_SEED, ConfigError, TrainingConfig
from core.engine.observations import EVENTS, PHASES
from core.engine.output_kinds import MAX_CLASSES, MIN_CLASSES, TARGET_KINDS
from core.engine.training import EpochRecord
from core.quiz.sitting import Result
from core.validation import ValidationError, at, number_in, one_of, require

Array = np.ndarray
RECORD_KEYS = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy")
# The scores a row must carry, by the run's target kind; every other score is
# optional (a score that is not defined, NaN, is left out when written and
# read back as NaN).
REQUIRED_SCORES = {
    "binary": ("loss", "accuracy", "val_loss", "val_accuracy"),
    "classes": ("loss", "accuracy", "val_loss", "val_accuracy"),
    "number": ("loss", "val_loss", "mae", "val_mae"),
}
SCORE_KEYS = ("loss", "accuracy", "val_loss", "val_accuracy", "r2", "val_r2", "mae",
              "val_mae")  # fmt: skip
OPTIMIZER_ARRAYS = {"adam": ("m", "v"), "sgd": ("velocity",)}
Number = TypeVar("Number", int, float)
Checked = TypeVar("Checked")


class SessionError(ValueError):
    """A session file that cannot be used, with the reason in words."""


@dataclass(frozen=True)
class DataSource:
    """Where the data came from; a CSV's rows travel inside the session."""

    kind: str  # "builtin" or "csv"
    name: str  # the dataset name: "athletes" or "file:<stem>"
    n_rows: int
    n_features: int
    seed: int = 0  # builtin: the generator's seed
    path: str = ""  # csv: the file it was read from (for the record only)
    target: str = ""  # csv: the target column
    fixes: tuple[str, ...] = ()  # csv: the load_csv flags that were used
    # csv: the Dataset's texts, so it is rebuilt exactly as it was loaded
    feature_names: tuple[str, ...] = ()
    feature_units: tuple[str, ...] = ()
    target_name: str = ""
    class_names: tuple[str, ...] = ("0", "1")  # csv: one per class; () a number
    description: str = ""
    X: Array | None = None
    y: Array | None = None
    # the network's output units: 1 (yes/no, a number) or k (k classes)
    output_units: int = 1
    target_kind: str = "binary"  # csv: the data's target kind


def config(document: dict[str, Any]) -> TrainingConfig:
    """The ``config`` block, checked as the window checks its fields."""
    raw = get(document, "config", dict)
    layers = raw.get("hidden_layers", [])
    if not isinstance(layers, list) or not all(type(n) is int for n in layers):
        raise SessionError(
            say(
                "config.hidden_layers should be a list of whole numbers like "
                "[64, 32], not {value}.",
                value=repr(layers),
            )
        )
    try:
        return TrainingConfig.from_dict(raw)
    except ConfigError as problem:
        raise SessionError(f"config.{problem.field}: {problem}") from None
    except TypeError as problem:
        raise SessionError(
            say("'config' cannot be read: {problem}", problem=problem)
        ) from None


def get(parent: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    """``parent[key]``, which must exist and be of ``kind``."""
    return _checked(require, parent, key, kind, where)


def number(
    parent: dict[str, Any], key: str, kind: type[Number], where: str = "training"
) -> Number:
    """A finite number; ``int`` ones must be whole and not negative."""
    whole = kind is int
    low = 0 if whole else None
    value = _checked(number_in, parent.get(key), at(where, key), low, None, whole)
    return kind(value)


def choice(parent: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    return _checked(one_of, parent.get(key), allowed, at("training", key))


def _checked(check: Callable[..., Checked], *args: Any) -> Checked:
    """Run a ``core.validation`` check; its problem becomes a ``SessionError``."""
    try:
        return check(*args)
    except ValidationError as problem:
        raise SessionError(f"'{problem.path}' {phrased(problem.phrase)}") from None


def array(
    arrays: dict[str, Array], key: str, shape: tuple[int, ...], dtype: npt.DTypeLike
) -> Array:
    """The array ``key`` of ``arrays.npz``, with the shape the session implies."""
    if key not in arrays:
        raise SessionError(
            say("The array '{key}' is missing from arrays.npz.", key=key)
        )
    value = arrays[key]
    if value.shape != shape:
        raise SessionError(
            say(
                "The array '{key}' has shape {shape}; the session's settings "
                "need {need}.",
                key=key,
                shape=value.shape,
                need=shape,
            )
        )
    if value.dtype.kind not in "fiub":
        raise SessionError(
            say(
                "The array '{key}' should hold numbers, not {dtype}.",
                key=key,
                dtype=value.dtype,
            )
        )
    if value.dtype.kind == "f" and not np.all(np.isfinite(value)):
        raise SessionError(
            say("The array '{key}' holds NaN or infinite values.", key=key)
        )
    return value.astype(dtype, copy=False)


def record(i: int, raw: Any, kind: str = "binary") -> EpochRecord:
    """One row of the trace, ``history[i]``, of a run predicting ``kind``."""
    where = at("history", i)
    _checked(require, {where: raw}, where, dict)
    epoch = number(raw, "epoch", int, where)  # RECORD_KEYS[0]: checked first
    needed = REQUIRED_SCORES[kind]
    metrics = {
        k: number(raw, k, float, where) if k in needed or k in raw else math.nan
        for k in SCORE_KEYS
    }
    learning_rate = number(raw, "learning_rate", float, where)
    observation: str = get(raw, "observation", str, where)
    phase, events = raw.get("phase", PHASES[0]), raw.get("events", [])  # old files
    _checked(one_of, phase, PHASES, at(where, "phase"))
    if not isinstance(events, list) or not all(e in EVENTS for e in events):
        raise SessionError(
            say(
                "'{where}.events' should list some of {names}.",
                where=where,
                names=", ".join(EVENTS),
            )
        )
    return EpochRecord(
        **metrics,
        epoch=epoch,
        learning_rate=learning_rate,
        observation=observation,
        phase=phase,
        events=tuple(events),
    )


def quiz_result(i: int, raw: Any) -> Result:
    where = at("quiz", i)
    _checked(require, {where: raw}, where, dict)
    texts = ("question_id", "stage", "question", "answer", "right_answer")
    values: dict[str, Any] = {k: get(raw, k, str, where) for k in texts}
    values.update({k: get(raw, k, bool, where) for k in ("correct", "from_run")})
    return Result(**values)


def output_units(data: dict[str, Any], config: TrainingConfig) -> int:
    """``data.output_units`` (format 2; 1 before), checked against the settings.

    A classes run has one output unit per class (2 to ``MAX_CLASSES``); a
    yes/no or number run has one.
    """
    units = 1 if "output_units" not in data else number(data, "output_units", int)
    classes = config.target_kind == "classes"
    if classes and not MIN_CLASSES <= units <= MAX_CLASSES:
        raise SessionError(
            say(
                "'data.output_units' should be {low} to {high} (one per class), "
                "not {units}.",
                low=MIN_CLASSES,
                high=MAX_CLASSES,
                units=units,
            )
        )
    if not classes and units != 1:
        raise SessionError(
            say(
                "'data.output_units' should be 1 for target kind {kind}, not {units}.",
                kind=config.target_kind,
                units=units,
            )
        )
    return units


def source(raw: dict[str, Any], arrays: dict[str, Array], units: int = 1) -> DataSource:
    """The ``data`` block; a CSV's rows come from ``data_X`` and ``data_y``."""
    kind = raw.get("kind")
    common = {
        "name": get(raw, "name", str, "data"),
        "n_rows": number(raw, "n_rows", int, "data"),
        "n_features": number(raw, "n_features", int, "data"),
        "output_units": units,
    }
    if kind == "builtin":
        seed = _checked(number_in, raw.get("seed"), "data.seed", 0, MAX_SEED, True)
        return DataSource("builtin", seed=seed, **common)
    _checked(one_of, kind, ("builtin", "csv"), "data.kind")
    shape = (common["n_rows"], common["n_features"])
    target_kind = raw.get("target_kind", "binary")  # format 1: yes/no only
    _checked(one_of, target_kind, TARGET_KINDS, "data.target_kind")
    texts = {
        k: get(raw, k, str, "data")
        for k in ("path", "target", "target_name", "description")
    }
    lists = {
        k: tuple(str(v) for v in get(raw, k, list, "data"))
        for k in ("fixes", "feature_names", "feature_units", "class_names")
    }
    for key in ("feature_names", "feature_units"):
        if len(lists[key]) != shape[1]:
            raise SessionError(
                say("'data.{key}' should name {n} columns.", key=key, n=shape[1])
            )
    names = lists["class_names"]
    y = _csv_targets(arrays, shape[0], target_kind, len(names))
    X = array(arrays, "data_X", shape, np.float64)
    return DataSource(
        "csv",
        **common,
        **texts,
        fixes=lists["fixes"],
        feature_names=lists["feature_names"],
        feature_units=lists["feature_units"],
        class_names=names,
        X=X,
        y=y,
        target_kind=target_kind,
    )


def _csv_targets(arrays: dict[str, Array], rows: int, kind: str, k: int) -> Array:
    """``data_y`` for the data's kind, with ``k`` class names given.

    yes/no: 0 and 1 with two names; several classes: 0 to k-1 with 2 to
    ``MAX_CLASSES`` names; a number: any finite numbers, no class names.
    """
    if kind == "number":
        if k:
            raise SessionError(say("'data.class_names' should be empty for a number."))
        return array(arrays, "data_y", (rows,), np.float64)
    if kind == "binary" and k != 2:
        raise SessionError(say("'data.class_names' should hold two names."))
    if kind == "classes" and not MIN_CLASSES <= k <= MAX_CLASSES:
        raise SessionError(
            say(
                "'data.class_names' should hold {low} to {high} names.",
                low=MIN_CLASSES,
                high=MAX_CLASSES,
            )
        )
    y = array(arrays, "data_y", (rows,), np.int64)
    if not np.isin(y, np.arange(k)).all():
        if k == 2:
            raise SessionError(say("The array 'data_y' should hold only 0 and 1."))
        raise SessionError(
            say("The array 'data_y' should hold only 0 to {last}.", last=k - 1)
        )
    return y


def optimizer(
    config: TrainingConfig, training: dict[str, Any], arrays: dict[str, Array]
) -> dict[str, Array] | None:
    """The optimizer's arrays, if the session kept them (see the format notes)."""
    if not get(training, "has_optimizer_state", bool, "training"):
        return None
    size = arrays["theta"].shape if "theta" in arrays else (0,)
    state = {
        key: array(arrays, f"optimizer_{key}", size, config.dtype)
        for key in OPTIMIZER_ARRAYS[config.optimizer]
    }
    state["t"] = array(arrays, "optimizer_t", (), np.int64)
    return state
