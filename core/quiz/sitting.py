"""The end-of-lesson quiz: one sitting, and the entry point to the whole quiz.

``QuizSession`` holds all the state of one sitting (which questions were
drawn, in which option order, what was answered, the score), so the dialog is
only a view. The bank format lives in ``core.quiz.bank`` and the questions
written from a run in ``core.quiz.run_questions``; their public names are
re-exported here so ``from core.quiz.sitting import ...`` keeps working for callers
that need the whole quiz.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.quiz.bank import (
    DATASET_TAGS,
    FORMAT_VERSION,
    LETTERS,
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_KEYS,
    OWN_DATA,
    QUESTION_KEYS,
    STAGES,
    TOP_KEYS,
    BankProblem,
    Option,
    Question,
    QuestionBank,
    QuizBankError,
    bank_from_data,
    dataset_tag,
    load_builtin_bank,
    parse_bank,
)
from core.quiz.run_questions import (
    baseline_question,
    chance_question,
    loss_question,
    loss_rose_question,
    overfitting_question,
    plateau_question,
    run_questions,
)

__all__ = [
    "DATASET_TAGS",
    "DEFAULT_COUNT",
    "FORMAT_VERSION",
    "LETTERS",
    "MAX_OPTIONS",
    "MIN_OPTIONS",
    "OPTION_KEYS",
    "OWN_DATA",
    "QUESTION_KEYS",
    "STAGES",
    "TOP_KEYS",
    "BankProblem",
    "Feedback",
    "Option",
    "Question",
    "QuestionBank",
    "QuizBankError",
    "QuizSession",
    "Result",
    "Rng",
    "Shown",
    "bank_from_data",
    "baseline_question",
    "chance_question",
    "dataset_tag",
    "draw_questions",
    "load_builtin_bank",
    "loss_question",
    "loss_rose_question",
    "overfitting_question",
    "parse_bank",
    "plateau_question",
    "run_questions",
]

DEFAULT_COUNT = 3
Rng = random.Random | np.random.Generator


@dataclass(frozen=True)
class Shown:
    """A question as the student sees it: ``order`` maps display slot → option."""

    question: Question
    order: tuple[int, ...]

    @property
    def options(self) -> tuple[Option, ...]:
        return tuple(self.question.options[i] for i in self.order)

    @property
    def correct_choice(self) -> int:
        return self.order.index(self.question.correct_index)


@dataclass(frozen=True)
class Feedback:
    """What to tell the student after an answer (slots are display positions)."""

    correct: bool
    choice: int
    correct_choice: int
    chosen: Option
    right: Option


@dataclass(frozen=True)
class Result:
    """One answered question, in a form that is easy to save."""

    question_id: str
    stage: str
    question: str
    answer: str
    right_answer: str
    correct: bool
    from_run: bool


def draw_questions(
    questions: Sequence[Question],
    rng: Rng,
    count: int | None = DEFAULT_COUNT,
    live: Sequence[Question] = (),
    avoid: frozenset[str] = frozenset(),
) -> list[Question]:
    """Pick ``count`` questions (None: all), in a random order.

    The bank's ``always`` questions are in every draw (the seed lesson's own
    question is the point of the lesson). Then one question about the
    student's run is included when there is one; it and the others are spread
    over as many pipeline stages as possible and avoid the ids in ``avoid``
    (the last sitting) while enough other questions remain.
    """
    if count is not None and count < 1:
        raise ValueError(f"Draw at least one question, not {count}.")
    if count is None or count >= len(questions) + len(live):
        return _shuffled(rng, [*live, *questions])
    chosen = [q for q in questions if q.always][:count]
    if live and len(chosen) < count:
        fresh_live = [q for q in live if q.id not in avoid] or list(live)
        chosen += _spread(rng, fresh_live, chosen, 1)
    rest = [q for q in questions if not q.always]
    fresh = [q for q in rest if q.id not in avoid]
    pool = fresh if len(fresh) >= count - len(chosen) else rest
    chosen += _spread(rng, pool, chosen, count - len(chosen))
    return _shuffled(rng, chosen)


def _spread(
    rng: Rng, pool: Sequence[Question], chosen: Sequence[Question], n: int
) -> list[Question]:
    """``n`` questions of ``pool`` at random, on stages ``chosen`` lacks first."""
    seen = Counter(q.stage for q in chosen)
    ranked = []
    for question in _shuffled(rng, list(pool)):
        ranked.append((seen[question.stage], question))
        seen[question.stage] += 1
    ranked.sort(key=lambda pair: pair[0])  # stable: one per stage first
    return [question for _, question in ranked[:n]]


class QuizSession:
    """Draws questions, shuffles options, takes answers and keeps the score.

    ``rng`` (a ``random.Random`` or a NumPy ``Generator``) is kept, so each
    retake is a fresh draw that tests can still reproduce from a seed.
    """

    def __init__(
        self,
        questions: Sequence[Question],
        rng: Rng,
        count: int | None = DEFAULT_COUNT,
        live: Sequence[Question] = (),
    ) -> None:
        self._questions = tuple(questions)
        self._live = tuple(live)
        self._rng = rng
        self.shown: list[Shown] = []
        self.retake(count)

    def retake(self, count: int | None = DEFAULT_COUNT) -> None:
        """Start again with a new draw of ``count`` questions (None: all of them)."""
        avoid = frozenset(s.question.id for s in self.shown)
        drawn = draw_questions(self._questions, self._rng, count, self._live, avoid)
        self.shown = [Shown(q, self._option_order(q)) for q in drawn]
        self.choices: list[int | None] = [None] * len(self.shown)
        self.position = 0

    @property
    def total(self) -> int:
        return len(self.shown)

    @property
    def live(self) -> tuple[Question, ...]:
        """The questions written from the student's run that draws pick from."""
        return self._live

    @property
    def available(self) -> int:
        """How many questions a retake of "all" would ask."""
        return len(self._questions) + len(self._live)

    @property
    def score(self) -> int:
        """Right answers so far; only the first answer to a question counts."""
        return sum(
            choice == shown.correct_choice
            for shown, choice in zip(self.shown, self.choices, strict=True)
        )

    @property
    def finished(self) -> bool:
        return self.position >= self.total

    @property
    def current(self) -> Shown | None:
        return None if self.finished else self.shown[self.position]

    @property
    def answered(self) -> bool:
        return not self.finished and self.choices[self.position] is not None

    def answer(self, choice: int) -> Feedback:
        """Answer the current question; only the first answer counts."""
        shown = self.current
        if shown is None:
            raise ValueError("The quiz is finished; there is no question to answer.")
        if not 0 <= choice < len(shown.order):
            raise ValueError(f"Choice {choice} is not one of the options.")
        first = self.choices[self.position]
        if first is None:
            first = self.choices[self.position] = choice
        right = shown.correct_choice
        return Feedback(
            first == right, first, right, shown.options[first], shown.options[right]
        )

    def next(self) -> None:
        """Go on to the next question once this one has been answered."""
        if not self.answered:
            raise ValueError("Answer the question before going on.")
        self.position += 1

    def results(self) -> tuple[Result, ...]:
        """The answered questions so far, in the order they were asked."""
        return tuple(
            Result(
                question_id=shown.question.id,
                stage=shown.question.stage,
                question=shown.question.text,
                answer=shown.options[choice].text,
                right_answer=shown.options[shown.correct_choice].text,
                correct=choice == shown.correct_choice,
                from_run=shown.question.from_run,
            )
            for shown, choice in zip(self.shown, self.choices, strict=True)
            if choice is not None
        )

    def _option_order(self, question: Question) -> tuple[int, ...]:
        order = list(range(len(question.options)))
        return tuple(_shuffled(self._rng, order) if question.shuffle else order)


def _shuffled(rng: Rng, items: list[Any]) -> list[Any]:
    """A shuffled copy, from either kind of seeded generator."""
    if isinstance(rng, np.random.Generator):
        return [items[i] for i in rng.permutation(len(items))]
    copy = list(items)
    rng.shuffle(copy)
    return copy
