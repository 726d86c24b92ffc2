"""Compare depths: does depth buy accuracy on this data, or only speed?

Four networks differ only in their hidden layers; each is run on K seeds
(default 5, at most 20: ``config.seed`` .. ``config.seed + K - 1`` or an
explicit list). For every seed all four get exactly what ``core.Trainer``
with that seed would give them: the same data (a built-in dataset generated
from the seed; a student's dataset fixed, only its split changing), split,
scaling, initial-weight stream and shuffles.

    none    no hidden layer: the linear model of the run's kind *fitted to
            convergence* (``core.lesson.depth_baselines``): for yes/no a
            logistic regression and for several classes a multinomial one
            (softmax over k straight-line scores), both by Newton's method;
            for a number least squares, solved exactly. Fitted on the same
            normalized training rows (a number's target standardized as
            trained), so a straight line is not judged by where 20 epochs of
            gradient steps happened to stop
    wide    one hidden layer as wide as the deep network's first layer
    budget  one hidden layer with (as nearly as a whole width allows) the deep
            network's parameter count: the width h making (d + 1) h + (h + 1) u
            closest to it, d inputs, u output units (k for several classes)
    deep    the current network, or the lesson's 64, 32 when the current one
            has fewer than two hidden layers

The three gradient-trained variants are trained as stacked arrays
(``core.stacked.training``: all K seeds in one batched product per layer), each
seed equal to its ``Trainer`` run.

Per run the **score** is the kind's (``core.lesson.depth_verdict``): validation
accuracy for yes/no and several classes, validation R² for a number. The
**final score** is the score after epoch E (the config's ``epochs``; the
converged fit's for ``none``); **epochs to 90%** is the first epoch whose
score is at least 0.9 x that run's own best over epochs 1..E (never, when an
R² never rises above 0; undefined for ``none``, which is not trained in
epochs). Every network trains the whole budget: early stopping is switched
off here, so all are judged after the same E epochs. A run that diverges
stops as the trainer stops it, keeping its last good epoch's weights and
score.

The verdict compares ``deep`` with ``budget``; its rule, in order, is
``core.lesson.depth_verdict``'s (percentages rounded to one decimal, as shown):
``depth-helps`` iff the deep net wins on >= 80% of seeds and its mean is >= 2
points higher; else ``depth-hurts`` iff the equal-budget net wins on >= 80% of
seeds and its mean is >= 2 points higher; else ``depth-faster-only`` iff the
deep net's median epochs-to-90% is lower; else ``no-difference``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from core.data.datasets import Dataset
from core.data.wording import say, template
from core.engine.config import MAX_UNITS, ConfigError, TrainingConfig
from core.engine.model import MLP
from core.lesson.depth_baselines import LinearBaseline, fit_baseline
from core.lesson.depth_verdict import (
    Verdict,
    decide,
    epochs_to_fraction_of_best,
    median_epochs,
    score_text,
    verdict_sentence,
)
from core.stacked.training import StackedRuns, seed_setup

Array = np.ndarray

DEFAULT_SEEDS, MAX_SEEDS = 5, 20
LESSON_DEEP_LAYERS = TrainingConfig().hidden_layers
# A network's name by its number of hidden layers: one template per count, so
# a translation can inflect the number word and the noun together.
DEPTH_NAMES = (
    template("no hidden layer"),
    template("one hidden layer ({sizes})"),
    template("two hidden layers ({sizes})"),
    template("three hidden layers ({sizes})"),
    template("four hidden layers ({sizes})"),
    template("five hidden layers ({sizes})"),
    template("six hidden layers ({sizes})"),
    template("seven hidden layers ({sizes})"),
    template("eight hidden layers ({sizes})"),
)
KEYS = ("none", "wide", "budget", "deep")
ROLES = {
    "none": template("a straight line, fitted to convergence with Newton's method"),
    "none-classes": template(
        "one straight-line score per class under a softmax (multinomial logistic "
        "regression), fitted to convergence with Newton's method"
    ),
    "none-number": template(
        "a linear function of the inputs: least squares, solved exactly"
    ),
    "wide": template("as wide as the deep network's first layer"),
    "budget": template("the same parameter count as the deep network"),
    "deep": template("the deep network"),
}
NEWTON_NOTE = "fitted to convergence with Newton's method"  # the JSON's "method"
METHODS = {  # the JSON's "method" of the no-hidden-layer variant, per kind
    "binary": NEWTON_NOTE,
    "classes": "multinomial logistic regression " + NEWTON_NOTE,
    "number": "least squares, solved exactly",
}
SCORES = {"binary": "val_accuracy", "classes": "val_accuracy", "number": "val_r2"}
LINE_SENTENCES = {  # what the converged linear model reaches, per kind
    "binary": template(
        "A straight line ({name}, fitted to convergence with Newton's method) "
        "reaches {share}."
    ),
    "classes": template(
        "Straight lines ({name}: one score per class under a softmax, fitted to "
        "convergence with Newton's method) reach {share}."
    ),
    "number": template(
        "A linear function of the inputs ({name}: least squares, solved exactly) "
        "reaches a validation R² of {share}."
    ),
}


def depth_name(hidden_layers: tuple[int, ...]) -> str:
    """ "no hidden layer", "one hidden layer (64)", "two hidden layers (64, 32)"."""
    count = len(hidden_layers)
    sizes = ", ".join(str(n) for n in hidden_layers)
    if count < len(DEPTH_NAMES):
        return say(DEPTH_NAMES[count], sizes=sizes)
    return say("{n} hidden layers ({sizes})", n=count, sizes=sizes)


def finished(value: float | None) -> float:
    """A number that exists once a run has ended; asking earlier is a bug."""
    if value is None:
        raise ValueError("The comparison has not finished yet.")
    return value


def equal_budget_width(n_features: int, n_parameters: int, outputs: int = 1) -> int:
    """The width h whose count (d + 1) h + (h + 1) u is closest to the target.

    ``u`` output units (k for several classes). Ties go to the smaller width;
    the width stays within 1 .. MAX_UNITS.
    """
    per_unit, fixed = n_features + 1 + outputs, outputs
    low = max(1, min(MAX_UNITS, (n_parameters - fixed) // per_unit))
    high = min(MAX_UNITS, low + 1)
    return min((low, high), key=lambda h: (abs(per_unit * h + fixed - n_parameters), h))


@dataclass(frozen=True)
class Variant:
    """One of the four networks: a key, its hidden layers and parameter count."""

    key: str
    hidden_layers: tuple[int, ...]
    n_parameters: int
    kind: str = "binary"  # the run's target kind

    @property
    def name(self) -> str:
        return depth_name(self.hidden_layers)

    @property
    def role(self) -> str:
        if self.key == "none" and self.kind != "binary":
            return say(ROLES[f"none-{self.kind}"])
        return say(ROLES[self.key])


def depth_variants(
    config: TrainingConfig, n_features: int, outputs: int = 1, kind: str = "binary"
) -> tuple[Variant, ...]:
    """The none, wide, budget and deep variants of ``config`` for ``d`` inputs.

    ``outputs`` is the output units (k for several classes), which every
    variant's parameter count includes.
    """
    deep = (
        config.hidden_layers if len(config.hidden_layers) >= 2 else LESSON_DEEP_LAYERS
    )

    def count(layers: tuple[int, ...]) -> int:
        return MLP.parameter_count_for((n_features, *layers, outputs))

    budget = (equal_budget_width(n_features, count(deep), outputs),)
    layers = {"none": (), "wide": deep[:1], "budget": budget, "deep": deep}
    return tuple(Variant(k, layers[k], count(layers[k]), kind) for k in KEYS)


def seed_list(config: TrainingConfig, n_seeds: int = DEFAULT_SEEDS) -> tuple[int, ...]:
    """``config.seed`` .. ``config.seed + n_seeds - 1``."""
    return check_seeds(tuple(range(config.seed, config.seed + n_seeds)))


def check_seeds(seeds: Sequence[int]) -> tuple[int, ...]:
    seeds = tuple(int(s) for s in seeds)
    if not 1 <= len(seeds) <= MAX_SEEDS:
        raise ConfigError(
            "seeds",
            say("Compare on 1 to {most} seeds, got {n}.", most=MAX_SEEDS, n=len(seeds)),
        )
    if len(set(seeds)) != len(seeds):
        raise ConfigError("seeds", say("Each seed may appear only once."))
    if not all(0 <= s <= 2**32 - 1 for s in seeds):
        raise ConfigError(
            "seeds", say("Seeds must be whole numbers from 0 to 4,294,967,295.")
        )
    return seeds


@dataclass(frozen=True)
class VariantResult:
    """One variant on every seed (copies: safe to hand to another thread).

    ``curves`` is (epochs done, K) validation score (accuracy, or R² for a
    number), NaN after a run stopped; empty for ``none``. ``final`` is None
    per seed until it ends.
    """

    variant: Variant
    seeds: tuple[int, ...]
    final: tuple[float | None, ...]
    epochs_to_90: tuple[int | None, ...]
    curves: Array
    diverged: tuple[bool, ...]
    first_seed_theta: Array
    layer_sizes: tuple[int, ...]

    @property
    def key(self) -> str:
        return self.variant.key

    @property
    def kind(self) -> str:
        return self.variant.kind

    @property
    def name(self) -> str:
        return self.variant.name

    @property
    def complete(self) -> bool:
        return all(f is not None for f in self.final)

    def finals(self) -> list[float]:
        """Every seed's final score; only once ``complete``."""
        return [finished(f) for f in self.final]

    @property
    def mean(self) -> float | None:
        values = self.finals()
        return float(np.mean(values)) if self.complete else None

    @property
    def min(self) -> float | None:
        return min(self.finals()) if self.complete else None

    @property
    def max(self) -> float | None:
        return max(self.finals()) if self.complete else None

    @property
    def median_epochs_to_90(self) -> float | None:
        """None for ``none`` (not trained in epochs) and until every run ended."""
        if self.key == "none" or not self.complete:
            return None
        return median_epochs(self.epochs_to_90)

    def as_dict(self) -> dict[str, object]:
        """The command line's JSON for this variant.

        The final scores are under ``final_val_accuracy``, or ``final_val_r2``
        for a number; ``mean``, ``min`` and ``max`` are of those.
        """
        return {
            "name": self.name,
            "key": self.key,
            "hidden_layers": list(self.variant.hidden_layers),
            "n_parameters": self.variant.n_parameters,
            "seeds": list(self.seeds),
            f"final_{SCORES[self.kind]}": list(self.final),
            "mean": self.mean,
            "min": self.min,
            "max": self.max,
            "epochs_to_90": list(self.epochs_to_90),
            "median_epochs_to_90": self.median_epochs_to_90,
            "diverged": list(self.diverged),
            "method": METHODS[self.kind] if self.key == "none" else "gradient training",
        }


