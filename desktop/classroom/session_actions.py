"""File → Save session / Open session, between the run model and a ``.layerlab`` file.

Both run their slow part on a pool thread: saving replays the run to recover
the optimizer's state (a snapshot does not carry it), opening reads the file
and replays the run to rebuild the trainer (see ``core.files.session_restore``).
Widgets are only touched on the GUI thread, when the work is done: opening
shows the restored configuration in the controls and hands the trainer to the
controller, which adopts it as it is. A file that cannot be opened changes
nothing; the run in the window stays.

The session holds what the run model holds: the latest snapshot, the quiz
results and the student's name. A save that worked and an opening tell the
model (``note_saved``, ``note_restoring``), so whoever tracks unsaved work
listens there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from core.files.safe_write import WriteFailed, reason_of, verify_written
from core.files.session_file import Session, load_session, save_session
from core.files.session_restore import (
    Restored,
    capture_snapshot,
    data_source,
    restore_trainer,
)
from core.quiz.sitting import Result
from desktop.run.background_task import run_in_background
from desktop.shell.actions import tr

if TYPE_CHECKING:
    from desktop.controls.panel import ControlsPanel
    from desktop.run.training_controller import TrainingController
    from desktop.shell.run_model import RunModel

Done = Callable[[str], None]  # called with a sentence for the student


def save_run_session(
    model: RunModel,
    path: str | Path,
    fixes: Sequence[str],
    on_done: Done,
    on_failed: Done,
    quiz: Sequence[Result] | None = None,
) -> bool:
    """Save the model's run to ``path`` in the background; False if no run yet.

    The quiz saved is ``quiz`` if given, else the model's quiz results.
    """
    snapshot, description = model.snapshot, model.description
    if snapshot is None or description is None:
        return False
    config, dataset = description.config, description.dataset
    source = data_source(dataset, config, fixes)
    answers = tuple(model.quiz_results if quiz is None else quiz)
    name = model.student_name

    def work() -> Path:
        session = capture_snapshot(snapshot, config, dataset, source, answers)
        session = replace(session, student_name=name)
        try:
            return verify_written(save_session(session, path))
        except WriteFailed:
            raise
        except OSError as problem:  # a folder it may not write in, a full disk
            raise WriteFailed(path, reason_of(problem)) from problem

    def done(saved: Path) -> None:
        model.note_saved(snapshot.step)
        on_done(
            tr("Saved the session at epoch {e} to {path}.").format(
                e=snapshot.epochs_done, path=saved
            )
        )

    run_in_background(work, done, lambda problem: on_failed(_why(problem)))
    return True


def open_run_session(
    path: str | Path,
    on_done: Callable[[Session, Restored], None],
    on_failed: Done,
) -> None:
    """Read and restore ``path`` in the background; ``on_done`` gets the result."""

    def work() -> tuple[Session, Restored]:
        session = load_session(path)
        return session, restore_trainer(session)

    run_in_background(
        work, lambda result: on_done(*result), lambda p: on_failed(_why(p))
    )


def apply_session(
    model: RunModel,
    controls: ControlsPanel,
    controller: TrainingController,
    session: Session,
    restored: Restored,
) -> None:
    """Show the restored run: its setup, trainer, quiz and (if saved) the name."""
    config = session.config
    controls.set_config(config)
    model.note_restoring(restored.trainer.step_count)
    model.set_quiz_results(session.quiz)
    if session.student_name:
        model.set_student_name(session.student_name)
    dataset = restored.trainer.dataset if session.source.kind == "csv" else None
    controller.configure(
        config, dataset, trainer=restored.trainer, moments=restored.moments
    )


# -- for callers that hold the window (desktop/classroom/protect_work.py) --------


class _HasRunModel(Protocol):
    run_model: RunModel


def window_quiz(
    window: _HasRunModel, saved: Sequence[Result] = ()
) -> tuple[Result, ...]:
    """The quiz results the window's run model holds, else ``saved``."""
    return tuple(window.run_model.quiz_results or saved)


def save_window_session(
    window: _HasRunModel,
    path: str | Path,
    fixes: Sequence[str],
    quiz: Sequence[Result],
    on_done: Done,
    on_failed: Done,
) -> bool:
    """``save_run_session`` for the window's run model."""
    return save_run_session(window.run_model, path, fixes, on_done, on_failed, quiz)


def _why(problem: Exception) -> str:
    """The sentence for a failure: ours are already sentences; others get named."""
    if isinstance(problem, ValueError | OSError):
        return str(problem)
    return f"{type(problem).__name__}: {problem}"
