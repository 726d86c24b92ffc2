"""The core's sentences in the reader's language: English templates, looked up.

The core writes every sentence it builds from numbers through ``say``: an
English template with named placeholders, ``say("Layer {k} separates {share}%
of the rows.", k=2, share=91)``. The template (never the filled sentence) is
handed to the process-wide translate function and only then filled, so a
catalogue holds one message per sentence shape and the numbers stay the
numbers the core computed.

The translate function is the identity until a front end installs one (the
desktop installs Qt's catalogue lookup at start-up, ``desktop.shell.language``);
the command line never does, so it stays English. Plurals are separate
templates chosen by a rule in the caller ("after 1 epoch" / "after {n}
epochs"), never string surgery. ``template`` marks a sentence kept in a table
(a constant) so that ``scripts/extract_messages.py`` finds it; it is passed
through ``say`` where it is shown.

This module sits in ``core.data`` because every core package above it (engine,
lesson, inside, quiz, files) may import it.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_translate: list[Translate] = [_identity]


def use_translation(translate: Translate | None) -> None:
    """Install ``translate`` (template → translated template); None: English."""
    _translate[0] = translate or _identity


def translating() -> bool:
    """Whether a translate function other than English is installed."""
    return _translate[0] is not _identity


def template(text: str) -> str:
    """Mark a sentence kept in a table as translatable; returns it unchanged."""
    return text


def say(text: str, /, **values: object) -> str:
    """``text`` translated, then filled with ``values`` (``str.format``).

    A translation the format cannot fill (a missing placeholder) falls back to
    the English template, so a faulty catalogue shows English, not an error.
    """
    translated = _translate[0](text) or text
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return text.format(**values)
