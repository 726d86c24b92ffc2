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

Beyond yes/no (the run's target kind, ``core.engine.output_kinds``): for
several classes the probe is one straight line per class (one-vs-rest, the
highest score wins) and a unit's evidence is its strongest correlation with
one class (is the row of that class or not); for a number the probe is the
best linear function (least squares) scored by validation R², written as the
percentage of the validation rows' variation it explains, and a unit's
evidence is its correlation with the number. ``core.lesson.linear_probe``
says why and how.

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
from core.engine.metrics import r2_score
from core.engine.model import MLP
from core.engine.target_scale import TargetScale
from core.engine.training import EpochRecord
from core.lesson.boundary import NormalizedSplit
from core.lesson.linear_probe import probe_score

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
# The untangling sentences per target kind: "binary" is the lesson's wording;
# several classes get one straight line per class; a number a linear fit and
# the share of the variation it explains (R² as a percentage).
SENTENCES = {
    "classes": {
        "not_yet_layers": template(
            "The layers have not learned yet (no epoch has finished): for now "
            "straight lines through the raw measurements (one per class) get "
            "{raw}% of the validation rows right."
        ),
        "not_yet_network": template(
            "The network has not learned yet (no epoch has finished): for now "
            "straight lines through the raw measurements (one per class) get "
            "{raw}% of the validation rows right."
        ),
        "no_hidden": template(
            "This network has no hidden layer, so its answer is itself made of "
            "straight lines through the measurements. Straight lines fitted to the "
            "training rows to convergence (one per class) get {raw}% of the "
            "validation rows right; this network, after {epochs}, gets {own}%."
        ),
        "lead": template(
            "Straight lines through the raw measurements (one per class) get "
            "{raw}% of the validation rows right; {steps}."
        ),
    },
    "number": {
        "not_yet_layers": template(
            "The layers have not learned yet (no epoch has finished): for now a "
            "linear fit of the raw measurements explains {raw}% of the variation "
            "of the validation rows' target (R²)."
        ),
        "not_yet_network": template(
            "The network has not learned yet (no epoch has finished): for now a "
            "linear fit of the raw measurements explains {raw}% of the variation "
            "of the validation rows' target (R²)."
        ),
        "no_hidden": template(
            "This network has no hidden layer, so its answer is itself a linear "
            "function of the measurements. A linear fit to the training rows "
            "explains {raw}% of the variation of the validation rows' target "
            "(R²); this network, after {epochs}, explains {own}%."
        ),
        "lead": template(
            "A linear fit of the raw measurements explains {raw}% of the "
            "variation of the validation rows' target (R²); {steps}."
        ),
    },
}


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
    # share of validation rows the line gets right; for a number, the
    # validation R² of the linear fit (the share of the variation explained)
    val_accuracy: float

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
    output_accuracy: float  # validation accuracy; R² for a number
    epochs_done: int
    kind: str = "binary"  # the run's target kind: what the scores are
    output_units: int = 1  # the network's own answer: k scores for k classes

    @property
    def hidden(self) -> tuple[LayerSeparability, ...]:
        return self.layers[1:]


def untangle(
    model: MLP, split: NormalizedSplit, epochs_done: int, kind: str | None = None
) -> Untangling:
    """Fit a straight line on each layer's training-row outputs; score validation.

    The raw and normalized inputs differ only by a per-column shift and scale,
    which a straight line absorbs, so their scores agree; both are kept because
    the raw ones are what a student measured. ``kind`` is the run's target
    kind (None: the model's own); each "score" is then validation accuracy,
    or validation R² for a number (``linear_probe.probe_score``).
    """
    kind = kind or model.output_kind.name
    train = model.forward(split.X_train).a
    val_trace = model.forward(split.X_val)
    val = val_trace.a
    if not all(np.isfinite(a).all() for a in (*train, *val)):
        raise ValueError("The network's values are not finite numbers.")
    y_train, y_val = split.y_train, split.y_val

    def probe(name: str, a_train: Array, a_val: Array) -> LayerSeparability:
        score = probe_score(kind, a_train, y_train, a_val, y_val)
        return LayerSeparability(name, int(a_train.shape[1]), score)

    raw = probe(RAW, split.X_train_raw, split.X_val_raw)
    hidden = [probe(hidden_name(k), train[k], val[k]) for k in range(1, len(train) - 1)]
    layers = (probe(INPUTS, train[0], val[0]), *hidden)
    output = output_score(kind, val_trace.logits, y_train, y_val)
    units = int(model.layer_sizes[-1])
    return Untangling(raw, layers, output, epochs_done, kind, units)


def output_score(kind: str, logits: Array, y_train: Array, y_val: Array) -> float:
    """The network's own validation score: accuracy, or R² for a number.

    A number's output is in standard deviations of the training targets
    (``core.engine.target_scale``); it is turned back before R² is taken,
    as the trainer does.
    """
    z = np.asarray(logits, dtype=np.float64)
    if kind == "number":
        scale = TargetScale.fit(y_train)
        return r2_score(y_val, scale.to_units(z.reshape(len(z), -1)[:, 0]))
    if kind == "classes":
        return float(np.mean(np.argmax(z, axis=1) == np.asarray(y_val).astype(int)))
    return float(np.mean((z.reshape(-1) > 0) == (np.asarray(y_val) > 0.5)))


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
    no more than the one before. Several classes and a number follow the same
    rules in their own words (``SENTENCES``); a number's scores are R² as
    percentages, and when R² is not defined (every validation target the
    same) it says so and nothing else.
    """
    scores = [u.raw.val_accuracy, *(h.val_accuracy for h in u.layers)]
    if not all(np.isfinite(scores)) or not np.isfinite(u.output_accuracy):
        return say(
            "Every validation row has the same target, so R² (the share of its "
            "variation explained) is not defined for this run."
        )
    words = SENTENCES.get(u.kind)
    raw = percent(u.raw.val_accuracy)
    if u.epochs_done == 0:
        if u.hidden:
            if words:
                return say(words["not_yet_layers"], raw=raw)
            return say(
                "The layers have not learned yet (no epoch has finished): for now a "
                "straight line through the raw measurements gets {raw}% of the "
                "validation rows right.",
                raw=raw,
            )
        if words:
            return say(words["not_yet_network"], raw=raw)
        return say(
            "The network has not learned yet (no epoch has finished): for now a "
            "straight line through the raw measurements gets {raw}% of the "
            "validation rows right.",
            raw=raw,
        )
    if not u.hidden:
        values = {"raw": raw, "epochs": _epochs(u.epochs_done)}
        values["own"] = percent(u.output_accuracy)
        if words:
            return say(words["no_hidden"], **values)
        return say(
            "This network has no hidden layer, so its answer is itself a straight "
            "line through the measurements. A straight line fitted to the training "
            "rows to convergence gets {raw}% of the validation rows right; this "
            "network, after {epochs}, gets {own}%.",
            **values,
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
    if words:
        lead = say(words["lead"], raw=raw, steps="; ".join(steps))
    else:
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
        _stall(k, scores[k], scores[k - 1], u.kind)
        for k in range(1, len(scores))
        if scores[k] <= scores[k - 1]
    ]
    if stalls:
        text = "; ".join(stalls)
        return text[0].upper() + text[1:] + "."
    if u.kind == "number":
        if len(scores) == 2:
            return say(
                "A linear fit explains more of the target through the hidden "
                "layer's patterns than through the raw measurements."
            )
        return say(
            "A linear fit explains more of the target through each layer's "
            "patterns than through the one before: the layers untangle it step "
            "by step."
        )
    if len(scores) == 2:
        return say(
            "The hidden layer's patterns make the classes easier to separate with "
            "a straight line than the raw measurements."
        )
    return say(
        "Each layer's patterns separate the classes better than the one before: "
        "the layers untangle them step by step."
    )


def _stall(k: int, now: int, before: int, kind: str = "binary") -> str:
    """Layer ``k`` scores ``now``, no more than the ``before`` of what feeds it."""
    if kind == "number":
        if k == 1:
            return say(
                "a linear fit explains the target no better through layer 1's "
                "patterns than through the raw measurements ({now}% against "
                "{before}%)",
                now=now,
                before=before,
            )
        return say(
            "a linear fit explains the target no better through layer {k}'s "
            "patterns than through layer {j}'s ({now}% against {before}%)",
            k=k,
            j=k - 1,
            now=now,
            before=before,
        )
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
    def number(self) -> bool:
        """A number run: its records have R², not accuracy."""
        return bool(np.isnan(self.end.accuracy) and not np.isnan(self.end.loss))

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
    # several classes: the class whose "this class or not" the unit follows
    # most closely (its correlation is ``correlation``); "" otherwise
    follows: str = ""


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
    class_names: Sequence[str] = (),
) -> tuple[LayerEvidence, ...]:
    """Per hidden layer, its units most correlated with the label.

    With ``class_names`` (several classes) the label is each class's "this
    class or not" in turn, and a unit counts with the class it follows most
    closely (largest |r|): the class number itself has no order to follow.
    """
    trace = model.forward(X_val)
    targets = _class_columns(y_val, len(class_names)) if class_names else None
    evidence = []
    for k in range(1, model.n_layers):  # a[k] is hidden layer k's output
        r, follows = _unit_correlations(trace.a[k], y_val, targets, class_names)
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
                k, int(u) + 1, float(r[u]), strongest_weights(W, u, names, top_inputs),
                follows[u],
            )
            for u in order
        )  # fmt: skip
        evidence.append(LayerEvidence(k, int(W.shape[1]), units))
    return tuple(evidence)


def _class_columns(y: Array, k: int) -> Array:
    """(rows, k) 0/1 columns: is the row of class c?"""
    labels = np.asarray(y).astype(np.int64)
    return np.asarray(labels[:, None] == np.arange(k)[None, :], dtype=np.float64)


def _unit_correlations(
    a: Array, y: Array, targets: Array | None, class_names: Sequence[str]
) -> tuple[Array, list[str]]:
    """Each unit's correlation with the label (or its closest class) and that class."""
    if targets is None:
        return label_correlations(a, y), [""] * a.shape[1]
    table = np.column_stack(
        [label_correlations(a, targets[:, c]) for c in range(targets.shape[1])]
    )  # (units, classes)
    best = np.argmax(np.abs(table), axis=1)
    r = table[np.arange(len(best)), best]
    return r, [str(class_names[c]) for c in best]


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
    kind: str | None = None,
    class_names: Sequence[str] = (),
) -> Insight:
    """The key insight with this run's evidence (a few milliseconds of NumPy).

    ``kind`` is the run's target kind (None: the model's); ``class_names``
    name the classes of a several-classes run (see ``layer_evidence``).
    """
    kind = kind or model.output_kind.name
    names = tuple(class_names) if kind == "classes" else ()
    return Insight(
        text=KEY_INSIGHT,
        untangling=untangle(model, split, len(records), kind),
        progress=run_progress(records),
        layers=layer_evidence(
            model, split.X_val, split.y_val, feature_names, class_names=names
        ),
    )


