"""Read a student's CSV file into a ``Dataset``, explaining every problem.

Loading is two steps so that a dialog can show the file before it commits:
``inspect_csv`` reads the file once and returns a preview with every problem
it found (and which ones can be fixed by dropping rows or columns), then
``choose_target`` tries a target and fixes on that preview and gives the
dataset or every problem still there. ``load_csv`` is the two in one call
(the command line and sessions use it), so the preview never promises what
loading then refuses, and the dialog and the command line build the same
``Dataset``.

Every problem is a ``CsvProblem`` (a ``DataProblem``) whose message names the
row and column; the catalogue is in ``core.data.csv_problems``. The file is read,
within size limits, by ``core.data.csv_reading``, and its cells become typed
columns in ``core.data.csv_columns``; this module runs the checks on them and
builds the result. The public names of all three are re-exported here, so
callers only need this module.

The target column is the teacher's choice. It must hold two classes, each in
at least 5% of the rows and 10 rows (``core.data.csv_columns``); the preview offers
the last column only when it passes that rule, and otherwise no target. The
two values become 0 and 1: the positive-looking one is 1 for 0/1, no/yes, n/y,
false/true, f/t; other numbers go in increasing order and other text in
alphabetical order. The result's ``mapping_note`` says which rule was used and
its report says the score of always giving the more common class.

That is the default target kind, the window's. ``target_kind`` "classes",
"number" or "auto" (the command line's ``--target-kind``) reads the target
as one of several classes or as a number instead, by the rules of
``core.data.csv_targets``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.data.chance import chance_of, chance_words
from core.data.csv_columns import (
    MIN_CLASS_PERCENT,
    MIN_CLASS_ROWS,
    MISSING_TOKENS,
    POSITIVE_PAIRS,
    CsvColumn,
    parse_column,
    target_index,
    target_keys,
)
from core.data.csv_problems import (
    DROP_COLUMNS,
    DROP_ROWS,
    FIXES,
    CsvProblem,
    Problem,
    counted,
)
from core.data.csv_reading import (
    DELIMITERS,
    MAX_CELLS,
    MAX_FILE_BYTES,
    CsvTable,
    number_trouble,
    read_table,
)
from core.data.csv_targets import TargetMap, last_column_problem, map_any_target
from core.data.datasets import MIN_ROWS, Dataset
from core.data.preprocessing import DataProblem, check_finite

__all__ = [
    "DELIMITERS",
    "DROP_COLUMNS",
    "DROP_ROWS",
    "FIXES",
    "MAX_CELLS",
    "MAX_FILE_BYTES",
    "MIN_CLASS_PERCENT",
    "MIN_CLASS_ROWS",
    "MISSING_TOKENS",
    "POSITIVE_PAIRS",
    "PREVIEW_ROWS",
    "CsvChoice",
    "CsvLoadResult",
    "CsvPreview",
    "CsvProblem",
    "DataProblem",
    "Problem",
    "choose_target",
    "inspect_csv",
    "load_csv",
]

Array = np.ndarray

PREVIEW_ROWS = 10
_UNIT = re.compile(r"^(?P<name>.*?\S)\s*[(\[](?P<unit>[^()\[\]]+)[)\]]$")


@dataclass(frozen=True)
class CsvPreview:
    """What a dialog shows before loading: the first rows and the problems.

    ``target`` is the column the problems are for: the one asked for, or the
    last column when it is a usable target, or None (nothing is chosen for the
    teacher; ``target_problem`` then says why the last column was not).
    The parsed file travels along so ``choose_target`` need not read it again.
    """

    path: Path
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    n_rows: int
    n_columns: int
    numeric: tuple[bool, ...]
    target: str | None
    problems: tuple[CsvProblem, ...]
    target_problem: CsvProblem | None = None
    table: CsvTable | None = field(default=None, repr=False, compare=False)
    columns: tuple[CsvColumn, ...] = field(default=(), repr=False, compare=False)
    target_kind: str = "binary"  # as asked: binary, classes, number or auto

    @property
    def fixes(self) -> tuple[str, ...]:
        """The ``load_csv`` flags that would cure some of the problems."""
        return _fixes(self.problems)

    @property
    def no_target(self) -> CsvProblem | None:
        """When no target is chosen: asks for one, saying why the last is not."""
        if self.target is not None:
            return None
        why = str(self.target_problem or "")
        return CsvProblem(Problem.NO_TARGET, column=self.header[-1], why=why)


@dataclass(frozen=True)
class CsvLoadResult:
    """The dataset, and what was changed on the way, to tell the student."""

    dataset: Dataset
    target_mapping: dict[str, int]
    mapping_note: str
    dropped_rows: tuple[int, ...]
    dropped_columns: tuple[str, ...]
    delimiter: str

    @property
    def chance(self) -> str:
        """ "always saying no scores 66.7%", over every row loaded."""
        data = self.dataset
        if data.target_kind == "number":
            return "always predicting the mean scores R² 0"
        if data.target_kind == "classes":
            counts = np.bincount(data.y, minlength=data.n_classes)
            best = int(np.argmax(counts))
            return chance_words(data.class_names[best], counts[best] / counts.sum())
        return chance_of(data.y, data.class_names)

    def report(self) -> str:
        """A few lines telling the student what was read and what was dropped."""
        data, rows = self.dataset, self.dropped_rows
        lines = [f"Read {data.n_rows} rows and {data.n_features} feature columns."]
        if rows:
            shown = ", ".join(map(str, rows[:10])) + (", …" if len(rows) > 10 else "")
            dropped = counted(len(rows), "row")
            lines.append(f"Dropped {dropped} with missing values: {shown}.")
        if self.dropped_columns:
            names = ", ".join(f"'{n}'" for n in self.dropped_columns)
            lines.append(f"Dropped columns with a single value or none: {names}.")
        lines.append(f"Target '{data.extra['target_column']}': {self.mapping_note}.")
        lines.append(f"Chance: {self.chance}; the network has to beat that.")
        return "\n".join(lines)


@dataclass(frozen=True)
class CsvChoice:
    """A target and fixes tried on a preview: the result, or what stands in the way.

    ``problems`` are the target's problems before any fix (so a dialog knows
    which fixes to offer); ``remaining`` are those left after the fixes asked
    for, and ``result`` is the loaded data when none is left.
    """

    target: str
    problems: tuple[CsvProblem, ...]
    remaining: tuple[CsvProblem, ...]
    result: CsvLoadResult | None

    @property
    def fixes(self) -> tuple[str, ...]:
        return _fixes(self.problems)


@dataclass(frozen=True)
class _Plan:
    keep: Array
    features: list[CsvColumn]
    keys: list[str | None]
    mapping: dict[str, int]
    note: str
    dropped_columns: list[str]
    kind: str = "binary"
    target: CsvColumn | None = None


def inspect_csv(
    path: str | Path,
    target: str | int | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_cells: int = MAX_CELLS,
    target_kind: str = "binary",
) -> CsvPreview:
    """Preview ``path`` with ``target`` (None: the last column only if usable).

    ``target_kind`` is one of ``csv_targets.CSV_TARGET_KINDS``. Raises only
    if the file cannot be shown as a table at all.
    """
    path = Path(path)
    kind = target_kind
    table = read_table(path, max_bytes, max_cells)
    columns = [parse_column(table, j) for j in range(len(table.header))]
    why = None if target is not None else last_column_problem(table, columns, kind)
    t = None if why else target_index(table.header, -1 if target is None else target)
    if t is None:
        problems = _few_rows(len(table.rows))
    else:
        problems, _ = _plan(table, columns, t, False, False, kind)
    return CsvPreview(
        path=path,
        delimiter=table.delimiter,
        header=table.header,
        rows=tuple(tuple(r) for r in table.rows[:PREVIEW_ROWS]),
        row_numbers=tuple(table.row_numbers[:PREVIEW_ROWS]),
        n_rows=len(table.rows),
        n_columns=len(table.header),
        numeric=tuple(not c.text.any() for c in columns),
        target=None if t is None else table.header[t],
        problems=tuple(problems),
        target_problem=why,
        table=table,
        columns=tuple(columns),
        target_kind=kind,
    )


def choose_target(
    preview: CsvPreview,
    target: str | int,
    *,
    drop_missing_rows: bool = False,
    drop_constant_columns: bool = False,
) -> CsvChoice:
    """Try ``target`` (a name or 0-based index) and the fixes on a previewed file."""
    table, columns = preview.table, list(preview.columns)
    if table is None:  # a preview built by hand: read the file again
        table = read_table(preview.path, MAX_FILE_BYTES, MAX_CELLS)
        columns = [parse_column(table, j) for j in range(len(table.header))]
    t = target_index(table.header, target)
    kind = preview.target_kind
    before = list(preview.problems)
    if preview.target != table.header[t] or preview.table is None:
        before, _ = _plan(table, columns, t, False, False, kind)
    left, plan = _plan(
        table, columns, t, drop_missing_rows, drop_constant_columns, kind
    )
    result = None if left else _result(preview.path, table, t, plan)
    return CsvChoice(table.header[t], tuple(before), tuple(left), result)


def load_csv(
    path: str | Path,
    target: str | int = -1,
    *,
    drop_missing_rows: bool = False,
    drop_constant_columns: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    max_cells: int = MAX_CELLS,
    target_kind: str = "binary",
) -> CsvLoadResult:
    """Build a dataset from ``path``, with ``target`` a column name or 0-based index.

    ``target_kind``: "binary" (two classes), "classes", "number" or "auto".
    Raises the first ``CsvProblem`` left after the requested fixes.
    """
    preview = inspect_csv(
        path, target, max_bytes=max_bytes, max_cells=max_cells,
        target_kind=target_kind,
    )  # fmt: skip
    choice = choose_target(
        preview, target, drop_missing_rows=drop_missing_rows,
        drop_constant_columns=drop_constant_columns,
    )  # fmt: skip
    if choice.result is None:
        raise choice.remaining[0]
    return choice.result


def _result(path: Path, table: CsvTable, t: int, plan: _Plan) -> CsvLoadResult:
    dataset = _dataset(path, table.header[t], plan)
    dropped = tuple(int(r) for r in np.asarray(table.row_numbers)[~plan.keep])
    return CsvLoadResult(
        dataset, plan.mapping, plan.note, dropped, tuple(plan.dropped_columns),
        table.delimiter,
    )  # fmt: skip


def _fixes(problems: tuple[CsvProblem, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.fix for p in problems if p.fix))


def _dataset(path: Path, target: str, plan: _Plan) -> Dataset:
    names, units = _names_and_units([c.name for c in plan.features])
    X = np.column_stack([c.values[plan.keep] for c in plan.features])
    check_finite(X, names)  # the checks above should make this unreachable
    if plan.kind != "binary":
        return _other_dataset(path, target, plan, X, names, units)
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


def _other_dataset(
    path: Path,
    target: str,
    plan: _Plan,
    X: Array,
    names: tuple[str, ...],
    units: tuple[str, ...],
) -> Dataset:
    """A classes or number target's ``Dataset`` (see ``core.data.csv_targets``)."""
    number = plan.kind == "number"
    if number:
        assert plan.target is not None  # the number target's column
        y = plan.target.values[plan.keep].astype(np.float64)
    else:
        y = np.array([plan.mapping[k] for k in plan.keys if k is not None], np.int64)
    class_names = () if number else TargetMap(plan.kind, plan.mapping, "").class_names
    return Dataset(
        name=f"file:{path.stem}", X=X.astype(np.float64), y=y,
        feature_names=names, feature_units=units,
        description=f"{len(X)} rows and {len(names)} features from {path.name}",
        target_name=target if number else f"{target} ({len(class_names)} classes)",
        class_names=class_names, target_kind=plan.kind,
        extra={"path": str(path), "target_column": target},
    )  # fmt: skip


