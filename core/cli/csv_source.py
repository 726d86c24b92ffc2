"""``python -m core train --data FILE.csv --target COLUMN``: a CSV as the run's data.

The file goes through the import dialog's own two core calls, ``inspect_csv``
then ``choose_target``, so the command line trains on the same ``Dataset``
the window would, and refuses with the dialog's words. Without ``--target``
the dialog's default applies: the last column if it is a usable target, and
otherwise the command asks for ``--target``. The dialog's two fixes are
flags. Every refusal is one line and exit status 2, as argparse's own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.data.csv_data import (
    DROP_COLUMNS,
    DROP_ROWS,
    CsvLoadResult,
    CsvProblem,
    Problem,
    choose_target,
    inspect_csv,
)

FLAGS = {DROP_ROWS: "--drop-missing-rows", DROP_COLUMNS: "--drop-constant-columns"}


def add_arguments(train: argparse.ArgumentParser) -> None:
    """The options that train on a CSV file instead of a built-in dataset."""
    data = train.add_argument_group("own data (instead of --dataset)")
    data.add_argument("--data", metavar="FILE.csv", help="train on this CSV file")
    data.add_argument(
        "--target",
        metavar="COLUMN",
        help="the column to predict (name, or number from 0); default: the last "
        "column if it has two values, each in at least 5%% of rows and 10 rows",
    )
    for flag in FLAGS.values():
        what = "rows with missing values" if "rows" in flag else "single-value columns"
        data.add_argument(flag, action="store_true", help=f"drop {what}, as the dialog")


def load(
    args: argparse.Namespace, parser: argparse.ArgumentParser, default_dataset: str
) -> CsvLoadResult | None:
    """The CSV named by ``--data`` loaded as the dialog would; None without it."""
    if args.data is None:
        extra = [flag for flag in ("target", *FLAGS) if getattr(args, flag)]
        if extra:
            parser.error(f"--{extra[0].replace('_', '-')} needs --data FILE.csv")
        return None
    if args.dataset != default_dataset or args.rows is not None:
        parser.error("--data trains on a CSV file; leave out --dataset and --rows")
    try:
        return _load(Path(args.data), args)
    except CsvProblem as problem:
        parser.error(_with_flag(problem))
    return None  # parser.error exits


def _load(path: Path, args: argparse.Namespace) -> CsvLoadResult:
    kind = getattr(args, "target_kind", "binary")  # train's --target-kind
    preview = inspect_csv(path, args.target, target_kind=kind)
    if (ask := preview.no_target) is not None:
        raise ask
    assert preview.target is not None  # no_target is None only once one is chosen
    fixes = {flag: bool(getattr(args, flag)) for flag in FLAGS}
    choice = choose_target(preview, preview.target, **fixes)
    if choice.result is None:
        raise choice.remaining[0]
    return choice.result


def _with_flag(problem: CsvProblem) -> str:
    """The dialog's message, with the option that plays the part of its controls."""
    message = str(problem)
    if problem.fix in FLAGS:
        message += f" (add {FLAGS[problem.fix]} to do that)"
    elif problem.kind is Problem.NO_TARGET:
        message += " Name it with --target COLUMN."
    return message