def progress_sentence(progress: Progress) -> str:
    """Loss and validation accuracy after the first and the last epoch.

    The verbs compare the printed values (loss to 3 decimals, accuracy in
    whole percent): "fell", "rose" or "stayed at". The ratio is given only
    when the loss fell and the ratio prints above 1.0.
    """
    s, e = progress.start, progress.end
    if progress.number:
        if s.epoch == e.epoch:
            return say(
                "After epoch {epoch} the training loss is {loss}; {r2}.",
                epoch=e.epoch,
                loss=f"{e.loss:.3f}",
                r2=_r2_now(e.val_r2),
            )
        return f"{_loss_change(progress)}; {_r2_change(progress)}."
    if s.epoch == e.epoch:
        return say(
            "After epoch {epoch} the training loss is {loss} and validation "
            "accuracy {acc}%.",
            epoch=e.epoch,
            loss=f"{e.loss:.3f}",
            acc=percent(e.val_accuracy),
        )
    return f"{_loss_change(progress)}; {_accuracy_change(progress)}."


def _r2_now(r2: float) -> str:
    if not np.isfinite(r2):
        return say("validation R² is not defined (every validation row has the "
                   "same target)")  # fmt: skip
    return say("validation R² {r2}", r2=f"{r2:.2f}")


def _r2_change(progress: Progress) -> str:
    """A number run's half of ``progress_sentence``: validation R², 2 decimals.

    The verb compares the printed values, as for accuracy.
    """
    a, b = progress.start.val_r2, progress.end.val_r2
    if not (np.isfinite(a) and np.isfinite(b)):
        return _r2_now(b if not np.isfinite(b) else a)
    p, q = f"{a:.2f}", f"{b:.2f}"
    if float(p) == float(q):
        return say("validation R² stayed at {r2}", r2=q)
    if float(q) > float(p):
        return say("validation R² rose from {a} to {b}", a=p, b=q)
    return say("validation R² fell from {a} to {b}", a=p, b=q)


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
    """ "unit 7 (r = +0.62) weighs VO2 max (+1.30), age (−0.80) most".

    A unit of a several-classes run names its class: "(r = +0.62 with class 2)".
    """
    parts = ", ".join(f"{name} ({weight:+.2f})" for name, weight in unit.inputs)
    if unit.follows:
        return say(
            "unit {unit} (r = {r} with {name}) weighs {inputs} most",
            unit=unit.unit,
            r=f"{unit.correlation:+.2f}",
            name=unit.follows,
            inputs=parts,
        )
    return say(
        "unit {unit} (r = {r}) weighs {inputs} most",
        unit=unit.unit,
        r=f"{unit.correlation:+.2f}",
        inputs=parts,
    )
