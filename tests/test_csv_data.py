"""Reading a student's CSV: the happy paths, the fixes offered, every refusal.

Files are written into ``tmp_path`` by the tests themselves, so each test shows
the exact text it feeds in. Rows in messages are spreadsheet rows (header = 1).
"""

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import core.csv_data as csv_data
from core import Trainer, TrainingConfig
from core.csv_data import (
    DROP_COLUMNS,
    DROP_ROWS,
    CsvProblem,
    Problem,
    inspect_csv,
    load_csv,
)
from core.datasets import MIN_ROWS
from core.preprocessing import DataProblem
from tests.conftest import ROOT

HEADER = "height (cm),weight [kg],age,athlete"


def rows(n: int = 30) -> list[str]:
    """``n`` valid data rows: three numeric features and a yes/no target."""
    rng = np.random.default_rng(1)
    return [
        f"{rng.normal(175, 8):.1f},{rng.normal(70, 9):.1f},{rng.integers(16, 60)},"
        f"{'yes' if i % 3 else 'no'}"
        for i in range(n)
    ]


def write(tmp_path: Path, lines: list[str], name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_row(row: int, text: str, n: int = 30) -> list[str]:
    """A valid file whose spreadsheet row ``row`` (header = 1) is replaced."""
    lines = [HEADER, *rows(n)]
    lines[row - 1] = text
    return lines


def problem(path: Path, **options: object) -> CsvProblem:
    with pytest.raises(CsvProblem) as caught:
        load_csv(path, **options)
    return caught.value


# -- happy paths ----------------------------------------------------------------


def test_loads_a_plain_csv_into_a_dataset(tmp_path):
    result = load_csv(write(tmp_path, [HEADER, *rows()], "athletes.csv"))
    data = result.dataset
    assert data.name == "file:athletes"
    assert data.X.dtype == np.float64
    assert data.X.shape == (30, 3)
    assert data.y.dtype == np.int64
    assert set(np.unique(data.y)) == {0, 1}
    assert data.feature_names == ("height", "weight", "age")
    assert data.feature_units == ("cm", "kg", "")
    assert data.class_names == ("no", "yes")
    assert data.target_name == "athlete = yes (1) or no (0)"
    assert "athletes.csv" in data.description
    assert result.target_mapping == {"no": 0, "yes": 1}
    assert result.dropped_rows == ()
    assert result.dropped_columns == ()
    assert result.delimiter == ","
    assert "'no' → 0 and 'yes' → 1" in result.report()


def test_values_match_the_file(tmp_path):
    lines = [HEADER, *rows()]
    data = load_csv(write(tmp_path, lines)).dataset
    first = lines[1].split(",")
    np.testing.assert_allclose(data.X[0], [float(v) for v in first[:3]])
    assert data.y[0] == (1 if first[3] == "yes" else 0)


def test_semicolons_and_decimal_commas(tmp_path):
    lines = [line.replace(",", ";").replace(".", ",") for line in [HEADER, *rows()]]
    result = load_csv(write(tmp_path, lines))
    assert result.delimiter == ";"
    expected = load_csv(write(tmp_path, [HEADER, *rows()], "b.csv")).dataset.X
    np.testing.assert_allclose(result.dataset.X, expected)


def test_tabs_quotes_bom_crlf_and_trailing_blank_lines(tmp_path):
    lines = [f'"{c}"' for c in HEADER.split(",")]
    body = ["\t".join(f'"{c}"' for c in row.split(",")) for row in rows()]
    text = "\r\n".join(["\t".join(lines), *body]) + "\r\n\r\n\r\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    result = load_csv(path)
    assert result.delimiter == "\t"
    assert result.dataset.feature_names[0] == "height"  # no BOM glued to it
    assert result.dataset.n_rows == 30


def test_quoted_text_with_the_delimiter_inside(tmp_path):
    lines = [
        "a,b,label",
        *[f'{i},{i % 7},"{"big, red" if i % 2 else "small"}"' for i in range(25)],
    ]
    result = load_csv(write(tmp_path, lines))
    assert result.dataset.class_names == ("big, red", "small")


def test_trailing_empty_cells_from_spreadsheets_are_ignored(tmp_path):
    lines = [HEADER, *[row + ",," for row in rows()]]
    assert load_csv(write(tmp_path, lines)).dataset.n_rows == 30


@pytest.mark.parametrize(
    ("values", "negative", "positive", "rule"),
    [
        (("no", "yes"), "no", "yes", "positive"),
        (("False", "True"), "False", "True", "positive"),
        (("N", "Y"), "N", "Y", "positive"),
        (("1", "0"), "0", "1", "positive"),
        (("1.0", "0.0"), "0", "1", "positive"),
        (("10", "2"), "2", "10", "increasing"),
        (("-1", "1"), "-1", "1", "increasing"),
        (("dog", "cat"), "cat", "dog", "alphabetical"),
    ],
)
def test_target_mapping(tmp_path, values, negative, positive, rule):
    lines = ["x,y,target", *[f"{i},{i % 5},{values[i % 2]}" for i in range(30)]]
    result = load_csv(write(tmp_path, lines))
    assert result.target_mapping == {negative: 0, positive: 1}
    assert result.dataset.class_names == (negative, positive)
    assert rule in result.mapping_note
    expected = [
        1 if values[i % 2] in (positive, f"{positive}.0") else 0 for i in range(30)
    ]
    np.testing.assert_array_equal(result.dataset.y, expected)


@pytest.mark.parametrize("target", ["sex", "SEX", 0, -4])
def test_target_by_name_or_index(tmp_path, target):
    lines = [
        "sex,height,weight,score",
        *[f"{'mf'[i % 2]},{150 + i},{50 + i % 9},{i}" for i in range(30)],
    ]
    result = load_csv(write(tmp_path, lines), target=target)
    assert result.dataset.feature_names == ("height", "weight", "score")
    assert result.target_mapping == {"f": 0, "m": 1}


@pytest.mark.parametrize("target", ["colour", 4, -5])
def test_unknown_target_lists_the_columns(tmp_path, target):
    error = problem(write(tmp_path, [HEADER, *rows()]), target=target)
    assert error.kind is Problem.UNKNOWN_TARGET
    assert f"'{target}'" in str(error)
    assert "'height (cm)', 'weight [kg]', 'age', 'athlete'" in str(error)
    assert "0 to 3" in str(error)


def test_trains_end_to_end(tmp_path):
    dataset = load_csv(write(tmp_path, [HEADER, *rows(60)])).dataset
    trainer = Trainer(TrainingConfig(dataset="file:x", epochs=2), dataset=dataset)
    assert trainer.run().value == "finished"
    assert len(trainer.history.records) == 2


# -- the preview ----------------------------------------------------------------


def test_preview_shows_the_first_rows_and_counts(tmp_path):
    lines = [HEADER, *rows(), "", ""]
    preview = inspect_csv(write(tmp_path, lines))
    assert preview.header == tuple(HEADER.split(","))
    assert preview.rows[0] == tuple(lines[1].split(","))
    assert len(preview.rows) == csv_data.PREVIEW_ROWS
    assert preview.row_numbers[:2] == (2, 3)
    assert (preview.n_rows, preview.n_columns) == (30, 4)
    assert preview.numeric == (True, True, True, False)
    assert preview.suggested_target == "athlete"
    assert preview.problems == ()
    assert preview.fixes == ()


def test_preview_suggests_a_two_valued_column_when_the_last_is_not(tmp_path):
    lines = ["a,smoker,b", *[f"{i},{'yn'[i % 2]},{i * 3}" for i in range(30)]]
    assert inspect_csv(write(tmp_path, lines)).suggested_target == "smoker"


def test_preview_lists_every_problem_and_the_fixes_offered(tmp_path):
    lines = ["height,const,age,athlete"]
    lines += [f"{170 + i},5,{20 + i},{'yn'[i % 2]}" for i in range(30)]
    lines[3] = "170,5,,y"
    preview = inspect_csv(write(tmp_path, lines))
    kinds = [p.kind for p in preview.problems]
    assert kinds == [Problem.MISSING, Problem.CONSTANT]
    assert preview.fixes == (DROP_ROWS, DROP_COLUMNS)
    assert preview.numeric == (True, True, True, False)
    result = load_csv(preview.path, **dict.fromkeys(preview.fixes, True))
    assert result.dropped_rows == (4,)
    assert result.dropped_columns == ("const",)


def test_preview_reports_text_but_still_shows_the_table(tmp_path):
    preview = inspect_csv(write(tmp_path, with_row(6, "tall,70,30,yes")))
    assert preview.numeric[0] is False
    assert preview.problems[0].kind is Problem.TEXT_IN_NUMBERS
    assert preview.fixes == ()


# -- problems with the file itself ----------------------------------------------


def test_missing_file(tmp_path):
    error = problem(tmp_path / "nope.csv")
    assert error.kind is Problem.NOT_FOUND
    assert "nope.csv" in str(error)


def test_directory(tmp_path):
    error = problem(tmp_path)
    assert error.kind is Problem.NOT_A_FILE
    assert "folder" in str(error)


def test_big_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, [HEADER, *rows()])
    limit = path.stat().st_size - 1

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(CsvProblem) as caught:
        inspect_csv(path, max_bytes=limit)
    assert caught.value.kind is Problem.TOO_LARGE
    assert f"{path.stat().st_size:,} bytes" in str(caught.value)
    assert f"{limit:,} bytes" in str(caught.value)


