"""``python -m core train``: train a network and print its trace, a row per epoch."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from core.cli import csv_source
from core.cli.inspect_session import save_run, session_target, used_fixes
from core.cli.options import config_from_args
from core.data.datasets import ALL_DATASET_NAMES, INFO, Dataset
from core.data.preprocessing import DataProblem
from core.engine.config import ConfigError, TrainingConfig
from core.engine.observations import EVENT_SENTENCES
from core.engine.stopping import stop_sentence
from core.engine.training import EpochRecord, Trainer, TrainerState

DEFAULTS = TrainingConfig()


NAME = "train"
HELP = "train a network and print its trace"


def add_arguments(train: argparse.ArgumentParser) -> None:
    train.add_argument("--dataset", default=DEFAULTS.dataset, choices=ALL_DATASET_NAMES)
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
    train.add_argument(
        "--activation",
        default=DEFAULTS.activation,
        help="hidden activation: one name for every layer, or one per hidden "
        'layer, e.g. "relu,tanh"',
    )
    train.add_argument("--l2", type=float, default=DEFAULTS.l2)
    train.add_argument("--seed", type=int, default=DEFAULTS.seed)
    train.add_argument(
        "--dtype", default=DEFAULTS.dtype, choices=("float32", "float64")
    )
    train.add_argument(
        "--target-kind",
        default="auto",
        choices=("auto", "binary", "classes", "number"),
        help="what to predict: auto (a built-in set's own kind; a CSV column with "
        "2 values: binary, 3-20: classes, more numbers: number), binary, classes "
        "(one softmax unit per class) or number (a linear unit, R² and MAE)",
    )
    _add_knob_arguments(train)
    train.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per epoch; the last carries "stop_reason"',
    )
    train.add_argument(
        "--save-session",
        metavar="FILE",
        help="save the finished run as a .layerlab session the window opens",
    )
    csv_source.add_arguments(train)


def _add_knob_arguments(train: argparse.ArgumentParser) -> None:
    """Stopping rules (core.engine.stopping) and the 2-D knobs (core.data.knobs)."""
    train.add_argument(
        "--early-stopping",
        type=int,
        default=None,
        metavar="PATIENCE",
        help="stop when the validation loss has not improved for PATIENCE epochs",
    )
    train.add_argument(
        "--restore-best",
        action="store_true",
        help="end with the weights of the epoch with the lowest validation loss",
    )
    train.add_argument(
        "--val-fraction",
        type=float,
        default=DEFAULTS.val_fraction,
        help="share of rows held out for validation (0.05-0.5; 0.1-0.9 on 2-D data)",
    )
    train.add_argument("--l1", type=float, default=DEFAULTS.l1)
    train.add_argument(
        "--noise",
        type=float,
        default=DEFAULTS.noise,
        help="2-D data: Gaussian jitter, 0-0.5 of the points' spread",
    )
    train.add_argument(
        "--features",
        type=_feature_list,
        default=DEFAULTS.features,
        metavar="x2,y2,xy,sinx,siny",
        help="2-D data: extra inputs x1², x2², x1·x2, sin x1, sin x2",
    )
    train.add_argument(
        "--data-seed",
        type=int,
        default=None,
        help="2-D playground's Regenerate: a seed for the data alone",
    )


def _feature_list(text: str) -> tuple[str, ...]:
    """Read "x2, xy" as ("x2", "xy"); the config checks the codes."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    loaded = csv_source.load(args, parser, DEFAULTS.dataset)  # None: built-in data
    data = loaded.dataset if loaded else None
    kind = target_kind(args, data)
    changes: dict[str, object] = {"target_kind": kind}
    config = config_from_args(
        args, parser, **changes, **({"dataset": data.name} if data else {})
    )
    if loaded and not args.json:
        print(loaded.report())
    save_to = session_target(args.save_session, parser)
    try:
        return _train(config, args.json, data, save_to, used_fixes(args))
    except (DataProblem, ConfigError) as problem:  # the data as the trainer sees it
        parser.error(str(problem))


