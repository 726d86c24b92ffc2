"""Read a CSV file into a table of text cells, refusing what is not a table.

This is the step that touches the file, so it is where the safety limits live:
files above ``MAX_FILE_BYTES`` are refused before they are read, and parsing
stops as soon as ``MAX_CELLS`` cells are exceeded, so a huge file is refused
in a moment instead of freezing the app. The cap counts feature cells only
(every column but one, the target), so 100,000 rows of 20 measurements and a
target fit. Only ``csv`` reads the text: nothing is unpickled or evaluated.
The delimiter is sniffed, because a student's spreadsheet may save with
commas, semicolons or tabs.

Numbers are read by explicit ASCII rules (``parse_number``), not by
``float()``, which also accepts ``1_000``, Arabic-Indic or full-width digits
and the words ``infinity`` and ``nan`` spelled many ways: a cell that only
looks like a number to Python would otherwise be read silently.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from core.data.csv_problems import CsvProblem, Problem, column_letter

MAX_FILE_BYTES = 25 * 1024 * 1024  # a class data set is kilobytes; 25 MB is generous
MAX_CELLS = 2_000_000  # feature cells; a parsed cell costs ~100 bytes before a float
DELIMITERS = (",", ";", "\t")
# An optional sign, ASCII digits with at most one decimal point, an optional
# exponent: "12", "-0.5", ".5", "5.", "1e-3", "+2.5E4". Nothing else is a number.
PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# Not-a-number and infinity, which the loader names as non-finite cells.
NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
# 1,000 / 1 000 / 1'000 / 1.000,5: digits grouped in threes by a separator.
_GROUPED = re.compile(
    r"[+-]?[0-9]{1,3}(?P<sep>[,.' \u00a0\u202f])[0-9]{3}"
    r"(?:(?P=sep)[0-9]{3})*(?:[.,][0-9]+)?"
)


@dataclass(frozen=True)
class CsvTable:
    """The file as text cells; ``row_numbers`` are each row's spreadsheet row."""

    header: tuple[str, ...]
    rows: list[list[str]]
    row_numbers: list[int]
    delimiter: str
    header_row: int

    @property
    def note(self) -> str:
        """Said after a row number, so the student knows how rows are counted."""
        row = self.header_row
        return f"(counting rows as a spreadsheet does, with the header as row {row})"


def read_table(path: Path, max_bytes: int, max_cells: int) -> CsvTable:
    """Read, parse and check the header, raising a ``CsvProblem`` on the first fault."""
    table = _parse(_read_text(path, max_bytes), max_cells)
    _check_header(table)
    return table


