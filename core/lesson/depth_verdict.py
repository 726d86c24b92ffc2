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
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE = (
    "depth-helps",
    "depth-hurts",
    "depth-faster-only",
    "no-difference",
)
VERDICTS = (HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE)
WIN_SHARE = 0.8
MIN_GAIN_POINTS = 2.0

RULE_TEXT = (
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


def shown(share: float) -> float:
    """A share as the percentage the table shows: one decimal (0.9617 -> 96.2)."""
    return float(f"{100.0 * share:.1f}")


def percent_text(share: float) -> str:
    """The table's and the sentence's text for a share: "96.2%"."""
    return f"{100.0 * share:.1f}%"


def epochs_text(value: float | None) -> str:
    """A median number of epochs: "4", "4.5", or "never" for a run with none."""
    return "never" if value is None or math.isinf(value) else f"{value:g}"


def median_epochs(epochs_to_90: Sequence[int | None]) -> float:
    """Median over seeds; a run that never got there counts as infinitely slow."""
    return statistics.median(math.inf if e is None else e for e in epochs_to_90)


def epochs_to_fraction_of_best(
    val_accuracy: Sequence[float], share: float = 0.9
) -> int | None:
    """First epoch (1-based) whose validation accuracy is >= ``share`` x the best.

    Only finite values count (NaN marks epochs after a run stopped); None if
    the run has no epoch at all.
    """
    finite = [v for v in val_accuracy if math.isfinite(v)]
    if not finite:
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
    verdict: Verdict, deep_name: str, budget_name: str, epochs: int
) -> str:
    """The verdict in words, with the table's numbers and the epoch budget.

    The budget is named because the verdict holds for it only: a network that
    is merely slower can catch up given more epochs.

    e.g. "On this data one wide layer does about as well: one hidden layer
    (157) reaches 96.2% against 96.4% for two hidden layers (64, 32) over 5
    seeds; depth got there 3 epochs sooner (median 4 against 7 epochs to 90% of
    its best)."
    """
    v = verdict
    deep, budget = percent_text(v.deep_mean), percent_text(v.budget_mean)
    seeds = _plural(v.seeds, "seed")
    after = _plural(epochs, "epoch")
    medians = (
        f"median {epochs_text(v.deep_median_epochs)} against "
        f"{epochs_text(v.budget_median_epochs)} epochs to 90% of its best"
    )
    if v.key == HELPS:
        return (
            f"Depth helps on this data after {after}: {deep_name} reaches {deep} "
            f"against {budget} for {budget_name} with the same parameter count, "
            f"better on {v.deep_wins} of {seeds} by {v.gain_points:.1f} points "
            "on average."
        )
    if v.key == HURTS:
        return (
            f"Depth hurts on this data after {after}: {budget_name} with the same "
            f"parameter count reaches {budget} against {deep} for {deep_name}, "
            f"better on {v.budget_wins} of {seeds} by {-v.gain_points:.1f} points "
            "on average."
        )
    start = (
        f"On this data one wide layer does about as well after {after}: "
        f"{budget_name} reaches "
        f"{budget} against {deep} for {deep_name} over {seeds}"
    )
    if v.key == FASTER_ONLY and math.isinf(v.budget_median_epochs):
        return f"{start}; only depth got there at all ({medians})."
    if v.key == FASTER_ONLY:
        sooner = _plural_number(v.epochs_sooner, "epoch")
        return f"{start}; depth got there {sooner} sooner ({medians})."
    return f"{start}, and depth was not faster ({medians})."


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _plural_number(value: float, noun: str) -> str:
    return f"{value:g} {noun}" if value == 1 else f"{value:g} {noun}s"
