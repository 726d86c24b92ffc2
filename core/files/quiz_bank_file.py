"""A teacher's own quiz bank, read from disk like every other user file.

The bank's format and its checks belong to the quiz (``core.quiz.bank``);
reading a path a teacher chose belongs here, with the other safe reads, so
the quiz never imports from ``core.files`` (which keeps quiz results in
sessions and picks questions in profiles).
"""

from __future__ import annotations

from pathlib import Path

from core.data.wording import say
from core.files.bounded_read import FileRefused, read_text
from core.quiz.bank import BankProblem, QuestionBank, QuizBankError, parse_bank

MAX_BANK_BYTES = 4 * 1024 * 1024  # a bank is kilobytes


def load_bank(path: str | Path) -> QuestionBank:
    """Read a teacher's bank; unreadable files raise ``QuizBankError`` too."""
    path = Path(path)
    try:
        text = read_text(path, MAX_BANK_BYTES)  # BOM dropped
    except (OSError, UnicodeDecodeError, FileRefused) as err:
        why = say("the file could not be read as UTF-8 text ({problem}).", problem=err)
        problem = BankProblem(why)
        raise QuizBankError([problem], path.name) from None
    return parse_bank(text, path.name)
