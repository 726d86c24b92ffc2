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

import core.data.csv_data as csv_data
from core import Trainer, TrainingConfig
from core.data.csv_data import (
    DROP_COLUMNS,
    DROP_ROWS,
    CsvProblem,
    Problem,
    inspect_csv,
    load_csv,
)
from core.data.datasets import MIN_ROWS
from core.data.preprocessing import DataProblem
from tests.conftest import ROOT

HEADER = "height (cm),weight [kg],age,athlete"


def rows(n: int = 30) -> list[str]:
    """``n`` valid data rows: three numeric features and a yes/no target."""
    rng = np.random.default_rng(1)
    return [
        f"{rng.normal(175, 8):.1f},{rng.normal(70, 9):.1f},{rng.integers(16, 60)},"
        f"{'yes' if i % 2 else 'no'}"
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
    assert preview.target == "athlete"
    assert preview.problems == ()
    assert preview.fixes == ()


def test_preview_chooses_nothing_when_the_last_column_is_not_a_target(tmp_path):
    """A two-valued column elsewhere is not picked: the target is the teacher's."""
    lines = ["a,smoker,b", *[f"{i},{'yn'[i % 2]},{i * 3}" for i in range(30)]]
    preview = inspect_csv(write(tmp_path, lines))
    assert preview.target is None
    assert preview.problems == ()
    assert preview.target_problem.kind is Problem.TARGET_VALUES
    assert "column 'b'" in str(preview.target_problem)
    assert inspect_csv(preview.path, "smoker").target == "smoker"


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
    """The cap counts feature cells: 30 rows of 3 features fit in 90, not 89."""
    path = write(tmp_path, [HEADER, *rows()])
    error = problem(path, max_cells=3 * 30 - 1)
    assert error.kind is Problem.TOO_MANY_CELLS
    assert "over 89 feature cells (rows × columns other than the target)" in str(error)
    assert load_csv(path, max_cells=3 * 30).dataset.X.size == 90


def test_the_cap_admits_100k_rows_of_20_features_and_a_target(tmp_path):
    """2,000,000 feature cells plus the target column: at the default cap, read."""
    n, width = 100_000, 20
    rng = np.random.default_rng(0)
    digits = rng.integers(0, 10, size=(n, width))
    body = "\n".join(
        ",".join(map(str, row)) + f",{i % 2}" for i, row in enumerate(digits.tolist())
    )
    header = ",".join(f"f{j}" for j in range(width)) + ",label"
    path = tmp_path / "big.csv"
    path.write_text(header + "\n" + body + "\n", encoding="utf-8")
    assert n * width == csv_data.MAX_CELLS
    data = load_csv(path).dataset
    assert data.X.shape == (n, width)
    np.testing.assert_array_equal(data.X, digits)
    with path.open("a", encoding="utf-8") as file:
        file.write(",".join(["1"] * width) + ",0\n")
    assert problem(path).kind is Problem.TOO_MANY_CELLS


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
    assert "2 such cells" in message
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
    assert "drop those 2 rows" in str(error)
    assert error.fix == DROP_ROWS
    result = load_csv(path, drop_missing_rows=True)
    assert result.dropped_rows == (5, 11)
    assert result.dataset.n_rows == 28
    assert "Dropped 2 rows with missing values: 5, 11." in result.report()


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
    assert f"only {MIN_ROWS - 1} data rows" in str(error)
    assert f"at least {MIN_ROWS}" in str(error)
    assert (
        load_csv(write(tmp_path, [HEADER, *rows(MIN_ROWS)])).dataset.n_rows == MIN_ROWS
    )


def test_too_few_rows_after_dropping(tmp_path):
    lines = [HEADER, *rows(MIN_ROWS + 1)]
    lines[2], lines[3] = "1,,3,yes", "1,NA,3,no"
    error = problem(write(tmp_path, lines), drop_missing_rows=True)
    assert error.kind is Problem.TOO_FEW_ROWS
    assert f"Only {MIN_ROWS - 1} data rows are left after dropping 2" in str(error)


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
        "note": "(n)", "min_rows": 20, "how": "with '_'", "plain": "", "total": 9,
        "share": "1%", "min_share": "5%", "chance": "always saying 0 scores 99%",
        "why": "Why.",
    }  # fmt: skip
    for kind in Problem:
        message = str(CsvProblem(kind, row=2, column="a", value="v", count=3, **fields))
        assert message[0].isupper() or message.startswith("'a' = v"), kind


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
        "import sys, core.data.csv_data\n"
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


