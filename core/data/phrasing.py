"""A checked value's message (``core.validation.Phrase``) in the reader's language.

``core.validation`` is the lowest layer of the core, below the language
(``core.data.wording``), so it writes its messages as phrases: English
templates with their values, some of them phrases too. The readers above it
(the config, sessions, profiles) turn a refusal into their own error with
``phrased``, which translates each template before filling it, inside out.
"""

from __future__ import annotations

from core.data.wording import say
from core.validation import Phrase


def phrased(phrase: Phrase | str) -> str:
    """``phrase`` in the installed language (English when none is installed)."""
    if not isinstance(phrase, Phrase):
        return phrase
    values = {
        key: phrased(value) if isinstance(value, Phrase) else value
        for key, value in phrase.values.items()
    }
    return phrase.lead + say(phrase.text, **values) + phrase.tail
