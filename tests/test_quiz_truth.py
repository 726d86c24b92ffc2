"""Questions written from a run are right every time.

A property test trains 30 seeds × 6 setups and checks every question that
``run_questions`` writes against numbers recomputed here, independently of the
trainer and of the quiz code: losses and accuracies from our own forward pass
of the model after every epoch, chance from the validation labels, the
baseline from a logistic regression fitted to convergence (what Compare depths
feeds the quiz), and the events' meanings from the contract
(docs/observations.md). The rules are restated here from the module's
docstring, so a change in either shows. Constructed histories then force
every branch, edge and rounding case.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.csv_data import load_csv
from core.engine.training import EpochRecord, History, TrainerState
from core.lesson.linear_probe import separability
from core.quiz.sitting import (
    Question,
    baseline_question,
    chance_question,
    loss_question,
    run_questions,
)

SEEDS = range(30)
SETUPS = ("default", "no hidden layer", "xor", "spiral", "learning rate 0.03", "csv")
NUM = r"(\d+(?:\.\d+)?(?:e-\d+)?)"
ATHLETES_WORDS = (
    "athlete", "people", "person", "bmi", "1000 rows", "20 features",
    "20 measurements", "height", "vo2", "vertical jump", "heart rate",
    "blood pressure", " cm", "push-up",
)  # fmt: skip

# The rules, restated (see core/quiz/run_questions.py).
CHANCE_RIGHT = {
    "beyond": "well beyond guessing",
    "above": "only a little better than guessing",
    "close": "about as well as guessing",
    "below": "worse than guessing",
}
BASELINE_RIGHT = {
    "ahead": "built combinations",
    "level": "have not paid off",
    "behind": "does worse than a straight line",
}


def chance_rule(gap: float) -> str:
    if gap > 10:
        return "beyond"
    if gap > 5:
        return "above"
    return "close" if gap >= -5 else "below"


def baseline_rule(gap: float) -> str:
    if gap > 3:
        return "ahead"
    return "level" if gap >= -3 else "behind"


# -- the runs -----------------------------------------------------------------------


@dataclass
class Run:
    """One trained run and our own recomputation of its numbers."""

    setup: str
    seed: int
    history: History
    loss: list[float]
    val_loss: list[float]
    val_accuracy: list[float]
    chance: float
    trainer_chance: float
    baseline: float | None
    athletes: bool


def config_for(setup: str, seed: int) -> TrainingConfig:
    changes = {
        "default": {},
        "no hidden layer": {"hidden_layers": ()},
        "xor": {"dataset": "xor"},
        "spiral": {"dataset": "spiral"},
        "learning rate 0.03": {"learning_rate": 0.03},
        "csv": {},
    }[setup]
    return TrainingConfig(seed=seed).with_changes(**changes)


def write_csv(path) -> None:
    """A student's table: 300 rows, 3 measurements, a 70/30 yes/no target."""
    rng = np.random.default_rng(12345)
    X = rng.normal(size=(300, 3)) * [1.0, 5.0, 0.2] + [0.0, 50.0, 1.0]
    score = X[:, 0] + 0.2 * (X[:, 1] - 50) * X[:, 2] + rng.normal(0, 0.7, 300)
    y = np.where(score > np.quantile(score, 0.7), "yes", "no")
    lines = ["size,price,rate,bought"]
    lines += [f"{a:.4f},{b:.3f},{c:.4f},{t}" for (a, b, c), t in zip(X, y, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def forward(trainer: Trainer, X: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Our own forward pass (ReLU, then one logit): mean cross-entropy, accuracy.

    In chunks of 128 rows: a bigger product goes to OpenBLAS threads, which
    stall on a busy machine (see core/engine/evaluation.py).
    """
    layers = trainer.model.params
    z = np.concatenate([_logits(layers, X[i : i + 128]) for i in range(0, len(X), 128)])
    t = (np.asarray(y) > 0.5).astype(np.float64)
    loss = np.mean(np.maximum(z, 0) - t * z + np.log1p(np.exp(-np.abs(z))))
    return float(loss), float(np.mean((z > 0) == (t > 0.5)))


def _logits(layers, X: np.ndarray) -> np.ndarray:
    a = np.asarray(X, dtype=np.float64)
    for layer in layers[:-1]:
        a = np.maximum(a @ layer.W + layer.b, 0.0)
    return (a @ layers[-1].W + layers[-1].b).ravel()


def train(setup: str, seed: int, csv_dataset) -> Run:
    config = config_for(setup, seed)
    dataset = csv_dataset if setup == "csv" else None
    if dataset is not None:
        config = config.with_changes(dataset=dataset.name)
    assert config.activation == "relu"
    trainer = Trainer(config, dataset)
    loss, val_loss, val_accuracy = [], [], []
    while trainer.step_epoch() is not None:
        train_loss, _ = forward(trainer, trainer.X_train, trainer.y_train)
        v_loss, v_accuracy = forward(trainer, trainer.X_val, trainer.y_val)
        loss.append(train_loss)
        val_loss.append(v_loss)
        val_accuracy.append(v_accuracy)
    assert trainer.status is TrainerState.FINISHED
    share = float(np.mean(trainer.raw_split.y_val == 1))
    baseline = None
    if config.hidden_layers:
        split = (trainer.X_train, trainer.y_train, trainer.X_val, trainer.y_val)
        baseline = separability(*split)
    return Run(
        setup, seed, trainer.history, loss, val_loss, val_accuracy,
        max(share, 1 - share), trainer.chance, baseline,
        config.dataset == "athletes",
    )  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> list[Run]:
    """Each setup × seed trained once, shared by the tests below."""
    path = tmp_path_factory.mktemp("csv") / "shop.csv"
    write_csv(path)
    csv_dataset = load_csv(path, "bought").dataset
    return [train(setup, seed, csv_dataset) for setup in SETUPS for seed in SEEDS]


# -- checking one question ------------------------------------------------------------


def decimals(printed: str) -> int:
    if "e" in printed:
        mantissa, exponent = printed.split("e")
        return decimals(mantissa) - int(exponent)
    return len(printed.split(".")[1]) if "." in printed else 0


def prints(printed: str, value: float, scale: float = 1.0) -> bool:
    """Whether ``printed`` is ``value`` × ``scale`` rounded to its own decimals."""
    return (
        abs(float(printed) - value * scale) <= 0.5 * 10.0 ** -decimals(printed) + 1e-9
    )


def right(question: Question) -> str:
    return question.options[question.correct_index].text


def all_text(question: Question) -> str:
    parts = [question.text]
    for option in question.options:
        parts += [option.text, option.explanation]
    return " ".join(parts)


def gap_words(gap: float) -> str:
    if gap == 0:
        return "level with"
    size = f"{abs(gap):.6f}".rstrip("0").rstrip(".")
    return f"{size} {'point' if size == '1' else 'points'} " + (
        "above" if gap > 0 else "below"
    )


def check_explanations(question: Question, ours: str, reference: str) -> None:
    """Each explanation says yes or no as marked and quotes both numbers."""
    gap = round(float(ours) - float(reference), 6)
    where = f"{ours}% is {gap_words(gap)} {reference}%"
    for option in question.options[:3]:
        assert option.explanation.startswith("Yes: " if option.correct else "No: ")
        assert where in option.explanation, (where, option.explanation)


def check_loss_fell(q: Question, run: Run) -> None:
    a, first, b, last = re.search(
        rf"fell from {NUM} after epoch (\d+) to {NUM} after epoch (\d+)\. Why\?", q.text
    ).groups()
    assert (int(first), int(last)) == (1, len(run.loss))
    assert prints(a, run.loss[0])
    assert prints(b, run.loss[-1])
    assert float(b) < float(a)
    assert "adjusted its weights" in right(q)
    assert f"{a} → {b}" in q.options[q.correct_index].explanation


def check_chance(q: Question, run: Run) -> None:
    v, c = re.search(
        rf"reached {NUM}% validation accuracy\. Always giving the more common "
        rf"answer, without looking at the inputs, would score {NUM}%\.",
        q.text,
    ).groups()
    assert prints(v, run.val_accuracy[-1], 100)
    assert prints(c, run.chance, 100)
    verdict = chance_rule(round(float(v) - float(c), 6))
    assert CHANCE_RIGHT[verdict] in right(q)
    check_explanations(q, v, c)


def check_baseline(q: Question, run: Run) -> None:
    v, b = re.search(
        rf"reached {NUM}% validation accuracy\. In Compare depths, a network with "
        rf"no hidden layer .* scored {NUM}% on average on the same data\.",
        q.text,
    ).groups()
    assert prints(v, run.val_accuracy[-1], 100)
    assert prints(b, run.baseline, 100)
    verdict = baseline_rule(round(float(v) - float(b), 6))
    assert BASELINE_RIGHT[verdict] in right(q)
    check_explanations(q, v, b)


def check_overfitting(q: Question, run: Run) -> None:
    start, end, l1, l2, v1, v2 = re.search(
        rf"From epoch (\d+) to (\d+) of your run the training loss fell from {NUM} "
        rf"to {NUM}, but the validation loss rose from {NUM} \(its lowest\) to "
        rf"{NUM}\.",
        q.text,
    ).groups()
    a, c = int(start) - 1, int(end) - 1
    records = run.history.records
    assert c == next(i for i, r in enumerate(records) if "overfitting" in r.events)
    assert run.val_loss[a] == min(run.val_loss[: c + 1])
    # sustained, as the contract means it: 3 epochs ≥ 5% above the best before
    for k in (c - 2, c - 1, c):
        assert run.val_loss[k] >= 1.05 * min(run.val_loss[:k]) * (1 - 1e-9)
    assert prints(l1, run.loss[a])
    assert prints(l2, run.loss[c])
    assert prints(v1, run.val_loss[a])
    assert prints(v2, run.val_loss[c])
    assert float(l2) < float(l1)
    assert float(v2) > float(v1)
    assert "memorising" in right(q)


def check_loss_rose(q: Question, run: Run) -> None:
    records = run.history.records
    sustained = "lowest so far" in q.text
    if sustained:
        pattern = (
            rf"After epoch (\d+) of your run the training loss was at its lowest so "
            rf"far, {NUM}; after epoch (\d+) it was up at {NUM}, and it had stayed "
            "well above its best for more than one epoch"
        )
    else:
        pattern = (
            rf"After epoch (\d+) of your run the training loss was {NUM}; after "
            rf"epoch (\d+) it had gone up to {NUM}\."
        )
    before, a, now, b = re.search(pattern, q.text).groups()
    i, j = int(now) - 1, int(before) - 1
    event = "learning-rate-too-high" if sustained else "loss-bump"
    firsts = [k for k, r in enumerate(records) if event in r.events]
    assert i == firsts[0]
    if sustained:
        assert run.loss[j] == min(run.loss[:i])
        for k in (i - 1, i):  # more than one epoch, each > 5% above the best before
            assert run.loss[k] > 1.05 * min(run.loss[:k])
        assert "too large" in right(q)
    else:
        assert not any("learning-rate-too-high" in r.events for r in records)
        assert j == i - 1
        assert "overshoot" in right(q)
    assert prints(a, run.loss[j])
    assert prints(b, run.loss[i])
    assert float(b) > float(a)


def check_plateau(q: Question, run: Run) -> None:
    start, end, at, low, high, v = re.search(
        rf"From epoch (\d+) to (\d+) your training loss hardly moved \(it stayed "
        rf"(?:at {NUM}|between {NUM} and {NUM})\), and validation accuracy was only "
        rf"{NUM}%\.",
        q.text,
    ).groups()
    a, c = int(start) - 1, int(end) - 1
    records = run.history.records
    assert c == next(i for i, r in enumerate(records) if "plateau" in r.events)
    assert c - a == 3
    span = run.loss[a : c + 1]
    assert (max(span) - min(span)) / max(span) < 0.02
    assert prints(at or low, min(span))
    assert prints(at or high, max(span))
    assert prints(v, run.val_accuracy[c], 100)
    assert float(v) < 90
    assert "Change the set-up" in right(q)


CHECKS = {
    "run-loss-fell": check_loss_fell,
    "run-vs-chance": check_chance,
    "run-vs-baseline": check_baseline,
    "run-overfitting": check_overfitting,
    "run-loss-rose-epoch": check_loss_rose,
    "run-plateau": check_plateau,
}


def check_run(run: Run) -> list[str]:
    """Check the run's numbers and every question written from it."""
    records = run.history.records
    assert [r.val_accuracy for r in records] == pytest.approx(
        run.val_accuracy, abs=1e-12
    )
    assert [r.loss for r in records] == pytest.approx(run.loss, rel=1e-9)
    assert [r.val_loss for r in records] == pytest.approx(run.val_loss, rel=1e-9)
    assert run.trainer_chance == pytest.approx(run.chance, abs=1e-12)
    questions = run_questions(run.history, run.baseline, run.trainer_chance)
    ids = [q.id for q in questions]
    assert len(set(ids)) == len(ids)
    for question in questions:
        assert question.from_run
        assert sum(o.correct for o in question.options) == 1
        text = all_text(question)
        assert not re.search(r"\b(nan|inf)\b", text), text
        for a, b in re.findall(rf"from {NUM} .{{0,40}}?to {NUM}", text):
            assert a != b, text
        if not run.athletes:
            assert not [w for w in ATHLETES_WORDS if w in text.lower()], text
        CHECKS[question.id](question, run)
    return ids


def test_every_question_from_180_runs_is_right(runs):
    asked: dict[str, int] = dict.fromkeys(CHECKS, 0)
    verdicts = set()
    for run in runs:
        ids = check_run(run)
        for ident in ids:
            asked[ident] += 1
        assert "run-vs-chance" in ids  # chance is always known
        assert ("run-vs-baseline" in ids) == (run.baseline is not None)
        fell = run.loss[-1] < run.loss[0] and round(run.loss[-1], 4) != round(
            run.loss[0], 4
        )
        assert ("run-loss-fell" in ids) == fell
        by_id = {q.id: q for q in run_questions(run.history, run.baseline, run.chance)}
        verdicts.add(right(by_id["run-vs-chance"]))
    # the runs reach the event questions and more than one chance verdict
    assert asked["run-loss-rose-epoch"] > 0, asked
    assert asked["run-plateau"] > 0, asked
    assert len(verdicts) >= 2


# -- constructed histories: every branch ---------------------------------------------


def record(epoch, loss, val_loss=0.5, val_accuracy=0.8, events=()):
    return EpochRecord(
        loss=loss, accuracy=val_accuracy, val_loss=val_loss,
        val_accuracy=val_accuracy, epoch=epoch, events=tuple(events),
    )  # fmt: skip


def history(*records: EpochRecord) -> History:
    return History(batches_per_epoch=1, records=list(records))


def constructed(records, **kwargs) -> dict[str, Question]:
    run = history(*records)
    return {q.id: q for q in run_questions(run, **kwargs)}


@pytest.mark.parametrize(
    ("accuracy", "chance", "verdict", "gap"),
    [
        (0.975, 0.56, "beyond", "41.5 points above"),
        (0.605, 0.5, "beyond", "10.5 points above"),
        (0.60, 0.5, "above", "10 points above"),
        (0.555, 0.5, "above", "5.5 points above"),
        (0.55, 0.5, "close", "5 points above"),
        (0.5504, 0.5, "close", "5 points above"),  # 55.0% printed: judged as printed
        (0.50, 0.5, "close", "level with"),
        (0.45, 0.5, "close", "5 points below"),
        (0.445, 0.5, "below", "5.5 points below"),
        (0.30, 0.5, "below", "20 points below"),  # the XOR case
        (0.999, 0.9996, "close", "0.06 points below"),  # not "100%" for 99.96%
    ],
)
def test_chance_question_branches(accuracy, chance, verdict, gap):
    q = chance_question(accuracy, chance)
    assert CHANCE_RIGHT[verdict] in right(q)
    assert gap in q.options[q.correct_index].explanation
    assert q.options[q.correct_index].explanation.startswith("Yes: ")
    assert all(o.explanation.startswith("No: ") for o in q.options if not o.correct)
    assert "100%" not in q.text or chance == 1.0


@pytest.mark.parametrize(
    ("accuracy", "baseline", "verdict"),
    [
        (0.97, 0.62, "ahead"),
        (0.655, 0.62, "ahead"),
        (0.65, 0.62, "level"),
        (0.62, 0.62, "level"),
        (0.59, 0.62, "level"),
        (0.585, 0.62, "behind"),
    ],
)
def test_baseline_question_branches(accuracy, baseline, verdict):
    q = baseline_question(accuracy, baseline)
    assert BASELINE_RIGHT[verdict] in right(q)
    assert not q.options[3].correct  # "fewer training rows" is never right


def test_loss_question_prints_enough_decimals_to_differ_or_is_not_asked():
    q = loss_question(1, 0.1934, 20, 0.1876)
    assert "fell from 0.193 after epoch 1 to 0.188 after epoch 20" in q.text
    q = loss_question(1, 0.19342, 20, 0.19326)
    assert "fell from 0.1934 after epoch 1 to 0.1933 after epoch 20" in q.text
    assert loss_question(1, 0.193421, 20, 0.193419) is None  # same at 4 decimals
    assert loss_question(1, 0.5, 2, 0.9) is None  # rose: no "fell" question
    assert loss_question(1, 0.5, 2, math.nan) is None
    q = loss_question(1, 0.012, 9, 0.0098)
    assert "fell from 0.01 after epoch 1 to 0.0098 after epoch 9" in q.text


def test_overfitting_only_on_the_sustained_event():
    rising = [
        record(1, 0.60, 0.60), record(2, 0.40, 0.30), record(3, 0.30, 0.33),
        record(4, 0.25, 0.34), record(5, 0.20, 0.36),
    ]  # fmt: skip
    assert "run-overfitting" not in constructed(rising)  # noise: no event
    marked = [*rising[:4], record(5, 0.20, 0.36, events=["overfitting"])]
    q = constructed(marked)["run-overfitting"]
    assert "From epoch 2 to 5" in q.text
    assert "fell from 0.40 to 0.20" in q.text
    assert "rose from 0.30 (its lowest) to 0.36" in q.text
    assert "memorising" in right(q)
    # the event, but the training loss did not fall: the question would not be true
    flat = [*rising[:4], record(5, 0.45, 0.36, events=["overfitting"])]
    assert "run-overfitting" not in constructed(flat)


def test_loss_rose_on_a_bump_or_a_sustained_rise_only():
    quiet = [record(1, 0.60), record(2, 0.65), record(3, 0.40)]
    assert "run-loss-rose-epoch" not in constructed(quiet)
    bump = [record(1, 0.60), record(2, 0.65, events=["loss-bump"]), record(3, 0.40)]
    q = constructed(bump)["run-loss-rose-epoch"]
    assert "After epoch 1 of your run the training loss was 0.60" in q.text
    assert "after epoch 2 it had gone up to 0.65" in q.text
    assert "One bump is normal" in q.options[q.correct_index].explanation
    sustained = [
        record(1, 0.60), record(2, 0.30), record(3, 0.34, events=["loss-bump"]),
        record(4, 0.35, events=["learning-rate-too-high"]), record(5, 0.20),
    ]  # fmt: skip
    q = constructed(sustained)["run-loss-rose-epoch"]
    assert "lowest so far, 0.30; after epoch 4 it was up at 0.35" in q.text
    assert "too large" in right(q)


def test_plateau_only_with_a_flat_loss_and_low_accuracy():
    flat = [record(1, 0.70), record(2, 0.693), record(3, 0.692), record(4, 0.6915)]
    five = [*flat, record(5, 0.691, val_accuracy=0.46, events=["plateau"])]
    q = constructed(five)["run-plateau"]
    assert "From epoch 2 to 5" in q.text
    assert "stayed at 0.69" in q.text
    assert "only 46.0%" in q.text
    spread = [record(1, 0.8), record(2, 0.698), record(3, 0.69), record(4, 0.688)]
    wide = [*spread, record(5, 0.686, val_accuracy=0.46, events=["plateau"])]
    q = constructed(wide)["run-plateau"]
    assert "stayed between 0.69 and 0.70" in q.text
    high = [*flat, record(5, 0.691, val_accuracy=0.92, events=["plateau"])]
    assert "run-plateau" not in constructed(high)
    moved = [*flat[:4], record(5, 0.60, val_accuracy=0.46, events=["plateau"])]
    assert "run-plateau" not in constructed(moved)


def test_a_diverged_or_empty_history_quotes_no_unprintable_number():
    assert run_questions(History(batches_per_epoch=1)) == []
    broken = [record(1, 0.6), record(2, math.inf, math.inf, events=["diverged"])]
    by_id = constructed(broken, chance=0.5)
    assert "run-loss-fell" not in by_id
    assert not any(re.search(r"\b(nan|inf)\b", all_text(q)) for q in by_id.values())