# -- the checks, shared by the preview and the loader ---------------------------


def _plan(
    table: CsvTable,
    columns: list[CsvColumn],
    t: int,
    drop_rows: bool,
    drop_cols: bool,
    kind: str = "binary",
) -> tuple[list[CsvProblem], _Plan]:
    """Every problem with target ``t`` left after the fixes asked for, in order.

    Too few rows comes before the target's problems: a class of 9 rows in a
    19-row file is first of all a file too small to learn from.
    """
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
    problems += _few_rows(int(keep.sum()), int(bad.sum()) if drop_rows else 0)
    found = TargetMap(kind if kind != "auto" else "binary", {}, "")
    try:
        found = map_any_target(table, columns[t], kept_keys, kind)
    except CsvProblem as problem:
        problems.append(problem)
    useless = empty + [c for c in usable if _constant(c, keep)]
    if drop_cols:
        usable = [c for c in usable if c not in useless]
    else:
        problems += [_constant_problem(c, keep) for c in useless]
    if not usable and not problems:
        problems.append(CsvProblem(Problem.NO_FEATURES))
    dropped = [c.name for c in useless] if drop_cols else []
    return problems, _Plan(
        keep, usable, kept_keys, found.mapping, found.note, dropped, found.kind,
        columns[t],
    )  # fmt: skip


