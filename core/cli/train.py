"""``python -m core train``: train a network and print its trace, a row per epoch."""

from __future__ import annotations

import argparse
import json
import sys

from core.config import ConfigError, TrainingConfig, parse_layers
from core.datasets import DATASET_NAMES
from core.training import EpochRecord, Trainer, TrainerState

DEFAULTS = TrainingConfig()


NAME = "train"
HELP = "train a network and print its trace"


def add_arguments(train: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
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
