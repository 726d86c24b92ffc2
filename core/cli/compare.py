"""``python -m core compare``: Compare depths from a terminal.

Trains no hidden layer (fitted to convergence with Newton's method), one
hidden layer as wide as the deep network's first, one hidden layer with the
deep network's parameter count, and the deep network, on several seeds
(``--seeds 0-4``, default: ``--seed`` and the next four), then states the
verdict by ``core.lesson.comparison``'s documented rule. ``--json`` prints one object
with ``variants``, ``verdict`` and ``sentence``. Takes ``train``'s options,
including ``--data FILE.csv --target COLUMN`` for a student's own data (fixed
for every seed; only the split and the initial weights change).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.cli import csv_source, train
from core.cli.options import config_from_args
from core.engine.config import ConfigError, TrainingConfig
from core.lesson.comparison import (
    DEFAULT_SEEDS,
    MAX_SEEDS,
    ComparisonProgress,
    DepthComparison,
    check_seeds,
    finished,
    seed_list,
)
from core.lesson.depth_verdict import (
    NUMBER_RULE_TEXT,
    RULE_TEXT,
    epochs_text,
    score_text,
)

NAME = "compare"
HELP = "compare no, one and two hidden layers over several seeds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``train``'s options, its CSV options if it lacks them, and ``--seeds``."""
    train.add_arguments(parser)
    parser._option_string_actions["--json"].help = "one JSON object: the comparison"
    parser.add_argument(
        "--seeds",
        metavar="LIST",
        help=f"seeds to run, e.g. 0-4 or 1,5,9 (1 to {MAX_SEEDS}; default: --seed "
        f"and the next {DEFAULT_SEEDS - 1})",
    )


def _ascii_digits(text: str) -> bool:
    """Digits 0-9 only: ``str.isdigit`` also accepts '²' and '١'."""
    return bool(text) and all("0" <= c <= "9" for c in text)


def parse_seeds(text: str) -> tuple[int, ...]:
    """Read "0-4", "1,5,9" or "0-2,7" as a tuple of seeds."""
    seeds: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        low, dash, high = part.partition("-")
        if not _ascii_digits(low) or (dash and not _ascii_digits(high)):
            raise ConfigError(
                "seeds", f"'{part}' is not a seed or a range; write e.g. 0-4 or 1,5,9."
            )
        seeds.extend(range(int(low), int(high or low) + 1))
    return check_seeds(seeds)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    loaded = csv_source.load(args, parser, train.DEFAULTS.dataset)
    dataset = loaded.dataset if loaded else None
    changes: dict[str, object] = {"target_kind": train.target_kind(args, dataset)}
    if loaded:
        changes["dataset"] = f"file:{Path(args.data).name}"
    config = config_from_args(args, parser, **changes)
    try:
        seeds = parse_seeds(args.seeds) if args.seeds else seed_list(config)
        comparison = DepthComparison(config, seeds, dataset)
    except (ConfigError, ValueError) as error:
        parser.error(str(error))
    progress = comparison.run()
    if args.json:
        print(json.dumps(progress.as_dict()))
    else:
        print(table(progress, config))
    return 0


def table(progress: ComparisonProgress, config: TrainingConfig) -> str:
    """The readable report: one row per network, then the verdict and its rule."""
    seeds = ", ".join(str(s) for s in progress.seeds)
    lines = [
        f"{progress.dataset_name}: seeds {seeds}, {config.epochs} epochs, "
        f"{config.optimizer} lr={config.learning_rate:g}",
        f"{'Network':<28} {'Parameters':>10}  {'Mean':>6}  {'Min–max':>13}  "
        "Epochs to 90% (median)",
    ]
    kind = progress.kind  # the scores are accuracies, or R² for a number
    for r in progress.results:
        low, high = score_text(finished(r.min), kind), score_text(finished(r.max), kind)
        spread = f"{low}–{high}"
        fitted = "solved exactly" if kind == "number" else "converged (Newton)"
        epochs = fitted if r.key == "none" else epochs_text(r.median_epochs_to_90)
        mean = score_text(finished(r.mean), kind)
        lines.append(
            f"{r.name:<28} {r.variant.n_parameters:>10,}  {mean:>6}  "
            f"{spread:>13}  {epochs}"
        )
    verdict = progress.verdict
    key = verdict.key if verdict is not None else "unfinished"
    lines += ["", f"Verdict: {key}", progress.sentence, ""]
    rule = NUMBER_RULE_TEXT if kind == "number" else RULE_TEXT
    lines.append(rule.format(epochs=config.epochs))
    return "\n".join(lines)
