"""Shallow against deep on the same data, split and seed.

The lesson claims that hidden layers are what let a network learn complex
patterns. This module makes the claim checkable: it trains three variants of
one configuration, which differ only in their hidden layers,

    linear    no hidden layer (logistic regression: one weighted sum)
    one       one hidden layer as wide as the deep network's first layer
    deep      the current network (or the lesson's 64, 32 when the current
              one has fewer than two hidden layers, so "deep" stays deep)

each with ``core.Trainer`` and nothing else, so every run is exactly the run
the student would get by typing those layers into the app. The runs advance
one mini-batch at a time, taking turns epoch by epoch, so a caller can stop
between any two batches and draw all three curves growing together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.config import TrainingConfig
from core.datasets import Dataset, load
from core.training import EpochRecord, Trainer

Array = np.ndarray

TARGET_ACCURACY = 0.9
LESSON_DEEP_LAYERS = TrainingConfig().hidden_layers
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight")


@dataclass(frozen=True)
class DepthVariant:
    """One of the three networks compared: a key, a readable name, its config."""

    key: str
    config: TrainingConfig

    @property
    def hidden_layers(self) -> tuple[int, ...]:
        return self.config.hidden_layers

    @property
    def name(self) -> str:
        return depth_name(self.hidden_layers)


@dataclass(frozen=True)
class DepthSummary:
    """What one variant achieved so far (copies: safe to hand to another thread)."""

    key: str
    name: str
    hidden_layers: tuple[int, ...]
    parameter_count: int
    records: tuple[EpochRecord, ...]
    total_epochs: int
    state: str
    theta: Array
    layer_sizes: tuple[int, ...]
    activation: str

    @property
    def epochs_done(self) -> int:
        return len(self.records)

    def column(self, name: str) -> Array:
        return np.array([getattr(r, name) for r in self.records], dtype=float)

    @property
    def final_val_accuracy(self) -> float | None:
        return self.records[-1].val_accuracy if self.records else None

    @property
    def best_val_accuracy(self) -> float | None:
        return max(r.val_accuracy for r in self.records) if self.records else None

    @property
    def epochs_to_target(self) -> int | None:
        """The first epoch at which validation accuracy reached 90%, if any."""
        for record in self.records:
            if record.val_accuracy >= TARGET_ACCURACY:
                return record.epoch
        return None


@dataclass(frozen=True)
class ComparisonProgress:
    """All three variants at one moment; ``done`` once every run has ended."""

    summaries: tuple[DepthSummary, ...]
    done: bool
    dataset_name: str

    def by_key(self, key: str) -> DepthSummary:
        return next(s for s in self.summaries if s.key == key)

    @property
    def sentence(self) -> str:
        return comparison_sentence(self.summaries)


def depth_name(hidden_layers: tuple[int, ...]) -> str:
    """ "no hidden layer", "one hidden layer (64)", "two hidden layers (64, 32)"."""
    count = len(hidden_layers)
    word = NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count)
    noun = "hidden layer" if count <= 1 else "hidden layers"
    sizes = f" ({', '.join(str(n) for n in hidden_layers)})" if hidden_layers else ""
    return f"{word} {noun}{sizes}"


def depth_variants(config: TrainingConfig) -> tuple[DepthVariant, ...]:
    """The linear, one-hidden-layer and deep versions of ``config``.

    Only ``hidden_layers`` changes, so data, split, seed, optimizer, learning
    rate, batch size and epochs are the same for all three.
    """
    deep = config.hidden_layers
    if len(deep) < 2:
        deep = LESSON_DEEP_LAYERS
    return (
        DepthVariant("linear", config.with_changes(hidden_layers=()).validate()),
        DepthVariant("one", config.with_changes(hidden_layers=deep[:1]).validate()),
        DepthVariant("deep", config.with_changes(hidden_layers=deep).validate()),
    )


class DepthComparison:
    """Trains the three variants in turns; never knows about threads or Qt.

    Pass ``dataset`` for a student's own data; otherwise the config's built-in
    dataset is generated once and shared (it is the same data each
    ``Trainer`` would generate for itself).
    """

    def __init__(self, config: TrainingConfig, dataset: Dataset | None = None) -> None:
        config = config.validate()
        self.dataset = dataset or load(config.dataset, config.n_rows, seed=config.seed)
        self.variants = depth_variants(config)
        self.trainers = [Trainer(v.config, self.dataset) for v in self.variants]
        self._turn = 0

    @property
    def done(self) -> bool:
        return all(t.done for t in self.trainers)

    def step_batch(self) -> EpochRecord | None:
        """One mini-batch of the variant whose turn it is; its record at epoch end."""
        if self.done:
            return None
        while self.trainers[self._turn].done:
            self._turn = (self._turn + 1) % len(self.trainers)
        result = self.trainers[self._turn].step_batch()
        if result is not None and (result.epoch_record or result.diverged):
            self._turn = (self._turn + 1) % len(self.trainers)
            return result.epoch_record
        return None

    def run(
        self, should_stop: Callable[[], bool] = lambda: False
    ) -> ComparisonProgress:
        """Train all three to the end, checking ``should_stop()`` between batches."""
        while not self.done and not should_stop():
            self.step_batch()
        return self.progress()

    def progress(self) -> ComparisonProgress:
        summaries = tuple(
            _summarize(v, t) for v, t in zip(self.variants, self.trainers, strict=True)
        )
        return ComparisonProgress(summaries, self.done, self.dataset.name)


def _summarize(variant: DepthVariant, trainer: Trainer) -> DepthSummary:
    return DepthSummary(
        key=variant.key,
        name=variant.name,
        hidden_layers=variant.hidden_layers,
        parameter_count=trainer.model.parameter_count,
        records=tuple(trainer.history.records),
        total_epochs=trainer.config.epochs,
        state=trainer.state.value,
        theta=trainer.model.theta.copy(),
        layer_sizes=trainer.model.layer_sizes,
        activation=trainer.config.activation,
    )


def percent(value: float) -> int:
    """A share as whole percentage points, the way the sentence states it."""
    return round(100 * value)


def depth_gain_points(summaries: tuple[DepthSummary, ...]) -> int | None:
    """Deep minus linear final validation accuracy, in the sentence's points."""
    linear, deep = summaries[0].final_val_accuracy, summaries[-1].final_val_accuracy
    if linear is None or deep is None:
        return None
    return percent(deep) - percent(linear)


def comparison_sentence(summaries: tuple[DepthSummary, ...]) -> str:
    """One sentence stating the result, written from the numbers.

    e.g. "With no hidden layer the network reaches 64% on the validation rows;
    with one hidden layer (64), 90%; with two hidden layers (64, 32), 97%:
    depth bought 33 points."
    """
    if any(s.final_val_accuracy is None for s in summaries):
        return "Not every network has finished an epoch yet."
    first, *rest = summaries
    parts = [
        f"With {first.name} the network reaches "
        f"{percent(first.final_val_accuracy)}% on the validation rows"
    ]
    parts += [f"with {s.name}, {percent(s.final_val_accuracy)}%" for s in rest]
    gain = depth_gain_points(summaries)
    if gain > 0:
        verdict = f"depth bought {gain} point{'s' if gain != 1 else ''}"
    elif gain < 0:
        verdict = f"depth cost {-gain} point{'s' if gain != -1 else ''} here"
    else:
        verdict = "depth made no difference on this data"
    return "; ".join(parts) + f": {verdict}."
