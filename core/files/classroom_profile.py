"""A teacher's classroom profile: a small TOML file that sets up the lesson.

A profile fixes the data and the network (any ``TrainingConfig`` field), locks
or hides chosen controls, picks which quiz questions appear and sets the font
scale. Teachers write it by hand or save it from the window, so every problem
is reported as a ``ProfileError`` that names the key (and, for TOML syntax,
the line) instead of a traceback. The format is documented in
``resources/profiles/FORMAT.md``.

Reading uses the standard library's ``tomllib``; writing uses the small writer
below, which only needs this flat schema (strings, numbers, booleans and lists
of them), so LayerLab needs no TOML package.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.data.datasets import ALL_DATASET_NAMES, INFO
from core.data.phrasing import phrased
from core.data.wording import say
from core.engine.config import ConfigError, TrainingConfig
from core.files.bounded_read import FileRefused, read_text
from core.quiz.bank import load_builtin_bank
from core.validation import (
    ValidationError,
    at,
    no_unknown_keys,
    number_in,
    require,
    suggestion,
)

FORMAT_VERSION = 1
CONTROLS = (
    "dataset",
    "architecture",
    "learning_rate",
    "optimizer",
    "seed",
    "speed",
    "quiz",
    "epochs",
    "batch_size",
    # the 2-D playground's knobs (shown for 2-D datasets only)
    "noise",
    "val_fraction",
    "regenerate",
    "features",
    # penalties and stopping rules
    "regularization",
    "early_stopping",
)
MIN_FONT_SCALE, MAX_FONT_SCALE = 1.0, 2.5
MAX_SPEED = 20
MAX_PROFILE_BYTES = 1024 * 1024  # a profile is a few hundred bytes
TEXT_FIELDS = ("dataset", "activation", "optimizer", "dtype")
TOP_KEYS = ("format", "title", "config", "controls", "quiz", "display")
TABLE_KEYS = {
    "controls": ("locked", "hidden"),
    "quiz": ("questions",),
    "display": ("font_scale", "speed"),
}


class ProfileError(ValueError):
    """A profile that cannot be used; ``key`` names where, e.g. "config.seed"."""

    def __init__(self, key: str | None, message: str, source: str = "") -> None:
        self.key = key
        self.reason = message
        self.source = source
        problem = (
            say('key "{key}": {problem}', key=key, problem=message) if key else message
        )
        super().__init__(
            say(
                'The classroom profile "{source}" cannot be used: {problem}',
                source=source,
                problem=problem,
            )
            if source
            else say("The classroom profile cannot be used: {problem}", problem=problem)
        )


@dataclass(frozen=True)
class ClassroomProfile:
    """What a profile asks for; ``questions`` None means the whole bank."""

    title: str = ""
    config: TrainingConfig = field(default_factory=TrainingConfig)
    locked: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    questions: tuple[str, ...] | None = None
    font_scale: float = 1.0
    speed: int | None = None

    def state_of(self, control: str) -> str:
        """ "hidden", "locked" or "free": how the window shows ``control``."""
        if control in self.hidden:
            return "hidden"
        return "locked" if control in self.locked else "free"


# -- reading -------------------------------------------------------------------


def load_profile(path: str | Path) -> ClassroomProfile:
    """Read and check a profile file; unreadable files raise ``ProfileError`` too.

    The read is bounded and refuses anything but a regular file, so a FIFO or
    ``/dev/zero`` chosen by mistake is refused at once instead of freezing
    the window or filling its memory.
    """
    path = Path(path)
    try:
        text = read_text(path, MAX_PROFILE_BYTES)  # Notepad's BOM is dropped
    except (OSError, UnicodeDecodeError, FileRefused) as err:
        raise ProfileError(
            None, say("the file could not be read ({problem}).", problem=err), path.name
        ) from None
    profile = parse_profile(text, path.name)
    try:
        _check_data_file(profile.config.dataset, path.parent)
    except ProfileError as err:
        raise ProfileError(err.key, err.reason, path.name) from None
    return profile


def _check_data_file(dataset: str, folder: Path) -> None:
    """A dataset written as a CSV's path ("file:…/marks.csv") is not opened by
    a profile: say so, naming the file, and whether it is there at all.

    A bare "file:<name>" (what *Save as classroom profile* writes while a
    student's CSV is open) stays allowed: it means the data already open.
    """
    named = dataset.removeprefix("file:")
    if named == dataset or not _looks_like_path(named):
        return
    where = folder / Path(named).expanduser()  # an absolute path stays as it is
    if not where.exists():
        raise ProfileError(
            "config.dataset",
            say(
                "the CSV file {path} is missing. Put the file there, or set "
                "dataset to one of: {names}.",
                path=where,
                names=", ".join(ALL_DATASET_NAMES),
            ),
        )
    raise ProfileError(
        "config.dataset",
        say(
            "a profile cannot open the CSV file {path} itself; set dataset to one "
            "of {names}, and open the CSV with File → Open data….",
            path=where,
            names=", ".join(ALL_DATASET_NAMES),
        ),
    )


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.lower().endswith(".csv")


def parse_profile(
    text: str, source: str = "", question_ids: Iterable[str] | None = None
) -> ClassroomProfile:
    """Parse TOML text; ``question_ids`` defaults to the built-in bank's ids."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ProfileError(
            None,
            say(
                "this is not valid TOML: {problem}. Look for a missing quote, "
                "bracket or '=' on that line.",
                problem=err,
            ),
            source,
        ) from None
    try:
        return profile_from_data(data, question_ids)
    except ProfileError as err:
        raise ProfileError(err.key, err.reason, source) from None