# -- numbers by explicit ASCII rules --------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [("12", 12.0), ("-0.5", -0.5), ("+2.5E4", 25000.0), (".5", 0.5), ("5.", 5.0),
     ("1e-3", 0.001), ("007", 7.0)],
)  # fmt: skip
def test_plain_numbers_are_read(tmp_path, cell, value):
    path = write(tmp_path, with_row(4, f"170,{cell},30,yes"))
    assert load_csv(path).dataset.X[2, 1] == value


@pytest.mark.parametrize(
    ("cell", "how", "plain"),
    [
        ("1_000", "with '_' between its digits", "1000"),
        ("١٢٣", "written with Arabic-Indic digits instead of 0-9", "123"),
        ("１２３", "written with Fullwidth digits instead of 0-9", "123"),
        ("²", "with '²', which is not one of the digits 0-9", ""),
        ("7½", "with '½', which is not one of the digits 0-9", ""),
        ('"1,000.5"', "with its digits grouped in thousands", "1000.5"),
        ("1 000", "with its digits grouped in thousands", "1000"),
        ("1'000", "with its digits grouped in thousands", "1000"),
    ],
)
def test_numbers_written_other_ways_are_refused_with_row_and_column(
    tmp_path, cell, how, plain
):
    """float() reads '1_000' and '١٢٣'; LayerLab names them instead."""
    error = problem(write(tmp_path, with_row(6, f"170,{cell},30,yes")))
    assert error.kind is Problem.NOT_PLAIN_NUMBER
    assert (error.row, error.column) == (6, "weight [kg]")
    assert error.value == cell.strip('"')
    message = str(error)
    assert "column 'weight [kg]' (spreadsheet column B)" in message
    assert "row 6 (counting rows" in message
    assert how in message
    assert ("; write it as " + plain in message) == bool(plain)
    assert "the digits 0-9, one decimal point" in message
    assert error.fix is None


def test_words_stay_text_and_semicolon_files_keep_decimal_commas(tmp_path):
    assert problem(write(tmp_path, with_row(6, "170,heavy,30,yes"))).kind is (
        Problem.TEXT_IN_NUMBERS
    )
    lines = [line.replace(",", ";") for line in with_row(6, "170,70,30,yes")]
    lines[5] = "170;70,5;30;yes"
    assert load_csv(write(tmp_path, lines, "semi.csv")).dataset.X[4, 1] == 70.5
    lines[5] = "170;1.000,5;30;yes"
    error = problem(write(tmp_path, lines, "semi.csv"))
    assert error.kind is Problem.NOT_PLAIN_NUMBER
    assert "write it as 1000.5" in str(error)


def test_number_rules_against_a_hand_written_reader():
    """``parse_number`` agrees with a character-by-character reading of the grammar."""
    from core.data.csv_reading import parse_number

    def by_hand(cell: str) -> bool:
        """sign? digits* (. digits*)? with a digit somewhere, then (e sign? digits+)?"""
        digits, i = "0123456789", 0

        def run(i: int) -> int:
            while i < len(cell) and cell[i] in digits:
                i += 1
            return i

        if i < len(cell) and cell[i] in "+-":
            i += 1
        start = i
        i = run(i)
        seen = i > start
        if i < len(cell) and cell[i] == ".":
            after = run(i + 1)
            seen, i = seen or after > i + 1, after
        if not seen:
            return False
        if i < len(cell) and cell[i] in "eE":
            i += 1
            if i < len(cell) and cell[i] in "+-":
                i += 1
            start, i = i, run(i)
            if i == start:
                return False
        return i == len(cell)

    alphabet = "0123456789.+-eE_٣²x "
    rng = np.random.default_rng(3)
    for _ in range(3000):
        cell = "".join(rng.choice(list(alphabet), size=rng.integers(1, 6)))
        got = parse_number(cell, ",")
        assert (got is not None) == by_hand(cell), cell
        if got is not None:
            assert got == float(cell)


# -- the target: the teacher's choice, two real classes -------------------------


def target_file(tmp_path: Path, n: int, n_rare: int, name: str = "t.csv") -> Path:
    """``n`` rows of two features; the last column is 'yes' in ``n_rare`` rows."""
    rng = np.random.default_rng(n + n_rare)
    lines = ["a,b,outcome"] + [
        f"{rng.normal():.4f},{rng.normal():.4f},{'yes' if i < n_rare else 'no'}"
        for i in range(n)
    ]
    return write(tmp_path, lines, name)


def digits_like(tmp_path: Path) -> Path:
    """Like the digits data: 8×8 pixels, one that is non-zero in 1 of 1,797 rows."""
    rng = np.random.default_rng(0)
    n = 1797
    pixels = rng.integers(0, 17, size=(n, 63))
    big = (pixels[:, 10] + pixels[:, 20] > 16).astype(int)
    last = np.zeros(n, int)
    last[1000] = 1
    names = [f"pixel_{j // 8}_{j % 8}" for j in range(64) if j != 56]
    lines = [",".join(["big", *names, "pixel_7_0"])]
    lines += [",".join(map(str, [big[i], *pixels[i], last[i]])) for i in range(n)]
    return write(tmp_path, lines, "digits.csv")


