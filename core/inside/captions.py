"""Plain-language captions for the stages of Step sample, read from resources.

The words live in ``resources/captions/sample_walk.json`` so a teacher can
change them (or translate them) without touching code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import cast


@cache
def walk_captions() -> dict[str, str]:
    path = resources.files("resources") / "captions" / "sample_walk.json"
    # cast: json.loads is untyped; the file is our own shipped resource, a flat
    # JSON object of stage name -> template string.
    return cast(dict[str, str], json.loads(path.read_text(encoding="utf-8")))


def walk_caption(key: str, **numbers: object) -> str:
    """The caption for a walk stage, with its numbers filled in."""
    template = walk_captions().get(key, "")
    try:
        return template.format(**numbers)
    except (KeyError, IndexError, ValueError):
        return template
