"""The numbers behind the questions written from a run, and how they print.

A question about a run may only say what its printed numbers show, so the
margins it is judged by and the way numbers print live here together:
``core.quiz.run_questions`` writes the words, ``tests/test_quiz_truth.py``
checks them against these rules.
"""

from __future__ import annotations

import math

from core.data.chance import percent as shared_percent
from core.data.wording import say
from core.engine.observations import BASIC_SKILL, HIGH_SKILL

CLOSE_TO_CHANCE = 5.0  # points either side of chance that count as "about as good"
BEYOND_CHANCE = 10.0  # points above chance needed for "well beyond guessing"
BASELINE_MARGIN = 3.0  # points either side of the baseline that count as "level"
PLATEAU_EPOCHS = 3  # a plateau question quotes the epochs it spans: these before it
PLATEAU_SPREAD = 0.02  # the loss "hardly moved": spread under 2% of its value
HIGH_ACCURACY = 0.9  # a plateau question needs validation accuracy below this
LOSS_DIGITS = (2, 3, 4)  # decimals tried in turn so two losses print apart
# A number run's R² (printed with 2 decimals) is judged with the observations'
# skill thresholds (for a number, skill is R²; docs/observations.md).
R2_STRONG = HIGH_SKILL  # from here: "explains most of the variation"
R2_SOME = BASIC_SKILL  # from here: "has found some pattern"
R2_DIGITS = 2


def r2_text(r2: float) -> str:
    """R² as the question prints it: 2 decimals ("0.93", "-0.12")."""
    text = f"{r2:.{R2_DIGITS}f}"
    return "0.00" if text == "-0.00" else text


def r2_verdict(r2: float) -> str:
    """The R² rule, on the printed value: strong, some, little or none.

    strong: R² ≥ 0.80; some: 0.20 ≤ R² < 0.80; little: 0 < R² < 0.20;
    none: R² ≤ 0 (no better than always predicting the training mean).
    """
    shown = float(r2_text(r2))
    if shown >= R2_STRONG:
        return "strong"
    if shown >= R2_SOME:
        return "some"
    return "little" if shown > 0 else "none"


def chance_verdict(gap: float) -> str:
    """The chance rule: a gap in points → beyond, above, close or below."""
    if gap > BEYOND_CHANCE:
        return "beyond"
    if gap > CLOSE_TO_CHANCE:
        return "above"
    return "close" if gap >= -CLOSE_TO_CHANCE else "below"


def baseline_verdict(gap: float) -> str:
    """The baseline rule: a gap in points → ahead, level or behind."""
    if gap > BASELINE_MARGIN:
        return "ahead"
    return "level" if gap >= -BASELINE_MARGIN else "behind"


def gap_points(value: float, reference: float) -> float:
    """``value`` − ``reference`` in points, from the percentages as printed.

    Deciding on the printed numbers means the sentence can never contradict
    what the student reads (62.5% against 57.5% is 5 points, not 5.04).
    """
    printed = [float(percent(x)[:-1]) for x in (value, reference)]
    return round(printed[0] - printed[1], 6)


def percent(value: float) -> str:
    """An accuracy as the rest of the app prints it: 62.5%, and 99.96% not as 100%."""
    return shared_percent(value)


def printed_pair(a: float, b: float) -> tuple[str, str] | None:
    """``a`` and ``b`` at the fewest decimals that print them apart (or None)."""
    if not (math.isfinite(a) and math.isfinite(b)):
        return None
    for digits in LOSS_DIGITS:
        pair = number(a, digits), number(b, digits)
        if float(pair[0]) != float(pair[1]):
            return pair
    return None


def number(value: float, digits: int = 2) -> str:
    """A loss with ``digits`` decimals (significant digits below 0.01)."""
    if abs(value) >= 0.01:
        return f"{value:.{digits}f}"
    return f"{value:.{digits}g}"


def gap_words(gap: float) -> str:
    """ "12.5 points above", "3 points below", "level with"."""
    if gap == 0:
        return say("level with")
    size = f"{abs(gap):.6f}".rstrip("0").removesuffix(".")
    if size == "1":
        return say("1 point above") if gap > 0 else say("1 point below")
    if gap > 0:
        return say("{size} points above", size=size)
    return say("{size} points below", size=size)
