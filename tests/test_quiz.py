"""The quiz engine: the built-in bank, bank validation, run questions, sessions."""

import copy
import json
import random
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.datasets import DATASET_NAMES
from core.engine.training import EpochRecord, History
from core.files.quiz_bank_file import load_bank
from core.quiz.sitting import (
    DATASET_TAGS,
    FORMAT_VERSION,
    STAGES,
    QuestionBank,
    QuizBankError,
    QuizSession,
    bank_from_data,
    draw_questions,
    load_builtin_bank,
    parse_bank,
    run_questions,
)
from tests.conftest import ROOT

SEED_QUESTION = "Why does the loss decrease over epochs during training?"
ATHLETES_WORDS = (
    "athlete", "people", "person", "bmi", "1000 rows", "20 features",
    "20 measurements", "height", "vo2", "vertical jump", "heart rate",
    "blood pressure", " cm", "push-up",
)  # fmt: skip
SEED_OPTIONS = [
    "Because the data size increases",
    "Because the input features are removed",
    "Because the model learns to better fit the data patterns",
    "Because the output layer is removed",
]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_builtin_bank()


@pytest.fixture(scope="module")
def history() -> History:
    trainer = Trainer(TrainingConfig(epochs=3))
    trainer.run()
    return trainer.history


def small_bank() -> dict:
    """A valid two-question bank that each malformed case changes one thing in."""

    def option(text, correct):
        return {"text": text, "correct": correct, "explanation": f"Because {text}."}

    return {
        "version": 1,
        "title": "Test bank",
        "questions": [
            {
                "id": f"q{n}",
                "stage": stage,
                "text": f"Question {n}?",
                "options": [option("yes", True), option("no", False)],
            }
            for n, stage in ((1, "data"), (2, "depth"))
        ],
    }


# -- the built-in bank -------------------------------------------------------------


def test_builtin_bank_has_the_seed_question_verbatim(bank):
    seed = next(q for q in bank.questions if q.text == SEED_QUESTION)
    assert [o.text for o in seed.options] == SEED_OPTIONS
    assert seed.correct_index == 2  # C
    assert seed.stage == "training"


def test_builtin_bank_covers_every_stage_with_explained_options(bank):
    assert bank.version == FORMAT_VERSION
    assert len(bank.questions) >= 15
    per_stage = Counter(q.stage for q in bank.questions)
    assert all(per_stage[stage] >= 2 for stage in STAGES), per_stage
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    for question in bank.questions:
        assert sum(o.correct for o in question.options) == 1
        assert all(len(o.explanation) > 20 for o in question.options), question.id


def test_seed_question_is_scored_right_whatever_the_shuffle(bank):
    seed = next(q for q in bank.questions if q.text == SEED_QUESTION)
    for seed_value in range(5):
        session = QuizSession([seed], random.Random(seed_value), count=None)
        shown = session.current
        slot = [o.text for o in shown.options].index(SEED_OPTIONS[2])
        feedback = session.answer(slot)
        assert feedback.correct
        assert "nudges every weight" in feedback.chosen.explanation
        session.next()
        assert (session.score, session.total, session.finished) == (1, 1, True)