def profile_from_data(
    data: dict[str, Any], question_ids: Iterable[str] | None = None
) -> ClassroomProfile:
    """Check decoded TOML; the first problem found is raised, naming its key."""
    _check_keys(data, TOP_KEYS, "")
    _check_format(data)
    title = _checked(require, data, "title", str) if "title" in data else ""
    tables = {name: _table(data, name) for name in ("config", *TABLE_KEYS)}
    for name, keys in TABLE_KEYS.items():
        _check_keys(tables[name], keys, name)
    locked = _controls(tables["controls"], "locked")
    hidden = _controls(tables["controls"], "hidden")
    both = sorted(set(locked) & set(hidden))
    if both:
        raise ProfileError(
            "controls.hidden",
            say(
                '"{name}" is both locked and hidden; choose one of the two.',
                name=both[0],
            ),
        )
    return ClassroomProfile(
        title=title.strip(),
        config=_config(tables["config"]),
        locked=locked,
        hidden=hidden,
        questions=_questions(tables["quiz"], question_ids),
        font_scale=_font_scale(tables["display"]),
        speed=_speed(tables["display"]),
    )


def _check_format(data: dict[str, Any]) -> None:
    if "format" not in data:
        raise ProfileError(
            "format", say("is missing; write format = 1 on the first line.")
        )
    version = _checked(number_in, data["format"], "format", 1, None, True)
    if version > FORMAT_VERSION:
        raise ProfileError(
            "format",
            say(
                "this profile uses format {version}, but this LayerLab reads format "
                "{known}. Update LayerLab or save the profile again.",
                version=version,
                known=FORMAT_VERSION,
            ),
        )


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ProfileError(
            name, say("must be a table written [{name}], not a value.", name=name)
        )
    return table


def _check_keys(table: dict[str, Any], allowed: Iterable[str], prefix: str) -> None:
    _checked(no_unknown_keys, table, tuple(allowed), prefix, "setting")


def _checked(check: Callable[..., Any], *args: Any) -> Any:
    """Run a ``core.validation`` check; its problem becomes a ``ProfileError``."""
    try:
        return check(*args)
    except ValidationError as problem:
        raise ProfileError(problem.path, phrased(problem.phrase)) from None


