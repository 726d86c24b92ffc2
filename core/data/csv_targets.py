"""A CSV target beyond yes/no: several classes or a number, and "auto".

What kind of target a column is comes from the teacher's choice (the
``target_kind`` of ``load_csv``, ``--target-kind`` on the command line):

- ``binary`` (the default, and the window's): exactly two values, the rules
  of ``core.data.csv_columns.map_target``;
- ``classes``: 2 to ``MAX_CLASSES`` distinct values (text or numbers), each
  class in at least ``MIN_CLASSES_PERCENT`` % of the rows and at least
  ``MIN_CLASSES_ROWS`` rows; they become 0..k-1 in increasing order when
  every value is a number, otherwise in alphabetical order;
- ``number``: every target cell a number, at least two different ones;
- ``auto``: at most ``MAX_CLASSES`` distinct values are classes (two of
  them: binary, with its rules), more are a number if every cell is one,
  and otherwise the column is refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from core.data.chance import chance_words, percent
from core.data.csv_columns import CsvColumn, map_target, target_keys
from core.data.csv_problems import CsvProblem, Problem
from core.data.csv_reading import CsvTable, parse_number

CSV_TARGET_KINDS = ("binary", "classes", "number", "auto")
MAX_CLASSES = 20
MIN_CLASSES_PERCENT = 1  # of the rows with a target value
MIN_CLASSES_ROWS = 5


@dataclass(frozen=True)
class TargetMap:
    """How the target's cells become ``y``: the kind, the classes and the note."""

    kind: str  # "binary", "classes" or "number"
    mapping: dict[str, int]  # class text → index; {} for a number
    note: str  # the rule, said to the student

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(sorted(self.mapping, key=self.mapping.__getitem__))


def map_any_target(
    table: CsvTable, column: CsvColumn, keys: list[str | None], kind: str
) -> TargetMap:
    """Map the target for ``kind``, or raise the ``CsvProblem`` in the way."""
    counts = Counter(k for k in keys if k is not None)
    if kind == "auto":
        kind = _auto_kind(column, counts)
    if kind == "binary":
        mapping, note = map_target(table, column, keys)
        return TargetMap("binary", mapping, note)
    if kind == "number":
        return _number_target(table, column, counts)
    return _classes_target(table, column, counts)


def last_column_problem(
    table: CsvTable, columns: list[CsvColumn], kind: str
) -> CsvProblem | None:
    """Why the last column cannot be a ``kind`` target, or None if it can."""
    last = columns[-1]
    try:
        map_any_target(table, last, target_keys(table, last), kind)
    except CsvProblem as problem:
        return problem
    return None


def _auto_kind(column: CsvColumn, counts: Counter[str]) -> str:
    if len(counts) <= 2:
        return "binary"
    if len(counts) <= MAX_CLASSES or column.text.any():
        return "classes"
    return "number"


def _number_target(
    table: CsvTable, column: CsvColumn, counts: Counter[str]
) -> TargetMap:
    if column.text.any():
        i = int(np.argmax(column.text))
        raise CsvProblem(
            Problem.NUMBER_TARGET_TEXT, row=table.row_numbers[i], column=column.name,
            value=table.rows[i][column.index].strip(), where=column.where,
            count=int(column.text.sum()),
        )  # fmt: skip
    if len(counts) < 2:
        what = f"only one value ('{next(iter(counts))}')" if counts else "no values"
        raise CsvProblem(
            Problem.NUMBER_TARGET_CONSTANT, column=column.name, where=column.where,
            what=what,
        )  # fmt: skip
    values = column.values[np.isfinite(column.values)]
    note = (
        f"a number from {values.min():g} to {values.max():g} (mean {values.mean():g}), "
        "trained in standard deviations of the training rows, scored by R² and the "
        "mean absolute error"
    )
    return TargetMap("number", {}, note)


def _classes_target(
    table: CsvTable, column: CsvColumn, counts: Counter[str]
) -> TargetMap:
    if not 2 <= len(counts) <= MAX_CLASSES:
        raise _classes_count_problem(column, counts)
    if small := _small_classes(column, counts):
        raise small
    numbers = {k: parse_number(k, table.delimiter) for k in counts}
    if all(v is not None for v in numbers.values()):
        order = sorted(counts, key=lambda k: (numbers[k], k))
        rule = "in increasing order"
    else:
        order = sorted(counts, key=lambda k: (k.casefold(), k))
        rule = "in alphabetical order"
    mapping = {name: i for i, name in enumerate(order)}
    shown = ", ".join(f"'{name}' → {i}" for name, i in mapping.items())
    return TargetMap("classes", mapping, f"{len(order)} classes: {shown} ({rule})")


def _classes_count_problem(column: CsvColumn, counts: Counter[str]) -> CsvProblem:
    if len(counts) < 2:
        what = f"only one value ('{next(iter(counts))}')" if counts else "no values"
        hint = ""
    else:
        what = f"{len(counts)} different values"
        hint = (
            " If it is a measurement, predict it as a number (target kind 'number')."
            if not column.text.any()
            else ""
        )
    return CsvProblem(
        Problem.CLASS_COUNT, column=column.name, count=len(counts), what=what,
        where=column.where, limit=MAX_CLASSES, hint=hint,
    )  # fmt: skip


def _small_classes(column: CsvColumn, counts: Counter[str]) -> CsvProblem | None:
    """Every class under ``MIN_CLASSES_PERCENT`` % or ``MIN_CLASSES_ROWS`` rows."""
    total = sum(counts.values())
    small = [
        (name, n)
        for name, n in sorted(counts.items(), key=lambda item: (item[1], item[0]))
        if n < MIN_CLASSES_ROWS or 100 * n < MIN_CLASSES_PERCENT * total
    ]
    if not small:
        return None
    common, n_common = counts.most_common(1)[0]
    line = (MIN_CLASSES_PERCENT / 100,)
    shown = ", ".join(
        f"'{name}' ({n:,} rows, {percent(n / total, 2, line)})" for name, n in small[:8]
    )
    more = f" and {len(small) - 8} more" if len(small) > 8 else ""
    return CsvProblem(
        Problem.SMALL_CLASSES, column=column.name, count=len(small), total=total,
        value=shown + more, min_share=f"{MIN_CLASSES_PERCENT}%",
        min_rows=MIN_CLASSES_ROWS, chance=chance_words(common, n_common / total),
    )  # fmt: skip
