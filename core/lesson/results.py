"""The Results view's numbers: how right the network is on the validation rows.

For a yes/no or several-classes run that is the confusion matrix (a row per
true class, a column per predicted class) with each class's share predicted
right; for a number run the predictions against the targets, in the
target's own units, with R² and the mean absolute error. The formulas are
``core.engine.metrics``'s and the rows, the scaling and the prediction are
the trainer's own (``core.engine.targets``), rebuilt from the run's data,
settings and a copy of its parameters, so a view can compute them on any
thread and for any moment of the run the time scrubber picks.

The sentences follow from the numbers by these rules:

- classes: "{right} of {n} validation rows are predicted right ({share})."
  then the largest off-diagonal count, "The most common mistake: {true}
  taken for {predicted} ({count} rows)." (the first such cell in row order
  on a tie), or "Not one validation row is mistaken." when there is none;
- numbers: R² below 0 says the predictions are worse than always guessing
  the rows' mean; from 0 it says what share of the targets' variation around
  their mean the predictions account for (R² as a percentage, rounded);
  when every target is the same R² is not defined and is said so. Then the
  mean absolute error, in the target's units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.data.wording import say
from core.engine.metrics import ClassReport, NumberReport
from core.engine.targets import class_report, number_report
from core.lesson.boundary import NormalizedSplit, model_from_theta

Array = np.ndarray
Report = ClassReport | NumberReport


@dataclass(frozen=True)
class ResultsJob:
    """Everything one computation needs: copies, safe on another thread."""

    split: NormalizedSplit
    theta: Array
    layer_sizes: tuple[int, ...]
    activation: str
    output: str  # the run's target kind: "binary", "classes" or "number"
    class_names: tuple[str, ...]
    target_name: str


def validation_report(job: ResultsJob) -> Report:
    """The validation rows' report at ``job.theta``, as the trainer would give it."""
    model = model_from_theta(job.theta, job.layer_sizes, job.activation, job.output)
    split = job.split
    if job.output == "number":
        scale = split.target_scale
        if scale is None or split.y_val_raw is None:
            raise ValueError("A number run's split needs its target scale.")
        y = scale.standardize(split.y_val_raw).astype(split.X_val.dtype)
        return number_report(model, scale, job.target_name, split.X_val, y)
    return class_report(model, job.class_names, split.X_val, split.y_val)


def row_shares(counts: Array) -> Array:
    """Each cell's share of its row (its true class); 0 in a row with no rows."""
    rows = counts.sum(axis=1, keepdims=True).astype(np.float64)
    shares: Array = counts / np.maximum(rows, 1.0)
    return shares


def percent(share: float) -> str:
    """A share as a whole percentage ("87%"); "–" when it is not defined."""
    return "–" if math.isnan(share) else f"{round(100 * share)}%"


def class_words(report: ClassReport) -> str:
    """Accuracy in counts, then the most common mistake (module docstring)."""
    counts = report.counts
    n, right = int(counts.sum()), int(np.trace(counts))
    text = say(
        "{right} of {n} validation rows are predicted right ({share}).",
        right=right,
        n=n,
        share=percent(report.accuracy),
    )
    mistake = most_common_mistake(counts)
    if mistake is None:
        return text + " " + say("Not one validation row is mistaken.")
    true, predicted, count = mistake
    names = report.class_names
    return (
        text
        + " "
        + say(
            "The most common mistake: {true} taken for {predicted} ({count} rows).",
            true=names[true],
            predicted=names[predicted],
            count=count,
        )
    )


def most_common_mistake(counts: Array) -> tuple[int, int, int] | None:
    """(true, predicted, count) of the largest off-diagonal cell; None if all 0."""
    off = counts.copy()
    np.fill_diagonal(off, 0)
    if not off.any():
        return None
    true, predicted = np.unravel_index(int(np.argmax(off)), off.shape)
    return int(true), int(predicted), int(off[true, predicted])


def short_number(value: float) -> str:
    """Three significant digits, never "-0" (the way the window prints values)."""
    text = f"{value:.3g}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def number_words(report: NumberReport) -> str:
    """R² in words, then the mean absolute error (module docstring)."""
    r2, target = report.r2, report.target_name
    if math.isnan(r2):
        first = say("Every validation target is the same, so R² is not defined here.")
    elif r2 < 0:
        first = say(
            "R² = {r2}: below 0, so the predictions are worse than always "
            "guessing the validation rows' mean.",
            r2=f"{r2:.2f}",
        )
    else:
        first = say(
            "R² = {r2}: the predictions account for {share} of the variation of "
            "{target} around its mean on the validation rows (1 would be perfect).",
            r2=f"{r2:.2f}",
            share=percent(r2),
            target=target,
        )
    mae = say(
        "On average a prediction is {mae} away from the target (mean absolute "
        "error, in the units of {target}).",
        mae=short_number(report.mae),
        target=target,
    )
    return f"{first} {mae}"


def report_words(report: Report) -> str:
    if isinstance(report, NumberReport):
        return number_words(report)
    return class_words(report)
