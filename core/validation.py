"""Checking values read from outside: settings, session files, quiz banks, profiles.

Four readers check what a person (or a damaged file) handed them, and each
names the field and says what would be accepted. They share these checks so
a rule is written once and every message reads the same way:

    require(mapping, key, kind)   the key is there and holds a ``kind``
    number_in(value, path, ...)   a finite number (or a whole one) in a range
    one_of(value, choices, path)  one of a few names, with "did you mean"
    no_unknown_keys(mapping, ...) no typo among the keys, with "did you mean"

Each raises ``ValidationError``: ``path`` names the field ("config.seed",
"history[3].loss", "options → B → correct") and ``message`` says what is
wrong without the path ("must be a whole number from 0 to 10, not 11."), so
each reader can put the path where its own format shows it and raise its own
error type (``ConfigError``, ``SessionError``, ``QuizBankError``,
``ProfileError``).
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

KIND_WORDS: dict[type, str] = {
    str: "text in quotes",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list [...]",
    dict: "an object {...}",
}


class ValidationError(ValueError):
    """A value that cannot be used: ``path`` names the field, ``message`` the rule."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


def at(where: str, key: str | int) -> str:
    """The path of ``key`` inside ``where``: "config.seed", "history[3]"."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def describe(value: Any) -> str:
    """What a value is, for "not ..." in a message: 'text ("yes")', 'a number (3)'."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    names = {str: "text", int: "a number", float: "a number", list: "a list"}
    name = names.get(type(value), "an object")
    if isinstance(value, str | int | float):
        return f"{name} ({json.dumps(value, ensure_ascii=False)})"
    return name


def shown(value: Any) -> str:
    """A value as a message quotes it: "relu", 0, 2.5; anything else described."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return json.dumps(value, ensure_ascii=False)
    return describe(value)


def is_a(value: Any, kind: type) -> bool:
    """``isinstance``, except that true and false are not numbers."""
    if kind in (int, float) and isinstance(value, bool):
        return False
    if kind is float:
        return isinstance(value, int | float)
    return isinstance(value, kind)


def require(mapping: Mapping[str, Any], key: str, kind: type, where: str = "") -> Any:
    """``mapping[key]``, which must be there and hold a ``kind``."""
    path = at(where, key)
    if key not in mapping:
        raise ValidationError(path, "is missing.")
    value = mapping[key]
    if not is_a(value, kind):
        wanted = KIND_WORDS.get(kind, kind.__name__)
        raise ValidationError(path, f"must be {wanted}, not {describe(value)}.")
    return value


def number_in(
    value: Any,
    path: str,
    low: float | None = None,
    high: float | None = None,
    whole: bool = False,
) -> Any:
    """A finite number (an ``int`` if ``whole``) from ``low`` to ``high``."""
    ok = is_a(value, int if whole else float) and math.isfinite(value)
    ok = ok and (low is None or value >= low) and (high is None or value <= high)
    if not ok:
        what = "a whole number" if whole else "a number"
        bounds = _bounds(low, high)
        raise ValidationError(path, f"must be {what}{bounds}, not {shown(value)}.")
    return value


def one_of(value: Any, choices: Iterable[str], path: str) -> str:
    """``value`` if it is one of ``choices``; otherwise say which, and the closest."""
    names = tuple(choices)
    if isinstance(value, str) and value in names:
        return value
    hint = did_you_mean(value, names) if isinstance(value, str) else ""
    raise ValidationError(
        path, f"must be one of {', '.join(names)}, not {shown(value)}{hint}."
    )


def no_unknown_keys(
    mapping: Mapping[str, Any],
    known: Iterable[str],
    where: str = "",
    noun: str = "key",
    ignore: Callable[[str], bool] = lambda key: False,
) -> None:
    """Every key of ``mapping`` is ``known`` (or ``ignore``d, e.g. comments)."""
    names = tuple(known)
    for key in mapping:
        if key not in names and not ignore(key):
            hint = did_you_mean(key, names)
            raise ValidationError(
                at(where, key),
                f"is not a known {noun}{hint}. Use one of: {quoted(names)}.",
            )


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean "x"?)' for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _bounds(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    if high is None:
        return f" from {_number(low)}"
    if low is None:
        return f" up to {_number(high)}"
    return f" from {_number(low)} to {_number(high)}"


def _number(x: float | None) -> str:
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"
