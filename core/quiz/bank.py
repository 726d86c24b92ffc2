"""The quiz's question bank: its types, and reading and validating the JSON file.

The bank is a JSON file (its format is documented in
``resources/quiz/FORMAT.md``) so a teacher can change the questions without
touching code. Because a teacher edits it by hand, every problem in it is
reported as a ``QuizBankError`` that names the question and the key, never as
a traceback. The question types live here too, because the bank is where
questions come from; run questions and sessions only reuse them. A teacher's
own bank file is read by ``core.files.quiz_bank_file``, with the other safe
reads of user files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from core.data.datasets import DATASET_NAMES
from core.data.localized import localized_path
from core.validation import (
    ValidationError,
    describe,
    did_you_mean,
    no_unknown_keys,
    quoted,
    require,
)

FORMAT_VERSION = 1
STAGES: dict[str, str] = {
    "data": "Data",
    "normalization": "Normalization",
    "hidden_layers": "Hidden layers",
    "output": "Output and sigmoid",
    "training": "Loss and training",
    "depth": "Depth",
}
MIN_OPTIONS, MAX_OPTIONS = 2, 4
LETTERS = "ABCD"
TOP_KEYS = ("version", "title", "questions")
QUESTION_KEYS = ("id", "stage", "text", "options", "shuffle", "always", "datasets")
OWN_DATA = "csv"  # the "datasets" tag for any table a student loads from a file
DATASET_TAGS = (*DATASET_NAMES, OWN_DATA)
OPTION_KEYS = ("text", "correct", "explanation")


@dataclass(frozen=True)
class Option:
    """One answer; its explanation says why it is right or wrong, for feedback."""

    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    """One multiple-choice question; ``from_run`` marks one written from a run.

    ``always`` puts it in every draw (the seed lesson's own question); a
    non-empty ``datasets`` limits it to those data sets, so a question about
    the athletes never reaches a class working on its own table.
    """

    id: str
    stage: str
    text: str
    options: tuple[Option, ...]
    shuffle: bool = True
    from_run: bool = False
    always: bool = False
    datasets: tuple[str, ...] = ()

    @property
    def correct_index(self) -> int:
        return next(i for i, option in enumerate(self.options) if option.correct)

    def suits(self, dataset: str | None) -> bool:
        """Whether it may be asked about ``dataset`` (None: data not known, any)."""
        tag = dataset_tag(dataset)
        return tag is None or not self.datasets or tag in self.datasets


@dataclass(frozen=True)
class QuestionBank:
    """A validated bank: every question in it can be asked as it stands."""

    questions: tuple[Question, ...]
    title: str = "Quiz"
    version: int = FORMAT_VERSION

    def only(self, ids: tuple[str, ...] | None) -> QuestionBank:
        """The questions named in ``ids``, in that order (all when None or none match).

        A classroom profile uses it to pick which questions its class is asked.
        """
        if ids is None:
            return self
        by_id = {q.id: q for q in self.questions}
        chosen = tuple(by_id[i] for i in ids if i in by_id)
        return QuestionBank(chosen or self.questions, self.title, self.version)

    def for_dataset(self, dataset: str | None) -> QuestionBank:
        """The questions that may be asked about ``dataset`` (see ``Question.suits``).

        ``None`` (the data is not known, say a teacher trying a bank) keeps
        them all. It may leave none: asking about other data would be worse
        than asking nothing, so there is no fallback to the whole bank.
        """
        chosen = tuple(q for q in self.questions if q.suits(dataset))
        return QuestionBank(chosen, self.title, self.version)


def dataset_tag(dataset: str | None) -> str | None:
    """The bank's name for a run's data: a built-in name, or "csv" for a file."""
    if dataset is not None and dataset.startswith("file:"):
        return OWN_DATA
    return dataset


@dataclass(frozen=True)
class BankProblem:
    """One thing wrong with a bank: where (question number, key) and what."""

    message: str
    question: int | None = None
    question_id: str | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = []
        if self.question is not None:
            ident = f' (id "{self.question_id}")' if self.question_id else ""
            where.append(f"question {self.question}{ident}")
        if self.key:
            where.append(f'key "{self.key}"')
        return f"{', '.join(where)}: {self.message}" if where else self.message


class QuizBankError(ValueError):
    """A question bank that cannot be used; ``problems`` lists all that were found."""

    def __init__(self, problems: Sequence[BankProblem], source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        name = f' "{source}"' if source else ""
        lines = "\n".join(f"• {p}" for p in self.problems)
        super().__init__(f"The question bank{name} cannot be used:\n{lines}")


class _Bad(Exception):
    """Carries a key and message up to the question it belongs to."""

    def __init__(self, key: str | None, message: str) -> None:
        self.key, self.message = key, message


# -- reading a bank ----------------------------------------------------------


def load_builtin_bank(language: str = "en") -> QuestionBank:
    """The questions that ship with LayerLab, in ``language`` when translated.

    Read through importlib.resources; ``questions.<language>.json`` has the
    same ids as the English file, so a profile's question choice still holds.
    """
    path = localized_path("quiz", "questions", language)
    return parse_bank(path.read_text(encoding="utf-8"), path.name)


def parse_bank(text: str, source: str = "") -> QuestionBank:
    """Parse and validate the JSON text of a bank."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        message = (
            f"this is not valid JSON: {err.msg} at line {err.lineno}, column "
            f"{err.colno}. Look for a missing comma, quote or bracket there "
            "or just before it."
        )
        raise QuizBankError([BankProblem(message)], source) from None
    except RecursionError:
        message = "the lists and objects are nested far too deeply to be a bank."
        raise QuizBankError([BankProblem(message)], source) from None
    return bank_from_data(data, source)