def test_core_quiz_imports_no_qt():
    code = (
        "import sys, core.quiz.sitting\n"
        "core.quiz.sitting.load_builtin_bank()\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- malformed banks ------------------------------------------------------------------


def problems_of(data) -> QuizBankError:
    with pytest.raises(QuizBankError) as caught:
        bank_from_data(data, "lesson.json")
    return caught.value


def set_in(path, value):
    """A change that puts ``value`` at ``path`` (keys and list indices)."""

    def change(data):
        target = data
        for step in path[:-1]:
            target = target[step]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


DELETE = object()
Q2 = ("questions", 1)


@pytest.mark.parametrize(
    ("change", "question", "key", "words"),
    [
        (set_in(("version",), DELETE), None, "version", "is missing"),
        (set_in(("version",), "1"), None, "version", "whole number, not text"),
        (set_in(("version",), True), None, "version", "not true"),
        (set_in(("version",), 0), None, "version", "1 or more"),
        (set_in(("version",), 2), None, "version", "format version 2"),
        (set_in(("questions",), {}), None, "questions", "must be a list"),
        (set_in(("questions",), []), None, "questions", "list is empty"),
        (set_in(("title",), 3), None, "title", "must be text in quotes"),
        (set_in(("tittle",), "x"), None, "tittle", 'did you mean "title"'),
        (set_in((*Q2, "text"), DELETE), 2, "text", "is missing"),
        (set_in((*Q2, "text"), "   "), 2, "text", "is empty"),
        (set_in((*Q2, "id"), 7), 2, "id", "must be text in quotes, not a number"),
        (set_in((*Q2, "id"), "q1"), 2, "id", "already used by question 1"),
        (set_in((*Q2, "stage"), "hidden"), 2, "stage", '"hidden" is not a stage'),
        (set_in((*Q2, "stage"), "outputs"), 2, "stage", 'did you mean "output"'),
        (set_in((*Q2, "options"), "yes"), 2, "options", "must be a list"),
        (set_in((*Q2, "options", 1), DELETE), 2, "options", "found 1"),
        (set_in((*Q2, "shuffle"), "no"), 2, "shuffle", "true or false"),
        (set_in((*Q2, "answer"), "A"), 2, "answer", "not a known key"),
        (set_in((*Q2, "always"), "yes"), 2, "always", "true or false"),
        (set_in((*Q2, "datasets"), "xor"), 2, "datasets", "must be a list"),
        (set_in((*Q2, "datasets"), []), 2, "datasets", "the list is empty"),
        (set_in((*Q2, "datasets"), [3]), 2, "datasets", "must be text, not a number"),
        (set_in((*Q2, "datasets"), ["athlete"]), 2, "datasets", 'mean "athletes"'),
        (set_in((*Q2, "datasets"), ["xor", "xor"]), 2, "datasets", "named twice"),
        (set_in((*Q2, "dataset"), ["xor"]), 2, "dataset", 'mean "datasets"'),
        (set_in((*Q2, "options", 1, "correct"), True), 2, "correct", "A and B"),
        (set_in((*Q2, "options", 0, "correct"), False), 2, "correct", "none is"),
        (
            set_in((*Q2, "options", 1, "correct"), "yes"),
            2,
            "options → B → correct",
            'true or false, not text ("yes")',
        ),
        (
            set_in((*Q2, "options", 0, "explanation"), DELETE),
            2,
            "options → A → explanation",
            "is missing",
        ),
        (set_in((*Q2, "options", 0), "yes"), 2, "options → A", "JSON object"),
        (set_in(Q2, ["a list"]), 2, None, "must be a JSON object"),
    ],
)
def test_each_malformed_bank_is_rejected_naming_the_problem(
    change, question, key, words
):
    data = small_bank()
    change(data)
    error = problems_of(data)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert (problem.question, problem.key) == (question, key)
    assert words in problem.message
    message = str(error)
    assert '"lesson.json" cannot be used' in message
    assert words in message
    if question is not None:
        assert f"question {question}" in message
    if key:
        assert f'key "{key}"' in message


def test_too_many_options_are_rejected():
    data = small_bank()
    options = data["questions"][0]["options"]
    options += copy.deepcopy(options[1:]) * 3
    error = problems_of(data)
    assert "2 to 4 options, found 5" in str(error)


def test_every_bad_question_is_reported_at_once():
    data = small_bank()
    data["questions"][0]["stage"] = "nope"
    data["questions"][1]["options"][0]["correct"] = False
    error = problems_of(data)
    assert [p.question for p in error.problems] == [1, 2]
    assert 'question 1 (id "q1")' in str(error)
    assert 'question 2 (id "q2")' in str(error)


def test_a_future_version_is_reported_before_anything_else():
    data = small_bank() | {"version": 3, "new_feature": True}
    error = problems_of(data)
    assert "version 3" in str(error)
    assert "new_feature" not in str(error)


def test_invalid_json_names_line_and_column():
    text = '{\n  "version": 1,\n  "questions": [\n    {"id": "a" "stage": "data"}\n]}'
    with pytest.raises(QuizBankError) as caught:
        parse_bank(text, "broken.json")
    message = str(caught.value)
    assert "not valid JSON" in message
    assert "line 4, column 16" in message
    assert "missing comma" in message


def test_top_level_must_be_an_object_of_sane_depth():
    with pytest.raises(QuizBankError, match="one JSON object"):
        parse_bank("[1, 2]")
    with pytest.raises(QuizBankError, match="nested far too deeply"):
        parse_bank("[" * 100_000 + "]" * 100_000)


def test_files_comments_bom_and_unreadable_files(tmp_path):
    good = small_bank() | {"_note": "ignored"}
    good["questions"][0]["_comment"] = "also ignored"
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(good), encoding="utf-8-sig")
    assert [q.id for q in load_bank(path).questions] == ["q1", "q2"]
    with pytest.raises(QuizBankError, match="could not be read") as caught:
        load_bank(tmp_path / "missing.json")
    assert caught.value.source == "missing.json"
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(QuizBankError, match="UTF-8"):
        load_bank(latin)


# -- questions written from the run ---------------------------------------------------


