"""What the network view draws for one set of parameters, built off the GUI thread.

``build_network_frame`` runs on a pool thread from copies (the snapshot's
theta is copied before the job starts): the pictures and reliance
(``core.patterns.unit_pictures``), the edges (``core.patterns.network_edges``)
and every picture already turned into RGBA bytes with NumPy, so the GUI
thread only wraps bytes in ``QImage`` s and paints.

Colour maps, as in the app's other heatmaps (``desktop/views/heatmap_panel.py``):

- a hidden unit whose activation never goes below 0 (ReLU, sigmoid) is a
  magnitude: viridis, from 0 (dark: off) to the picture's own largest value
  (bright);
- one that can be negative (tanh, linear) is signed: CET-D1, blue below 0,
  white at 0, red above, symmetric around 0 (±the picture's largest |a|);
- the output reads like the Decision boundary tab, for each output kind
  (``desktop.patterns.output_look``): yes/no, P(class 1) on the boundary's
  blue–white–vermillion map; several classes, one picture per output unit,
  P(class c) from white (0) to class c's colour (1); a number, the
  predicted value in the target's units on cividis over the training
  targets' range. All on fixed levels, so a colour means the same in every
  frame.

With an activation per layer (``TrainingConfig.activation_spec()``) each
hidden layer takes the map of its own activation.

Each hidden picture uses its own range because the lesson is in the shapes
(half-planes, then corners); the hover card gives the range in numbers.
Row 0 of a picture is the lowest y, so the RGBA rows are flipped: up is up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from core.engine.activations import get_activation
from core.engine.snapshot import layer_params
from core.lesson.boundary import BoundaryGrid
from core.patterns.network_edges import LayerEdges, network_edges
from core.patterns.unit_pictures import NetworkPictures, network_pictures
from desktop.lesson.boundary_view import probability_colour_map
from desktop.patterns.output_look import OutputLook, class_lut, number_lut

Array = np.ndarray

SEQUENTIAL = "viridis"
DIVERGING = "CET-D1"
LUT_SIZE = 256


def never_negative(activation: str) -> bool:
    """True if ``f(z) >= 0`` everywhere (checked on a wide range of z)."""
    z = np.linspace(-50.0, 50.0, 1001)
    return bool(np.all(get_activation(activation).f(z) >= 0.0))


def _hidden_lut(activation: str) -> Array:
    name = SEQUENTIAL if never_negative(activation) else DIVERGING
    table = pg.colormap.get(name).getLookupTable(0.0, 1.0, LUT_SIZE, alpha=True)
    return np.asarray(table, np.uint8)


def layer_activation(activation: str | Sequence[str], k: int) -> str:
    """Hidden layer ``k``'s (0-based) activation: the one name, or its own."""
    return activation if isinstance(activation, str) else activation[k]


def lookup_tables(
    activation: str | Sequence[str], look: OutputLook | None = None
) -> tuple[Array, Array]:
    """The hidden and the output lookup tables, uint8 RGBA; build on the GUI thread.

    The hidden LUT is (256, 4) for one activation, (layers, 256, 4) for one
    per hidden layer; the output's is (256, 4) for yes/no and a number, and
    (k, 256, 4) for k classes, one per output unit.
    """
    if isinstance(activation, str):
        hidden = _hidden_lut(activation)
    else:
        hidden = np.stack([_hidden_lut(name) for name in activation])
    kind = look.kind if look is not None else "binary"
    if kind == "classes":
        output = np.stack([class_lut(c, LUT_SIZE) for c in range(look.units)])
    elif kind == "number":
        output = number_lut(LUT_SIZE)
    else:
        output = probability_colour_map().getLookupTable(0.0, 1.0, LUT_SIZE, alpha=True)
    return hidden, np.asarray(output, np.uint8)


def picture_levels(pictures: Array, signed: bool) -> tuple[Array, Array]:
    """Per picture (low, high): 0 to its max, or ±its max |a| when ``signed``."""
    flat = pictures.reshape(len(pictures), -1)
    if signed:
        top = np.abs(flat).max(axis=1)
        top = np.where(top > 0, top, 1.0)
        return -top, top
    top = flat.max(axis=1)
    return np.zeros_like(top), np.where(top > 0, top, 1.0)


