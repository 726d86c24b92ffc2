"""Every problem a CSV file can have, as a message a student can act on.

The messages are kept together in one enum so the whole catalogue can be read,
reviewed or translated in one place, apart from the code that finds the
problems. Each names the row and column: rows are counted as a spreadsheet
shows them (the header is row 1, and blank lines count) and columns are also
given as spreadsheet letters, so a student can go straight to the cell.
"""

from __future__ import annotations

import enum

from core.data.preprocessing import DataProblem

DROP_ROWS = "drop_missing_rows"
DROP_COLUMNS = "drop_constant_columns"
_AGAIN = " Save a sample of the rows as a new CSV file."
_DROP = (
    " {rows} {have} missing or non-finite values; fill them in, or drop {those} {rows}."
)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 row", "2 rows": a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


class Problem(enum.Enum):
    """Each kind of problem, valued by the message a student sees (``str.format``).

    Kept together so the whole catalogue can be read, reviewed or translated.
    """

    NOT_FOUND = "There is no file at {path}; check the folder and the file name."
    NOT_A_FILE = "The path {path} is {what}, not a CSV file; choose a .csv file."
    UNREADABLE = "Could not read {name}: {reason}."
    TOO_LARGE = "The file {name} is {size}; LayerLab opens up to {limit}." + _AGAIN
    TOO_MANY_CELLS = (
        "The file has over {limit:,} feature cells (rows × columns other than the "
        "target), the most LayerLab reads." + _AGAIN
    )
    NOT_CSV = "The file {name} is an Excel workbook; save it as 'CSV UTF-8' in Excel."
    NOT_UTF8 = (
        "Line {row} of the file has bytes ({value}) that are not UTF-8 text, the "
        "only encoding LayerLab reads (with or without a BOM).{hint} Re-save the "
        "file as 'CSV UTF-8' in Excel, or as UTF-8 in a text editor."
    )
    MALFORMED = (
        "Line {row} is not valid CSV ({reason}); most often a quote mark opens a "
        "cell and is never closed."
    )
    EMPTY = "The file has {what}; LayerLab needs a header row with data rows below."
    NO_HEADER = (
        "The first row (row {row}) has numbers where column names belong ({value}), "
        "so it looks like data. Insert a header row naming each column, e.g. "
        "height,weight,athlete."
    )
    SINGLE_COLUMN = (
        "Only one column ('{column}') was found; LayerLab needs feature columns and "
        "a target column, separated by commas, semicolons or tabs."
    )
    NO_NAME = "Column {letter} has no name in the header (row {row}); give it one."
    DUPLICATE_NAME = (
        "Columns {first} and {letter} are both called '{column}' in the header "
        "(row {row}); give each column its own name."
    )
    RAGGED = (
        "Row {row} has {count} cells but the header (row {header_row}) names {width} "
        "columns. A cell is missing, a quote mark is not closed, or a value holds "
        "the separator {sep} without quotes around it (a decimal comma, perhaps)."
    )
    UNKNOWN_TARGET = (
        "No column matches {value!r}; give a column name ({names}) or a number "
        "from 0 to {last} (-1 is the last column)."
    )
    TEXT_IN_NUMBERS = (
        "The {where} should hold numbers, but row {row} {note} has the text '{value}' "
        "({count} such {cell_noun} in that column). Fix the cell, or delete the column "
        "if it is not a measurement."
    )
    NOT_PLAIN_NUMBER = (
        "The {where} should hold numbers, but row {row} {note} has '{value}', {how}. "
        "LayerLab reads a number as an optional sign, the digits 0-9, one decimal "
        "point and an optional exponent (e.g. -1.5e3){plain} ({count} such {cell_noun} "
        "in that column)."
    )
    MISSING = "In row {row} {note}, {where} is {what}." + _DROP
    NON_FINITE = "In row {row} {note}, {where} is '{value}', not finite." + _DROP
    TARGET_VALUES = (
        "The target, {where}, has {what}. LayerLab tells two classes apart: choose "
        "a column with exactly two values, such as yes/no or 0/1."
    )
    NO_TARGET = (
        "Choose the target column, the column to predict: the last column, "
        "'{column}', cannot be the target. {why}"
    )
    RARE_CLASS = (
        "'{column}' = {value} in only {count:,} of {total:,} rows ({share}): a class "
        "needs at least {min_share} of rows and {min_rows} rows ({chance}). Choose "
        "another target column."
    )
    CLASS_COUNT = (
        "The target, {where}, has {what}. LayerLab tells 2 to {limit} classes "
        "apart; choose another target column.{hint}"
    )
    SMALL_CLASSES = (
        "In '{column}', {count} of the classes {are} too small: {value}, of "
        "{total:,} rows. Each class needs at least {min_share} of rows and "
        "{min_rows} rows ({chance}). Merge or drop those rows, or choose another "
        "target column."
    )
    NUMBER_TARGET_TEXT = (
        "To predict a number, every cell of the target, {where}, must be a number, "
        "but row {row} has the text '{value}' ({count} such {cell_noun}). Fix the "
        "cells, or predict classes instead."
    )
    NUMBER_TARGET_CONSTANT = (
        "The target, {where}, has {what}; there is no number to learn to predict."
    )
    CONSTANT = "The {where} {what}, so it tells the network nothing; drop it."
    NO_FEATURES = "No feature column is left once the single-valued ones are dropped."
    TOO_FEW_ROWS = (
        "{what}; LayerLab needs at least {min_rows} rows to split them into "
        "training and validation rows."
    )


FIXES = {Problem.MISSING: DROP_ROWS, Problem.NON_FINITE: DROP_ROWS}
FIXES[Problem.CONSTANT] = DROP_COLUMNS


class CsvProblem(DataProblem):
    """A problem in a CSV file, with its parts kept apart for a dialog to point at.

    ``row`` is the spreadsheet row (the header being row 1), ``column`` the
    column's name, ``value`` the offending cell's text, ``count`` how many rows
    or values are affected, and ``fix`` the ``load_csv`` flag that would cure
    it (None when the student must edit the file).
    """

    def __init__(
        self,
        kind: Problem,
        *,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        count: int = 0,
        **words: object,
    ) -> None:
        one = count == 1
        parts = {
            "row": row, "column": column, "value": value, "count": count,
            "rows": counted(count, "row"), "have": "has" if one else "have",
            "those": "that" if one else "those",
            "are": "is" if one else "are",
            "cell_noun": "cell" if one else "cells",
        }  # fmt: skip
        super().__init__(kind.value.format(**parts, **words))
        self.kind, self.row, self.column, self.value = kind, row, column, value
        self.count, self.fix = count, FIXES.get(kind)


def column_letter(j: int) -> str:
    """Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