def test_loss_question_uses_the_runs_real_numbers(history):
    first, last = history.records[0], history.records[-1]
    assert last.loss < first.loss
    questions = {q.id: q for q in run_questions(history)}
    loss = questions["run-loss-fell"]
    assert f"from {first.loss:.2f} after epoch 1" in loss.text
    assert f"to {last.loss:.2f} after epoch 3" in loss.text
    assert loss.from_run
    right = loss.options[loss.correct_index]
    assert "adjusted its weights" in right.text
    assert f"{first.loss:.2f} → {last.loss:.2f}" in right.explanation


def test_baseline_and_chance_questions_quote_the_accuracies(history):
    val = history.records[-1].val_accuracy
    shown = f"{100 * val:.1f}%"
    by_id = {q.id: q for q in run_questions(history, baseline_accuracy=0.62)}
    baseline = by_id["run-vs-baseline"]
    assert f"reached {shown} validation accuracy" in baseline.text
    assert "scored 62.0% on average on the same data" in baseline.text
    assert "combinations" in baseline.options[baseline.correct_index].text
    even = {q.id: q for q in run_questions(history, baseline_accuracy=val)}
    same = even["run-vs-baseline"]
    assert "have not paid off" in same.options[same.correct_index].text
    chance = {q.id: q for q in run_questions(history, chance=0.56)}["run-vs-chance"]
    assert "would score 56.0%" in chance.text
    assert "well beyond guessing" in chance.options[chance.correct_index].text


def record(epoch, loss, val_loss, val_accuracy=0.8, events=()):
    return EpochRecord(
        loss=loss,
        accuracy=val_accuracy,
        val_loss=val_loss,
        val_accuracy=val_accuracy,
        epoch=epoch,
        events=tuple(events),
    )


def test_events_in_the_run_become_questions():
    run = History(batches_per_epoch=1)
    run.records = [
        record(1, 0.60, 0.60),
        record(2, 0.65, 0.61, events=["loss-bump"]),
        record(3, 0.40, 0.30),
        record(4, 0.30, 0.33),
        record(5, 0.20, 0.36),
        record(6, 0.20, 0.36, events=["overfitting"]),
        record(7, 0.20, 0.36),
        record(8, 0.1995, 0.36, 0.7, events=["plateau"]),
    ]
    by_id = {q.id: q for q in run_questions(run)}
    assert set(by_id) == {
        "run-loss-fell", "run-overfitting", "run-loss-rose-epoch", "run-plateau"
    }  # fmt: skip
    assert "From epoch 3 to 6" in by_id["run-overfitting"].text
    assert "after epoch 2 it had gone up to 0.65" in by_id["run-loss-rose-epoch"].text
    assert "From epoch 5 to 8" in by_id["run-plateau"].text
    assert all(q.from_run for q in by_id.values())


def test_a_run_too_short_or_rising_gives_no_loss_question():
    assert run_questions(History(batches_per_epoch=1)) == []
    one = History(batches_per_epoch=1, records=[record(1, 0.6, 0.6)])
    assert run_questions(one) == []
    rising = History(batches_per_epoch=1)
    rising.records = [record(1, 0.5, 0.5), record(2, 0.9, 0.9)]
    assert run_questions(rising) == []  # no event reported: nothing to ask about


# -- data sets and the question always asked -------------------------------------------


def test_datasets_and_always_are_read_from_the_bank():
    data = small_bank()
    data["questions"][0]["datasets"] = ["athletes", "csv"]
    data["questions"][1]["always"] = True
    bank = bank_from_data(data)
    first, second = bank.questions
    assert (first.datasets, first.always) == (("athletes", "csv"), False)
    assert (second.datasets, second.always) == ((), True)
    assert [q.id for q in bank.for_dataset("athletes").questions] == ["q1", "q2"]
    assert [q.id for q in bank.for_dataset("file:shop").questions] == ["q1", "q2"]
    assert [q.id for q in bank.for_dataset("xor").questions] == ["q2"]
    assert bank.for_dataset(None).questions == bank.questions
    data["questions"][1]["datasets"] = ["spiral"]
    assert bank_from_data(data).for_dataset("xor").questions == ()


def test_format_md_documents_every_data_set_name(bank):
    text = (ROOT / "resources" / "quiz" / "FORMAT.md").read_text(encoding="utf-8")
    assert set(DATASET_TAGS) == {*DATASET_NAMES, "csv"}
    for name in DATASET_TAGS:
        assert f'`"{name}"`' in text
    assert "| `always`" in text
    assert "| `datasets`" in text


@pytest.mark.parametrize("dataset", [*(n for n in DATASET_NAMES if n != "athletes"),
                                     "file:shop"])  # fmt: skip
