"""Where a run is (its phase) and what went wrong (its events), from the numbers.

The seed lesson tells a story per epoch: the model starts learning, learns
basic patterns, captures complex ones, fine-tunes, converges. Told from one
epoch's numbers alone that story flip-flops (complex, fine, converges, fine,
converges) and says "loss low" on epochs where the loss rose. So the story is
split in two:

- the **phase** only moves forward through ``PHASES``, at most one step per
  epoch, and only on an epoch whose training loss did not rise. Where it may
  go is decided by validation accuracy measured against chance ("skill") and
  by the training loss's drop smoothed over the last epochs;
- **events** (``EVENTS``) are reported separately, and only while their
  definition holds, most of them only when sustained over several epochs.

Each phase has the seed's sentence, said only when every claim in it is true
of the row's own numbers; otherwise a truthful variant. "Accuracy" in the
sentences is validation accuracy, "loss" is training loss. Every threshold is
a constant below and ``docs/observations.md`` quotes them.

The rule reads a ``Baseline``, what a network that learned nothing scores:
for yes/no and several classes the majority class's share of the validation
rows (chance) and the cross-entropy of predicting the class rates; for a
number, R² 0 (predicting the mean) and the loss 1.0 (the squared error of
the mean, in the standard deviations the target is trained in). A number
run is then judged on validation R² exactly as a classes run on its skill,
and its sentences say "R²" for "accuracy" and "0" for "random"
(``number_words``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

PHASES = ("starting", "basic", "complex", "fine-tuning", "converged")
EVENTS = ("loss-bump", "learning-rate-too-high", "overfitting", "plateau", "diverged")

# -- thresholds: the single source; docs/observations.md quotes them ----------
JUST_ABOVE_RANDOM = 0.10  # accuracy at most this far above chance is "just above"
BASIC_SKILL = 0.2  # skill from which the model has learned basic patterns
HIGH_SKILL = 0.8  # skill from which accuracy is "high" (90% at a 50/50 chance)
SMOOTHING_EPOCHS = 3  # the loss drop is averaged over this many epochs
FINE_TUNING_DROP = 0.05  # smoothed drop per epoch below which details remain
CONVERGED_DROP = 0.02  # smoothed drop per epoch (either way) below which it settled
LOW_LOSS_FRACTION = 0.3  # "loss low": at most this fraction of the chance loss
STABLE_ACCURACY = 0.02  # accuracy "stabilizes": range over STABLE_EPOCHS at most this
STABLE_EPOCHS = 3
BUMP = 0.05  # a rise of more than this fraction is a bump
LR_TOO_HIGH_EPOCHS = 2  # epochs in a row more than BUMP above the best loss
OVERFIT_RISE = 0.05  # validation loss at least this fraction above its best ...
OVERFIT_EPOCHS = 3  # ... for at least this many epochs in a row
PLATEAU_CHANGE = 0.01  # the loss moved less than this fraction ...
PLATEAU_EPOCHS = 3  # ... over this many epochs

# -- the phases' sentences (the seed's wording first, then truthful variants) --
STARTS = "Model starts learning, accuracy just above random"
STARTS_AT_RANDOM = "Model starts learning, accuracy not yet above random"
STARTS_STRONG = "Model starts learning, accuracy already clearly above random"
STILL_AT_RANDOM = "Model has learned little so far, accuracy not above random"
STILL_NEAR_RANDOM = "Model has learned little so far, accuracy just above random"
BASIC = "Model learns basic patterns, accuracy improves"
BASIC_NO_GAIN = "Model learns basic patterns, accuracy did not improve this epoch"
COMPLEX = "Model captures complex patterns, accuracy high"
COMPLEX_NOT_HIGH = "Model captures complex patterns, accuracy not high this epoch"
FINE_TUNES = "Model fine-tunes details, accuracy stabilizes"
FINE_TUNES_MOVING = "Model fine-tunes details, accuracy still moving"
CONVERGES = "Model converges, loss low and accuracy high"
SETTLED_LOSS_ROSE = "Model has settled, but the loss rose this epoch"
SETTLED_ABOVE_BEST = "Model has settled, but the loss is still above its best"
SETTLED_NOT_HIGH = "Model has settled, but accuracy is not high this epoch"
SETTLED_LOSS_NOT_LOW = "Model has settled, accuracy high but loss not yet low"
DIVERGED_ROW = "Training stopped; the numbers are those of the rolled-back weights"

# -- the events' short sentences and their full explanations -------------------
LOSS_BUMP = f"Loss bump: the loss rose more than {BUMP:.0%} this epoch"
LEARNING_RATE_TOO_HIGH = (
    f"Loss more than {BUMP:.0%} above its best for {LR_TOO_HIGH_EPOCHS}+ epochs: "
    "try a lower learning rate"
)
OVERFITS = (
    f"Overfitting: validation loss {OVERFIT_RISE:.0%}+ above its best "
    f"for {OVERFIT_EPOCHS}+ epochs"
)
PLATEAU = (
    f"Plateau: the loss moved less than {PLATEAU_CHANGE:.0%} in "
    f"{PLATEAU_EPOCHS} epochs, accuracy not high"
)
DIVERGED = "Training diverged: the loss blew up instead of falling"
LOSS_ROSE = LOSS_BUMP  # the old name, kept for modules that still import it

EVENT_SENTENCES = {
    "loss-bump": LOSS_BUMP,
    "learning-rate-too-high": LEARNING_RATE_TOO_HIGH,
    "overfitting": OVERFITS,
    "plateau": PLATEAU,
    "diverged": DIVERGED,
}
EVENT_EXPLANATIONS = {
    "loss-bump": (
        f"The training loss is more than {BUMP:.0%} higher than in the epoch before. "
        "One bump is normal with mini-batches; it matters only if it lasts."
    ),
    "learning-rate-too-high": (
        f"The training loss has been more than {BUMP:.0%} above its best earlier "
        f"value for at least {LR_TOO_HIGH_EPOCHS} epochs in a row: the steps "
        "overshoot. Try a lower learning rate."
    ),
    "overfitting": (
        f"The validation loss has been at least {OVERFIT_RISE:.0%} above its best "
        f"for at least {OVERFIT_EPOCHS} epochs in a row, while the training loss "
        "is lower than when validation was at its best: the network is learning "
        "its training rows by heart."
    ),
    "plateau": (
        f"The training loss moved by less than {PLATEAU_CHANGE:.0%} over the last "
        f"{PLATEAU_EPOCHS} epochs while validation accuracy is not yet high: "
        "learning is stuck (a bigger network or other settings may help)."
    ),
    "diverged": (
        "The loss became infinite, not a number, or exploded. Training stopped and "
        "the weights were rolled back to the last good epoch; this row shows their "
        "numbers. Try a learning rate at least 10 times smaller."
    ),
}


@dataclass(frozen=True)
class EpochMetrics:
    """One epoch's scores on the training and the validation rows.

    Accuracy (the share of rows whose class is right) is a yes/no or classes
    run's; R² and the mean absolute error (MAE, in the target's own units)
    are a number run's. A score that does not apply to the run's kind is NaN,
    never a stand-in value, and ``EpochRecord.as_dict`` leaves it out.
    """

    loss: float
    accuracy: float
    val_loss: float
    val_accuracy: float
    r2: float = math.nan
    val_r2: float = math.nan
    mae: float = math.nan
    val_mae: float = math.nan


@dataclass(frozen=True)
class Baseline:
    """What a network that learned nothing scores; the rule's zero point.

    ``rate``: the score at chance (the majority class's share; 0.0 for R²).
    ``loss``: the loss at chance. ``score``: the field the rule reads,
    "val_accuracy" or "val_r2".
    """

    rate: float
    loss: float
    score: str = "val_accuracy"

    @classmethod
    def of_chance(cls, chance: float) -> Baseline:
        """Yes/no: the majority rate and the binary entropy of the class rates."""
        return cls(chance, chance_loss(chance))

    @classmethod
    def of_classes(cls, labels: Sequence[int] | np.ndarray) -> Baseline:
        """Several classes: the majority share and the entropy of the class rates."""
        counts = np.bincount(np.asarray(labels, dtype=np.int64))
        shares = counts[counts > 0] / counts.sum()
        return cls(float(shares.max()), float(-np.sum(shares * np.log(shares))))

    @classmethod
    def of_number(cls) -> Baseline:
        """A number: R² 0 and loss 1.0, what predicting the training mean scores."""
        return cls(0.0, 1.0, "val_r2")

    @property
    def is_number(self) -> bool:
        return self.score == "val_r2"


def as_baseline(chance: float | Baseline) -> Baseline:
    """A plain number is a yes/no run's chance rate (the rule's first callers)."""
    return chance if isinstance(chance, Baseline) else Baseline.of_chance(chance)


def score_of(row: EpochMetrics, baseline: Baseline) -> float:
    """The score the rule reads: validation accuracy, or validation R²."""
    value: float = getattr(row, baseline.score)
    return value


def number_words(text: str) -> str:
    """A sentence for a number run: "R²" for "accuracy", "0" for "random"."""
    return text.replace(" random", " 0").replace("accuracy", "R²")


@dataclass(frozen=True)
class Observation:
    """What one epoch's row says: its phase, its events and its sentence."""

    phase: str
    events: tuple[str, ...]
    sentence: str


