"""``python -m core train``: train a network and print its trace, a row per epoch."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.cli import csv_source
from core.cli.inspect_session import save_run, session_target, used_fixes
from core.cli.options import config_from_args
from core.data.datasets import DATASET_NAMES, Dataset
from core.data.preprocessing import DataProblem
from core.engine.config import TrainingConfig
from core.engine.observations import EVENT_SENTENCES
from core.engine.training import EpochRecord, Trainer, TrainerState

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
    train.add_argument(
        "--save-session",
        metavar="FILE",
        help="save the finished run as a .layerlab session the window opens",
    )
    csv_source.add_arguments(train)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    loaded = csv_source.load(args, parser, DEFAULTS.dataset)  # None: built-in data
    data = loaded.dataset if loaded else None
    config = config_from_args(args, parser, **({"dataset": data.name} if data else {}))
    if loaded and not args.json:
        print(loaded.report())
    save_to = session_target(args.save_session, parser)
    try:
        return _train(config, args.json, data, save_to, used_fixes(args))
    except DataProblem as problem:  # the data as the trainer splits it
        parser.error(str(problem))


def _train(
    config: TrainingConfig,
    as_json: bool,
    data: Dataset | None = None,
    save_to: Path | None = None,
    fixes: tuple[str, ...] = (),
) -> int:
    trainer = Trainer(config, dataset=data)
    if not as_json:
        print(_header(trainer))
    while (record := trainer.step_epoch()) is not None:
        print(json.dumps(record.as_dict()) if as_json else _row(record), flush=True)
    if save_to is not None and not save_run(trainer, save_to, fixes, as_json):
        return 1
    if trainer.status is TrainerState.DIVERGED:
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
        "Observation  [events]"
    )
    return f"{title}\n{columns}"


def _row(r: EpochRecord) -> str:
    """The numbers, the phase's sentence, then each event's sentence in brackets."""
    events = "".join(f"  [{EVENT_SENTENCES[e]}]" for e in r.events)
    return (
        f"{r.epoch:>5}  {r.loss:>7.4f}  {r.accuracy:>6.3f}  {r.val_loss:>7.4f}  "
        f"{r.val_accuracy:>6.3f}  {r.observation}{events}"
    )
