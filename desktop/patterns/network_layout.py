"""Where the network view puts each input, unit picture and edge, for a canvas size.

Inputs are a column of named dots on the left, the output on the right: one
larger picture for one output unit (yes/no, a number), or a block of k
pictures like a hidden layer's for k classes, with room on their right for
the class names (``output_labels`` pixels). A hidden layer is a block of
square pictures filled column by column (top to bottom, then the next column
to the right), so 64 units fit as 8 × 8 instead of a column of specks; with
units ordered by reliance the most relied-on come first. The picture size
is the largest (up to ``MAX_CELL``) at which every block fits with room for
the edges between columns; below ``MIN_CELL`` the blocks simply take more
columns than fit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

MAX_CELL = 72
MIN_CELL = 12
LABEL_WIDTH = 104  # input names, right-aligned before their dots
TOP = 22  # room for the column titles
BOTTOM = 6
RIGHT = 10  # keeps the output picture off the canvas's edge
MIN_EDGE_GAP = 48  # room between two columns for the edges to be seen


@dataclass(frozen=True)
class NetworkLayout:
    """Rectangles and points in canvas pixels."""

    inputs: tuple[QPointF, ...]  # the input dots
    cells: tuple[tuple[QRectF, ...], ...]  # per hidden layer, per slot
    outputs: tuple[QRectF, ...]  # one per output unit
    cell: float
    titles: tuple[tuple[float, str], ...] = ()  # (x centre, key) per column

    @property
    def output(self) -> QRectF:
        """The first (for yes/no and a number: the only) output picture."""
        return self.outputs[0]

    def unit_rect(self, layer: int, slot: int) -> QRectF:
        """``layer`` 1-based; the output layer is the last."""
        if layer == len(self.cells) + 1:
            return self.outputs[slot]
        return self.cells[layer - 1][slot]


def _gap(cell: float) -> float:
    return max(2.0, round(cell * 0.1))


def _block_shape(n: int, cell: float, height: float) -> tuple[int, int]:
    """(rows, columns) of a block of ``n`` pictures of ``cell`` px in ``height``."""
    per_column = max(1, int((height + _gap(cell)) // (cell + _gap(cell))))
    columns = math.ceil(n / per_column)
    return math.ceil(n / columns), columns


def _widths(hidden: Sequence[int], cell: float, height: float) -> list[float]:
    gap = _gap(cell)
    return [_block_shape(n, cell, height)[1] * (cell + gap) - gap for n in hidden]


def _output_width(units: int, cell: float, height: float) -> float:
    """One output: a picture twice a cell; k outputs: a block of cells."""
    if units == 1:
        return min(2 * cell, height)
    return _widths([units], cell, height)[0]


def fit_cell(
    hidden: Sequence[int], width: float, height: float, units: int = 1,
    output_labels: float = 0.0,
) -> float:  # fmt: skip
    """The largest picture size whose blocks and edge gaps fit ``width``."""
    room_for_blocks = width - LABEL_WIDTH - 12 - RIGHT - output_labels
    for cell in range(MAX_CELL, MIN_CELL - 1, -1):
        output = _output_width(units, cell, height)
        gaps = MIN_EDGE_GAP * (len(hidden) + 1)
        if sum(_widths(hidden, cell, height)) + output + gaps <= room_for_blocks:
            return float(cell)
    return float(MIN_CELL)


def _block(n: int, x: float, cell: float, inner: float) -> tuple[QRectF, ...]:
    """``n`` cells filled column by column from ``x``, centred vertically."""
    gap = _gap(cell)
    rows, _ = _block_shape(n, cell, inner)
    top = TOP + (inner - (rows * (cell + gap) - gap)) / 2
    return tuple(
        QRectF(x + (p // rows) * (cell + gap), top + (p % rows) * (cell + gap),
               cell, cell)
        for p in range(n)
    )  # fmt: skip


def lay_out(
    layer_sizes: Sequence[int], width: float, height: float,
    output_labels: float = 0.0,
) -> NetworkLayout:  # fmt: skip
    """Place a network ``layer_sizes`` (inputs, hidden…, outputs) in width × height,
    keeping ``output_labels`` pixels right of the output pictures for names."""
    n_inputs, hidden, units = layer_sizes[0], list(layer_sizes[1:-1]), layer_sizes[-1]
    inner = max(height - TOP - BOTTOM, MIN_CELL)
    cell = fit_cell(hidden, width, inner, units, output_labels)
    output_width = _output_width(units, cell, inner)
    widths = _widths(hidden, cell, inner)
    dot_x = LABEL_WIDTH + 6
    free = width - dot_x - sum(widths) - output_width - RIGHT - output_labels
    edge_gap = max(free / (len(hidden) + 1), 8.0)
    step = inner / n_inputs
    inputs = tuple(QPointF(dot_x, TOP + step * (i + 0.5)) for i in range(n_inputs))
    titles: list[tuple[float, str]] = [(dot_x - 40, "inputs")]
    x, cells = dot_x + edge_gap, []
    for n, block_width in zip(hidden, widths, strict=True):
        cells.append(_block(n, x, cell, inner))
        titles.append((x + block_width / 2, f"layer{len(cells)}"))
        x += block_width + edge_gap
    if units == 1:
        top = TOP + (inner - output_width) / 2
        outputs: tuple[QRectF, ...] = (QRectF(x, top, output_width, output_width),)
    else:
        outputs = _block(units, x, cell, inner)
    titles.append((x + output_width / 2, "output"))
    return NetworkLayout(inputs, tuple(cells), outputs, cell, tuple(titles))
