"""One sentence per epoch that says what the numbers mean.

The sentences are chosen from the metrics themselves (never from the epoch
number alone), in the spirit of the seed lesson's trace: starting out,
learning basic patterns, capturing complex ones, fine-tuning, converging,
and the things that go wrong: overfitting, plateaus, a rising loss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

STARTS = "Model starts learning, accuracy just above random"
STARTS_STRONG = "Model starts learning and already beats guessing clearly"
BASIC = "Model learns basic patterns, accuracy improves"
COMPLEX = "Model captures complex patterns, accuracy high"
FINE_TUNES = "Model fine-tunes details, accuracy stabilizes"
CONVERGES = "Model converges, loss low and accuracy high"
OVERFITS = "Model starts to overfit: training loss falls but validation loss rises"
PLATEAU = "Learning has plateaued: the loss barely moves and accuracy is stuck"
LOSS_ROSE = (
    "Loss went up this epoch: the steps may be too large (try a lower learning rate)"
)
SLOW = "Model keeps improving slowly, loss still falling"
DIVERGED = "Training diverged: the loss blew up instead of falling"

HIGH_ACCURACY = 0.9


@dataclass(frozen=True)
class EpochMetrics:
    loss: float
    accuracy: float
    val_loss: float
    val_accuracy: float


def observe(history: Sequence[EpochMetrics], chance: float = 0.5) -> str:
    """Describe the last epoch of ``history``; ``chance`` is the majority-class rate."""
    now = history[-1]
    if len(history) == 1:
        return STARTS if now.val_accuracy < chance + 0.2 else STARTS_STRONG
    before = history[-2]
    drop = (before.loss - now.loss) / max(before.loss, 1e-12)
    if drop < -0.1:
        return LOSS_ROSE
    if _overfitting(history):
        return OVERFITS
    if _plateau(history) and now.val_accuracy < HIGH_ACCURACY:
        return PLATEAU
    if now.val_accuracy < HIGH_ACCURACY:
        return BASIC if now.val_accuracy - before.val_accuracy >= 0.02 else SLOW
    if drop >= 0.1:
        return COMPLEX
    return FINE_TUNES if drop >= 0.03 else CONVERGES


def _overfitting(history: Sequence[EpochMetrics]) -> bool:
    """Validation loss up two epochs running while training loss went down."""
    if len(history) < 3:
        return False
    a, b, c = history[-3:]
    val_rising = a.val_loss < b.val_loss < c.val_loss
    best_val = min(h.val_loss for h in history)
    return val_rising and c.loss < a.loss and c.val_loss > 1.05 * best_val


def _plateau(history: Sequence[EpochMetrics]) -> bool:
    if len(history) < 4:
        return False
    first, last = history[-4].loss, history[-1].loss
    return abs(first - last) / max(first, 1e-12) < 0.01
