"""Why a run ended, and the early-stopping rule that may end it.

A run ends for one of four reasons (``StopReason.code``):

* ``budget``: it trained every epoch of its budget (``config.epochs``);
* ``early``: early stopping ended it (below);
* ``diverged``: the loss exploded and the weights were rolled back
  (``core.engine.training.loss_limit``);
* ``user``: someone stopped it (``Trainer.stop``, Ctrl+C on the command line).

**The early-stopping rule.** After every epoch the validation loss is compared
with the best (lowest) so far. An epoch *improves* when its validation loss is
strictly lower than that best (no minimum step: any decrease counts). The
run stops at the end of the first epoch at which ``patience`` epochs in a row
have not improved, i.e. at epoch ``best_epoch + patience``. The rule is
checked before the budget, so a run whose patience runs out in its last
epoch ends as an early stop.

**Restoring the best weights** (``config.restore_best``). The weights of the
best epoch are kept, and when the run ends by its budget or by early stopping
they are put back, so the network that remains is the one that did best on
the validation rows. (A divergence rolls back to the last good epoch instead,
and a stop by the user keeps the weights as they are.) The trace keeps every
epoch's row as it was measured.

**The sentence.** ``stop_sentence`` says it in one line with the elapsed
time, like MATLAB's training report: "Stopped early at epoch 14: validation
loss had not improved for 5 epochs since its best at epoch 9 (weights from
epoch 9 restored). 3.2 s." Each reason has one template in ``TEMPLATES``
(the window translates the template, then fills it in).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

Array = np.ndarray

STOP_CODES: tuple[str, ...] = ("budget", "early", "diverged", "user")

TEMPLATES: dict[str, str] = {
    "budget": "Finished the budget of {epochs} epochs.",
    "budget_restored": (
        "Finished the budget of {epochs} epochs; the validation loss was lowest "
        "at epoch {best_epoch} (weights from epoch {best_epoch} restored)."
    ),
    "early": (
        "Stopped early at epoch {epoch}: validation loss had not improved for "
        "{patience} epochs since its best at epoch {best_epoch}."
    ),
    "early_restored": (
        "Stopped early at epoch {epoch}: validation loss had not improved for "
        "{patience} epochs since its best at epoch {best_epoch} (weights from "
        "epoch {best_epoch} restored)."
    ),
    "diverged": (
        "Stopped at epoch {epoch}: the loss diverged; the weights were rolled "
        "back to the end of epoch {kept}."
    ),
    "diverged_at_start": (
        "Stopped at epoch {epoch}: the loss diverged; the weights were rolled "
        "back to their starting values."
    ),
    "user": "Stopped by the user after {done} of {epochs} epochs.",
}
SECONDS_TEMPLATE = "{seconds:.1f} s."


@dataclass(frozen=True)
class StopReason:
    """Why a run ended. ``epoch`` is the epoch under way when it ended.

    ``best_epoch`` is the epoch with the lowest validation loss (0 when no
    best was tracked), ``patience`` the early-stopping patience (0 when off),
    ``restored`` whether the best epoch's weights were put back, ``done``
    the number of epochs finished and ``epochs`` the budget.
    """

    code: str
    epoch: int
    epochs: int
    done: int
    best_epoch: int = 0
    patience: int = 0
    restored: bool = False

    def __post_init__(self) -> None:
        if self.code not in STOP_CODES:
            raise ValueError(
                f"A stop reason is one of {', '.join(STOP_CODES)}, not {self.code!r}."
            )

    @property
    def template_key(self) -> str:
        """The key of this reason's template in ``TEMPLATES``."""
        if self.code in ("budget", "early") and self.restored:
            return f"{self.code}_restored"
        if self.code == "diverged" and self.done == 0:
            return "diverged_at_start"
        return self.code

    def values(self) -> dict[str, int]:
        """The numbers the templates fill in."""
        return {
            "epoch": self.epoch,
            "epochs": self.epochs,
            "done": self.done,
            "best_epoch": self.best_epoch,
            "patience": self.patience,
            "kept": self.done,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "epoch": self.epoch,
            "epochs": self.epochs,
            "done": self.done,
            "best_epoch": self.best_epoch,
            "patience": self.patience,
            "restored": self.restored,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StopReason:
        """The reason ``as_dict`` wrote; ``ValueError`` naming a wrong key."""
        if not isinstance(data, dict):
            raise ValueError("a stop reason should be an object")
        values: dict[str, Any] = {"code": data.get("code")}
        for key in ("epoch", "epochs", "done", "best_epoch", "patience"):
            value = data.get(key, 0)
            if type(value) is not int or value < 0:
                raise ValueError(f"stop.{key} should be a whole number >= 0")
            values[key] = value
        restored = data.get("restored", False)
        if type(restored) is not bool:
            raise ValueError("stop.restored should be true or false")
        return cls(**values, restored=restored)


def stop_sentence(reason: StopReason, seconds: float | None = None) -> str:
    """The one line that says why the run ended, and after how long."""
    text = TEMPLATES[reason.template_key].format(**reason.values())
    if seconds is None or not math.isfinite(seconds):
        return text
    return f"{text} {SECONDS_TEMPLATE.format(seconds=seconds)}"


@dataclass(frozen=True)
class StoppingState:
    """The rule's memory, for a run record: enough to resume it exactly."""

    best_loss: float
    best_epoch: int
    wait: int
    best_theta: Array | None  # read-only; None when no best weights are kept
    reason: StopReason | None


class EarlyStopping:
    """Tracks the best validation loss; says when patience has run out.

    ``patience`` None tracks the best epoch without ever stopping (for
    restoring the best weights at the end of the budget alone). With
    ``keep_best`` the best epoch's parameters are copied each time it improves.
    """

    def __init__(self, patience: int | None, keep_best: bool, size: int = 0) -> None:
        if patience is not None and patience < 1:
            raise ValueError("The patience is a whole number of epochs, at least 1.")
        self.patience = patience
        self.best_loss = math.inf
        self.best_epoch = 0
        self.wait = 0
        self.best_theta: Array | None = np.zeros(size) if keep_best else None

    def update(self, epoch: int, val_loss: float, theta: Array | None = None) -> bool:
        """Take epoch ``epoch``'s validation loss; True when the run should stop."""
        if val_loss < self.best_loss:
            self.best_loss, self.best_epoch, self.wait = float(val_loss), epoch, 0
            if self.best_theta is not None and theta is not None:
                if self.best_theta.shape != theta.shape:
                    self.best_theta = np.empty_like(theta)
                self.best_theta[...] = theta
            return False
        self.wait += 1
        return self.patience is not None and self.wait >= self.patience

    def state(self, reason: StopReason | None) -> StoppingState:
        best = None
        if self.best_theta is not None:
            best = self.best_theta.copy()
            best.flags.writeable = False
        return StoppingState(self.best_loss, self.best_epoch, self.wait, best, reason)

    def restore(self, state: StoppingState) -> None:
        """Take ``state`` back; ``ValueError`` if it lacks the best weights."""
        if self.best_theta is not None and state.best_epoch:
            if state.best_theta is None:
                raise ValueError("The record does not hold the best epoch's weights.")
            self.best_theta = np.array(state.best_theta, copy=True)
        self.best_loss, self.best_epoch = float(state.best_loss), state.best_epoch
        self.wait = state.wait


def first_stop(val_losses: list[float] | Array, patience: int) -> tuple[int, int]:
    """Drive the rule over a whole curve: (stop epoch or 0, best epoch), 1-based.

    The stop epoch is 0 when the curve ends before patience runs out.
    """
    rule = EarlyStopping(patience, keep_best=False)
    for epoch, loss in enumerate(val_losses, start=1):
        if rule.update(epoch, float(loss)):
            return epoch, rule.best_epoch
    return 0, rule.best_epoch
