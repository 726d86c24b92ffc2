"""Plain-language captions for the stages of Step sample, read from resources.

The words live in ``resources/captions/sample_walk.json`` so a teacher can
change them (or translate them) without touching code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def walk_captions() -> dict[str, str]:
    path = resources.files("resources") / "captions" / "sample_walk.json"
    return json.loads(path.read_text(encoding="utf-8"))


def walk_caption(key: str, **numbers: object) -> str:
    """The caption for a walk stage, with its numbers filled in."""
    template = walk_captions().get(key, "")
    try:
        return template.format(**numbers)
    except (KeyError, IndexError, ValueError):
        return template
