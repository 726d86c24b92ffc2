"""``python -m core datasets``: list the built-in datasets or describe one."""

from __future__ import annotations

import argparse

from core.datasets import DATASET_NAMES, INFO, load

NAME = "datasets"
HELP = "list the built-in datasets"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--describe", metavar="NAME", choices=DATASET_NAMES)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    describe: str | None = args.describe
    if describe is None:
        for info in INFO.values():
            print(f"{info.name:<10} {info.default_rows:>5} rows  {info.description}")
        return 0
    data = load(describe)
    print(f"{data.name}: {data.description}")
    print(
        f"{data.n_rows} rows x {data.n_features} features; target: {data.target_name}"
    )
    print(f"class balance: {data.y.mean():.0%} are {data.class_names[1]}")
    print("features:")
    for name, unit, column in zip(
        data.feature_names, data.feature_units, data.X.T, strict=True
    ):
        unit_text = f" ({unit})" if unit else ""
        print(f"  {name}{unit_text}: {column.min():.4g} to {column.max():.4g}")
    print("label rule:")
    print("  " + data.rule.replace("\n", "\n  "))
    return 0