def observe(
    history: Sequence[EpochMetrics],
    chance: float | Baseline,
    previous: str | None = None,
) -> Observation:
    """The last row of ``history``; ``previous`` is the phase of the row before.

    ``chance`` is the majority-class rate on the validation rows (a yes/no
    run), or the run's ``Baseline``. ``previous`` is None for the first
    epoch, which is always ``starting``.
    """
    base = as_baseline(chance)
    phase = next_phase(history, base, previous)
    said = sentence(phase, history, base)
    if base.is_number:
        said = number_words(said)
    return Observation(phase, events(history, base), said)


def observe_diverged(previous: str | None) -> Observation:
    """The row of an epoch that diverged: the phase holds, the event says why."""
    return Observation(previous or PHASES[0], ("diverged",), DIVERGED_ROW)


def trace(
    history: Sequence[EpochMetrics], chance: float | Baseline
) -> list[Observation]:
    """Every row of ``history`` observed in order, as the trainer does it."""
    rows: list[Observation] = []
    for end in range(1, len(history) + 1):
        previous = rows[-1].phase if rows else None
        rows.append(observe(history[:end], chance, previous))
    return rows


# -- the measures the rule is written in ----------------------------------------


def skill(val_accuracy: float, chance: float) -> float:
    """How far from chance (0) towards perfect (1): works on any class balance.

    With a single class in the validation rows (chance 1) accuracy says
    nothing, so the skill is 0.
    """
    return (val_accuracy - chance) / (1.0 - chance) if chance < 1.0 else 0.0


