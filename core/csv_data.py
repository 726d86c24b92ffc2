"""Read a student's CSV file into a ``Dataset``, explaining every problem.

Loading is two steps so that a dialog can show the file before it commits:
``inspect_csv`` returns a preview with every problem it found (and which ones
``load_csv`` can fix by dropping rows or columns), then ``load_csv`` builds the
dataset or raises the first problem that is still there. Both share one path,
so the preview never promises what loading then refuses.

Every problem is a ``CsvProblem`` (a ``DataProblem``) whose message names the
row and column; the catalogue is in ``core.csv_problems``. The file is read,
within size limits, by ``core.csv_reading``, and its cells become typed
columns in ``core.csv_columns``; this module runs the checks on them and
builds the result. The public names of all three are re-exported here, so
callers only need this module.

The target column (the last by default) must hold two values. They become 0
and 1: the positive-looking one is 1 for 0/1, no/yes, n/y, false/true, f/t;
other numbers go in increasing order and other text in alphabetical order.
The result's ``mapping_note`` says which rule was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.csv_columns import (
    MISSING_TOKENS,
    POSITIVE_PAIRS,
    CsvColumn,
    map_target,
    parse_column,
    suggest_target,
    target_index,
    target_keys,
)
from core.csv_problems import DROP_COLUMNS, DROP_ROWS, FIXES, CsvProblem, Problem
from core.csv_reading import DELIMITERS, MAX_CELLS, MAX_FILE_BYTES, CsvTable, read_table
from core.datasets import MIN_ROWS, Dataset
from core.preprocessing import DataProblem, check_finite

__all__ = [
    "DELIMITERS",
    "DROP_COLUMNS",
    "DROP_ROWS",
    "FIXES",
    "MAX_CELLS",
    "MAX_FILE_BYTES",
    "MISSING_TOKENS",
    "POSITIVE_PAIRS",
    "PREVIEW_ROWS",
    "CsvLoadResult",
    "CsvPreview",
    "CsvProblem",
    "DataProblem",
    "Problem",
    "inspect_csv",
    "load_csv",
]

Array = np.ndarray

PREVIEW_ROWS = 10
_UNIT = re.compile(r"^(?P<name>.*?\S)\s*[(\[](?P<unit>[^()\[\]]+)[)\]]$")


@dataclass(frozen=True)
class CsvPreview:
    """What a dialog shows before loading: the first rows and the problems."""

    path: Path
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    n_rows: int
    n_columns: int
    numeric: tuple[bool, ...]
    suggested_target: str
    problems: tuple[CsvProblem, ...]

    @property
    def fixes(self) -> tuple[str, ...]:
        """The ``load_csv`` flags that would cure some of the problems."""
        return tuple(dict.fromkeys(p.fix for p in self.problems if p.fix))


@dataclass(frozen=True)
class CsvLoadResult:
    """The dataset, and what was changed on the way, to tell the student."""

    dataset: Dataset
    target_mapping: dict[str, int]
    mapping_note: str
    dropped_rows: tuple[int, ...]
    dropped_columns: tuple[str, ...]
    delimiter: str

    def report(self) -> str:
        """A few lines telling the student what was read and what was dropped."""
        data, rows = self.dataset, self.dropped_rows
        lines = [f"Read {data.n_rows} rows and {data.n_features} feature columns."]
        if rows:
            shown = ", ".join(map(str, rows[:10])) + (", …" if len(rows) > 10 else "")
            lines.append(f"Dropped {len(rows)} row(s) with missing values: {shown}.")
        if self.dropped_columns:
            names = ", ".join(f"'{n}'" for n in self.dropped_columns)
            lines.append(f"Dropped columns with a single value or none: {names}.")
        lines.append(f"Target '{data.extra['target_column']}': {self.mapping_note}.")
        return "\n".join(lines)


@dataclass(frozen=True)
class _Plan:
    keep: Array
    features: list[CsvColumn]
    keys: list[str | None]
    mapping: dict[str, int]
    note: str
    dropped_columns: list[str]


def inspect_csv(
    path: str | Path, *, max_bytes: int = MAX_FILE_BYTES, max_cells: int = MAX_CELLS
) -> CsvPreview:
    """Preview ``path``; raise only if it cannot be shown as a table at all."""
    path = Path(path)
    table = read_table(path, max_bytes, max_cells)
    columns = [parse_column(table, j) for j in range(len(table.header))]
    target = suggest_target(table, columns)
    problems, _ = _plan(table, columns, target, False, False)
    return CsvPreview(
        path=path,
        delimiter=table.delimiter,
        header=table.header,
        rows=tuple(tuple(r) for r in table.rows[:PREVIEW_ROWS]),
        row_numbers=tuple(table.row_numbers[:PREVIEW_ROWS]),
        n_rows=len(table.rows),
        n_columns=len(table.header),
        numeric=tuple(not c.text.any() for c in columns),
        suggested_target=table.header[target],
        problems=tuple(problems),
    )


def load_csv(
    path: str | Path,
    target: str | int = -1,
    *,
    drop_missing_rows: bool = False,
    drop_constant_columns: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    max_cells: int = MAX_CELLS,
) -> CsvLoadResult:
    """Build a dataset from ``path``, with ``target`` a column name or 0-based index.

    Raises the first ``CsvProblem`` left after the requested fixes.
    """
    path = Path(path)
    table = read_table(path, max_bytes, max_cells)
    columns = [parse_column(table, j) for j in range(len(table.header))]
    t = target_index(table.header, target)
    problems, plan = _plan(table, columns, t, drop_missing_rows, drop_constant_columns)
    if problems:
        raise problems[0]
    dataset = _dataset(path, table.header[t], plan)
    dropped = tuple(int(r) for r in np.asarray(table.row_numbers)[~plan.keep])
    dropped_columns = tuple(plan.dropped_columns)
    return CsvLoadResult(
        dataset, plan.mapping, plan.note, dropped, dropped_columns, table.delimiter
    )


def _dataset(path: Path, target: str, plan: _Plan) -> Dataset:
    names, units = _names_and_units([c.name for c in plan.features])
    X = np.column_stack([c.values[plan.keep] for c in plan.features])
    check_finite(X, names)  # the checks above should make this unreachable
    negative, positive = sorted(plan.mapping, key=plan.mapping.__getitem__)
    return Dataset(
        name=f"file:{path.stem}",
        X=X.astype(np.float64),
        y=np.array([plan.mapping[k] for k in plan.keys if k is not None], np.int64),
        feature_names=names,
        feature_units=units,
        description=f"{len(X)} rows and {len(names)} features from {path.name}",
        target_name=f"{target} = {positive} (1) or {negative} (0)",
        class_names=(negative, positive),
        extra={"path": str(path), "target_column": target},
    )


# -- the checks, shared by the preview and the loader ---------------------------


def _plan(
    table: CsvTable, columns: list[CsvColumn], t: int, drop_rows: bool, drop_cols: bool
) -> tuple[list[CsvProblem], _Plan]:
    """Every problem with target ``t`` left after the fixes asked for, in order."""
    features = [c for c in columns if c.index != t]
    problems = [_text_problem(table, c) for c in features if c.text.any()]
    usable = [c for c in features if not c.text.any() and not c.missing.all()]
    empty = [c for c in features if not c.text.any() and c.missing.all()]
    keys = target_keys(table, columns[t])
    bad = np.array([k is None for k in keys], bool)
    for c in usable:
        bad |= ~np.isfinite(c.values)
    if bad.any() and not drop_rows:
        problems.append(_missing_problem(table, [*usable, columns[t]], bad))
    keep = ~bad if drop_rows else np.ones(len(keys), bool)
    kept_keys = [k if ok else None for k, ok in zip(keys, keep, strict=True)]
    mapping: dict[str, int] = {}
    note = ""
    try:
        mapping, note = map_target(table, columns[t], kept_keys)
    except CsvProblem as problem:
        problems.append(problem)
    useless = empty + [c for c in usable if _constant(c, keep)]
    if drop_cols:
        usable = [c for c in usable if c not in useless]
    else:
        problems += [_constant_problem(c, keep) for c in useless]
    if not usable and not problems:
        problems.append(CsvProblem(Problem.NO_FEATURES))
    if keep.sum() < MIN_ROWS:
        problems.append(_few_rows_problem(int(keep.sum()), int(bad.sum()), drop_rows))
    dropped = [c.name for c in useless] if drop_cols else []
    return problems, _Plan(keep, usable, kept_keys, mapping, note, dropped)


def _constant(column: CsvColumn, keep: Array) -> bool:
    values = column.values[keep & np.isfinite(column.values)]
    return values.size > 0 and bool(values.min() == values.max())


def _text_problem(table: CsvTable, column: CsvColumn) -> CsvProblem:
    i = int(np.argmax(column.text))
    return CsvProblem(
        Problem.TEXT_IN_NUMBERS, row=table.row_numbers[i], column=column.name,
        value=table.rows[i][column.index].strip(), count=int(column.text.sum()),
        where=column.where, note=table.note,
    )  # fmt: skip


def _missing_problem(
    table: CsvTable, columns: list[CsvColumn], bad: Array
) -> CsvProblem:
    """Name the first bad cell; ``count`` is every row the drop fix would remove."""
    i = int(np.argmax(bad))
    column = next(c for c in columns if c.missing[i] or not np.isfinite(c.values[i]))
    value = table.rows[i][column.index].strip()
    kind = Problem.MISSING if column.missing[i] else Problem.NON_FINITE
    return CsvProblem(
        kind, row=table.row_numbers[i], column=column.name, value=value,
        count=int(bad.sum()), where=column.where, note=table.note,
        what=f"'{value}' (missing)" if value else "empty",
    )  # fmt: skip


def _constant_problem(column: CsvColumn, keep: Array) -> CsvProblem:
    values = column.values[keep & np.isfinite(column.values)]
    what = f"has the same value ({values[0]:g}) in every row" if values.size else ""
    what = what or "is empty in every row"
    return CsvProblem(
        Problem.CONSTANT, column=column.name, where=column.where, what=what
    )


def _few_rows_problem(kept: int, bad: int, dropped: bool) -> CsvProblem:
    if dropped and bad:
        what = f"Only {kept} data row(s) are left after dropping {bad} with gaps"
    else:
        what = f"The file has only {kept} data row(s)"
    return CsvProblem(Problem.TOO_FEW_ROWS, count=kept, what=what, min_rows=MIN_ROWS)


# -- small helpers --------------------------------------------------------------


def _names_and_units(headers: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split "height (cm)" into name and unit, unless that makes two names equal."""
    matches = [_UNIT.match(h) for h in headers]
    names = [m["name"] if m else h for m, h in zip(matches, headers, strict=True)]
    if len(set(names)) < len(names):
        return tuple(headers), ("",) * len(headers)
    return tuple(names), tuple(m["unit"].strip() if m else "" for m in matches)
