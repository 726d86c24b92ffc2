"""The lesson's key insight, and the numbers of a run that back it up.

The seed ends on a claim: layers build simple features into complex ones, and
the improvement shows as falling loss and rising accuracy. A claim a student
can check is worth more than one they must believe, so next to the text we
put, from the current run:

- **how the layers untangle the classes** (the lead): for the raw
  measurements, the normalized inputs and every hidden layer's outputs, how
  many validation rows a straight line gets right (``core.lesson.linear_probe``: a
  logistic regression fitted to convergence on the training rows' values);
- the loss and accuracy after the first epoch and after the last one;
- for every hidden layer, the units whose activations go with the label most
  strongly on the validation rows (Pearson correlation), and what they are
  built from.

Every sentence here says only what its numbers show, by the rules written in
each sentence function's docstring. Percentages are whole points
(``percent``), the same in the sentences and in any table, and comparisons
are made on those printed values, so a sentence never calls 91% better than
91%.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.data.wording import say, template
from core.engine.model import MLP
from core.engine.training import EpochRecord
from core.lesson.boundary import NormalizedSplit
from core.lesson.linear_probe import separability

Array = np.ndarray

KEY_INSIGHT = template(
    "Deep learning handles complex patterns by passing data through multiple "
    "layers that build up from simple to complex features. This layered learning "
    "allows the model to improve predictions step by step, as seen by decreasing "
    "loss and increasing accuracy during training."
)
TOP_UNITS = 3
TOP_INPUTS = 3
RAW = "raw inputs"
INPUTS = "inputs"


def percent(share: float) -> int:
    """A share as whole percentage points: the rounding of every sentence and table."""
    return round(100 * share)


def hidden_name(k: int) -> str:
    """The name of hidden layer ``k`` (1-based), as the command line prints it."""
    return f"hidden {k}"


@dataclass(frozen=True)
class LayerSeparability:
    """How well a straight line separates the classes using one layer's outputs."""

    name: str  # RAW, INPUTS or hidden_name(k)
    width: int  # number of columns the line is drawn through
    val_accuracy: float  # share of validation rows the line gets right

    def as_dict(self) -> dict[str, str | float]:
        return {"layer": self.name, "val_accuracy": self.val_accuracy}


@dataclass(frozen=True)
class Untangling:
    """Linear separability, layer by layer, of one set of parameters.

    ``layers`` holds the normalized inputs and then each hidden layer in
    order; ``output_accuracy`` is the network's own answer, for reference.
    """

    raw: LayerSeparability
    layers: tuple[LayerSeparability, ...]
    output_accuracy: float
    epochs_done: int

    @property
    def hidden(self) -> tuple[LayerSeparability, ...]:
        return self.layers[1:]


def untangle(model: MLP, split: NormalizedSplit, epochs_done: int) -> Untangling:
    """Fit a straight line on each layer's training-row outputs; score validation.

    The raw and normalized inputs differ only by a per-column shift and scale,
    which a straight line absorbs, so their scores agree; both are kept because
    the raw ones are what a student measured.
    """
    train = model.forward(split.X_train).a
    val_trace = model.forward(split.X_val)
    val = val_trace.a
    if not all(np.isfinite(a).all() for a in (*train, *val)):
        raise ValueError("The network's values are not finite numbers.")
    y_train, y_val = split.y_train, split.y_val

    def probe(name: str, a_train: Array, a_val: Array) -> LayerSeparability:
        score = separability(a_train, y_train, a_val, y_val)
        return LayerSeparability(name, int(a_train.shape[1]), score)

    raw = probe(RAW, split.X_train_raw, split.X_val_raw)
    hidden = [probe(hidden_name(k), train[k], val[k]) for k in range(1, len(train) - 1)]
    layers = (probe(INPUTS, train[0], val[0]), *hidden)
    says_one = val_trace.logits > 0
    output = float(np.mean(says_one == (np.asarray(y_val) > 0.5)))
    return Untangling(raw, layers, output, epochs_done)


def untangling_sentence(u: Untangling) -> str:
    """The lead sentence and its verdict, from the rounded percentages only.

    Rules: with no epoch finished, it says the layers (or the network) have
    not learned yet and gives only the raw measurements' score. Otherwise it
    lists the raw measurements' score and each hidden layer's; with no hidden
    layer it says the network is itself a straight line and gives its own
    score. Then: if every hidden layer scores strictly more than the one
    before it (the raw measurements before layer 1), it says the layers
    untangle the classes step by step (one hidden layer: that it makes them
    easier to separate); otherwise it names, plainly, each layer that scores
    no more than the one before.
    """
    raw = percent(u.raw.val_accuracy)
    if u.epochs_done == 0:
        if u.hidden:
            return say(
                "The layers have not learned yet (no epoch has finished): for now a "
                "straight line through the raw measurements gets {raw}% of the "
                "validation rows right.",
                raw=raw,
            )
        return say(
            "The network has not learned yet (no epoch has finished): for now a "
            "straight line through the raw measurements gets {raw}% of the "
            "validation rows right.",
            raw=raw,
        )
    if not u.hidden:
        return say(
            "This network has no hidden layer, so its answer is itself a straight "
            "line through the measurements. A straight line fitted to the training "
            "rows to convergence gets {raw}% of the validation rows right; this "
            "network, after {epochs}, gets {own}%.",
            raw=raw,
            epochs=_epochs(u.epochs_done),
            own=percent(u.output_accuracy),
        )
    steps = [
        say(
            "through layer 1's patterns {share}%",
            share=percent(u.hidden[0].val_accuracy),
        )
    ]
    steps += [
        say("through layer {k}'s {share}%", k=k, share=percent(layer.val_accuracy))
        for k, layer in enumerate(u.hidden[1:], start=2)
    ]
    lead = say(
        "A straight line through the raw measurements gets {raw}% of the "
        "validation rows right; {steps}.",
        raw=raw,
        steps="; ".join(steps),
    )
    return f"{lead} {_untangling_verdict(u)}"


