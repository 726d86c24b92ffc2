"""Looking inside the network: what each layer makes of a fixed set of examples.

A heatmap of activations only teaches something if its rows stay the same
from step to step, so the probe set is chosen once per run (seeded, from the
validation rows the network never trains on) and sorted by class: when a
layer starts to separate the classes, the top and bottom halves of its map
start to look different. Everything here is computed with the readable
``core.engine.model`` forward pass, so a heatmap cell is exactly
``forward(probe).a[k]``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.model import MLP
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
    """``size`` random validation rows (seeded), class 0 first, then class 1."""
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


def model_at(theta: Array, layer_sizes: tuple[int, ...], activation: str) -> MLP:
    """A readable model holding ``theta`` (a copy), e.g. a moment from the past."""
    model = MLP(layer_sizes, activation, dtype=theta.dtype)
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
    """One example's values at every layer, and what the network made of it."""

    x_raw: Array
    a: tuple[Array, ...]  # a[0] normalized input, a[k] layer k's output
    z: tuple[Array, ...]  # z[k - 1] layer k's pre-activation
    probability: float
    label: int

    @property
    def predicted(self) -> int:
        return int(self.probability >= 0.5)

    @property
    def correct(self) -> bool:
        return self.predicted == self.label


def trace_example(model: MLP, x: Array, x_raw: Array, label: float) -> ExampleTrace:
    """Forward one example (a row of normalized features) and keep every layer."""
    passed = model.forward(np.asarray(x)[None, :])
    return ExampleTrace(
        x_raw=np.array(x_raw, dtype=float),
        a=tuple(a[0].copy() for a in passed.a),
        z=tuple(z[0].copy() for z in passed.z),
        probability=float(passed.a[-1][0, 0]),
        label=int(label),
    )
