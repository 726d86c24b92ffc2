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

Every message is a ``Phrase``: an English template and its values. This
module sits below the layer that knows the reader's language
(``core.data.wording``), so it cannot translate; ``str(phrase)`` is the
English sentence, and a reader above hands ``error.phrase`` to
``core.data.phrasing.phrased`` to show it in the window's language.
``scripts/extract_messages.py`` collects every ``Phrase("...")`` template.
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Phrase:
    """An English template, its values, and text kept around it.

    A value may itself be a ``Phrase`` (a phrase inside a sentence). ``lead``
    and ``tail`` (a space, a quoted value) stay out of the template, so a
    translator sees only words. A literal brace is doubled: templates are
    filled with ``str.format``.
    """

    text: str
    values: Mapping[str, object] = field(default_factory=dict)
    lead: str = ""
    tail: str = ""

    def fill(self, **values: object) -> Phrase:
        """This template with ``values`` (for templates kept in a table)."""
        return replace(self, values=values)

    def __str__(self) -> str:
        """The English sentence."""
        filled = {key: str(value) for key, value in self.values.items()}
        return self.lead + self.text.format(**filled) + self.tail


KIND_WORDS: dict[type, Phrase] = {
    str: Phrase("text in quotes"),
    int: Phrase("a whole number"),
    float: Phrase("a number"),
    bool: Phrase("true or false"),
    list: Phrase("a list [...]"),
    dict: Phrase("an object {{...}}"),
}
VALUE_WORDS: dict[type, Phrase] = {
    str: Phrase("text"),
    int: Phrase("a number"),
    float: Phrase("a number"),
    list: Phrase("a list"),
}
OTHER_VALUE = Phrase("an object")
# One sentence per shape, so a translation can order and inflect it whole.
MUST_BE = {
    (False, False): Phrase("must be {what}, not {value}."),
    (True, True): Phrase("must be {what} from {low} to {high}, not {value}."),
    (True, False): Phrase("must be {what} from {low}, not {value}."),
    (False, True): Phrase("must be {what} up to {high}, not {value}."),
}
UNKNOWN_KEY = {
    "key": Phrase("is not a known key{hint}. Use one of: {names}."),
    "setting": Phrase("is not a known setting{hint}. Use one of: {names}."),
}


class ValidationError(ValueError):
    """A value that cannot be used: ``path`` names the field, ``message`` the rule.

    ``message`` is English; ``phrase`` is the same rule as a template, for a
    reader that shows it in another language.
    """

    def __init__(self, path: str, message: Phrase | str) -> None:
        self.phrase = message
        self.path = path
        self.message = str(message)
        super().__init__(f"{path}: {self.message}" if path else self.message)


def at(where: str, key: str | int) -> str:
    """The path of ``key`` inside ``where``: "config.seed", "history[3]"."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def describe(value: Any) -> str:
    """What a value is, for "not ..." in a message: 'text ("yes")', 'a number (3)'."""
    return str(described(value))


def described(value: Any) -> Phrase | str:
    """``describe`` as a phrase (JSON's own words, true and null, stay as they are)."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    name = VALUE_WORDS.get(type(value), OTHER_VALUE)
    if isinstance(value, str | int | float):
        return replace(name, tail=f" ({json.dumps(value, ensure_ascii=False)})")
    return name


def shown(value: Any) -> Phrase | str:
    """A value as a message quotes it: "relu", 0, 2.5; anything else described."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return json.dumps(value, ensure_ascii=False)
    return described(value)


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
        raise ValidationError(path, Phrase("is missing."))
    value = mapping[key]
    if not is_a(value, kind):
        wanted = KIND_WORDS.get(kind, kind.__name__)
        must = MUST_BE[False, False].fill(what=wanted, value=described(value))
        raise ValidationError(path, must)
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
        bounds = {"low": low, "high": high}
        shape = MUST_BE[low is not None, high is not None]
        must = shape.fill(
            what=KIND_WORDS[int if whole else float],
            value=shown(value),
            **{key: _number(x) for key, x in bounds.items() if x is not None},
        )
        raise ValidationError(path, must)
    return value


def one_of(value: Any, choices: Iterable[str], path: str) -> str:
    """``value`` if it is one of ``choices``; otherwise say which, and the closest."""
    names = tuple(choices)
    if isinstance(value, str) and value in names:
        return value
    hint = suggestion(value, names) if isinstance(value, str) else ""
    raise ValidationError(
        path,
        Phrase("must be one of {names}, not {value}{hint}.").fill(
            names=", ".join(names), value=shown(value), hint=hint
        ),
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
            sentence = UNKNOWN_KEY.get(noun) or Phrase(
                "is not a known {noun}{hint}. Use one of: {names}."
            ).fill(noun=noun)
            hint, listed = suggestion(key, names), quoted(names)
            raise ValidationError(
                at(where, key),
                sentence.fill(**sentence.values, hint=hint, names=listed),
            )


def suggestion(word: str, choices: Iterable[str]) -> Phrase | str:
    """' (did you mean "x"?)' for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    if not close:
        return ""
    return Phrase('(did you mean "{name}"?)', lead=" ").fill(name=close[0])


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``suggestion`` in English."""
    return str(suggestion(word, choices))


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _number(x: float) -> str:
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"
