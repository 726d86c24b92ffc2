"""The verdict of Compare depths and the sentence that states it.

Everything here works on plain per-seed numbers, so the rule can be tested
with constructed results. The rule (also in ``core.lesson.comparison``'s docstring
and the view's tooltip) compares the deep network with the one-hidden-layer
network that has the same number of parameters ("equal budget"):

* Accuracies are shown, compared and subtracted as **percentages rounded to
  one decimal** (``shown``), so every number in the sentence is one the table
  shows and every difference can be checked from the table.
* ``gain`` = shown mean of the deep runs' epoch-E validation accuracy minus
  the equal-budget runs' (points, one decimal).
* A network "wins on a seed" when its epoch-E validation accuracy on that seed
  is strictly higher than the other's (a tie is a win for neither).

Checked in this order, the first that holds is the verdict:

1. ``depth-helps``: the deep net wins on at least 80% of the seeds and
   ``gain >= 2`` points.
2. ``depth-hurts``: the equal-budget net wins on at least 80% of the seeds and
   ``gain <= -2`` points. (Checked before 3: when the wide layer is clearly
   more accurate, "depth is only faster" would hide that depth cost accuracy.)
3. ``depth-faster-only``: the deep net's median epochs-to-90% is lower than the
   equal-budget net's (a run that never recorded an epoch counts as never).
4. ``no-difference``: otherwise.

The score is the run's kind's (``core.engine.output_kinds``): validation
accuracy for yes/no and for several classes (the share of rows whose largest
output is their class), and **validation R²** for a number (1 is perfect, 0
is what always predicting the training rows' mean scores, below 0 is worse
than that). R² is treated exactly as a share: it is shown to three decimals
(0.962), which is the percentage to one decimal, so the same rounding, wins
and ``gain`` apply, and "2 points" means 0.020 of R².

**Epochs to 90% of the best** is the first epoch whose score is at least
0.9 x that run's own best over its epochs: 90% of the way from the score of
knowing nothing (R² 0: predicting the mean) to its best. Accuracy is never
negative, so the rule is unchanged for it (a run right on no row at any
epoch never got there either). For R², values below 0 simply
fall short of the mark, and a run whose best R² is 0 or below never did
better than predicting the mean: it never got there (counted as infinitely
slow in the median, as a run that recorded no epoch).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from core.data.wording import say, template

HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE = (
    "depth-helps",
    "depth-hurts",
    "depth-faster-only",
    "no-difference",
)
VERDICTS = (HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE)
WIN_SHARE = 0.8
MIN_GAIN_POINTS = 2.0

RULE_TEXT = template(
    "How the verdict is decided (deep network against one hidden layer with the "
    "same parameter count, epoch-{epochs} validation accuracy, percentages rounded "
    "to one decimal as in the table):\n"
    "1. depth helps if the deep network is better on at least 80% of the seeds "
    "and its mean is at least 2 points higher;\n"
    "2. depth hurts if the one-layer network is better on at least 80% of the "
    "seeds and its mean is at least 2 points higher;\n"
    "3. depth is only faster if the deep network's median number of epochs to "
    "reach 90% of its own best is lower;\n"
    "4. otherwise there is no difference."
)


NUMBER_RULE_TEXT = template(
    "How the verdict is decided (deep network against one hidden layer with the "
    "same parameter count, epoch-{epochs} validation R², rounded to three "
    "decimals as in the table; R² is 1 for a perfect fit and 0 for always "
    "predicting the mean):\n"
    "1. depth helps if the deep network is better on at least 80% of the seeds "
    "and its mean R² is at least 0.020 higher;\n"
    "2. depth hurts if the one-layer network is better on at least 80% of the "
    "seeds and its mean R² is at least 0.020 higher;\n"
    "3. depth is only faster if the deep network's median number of epochs to "
    "reach 90% of its own best R² is lower (a run whose best R² is 0 or below "
    "never gets there);\n"
    "4. otherwise there is no difference."
)


def shown(share: float) -> float:
    """A share as the percentage the table shows: one decimal (0.9617 -> 96.2)."""
    return float(f"{100.0 * share:.1f}")


def rule_text(epochs: int, kind: str = "binary") -> str:
    """The rule in the reader's language, for the epoch budget ``epochs``.

    A number's rule is stated in R²; yes/no and several classes in accuracy.
    """
    return say(NUMBER_RULE_TEXT if kind == "number" else RULE_TEXT, epochs=epochs)


def percent_text(share: float) -> str:
    """The table's and the sentence's text for a share: "96.2%"."""
    return f"{100.0 * share:.1f}%"


def score_text(value: float, kind: str = "binary") -> str:
    """A score as the table shows it: "96.2%", or R² to three decimals: "0.962"."""
    return f"{value:.3f}" if kind == "number" else percent_text(value)


def gain_text(points: float, kind: str = "binary") -> str:
    """A difference of shown scores: "2.1" points, or "0.021" of R²."""
    return f"{points / 100.0:.3f}" if kind == "number" else f"{points:.1f}"


def epochs_text(value: float | None) -> str:
    """A median number of epochs: "4", "4.5", or "never" for a run with none."""
    return say("never") if value is None or math.isinf(value) else f"{value:g}"


def median_epochs(epochs_to_90: Sequence[int | None]) -> float:
    """Median over seeds; a run that never got there counts as infinitely slow."""
    return statistics.median(math.inf if e is None else e for e in epochs_to_90)


def epochs_to_fraction_of_best(
    val_scores: Sequence[float], share: float = 0.9
) -> int | None:
    """First epoch (1-based) whose validation score is >= ``share`` x the best.

    Only finite values count (NaN marks epochs after a run stopped); None if
    the run has no epoch at all, or if its best is 0 or below (an R² never
    above what predicting the mean scores: see the module docstring).
    """
    finite = [v for v in val_scores if math.isfinite(v)]
    if not finite or max(finite) <= 0:
        return None
    target = share * max(finite)
    return next(e for e, v in enumerate(finite, start=1) if v >= target)


@dataclass(frozen=True)
class Verdict:
    """The verdict and every number its sentence states."""

    key: str
    deep_mean: float
    budget_mean: float
    gain_points: float
    deep_wins: int
    budget_wins: int
    seeds: int
    deep_median_epochs: float
    budget_median_epochs: float

    @property
    def epochs_sooner(self) -> float:
        return self.budget_median_epochs - self.deep_median_epochs


def decide(
    deep_final: Sequence[float],
    budget_final: Sequence[float],
    deep_epochs: Sequence[int | None],
    budget_epochs: Sequence[int | None],
) -> Verdict:
    """Apply the documented rule to per-seed results (same seeds, same order)."""
    if not len(deep_final) == len(budget_final) > 0:
        raise ValueError("Both networks need a result for every seed.")
    deep_mean, budget_mean = (
        statistics.fmean(deep_final),
        statistics.fmean(budget_final),
    )
    gain = round(shown(deep_mean) - shown(budget_mean), 1)
    deep_wins = sum(d > b for d, b in zip(deep_final, budget_final, strict=True))
    budget_wins = sum(b > d for d, b in zip(deep_final, budget_final, strict=True))
    deep_med, budget_med = median_epochs(deep_epochs), median_epochs(budget_epochs)
    n = len(deep_final)
    if deep_wins >= WIN_SHARE * n and gain >= MIN_GAIN_POINTS:
        key = HELPS
    elif budget_wins >= WIN_SHARE * n and -gain >= MIN_GAIN_POINTS:
        key = HURTS
    elif deep_med < budget_med:
        key = FASTER_ONLY
    else:
        key = NO_DIFFERENCE
    return Verdict(
        key, deep_mean, budget_mean, gain, deep_wins, budget_wins, n, deep_med,
        budget_med,
    )  # fmt: skip


def verdict_sentence(
    verdict: Verdict,
    deep_name: str,
    budget_name: str,
    epochs: int,
    kind: str = "binary",
) -> str:
    """The verdict in words, with the table's numbers and the epoch budget.

    The budget is named because the verdict holds for it only: a network that
    is merely slower can catch up given more epochs.

    e.g. "On this data one wide layer does about as well after 20 epochs: one
    hidden layer (157) reaches 96.2% against 96.4% for two hidden layers (64,
    32) over 5 seeds; depth got there 3 epochs sooner (median 4 against 7
    epochs to 90% of its best)." Each branch is one template in ``SENTENCES``;
    a number run's (``kind`` "number") are in ``NUMBER_SENTENCES``, with R²
    to three decimals and its gain as a difference of R².
    """
    v = verdict
    sentences = NUMBER_SENTENCES if kind == "number" else SENTENCES
    numbers = {
        "after": say("1 epoch") if epochs == 1 else say("{n} epochs", n=epochs),
        "deep": score_text(v.deep_mean, kind),
        "budget": score_text(v.budget_mean, kind),
        "deep_name": deep_name,
        "budget_name": budget_name,
        "seeds": say("1 seed") if v.seeds == 1 else say("{n} seeds", n=v.seeds),
        "medians": say(
            "median {deep} against {budget} epochs to 90% of its best",
            deep=epochs_text(v.deep_median_epochs),
            budget=epochs_text(v.budget_median_epochs),
        ),
    }
    if v.key in (HELPS, HURTS):
        helps = v.key == HELPS
        wins = v.deep_wins if helps else v.budget_wins
        points = v.gain_points if helps else -v.gain_points
        points_text = gain_text(points, kind)
        return say(sentences[v.key], wins=wins, points=points_text, **numbers)
    if v.key == FASTER_ONLY and math.isinf(v.budget_median_epochs):
        return say(sentences["only-depth-got-there"], **numbers)
    if v.key == FASTER_ONLY:
        return say(sentences[v.key], sooner=_epochs(v.epochs_sooner), **numbers)
    return say(sentences[v.key], **numbers)


# One whole sentence per branch (a translator sees each as it is read).
SENTENCES = {
    HELPS: template(
        "Depth helps on this data after {after}: {deep_name} reaches {deep} "
        "against {budget} for {budget_name} with the same parameter count, "
        "better on {wins} of {seeds} by {points} points on average."
    ),
    HURTS: template(
        "Depth hurts on this data after {after}: {budget_name} with the same "
        "parameter count reaches {budget} against {deep} for {deep_name}, "
        "better on {wins} of {seeds} by {points} points on average."
    ),
    "only-depth-got-there": template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches {budget} against {deep} for {deep_name} over "
        "{seeds}; only depth got there at all ({medians})."
    ),
    FASTER_ONLY: template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches {budget} against {deep} for {deep_name} over "
        "{seeds}; depth got there {sooner} sooner ({medians})."
    ),
    NO_DIFFERENCE: template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches {budget} against {deep} for {deep_name} over "
        "{seeds}, and depth was not faster ({medians})."
    ),
}


# A number run's branches: validation R² (three decimals) instead of accuracy.
NUMBER_SENTENCES = {
    HELPS: template(
        "Depth helps on this data after {after}: {deep_name} reaches a validation "
        "R² of {deep} against {budget} for {budget_name} with the same parameter "
        "count, better on {wins} of {seeds} by {points} on average."
    ),
    HURTS: template(
        "Depth hurts on this data after {after}: {budget_name} with the same "
        "parameter count reaches a validation R² of {budget} against {deep} for "
        "{deep_name}, better on {wins} of {seeds} by {points} on average."
    ),
    "only-depth-got-there": template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches a validation R² of {budget} against {deep} for "
        "{deep_name} over {seeds}; only depth got there at all ({medians})."
    ),
    FASTER_ONLY: template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches a validation R² of {budget} against {deep} for "
        "{deep_name} over {seeds}; depth got there {sooner} sooner ({medians})."
    ),
    NO_DIFFERENCE: template(
        "On this data one wide layer does about as well after {after}: "
        "{budget_name} reaches a validation R² of {budget} against {deep} for "
        "{deep_name} over {seeds}, and depth was not faster ({medians})."
    ),
}


def _epochs(value: float) -> str:
    """ "1 epoch" or "4 epochs", "4.5 epochs" (a median may be a half)."""
    return say("1 epoch") if value == 1 else say("{n} epochs", n=f"{value:g}")
