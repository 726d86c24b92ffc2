"""Shared by subcommands that take ``train``'s options: the config they describe.

``train.add_arguments`` declares the options (data, network, training, seed);
``config_from_args`` turns them into a checked ``TrainingConfig``, reporting a
bad value as argparse does (one line, exit status 2). Subcommands that train
use both instead of repeating the list.
"""

from __future__ import annotations

import argparse

from core.engine.config import (
    ConfigError,
    TrainingConfig,
    parse_activations,
    parse_layers,
)


def config_from_args(
    args: argparse.Namespace, parser: argparse.ArgumentParser, **changes: object
) -> TrainingConfig:
    """The run ``train``'s options describe, validated; ``changes`` override them."""
    try:
        layers = parse_layers(args.layers)
        values = {
            "dataset": args.dataset,
            "n_rows": args.rows,
            "hidden_layers": layers,
            **activations_from_text(args.activation, len(layers)),
            "optimizer": args.optimizer,
            "learning_rate": args.lr,
            "batch_size": args.batch_size,
            "epochs": args.epochs,
            "l2": args.l2,
            "seed": args.seed,
            "dtype": args.dtype,
            **_knobs(args),
        }
        return TrainingConfig(**{**values, **changes}).validate()
    except ConfigError as error:
        parser.error(str(error))
    raise AssertionError("parser.error exits")  # pragma: no cover


def activations_from_text(text: str, n_layers: int) -> dict[str, object]:
    """``--activation``: one name for every hidden layer, or a comma list
    ("relu,tanh") with one per hidden layer (``layer_activations``)."""
    if "," not in text and ";" not in text:
        return {"activation": text.strip()}
    names = parse_activations(text, n_layers)
    return {"activation": names[0], "layer_activations": names}


def _knobs(args: argparse.Namespace) -> dict[str, object]:
    """The stopping rules and 2-D knobs ``train`` declares (``core.cli.train``)."""
    return {
        "early_stopping_patience": args.early_stopping,
        "restore_best": args.restore_best,
        "val_fraction": args.val_fraction,
        "l1": args.l1,
        "noise": args.noise,
        "features": args.features,
        "data_seed": args.data_seed,
    }
