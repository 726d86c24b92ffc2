"""Fitting text into a fixed space: wrap at spaces, then cut with an ellipsis.

Painted views (the pipeline boxes) cannot lean on QLabel's word wrap: they
must know which text did not fit so that it can be offered in full on hover.
``fit_text`` wraps greedily at spaces into at most ``max_lines`` lines and,
when the text is longer, ends the last line with "…" and says it was cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


@dataclass(frozen=True)
class FittedText:
    """The lines to draw and whether any of the text was left out."""

    lines: tuple[str, ...]
    cut: bool


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` if it fits in ``width`` pixels, else its start and "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))


def mark_cut(metrics: QFontMetrics, line: str, width: int) -> str:
    """``line`` ending in "…" (shortened further if the mark does not fit)."""
    if line.endswith(ELLIPSIS):
        return line
    marked = line.rstrip(" ,;:.") + ELLIPSIS
    if metrics.horizontalAdvance(marked) <= width:
        return marked
    return metrics.elidedText(line + "  ", Qt.TextElideMode.ElideRight, max(width, 0))


def wrap(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """Greedy word wrap at spaces; a word wider than ``width`` gets a line alone."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def fit_text(
    metrics: QFontMetrics, text: str, width: int, max_lines: int
) -> FittedText:
    """At most ``max_lines`` lines of ``text`` no wider than ``width``.

    Everything left out is marked by a trailing "…" on the last line (or on
    the over-long word that was shortened), and ``cut`` is True.
    """
    if max_lines <= 0 or width <= 0:
        return FittedText((), bool(text.strip()))
    lines = wrap(metrics, text, width)
    cut = len(lines) > max_lines
    if cut:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            mark_cut(metrics, elide(metrics, rest, width), width),
        ]
    shortened = [elide(metrics, line, width) for line in lines]
    cut = cut or shortened != lines
    return FittedText(tuple(shortened), cut)


@dataclass(frozen=True)
class BoxText:
    """A painted box's text: title lines, (line, style, gap above) rows and the
    full texts that were shortened or left out (offered on hover)."""

    title: tuple[str, ...]
    body: tuple[tuple[str, str, bool], ...]
    cut: tuple[str, ...]


def rows(lines, style: str, gap: bool) -> list[tuple[str, str, bool]]:
    """One text's lines as drawn rows; a gap above the first if ``gap``."""
    return [(line, style, gap and i == 0) for i, line in enumerate(lines)]


def fill_rows(items, metrics, width: int, room: float, gap: int = 3):
    """Fit (text, full text, style) items in order into ``room`` pixels of height.

    ``metrics`` maps a style to its QFontMetrics; texts are ``gap`` pixels
    apart. Returns the drawn rows, the room left and the full texts shortened
    or left out; the last row before a text left out whole gets a "…".
    """
    body: list[tuple[str, str, bool]] = []
    cut: list[str] = []
    for k, (text, full, style) in enumerate(items):
        spacing = metrics[style].lineSpacing()
        fitted = fit_text(metrics[style], text, width, int((room - gap) // spacing))
        if not fitted.lines and body:
            last, last_style, last_gap = body[-1]
            marked = mark_cut(metrics[last_style], last, width)
            body[-1] = (marked, last_style, last_gap)
        body += rows(fitted.lines, style, bool(body))
        room -= len(fitted.lines) * spacing + gap
        if fitted.cut or text != full:
            cut.append(full)
        if fitted.cut:
            cut += [f for _, f, _ in items[k + 1 :]]
            break
    return body, room, cut