@dataclass(frozen=True)
class ComparisonProgress:
    """All four variants at one moment; ``done`` once every run has ended."""

    results: tuple[VariantResult, ...]
    seeds: tuple[int, ...]
    epochs: int
    done: bool
    dataset_name: str
    fraction_done: float
    kind: str = "binary"  # the run's target kind: what the scores are

    def by_key(self, key: str) -> VariantResult:
        return next(r for r in self.results if r.key == key)

    @property
    def verdict(self) -> Verdict | None:
        if not self.done:
            return None
        deep, budget = self.by_key("deep"), self.by_key("budget")
        return decide(
            deep.finals(), budget.finals(), deep.epochs_to_90, budget.epochs_to_90
        )

    @property
    def sentence(self) -> str:
        """The verdict in words, then what a straight line reaches."""
        verdict = self.verdict
        if verdict is None:
            return say("Not every network has finished yet.")
        deep, budget, none = (self.by_key(k) for k in ("deep", "budget", "none"))
        kind = self.kind
        words = verdict_sentence(verdict, deep.name, budget.name, self.epochs, kind)
        line = say(
            LINE_SENTENCES[kind],
            name=none.name,
            share=score_text(finished(none.mean), kind),
        )
        return f"{words} {line}{_divergence_note(self.results)}"

    def as_dict(self) -> dict[str, object]:
        verdict = self.verdict
        return {
            "dataset": self.dataset_name,
            "kind": self.kind,
            "score": SCORES[self.kind],
            "seeds": list(self.seeds),
            "epochs": self.epochs,
            "variants": [r.as_dict() for r in self.results],
            "verdict": verdict.key if verdict else None,
            "sentence": self.sentence,
        }