def bank_from_data(data: Any, source: str = "") -> QuestionBank:
    """Validate already-decoded JSON; every bad question is reported, not only one."""
    try:
        version, title, raw_questions = _top_level(data)
    except _Bad as bad:
        raise QuizBankError([BankProblem(bad.message, key=bad.key)], source) from None
    problems: list[BankProblem] = []
    questions: list[Question] = []
    first_use: dict[str, int] = {}
    for number, raw in enumerate(raw_questions, start=1):
        ident = raw.get("id") if isinstance(raw, dict) else None
        ident = ident if isinstance(ident, str) else None
        try:
            question = _question(raw)
        except _Bad as bad:
            problems.append(BankProblem(bad.message, number, ident, bad.key))
            continue
        if question.id in first_use:
            message = f"this id is already used by question {first_use[question.id]}."
            problems.append(BankProblem(message, number, ident, "id"))
        first_use.setdefault(question.id, number)
        questions.append(question)
    if problems:
        raise QuizBankError(problems, source)
    return QuestionBank(tuple(questions), title, version)


def _top_level(data: Any) -> tuple[int, str, list[Any]]:
    if not isinstance(data, dict):
        raise _Bad(
            None, f"the file must hold one JSON object {{...}}, not {describe(data)}."
        )
    version = _get(data, "version", int)
    if version < 1:
        raise _Bad("version", f"must be 1 or more, not {version}.")
    if version > FORMAT_VERSION:
        raise _Bad(
            "version",
            f"this bank uses format version {version}, but this LayerLab reads "
            f"version {FORMAT_VERSION}. Update LayerLab or rewrite the bank in "
            f"version {FORMAT_VERSION} (see FORMAT.md).",
        )
    _no_unknown_keys(data, TOP_KEYS)
    title = _get(data, "title", str) if "title" in data else "Quiz"
    questions = _get(data, "questions", list)
    if not questions:
        raise _Bad("questions", "the list is empty; add at least one question.")
    return version, title, questions


def _question(raw: Any) -> Question:
    if not isinstance(raw, dict):
        raise _Bad(
            None, f"each question must be a JSON object {{...}}, not {describe(raw)}."
        )
    _no_unknown_keys(raw, QUESTION_KEYS)
    ident = _get(raw, "id", str)
    stage = _get(raw, "stage", str)
    if stage not in STAGES:
        hint = did_you_mean(stage, STAGES)
        raise _Bad(
            "stage", f'"{stage}" is not a stage{hint}. Use one of: {quoted(STAGES)}.'
        )
    text = _get(raw, "text", str)
    raw_options = _get(raw, "options", list)
    if not MIN_OPTIONS <= len(raw_options) <= MAX_OPTIONS:
        raise _Bad(
            "options",
            f"a question needs {MIN_OPTIONS} to {MAX_OPTIONS} options, "
            f"found {len(raw_options)}.",
        )
    options = tuple(_option(o, LETTERS[i]) for i, o in enumerate(raw_options))
    right = [LETTERS[i] for i, option in enumerate(options) if option.correct]
    if len(right) != 1:
        found = f"options {' and '.join(right)} are" if right else "none is"
        raise _Bad("correct", f"exactly one option must be correct, but {found}.")
    shuffle = _get(raw, "shuffle", bool) if "shuffle" in raw else True
    always = _get(raw, "always", bool) if "always" in raw else False
    datasets = _datasets(raw) if "datasets" in raw else ()
    return Question(
        ident.strip(), stage, text.strip(), options, shuffle, False, always, datasets
    )


def _datasets(raw: dict[str, Any]) -> tuple[str, ...]:
    """A non-empty list of known data set names, each once."""
    names = _get(raw, "datasets", list)
    if not names:
        raise _Bad(
            "datasets", "the list is empty; leave the key out to ask it on any data."
        )
    for name in names:
        if not isinstance(name, str):
            raise _Bad("datasets", f"each entry must be text, not {describe(name)}.")
        if name not in DATASET_TAGS:
            hint = did_you_mean(name, DATASET_TAGS)
            known = quoted(DATASET_TAGS)
            raise _Bad(
                "datasets", f'"{name}" is not a data set{hint}. Use any of: {known}.'
            )
    if len(set(names)) != len(names):
        raise _Bad("datasets", "a data set is named twice.")
    return tuple(names)


def _option(raw: Any, letter: str) -> Option:
    try:
        if not isinstance(raw, dict):
            raise _Bad(None, f"must be a JSON object {{...}}, not {describe(raw)}.")
        _no_unknown_keys(raw, OPTION_KEYS)
        text = _get(raw, "text", str)
        correct = _get(raw, "correct", bool)
        explanation = _get(raw, "explanation", str)
    except _Bad as bad:
        key = f"options → {letter}" + (f" → {bad.key}" if bad.key else "")
        raise _Bad(key, bad.message) from None
    return Option(text.strip(), correct, explanation.strip())


def _get(raw: dict[str, Any], key: str, kind: type) -> Any:
    value = _checked(require, raw, key, kind)
    if isinstance(value, str) and not value.strip():
        raise _Bad(key, "is empty; write some text.")
    return value


def _no_unknown_keys(raw: dict[str, Any], known: Sequence[str]) -> None:
    """Keys starting with "_" are comments; any other unknown key is a typo."""
    _checked(no_unknown_keys, raw, known, "", "key", _is_comment)


def _is_comment(key: str) -> bool:
    return key.startswith("_")


def _checked(check: Callable[..., Any], *args: Any) -> Any:
    """Run a ``core.validation`` check; its problem becomes the question's ``_Bad``."""
    try:
        return check(*args)
    except ValidationError as problem:
        raise _Bad(problem.path or None, problem.message) from None
