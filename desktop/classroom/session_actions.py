"""File → Save session / Open session, between the window and a ``.layerlab`` file.

Both run their slow part on a pool thread: saving replays the run to recover
the optimizer's state (a snapshot does not carry it), opening reads the file
and replays the run to rebuild the trainer (see ``core.files.session_restore``).
The window is only touched on the GUI thread, when the work is done: opening
shows the restored configuration in the controls and hands the trainer to the
controller, which adopts it as it is. A file that cannot be opened changes
nothing; the run in the window stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.files.session_file import Session, load_session, save_session
from core.files.session_restore import (
    Restored,
    capture_snapshot,
    data_source,
    restore_trainer,
)
from core.quiz.sitting import Result
from desktop.run.background_task import run_in_background

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

Done = Callable[[str], None]  # called with a sentence for the student


def window_quiz(window: MainWindow, saved: Sequence[Result] = ()) -> tuple[Result, ...]:
    """This sitting's answers if the quiz was taken, else those a session brought."""
    dialog = getattr(window, "quiz", None)
    results = dialog.results() if dialog is not None else ()
    return tuple(results or saved)


def save_window_session(
    window: MainWindow,
    path: str | Path,
    fixes: Sequence[str],
    quiz: Sequence[Result],
    on_done: Done,
    on_failed: Done,
) -> bool:
    """Save the window's run to ``path`` in the background; False if no run yet."""
    snapshot, description = window.controller.latest, window.description
    if snapshot is None or description is None:
        return False
    config, dataset = description.config, description.dataset
    source = data_source(dataset, config, fixes)

    def work() -> Path:
        session = capture_snapshot(snapshot, config, dataset, source, tuple(quiz))
        return save_session(session, path)

    def done(saved: Path) -> None:
        on_done(
            window.tr("Saved the session at epoch {e} to {name}.").format(
                e=snapshot.epochs_done, name=saved.name
            )
        )

    run_in_background(work, done, lambda problem: on_failed(_why(problem)))
    return True


def open_window_session(
    window: MainWindow,
    path: str | Path,
    on_done: Callable[[Session, Restored], None],
    on_failed: Done,
) -> None:
    """Read and restore ``path`` in the background, then show it in the window."""

    def work() -> tuple[Session, Restored]:
        session = load_session(path)
        return session, restore_trainer(session)

    def done(result: tuple[Session, Restored]) -> None:
        session, restored = result
        apply_session(window, session, restored)
        on_done(session, restored)

    run_in_background(work, done, lambda problem: on_failed(_why(problem)))


def apply_session(window: MainWindow, session: Session, restored: Restored) -> None:
    """Show the restored configuration and hand the trainer to the controller."""
    config = session.config
    window.controls.set_config(config)
    dataset = restored.trainer.dataset if session.source.kind == "csv" else None
    window.controller.configure(config, dataset, trainer=restored.trainer)


def _why(problem: Exception) -> str:
    """The sentence for a failure: ours are already sentences; others get named."""
    if isinstance(problem, ValueError | OSError):
        return str(problem)
    return f"{type(problem).__name__}: {problem}"