def _constant(column: CsvColumn, keep: Array) -> bool:
    values = column.values[keep & np.isfinite(column.values)]
    return values.size > 0 and bool(values.min() == values.max())


def _text_problem(table: CsvTable, column: CsvColumn) -> CsvProblem:
    """Name the first text cell; a number written another way gets its own words."""
    i = int(np.argmax(column.text))
    value = table.rows[i][column.index].strip()
    words = {"where": column.where, "note": table.note}
    kind = Problem.TEXT_IN_NUMBERS
    if trouble := number_trouble(value, table.delimiter):
        how, plain = trouble
        kind, words["how"] = Problem.NOT_PLAIN_NUMBER, how
        words["plain"] = f"; write it as {plain}" if plain else ""
    return CsvProblem(
        kind, row=table.row_numbers[i], column=column.name, value=value,
        count=int(column.text.sum()), **words,
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


def _few_rows(kept: int, dropped: int = 0) -> list[CsvProblem]:
    """[] when ``kept`` rows are enough, else the problem ("after dropping" if any)."""
    if kept >= MIN_ROWS:
        return []
    if dropped:
        are = "is" if kept == 1 else "are"
        left = f"{counted(kept, 'data row')} {are} left"
        what = f"Only {left} after dropping {dropped} with gaps"
    else:
        what = f"The file has only {counted(kept, 'data row')}"
    return [CsvProblem(Problem.TOO_FEW_ROWS, count=kept, what=what, min_rows=MIN_ROWS)]


# -- small helpers --------------------------------------------------------------


def _names_and_units(headers: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split "height (cm)" into name and unit, unless that makes two names equal."""
    matches = [_UNIT.match(h) for h in headers]
    names = [m["name"] if m else h for m, h in zip(matches, headers, strict=True)]
    if len(set(names)) < len(names):
        return tuple(headers), ("",) * len(headers)
    return tuple(names), tuple(m["unit"].strip() if m else "" for m in matches)
