"""The lesson's key insight, and the numbers of a run that back it up.

The seed ends on a claim: layers build simple features into complex ones, and
the improvement shows as falling loss and rising accuracy. A claim a student
can check is worth more than one they must believe, so next to the text we
put, from the current run:

- the loss and accuracy after the first epoch and after the last one;
- for every hidden layer, the units whose activations go with the label most
  strongly on the validation rows (Pearson correlation), and what they are
  built from: first-layer units from input features (by weight), deeper units
  from the previous layer's units. A deeper layer whose best units follow the
  label more closely than the first layer's is the "simple to complex" story
  told by the run's own numbers.

Everything is computed from the parameters with the readable forward pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.model import MLP
from core.training import EpochRecord

Array = np.ndarray

KEY_INSIGHT = (
    "Deep learning handles complex patterns by passing data through multiple "
    "layers that build up from simple to complex features. This layered learning "
    "allows the model to improve predictions step by step, as seen by decreasing "
    "loss and increasing accuracy during training."
)
TOP_UNITS = 3
TOP_INPUTS = 3


@dataclass(frozen=True)
class Progress:
    """The first and the last epoch of a run."""

    start: EpochRecord
    end: EpochRecord

    @property
    def loss_ratio(self) -> float:
        """How many times lower the training loss ended than it started."""
        return self.start.loss / self.end.loss if self.end.loss > 0 else float("inf")


@dataclass(frozen=True)
class UnitEvidence:
    """One hidden unit: how closely it follows the label, and what feeds it most."""

    layer: int  # 1-based hidden layer
    unit: int  # 1-based unit within the layer
    correlation: float  # with the label, on the validation rows
    inputs: tuple[tuple[str, float], ...]  # (input name, weight), largest |w| first


@dataclass(frozen=True)
class LayerEvidence:
    layer: int
    width: int
    units: tuple[UnitEvidence, ...]  # most correlated first

    @property
    def best_correlation(self) -> float:
        return abs(self.units[0].correlation) if self.units else 0.0


@dataclass(frozen=True)
class Insight:
    text: str
    progress: Progress | None
    layers: tuple[LayerEvidence, ...]


def run_progress(records: Sequence[EpochRecord]) -> Progress | None:
    return Progress(records[0], records[-1]) if records else None


def label_correlations(activations: Array, y: Array) -> Array:
    """Pearson correlation of each column with ``y``; 0 for a constant column.

    A unit that never fires (a "dead" ReLU) has no spread, so its correlation
    is undefined; it carries no information about the label, hence 0.
    """
    a = np.asarray(activations, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    a_centred = a - a.mean(axis=0)
    y_centred = y - y.mean()
    spread = np.sqrt((a_centred**2).sum(axis=0) * (y_centred**2).sum())
    covariance = y_centred @ a_centred
    safe = np.where(spread > 0, spread, 1.0)
    return np.where(spread > 0, covariance / safe, 0.0)


def layer_evidence(
    model: MLP,
    X_val: Array,
    y_val: Array,
    feature_names: Sequence[str],
    top_units: int = TOP_UNITS,
    top_inputs: int = TOP_INPUTS,
) -> tuple[LayerEvidence, ...]:
    """Per hidden layer, its units most correlated with the label."""
    trace = model.forward(X_val)
    evidence = []
    for k in range(1, model.n_layers):  # a[k] is hidden layer k's output
        r = label_correlations(trace.a[k], y_val)
        order = np.argsort(-np.abs(r), kind="stable")[:top_units]
        W = model.layers[k - 1].W
        names = (
            list(feature_names)
            if k == 1
            else [f"layer {k - 1} unit {i + 1}" for i in range(W.shape[0])]
        )
        units = tuple(
            UnitEvidence(
                k, int(u) + 1, float(r[u]), strongest_weights(W, u, names, top_inputs)
            )
            for u in order
        )
        evidence.append(LayerEvidence(k, int(W.shape[1]), units))
    return tuple(evidence)


def strongest_weights(
    W: Array, unit: int, names: Sequence[str], top: int = TOP_INPUTS
) -> tuple[tuple[str, float], ...]:
    """The inputs of ``unit`` with the largest weights in size, with their sign."""
    column = W[:, unit]
    order = np.argsort(-np.abs(column), kind="stable")[:top]
    return tuple((names[i], float(column[i])) for i in order)


def explain(
    records: Sequence[EpochRecord],
    model: MLP,
    X_val: Array,
    y_val: Array,
    feature_names: Sequence[str],
) -> Insight:
    """The key insight with this run's evidence."""
    return Insight(
        text=KEY_INSIGHT,
        progress=run_progress(records),
        layers=layer_evidence(model, X_val, y_val, feature_names),
    )


def progress_sentence(progress: Progress) -> str:
    s, e = progress.start, progress.end
    return (
        f"Training loss fell from {s.loss:.3f} after epoch {s.epoch} to {e.loss:.3f} "
        f"after epoch {e.epoch} ({progress.loss_ratio:.1f}× lower); validation "
        f"accuracy rose from {s.val_accuracy:.0%} to {e.val_accuracy:.0%}."
    )


def unit_sentence(unit: UnitEvidence) -> str:
    """ "unit 7 (r = +0.62) weighs BMI (+1.3), VO2 max (−0.8) most"."""
    parts = ", ".join(f"{name} ({weight:+.2f})" for name, weight in unit.inputs)
    return f"unit {unit.unit} (r = {unit.correlation:+.2f}) weighs {parts} most"
