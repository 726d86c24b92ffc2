"""Quiz questions written from the student's own run, with its real numbers.

A question about the loss curve the student has just watched is more telling
than a general one, so these are built from the run's ``History`` and the
observations the trainer reported. They are ordinary ``Question`` objects
marked ``from_run``, so a session treats them like bank questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.observations import LOSS_ROSE, OVERFITS, PLATEAU
from core.quiz_bank import Option, Question

if TYPE_CHECKING:
    from core.training import EpochRecord, History


def run_questions(
    history: History,
    baseline_accuracy: float | None = None,
    chance: float | None = None,
) -> list[Question]:
    """Questions about this run, with its real numbers.

    ``baseline_accuracy`` is the validation accuracy of a network with no
    hidden layer on the same data, and ``chance`` the score of always giving
    the more common answer; each adds a question when given.
    """
    records = list(history.records)
    questions: list[Question] = []
    if len(records) >= 2 and records[0].loss != records[-1].loss:
        first, last = records[0], records[-1]
        questions.append(loss_question(first.epoch, first.loss, last.epoch, last.loss))
    if records and baseline_accuracy is not None:
        questions.append(baseline_question(records[-1].val_accuracy, baseline_accuracy))
    elif records and chance is not None:
        questions.append(chance_question(records[-1].val_accuracy, chance))
    return questions + _observation_questions(records)


def _observation_questions(records: Sequence[EpochRecord]) -> list[Question]:
    """One question for the first epoch that reported each kind of trouble."""
    found: list[Question] = []
    said = [record.observation for record in records]
    if OVERFITS in said and (i := said.index(OVERFITS)) >= 2:
        a, c = records[i - 2], records[i]
        found.append(
            overfitting_question(
                a.epoch, c.epoch, (a.loss, c.loss), (a.val_loss, c.val_loss)
            )
        )
    if PLATEAU in said and (i := said.index(PLATEAU)) >= 3:
        a, c = records[i - 3], records[i]
        found.append(plateau_question(a.epoch, c.epoch, c.loss, c.val_accuracy))
    if LOSS_ROSE in said and (i := said.index(LOSS_ROSE)) >= 1:
        before, now = records[i - 1], records[i]
        found.append(loss_rose_question(now.epoch, before.loss, now.loss))
    return found


def loss_question(
    first_epoch: int, first_loss: float, last_epoch: int, last_loss: float
) -> Question:
    """Why did the loss fall (or, if it rose, what went wrong)?"""
    span = (
        f"from {_num(first_loss)} after epoch {first_epoch} "
        f"to {_num(last_loss)} after epoch {last_epoch}"
    )
    if last_loss > first_loss:
        return _from_run("run-loss-rose", "training", (
            f"In your run the training loss went up {span}. What is the most likely "
            "cause?"
        ), [
            _TOO_BIG_STEPS,
            ("The network had already learned everything", False, "A network that "
             "has learned well has a low, steady loss, not a rising one."),
            _SAME_ROWS,
            _LOSS_SHOULD_FALL,
        ])  # fmt: skip
    return _from_run("run-loss-fell", "training", (
        f"In your run the training loss fell {span}. Why?"
    ), [
        ("The network adjusted its weights, batch after batch, to fit the patterns "
         "in the training data better", True, "After every mini-batch, "
         "backpropagation works out how each weight affects the loss and the "
         f"optimizer nudges every weight to lower it. {_num(first_loss)} → "
         f"{_num(last_loss)} is the sum of many such small steps."),
        ("More training rows were added in every epoch", False, "Every epoch uses "
         "the same training rows, only in a new order. The data stayed the same; "
         "the weights changed."),
        ("Some input features were switched off as training went on", False, "All "
         "the features are used in every epoch. What changes are the weights that "
         "multiply them."),
        ("The loss always falls over time on its own", False, "It falls only "
         "because the weights are updated to lower it. With a learning rate that "
         "is too large it can even rise."),
    ])  # fmt: skip


def baseline_question(val_accuracy: float, baseline_accuracy: float) -> Question:
    """Compare the run with a network that has no hidden layer."""
    better = val_accuracy >= baseline_accuracy + 0.02
    v, b = _pct(val_accuracy), _pct(baseline_accuracy)
    ending = "What explains the difference?" if better else "What does that suggest?"
    return _from_run("run-vs-baseline", "depth", (
        f"Your network reached {v} validation accuracy. A network with no hidden "
        f"layer (the linear baseline) reached {b} on the same data. {ending}"
    ), [
        ("Its hidden layers built combinations of the features that one weighted "
         "sum (a straight-line boundary) cannot express", better,
         "The hidden layers turn the measurements into new features and combine "
         f"them, so the network can follow a more complex rule: {v} against {b}."
         if better else f"Then it would clearly beat the baseline, but {v} against "
         f"{b} is no real gain."),
        ("It has not used its hidden layers for more than a straight line can do: "
         "it may need more epochs or another learning rate, or the pattern is "
         "nearly a straight line", not better,
         f"With {v} against {b}, the extra layers have not paid off yet. Train "
         "longer or change the learning rate; on nearly linear data, depth helps "
         "little." if not better else f"{v} against {b} is a real gain, so the "
         "hidden layers did learn something a straight line cannot."),
        _SAW_VALIDATION,
        ("The baseline was given fewer training rows", False, "Both networks learn "
         "from the same training rows and are tested on the same validation rows, "
         "so the comparison is fair."),
    ])  # fmt: skip


def chance_question(val_accuracy: float, chance: float) -> Question:
    """Compare the run with always giving the more common answer."""
    beats = val_accuracy >= chance + 0.05
    v, c = _pct(val_accuracy), _pct(chance)
    return _from_run("run-vs-chance", "data", (
        f"Your network reached {v} validation accuracy. Always giving the more "
        f"common answer would already score {c}. What does that tell you?"
    ), [
        ("It has learned real patterns in the measurements, well beyond guessing",
         beats, f"{v} is clearly above the {c} you get without looking at the "
         "measurements at all." if beats else f"{v} is hardly above the {c} you "
         "get without looking at the measurements."),
        ("It does little better than always giving the same answer: it has not "
         "learned the pattern yet", not beats, f"{v} is close to {c}, so it has "
         "not yet found a pattern." if not beats else f"{v} is well above {c}, so "
         "it has found a real pattern."),
        ("Any accuracy above 50% proves that it has learned", False, "Not when one "
         f"answer is more common: always giving it already scores {c}. Compare "
         "with that, not with 50%."),
        ("It must reach 100% to be of any use", False, "Real data is noisy, so "
         "100% on unseen examples is rarely possible; a model can be very useful "
         "well below it."),
    ])  # fmt: skip


def overfitting_question(
    start_epoch: int,
    end_epoch: int,
    losses: tuple[float, float],
    val_losses: tuple[float, float],
) -> Question:
    """The run reported overfitting: train loss down while validation loss rose."""
    return _from_run("run-overfitting", "training", (
        f"Your run said: “{OVERFITS}”. From epoch {start_epoch} to {end_epoch} the "
        f"training loss fell from {_num(losses[0])} to {_num(losses[1])}, but the "
        f"validation loss rose from {_num(val_losses[0])} to {_num(val_losses[1])}. "
        "What is happening?"
    ), [
        ("The network is memorising details and noise of the training rows that "
         "do not hold for new people", True, "This is overfitting: it fits the "
         "training rows ever more closely while getting worse on rows it has not "
         "seen. Stopping earlier, a smaller network, more data or L2 help."),
        ("The validation rows were swapped for harder ones", False, "The "
         "validation rows are chosen once, before training, and never change."),
        ("More epochs will bring the validation loss back down", False, "More "
         "epochs usually make overfitting worse: the network keeps fitting the "
         "training rows more closely."),
        ("The learning rate has dropped to zero", False, "The training loss is "
         "still falling, so the weights are still changing."),
    ])  # fmt: skip


def plateau_question(
    start_epoch: int, end_epoch: int, loss: float, val_accuracy: float
) -> Question:
    """The run reported a plateau: a flat loss with accuracy stuck below 90%."""
    return _from_run("run-plateau", "training", (
        f"From epoch {start_epoch} to {end_epoch} your loss hardly moved (it stayed "
        f"near {_num(loss)}) and validation accuracy stayed around "
        f"{_pct(val_accuracy)}. What could help?"
    ), [
        ("Change the set-up: another learning rate, or more hidden units or "
         "layers so the network can express a more complex pattern", True,
         "A plateau means this network with these settings has stopped finding "
         "improvements. Steps that are too small, or a network too simple for the "
         "pattern, are the usual causes."),
        ("Nothing: a flat loss means the data has been learned perfectly", False,
         f"Validation accuracy is only {_pct(val_accuracy)}: the network is stuck, "
         "not finished."),
        ("Just wait: new training rows arrive every epoch", False, "The training "
         "rows are the same in every epoch, only shuffled. Nothing new arrives."),
        ("Scale the features to the range 0–1", False, "LayerLab already scales "
         "every feature to 0–1 before training, so that is not what is missing."),
    ])  # fmt: skip


def loss_rose_question(epoch: int, loss_before: float, loss_after: float) -> Question:
    """The run reported a rising loss in one epoch."""
    return _from_run("run-loss-rose-epoch", "training", (
        f"In epoch {epoch} of your run the training loss went up from "
        f"{_num(loss_before)} to {_num(loss_after)}. Why can the loss rise during "
        "training?"
    ), [
        _TOO_BIG_STEPS,
        _SAME_ROWS,
        ("A rising loss means training has finished", False, "Training stops "
         "after the number of epochs you chose. A rising loss means the latest "
         "steps made the predictions worse."),
        ("The network deleted some of its weights", False, "The network keeps all "
         "its weights; their values changed in a way that raised the loss."),
    ])  # fmt: skip


_TOO_BIG_STEPS = (
    "The steps are too large, so they overshoot the low point of the loss",
    True,
    "The optimizer steps downhill on the loss, but a step that is too long jumps "
    "across the valley and lands higher. A smaller learning rate takes shorter "
    "steps.",
)
_SAME_ROWS = (
    "The training data changed",
    False,
    "Every epoch uses the same training rows, only in a shuffled order.",
)
_LOSS_SHOULD_FALL = (
    "A rising loss is what training aims for",
    False,
    "Training tries to make the loss small: a lower loss means predictions "
    "closer to the true labels.",
)
_SAW_VALIDATION = (
    "Your network was allowed to train on the validation rows",
    False,
    "No network ever trains on the validation rows: that is what makes the "
    "validation score a fair test.",
)


def _from_run(
    ident: str, stage: str, text: str, options: Sequence[tuple[str, bool, str]]
) -> Question:
    built = tuple(Option(*option) for option in options)
    return Question(ident, stage, text, built, from_run=True)


def _num(value: float) -> str:
    return f"{value:.2f}" if abs(value) >= 0.01 else f"{value:.2g}"


def _pct(value: float) -> str:
    return f"{value:.1%}".replace(".0%", "%")
