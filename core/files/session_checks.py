"""Checks for each part of a session file, each naming the key that is wrong.

Kept apart from ``core.files.session_file`` so the format's reading and writing
fit on a page, and so every check a damaged file can fail is listed here.
A message says what the key should hold ("history[3].loss should be a
number"), which is what a teacher needs to tell a damaged file from a
newer one.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from core.engine.config import MAX_SEED, ConfigError, TrainingConfig
from core.engine.training import EpochRecord
from core.files.session_file import (
    OPTIMIZER_ARRAYS,
    RECORD_KEYS,
    DataSource,
    SessionError,
)
from core.lesson.observations import EVENTS, PHASES
from core.quiz.sitting import Result

Array = np.ndarray
_TYPE_WORDS = {dict: "an object", list: "a list", str: "a text"}


def config(document: dict[str, Any]) -> TrainingConfig:
    """The ``config`` block, checked as the window checks its fields."""
    raw = get(document, "config", dict)
    layers = raw.get("hidden_layers", [])
    if not isinstance(layers, list) or not all(type(n) is int for n in layers):
        raise SessionError(
            "config.hidden_layers should be a list of whole numbers like [64, 32], "
            f"not {layers!r}."
        )
    try:
        return TrainingConfig.from_dict(raw)
    except ConfigError as problem:
        raise SessionError(f"config.{problem.field}: {problem}") from None
    except TypeError as problem:
        raise SessionError(f"'config' cannot be read: {problem}") from None


def get(parent: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    """``parent[key]``, which must exist and be of ``kind``."""
    name = f"{where}.{key}" if where else key
    if key not in parent:
        raise SessionError(f"'{name}' is missing.")
    value = parent[key]
    if not isinstance(value, kind):
        raise SessionError(f"'{name}' should be {_TYPE_WORDS.get(kind, kind)}.")
    return value


def number(parent: dict[str, Any], key: str, kind: type, where: str = "training"):
    """A finite number; ``int`` ones must be whole and not negative."""
    value = parent.get(key)
    ok = not isinstance(value, bool) and isinstance(value, int | float)
    if kind is int:
        ok = ok and isinstance(value, int) and value >= 0
    ok = ok and math.isfinite(value)
    if not ok:
        wanted = "a whole number from 0" if kind is int else "a finite number"
        raise SessionError(f"'{where}.{key}' should be {wanted}, not {value!r}.")
    return kind(value)


def choice(parent: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = parent.get(key)
    if value not in allowed:
        raise SessionError(
            f"'training.{key}' should be one of {', '.join(allowed)}, not {value!r}."
        )
    return value


def array(arrays: dict[str, Array], key: str, shape: tuple[int, ...], dtype) -> Array:
    """The array ``key`` of ``arrays.npz``, with the shape the session implies."""
    if key not in arrays:
        raise SessionError(f"The array '{key}' is missing from arrays.npz.")
    value = arrays[key]
    if value.shape != shape:
        raise SessionError(
            f"The array '{key}' has shape {value.shape}; the session's settings "
            f"need {shape}."
        )
    if value.dtype.kind not in "fiub":
        raise SessionError(f"The array '{key}' should hold numbers, not {value.dtype}.")
    if value.dtype.kind == "f" and not np.all(np.isfinite(value)):
        raise SessionError(f"The array '{key}' holds NaN or infinite values.")
    return value.astype(dtype, copy=False)


def record(i: int, raw: Any) -> EpochRecord:
    """One row of the trace, ``history[i]``."""
    if not isinstance(raw, dict):
        raise SessionError(f"'history[{i}]' should be an object.")
    where = f"history[{i}]"
    values = {
        k: number(raw, k, int if k == "epoch" else float, where) for k in RECORD_KEYS
    }
    values["learning_rate"] = number(raw, "learning_rate", float, where)
    values["observation"] = get(raw, "observation", str, where)
    phase, events = raw.get("phase", PHASES[0]), raw.get("events", [])  # old files
    if phase not in PHASES:
        raise SessionError(f"'{where}.phase' should be one of {', '.join(PHASES)}.")
    if not isinstance(events, list) or not all(e in EVENTS for e in events):
        raise SessionError(f"'{where}.events' should list some of {', '.join(EVENTS)}.")
    return EpochRecord(**values, phase=phase, events=tuple(events))


def quiz_result(i: int, raw: Any) -> Result:
    if not isinstance(raw, dict):
        raise SessionError(f"'quiz[{i}]' should be an object.")
    where = f"quiz[{i}]"
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
        seed = number(raw, "seed", int, "data")
        if seed > MAX_SEED:
            raise SessionError(
                f"'data.seed' must be a whole number from 0 to {MAX_SEED:,}, "
                f"not {seed}."
            )
        return DataSource("builtin", seed=seed, **common)
    if kind != "csv":
        raise SessionError(f"'data.kind' should be 'builtin' or 'csv', not {kind!r}.")
    shape = (common["n_rows"], common["n_features"])
    y = array(arrays, "data_y", shape[:1], np.int64)
    if not np.isin(y, (0, 1)).all():
        raise SessionError("The array 'data_y' should hold only 0 and 1.")
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
            raise SessionError(f"'data.{key}' should name {shape[1]} columns.")
    if len(lists["class_names"]) != 2:
        raise SessionError("'data.class_names' should hold two names.")
    X = array(arrays, "data_X", shape, np.float64)
    return DataSource("csv", **common, **texts, **lists, X=X, y=y)


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
