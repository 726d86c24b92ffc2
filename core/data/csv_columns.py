"""Turn a table's text cells into typed columns, and find and map the target.

A cell is a number, missing (empty or NA-like) or text, and the checks need
all three kept apart, so each column is parsed once into arrays that say
which. The target column's two values are mapped onto 0 and 1 here too,
because that needs the same reading of cells ("1.0" and "1" are one class).

The target is the teacher's choice. A column qualifies only if it has exactly
two classes and each has at least ``MIN_CLASS_PERCENT`` % of the rows and
``MIN_CLASS_ROWS`` rows: with fewer, a network that always gives the common
answer scores near 100% and the lesson's numbers say nothing. ``map_target``
enforces this for every target (dialog, command line, sessions), and
the preview offers the last column only when ``last_column_problem`` finds
none under the same rule.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from core.data.chance import chance_words, percent
from core.data.csv_problems import CsvProblem, Problem, column_letter
from core.data.csv_reading import CsvTable, parse_number

Array = np.ndarray

MISSING_TOKENS = frozenset({"", "na", "n/a", "null", "none", "?", "-"})
POSITIVE_PAIRS = (("0", "1"), ("no", "yes"), ("n", "y"), ("false", "true"), ("f", "t"))
MIN_CLASS_PERCENT = 5  # of the rows with a target value (an int: exact sums)
MIN_CLASS_ROWS = 10
_WHOLE = re.compile(r"-?[0-9]+")


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


def last_column_problem(table: CsvTable, columns: list[CsvColumn]) -> CsvProblem | None:
    """Why the last column cannot be the target, or None if it can."""
    last = columns[-1]
    try:
        map_target(table, last, target_keys(table, last))
    except CsvProblem as problem:
        return problem
    return None


def target_index(header: tuple[str, ...], target: str | int) -> int:
    """Accept an index (negative counts from the end) or a name, exact or any case.

    A name that is no column's but is an ASCII whole number ("3", "-1", as
    typed on a command line) is taken as an index.
    """
    n = len(header)
    if isinstance(target, int) and not isinstance(target, bool) and -n <= target < n:
        return target % n
    folded = [name.casefold() for name in header]
    if isinstance(target, str) and target.strip() in header:
        return header.index(target.strip())
    if isinstance(target, str) and target.strip().casefold() in folded:
        return folded.index(target.strip().casefold())
    if isinstance(target, str) and _WHOLE.fullmatch(target.strip()):
        return target_index(header, int(target))
    names = ", ".join(f"'{name}'" for name in header)
    raise CsvProblem(Problem.UNKNOWN_TARGET, value=str(target), names=names, last=n - 1)


def map_target(
    table: CsvTable, column: CsvColumn, keys: list[str | None]
) -> tuple[dict[str, int], str]:
    """Map the target's two values onto 0 and 1, and say by which rule.

    Refuses a column without exactly two classes, or with a rare class.
    """
    counts = Counter(k for k in keys if k is not None)
    if len(counts) != 2:
        raise _target_problem(column, counts)
    if rare := _rare_class_problem(column, counts):
        raise rare
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


def _rare_class_problem(column: CsvColumn, counts: Counter[str]) -> CsvProblem | None:
    """The rarer class if it has under ``MIN_CLASS_PERCENT`` % or ``MIN_CLASS_ROWS``."""
    (common, n_common), (rare, n_rare) = counts.most_common()
    total = n_common + n_rare
    if n_rare >= MIN_CLASS_ROWS and 100 * n_rare >= MIN_CLASS_PERCENT * total:
        return None
    return CsvProblem(
        Problem.RARE_CLASS, column=column.name, value=rare, count=n_rare,
        total=total, share=percent(n_rare / total, 2, (MIN_CLASS_PERCENT / 100,)),
        min_share=f"{MIN_CLASS_PERCENT}%", min_rows=MIN_CLASS_ROWS,
        chance=chance_words(common, n_common / total),
    )  # fmt: skip


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
