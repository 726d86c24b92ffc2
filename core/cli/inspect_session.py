"""``python -m core inspect-session FILE``: a session's summary, without the window.

A teacher can check a class's ``.layerlab`` files from a terminal: the same
reader as *File → Open session…* (``core.files.session_file.load_session``) checks
each file, so a file the window would refuse is refused here with the same
sentence, and exit status 2. A good file prints its format version, data,
network, training progress and size.

The train command's ``--save-session FILE`` is here too: it writes the
finished run with the window's own session writer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli.csv_source import FLAGS
from core.engine.training import Trainer
from core.files.bounded_read import size_words
from core.files.session_file import (
    SUFFIX,
    Session,
    SessionError,
    load_session,
    save_session,
)
from core.files.session_restore import capture, data_source

NAME = "inspect-session"
HELP = "check a saved .layerlab session and print its summary"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=f"a {SUFFIX} session file")


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    path = Path(args.file)
    try:
        session = load_session(path)
    except SessionError as problem:
        print(f"{parser.prog} {NAME}: refused: {problem}", file=sys.stderr)
        return 2
    print(summary(session, path.stat().st_size, path.name))
    return 0


def summary(session: Session, file_bytes: int, name: str) -> str:
    """The lines ``inspect-session`` prints for a session that opened."""
    c, s = session.config, session.source
    sizes = " → ".join(str(n) for n in (s.n_features, *c.hidden_layers, s.output_units))
    lines = [
        f"{name}: {size_words(file_bytes)}",
        f"Format: LayerLab session, version {session.format_version}"
        f" (saved by LayerLab {session.app_version or '?'} on {session.created})",
        f"Data: {_data(session)}",
        f"Network: {sizes}, {c.activation_words()}, {c.optimizer} "
        f"lr={session.learning_rate:g}, batch {c.batch_size}, seed {c.seed}, {c.dtype}",
        f"Training: {session.epoch} of {c.epochs} epochs trained "
        f"({session.step_count} mini-batches), {session.state}",
    ]
    if session.records:
        r = session.records[-1]
        if c.target_kind == "number":
            scores = f"R² {r.r2:.3f}, MAE {r.mae:.4g}, validation loss "
            scores += f"{r.val_loss:.4f}, validation R² {r.val_r2:.3f}, "
            scores += f"validation MAE {r.val_mae:.4g}"
        else:
            scores = f"accuracy {r.accuracy:.3f}, validation loss {r.val_loss:.4f}, "
            scores += f"validation accuracy {r.val_accuracy:.3f}"
        lines.append(f"Last epoch: loss {r.loss:.4f}, {scores}")
    if session.error:
        lines.append(f"Stopped: {session.error}")
    if session.quiz:
        right = sum(q.correct for q in session.quiz)
        lines.append(f"Quiz: {right} of {len(session.quiz)} answers right")
    return "\n".join(lines)


def _data(session: Session) -> str:
    s = session.source
    shape = f"{s.n_rows} rows, {s.n_features} features"
    if s.kind == "builtin":
        return f"{s.name} (built in, seed {s.seed}): {shape}"
    where = f" read from {s.path}" if s.path else ""
    return f"{s.name} (a CSV file{where}, target {s.target!r}): {shape}"


# -- train --save-session ---------------------------------------------------------


def session_target(text: str | None, parser: argparse.ArgumentParser) -> Path | None:
    """Where ``--save-session`` writes, checked before training starts."""
    if text is None:
        return None
    path = Path(text)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    folder = path.parent
    if not folder.is_dir():
        parser.error(f"--save-session: there is no folder {folder} to save into")
    if path.is_dir():
        parser.error(f"--save-session: {path} is a folder; name a {SUFFIX} file")
    return path


def used_fixes(args: argparse.Namespace) -> tuple[str, ...]:
    """The CSV fixes given as flags, as a session records them."""
    return tuple(flag for flag in FLAGS if getattr(args, flag, False))


def save_run(trainer: Trainer, path: Path, fixes: tuple[str, ...], quiet: bool) -> bool:
    """Write ``trainer``'s run as a session; say where (or why not)."""
    source = data_source(trainer.dataset, trainer.config, fixes)
    try:
        saved = save_session(capture(trainer, source), path)
    except (SessionError, OSError) as problem:
        print(f"The session was not saved: {problem}", file=sys.stderr)
        return False
    print(f"Saved the session to {saved}.", file=sys.stderr if quiet else sys.stdout)
    return True
