"""What a run's output is, and how the pattern views colour it and its rows.

The pattern views were drawn for yes/no; a run may also predict one of
several classes or a number (``core.engine.output_kinds``). ``OutputLook``
gathers, once per setup, what they need to draw any of the three the way the
decision boundary does (``desktop.lesson.boundary_plot``):

- **yes/no and several classes**: each class its own colour *and* symbol
  (``class_colour``, ``class_symbol``: the Okabe–Ito palette, cycled past
  eight), so the classes read without colour too;
- **a number**: each row coloured by its true value on cividis (the
  colour-blind-safe sequential map of the boundary), over the training
  targets' range, so a colour means the same value in every view and frame.

``key_html`` writes the colour key as rich text (coloured symbols and names,
or a strip of the number's map between its two ends), which fits any width
by wrapping, where a plot legend would cover points.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from core.engine.output_kinds import get_output_kind
from core.engine.target_scale import TargetScale
from core.lesson.boundary import NormalizedSplit
from desktop.lesson.boundary_plot import NUMBER_MAP, class_colour, class_symbol

KEY_STEPS = 8  # blocks in a number's colour strip
# how pyqtgraph's symbols look as text, for the colour key
SYMBOL_TEXT = {"o": "●", "t": "▼", "t1": "▲", "s": "■", "d": "◆", "p": "⬟",
               "h": "⬢", "star": "★", "+": "✚", "x": "✖"}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutputLook", text)


@dataclass(frozen=True)
class OutputLook:
    """One setup's output: its kind, class names, or a number's range and scale."""

    kind: str  # "binary", "classes" or "number"
    class_names: tuple[str, ...]
    target_name: str
    value_range: tuple[float, float] = (0.0, 1.0)  # a number's training range
    scale: TargetScale | None = None  # a number's standardization

    @property
    def units(self) -> int:
        """Output units: k for several classes, else 1."""
        return get_output_kind(self.kind).units(len(self.class_names))

    @property
    def groups(self) -> int:
        """Scatter groups a view needs: one per class, one for a number."""
        return 1 if self.kind == "number" else max(len(self.class_names), 2)

    def class_name(self, c: int) -> str:
        return self.class_names[c] if c < len(self.class_names) else str(c)


def output_look(description, split: NormalizedSplit) -> OutputLook:
    """From a ``RunDescription`` and the split the view rebuilt for it."""
    kind = getattr(description, "target_kind", "binary")
    dataset = description.dataset
    names = tuple(getattr(description, "class_names", dataset.class_names))
    if kind != "number":
        return OutputLook(kind, names, dataset.target_name)
    raw = split.y_train_raw if split.y_train_raw is not None else split.y_train
    low, high = float(np.min(raw)), float(np.max(raw))
    scale = split.target_scale or TargetScale.fit(raw)
    return OutputLook(
        kind, (), dataset.target_name, (low, high if high > low else low + 1), scale
    )


def value_shares(values: np.ndarray, value_range: tuple[float, float]) -> np.ndarray:
    """Each value's place in the range, 0 to 1 (outside: clipped to the ends)."""
    low, high = value_range
    span = max(high - low, 1e-12)
    return np.clip((np.asarray(values, dtype=np.float64) - low) / span, 0.0, 1.0)


def value_colours(values: np.ndarray, value_range: tuple[float, float]) -> list[QColor]:
    """A number's rows coloured on cividis over ``value_range``."""
    cmap = pg.colormap.get(NUMBER_MAP)
    return list(cmap.map(value_shares(values, value_range), mode=pg.ColorMap.QCOLOR))


def number_lut(size: int = 256) -> np.ndarray:
    """(size, 4) uint8 RGBA of the number's map, for NumPy-built pictures."""
    table = pg.colormap.get(NUMBER_MAP).getLookupTable(0.0, 1.0, size, alpha=True)
    return np.asarray(table, np.uint8)


def class_lut(c: int, size: int = 256) -> np.ndarray:
    """(size, 4) uint8 RGBA from white (P = 0) to class ``c``'s colour (P = 1)."""
    rgb = np.array(class_colour(c).getRgb()[:3], dtype=np.float64)
    share = np.linspace(0.0, 1.0, size)[:, None]
    mixed = np.round(255.0 + share * (rgb - 255.0))
    return np.column_stack([mixed, np.full(size, 255.0)]).astype(np.uint8)


def key_html(look: OutputLook) -> str:
    """The colour key: each class's symbol and name, or a number's strip."""
    if look.kind == "number":
        low, high = look.value_range
        shares = np.linspace(0.0, 1.0, KEY_STEPS)
        cmap = pg.colormap.get(NUMBER_MAP)
        blocks = "".join(
            f"<span style='color:{q.name()}'>█</span>"
            for q in cmap.map(shares, mode=pg.ColorMap.QCOLOR)
        )
        return _tr("Colour: the true {target}, {low:.3g} {strip} {high:.3g}").format(
            target=escape(look.target_name), low=low, strip=blocks, high=high
        )
    entries = [
        f"<span style='color:{class_colour(c).name()}'>"
        f"{SYMBOL_TEXT.get(class_symbol(c), '●')}</span>&nbsp;"
        f"{escape(look.class_name(c))}"
        for c in range(look.groups)
    ]
    return "&nbsp;&nbsp; ".join(entries)
