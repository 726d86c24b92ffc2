"""Where the network view puts each input, unit picture and edge, for a canvas size.

Inputs are a column of named dots on the left, the output one larger picture
on the right. A hidden layer is a block of square pictures filled column by
column (top to bottom, then the next column to the right), so 64 units fit
as 8 × 8 instead of a column of specks; with units ordered by reliance the
most relied-on come first. The picture size is the largest (up to
``MAX_CELL``) at which every block fits with room for the edges between
columns; below ``MIN_CELL`` the blocks simply take more columns than fit.
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
    output: QRectF
    cell: float
    titles: tuple[tuple[float, str], ...] = ()  # (x centre, key) per column

    def unit_rect(self, layer: int, slot: int) -> QRectF:
        """``layer`` 1-based; the output layer's only slot is ``output``."""
        if layer == len(self.cells) + 1:
            return self.output
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


def fit_cell(hidden: Sequence[int], width: float, height: float) -> float:
    """The largest picture size whose blocks and edge gaps fit ``width``."""
    room_for_blocks = width - LABEL_WIDTH - 12 - RIGHT
    for cell in range(MAX_CELL, MIN_CELL - 1, -1):
        output = min(2 * cell, height)
        gaps = MIN_EDGE_GAP * (len(hidden) + 1)
        if sum(_widths(hidden, cell, height)) + output + gaps <= room_for_blocks:
            return float(cell)
    return float(MIN_CELL)


def lay_out(layer_sizes: Sequence[int], width: float, height: float) -> NetworkLayout:
    """Place a network ``layer_sizes`` (inputs, hidden…, 1) in width × height."""
    n_inputs, hidden = layer_sizes[0], list(layer_sizes[1:-1])
    inner = max(height - TOP - BOTTOM, MIN_CELL)
    cell = fit_cell(hidden, width, inner)
    gap = _gap(cell)
    output_size = min(2 * cell, inner)
    widths = _widths(hidden, cell, inner)
    dot_x = LABEL_WIDTH + 6
    free = width - dot_x - sum(widths) - output_size - RIGHT
    edge_gap = max(free / (len(hidden) + 1), 8.0)
    step = inner / n_inputs
    inputs = tuple(QPointF(dot_x, TOP + step * (i + 0.5)) for i in range(n_inputs))
    titles: list[tuple[float, str]] = [(dot_x - 40, "inputs")]
    x, cells = dot_x + edge_gap, []
    for n, block_width in zip(hidden, widths, strict=True):
        rows, _ = _block_shape(n, cell, inner)
        top = TOP + (inner - (rows * (cell + gap) - gap)) / 2
        cells.append(
            tuple(
                QRectF(
                    x + (p // rows) * (cell + gap),
                    top + (p % rows) * (cell + gap),
                    cell,
                    cell,
                )
                for p in range(n)
            )
        )
        titles.append((x + block_width / 2, f"layer{len(cells)}"))
        x += block_width + edge_gap
    output = QRectF(x, TOP + (inner - output_size) / 2, output_size, output_size)
    titles.append((x + output_size / 2, "output"))
    return NetworkLayout(inputs, tuple(cells), output, cell, tuple(titles))