def target_kind(args: argparse.Namespace, data: Dataset | None) -> str:
    """``--target-kind``, with "auto" read as the data's own kind."""
    if args.target_kind != "auto":
        return str(args.target_kind)
    return data.target_kind if data is not None else INFO[args.dataset].kind


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
    started = time.perf_counter()
    try:
        while (record := trainer.step_epoch()) is not None:
            row: dict[str, object] = dict(record.as_dict())
            if trainer.done:  # the last row says why the run ended
                row["stop_reason"] = _stop_reason(trainer, started)
                row.update(_per_layer(trainer.config))
            print(json.dumps(row) if as_json else _row(record), flush=True)
    except KeyboardInterrupt:  # Ctrl+C: the run ends where it is
        trainer.stop()
        if as_json:
            print(json.dumps({"stop_reason": _stop_reason(trainer, started)}))
    if not as_json and trainer.stop_reason is not None:
        print(_stop_reason(trainer, started)["sentence"])
    if save_to is not None and not save_run(trainer, save_to, fixes, as_json):
        return 1
    if trainer.status is TrainerState.DIVERGED:
        print(trainer.error, file=sys.stderr)
        return 1
    return 0


def _per_layer(config: TrainingConfig) -> dict[str, object]:
    """The hidden layers' own activations, for a network that has them: the
    last JSON row carries them as the config and its session file do."""
    if config.layer_activations is None:
        return {}
    return {"layer_activations": list(config.layer_activations)}


def _stop_reason(trainer: Trainer, started: float) -> dict[str, object]:
    """The run's stop reason as the last JSON row carries it: a code, a sentence."""
    reason = trainer.stop_reason
    if reason is None:  # pragma: no cover - only asked once the run is over
        return {}
    seconds = time.perf_counter() - started
    return {
        "code": reason.code,
        "epoch": reason.epoch,
        "best_epoch": reason.best_epoch,
        "restored": reason.restored,
        "seconds": round(seconds, 3),
        "sentence": stop_sentence(reason, seconds),
    }


def _header(trainer: Trainer) -> str:
    sizes = " -> ".join(str(s) for s in trainer.model.layer_sizes)
    if trainer.config.layer_activations is not None:
        sizes += f" ({', '.join(trainer.config.layer_activations)})"
    title = (
        f"{trainer.dataset.name}: {trainer.dataset.n_rows} rows, network {sizes}, "
        f"{trainer.config.optimizer} lr={trainer.config.learning_rate:g}, "
        f"seed {trainer.config.seed}"
    )
    scores = ("R²", "MAE", "ValR²", "ValMAE") if trainer.target.scale else ()
    first, second = scores[:2] or ("Acc",), scores[2:] or ("ValAcc",)
    columns = (
        f"{'Epoch':>5}  {'Loss':>7}  {_cells(first)}  {'ValLoss':>7}  "
        f"{_cells(second)}  Observation  [events]"
    )
    return f"{title}\n{columns}"


def _cells(names: tuple[str, ...]) -> str:
    return "  ".join(f"{name:>6}" for name in names)


def _row(r: EpochRecord) -> str:
    """The numbers, the phase's sentence, then each event's sentence in brackets."""
    events = "".join(f"  [{EVENT_SENTENCES[e]}]" for e in r.events)
    if math.isnan(r.accuracy):  # a number run: R² and MAE (target's units)
        train = f"{r.r2:>6.3f}  {r.mae:>6.3g}"
        val = f"{r.val_r2:>6.3f}  {r.val_mae:>6.3g}"
    else:
        train, val = f"{r.accuracy:>6.3f}", f"{r.val_accuracy:>6.3f}"
    return (
        f"{r.epoch:>5}  {r.loss:>7.4f}  {train}  {r.val_loss:>7.4f}  "
        f"{val}  {r.observation}{events}"
    )