def chance_loss(chance: float) -> float:
    """The cross-entropy of always predicting the class rates: loss at chance."""
    if not 0.0 < chance < 1.0:
        return 0.0
    return -(chance * math.log(chance) + (1 - chance) * math.log(1 - chance))


def loss_low(loss: float, chance: float | Baseline) -> bool:
    return loss <= LOW_LOSS_FRACTION * as_baseline(chance).loss


def smoothed_drop(losses: Sequence[float]) -> float:
    """The relative fall of the loss per epoch, averaged over the last epochs.

    The mean of ``(L[e-1] - L[e]) / L[e-1]`` over the last ``SMOOTHING_EPOCHS``
    epochs (fewer at the start; 0 with a single epoch). Positive: falling.
    """
    window = losses[-SMOOTHING_EPOCHS - 1 :]
    drops = [
        (before - now) / before if before > 0 else 0.0
        for before, now in itertools.pairwise(window)
    ]
    return sum(drops) / len(drops) if drops else 0.0


def loss_rose(history: Sequence[EpochMetrics]) -> bool:
    return len(history) >= 2 and history[-1].loss > history[-2].loss


# -- the phase --------------------------------------------------------------------


def target_phase(history: Sequence[EpochMetrics], chance: float | Baseline) -> int:
    """The furthest phase (index into PHASES) the last row's numbers allow."""
    base = as_baseline(chance)
    now = history[-1]
    s = skill(score_of(now, base), base.rate)
    if s < BASIC_SKILL:
        return 0
    if s < HIGH_SKILL:
        return 1
    losses = [h.loss for h in history]
    drop = smoothed_drop(losses)
    if drop >= FINE_TUNING_DROP:
        return 2
    settled = abs(drop) < CONVERGED_DROP and loss_low(now.loss, base)
    return 4 if settled and near_best(losses) else 3


def near_best(losses: Sequence[float]) -> bool:
    """The last loss is within ``BUMP`` of the best of the epochs before it."""
    return len(losses) >= 2 and losses[-1] <= (1 + BUMP) * min(losses[:-1])


def next_phase(
    history: Sequence[EpochMetrics], chance: float | Baseline, previous: str | None
) -> str:
    """One step towards the target, never back, never on a row whose loss rose."""
    if previous is None:
        return PHASES[0]
    i = PHASES.index(previous)
    if loss_rose(history) or target_phase(history, chance) <= i:
        return previous
    return PHASES[i + 1]


# -- the sentence -------------------------------------------------------------------