def test_file_exactly_at_the_limit_is_read(tmp_path):
    path = write(tmp_path, [HEADER, *rows()])
    assert load_csv(path, max_bytes=path.stat().st_size).dataset.n_rows == 30


def test_too_many_cells_is_refused_while_parsing(tmp_path):
    error = problem(write(tmp_path, [HEADER, *rows()]), max_cells=4 * 29)
    assert error.kind is Problem.TOO_MANY_CELLS
    assert "116 cells" in str(error)
    assert load_csv(write(tmp_path, [HEADER, *rows()]), max_cells=4 * 30)


def test_default_limits_are_documented_constants():
    assert csv_data.MAX_FILE_BYTES == 25 * 1024 * 1024
    assert csv_data.MAX_CELLS == 2_000_000


def test_non_utf8_bytes_name_the_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("a,b,c\n1,2,yes\n3,Zo\xeb,no\n".encode("latin-1"))
    error = problem(path)
    assert error.kind is Problem.NOT_UTF8
    assert error.row == 3
    assert "Line 3" in str(error)
    assert r"b'\xeb'" in str(error)
    assert "CSV UTF-8" in str(error)


def test_utf16_is_recognised(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("a,b\n1,2\n".encode("utf-16"))
    assert "UTF-16" in str(problem(path))


def test_excel_workbook_is_recognised(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    error = problem(path)
    assert error.kind is Problem.NOT_CSV
    assert "Excel" in str(error)


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "nothing but blank lines"), ("\n\n  \n", "nothing but blank lines"),
     ("a,b,c\n\n", "a header row but no data rows")],
)  # fmt: skip
def test_empty_file(tmp_path, text, words):
    path = tmp_path / "empty.csv"
    path.write_text(text)
    error = problem(path)
    assert error.kind is Problem.EMPTY
    assert words in str(error)


