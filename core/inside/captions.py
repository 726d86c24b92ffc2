"""Plain-language captions for the stages of Step sample, read from resources.

The words live in ``resources/captions/sample_walk.json`` so a teacher can
change them (or translate them) without touching code.
"""

from __future__ import annotations

import json
from functools import cache
from typing import cast

from core.data.localized import localized_text


@cache
def walk_captions(language: str = "en") -> dict[str, str]:
    """The captions in ``language`` (``sample_walk.<language>.json``), else English."""
    text = localized_text("captions", "sample_walk", language)
    # cast: json.loads is untyped; the file is our own shipped resource, a flat
    # JSON object of stage name -> template string.
    return cast(dict[str, str], json.loads(text))


def walk_caption(key: str, /, language: str = "en", **numbers: object) -> str:
    """The caption for a walk stage, with its numbers filled in."""
    template = walk_captions(language).get(key, "")
    try:
        return template.format(**numbers)
    except (KeyError, IndexError, ValueError):
        return template
