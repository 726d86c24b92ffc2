"""``python -m core``: train and inspect datasets from a terminal.

Bad arguments print one line and exit with status 2, like argparse itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from core.config import ConfigError, TrainingConfig, parse_layers
from core.datasets import DATASET_NAMES, INFO, load
from core.training import EpochRecord, Trainer, TrainerState

DEFAULTS = TrainingConfig()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a network and print its trace")
    train.add_argument("--dataset", default=DEFAULTS.dataset, choices=DATASET_NAMES)
    train.add_argument(
        "--rows", type=int, default=None, help="number of rows to generate"
    )
    train.add_argument("--epochs", type=int, default=DEFAULTS.epochs)
    train.add_argument("--batch-size", type=int, default=DEFAULTS.batch_size)
    train.add_argument("--lr", type=float, default=DEFAULTS.learning_rate)
    train.add_argument(
        "--optimizer", default=DEFAULTS.optimizer, choices=("adam", "sgd")
    )
    train.add_argument(
        "--layers", default="64,32", help='hidden sizes, e.g. "64,32"; "" = none'
    )
    train.add_argument("--activation", default=DEFAULTS.activation)
    train.add_argument("--l2", type=float, default=DEFAULTS.l2)
    train.add_argument("--seed", type=int, default=DEFAULTS.seed)
    train.add_argument(
        "--dtype", default=DEFAULTS.dtype, choices=("float32", "float64")
    )
    train.add_argument("--json", action="store_true", help="one JSON object per epoch")
    datasets = commands.add_parser("datasets", help="list the built-in datasets")
    datasets.add_argument("--describe", metavar="NAME", choices=DATASET_NAMES)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "datasets":
        return _datasets(args.describe)
    try:
        config = TrainingConfig(
            dataset=args.dataset,
            n_rows=args.rows,
            hidden_layers=parse_layers(args.layers),
            activation=args.activation,
            optimizer=args.optimizer,
            learning_rate=args.lr,
            batch_size=args.batch_size,
            epochs=args.epochs,
            l2=args.l2,
            seed=args.seed,
            dtype=args.dtype,
        ).validate()
    except ConfigError as error:
        parser.error(str(error))
    return _train(config, args.json)


def _train(config: TrainingConfig, as_json: bool) -> int:
    trainer = Trainer(config)
    if not as_json:
        print(_header(trainer))
    while (record := trainer.step_epoch()) is not None:
        print(json.dumps(record.as_dict()) if as_json else _row(record), flush=True)
    if trainer.state is TrainerState.DIVERGED:
        print(trainer.error, file=sys.stderr)
        return 1
    return 0


def _header(trainer: Trainer) -> str:
    sizes = " -> ".join(str(s) for s in trainer.model.layer_sizes)
    title = (
        f"{trainer.dataset.name}: {trainer.dataset.n_rows} rows, network {sizes}, "
        f"{trainer.config.optimizer} lr={trainer.config.learning_rate:g}, "
        f"seed {trainer.config.seed}"
    )
    columns = (
        f"{'Epoch':>5}  {'Loss':>7}  {'Acc':>6}  {'ValLoss':>7}  {'ValAcc':>6}  "
        "Observation"
    )
    return f"{title}\n{columns}"


def _row(r: EpochRecord) -> str:
    return (
        f"{r.epoch:>5}  {r.loss:>7.4f}  {r.accuracy:>6.3f}  {r.val_loss:>7.4f}  "
        f"{r.val_accuracy:>6.3f}  {r.observation}"
    )


def _datasets(describe: str | None) -> int:
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