def to_rgba(pictures: Array, low: Array, high: Array, lut: Array) -> Array:
    """(units, ny, nx) values → (units, ny, nx, 4) uint8, rows flipped (up is up)."""
    span = (high - low)[:, None, None]
    scaled = (pictures - low[:, None, None]) / span
    index = np.clip(np.rint(scaled * (len(lut) - 1)), 0, len(lut) - 1).astype(np.intp)
    return np.ascontiguousarray(lut[index][:, ::-1])


@dataclass(frozen=True)
class NetworkFrame:
    """One drawable state of the network (all arrays owned by the frame)."""

    theta: Array
    computed: NetworkPictures
    edges: tuple[LayerEdges, ...]
    rgba: tuple[Array, ...]  # per layer (units, ny, nx, 4) uint8, output last
    levels: tuple[tuple[Array, Array], ...]  # per layer the (low, high) used
    # the output pictures as drawn: probabilities, or a number in its units
    output_values: Array | None = None


@dataclass(frozen=True)
class FrameJob:
    """Everything one frame needs, as copies: safe to hand to a pool thread."""

    theta: Array
    layer_sizes: tuple[int, ...]
    activation: str | tuple[str, ...]  # one name, or one per hidden layer
    grid: BoundaryGrid
    X_train: Array
    k: int
    luts: tuple[Array, Array]
    look: OutputLook | None = None  # the output's kind (None: yes/no)

    @classmethod
    def of(
        cls,
        theta: Array,
        layer_sizes: Sequence[int],
        activation: str | Sequence[str],
        grid: BoundaryGrid,
        X_train: Array,
        k: int,
        luts: tuple[Array, Array],
        look: OutputLook | None = None,
    ) -> FrameJob:
        return cls(
            np.array(theta), tuple(layer_sizes),
            activation if isinstance(activation, str) else tuple(activation),
            grid, X_train, k, luts, look,
        )  # fmt: skip

    @property
    def kind(self) -> str:
        return self.look.kind if self.look is not None else "binary"


def output_pictures(job: FrameJob, pictures: Array) -> tuple[Array, Array, Array]:
    """(values, low, high) of the output pictures as drawn: a number turned
    into the target's units over the training range, else probabilities 0–1."""
    units = len(pictures)
    if job.kind == "number" and job.look is not None and job.look.scale is not None:
        low, high = job.look.value_range
        values = job.look.scale.to_units(pictures)
        return values, np.full(units, low), np.full(units, high)
    return pictures, np.zeros(units), np.ones(units)


def output_rgba(values: Array, low: Array, high: Array, lut: Array) -> Array:
    """The output pictures' RGBA: one LUT for all, or one per unit (classes)."""
    if lut.ndim == 2:
        return to_rgba(values, low, high, lut)
    return np.concatenate(
        [to_rgba(values[u : u + 1], low[u : u + 1], high[u : u + 1], lut[u])
         for u in range(len(values))]
    )  # fmt: skip


def build_network_frame(job: FrameJob) -> NetworkFrame:
    """Pictures, reliance, edges and RGBA images for ``job`` (any thread)."""
    computed = network_pictures(
        job.theta, job.layer_sizes, job.activation, job.grid, job.X_train, job.kind
    )
    hidden_lut, output_lut = job.luts
    rgba, levels = [], []
    *hidden, last = computed.pictures.layers
    for k, pictures in enumerate(hidden):
        signed = not never_negative(layer_activation(job.activation, k))
        low, high = picture_levels(pictures, signed)
        lut = hidden_lut if hidden_lut.ndim == 2 else hidden_lut[k]
        rgba.append(to_rgba(pictures, low, high, lut))
        levels.append((low, high))
    values, low, high = output_pictures(job, last)
    rgba.append(output_rgba(values, low, high, output_lut))
    levels.append((low, high))
    weights = [W for W, _ in layer_params(job.theta, job.layer_sizes)]
    return NetworkFrame(
        job.theta, computed, network_edges(weights, job.k), tuple(rgba),
        tuple(levels), values,
    )  # fmt: skip