def _read_text(path: Path, max_bytes: int) -> str:
    """Check the path and size before reading, so a huge file never loads."""
    if not path.exists():
        raise CsvProblem(Problem.NOT_FOUND, path=path)
    if not path.is_file():
        what = "a folder" if path.is_dir() else "a special file"
        raise CsvProblem(Problem.NOT_A_FILE, path=path, what=what)
    try:
        if (size := path.stat().st_size) > max_bytes:
            raise _too_large(path, size, max_bytes)
        with path.open("rb") as file:
            raw = file.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as error:
        problem = CsvProblem(Problem.UNREADABLE, name=path.name, reason=error.strerror)
        raise problem from error
    if len(raw) > max_bytes:
        raise _too_large(path, len(raw), max_bytes)
    if raw.startswith(b"PK\x03\x04"):
        raise CsvProblem(Problem.NOT_CSV, name=path.name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        bad = repr(raw[error.start : error.end])
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        hint = " It looks like UTF-16 ('Unicode text')." if utf16 else ""
        raise CsvProblem(Problem.NOT_UTF8, row=line, value=bad, hint=hint) from error


def _too_large(path: Path, size: int, limit: int) -> CsvProblem:
    return CsvProblem(
        Problem.TOO_LARGE, name=path.name, size=_size(size), limit=_size(limit)
    )


def _sniff(text: str) -> str:
    """Prefer a delimiter that splits the header, then one that splits line 2 alike."""
    lines = [line for line in text[:65536].splitlines() if line.strip()][:2] or [""]

    def score(delimiter: str) -> tuple[bool, bool, int]:
        widths = [len(cells) for cells in csv.reader(lines, delimiter=delimiter)]
        return widths[0] > 1, min(widths) == max(widths), widths[0]

    return max(DELIMITERS, key=score)


def _parse(text: str, max_cells: int) -> CsvTable:
    """Split into rows, skipping blank ones but counting them, as a spreadsheet does."""
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    header_row, rows, numbers = 0, [], []
    try:
        for number, record in enumerate(reader, start=1):
            if not any(cell.strip() for cell in record):
                continue
            if not header:
                header, header_row = [cell.strip() for cell in record], number
                continue
            rows.append(_fit(record, len(header), number, header_row, delimiter))
            numbers.append(number)
            if len(rows) * (len(header) - 1) > max_cells:
                raise CsvProblem(Problem.TOO_MANY_CELLS, limit=max_cells)
    except csv.Error as error:
        problem = CsvProblem(Problem.MALFORMED, row=reader.line_num, reason=error)
        raise problem from error
    if not rows:
        what = "a header row but no data rows" if header else "nothing but blank lines"
        raise CsvProblem(Problem.EMPTY, what=what)
    return CsvTable(tuple(header), rows, numbers, delimiter, header_row)


def _fit(
    record: list[str], width: int, number: int, header_row: int, delimiter: str
) -> list[str]:
    """Allow empty trailing cells (spreadsheet exports add them); refuse the rest."""
    if len(record) > width and not any(c.strip() for c in record[width:]):
        record = record[:width]
    if len(record) != width:
        sep = "tab" if delimiter == "\t" else f"'{delimiter}'"
        raise CsvProblem(
            Problem.RAGGED, row=number, count=len(record), header_row=header_row,
            width=width, sep=sep,
        )  # fmt: skip
    return record


def _check_header(table: CsvTable) -> None:
    header, row = table.header, table.header_row
    numeric = [
        parse_number(cell, table.delimiter) is not None for cell in table.rows[0]
    ]
    if any(numeric) and all(
        parse_number(name, table.delimiter) is not None
        for name, number in zip(header, numeric, strict=True)
        if number
    ):
        shown = ", ".join(header[:4]) + (", …" if len(header) > 4 else "")
        raise CsvProblem(Problem.NO_HEADER, row=row, value=shown)
    if len(header) == 1:
        raise CsvProblem(Problem.SINGLE_COLUMN, column=header[0])
    for j, name in enumerate(header):
        if not name:
            raise CsvProblem(Problem.NO_NAME, row=row, letter=column_letter(j))
        if (first := header.index(name)) != j:
            raise CsvProblem(
                Problem.DUPLICATE_NAME, row=row, column=name,
                first=column_letter(first), letter=column_letter(j),
            )  # fmt: skip


def parse_number(cell: str, delimiter: str) -> float | None:
    """The number in ``cell`` by ``PLAIN_NUMBER``, or None.

    A decimal comma is fine when ',' is not the separator; ``NON_FINITE``
    words give NaN or infinity, which the loader reports as non-finite.
    """
    if is_number(cell):
        return float(cell)
    if delimiter != "," and cell.count(",") == 1 and "." not in cell:
        return parse_number(cell.replace(",", "."), delimiter)
    return None


def is_number(cell: str) -> bool:
    """Whether ``cell`` is ``PLAIN_NUMBER`` or ``NON_FINITE``, by a quicker route.

    For ASCII text with no '_' and no surrounding space, what ``float()``
    accepts is exactly those two patterns (a test checks every string of up
    to five of the characters that matter), and asking ``float()`` takes a
    third of the time of the regexes on a 2-million-cell file.
    """
    if not cell.isascii() or "_" in cell or cell.strip() != cell:
        return False
    try:
        float(cell)
    except ValueError:
        return False
    return True


def number_trouble(cell: str, delimiter: str) -> tuple[str, str] | None:
    """Why a cell that looks like a number is not one, and its plain form if clear.

    None for cells that do not look like numbers at all (words, codes): those
    are plain text. The plain form is "" when it would be a guess (a '²').
    """
    odd = [ch for ch in cell if not ch.isascii() and ch.isnumeric()]
    if any(unicodedata.decimal(ch, None) is None for ch in odd):
        sign = next(ch for ch in odd if unicodedata.decimal(ch, None) is None)
        return f"with '{sign}', which is not one of the digits 0-9", ""
    if odd:
        plain = "".join(str(unicodedata.decimal(ch, ch)) for ch in cell)
        script = unicodedata.name(odd[0], "").split(" DIGIT")[0].title()
        return f"written with {script} digits instead of 0-9", _if_plain(plain)
    if "_" in cell and parse_number(cell.replace("_", ""), delimiter) is not None:
        return "with '_' between its digits", _if_plain(cell.replace("_", ""))
    if match := _GROUPED.fullmatch(cell):
        sep = match["sep"]
        plain = cell.replace(sep, "").replace(",", ".")
        return "with its digits grouped in thousands", _if_plain(plain)
    return None


def _if_plain(text: str) -> str:
    return text if PLAIN_NUMBER.fullmatch(text) else ""


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1024**2:.1f} MB" if n_bytes >= 1024**2 else f"{n_bytes:,} bytes"