def _config(table: dict[str, Any]) -> TrainingConfig:
    for key in TEXT_FIELDS:
        if key in table:
            _checked(require, table, key, str, "config")
    layers = table.get("hidden_layers", [])
    if not isinstance(layers, list) or any(
        isinstance(n, bool) or not isinstance(n, int) for n in layers
    ):
        raise ProfileError(
            "config.hidden_layers",
            say(
                "must be a list of whole numbers like [64, 32] ([] for no hidden "
                "layer)."
            ),
        )
    dataset = table.get("dataset")
    if "target_kind" not in table and dataset in INFO:
        # a built-in dataset decides what is predicted, as in the window
        table = {**table, "target_kind": INFO[dataset].kind}
    try:
        return TrainingConfig.from_dict(table)
    except ConfigError as err:
        raise ProfileError(f"config.{err.field}", str(err)) from None
    except (TypeError, ValueError, AttributeError) as err:
        raise ProfileError("config", str(err)) from None


def _string_list(table: dict[str, Any], key: str, prefix: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(
            at(prefix, key), say('must be a list of names in quotes, like ["seed"].')
        )
    return tuple(dict.fromkeys(v.strip() for v in value))


def _controls(table: dict[str, Any], key: str) -> tuple[str, ...]:
    names = _string_list(table, key, "controls")
    for name in names:
        if name not in CONTROLS:
            hint = phrased(suggestion(name, CONTROLS))
            raise ProfileError(
                f"controls.{key}",
                say(
                    '"{name}" is not a control{hint}. Use any of: {names}.',
                    name=name,
                    hint=hint,
                    names=", ".join(CONTROLS),
                ),
            )
    return names


def _questions(
    table: dict[str, Any], question_ids: Iterable[str] | None
) -> tuple[str, ...] | None:
    if "questions" not in table:
        return None
    chosen = _string_list(table, "questions", "quiz")
    if not chosen:
        raise ProfileError(
            "quiz.questions",
            say(
                'the list is empty; to turn the quiz off, add "quiz" to '
                "controls.hidden."
            ),
        )
    known = (
        [q.id for q in load_builtin_bank().questions]
        if question_ids is None
        else list(question_ids)
    )
    for ident in chosen:
        if ident not in known:
            hint = phrased(suggestion(ident, known))
            raise ProfileError(
                "quiz.questions",
                say(
                    '"{ident}" is not a question id{hint}. Known ids: {names}.',
                    ident=ident,
                    hint=hint,
                    names=", ".join(known),
                ),
            )
    return chosen


def _font_scale(table: dict[str, Any]) -> float:
    value = table.get("font_scale", 1.0)
    path = "display.font_scale"
    return float(_checked(number_in, value, path, MIN_FONT_SCALE, MAX_FONT_SCALE))


def _speed(table: dict[str, Any]) -> int | None:
    if "speed" not in table:
        return None
    # 0 is the slowest pace
    return int(_checked(number_in, table["speed"], "display.speed", 0, MAX_SPEED, True))


# -- writing -------------------------------------------------------------------


def profile_to_toml(profile: ClassroomProfile) -> str:
    """The profile as TOML text that ``parse_profile`` reads back unchanged."""
    config = {k: v for k, v in profile.config.to_dict().items() if v is not None}
    lines = [
        "# LayerLab classroom profile (see resources/profiles/FORMAT.md)",
        f"format = {FORMAT_VERSION}",
        f"title = {toml_value(profile.title)}",
        "",
        "[config]",
        *(f"{key} = {toml_value(value)}" for key, value in config.items()),
        "",
        "[controls]",
        f"locked = {toml_value(list(profile.locked))}",
        f"hidden = {toml_value(list(profile.hidden))}",
        "",
        "[display]",
        f"font_scale = {toml_value(profile.font_scale)}",
    ]
    if profile.speed is not None:
        lines.append(f"speed = {toml_value(profile.speed)}")
    if profile.questions is not None:
        lines += ["", "[quiz]", f"questions = {toml_value(list(profile.questions))}"]
    return "\n".join(lines) + "\n"


def save_profile(profile: ClassroomProfile, path: str | Path) -> None:
    Path(path).write_text(profile_to_toml(profile), encoding="utf-8")


def toml_value(value: Any) -> str:
    """One TOML value: a basic string, integer, float, boolean or flat list."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"TOML cannot hold {value!r} here.")
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"No TOML form for {type(value).__name__}.")


def _toml_string(text: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    out = []
    for char in text:
        if char in escapes:
            out.append(escapes[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
