"""Every sentence the window states about the run now: the status bar and the
pipeline boxes' live lines.

Each text is computed afresh from one snapshot (and whether the run is
playing), never patched onto what was shown before, so nothing can outlive
the state it describes: a new run, a reset, new data or a rollback replaces
all of them at once. The rules:

- state word: "training" only while Play runs (at any pace, lecture too);
  otherwise "finished" or "diverged" when the run is over, "ready" before
  its first update and "paused" after one.
- why the run ended (``core.engine.stopping``): once a run is over, the
  stop reason's sentence stands before the state word when it says more
  than the line does: an early stop, a stop by the user, best weights put
  back. A plain budget is "Epoch 20/20 … finished" already, and a
  divergence is explained in the banner.
- speed: only while playing, as measured by ``RunClock.speed`` over the last
  seconds of play; none after single steps or in a pause.
- Output box, yes/no and several classes: "To beat: …" (the most common
  class's rate on the validation rows) before the first epoch ends; "Now:
  x% …" from the last epoch's validation accuracy after; after a divergence
  "After the rollback: x% …", the rolled-back weights' accuracy.
- Output box, a number: "To beat: predicting the training mean (R² 0)"
  before the first epoch ends; then "Now: validation R² 0.93, mean absolute
  error 0.12" from the last epoch (R² to 2 decimals, the error to 3
  significant digits in the target's units, never as an exponent:
  ``training_plot.measure``); "After the rollback: …" after
  a divergence. A score that is not defined (R² when every validation
  target is the same) is left out, never printed as "nan".
- Layer 1 box: which inputs its strongest unit leans on, from the current
  weights, once at least one update happened; nothing before.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from core.data.chance import chance_of
from core.engine.snapshot import RunSnapshot
from core.engine.stopping import SECONDS_TEMPLATE, TEMPLATES, StopReason
from core.lesson.pipeline_stages import strongest_inputs
from desktop.views.training_plot import measure

# the stop reasons (template keys) the status line states; see the rules above
SAID_IN_STATUS = ("early", "early_restored", "user", "budget_restored")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def state_word(snapshot: RunSnapshot, playing: bool) -> str:
    if snapshot.state in ("finished", "diverged"):
        return _tr(snapshot.state)
    if playing:
        return _tr("training")
    return _tr("ready") if snapshot.step == 0 else _tr("paused")


def status_text(
    snapshot: RunSnapshot, playing: bool, seconds: float, speed: float | None
) -> str:
    """ "Epoch 3/20 · batch 25/25 · 4.2 s · 1,600 examples/s · training"."""
    s = snapshot
    parts = [
        _tr("Epoch {e}/{n}").format(e=s.epochs_done, n=s.total_epochs),
        _tr("batch {b}/{bn}").format(
            b=s.batch_in_epoch or (s.batches_per_epoch if s.epochs_done else 0),
            bn=s.batches_per_epoch,
        ),
        _tr("{t:.1f} s").format(t=seconds),
    ]
    if playing and speed is not None and s.state not in ("finished", "diverged"):
        parts.append(_tr("{r:,.0f} examples/s").format(r=speed))
    reason = s.stop_reason
    if reason is not None and reason.template_key in SAID_IN_STATUS:
        parts.append(stop_text(reason))
    parts.append(state_word(s, playing))
    return " · ".join(parts)


def stop_text(reason: StopReason, seconds: float | None = None) -> str:
    """ "Stopped early at epoch 14: … (weights from epoch 9 restored). 3.2 s."

    ``core.engine.stopping.stop_sentence`` in the reader's language: the
    template is translated, then filled in; without ``seconds``, no time.
    """
    sentence = _tr(TEMPLATES[reason.template_key]).format(**reason.values())
    if seconds is None:
        return sentence
    return f"{sentence} {_tr(SECONDS_TEMPLATE).format(seconds=seconds)}"


def chance(description) -> str:
    """ "always saying no scores 52.0%": the majority rate on the validation rows.

    For a number, what the network has to beat is the training mean (R² 0).
    """
    if getattr(description, "target_kind", "binary") == "number":
        return _tr("predicting the training mean (R² 0)")
    data = description.dataset
    y = data.y if description.val_index is None else data.y[description.val_index]
    return chance_of(y, description.class_names or data.class_names)


def output_now(description, snapshot: RunSnapshot) -> str:
    """The output box's line after an epoch, in the terms of the target's kind."""
    last = snapshot.records[-1]
    beat = chance(description)
    rollback = snapshot.state == "diverged"
    if getattr(description, "target_kind", "binary") != "number":
        if rollback:
            words = _tr(
                "After the rollback: {acc:.0%} of validation rows right; {chance}"
            )
        else:
            words = _tr("Now: {acc:.0%} of validation rows right; {chance}")
        return words.format(acc=last.val_accuracy, chance=beat)
    scores = number_scores(last.val_r2, last.val_mae)
    if rollback:
        return _tr("After the rollback: {scores}").format(scores=scores)
    return _tr("Now: {scores}").format(scores=scores)


def number_scores(r2: float, mae: float) -> str:
    """ "validation R² 0.93, mean absolute error 0.121": the defined ones only."""
    parts = []
    if math.isfinite(r2):
        parts.append(_tr("validation R² {r2:.2f}").format(r2=r2))
    if math.isfinite(mae):
        parts.append(_tr("mean absolute error {mae}").format(mae=measure(mae)))
    return ", ".join(parts) if parts else _tr("no validation score yet")


def live_texts(description, snapshot: RunSnapshot | None) -> dict[str, str]:
    """The live line of every pipeline box that has one ("" clears a box's line)."""
    beat = chance(description)
    texts = {"output": _tr("To beat: {chance}").format(chance=beat), "layer1": ""}
    if snapshot is None:
        return texts
    if snapshot.records:
        texts["output"] = output_now(description, snapshot)
    layers = snapshot.layer_params()
    if len(layers) > 1 and snapshot.step:
        names = description.dataset.feature_names
        texts["layer1"] = _tr("Now: {text}").format(
            text=strongest_inputs(layers[0][0], names)
        )
    return texts
