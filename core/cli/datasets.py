"""``python -m core datasets``: list the built-in datasets or describe one."""

from __future__ import annotations

import argparse

import numpy as np

from core.data.athletes import athlete_label
from core.data.datasets import DATASET_NAMES, INFO, Dataset, load

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
    print("features (lowest to highest, mean):")
    for name, unit, column in zip(
        data.feature_names, data.feature_units, data.X.T, strict=True
    ):
        unit_text = f" ({unit})" if unit else ""
        low, high, mean = (
            _number(v) for v in (column.min(), column.max(), column.mean())
        )
        print(f"  {name}{unit_text}: {low} to {high}, mean {mean}")
    print("label rule:")
    print("  " + data.rule.replace("\n", "\n  "))
    if data.name == "athletes":
        _describe_people(data)
    return 0


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def _describe_people(data: Dataset) -> None:
    """Facts a teacher can check: body size, and how often the rule holds."""
    column = dict(zip(data.feature_names, data.X.T, strict=True))
    bmi = column["weight"] / (column["height"] / 100) ** 2
    rule = athlete_label(column)
    agree = int(np.sum(rule == data.y))
    print(
        f"BMI = weight / (height/100)^2: mean {bmi.mean():.1f}, "
        f"SD {bmi.std():.1f}, {bmi.min():.1f} to {bmi.max():.1f}"
    )
    print(
        f"on the measurements shown the rule gives the label of {agree} of "
        f"{data.n_rows} people; the other {data.n_rows - agree} were judged "
        "on the other side of a standard by their retest"
    )