def test_malformed_csv_names_the_line(tmp_path):
    path = write(tmp_path, ["a,b", "1,2", '3,"' + "x" * 200_000 + '"'])
    error = problem(path)
    assert error.kind is Problem.MALFORMED
    assert "Line 3" in str(error)


# -- problems with the header and the shape ------------------------------------


def test_no_header(tmp_path):
    error = problem(write(tmp_path, ["1,2,3,0", "4,5,6,1"]))
    assert error.kind is Problem.NO_HEADER
    assert "row 1" in str(error)
    assert "1, 2, 3, 0" in str(error)


def test_no_header_when_the_target_is_text(tmp_path):
    error = problem(write(tmp_path, rows()))
    assert error.kind is Problem.NO_HEADER
    assert "first row (row 1)" in str(error)


def test_a_number_among_column_names_is_still_a_header(tmp_path):
    lines = ["height,2021,label", *[f"{170 + i},{i},{'yn'[i % 2]}" for i in range(30)]]
    assert load_csv(write(tmp_path, lines)).dataset.feature_names == ("height", "2021")


def test_semicolon_file_with_a_comma_in_a_column_name(tmp_path):
    lines = ["height (cm, rounded);weight;athlete"]
    lines += [f"{170 + i};{60 + i % 7};{'yn'[i % 2]}" for i in range(30)]
    data = load_csv(write(tmp_path, lines)).dataset
    assert data.feature_names == ("height", "weight")
    assert data.feature_units == ("cm, rounded", "")


def test_single_column(tmp_path):
    error = problem(write(tmp_path, ["height", *[str(i) for i in range(30)]]))
    assert error.kind is Problem.SINGLE_COLUMN
    assert "'height'" in str(error)


def test_duplicate_header_names(tmp_path):
    error = problem(write(tmp_path, ["age,height,age,y", "1,2,3,0"]))
    assert error.kind is Problem.DUPLICATE_NAME
    assert "Columns A and C are both called 'age'" in str(error)
    assert "row 1" in str(error)


