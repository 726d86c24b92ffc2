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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from core.data.phrasing import phrased
from core.data.wording import say
from core.engine.config import MAX_SEED, ConfigError, TrainingConfig
from core.engine.observations import EVENTS, PHASES
from core.engine.training import EpochRecord
from core.quiz.sitting import Result
from core.validation import ValidationError, at, number_in, one_of, require

Array = np.ndarray
RECORD_KEYS = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy")
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
    class_names: tuple[str, str] = ("0", "1")
    description: str = ""
    X: Array | None = None
    y: Array | None = None


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


def record(i: int, raw: Any) -> EpochRecord:
    """One row of the trace, ``history[i]``."""
    where = at("history", i)
    _checked(require, {where: raw}, where, dict)
    epoch = number(raw, "epoch", int, where)  # RECORD_KEYS[0]: checked first
    metrics = {k: number(raw, k, float, where) for k in RECORD_KEYS[1:]}
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


def source(raw: dict[str, Any], arrays: dict[str, Array]) -> DataSource:
    """The ``data`` block; a CSV's rows come from ``data_X`` and ``data_y``."""
    kind = raw.get("kind")
    common = {
        "name": get(raw, "name", str, "data"),
        "n_rows": number(raw, "n_rows", int, "data"),
        "n_features": number(raw, "n_features", int, "data"),
    }
    if kind == "builtin":
        seed = _checked(number_in, raw.get("seed"), "data.seed", 0, MAX_SEED, True)
        return DataSource("builtin", seed=seed, **common)
    _checked(one_of, kind, ("builtin", "csv"), "data.kind")
    shape = (common["n_rows"], common["n_features"])
    y = array(arrays, "data_y", shape[:1], np.int64)
    if not np.isin(y, (0, 1)).all():
        raise SessionError(say("The array 'data_y' should hold only 0 and 1."))
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
    if len(lists["class_names"]) != 2:
        raise SessionError(say("'data.class_names' should hold two names."))
    first, second = lists["class_names"]  # exactly two: checked just above
    X = array(arrays, "data_X", shape, np.float64)
    return DataSource(
        "csv",
        **common,
        **texts,
        fixes=lists["fixes"],
        feature_names=lists["feature_names"],
        feature_units=lists["feature_units"],
        class_names=(first, second),
        X=X,
        y=y,
    )


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