def sentence(
    phase: str, history: Sequence[EpochMetrics], chance: float | Baseline
) -> str:
    """The phase's sentence, in the variant whose every claim the row bears out.

    Worded for accuracy; ``observe`` rewords it for a number run.
    """
    base = as_baseline(chance)
    scores = [score_of(h, base) for h in history]
    now = scores[-1]
    high = skill(now, base.rate) >= HIGH_SKILL
    if phase == "starting":
        return _starting_sentence(now, base.rate, first=len(history) == 1)
    if phase == "basic":
        improved = len(history) >= 2 and now > scores[-2]
        return BASIC if improved else BASIC_NO_GAIN
    if phase == "complex":
        return COMPLEX if high else COMPLEX_NOT_HIGH
    if phase == "fine-tuning":
        return FINE_TUNES if scores_stable(scores) else FINE_TUNES_MOVING
    return _converged_sentence(history, base, high)


def _starting_sentence(val_accuracy: float, chance: float, *, first: bool) -> str:
    """Epoch 1 "starts learning"; a later row "learned little" if its skill is low.

    A later row is still starting when its skill is below ``BASIC_SKILL`` or
    when its loss rose, which holds the phase; only the first says "little".
    """
    little = not first and skill(val_accuracy, chance) < BASIC_SKILL
    if val_accuracy <= chance:
        return STILL_AT_RANDOM if little else STARTS_AT_RANDOM
    if val_accuracy > chance + JUST_ABOVE_RANDOM:
        return STARTS_STRONG
    return STILL_NEAR_RANDOM if little else STARTS


def accuracy_stable(history: Sequence[EpochMetrics]) -> bool:
    """Validation accuracy within ``STABLE_ACCURACY`` over the last epochs."""
    return scores_stable([h.val_accuracy for h in history])


def scores_stable(scores: Sequence[float]) -> bool:
    """The score (accuracy or R²) within ``STABLE_ACCURACY`` over the last epochs."""
    if len(scores) < STABLE_EPOCHS:
        return False
    window = scores[-STABLE_EPOCHS:]
    return max(window) - min(window) <= STABLE_ACCURACY


def _converged_sentence(
    history: Sequence[EpochMetrics], chance: Baseline, high: bool
) -> str:
    """Say "converges" only where the loss fell, to within a bump of its best."""
    if loss_rose(history):
        return SETTLED_LOSS_ROSE
    losses = [h.loss for h in history]
    if not near_best(losses):
        return SETTLED_ABOVE_BEST
    if not high:
        return SETTLED_NOT_HIGH
    return CONVERGES if loss_low(losses[-1], chance) else SETTLED_LOSS_NOT_LOW


# -- the events -----------------------------------------------------------------------


def events(
    history: Sequence[EpochMetrics], chance: float | Baseline
) -> tuple[str, ...]:
    """The events whose definition holds at the last row, in ``EVENTS`` order."""
    losses = [h.loss for h in history]
    found = {
        "loss-bump": len(losses) >= 2 and losses[-1] > (1 + BUMP) * losses[-2],
        "learning-rate-too-high": _streak(losses, 1 + BUMP, strict=True)
        >= LR_TOO_HIGH_EPOCHS,
        "overfitting": overfitting(history),
        "plateau": plateau(history, chance),
    }
    return tuple(name for name in EVENTS if found.get(name))


def _streak(values: Sequence[float], factor: float, *, strict: bool) -> int:
    """Epochs in a row, ending at the last, whose value is above ``factor`` × best.

    "Best" is the lowest value of all the epochs before that one. ``strict``
    asks for more than the limit; otherwise reaching it is enough.
    """
    best_before = list(itertools.accumulate(values, min))
    n = 0
    for i in range(len(values) - 1, 0, -1):
        limit = factor * best_before[i - 1]
        if not (values[i] > limit if strict else values[i] >= limit):
            break
        n += 1
    return n


def overfitting(history: Sequence[EpochMetrics]) -> bool:
    """Validation loss sustained above its best while training loss went lower."""
    val_losses = [h.val_loss for h in history]
    if _streak(val_losses, 1 + OVERFIT_RISE, strict=False) < OVERFIT_EPOCHS:
        return False
    best = val_losses.index(min(val_losses))
    return history[-1].loss < history[best].loss


def plateau(history: Sequence[EpochMetrics], chance: float | Baseline) -> bool:
    """The loss barely moved over the last epochs and accuracy is not yet high."""
    base = as_baseline(chance)
    if len(history) <= PLATEAU_EPOCHS:
        return False
    window = [h.loss for h in history[-PLATEAU_EPOCHS - 1 :]]
    moved = (max(window) - min(window)) / window[0] if window[0] > 0 else 0.0
    high = skill(score_of(history[-1], base), base.rate) >= HIGH_SKILL
    return moved < PLATEAU_CHANGE and not high
