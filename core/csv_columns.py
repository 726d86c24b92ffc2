"""Turn a table's text cells into typed columns, and find and map the target.

A cell is a number, missing (empty or NA-like) or text, and the checks need
all three kept apart, so each column is parsed once into arrays that say
which. The target column's two values are mapped onto 0 and 1 here too,
because that needs the same reading of cells ("1.0" and "1" are one class).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from core.csv_problems import CsvProblem, Problem, column_letter
from core.csv_reading import CsvTable, parse_number

Array = np.ndarray

MISSING_TOKENS = frozenset({"", "na", "n/a", "null", "none", "?", "-"})
POSITIVE_PAIRS = (("0", "1"), ("no", "yes"), ("n", "y"), ("false", "true"), ("f", "t"))


@dataclass(frozen=True, eq=False)
class CsvColumn:
    """One column read once: its numbers, and which cells are missing or text."""

    index: int
    name: str
    values: Array  # float64, NaN where the cell is missing or text
    missing: Array  # bool: empty or NA-like
    text: Array  # bool: not a number

    @property
    def where(self) -> str:
        """How messages name the column: by name and by spreadsheet letter."""
        return f"column '{self.name}' (spreadsheet column {column_letter(self.index)})"


def parse_column(table: CsvTable, j: int) -> CsvColumn:
    """Read column ``j``: a number, missing, or text in each row."""
    n = len(table.rows)
    values, missing, text = np.full(n, np.nan), np.zeros(n, bool), np.zeros(n, bool)
    for i, row in enumerate(table.rows):
        cell = row[j].strip()
        if cell.casefold() in MISSING_TOKENS:
            missing[i] = True
        elif (number := parse_number(cell, table.delimiter)) is None:
            text[i] = True
        else:
            values[i] = number
    return CsvColumn(j, table.header[j], values, missing, text)


def target_keys(table: CsvTable, column: CsvColumn) -> list[str | None]:
    """Each row's class as text, None if missing; "1.0" and "1" are the same class."""
    keys: list[str | None] = []
    for i, value in enumerate(column.values):
        if column.text[i]:
            keys.append(table.rows[i][column.index].strip())
        elif column.missing[i] or not math.isfinite(value):
            keys.append(None)
        else:
            keys.append(format(value, ".15g"))
    return keys


def suggest_target(table: CsvTable, columns: list[CsvColumn]) -> int:
    """The last column, unless it is not two-valued and another column is."""
    for column in reversed(columns):
        if len(set(target_keys(table, column)) - {None}) == 2:
            return column.index
    return len(columns) - 1


def target_index(header: tuple[str, ...], target: str | int) -> int:
    """Accept an index (negative counts from the end) or a name, exact or any case."""
    n = len(header)
    if isinstance(target, int) and not isinstance(target, bool) and -n <= target < n:
        return target % n
    folded = [name.casefold() for name in header]
    if isinstance(target, str) and target.strip() in header:
        return header.index(target.strip())
    if isinstance(target, str) and target.strip().casefold() in folded:
        return folded.index(target.strip().casefold())
    names = ", ".join(f"'{name}'" for name in header)
    raise CsvProblem(Problem.UNKNOWN_TARGET, value=str(target), names=names, last=n - 1)


def map_target(
    table: CsvTable, column: CsvColumn, keys: list[str | None]
) -> tuple[dict[str, int], str]:
    """Map the target's two values onto 0 and 1, and say by which rule."""
    counts = Counter(k for k in keys if k is not None)
    if len(counts) != 2:
        raise _target_problem(column, counts)
    a, b = sorted(counts, key=lambda k: (k.casefold(), k))
    folded = {a.casefold(): a, b.casefold(): b}
    pair = next((p for p in POSITIVE_PAIRS if set(p) == set(folded)), None)
    numbers = [parse_number(k, table.delimiter) for k in (a, b)]
    if pair:
        negative, positive = folded[pair[0]], folded[pair[1]]
        rule = f"'{positive}' reads as the positive class"
    elif numbers[0] is not None and numbers[1] is not None:
        negative, positive = (a, b) if numbers[0] < numbers[1] else (b, a)
        rule = "in increasing order"
    else:
        negative, positive, rule = a, b, "in alphabetical order"
    note = f"'{negative}' → 0 and '{positive}' → 1 ({rule})"
    return {negative: 0, positive: 1}, note


def _target_problem(column: CsvColumn, counts: Counter[str]) -> CsvProblem:
    if len(counts) < 2:
        what = f"only one value ('{next(iter(counts))}')" if counts else "no values"
    else:
        shown = ", ".join(f"'{k}' ({n} rows)" for k, n in counts.most_common(5))
        more = f" and {len(counts) - 5} more" if len(counts) > 5 else ""
        what = f"{len(counts)} different values: {shown}{more}"
    return CsvProblem(
        Problem.TARGET_VALUES, column=column.name, count=len(counts), what=what,
        where=column.where,
    )  # fmt: skip