RARE_PIXEL = (
    "'pixel_7_0' = 1 in only 1 of 1,797 rows (0.06%): a class needs at least 5% of "
    "rows and 10 rows (always saying 0 scores 99.9%)."
)


def test_a_nearly_constant_last_column_is_not_chosen_and_is_refused(tmp_path):
    path = digits_like(tmp_path)
    preview = inspect_csv(path)
    assert preview.target is None
    assert preview.problems == ()
    assert preview.target_problem.kind is Problem.RARE_CLASS
    assert str(preview.target_problem).startswith(RARE_PIXEL)
    assert str(preview.no_target).startswith(
        "Choose the target column, the column to predict: the last column, "
        "'pixel_7_0', cannot be the target. " + RARE_PIXEL
    )
    error = problem(path)  # the last column, asked for explicitly
    assert error.kind is Problem.RARE_CLASS
    assert (error.column, error.value, error.count) == ("pixel_7_0", "1", 1)
    assert str(error) == str(preview.target_problem)
    result = load_csv(path, "big")
    assert result.dataset.n_features == 64
    n_ones = int(result.dataset.y.sum())
    assert f"Chance: always saying 0 scores {100 * (1797 - n_ones) / 1797:.1f}%" in (
        result.report()
    )


@pytest.mark.parametrize(
    ("n", "n_rare", "usable"),
    [(200, 10, True), (200, 9, False), (300, 12, False), (100, 10, True),
     (1000, 50, True), (1000, 49, False), (40, 20, True), (21, 10, True)],
)  # fmt: skip
def test_each_class_needs_5_percent_and_10_rows(tmp_path, n, n_rare, usable):
    path = target_file(tmp_path, n, n_rare)
    preview = inspect_csv(path)
    assert (preview.target == "outcome") is usable
    assert (preview.target_problem is None) is usable
    if usable:
        data = load_csv(path).dataset
        assert int(data.y.sum()) == n_rare
        return
    error = problem(path)
    assert error.kind is Problem.RARE_CLASS
    assert (error.value, error.count) == ("yes", n_rare)
    assert f"'outcome' = yes in only {n_rare} of {n:,} rows" in str(error)
    assert "a class needs at least 5% of rows and 10 rows" in str(error)
    assert f"always saying no scores {100 * (n - n_rare) / n:.1f}%" in str(error)


def test_an_imbalanced_but_valid_target_loads_and_says_its_chance(tmp_path):
    result = load_csv(target_file(tmp_path, 200, 10))
    assert result.chance == "always saying no scores 95.0%"
    assert "Chance: always saying no scores 95.0%" in result.report()
    assert result.dataset.class_names == ("no", "yes")


def test_a_three_valued_last_column_is_not_chosen(tmp_path):
    lines = ["a,b,grade", *[f"{i},{i % 7},{'ABC'[i % 3]}" for i in range(60)]]
    path = write(tmp_path, lines)
    preview = inspect_csv(path)
    assert preview.target is None
    assert preview.target_problem.kind is Problem.TARGET_VALUES
    assert "3 different values" in str(preview.no_target)
    assert problem(path).kind is Problem.TARGET_VALUES
    choice = csv_data.choose_target(preview, "a")
    assert choice.result is None
    assert choice.remaining[0].kind is Problem.TEXT_IN_NUMBERS  # 'grade' is a feature


def test_classes_are_counted_in_the_rows_that_stay(tmp_path):
    path = target_file(tmp_path, 200, 10)
    lines = path.read_text().splitlines()
    lines[1] = lines[1].replace(lines[1].split(",")[0], "", 1)  # a 'yes' row, a gap
    write(tmp_path, lines, "t.csv")
    assert problem(path).kind is Problem.MISSING
    error = problem(path, drop_missing_rows=True)
    assert error.kind is Problem.RARE_CLASS
    assert "'outcome' = yes in only 9 of 199 rows (4.52%)" in str(error)


def test_too_few_rows_is_said_before_a_small_class(tmp_path):
    error = problem(target_file(tmp_path, 19, 9))
    assert error.kind is Problem.TOO_FEW_ROWS


