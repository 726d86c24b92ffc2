"""The score to beat: always giving the more common class, said in words.

A network that scores 99% sounds good until one learns that always saying "0"
scores 99.9% on the same rows. The same holds for several classes: the score
to beat is the share of the most common one. The import dialog, the loader's
refusals and the run all say this rate the same way, "always saying 0 scores
99.9%", with the majority class's own name, so it lives here once.

Percentages are printed so that they never cross a line the sentence relies
on: a rate below 100% never prints as "100%", a share below a 5% minimum
never prints as "5%", and a non-zero share never prints as "0%". More
decimals are shown only when rounding would do that.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.data.wording import say

MAX_DECIMALS = 6


def percent(share: float, decimals: int = 1, lines: Sequence[float] = ()) -> str:
    """``share`` (0-1) as a percentage that stays on its side of each of ``lines``.

    ``lines`` are shares such as 0.05 or 1.0; 0 and 1 are always kept.
    """
    kept = (0.0, 1.0, *lines)
    for places in range(decimals, MAX_DECIMALS + 1):
        shown = round(share * 100, places)
        crossed = [shown == round(line * 100, places) for line in kept]
        if not any(c and share != line for c, line in zip(crossed, kept, strict=True)):
            break
    return f"{share * 100:.{places}f}%"


def majority(y: np.ndarray) -> tuple[int, float]:
    """The most common class (0, 1, … k-1) in ``y`` and its share.

    On a tie the lowest class number wins, so two equal yes/no classes give 0.
    """
    y = np.asarray(y)
    if y.size == 0:
        return 0, 0.0
    counts = np.bincount(np.asarray(y, dtype=np.int64).ravel())
    cls = int(np.argmax(counts))
    return cls, int(counts[cls]) / y.size


def chance_words(name: str, share: float) -> str:
    """ "always saying 0 scores 99.9%": what answering ``name`` every time gets."""
    shown = name if name and not any(c in name for c in " ,;'\"") else f"'{name}'"
    return say("always saying {name} scores {rate}", name=shown, rate=percent(share))


def chance_of(y: np.ndarray, class_names: Sequence[str]) -> str:
    """``chance_words`` for labels ``y`` (0 to k-1) of classes ``class_names``."""
    cls, share = majority(y)
    return chance_words(class_names[cls], share)
