"""A saved session: one ``.layerlab`` file a student can keep, hand in or reopen.

The file is a zip holding ``session.json`` (everything a person could read:
the configuration, where the data came from, the training trace, the quiz
answers) and ``arrays.npz`` (the numbers: parameters, optimizer state, every
mini-batch loss and, for a student's CSV, the data itself so the session
opens even after the CSV moved). Nothing in the file is ever unpickled, so
opening a file from someone else cannot run code, and nothing in it decides
what opening it costs: ``session.json`` is read first, and the arrays it
describes are checked against it before their data is read
(``core.files.session_arrays``). The format is documented in
``docs/formats/session.md``; every change to it bumps ``FORMAT_VERSION``.

Loading checks everything before anything is used and raises ``SessionError``
naming the key that is wrong, so a damaged or newer file is refused with a
sentence instead of a traceback. This module knows nothing about trainers;
``core.files.session_restore`` turns a ``Session`` into one and back.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from core.engine.config import TrainingConfig
from core.engine.model import MLP
from core.engine.stopping import StopReason
from core.engine.training import EpochRecord, TrainerState
from core.files import session_arrays
from core.files import session_checks as check
from core.files.bounded_read import FileRefused, open_regular, size_words
from core.files.session_checks import OPTIMIZER_ARRAYS
from core.files.session_checks import DataSource as DataSource  # re-exported
from core.files.session_checks import SessionError as SessionError  # re-exported
from core.quiz.sitting import Result

Array = np.ndarray

FORMAT_NAME = "layerlab-session"
FORMAT_VERSION = 2  # 2: several classes and numbers (docs/formats/session.md)
SUFFIX = ".layerlab"
MAX_NAME_CHARS = 80  # a student's name, as the report prints it
JSON_MEMBER = "session.json"
ARRAYS_MEMBER = "arrays.npz"
STATES = tuple(s.value for s in TrainerState)
_BUILTIN_KEYS = ("kind", "name", "n_rows", "n_features", "output_units", "seed")
_CSV_KEYS = (
    *_BUILTIN_KEYS[:-1],
    "target_kind",
    "path",
    "target",
    "fixes",
    "feature_names",
    "feature_units",
    "target_name",
    "class_names",
    "description",
)


@dataclass(frozen=True)
class Session:
    """A run at one moment: enough to draw it again and to train on from there."""

    config: TrainingConfig
    source: DataSource
    state: str
    epoch: int
    step_count: int
    batch_in_epoch: int
    batches_per_epoch: int
    learning_rate: float
    records: tuple[EpochRecord, ...]
    batch_losses: Array
    theta: Array
    optimizer_state: dict[str, Array] | None = None
    error: str = ""
    quiz: tuple[Result, ...] = ()
    student_name: str = ""  # "" when the student gave none (and in older files)
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    app_version: str = ""
    format_version: int = FORMAT_VERSION  # of the file it was read from
    stop_reason: StopReason | None = None  # why the run ended (older files: None)


def app_version() -> str:
    try:
        return metadata.version("layerlab")
    except metadata.PackageNotFoundError:
        return "unknown"


# -- writing ------------------------------------------------------------------


def save_session(session: Session, path: str | Path) -> Path:
    """Write ``session`` to ``path`` (given the ``.layerlab`` suffix if it has none).

    The file is written next to the target and renamed over it at the end, so
    a failed save never leaves half a session where a good one was.
    """
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    document = json.dumps(_document(session), indent=2, ensure_ascii=False)
    values = _arrays(session)
    _check_size(len(document.encode("utf-8")), values)
    buffer = io.BytesIO()
    # numpy's stub types savez's **kwds like its keyword-only allow_pickle
    # (bool); our keys are array names, never "allow_pickle".
    np.savez(buffer, **values)  # type: ignore[arg-type]
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_MEMBER, document)
        archive.writestr(ARRAYS_MEMBER, buffer.getvalue())
    partial.replace(path)
    return path


def _check_size(json_bytes: int, values: dict[str, Array]) -> None:
    """Refuse to write a session that ``load_session`` would refuse to read."""
    shapes = {key: np.shape(value) for key, value in values.items()}
    total = session_arrays.total_bytes(shapes)
    if total > session_arrays.MAX_ARRAY_BYTES:
        raise SessionError(
            f"This run is too large to save as a session: it holds "
            f"{size_words(total)} of numbers, and sessions hold up to "
            f"{size_words(session_arrays.MAX_ARRAY_BYTES)}."
        )
    if json_bytes > session_arrays.MAX_JSON_BYTES:
        raise SessionError(
            f"This run's trace is too long to save as a session "
            f"({size_words(json_bytes)}; up to "
            f"{size_words(session_arrays.MAX_JSON_BYTES)})."
        )


def _document(s: Session) -> dict[str, Any]:
    keep = _CSV_KEYS if s.source.kind == "csv" else _BUILTIN_KEYS
    source = {key: getattr(s.source, key) for key in keep}
    for key in ("fixes", "feature_names", "feature_units", "class_names"):
        if key in source:
            source[key] = list(source[key])
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": s.app_version or app_version(),
        "created": s.created,
        "config": s.config.to_dict(),
        "data": source,
        "training": {
            "state": s.state,
            "epoch": s.epoch,
            "step_count": s.step_count,
            "batch_in_epoch": s.batch_in_epoch,
            "batches_per_epoch": s.batches_per_epoch,
            "learning_rate": s.learning_rate,
            "error": s.error,
            "has_optimizer_state": s.optimizer_state is not None,
            **({"stop": s.stop_reason.as_dict()} if s.stop_reason else {}),
        },
        "history": [
            {**r.as_dict(), "learning_rate": r.learning_rate} for r in s.records
        ],
        "quiz": [vars(r) for r in s.quiz],
        **({"student_name": s.student_name} if s.student_name else {}),
    }


def _arrays(s: Session) -> dict[str, Array]:
    arrays = {"theta": s.theta, "batch_losses": np.asarray(s.batch_losses, float)}
    for key, value in (s.optimizer_state or {}).items():
        arrays[f"optimizer_{key}"] = np.asarray(value)
    if s.source.kind == "csv":
        if s.source.X is None or s.source.y is None:
            raise SessionError(
                "This run's CSV rows are missing, so it cannot be saved as a session."
            )
        arrays["data_X"], arrays["data_y"] = s.source.X, s.source.y
    return arrays


# -- reading ------------------------------------------------------------------


def load_session(path: str | Path) -> Session:
    """Read and check ``path``; raise ``SessionError`` saying what is wrong.

    The description (``session.json``) is read and checked first; it fixes
    which arrays the file must hold and their shapes, and only those are
    read (see ``core.files.session_arrays``).
    """
    path = Path(path)
    try:
        return _session(*_read(path))
    except SessionError as problem:
        if path.name in str(problem):
            raise
        raise SessionError(f"{path.name} cannot be opened: {problem}") from None
    except (KeyError, TypeError, ValueError) as problem:
        raise SessionError(f"{path.name} is damaged: {problem}.") from None


def _read(path: Path) -> tuple[dict[str, Any], TrainingConfig, dict[str, Array]]:
    name = path.name
    try:
        with open_regular(path, session_arrays.MAX_FILE_BYTES) as handle:
            session_arrays.check_directory(handle)
            with zipfile.ZipFile(handle) as archive:
                _check_members(name, set(archive.namelist()))
                raw = session_arrays.read_member(
                    archive, JSON_MEMBER, session_arrays.MAX_JSON_BYTES
                )
                document = _parse_json(name, raw)
                _check_version(name, document)
                config, sizes, shapes = _describe(document)
                session_arrays.check_budget(shapes)
                found = session_arrays.read_arrays(
                    archive, ARRAYS_MEMBER, shapes, sizes
                )
    except (FileRefused, session_arrays.ArraysRefused) as problem:
        raise SessionError(f"{name} cannot be opened: {problem}.") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error):
        raise SessionError(
            f"{name} is not a LayerLab session (or it is damaged): it should be "
            f"a {SUFFIX} file saved by File → Save session."
        ) from None
    except (RuntimeError, NotImplementedError) as problem:  # encrypted, odd packing
        raise SessionError(f"{name} cannot be opened: {problem}.") from None
    except OSError as problem:
        raise SessionError(f"Could not read {name}: {problem.strerror}.") from None
    return document, config, found


def _check_members(name: str, names: set[str]) -> None:
    for member in (JSON_MEMBER, ARRAYS_MEMBER):
        if member not in names:
            raise SessionError(
                f"{name} is not a complete LayerLab session: '{member}' "
                "is missing inside it."
            )


def _parse_json(name: str, raw: bytes) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as problem:
        raise SessionError(
            f"{name} is damaged: {JSON_MEMBER} is not valid JSON ({problem})."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise SessionError(
            f"{name} is not a LayerLab session ('format' is not '{FORMAT_NAME}')."
        )
    return document


def _check_version(name: str, document: dict[str, Any]) -> None:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionError(
            f"{name} is damaged: 'version' should be a whole number "
            f"from 1, not {version!r}."
        )
    if version > FORMAT_VERSION:
        made_by = document.get("app_version", "?")
        raise SessionError(
            f"{name} was made by a newer LayerLab ({made_by}, session format "
            f"{version}); this one reads up to format {FORMAT_VERSION}. Update "
            "LayerLab to open it."
        )


def _describe(
    document: dict[str, Any],
) -> tuple[TrainingConfig, list[int], session_arrays.Shapes]:
    """The settings, the network's layer sizes, and the arrays (with their
    shapes) a file with this description holds."""
    config = check.config(document)
    data = check.get(document, "data", dict)
    training = check.get(document, "training", dict)
    n_features = check.number(data, "n_features", int, "data")
    csv = (check.number(data, "n_rows", int, "data"), n_features)
    keep = check.get(training, "has_optimizer_state", bool, "training")
    sizes = [n_features, *config.hidden_layers, check.output_units(data, config)]
    shapes = session_arrays.expected_shapes(
        sizes,
        check.number(training, "step_count", int),
        OPTIMIZER_ARRAYS[config.optimizer] if keep else (),
        csv if data.get("kind") == "csv" else (),
    )
    return config, sizes, shapes


def _session(
    document: dict[str, Any], config: TrainingConfig, arrays: dict[str, Array]
) -> Session:
    data = check.get(document, "data", dict)
    source = check.source(data, arrays, check.output_units(data, config))
    if source.name != config.dataset:
        raise SessionError(
            f"data.name is {source.name!r} but config.dataset is {config.dataset!r}."
        )
    training = check.get(document, "training", dict)
    records = tuple(
        check.record(i, r, config.target_kind)
        for i, r in enumerate(check.get(document, "history", list))
    )
    steps = check.number(training, "step_count", int)
    session = Session(
        config=config,
        source=source,
        state=check.choice(training, "state", STATES),
        epoch=check.number(training, "epoch", int),
        step_count=steps,
        batch_in_epoch=check.number(training, "batch_in_epoch", int),
        batches_per_epoch=check.number(training, "batches_per_epoch", int),
        learning_rate=check.number(training, "learning_rate", float),
        records=records,
        batch_losses=check.array(arrays, "batch_losses", (steps,), np.float64),
        theta=check.array(
            arrays, "theta", (_parameter_count(config, source),), config.dtype
        ),
        optimizer_state=check.optimizer(config, training, arrays),
        error=str(training.get("error", "")),
        quiz=tuple(
            check.quiz_result(i, q)
            for i, q in enumerate(check.get(document, "quiz", list))
        ),
        student_name=_student_name(document),
        created=str(document.get("created", "")),
        app_version=str(document.get("app_version", "")),
        format_version=document["version"],
        stop_reason=_stop_reason(training),
    )
    _check_counts(session)
    return session


def clean_student_name(text: str) -> str:
    """A name as a session keeps it: spaces trimmed and runs of them made one.

    Raises ``ValueError`` for a name longer than ``MAX_NAME_CHARS`` or holding
    control characters: it is printed on a report and shown in the window.
    """
    name = " ".join(str(text).split())
    if len(name) > MAX_NAME_CHARS:
        raise ValueError(f"a name has at most {MAX_NAME_CHARS} characters")
    if not name.isprintable():
        raise ValueError("a name cannot hold control characters")
    return name


def _student_name(document: dict[str, Any]) -> str:
    """The optional ``student_name``; files saved before it existed have none."""
    value = document.get("student_name", "")
    if not isinstance(value, str):
        raise SessionError("'student_name' should be a text.")
    try:
        return clean_student_name(value)
    except ValueError as problem:
        raise SessionError(f"'student_name' is not usable: {problem}.") from None


def _stop_reason(training: dict[str, Any]) -> StopReason | None:
    """The optional ``training.stop`` (files saved before it existed have none)."""
    if "stop" not in training:
        return None
    try:
        return StopReason.from_dict(training["stop"])
    except ValueError as problem:
        raise SessionError(f"'training.stop' is not usable: {problem}.") from None


def _parameter_count(config: TrainingConfig, source: DataSource) -> int:
    sizes = [source.n_features, *config.hidden_layers, source.output_units]
    return MLP.parameter_count_for(sizes)


def _check_counts(s: Session) -> None:
    if len(s.records) > s.epoch or len(s.records) > s.config.epochs:
        raise SessionError(
            f"'history' has {len(s.records)} epochs but training.epoch "
            f"is {s.epoch} of {s.config.epochs}."
        )
    if s.step_count > s.epoch * s.batches_per_epoch:
        raise SessionError(
            f"training.step_count {s.step_count} does not fit "
            f"{s.epoch} epochs of {s.batches_per_epoch} batches."
        )
    if [r.epoch for r in s.records] != list(range(1, len(s.records) + 1)):
        raise SessionError("'history' should list epochs 1, 2, 3, … in order.")