def test_no_athletes_words_reach_other_data(bank, dataset):
    chosen = bank.for_dataset(dataset).questions
    assert {q.stage for q in chosen} == set(STAGES)  # every stage still asked
    for question in chosen:
        words = [question.text]
        words += [f"{o.text} {o.explanation}" for o in question.options]
        found = [w for w in ATHLETES_WORDS if w in " ".join(words).lower()]
        assert not found, (question.id, found)
    tagged = {q.id for q in bank.questions if q.datasets == ("athletes",)}
    assert tagged
    assert tagged.isdisjoint(q.id for q in chosen)
    assert len(bank.for_dataset("athletes").questions) == len(bank.questions)


@pytest.mark.parametrize("make_rng", [random.Random, np.random.default_rng])
def test_the_seed_question_is_in_every_default_quiz(bank, history, make_rng):
    (seed,) = [q for q in bank.questions if q.always]
    assert seed.text == SEED_QUESTION
    live = run_questions(history, chance=0.56)
    for value in range(100):
        rng = make_rng(value)
        for with_run in ((), live):
            session = QuizSession(bank.questions, rng, live=with_run)
            assert session.total == 3
            assert seed.id in {s.question.id for s in session.shown}
            session.retake(3)
            assert seed.id in {s.question.id for s in session.shown}
    only = draw_questions(bank.questions, random.Random(0), 1, live)
    assert [q.id for q in only] == [seed.id]


# -- a sitting ----------------------------------------------------------------------


@pytest.mark.parametrize("make_rng", [random.Random, np.random.default_rng])
def test_draws_are_reproducible_from_the_seed(bank, make_rng):
    def ids(seed):
        session = QuizSession(bank.questions, make_rng(seed))
        return [(s.question.id, s.order) for s in session.shown]

    assert ids(3) == ids(3)
    assert len({tuple(ids(seed)) for seed in range(6)}) > 1


def test_a_draw_needs_at_least_one_question(bank):
    with pytest.raises(ValueError, match="at least one"):
        draw_questions(bank.questions, random.Random(0), 0)


def test_three_questions_come_from_three_stages_and_include_the_run(bank, history):
    live = run_questions(history, chance=0.56)  # "training" and "data" questions
    for seed in range(10):
        drawn = draw_questions(bank.questions, random.Random(seed), 3, live)
        assert len(drawn) == 3
        assert len({q.stage for q in drawn}) == 3
        assert sum(q.from_run for q in drawn) == 1
        assert SEED_QUESTION in {q.text for q in drawn}


def test_options_are_shuffled_but_the_right_one_is_tracked(bank):
    session = QuizSession(bank.questions, random.Random(0), count=None)
    orders = {s.order for s in session.shown}
    assert len(orders) > 1
    fixed = next(s for s in session.shown if s.question.id == "scale-a-height")
    assert fixed.order == (0, 1, 2, 3)  # "shuffle": false keeps 0.5 … 25 in order
    for shown in session.shown:
        assert shown.options[shown.correct_choice].correct


def test_answer_score_next_and_results(bank):
    session = QuizSession(bank.questions, random.Random(1), count=3)
    assert (session.total, session.score, session.answered) == (3, 0, False)
    with pytest.raises(ValueError, match="Answer the question"):
        session.next()
    right = session.current.correct_choice
    wrong = (right + 1) % len(session.current.options)
    first = session.answer(wrong)
    again = session.answer(right)  # only the first answer counts
    assert not first.correct
    assert again == first
    session.next()
    session.answer(session.current.correct_choice)
    session.next()
    session.answer(session.current.correct_choice)
    session.next()
    assert session.finished
    assert session.current is None
    assert session.score == 2
    results = session.results()
    assert [r.correct for r in results] == [False, True, True]
    assert results[0].answer != results[0].right_answer
    with pytest.raises(ValueError, match="finished"):
        session.answer(0)


def test_retake_draws_fresh_questions_or_all(bank, history):
    live = run_questions(history)
    session = QuizSession(bank.questions, random.Random(2), count=3, live=live)
    drawn = {s.question.id: s.question for s in session.shown}
    before = {i for i, q in drawn.items() if not (q.from_run or q.always)}
    session.answer(0)
    session.retake(3)
    drawn = {s.question.id: s.question for s in session.shown}
    after = {i for i, q in drawn.items() if not (q.from_run or q.always)}
    assert session.position == 0
    assert session.results() == ()
    assert session.total == 3
    assert not before & after
    session.retake(None)
    assert session.total == session.available == len(bank.questions) + len(live)
    assert len({s.question.id for s in session.shown}) == session.total
