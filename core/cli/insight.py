"""``python -m core insight``: train a run, then show the layers untangling the classes.

For the normalized inputs and each hidden layer, how many validation rows a
straight line gets right through that layer's outputs (``core.lesson.insight``).
``--json`` prints one object per layer in order: ``inputs``, ``hidden 1``,
``hidden 2``, … The readable table adds the raw measurements, the network's
own answer and the same network before training, then the lesson's sentence.
"""

from __future__ import annotations

import argparse
import json
import sys

from core.cli import csv_source, train
from core.cli.options import config_from_args
from core.data.datasets import Dataset
from core.data.preprocessing import DataProblem
from core.engine.config import TrainingConfig
from core.engine.training import Trainer, TrainerState
from core.lesson.boundary import normalized_split
from core.lesson.insight import Untangling, percent, untangle, untangling_sentence

NAME = "insight"
HELP = "train a network and print how well a straight line separates each layer"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The same options as ``train`` (data or a CSV file, network, training, seed)."""
    train.add_arguments(parser)
    # argparse has no public way to reword or hide an inherited option's help
    options = parser._option_string_actions
    options["--json"].help = "one JSON object per layer"
    options["--save-session"].help = argparse.SUPPRESS  # refused: train saves runs


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.save_session:
        parser.error("--save-session belongs to train; insight saves nothing")
    loaded = csv_source.load(args, parser, train.DEFAULTS.dataset)  # None: built-in
    data = loaded.dataset if loaded else None
    config = config_from_args(args, parser, **({"dataset": data.name} if data else {}))
    try:
        return _insight(config, args.json, data)
    except DataProblem as problem:  # the data as the trainer splits it
        parser.error(str(problem))


def _insight(config: TrainingConfig, as_json: bool, data: Dataset | None) -> int:
    trainer = Trainer(config, dataset=data)
    split = normalized_split(trainer.dataset, trainer.config)
    before = untangle(trainer.model, split, 0)
    trainer.run()
    if trainer.status is TrainerState.DIVERGED:
        print(trainer.error, file=sys.stderr)
        return 1
    after = untangle(trainer.model, split, len(trainer.history.records))
    if as_json:
        for layer in after.layers:
            print(json.dumps(layer.as_dict()))
    else:
        print(_table(trainer, before, after))
    return 0


def _table(trainer: Trainer, before: Untangling, after: Untangling) -> str:
    sizes = " -> ".join(str(s) for s in trainer.model.layer_sizes)
    lines = [
        f"{trainer.dataset.name}: network {sizes} "
        f"({trainer.config.activation_words()}), "
        f"{after.epochs_done} epochs, seed {trainer.config.seed}",
        "Validation rows a straight line gets right through each layer's outputs",
        f"{'Layer':<16}{'Columns':>8}{'Trained':>9}{'Before training':>17}",
    ]
    pairs = zip((after.raw, *after.layers), (before.raw, *before.layers), strict=True)
    for now, then in pairs:
        lines.append(
            f"{now.name:<16}{now.width:>8}{percent(now.val_accuracy):>8}%"
            f"{percent(then.val_accuracy):>16}%"
        )
    lines.append(
        f"{'network output':<16}{1:>8}{percent(after.output_accuracy):>8}%"
        f"{percent(before.output_accuracy):>16}%"
    )
    lines.append(untangling_sentence(after))
    return "\n".join(lines)