def test_the_rare_class_rule_over_many_random_files(tmp_path):
    """The refusal agrees with exact arithmetic and its percentages never mislead."""
    from fractions import Fraction

    rng = np.random.default_rng(11)
    for k in range(60):
        n = int(rng.integers(20, 400))
        n_rare = int(rng.integers(1, n // 2 + 1))
        path = target_file(tmp_path, n, n_rare, f"r{k}.csv")
        usable = n_rare >= 10 and Fraction(n_rare, n) >= Fraction(5, 100)
        preview = inspect_csv(path)
        assert (preview.target is not None) is usable, (n, n_rare)
        if usable:
            assert load_csv(path).dataset.y.sum() == n_rare
            continue
        message = str(preview.target_problem)
        share = float(message.split("rows (")[1].split("%")[0])
        assert abs(share - 100 * n_rare / n) < 0.0051
        assert share < 5 or n_rare < 10  # never "5.00%" for a share under 5%
        chance = float(message.split("scores ")[1].split("%")[0])
        common = "no" if n - n_rare >= n_rare else "yes"
        assert f"always saying {common} scores" in message
        assert abs(chance - 100 * max(n - n_rare, n_rare) / n) <= 0.05


def test_choose_target_reuses_the_preview_and_builds_the_loaders_dataset(
    tmp_path, monkeypatch
):
    path = digits_like(tmp_path)
    preview = inspect_csv(path)
    expected = load_csv(path, "big").dataset

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(csv_data, "read_table", no_reading)
    choice = csv_data.choose_target(preview, "big")
    data = choice.result.dataset
    np.testing.assert_array_equal(data.X, expected.X)
    np.testing.assert_array_equal(data.y, expected.y)
    assert (data.name, data.feature_names, data.class_names) == (
        expected.name, expected.feature_names, expected.class_names,
    )  # fmt: skip
    assert choice.problems == choice.remaining == ()


def test_a_column_number_typed_as_text_is_an_index(tmp_path):
    path = target_file(tmp_path, 40, 20)
    assert load_csv(path, "2").dataset.feature_names == ("a", "b")
    assert load_csv(path, "-1").dataset.feature_names == ("a", "b")
    assert problem(path, target="3").kind is Problem.UNKNOWN_TARGET


# -- chance in words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "decimals", "lines", "text"),
    [(1 / 1797, 2, (0.05,), "0.06%"), (0.0499, 1, (0.05,), "4.99%"),
     (0.04995, 2, (0.05,), "4.995%"), (1796 / 1797, 1, (), "99.9%"),
     (9999 / 10000, 1, (), "99.99%"), (1.0, 1, (), "100.0%"),
     (1 / 2_000_000, 2, (), "0.00005%"), (0.05, 2, (0.05,), "5.00%")],
)  # fmt: skip
def test_percent_never_crosses_a_line(share, decimals, lines, text):
    from core.data.chance import percent

    assert percent(share, decimals, lines) == text


def test_chance_names_the_more_common_class():
    from core.data.chance import chance_of

    assert chance_of(np.array([0] * 1796 + [1]), ("0", "1")) == (
        "always saying 0 scores 99.9%"
    )
    assert chance_of(np.array([1, 1, 0]), ("no", "yes")) == (
        "always saying yes scores 66.7%"
    )
    assert chance_of(np.array([1, 0]), ("cat", "big, red")) == (
        "always saying cat scores 50.0%"
    )
    assert chance_of(np.array([1, 1, 0]), ("cat", "big, red")) == (
        "always saying 'big, red' scores 66.7%"
    )


def test_the_quick_number_check_is_exactly_the_documented_patterns():
    """``is_number`` (float() on guarded text) agrees with the two regexes."""
    import itertools

    from core.data.csv_reading import NON_FINITE, PLAIN_NUMBER, is_number

    def rule(cell: str) -> bool:
        return bool(PLAIN_NUMBER.fullmatch(cell) or NON_FINITE.fullmatch(cell))

    alphabet = "09.+-eE_ \t٣"
    for size in range(1, 6):
        for cells in itertools.product(alphabet, repeat=size):
            cell = "".join(cells)
            assert is_number(cell) == rule(cell), repr(cell)
    words = ["inf", "-Infinity", "+nan", "NaN", "infin", "nanx", "0x1p3", "1e"]
    words += ["1.e5", ".e5", "²", "1\n", "1_0", "١٢٣", "ⅷ", "1 "]
    for cell in words:
        assert is_number(cell) == rule(cell), repr(cell)


def test_counts_are_worded_in_the_right_number():
    from core.data.csv_problems import counted

    assert counted(1, "row") == "1 row"
    assert counted(2, "row") == "2 rows"
    assert counted(1200, "data row") == "1,200 data rows"
    assert counted(3, "child", "children") == "3 children"
    one = CsvProblem(Problem.MISSING, row=5, count=1, note="", where="x", what="empty")
    assert "1 row has missing" in str(one)
    assert "drop that 1 row." in str(one)