def _divergence_note(results: Sequence[VariantResult]) -> str:
    notes = [
        say(
            "{name} diverged on {n} of {k} seeds",
            name=r.name,
            n=sum(r.diverged),
            k=len(r.diverged),
        )
        for r in results
        if any(r.diverged)
    ]
    if not notes:
        return ""
    return " " + say("({notes}: their last good epoch counts.)", notes="; ".join(notes))


class DepthComparison:
    """Trains the variants in turns, an epoch each; never knows about threads or Qt.

    ``dataset`` is a student's own data (fixed for every seed); without it the
    config's built-in dataset is generated from each seed. The converged
    linear fits are made one per call of ``step_batch`` (with its batch), so
    a caller can stop between them too. Early stopping is switched off: every
    network trains ``config.epochs`` epochs.
    """

    def __init__(
        self,
        config: TrainingConfig,
        seeds: Sequence[int] | None = None,
        dataset: Dataset | None = None,
    ) -> None:
        config = config.with_changes(early_stopping_patience=None, restore_best=False)
        self.config = config.validate()
        self.activation = config.activation_for_every_depth()  # or a ConfigError
        self.seeds = check_seeds(seeds) if seeds is not None else seed_list(config)
        self.setups = tuple(seed_setup(config, s, dataset) for s in self.seeds)
        self.dataset_name = dataset.name if dataset is not None else config.dataset
        first = self.setups[0]
        self.kind, self.units = first.kind, first.units
        n_features = first.X_train.shape[1]
        self.variants = depth_variants(config, n_features, self.units, self.kind)
        self.fits: list[LinearBaseline] = []
        self.runs = {
            v.key: StackedRuns(
                config.with_changes(hidden_layers=v.hidden_layers), self.seeds,
                setups=self.setups, validation_only=True,
            )
            for v in self.variants[1:]
        }  # fmt: skip
        self._turn = 0

    @property
    def done(self) -> bool:
        fitted = len(self.fits) == len(self.setups)
        return fitted and all(r.done for r in self.runs.values())

    @property
    def fraction_done(self) -> float:
        total = sum(r.batches_per_epoch * r.config.epochs for r in self.runs.values())
        return sum(r.step_count for r in self.runs.values()) / total

    def fit_next(self) -> None:
        """Fit the next seed's linear model to convergence, if one is left."""
        if len(self.fits) < len(self.setups):
            s = self.setups[len(self.fits)]
            self.fits.append(fit_baseline(self.kind, s.X_train, s.y_train, self.units))

    def step_batch(self) -> bool:
        """One batch of the variant whose turn it is; True when it ended an epoch.

        While some seed's linear model is not fitted yet, the next one is
        fitted first.
        """
        self.fit_next()
        runs = list(self.runs.values())
        if all(r.done for r in runs):
            return False
        while runs[self._turn].done:
            self._turn = (self._turn + 1) % len(runs)
        run = runs[self._turn]
        ended = run.step_batch()
        if ended or run.done:
            self._turn = (self._turn + 1) % len(runs)
        return ended

    def run(self, should_stop: Callable[[], bool] | None = None) -> ComparisonProgress:
        while not self.done and not (should_stop and should_stop()):
            self.step_batch()
        return self.progress()

    def progress(self) -> ComparisonProgress:
        results = (
            self._line_result(),
            *(self._run_result(v) for v in self.variants[1:]),
        )
        return ComparisonProgress(
            results, self.seeds, self.config.epochs, self.done, self.dataset_name,
            self.fraction_done, self.kind,
        )  # fmt: skip

    def _line_result(self) -> VariantResult:
        """The converged linear fits (None per seed not fitted yet)."""
        variant, K = self.variants[0], len(self.seeds)
        setups = self.setups[: len(self.fits)]
        pairs = zip(self.fits, setups, strict=True)
        scores = [f.score(s.X_val, s.y_val) for f, s in pairs]
        final = (*scores, *(None,) * (K - len(scores)))
        theta = self.fits[0].theta if self.fits else np.zeros(0)
        sizes = self.fits[0].layer_sizes if self.fits else (0, self.units)
        return VariantResult(
            variant, self.seeds, final, (None,) * K, np.empty((0, K)), (False,) * K,
            theta, sizes,
        )  # fmt: skip

    def _run_result(self, variant: Variant) -> VariantResult:
        run, score = self.runs[variant.key], SCORES[self.kind]
        curves = run.history.column(score)
        final: tuple[float | None, ...]
        to_90: tuple[int | None, ...]
        if run.done:
            final = tuple(float(v) for v in run.final_scores(score))
            to_90 = tuple(epochs_to_fraction_of_best(c) for c in curves.T)
        else:
            final = (None,) * len(self.seeds)
            to_90 = (None,) * len(self.seeds)
        return VariantResult(
            variant, self.seeds, final, to_90, curves.copy(),
            tuple(bool(d) for d in run.diverged), run.theta[0].copy(), run.layer_sizes,
        )  # fmt: skip
