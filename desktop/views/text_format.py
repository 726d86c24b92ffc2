"""Numbers and counts in words the way a class reads them.

``number`` never prints a negative zero: a value that rounds to zero at the
precision shown ("-0", "-0.000", produced by a ReLU's zero derivative times a
negative number, or by rounding) is shown as plain zero, because "−0" reads as
a different number. ``count`` picks the English singular or plural ("1 batch",
"2 batches") instead of "batch(es)"; both forms are passed in already
translated, so a translation can supply its own words.
"""

from __future__ import annotations

import re


def number(value: float, spec: str = ".3g") -> str:
    """``format(value, spec)`` with a zero result never signed ("-0" → "0").

    With a "+" in ``spec`` a zero keeps the plus that spec asks for ("+0.000").
    """
    text = format(value, spec)
    mantissa = re.split(r"[eE]", text)[0]
    digits = re.findall(r"\d", mantissa)
    if "-" in mantissa and digits and set(digits) == {"0"}:
        return text.replace("-", "+" if "+" in spec else "", 1)
    return text


def count(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``, each formatted with ``{n}``."""
    return (one if n == 1 else many).format(n=n)
