"""Shipped text resources in the reader's language, English when none ships.

Lesson steps, quiz questions and captions live in ``resources/<folder>/`` as
``<stem>.json`` (English) with translations beside them as
``<stem>.<language>.json`` (same structure and ids). A missing translation is
not an error: the English file is read, so a new language can ship its window
texts before its lesson texts.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def localized_path(folder: str, stem: str, language: str = "en") -> Traversable:
    """``resources/<folder>/<stem>.<language>.json`` if it ships, else the English."""
    base = resources.files("resources") / folder
    if language != "en":
        translated = base / f"{stem}.{language}.json"
        if translated.is_file():
            return translated
    return base / f"{stem}.json"


def localized_text(folder: str, stem: str, language: str = "en") -> str:
    """The text of ``localized_path(folder, stem, language)``."""
    return localized_path(folder, stem, language).read_text(encoding="utf-8")
