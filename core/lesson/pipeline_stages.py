"""The seed lesson's data-flow stages, described from the live configuration.

Every shape and every example that states a fact is computed from the data
and the network actually in use, so the diagram changes when the student
changes the layers or loads other data. Every text goes through
``core.data.wording.say``, so the window shows it in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.data.datasets import Dataset
from core.data.preprocessing import MinMaxScaler
from core.data.wording import say, template
from core.engine.activations import per_layer

Array = np.ndarray

LAYER_DESCRIPTIONS = {
    1: template("First neural network layer extracts simple patterns"),
    2: template("Second layer combines simple patterns into complex ones"),
}
LAYER_EXAMPLES = {
    1: template(
        "Extracts simple patterns, e.g., correlations between features like {a} and {b}"
    ),
    2: template(
        "Combines simple patterns into complex ones, e.g., interactions of features"
    ),
}
ATHLETE_LAYER_2 = template(
    "Combines simple patterns into complex ones, e.g., interactions indicating "
    "fitness levels"
)


@dataclass(frozen=True)
class Stage:
    """One box of the pipeline diagram."""

    key: str
    title: str
    in_shape: tuple[int, int]
    out_shape: tuple[int, int]
    description: str
    example: str
    kind: str  # "data" or "layer"
    layer: int = 0  # 1-based layer number for kind == "layer"
    activation: str = ""
    parameter_count: int = 0
    formula: str = ""

    @property
    def shapes_text(self) -> str:
        return f"{shape_text(self.in_shape)} → {shape_text(self.out_shape, self)}"


def shape_text(shape: tuple[int, int], stage: Stage | None = None) -> str:
    rows, cols = shape
    rows_text = f"{rows:,}" if rows >= 10_000 else str(rows)
    if stage is not None and stage.key == "output":
        if cols == 1:
            return say("{rows} rows × {cols} output", rows=rows_text, cols=cols)
        return say("{rows} rows × {cols} outputs", rows=rows_text, cols=cols)
    if cols == 1:
        return say("{rows} rows × 1 feature", rows=rows_text)
    return say("{rows} rows × {cols} features", rows=rows_text, cols=cols)


def describe_pipeline(
    dataset: Dataset,
    scaler: MinMaxScaler,
    layer_sizes: tuple[int, ...],
    activation: str | Sequence[str],
    target_kind: str = "binary",
) -> list[Stage]:
    """The stages for ``dataset`` flowing through a network of ``layer_sizes``.

    ``activation`` is one name for every hidden layer or one per hidden layer
    (``TrainingConfig.hidden_activations()``). When the layers differ, each
    hidden layer's title names its own ("Feature Extraction (Layer 2,
    tanh)"); when they share one, the titles stay as they were and the
    formula names it.

    ``target_kind`` (``core.engine.output_kinds``) decides the output box:
    one sigmoid unit, k softmax units (one per class) or one linear unit.
    """
    stages = [_input_stage(dataset), _normalize_stage(dataset, scaler)]
    names = per_layer(activation, len(layer_sizes) - 2)
    mixed = len(set(names)) > 1
    for k, name in enumerate(names, start=1):
        stages.append(_hidden_stage(k, dataset, layer_sizes, name, mixed))
    stages.append(_output_stage(dataset, layer_sizes, target_kind))
    return stages


def _hidden_stage(
    k: int,
    dataset: Dataset,
    layer_sizes: tuple[int, ...],
    activation: str,
    named: bool = False,
) -> Stage:
    """Hidden layer ``k``; ``named``: its title names its activation too."""
    n, fan_in, width = dataset.n_rows, layer_sizes[k - 1], layer_sizes[k]
    title = (
        say("Feature Extraction (Layer {k}, {activation})", k=k, activation=activation)
        if named
        else say("Feature Extraction (Layer {k})", k=k)
    )
    return Stage(
        key=f"layer{k}",
        title=title,
        in_shape=(n, fan_in),
        out_shape=(n, width),
        description=_layer_description(k),
        example=_layer_example(k, dataset),
        kind="layer",
        layer=k,
        activation=activation,
        parameter_count=(fan_in + 1) * width,
        formula=f"a{k} = {activation}(a{k - 1} · W{k} + b{k})",
    )


def _output_stage(
    dataset: Dataset, layer_sizes: tuple[int, ...], kind: str = "binary"
) -> Stage:
    last, units = len(layer_sizes) - 1, layer_sizes[-1]
    words = _output_words(dataset, units, kind)
    function = {"binary": "sigmoid", "classes": "softmax", "number": "linear"}[kind]
    before = f"a{last - 1} · W{last} + b{last}"
    formula = {
        "binary": f"p = sigmoid({before})",
        "classes": f"p = softmax({before})",
        "number": f"ŷ = {before}",
    }[kind]
    return Stage(
        key="output",
        title=say("Output Layer"),
        in_shape=(dataset.n_rows, layer_sizes[-2]),
        out_shape=(dataset.n_rows, units),
        description=words[0],
        example=words[1],
        kind="layer",
        layer=last,
        activation=function,
        parameter_count=(layer_sizes[-2] + 1) * units,
        formula=formula,
    )


def _output_words(dataset: Dataset, units: int, kind: str) -> tuple[str, str]:
    """The output box's description and example for the target's kind."""
    if kind == "classes":
        names = dataset.class_names
        shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
        return (
            say("Softmax over {k} classes: one probability per class", k=units),
            say("The {k} probabilities add up to 1; the largest names the "
                "class ({names})", k=units, names=shown),
        )  # fmt: skip
    if kind == "number":
        return (
            say("One linear unit predicts a number"),
            say("Predicts {target} (trained in standard deviations, shown in its "
                "own units)", target=dataset.target_name),
        )  # fmt: skip
    return (
        say("Final layer predicts the class or value"),
        say("Predicts {target}", target=dataset.target_name),
    )


def _input_stage(dataset: Dataset) -> Stage:
    n, d = dataset.n_rows, dataset.n_features
    first = ", ".join(
        _measure(name, unit, value)
        for name, unit, value in zip(
            dataset.feature_names[:3],
            dataset.feature_units[:3],
            dataset.X[0, :3],
            strict=True,
        )
    )
    return Stage(
        key="input",
        title=say("Data Input"),
        in_shape=(n, d),
        out_shape=(n, d),
        description=say("Raw data collected with {d} features per example", d=d),
        example=say("Each row: measurements like {first}, etc.", first=first),
        kind="data",
    )


def _normalize_stage(dataset: Dataset, scaler: MinMaxScaler) -> Stage:
    n, d = dataset.n_rows, dataset.n_features
    sentence = scaler.ranges[0].sentence()
    return Stage(
        key="normalize",
        title=say("Normalization"),
        in_shape=(n, d),
        out_shape=(n, d),
        description=say("Scale features to range 0-1 for better learning"),
        example=sentence[0].upper() + sentence[1:],
        kind="data",
        formula=say("x' = (x − min) / (max − min), min and max from the training rows"),
    )


def _layer_description(k: int) -> str:
    if k in LAYER_DESCRIPTIONS:
        return say(LAYER_DESCRIPTIONS[k])
    return say("Layer {k} combines the patterns of layer {j} further", k=k, j=k - 1)


def _layer_example(k: int, dataset: Dataset) -> str:
    names = dataset.feature_names
    if k == 2 and dataset.name == "athletes":
        return say(ATHLETE_LAYER_2)
    if k not in LAYER_EXAMPLES:
        return say("Builds still more complex combinations")
    b = names[1] if len(names) > 1 else names[0]
    return say(LAYER_EXAMPLES[k], a=names[0], b=b)


def _measure(name: str, unit: str, value: float) -> str:
    return f"{name} {value:.3g}{' ' + unit if unit else ''}"


def strongest_inputs(W: Array, names: list[str] | tuple[str, ...], top: int = 2) -> str:
    """Name the unit with the largest weights and the inputs it leans on most.

    Used to say, from the live weights, what a first-layer unit responds to.
    """
    unit = int(np.argmax(np.linalg.norm(W, axis=0)))
    order = np.argsort(-np.abs(W[:, unit]))[:top]
    parts = [f"{names[i]} ({'+' if W[i, unit] >= 0 else '−'})" for i in order]
    inputs = parts[0]
    for part in parts[1:]:
        inputs = say("{a} and {b}", a=inputs, b=part)
    return say("unit {unit} weighs {inputs} most", unit=unit + 1, inputs=inputs)