def test_empty_header_name(tmp_path):
    error = problem(write(tmp_path, ["age,,y", "1,2,0"]))
    assert error.kind is Problem.NO_NAME
    assert "Column B has no name" in str(error)


@pytest.mark.parametrize(("text", "cells"), [("170,70,yes", 3), ("170,70,30,1,yes", 5)])
def test_ragged_row_names_the_row(tmp_path, text, cells):
    error = problem(write(tmp_path, with_row(7, text)))
    assert error.kind is Problem.RAGGED
    assert error.row == 7
    assert f"Row 7 has {cells} cells but the header (row 1) names 4 columns" in str(
        error
    )


def test_rows_count_blank_lines_as_a_spreadsheet_does(tmp_path):
    lines = [HEADER, *rows()]
    lines[3:3] = ["", ""]  # two blank lines before what is now row 6
    lines[5] = "170,70,30"
    error = problem(write(tmp_path, lines))
    assert "Row 6 has 3 cells" in str(error)


# -- problems with the values --------------------------------------------------


def test_text_in_a_numeric_column_names_cell_row_and_column(tmp_path):
    lines = with_row(9, "170,heavy,30,yes")
    lines[12] = "170,n.a.,30,yes"
    error = problem(write(tmp_path, lines))
    assert error.kind is Problem.TEXT_IN_NUMBERS
    assert (error.row, error.column, error.value) == (9, "weight [kg]", "heavy")
    message = str(error)
    assert "The column 'weight [kg]' (spreadsheet column B)" in message
    assert (
        "row 9 (counting rows as a spreadsheet does, with the header as row 1)"
        in message
    )
    assert "'heavy'" in message
    assert "2 such cell(s)" in message
    assert error.fix is None


@pytest.mark.parametrize("empty", ["", "NA", "n/a", "null", "?"])
def test_missing_cells_are_named_and_can_be_dropped(tmp_path, empty):
    lines = with_row(5, f"170,{empty},30,yes")
    lines[10] = "180,80,,no"
    path = write(tmp_path, lines)
    error = problem(path)
    assert error.kind is Problem.MISSING
    assert (error.row, error.column, error.count) == (5, "weight [kg]", 2)
    assert "In row 5 (counting rows as a spreadsheet does" in str(error)
    assert "column 'weight [kg]' (spreadsheet column B)" in str(error)
    assert "drop those 2 row(s)" in str(error)
    assert error.fix == DROP_ROWS
    result = load_csv(path, drop_missing_rows=True)
    assert result.dropped_rows == (5, 11)
    assert result.dataset.n_rows == 28
    assert "Dropped 2 row(s) with missing values: 5, 11." in result.report()


def test_missing_target_drops_the_row(tmp_path):
    path = write(tmp_path, with_row(3, "170,70,30,"))
    assert problem(path).column == "athlete"
    assert load_csv(path, drop_missing_rows=True).dropped_rows == (3,)


@pytest.mark.parametrize("bad", ["nan", "NaN", "inf", "-Infinity", "1e999"])
def test_nan_and_infinity_are_named(tmp_path, bad):
    path = write(tmp_path, with_row(8, f"170,70,{bad},yes"))
    error = problem(path)
    assert error.kind is Problem.NON_FINITE
    assert (error.row, error.column, error.value) == (8, "age", bad)
    assert f"is '{bad}', not finite" in str(error)
    assert error.fix == DROP_ROWS
    assert load_csv(path, drop_missing_rows=True).dropped_rows == (8,)


def test_constant_column_is_named_and_can_be_dropped(tmp_path):
    lines = [
        HEADER.replace("age", "country"),
        *[r.split(",")[0] + ",70,44," + r.split(",")[3] for r in rows()],
    ]
    path = write(tmp_path, lines)
    error = problem(path)
    assert error.kind is Problem.CONSTANT
    assert (
        "The column 'weight [kg]' (spreadsheet column B) has the same value (70)"
        in str(error)
    )
    assert error.fix == DROP_COLUMNS
    result = load_csv(path, drop_constant_columns=True)
    assert result.dropped_columns == ("weight [kg]", "country")
    assert result.dataset.feature_names == ("height",)
    assert "'weight [kg]', 'country'" in result.report()