def _untangling_verdict(u: Untangling) -> str:
    scores = [percent(u.raw.val_accuracy)] + [percent(h.val_accuracy) for h in u.hidden]
    stalls = [
        _stall(k, scores[k], scores[k - 1])
        for k in range(1, len(scores))
        if scores[k] <= scores[k - 1]
    ]
    if stalls:
        text = "; ".join(stalls)
        return text[0].upper() + text[1:] + "."
    if len(scores) == 2:
        return say(
            "The hidden layer's patterns make the classes easier to separate with "
            "a straight line than the raw measurements."
        )
    return say(
        "Each layer's patterns separate the classes better than the one before: "
        "the layers untangle them step by step."
    )


def _stall(k: int, now: int, before: int) -> str:
    """Layer ``k`` scores ``now``, no more than the ``before`` of what feeds it."""
    if k == 1:
        return say(
            "layer 1's patterns separate the classes no better than the raw "
            "measurements ({now}% against {before}%)",
            now=now,
            before=before,
        )
    return say(
        "layer {k}'s patterns separate the classes no better than layer {j}'s "
        "({now}% against {before}%)",
        k=k,
        j=k - 1,
        now=now,
        before=before,
    )


def _epochs(n: int) -> str:
    return say("1 epoch") if n == 1 else say("{n} epochs", n=n)


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
    untangling: Untangling
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
            else [
                say("layer {k} unit {i}", k=k - 1, i=i + 1) for i in range(W.shape[0])
            ]
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
    split: NormalizedSplit,
    feature_names: Sequence[str],
) -> Insight:
    """The key insight with this run's evidence (a few milliseconds of NumPy)."""
    return Insight(
        text=KEY_INSIGHT,
        untangling=untangle(model, split, len(records)),
        progress=run_progress(records),
        layers=layer_evidence(model, split.X_val, split.y_val, feature_names),
    )


def progress_sentence(progress: Progress) -> str:
    """Loss and validation accuracy after the first and the last epoch.

    The verbs compare the printed values (loss to 3 decimals, accuracy in
    whole percent): "fell", "rose" or "stayed at". The ratio is given only
    when the loss fell and the ratio prints above 1.0.
    """
    s, e = progress.start, progress.end
    if s.epoch == e.epoch:
        return say(
            "After epoch {epoch} the training loss is {loss} and validation "
            "accuracy {acc}%.",
            epoch=e.epoch,
            loss=f"{e.loss:.3f}",
            acc=percent(e.val_accuracy),
        )
    return f"{_loss_change(progress)}; {_accuracy_change(progress)}."


def _loss_change(progress: Progress) -> str:
    """The training loss's half of ``progress_sentence`` (its rules)."""
    s, e = progress.start, progress.end
    a, b = f"{s.loss:.3f}", f"{e.loss:.3f}"
    if a == b:
        return say(
            "Training loss stayed at {loss} from epoch {first} to epoch {last}",
            loss=a,
            first=s.epoch,
            last=e.epoch,
        )
    values = {"a": a, "b": b, "first": s.epoch, "last": e.epoch}
    if float(b) > float(a):
        return say(
            "Training loss rose from {a} after epoch {first} to {b} after epoch {last}",
            **values,
        )
    ratio = f"{progress.loss_ratio:.1f}"
    if float(ratio) > 1.0:
        return say(
            "Training loss fell from {a} after epoch {first} to {b} after epoch "
            "{last} ({ratio}× lower)",
            ratio=ratio,
            **values,
        )
    return say(
        "Training loss fell from {a} after epoch {first} to {b} after epoch {last}",
        **values,
    )


def _accuracy_change(progress: Progress) -> str:
    """The validation accuracy's half of ``progress_sentence``."""
    p, q = percent(progress.start.val_accuracy), percent(progress.end.val_accuracy)
    if p == q:
        return say("validation accuracy stayed at {acc}%", acc=p)
    if q > p:
        return say("validation accuracy rose from {a}% to {b}%", a=p, b=q)
    return say("validation accuracy fell from {a}% to {b}%", a=p, b=q)


def correlation_sentence(layers: Sequence[LayerEvidence]) -> str:
    """Whether the last hidden layer's best unit follows the label more closely.

    Compared on the printed values (2 decimals); the sentence states the
    comparison and nothing about why.
    """
    if not layers:
        return ""
    if len(layers) == 1:
        return say(
            "With one hidden layer, its units are the only patterns the output "
            "can combine."
        )
    a, b = f"{layers[0].best_correlation:.2f}", f"{layers[-1].best_correlation:.2f}"
    k = layers[-1].layer
    if float(b) > float(a):
        return say(
            "Layer {k}'s best unit follows the label more closely (|r| = {b}) "
            "than layer 1's (|r| = {a}).",
            k=k,
            a=a,
            b=b,
        )
    return say(
        "Layer {k}'s best unit follows the label no more closely (|r| = {b}) "
        "than layer 1's (|r| = {a}).",
        k=k,
        a=a,
        b=b,
    )


def unit_sentence(unit: UnitEvidence) -> str:
    """ "unit 7 (r = +0.62) weighs VO2 max (+1.30), age (−0.80) most"."""
    parts = ", ".join(f"{name} ({weight:+.2f})" for name, weight in unit.inputs)
    return say(
        "unit {unit} (r = {r}) weighs {inputs} most",
        unit=unit.unit,
        r=f"{unit.correlation:+.2f}",
        inputs=parts,
    )
