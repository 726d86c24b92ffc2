"""Quiz questions written from the student's own run, with its real numbers.

A question about the loss curve the student has just watched is more telling
than a general one, so these are built from the run's ``History`` and the
events the trainer reported (``EpochRecord.events``). They are ordinary
``Question`` objects marked ``from_run``, so a session treats them like bank
questions. A class believes what they say, so each one is asked only when
the numbers it quotes, as printed, support its marked answer:

- **loss fell** (``run-loss-fell``): the training loss after the first and
  the last epoch; asked when the last prints lower than the first.
- **chance** (``run-vs-chance``): the gap *d* between validation accuracy
  and chance (the majority-class rate of the validation rows), both as
  printed. *d* > 10 points: well beyond guessing; 5 < *d* ≤ 10: a little
  better than guessing; |*d*| ≤ 5: about as good as guessing; *d* < −5:
  below guessing.
- **baseline** (``run-vs-baseline``): the gap to a network with no hidden
  layer on the same data (from Compare depths). *d* > 3 points: ahead;
  |*d*| ≤ 3: level; *d* < −3: behind. Only for a run with hidden layers.
- **overfitting** (``run-overfitting``): the first epoch with the
  ``overfitting`` event, against the epoch of the lowest validation loss
  before it; asked when the validation loss printed higher and the
  training loss printed lower.
- **loss rose** (``run-loss-rose-epoch``): the first epoch with the
  ``learning-rate-too-high`` event (against the lowest loss before it: the
  steps are too large), or if there is none the first with a ``loss-bump``
  (against the epoch before: a step overshot, one bump is normal); asked
  when it printed higher.
- **plateau** (``run-plateau``): the first epoch with the ``plateau`` event,
  if the loss over it and the three epochs before spans less than 2% of its
  value and validation accuracy prints below 90%.
- **R²** (``run-r2``, a number run only): the last epoch's validation R²
  with 2 decimals, judged on that printed value (``rules.r2_verdict``):
  R² ≥ 0.80 explains most of the variation, 0.20 to 0.80 some pattern,
  above 0 but below 0.20 a little better than the mean, 0 or below no
  better than always predicting the training mean. Not asked when R² is
  not defined (every validation target the same).

Which questions a run gets depends on what it predicts: the chance and
baseline questions compare accuracies, so a number run (whose records have
R², not accuracy: NaN) gets the R² question instead; the plateau question
quotes validation accuracy, so it is asked of yes/no and classes runs only.
Yes/no and several-classes runs get the same questions ("the more common
answer" is the most common class).

Losses print with 2 decimals, or 3 or 4 when two quoted numbers would
otherwise print the same ("fell from 0.19 to 0.19" is never written); if even
4 cannot tell them apart, the question is not asked. Accuracies print as
percentages with one decimal as everywhere in the app (``core.data.chance``:
"62.5%", and more decimals rather than 99.96% as "100%"). Non-finite numbers
(a diverged run) are never quoted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.data.wording import say
from core.quiz.bank import Option, Question
from core.quiz.rules import (
    BASELINE_MARGIN,
    BEYOND_CHANCE,
    CLOSE_TO_CHANCE,
    HIGH_ACCURACY,
    PLATEAU_EPOCHS,
    PLATEAU_SPREAD,
    R2_SOME,
    R2_STRONG,
    baseline_verdict,
    chance_verdict,
    gap_points,
    gap_words,
    number,
    percent,
    printed_pair,
    r2_text,
    r2_verdict,
)

if TYPE_CHECKING:
    from core.engine.training import EpochRecord, History

OVERFITTING = "overfitting"
LOSS_BUMP = "loss-bump"
RATE_TOO_HIGH = "learning-rate-too-high"
PLATEAU = "plateau"


def run_questions(
    history: History,
    baseline_accuracy: float | None = None,
    chance: float | None = None,
) -> list[Question]:
    """Questions about this run, with its real numbers.

    ``baseline_accuracy`` is the validation accuracy of a network with no
    hidden layer on the same data (Compare depths: its mean over the seeds
    compared); pass it only for a run that has hidden layers. ``chance`` is
    the score of always giving the more common answer. Each adds a question
    when given.
    """
    records = list(history.records)
    if not records:
        return []
    last = records[-1]
    found = [
        _loss_fell_from(records),
        _overfitting_from(records),
        _loss_rose_from(records),
        _plateau_from(records),
    ]
    if math.isnan(last.accuracy) and not math.isnan(last.loss):  # a number run
        found.append(r2_question(last.val_r2))
        return [question for question in found if question is not None]
    if baseline_accuracy is not None:
        found.append(baseline_question(last.val_accuracy, baseline_accuracy))
    if chance is not None:
        found.append(chance_question(last.val_accuracy, chance))
    return [question for question in found if question is not None]


# -- finding the epochs an event question is about ---------------------------------


def _first_with(records: Sequence[EpochRecord], *events: str) -> int | None:
    """The index of the first record that reported any of ``events``."""
    for i, record in enumerate(records):
        if any(event in record.events for event in events):
            return i
    return None


def _loss_fell_from(records: Sequence[EpochRecord]) -> Question | None:
    if len(records) < 2:
        return None
    first, last = records[0], records[-1]
    return loss_question(first.epoch, first.loss, last.epoch, last.loss)


def _overfitting_from(records: Sequence[EpochRecord]) -> Question | None:
    i = _first_with(records, OVERFITTING)
    if i is None:
        return None
    best = min(range(i + 1), key=lambda j: records[j].val_loss)
    a, c = records[best], records[i]
    return overfitting_question(
        a.epoch, c.epoch, (a.loss, c.loss), (a.val_loss, c.val_loss)
    )


def _loss_rose_from(records: Sequence[EpochRecord]) -> Question | None:
    """A sustained rise if there was one (it says more), else the first bump."""
    i = _first_with(records, RATE_TOO_HIGH)
    sustained = i is not None
    if i is None:
        i = _first_with(records, LOSS_BUMP)
    if i is None or i == 0:
        return None
    lowest = min(records[:i], key=lambda r: r.loss)
    before = lowest if sustained else records[i - 1]
    now = records[i]
    return loss_rose_question(
        before.epoch, before.loss, now.epoch, now.loss, sustained=sustained
    )


def _plateau_from(records: Sequence[EpochRecord]) -> Question | None:
    i = _first_with(records, PLATEAU)
    if i is None or i < PLATEAU_EPOCHS:
        return None
    span = records[i - PLATEAU_EPOCHS : i + 1]
    losses = [r.loss for r in span]
    return plateau_question(
        span[0].epoch, span[-1].epoch, (min(losses), max(losses)), span[-1].val_accuracy
    )


# -- the questions --------------------------------------------------------------------


def loss_question(
    first_epoch: int, first_loss: float, last_epoch: int, last_loss: float
) -> Question | None:
    """Why did the loss fall? None unless it prints lower at the end."""
    pair = printed_pair(first_loss, last_loss)
    if pair is None or float(pair[1]) >= float(pair[0]):
        return None
    a, b = pair
    return _from_run("run-loss-fell", "training", say(
        "In your run the training loss fell from {a} after epoch {first} "
        "to {b} after epoch {last}. Why?", a=a, b=b, first=first_epoch,
        last=last_epoch,
    ), [
        (say("The network adjusted its weights, batch after batch, to fit the "
             "patterns in the training data better"), True, say("After every "
         "mini-batch, backpropagation works out how each weight affects the loss "
         "and the optimizer nudges every weight to lower it. {a} → {b} is the sum "
         "of many such small steps.", a=a, b=b)),
        (say("More training rows were added in every epoch"), False, say("Every "
         "epoch uses the same training rows, only in a new order. The data stayed "
         "the same; the weights changed.")),
        (say("Some input features were switched off as training went on"), False,
         say("All the features are used in every epoch. What changes are the "
             "weights that multiply them.")),
        (say("The loss always falls over time on its own"), False, say("It falls "
         "only because the weights are updated to lower it. With a learning rate "
         "that is too large it can even rise.")),
    ])  # fmt: skip


def chance_question(val_accuracy: float, chance: float) -> Question | None:
    """Compare the run with always giving the more common answer (see the rule)."""
    if not (math.isfinite(val_accuracy) and math.isfinite(chance)):
        return None
    v, c = percent(val_accuracy), percent(chance)
    d = gap_points(val_accuracy, chance)
    verdict = chance_verdict(d)
    where = _where(v, d, c)
    near, far = f"{CLOSE_TO_CHANCE:g}", f"{BEYOND_CHANCE:g}"
    return _from_run("run-vs-chance", "data", say(
        "Your network reached {v} validation accuracy. Always giving the more "
        "common answer, without looking at the inputs, would score {c}. Which "
        "describes your network?", v=v, c=c,
    ), [
        (say("It has learned a real pattern, well beyond guessing (more than "
             "{far} points above)", far=far), verdict == "beyond",
         _why(verdict == "beyond", where, say("Well beyond guessing means more "
              "than {far} points above: a pattern that holds for examples it has "
              "never seen.", far=far))),
        (say("It has found some pattern, but is only a little better than "
             "guessing ({near} to {far} points above)", near=near, far=far),
         verdict == "above", _why(verdict == "above", where, say("A little "
              "better than guessing means more than {near} and at most {far} "
              "points above: a start, not yet a strong pattern.", near=near,
              far=far))),
        (say("It does about as well as guessing (within {near} points either "
             "way), so its accuracy shows no clear pattern yet", near=near),
         verdict == "close", _why(verdict == "close", where, say("Within "
              "{near} points either way is about what always giving the more "
              "common answer scores.", near=near))),
        (say("It does worse than guessing (more than {near} points below): what "
             "it learned does not hold for new examples", near=near),
         verdict == "below", _why(verdict == "below", where, say("More than "
              "{near} points below means it does worse than not looking at the "
              "inputs at all.", near=near))),
    ], shuffle=False)  # fmt: skip


def r2_question(val_r2: float) -> Question | None:
    """What the validation R² of a number run says (see the rule); None if undefined."""
    if not math.isfinite(val_r2):
        return None
    r = r2_text(val_r2)
    verdict = r2_verdict(val_r2)
    strong, some = f"{R2_STRONG:.2f}", f"{R2_SOME:.2f}"
    where = say("validation R² is {r}", r=r)
    return _from_run("run-r2", "data", say(
        "Your network's validation R² is {r}. R² is 1 for perfect predictions "
        "and 0 for always predicting the mean of the training targets. Which "
        "describes your network?", r=r,
    ), [
        (say("It explains most of the variation of the target (R² of {strong} "
             "or more)", strong=strong), verdict == "strong",
         _why(verdict == "strong", where, say("From {strong}, the errors are "
              "small next to how much the target varies.", strong=strong))),
        (say("It has found some pattern, but much of the variation is left "
             "(R² from {some} to below {strong})", some=some, strong=strong),
         verdict == "some", _why(verdict == "some", where, say("From {some} to "
              "below {strong}: better than the mean, not yet close.", some=some,
              strong=strong))),
        (say("It is only a little better than predicting the mean (R² above 0 "
             "but below {some})", some=some), verdict == "little",
         _why(verdict == "little", where, say("Above 0 but below {some}: it "
              "explains only a small part of the variation.", some=some))),
        (say("It does no better than always predicting the mean (R² of 0 or "
             "less)"), verdict == "none",
         _why(verdict == "none", where, say("At 0 or below, always answering "
              "the training mean would do as well or better."))),
    ], shuffle=False)  # fmt: skip


def baseline_question(val_accuracy: float, baseline_accuracy: float) -> Question | None:
    """Compare the run with a network that has no hidden layer (see the rule)."""
    if not (math.isfinite(val_accuracy) and math.isfinite(baseline_accuracy)):
        return None
    v, b = percent(val_accuracy), percent(baseline_accuracy)
    d = gap_points(val_accuracy, baseline_accuracy)
    verdict = baseline_verdict(d)
    where = _where(v, d, b)
    m = f"{BASELINE_MARGIN:g}"
    return _from_run("run-vs-baseline", "depth", say(
        "Your network reached {v} validation accuracy. In Compare depths, a "
        "network with no hidden layer (one weighted sum: a straight-line "
        "boundary) scored {b} on average on the same data. Which explains the "
        "difference?", v=v, b=b,
    ), [
        (say("Its hidden layers built combinations of the features that a "
             "straight-line boundary cannot express (more than {m} points ahead)",
             m=m),
         verdict == "ahead", _why(verdict == "ahead", where, say("More than {m} "
              "points ahead is a gain no straight line reached: the hidden "
              "layers combined the features.", m=m))),
        (say("Its hidden layers have not paid off yet (within {m} points): the "
             "pattern may be nearly a straight line, or it needs more training",
             m=m),
         verdict == "level", _why(verdict == "level", where, say("Within {m} "
              "points either way is no real gain over a straight line.", m=m))),
        (say("It does worse than a straight line (more than {m} points behind): "
             "its training has not got far enough, or went wrong", m=m),
         verdict == "behind", _why(verdict == "behind", where, say("A network "
              "with hidden layers can do all a straight line does, so more "
              "than {m} points behind means its training fell short.", m=m))),
        (say("The network with no hidden layer was given fewer training rows"),
         False, say("Both learn from the same number of training rows and are "
                    "tested on validation rows they never train on, so the "
                    "comparison is fair.")),
    ], shuffle=False)  # fmt: skip


def overfitting_question(
    start_epoch: int,
    end_epoch: int,
    losses: tuple[float, float],
    val_losses: tuple[float, float],
) -> Question | None:
    """Training loss down while validation loss rose; None unless both print so."""
    train, val = printed_pair(*losses), printed_pair(*val_losses)
    if train is None or val is None:
        return None
    if float(train[1]) >= float(train[0]) or float(val[1]) <= float(val[0]):
        return None
    return _from_run("run-overfitting", "training", say(
        "From epoch {start} to {end} of your run the training loss fell from {a} "
        "to {b}, but the validation loss rose from {c} (its lowest) to {d}. What "
        "is happening?", start=start_epoch, end=end_epoch, a=train[0], b=train[1],
        c=val[0], d=val[1],
    ), [
        (say("The network is memorising details and noise of the training rows "
             "that do not hold for new examples"), True, say("This is "
         "overfitting: it fits the training rows ever more closely while getting "
         "worse on rows it has not seen. Stopping earlier, a smaller network, "
         "more data or L2 help.")),
        (say("The validation rows were swapped for harder ones"), False, say(
            "The validation rows are chosen once, before training, and never "
            "change.")),
        (say("The network has stopped learning from the training rows"), False,
         say("The training loss fell from {a} to {b}: it is still learning the "
             "training rows, all too well.", a=train[0], b=train[1])),
        (say("The learning rate has dropped to zero"), False, say("The training "
         "loss is still changing, so the weights are still being updated.")),
    ])  # fmt: skip


def loss_rose_question(
    before_epoch: int,
    loss_before: float,
    epoch: int,
    loss_after: float,
    *,
    sustained: bool = False,
) -> Question | None:
    """The training loss rose; None unless it prints higher.

    ``sustained`` (a ``learning-rate-too-high`` event) compares with the
    lowest loss before and blames the step size; a single ``loss-bump``
    compares with the epoch before and says that one bump is normal.
    """
    pair = printed_pair(loss_before, loss_after)
    if pair is None or float(pair[1]) <= float(pair[0]):
        return None
    a, b = pair
    if sustained:
        text = say(
            "After epoch {before} of your run the training loss was at its "
            "lowest so far, {a}; after epoch {epoch} it was up at {b}, and it "
            "had stayed well above its best for more than one epoch. What is the "
            "most likely cause?",
            before=before_epoch,
            a=a,
            epoch=epoch,
            b=b,
        )
        right = (
            say("The steps are too large: they overshoot the low point of the loss"),
            say(
                "The optimizer steps downhill on the loss, but steps that are too "
                "long jump across the valley and land higher, again and again. A "
                "smaller learning rate takes shorter steps."
            ),
        )
    else:
        text = say(
            "After epoch {before} of your run the training loss was {a}; after "
            "epoch {epoch} it had gone up to {b}. Why can the loss go up for an "
            "epoch?",
            before=before_epoch,
            a=a,
            epoch=epoch,
            b=b,
        )
        right = (say("Each step follows the slope of one mini-batch, and a step "
                     "can overshoot the low point of the loss for all the rows"),
                 say("A mini-batch is a small sample, so a step that suits it can "
                     "land higher for the whole training set, more so when the "
                     "steps are large. One bump is normal; if the loss stays up, "
                     "try a lower learning rate."))  # fmt: skip
    return _from_run("run-loss-rose-epoch", "training", text, [
        (right[0], True, right[1]),
        (say("The training data changed"), False, say("Every epoch uses the same "
         "training rows, only in a shuffled order.")),
        (say("A rising loss means training has finished"), False, say("Training "
         "stops after the number of epochs you chose. A rising loss means the "
         "latest steps made the predictions worse.")),
        (say("The network deleted some of its weights"), False, say("The network "
         "keeps all its weights; their values changed in a way that raised the "
         "loss.")),
    ])  # fmt: skip


def plateau_question(
    start_epoch: int,
    end_epoch: int,
    loss_range: tuple[float, float],
    val_accuracy: float,
) -> Question | None:
    """A flat loss with accuracy still low; None unless the numbers say so."""
    low, high = loss_range
    values = (low, high, val_accuracy)
    if not all(math.isfinite(x) for x in values) or high <= 0:
        return None
    v = percent(val_accuracy)
    if (high - low) / high >= PLATEAU_SPREAD or float(v[:-1]) >= 100 * HIGH_ACCURACY:
        return None
    lo, hi = number(low), number(high)
    values_said = {"start": start_epoch, "end": end_epoch, "v": v}
    if lo == hi:
        text = say(
            "From epoch {start} to {end} your training loss hardly moved (it "
            "stayed at {lo}), and validation accuracy was only {v}. What could "
            "help?",
            lo=lo,
            **values_said,
        )
    else:
        text = say(
            "From epoch {start} to {end} your training loss hardly moved (it "
            "stayed between {lo} and {hi}), and validation accuracy was only {v}. "
            "What could help?",
            lo=lo,
            hi=hi,
            **values_said,
        )
    return _from_run("run-plateau", "training", text, [
        (say("Change the set-up: another learning rate, or more hidden units or "
             "layers so the network can express a more complex pattern"), True,
         say("A plateau means this network with these settings has stopped "
             "finding improvements. Steps that are too small, or a network too "
             "simple for the pattern, are the usual causes.")),
        (say("Nothing: a flat loss means the data has been learned perfectly"),
         False, say("Validation accuracy is only {v}: the network is stuck, not "
                    "finished.", v=v)),
        (say("Just wait: new training rows arrive every epoch"), False, say("The "
         "training rows are the same in every epoch, only shuffled. Nothing new "
         "arrives.")),
        (say("Scale the features to the range 0–1"), False, say("LayerLab already "
         "scales every feature to 0–1 before training, so that is not what is "
         "missing.")),
    ])  # fmt: skip


def _where(value: str, gap: float, reference: str) -> str:
    """ "62.5% is 5 points above 57.5%": the numbers an explanation quotes."""
    return say(
        "{value} is {gap} {reference}",
        value=value,
        gap=gap_words(gap),
        reference=reference,
    )


def _why(right: bool, where: str, rule: str) -> str:
    """An explanation that quotes the numbers: yes or no, then the rule."""
    if right:
        return say("Yes: {where}. {rule}", where=where, rule=rule)
    return say("No: {where}. {rule}", where=where, rule=rule)


def _from_run(
    ident: str,
    stage: str,
    text: str,
    options: Sequence[tuple[str, bool, str]],
    shuffle: bool = True,
) -> Question:
    built = tuple(Option(*option) for option in options)
    return Question(ident, stage, text, built, shuffle, from_run=True)