def test_empty_column_is_dropped_like_a_constant_one(tmp_path):
    lines = [HEADER + ",notes", *[r + "," for r in rows()]]
    lines = [",".join(line.split(",")[i] for i in (0, 1, 2, 4, 3)) for line in lines]
    path = write(tmp_path, lines)
    error = problem(path)
    assert error.kind is Problem.CONSTANT
    assert "The column 'notes' (spreadsheet column D) is empty in every row" in str(
        error
    )
    assert load_csv(path, drop_constant_columns=True).dropped_columns == ("notes",)


def test_no_feature_left_after_dropping_constants(tmp_path):
    path = write(tmp_path, ["a,b,y", *[f"1,2,{i % 2}" for i in range(30)]])
    error = problem(path, drop_constant_columns=True)
    assert error.kind is Problem.NO_FEATURES


def test_target_with_many_values_names_some(tmp_path):
    grades = "ABCDEFG"
    lines = ["x,z,grade", *[f"{i},{i % 4},{grades[i % 7]}" for i in range(30)]]
    error = problem(write(tmp_path, lines))
    assert error.kind is Problem.TARGET_VALUES
    assert "column 'grade' (spreadsheet column C)" in str(error)
    assert "7 different values: 'A' (5 rows), 'B' (5 rows)" in str(error)
    assert "and 2 more" in str(error)
    assert "yes/no or 0/1" in str(error)


def test_target_with_one_value(tmp_path):
    lines = [HEADER, *[r.rsplit(",", 1)[0] + ",yes" for r in rows()]]
    error = problem(write(tmp_path, lines))
    assert error.kind is Problem.TARGET_VALUES
    assert "only one value ('yes')" in str(error)


def test_target_with_one_value_once_rows_are_dropped(tmp_path):
    lines = [HEADER, *[r.rsplit(",", 1)[0] + ",yes" for r in rows()], "1,,3,no"]
    path = write(tmp_path, lines)
    assert problem(path).kind is Problem.MISSING
    assert "only one value" in str(problem(path, drop_missing_rows=True))


def test_too_few_rows(tmp_path):
    error = problem(write(tmp_path, [HEADER, *rows(MIN_ROWS - 1)]))
    assert error.kind is Problem.TOO_FEW_ROWS
    assert f"only {MIN_ROWS - 1} data row(s)" in str(error)
    assert f"at least {MIN_ROWS}" in str(error)
    assert (
        load_csv(write(tmp_path, [HEADER, *rows(MIN_ROWS)])).dataset.n_rows == MIN_ROWS
    )


def test_too_few_rows_after_dropping(tmp_path):
    lines = [HEADER, *rows(MIN_ROWS + 1)]
    lines[2], lines[3] = "1,,3,yes", "1,NA,3,no"
    error = problem(write(tmp_path, lines), drop_missing_rows=True)
    assert error.kind is Problem.TOO_FEW_ROWS
    assert f"Only {MIN_ROWS - 1} data row(s) are left after dropping 2" in str(error)


# -- safety and shape of the module ---------------------------------------------


def test_every_problem_is_a_data_problem_and_a_value_error(tmp_path):
    error = problem(tmp_path / "missing.csv")
    assert isinstance(error, DataProblem)
    assert isinstance(error, ValueError)


def test_every_message_template_formats():
    fields = {
        "path": "p", "what": "What", "name": "n", "reason": "r", "size": "s",
        "limit": 1, "hint": "", "letter": "A", "first": "B", "header_row": 1,
        "width": 2, "sep": "','", "names": "'a'", "last": 1, "where": "column 'a'",
        "note": "(n)", "min_rows": 20,
    }  # fmt: skip
    for kind in Problem:
        message = str(CsvProblem(kind, row=2, column="a", value="v", count=3, **fields))
        assert message[0].isupper(), kind


def test_nothing_is_unpickled_or_evaluated():
    """Scans every core/csv_*.py, so a module split off later is covered too."""
    sources = sorted(Path(csv_data.__file__).parent.glob("csv_*.py"))
    names = {source.stem for source in sources}
    assert {"csv_data", "csv_problems", "csv_reading", "csv_columns"} <= names
    for source in sources:
        text = source.read_text(encoding="utf-8")
        tree = ast.parse(text)
        imported = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        } | {
            node.module.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not imported & {"pickle", "marshal", "shelve", "dill", "joblib"}, source
        called = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert not called & {"eval", "exec", "compile", "__import__"}, source
        assert "allow_pickle" not in text, source


def test_csv_module_imports_no_qt():
    code = (
        "import sys, core.csv_data\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print(','.join(qt))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""
