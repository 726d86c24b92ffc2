"""Looking inside the network: what each layer makes of a fixed set of examples.

A heatmap of activations only teaches something if its rows stay the same
from step to step, so the probe set is chosen once per run (seeded, from the
validation rows the network never trains on) and sorted by class: when a
layer starts to separate the classes, the top and bottom halves of its map
start to look different. Everything here is computed with the readable
``core.engine.model`` forward pass, so a heatmap cell is exactly
``forward(probe).a[k]``.

The output layer is whatever the run's kind makes it (``core.engine.output_kinds``):
one sigmoid unit, k softmax units (the class probabilities), or one linear
unit giving a number in standard deviations of the target; the traced
example carries the number back in the target's own units too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP
from core.engine.target_scale import TargetScale
from core.engine.training import Trainer

Array = np.ndarray

PROBE_SIZE = 64


@dataclass(frozen=True)
class ProbeSet:
    """Fixed validation examples, sorted by class (``indices`` into ``X_val``)."""

    indices: Array
    X: Array  # normalized, what the network sees
    X_raw: Array  # the measurements as collected
    y: Array

    def __len__(self) -> int:
        return len(self.indices)


def choose_probe(
    X_val: Array, X_val_raw: Array, y_val: Array, size: int = PROBE_SIZE, seed: int = 0
) -> ProbeSet:
    """``size`` random validation rows (seeded), sorted by class (a number's: by
    target, smallest first), then by row."""
    n = len(y_val)
    rng = np.random.default_rng(seed)
    picked = rng.choice(n, size=min(size, n), replace=False)
    order = np.lexsort((picked, y_val[picked]))
    indices = picked[order]
    return ProbeSet(indices, X_val[indices], X_val_raw[indices], y_val[indices])


def probe_for(trainer: Trainer, size: int = PROBE_SIZE) -> ProbeSet:
    return choose_probe(
        trainer.X_val,
        trainer.raw_split.X_val,
        trainer.y_val,
        size=size,
        seed=trainer.config.seed,
    )


def model_at(
    theta: Array,
    layer_sizes: tuple[int, ...],
    activation: str | tuple[str, ...],  # one for all, or one per layer
    output: str | None = None,
) -> MLP:
    """A readable model holding ``theta`` (a copy), e.g. a moment from the past.

    ``output`` is the run's target kind; None guesses from the last layer (k > 1
    units: classes, else yes/no), right for every run but a number's.
    """
    if output is None:
        output = "classes" if layer_sizes[-1] > 1 else "binary"
    model = MLP(layer_sizes, activation, dtype=theta.dtype, output=output)
    model.theta[...] = theta
    return model


@dataclass(frozen=True)
class LayerMap:
    """One heatmap: rows are probe examples, columns the layer's units."""

    key: str  # "raw", "input", "layer1", …, "output"
    values: Array
    dead: Array  # bool per unit that can die (ReLU) and is zero for every probe example

    @property
    def dead_count(self) -> int:
        return int(self.dead.sum())


def dead_units(activations: Array) -> Array:
    """Units that output zero for every row: they pass nothing on and learn nothing."""
    dead: Array = np.all(activations == 0.0, axis=0)
    return dead


def layer_keys(n_layers: int) -> list[str]:
    return [*(f"layer{k}" for k in range(1, n_layers)), "output"]


def activation_maps(model: MLP, probe: ProbeSet) -> tuple[LayerMap, ...]:
    """The raw and normalized input, then ``forward(probe.X).a[k]`` for every layer."""
    passed = model.forward(probe.X)
    no_dead = np.zeros(probe.X.shape[1], dtype=bool)
    maps = [
        LayerMap("raw", np.array(probe.X_raw, dtype=float), no_dead),
        LayerMap("input", passed.a[0].copy(), no_dead),
    ]
    for k, key in enumerate(layer_keys(model.n_layers), start=1):
        a = passed.a[k].copy()
        can_die = model.activation_of_layer(k - 1).can_die
        dead = dead_units(a) if can_die else np.zeros(a.shape[1], dtype=bool)
        maps.append(LayerMap(key, a, dead))
    return tuple(maps)


@dataclass(frozen=True)
class ExampleTrace:
    """One example's values at every layer, and what the network made of it.

    ``probability``: P(class 1) for yes/no, the winning class's probability
    for several classes, NaN for a number. A number's ``target`` and
    ``value`` (the prediction) are in the target's units; ``label`` is 0.
    """

    x_raw: Array
    a: tuple[Array, ...]  # a[0] normalized input, a[k] layer k's output
    z: tuple[Array, ...]  # z[k - 1] layer k's pre-activation
    probability: float
    label: int
    output: str = "binary"
    target: float = math.nan  # a number: the true value, in its units
    value: float = math.nan  # a number: the prediction, in its units
    trained_target: float = math.nan  # a number: the target as trained (std devs)

    @property
    def class_probabilities(self) -> Array:
        """One probability per class ((1 - p, p) for yes/no); empty for a number."""
        if self.output == "number":
            return np.zeros(0)
        if self.output == "binary":
            return np.array([1.0 - self.probability, self.probability])
        return np.array(self.a[-1], dtype=float)

    @property
    def predicted(self) -> int:
        """The predicted class (-1 for a number: it predicts no class)."""
        if self.output == "number":
            return -1
        return int(np.argmax(self.class_probabilities))

    @property
    def correct(self) -> bool:
        return self.predicted == self.label

    @property
    def output_error(self) -> Array:
        """dL/dz at the output for this example alone: p − y, p − one-hot(y),
        or 2 (z − t) for a number (the batch's delta is these over n)."""
        out = np.array(self.a[-1], dtype=float)
        if self.output == "number":
            return 2.0 * (out - self.trained_target)
        if self.output == "classes":
            out[self.label] -= 1.0
            return out
        return out - self.label

    @property
    def loss(self) -> float:
        """This example's loss: −log of the right answer's probability, or the
        squared error in standard deviations for a number."""
        if self.output == "number":
            return float((self.a[-1][0] - self.trained_target) ** 2)
        right = self.class_probabilities[self.label]
        return -math.log(max(float(right), 1e-300))


def trace_example(
    model: MLP,
    x: Array,
    x_raw: Array,
    label: float,
    scale: TargetScale | None = None,
) -> ExampleTrace:
    """Forward one example (a row of normalized features) and keep every layer.

    ``label``: the class, or for a number the target as trained (standardized
    with ``scale``, which turns it and the prediction back into units).
    """
    passed = model.forward(np.asarray(x)[None, :])
    kind = model.output_kind.name
    out = passed.a[-1][0]
    fields: dict[str, float | int] = {"label": 0}
    if kind == "number":
        scale = scale or TargetScale()
        fields |= {
            "probability": math.nan,
            "trained_target": float(label),
            "target": float(scale.to_units(np.array([label]))[0]),
            "value": float(scale.to_units(out[:1])[0]),
        }
    else:
        fields["label"] = int(label)
        fields["probability"] = float(out[0] if kind == "binary" else out.max())
    return ExampleTrace(
        x_raw=np.array(x_raw, dtype=float),
        a=tuple(a[0].copy() for a in passed.a),
        z=tuple(z[0].copy() for z in passed.z),
        output=kind,
        **fields,  # type: ignore[arg-type]
    )
