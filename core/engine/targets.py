"""What a run predicts: the data's target checked against the settings, and scored.

The trainer asks here for everything that depends on the target's kind
(``core.engine.output_kinds``) before its first step: the output units, the
targets in the form the network trains on (a number standardized with the
training rows' mean and standard deviation, ``TargetScale``), the score at
chance and the ``Baseline`` the observations are judged against. Views ask
here, through the trainer, for what they draw: the class names and each
row's class probabilities with the confusion counts (``class_report``), or
the predictions and residuals in the target's units (``number_report``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core.data.datasets import Dataset, Split
from core.data.wording import say, template
from core.engine.config import ConfigError, TrainingConfig
from core.engine.metrics import ClassReport, NumberReport
from core.engine.observations import Baseline
from core.engine.output_kinds import MAX_CLASSES, OUTPUT_KINDS, OutputKind
from core.engine.target_scale import TargetScale

if TYPE_CHECKING:
    from core.engine.model import MLP

Array = np.ndarray
# what a dataset of each kind says when asked to train as another kind
MISMATCH = {
    "binary": template(
        "'{name}' has a yes/no target; predict its two classes instead."
    ),
    "classes": template(
        "'{name}' has a target with {n} classes; train it with the target kind "
        "'classes' (--target-kind classes)."
    ),
    "number": template(
        "'{name}' has a number to predict; train it with the target kind 'number' "
        "(--target-kind number)."
    ),
}


@dataclass(frozen=True)
class TargetSetup:
    """The target as the trainer uses it (see the module docstring)."""

    kind: OutputKind
    units: int
    y_train: Array
    y_val: Array
    scale: TargetScale | None  # a number's standardization; None for classes
    chance: float  # majority-class share of the validation rows; NaN for a number
    baseline: Baseline


def target_setup(
    config: TrainingConfig, dataset: Dataset, split: Split, dtype: np.dtype
) -> TargetSetup:
    """Check that ``config.target_kind`` suits ``dataset`` and prepare its targets."""
    kind = OUTPUT_KINDS[check_kind(config.target_kind, dataset)]
    if kind.name == "number":
        scale = TargetScale.fit(split.y_train)
        y_train = scale.standardize(split.y_train).astype(dtype)
        y_val = scale.standardize(split.y_val).astype(dtype)
        nan = float("nan")
        return TargetSetup(kind, 1, y_train, y_val, scale, nan, Baseline.of_number())
    y_train, y_val = split.y_train.astype(dtype), split.y_val.astype(dtype)
    if kind.name == "binary":
        chance = float(max(y_val.mean(), 1 - y_val.mean()))
        return TargetSetup(kind, 1, y_train, y_val, None, chance,
                           Baseline.of_chance(chance))  # fmt: skip
    k = max(len(dataset.class_names), 2)
    baseline = Baseline.of_classes(split.y_val)
    return TargetSetup(kind, k, y_train, y_val, None, baseline.rate, baseline)


def check_kind(asked: str, dataset: Dataset) -> str:
    """``asked`` if the data can be trained that way; else a ``ConfigError``.

    Yes/no data may also be trained as two classes (two softmax units).
    """
    have = dataset.target_kind
    if asked == have or (asked == "classes" and have == "binary"):
        if have == "classes" and not 2 <= dataset.n_classes <= MAX_CLASSES:
            raise ConfigError(
                "target_kind",
                say(
                    "The data has {n} classes; LayerLab trains 2 to {most}.",
                    n=dataset.n_classes, most=MAX_CLASSES,
                ),
            )  # fmt: skip
        return asked
    return _refuse(say(MISMATCH[have], name=dataset.name, n=dataset.n_classes))


def _refuse(message: str) -> str:
    raise ConfigError("target_kind", message)


def class_report(
    model: MLP, class_names: tuple[str, ...], X: Array, y: Array
) -> ClassReport:
    """Each row's class probabilities and the confusion counts (classes or binary)."""
    p = model.predict_proba(X)
    if p.ndim == 1:  # one sigmoid unit: the probabilities of class 0 and class 1
        p = np.column_stack([1.0 - p, p])
    return ClassReport.of(class_names, y, p)


def number_report(
    model: MLP, scale: TargetScale, target_name: str, X: Array, y: Array
) -> NumberReport:
    """Predictions and targets in the target's own units (``y`` standardized)."""
    z = model.predict(X)
    return NumberReport(target_name, scale.to_units(y), scale.to_units(z))
