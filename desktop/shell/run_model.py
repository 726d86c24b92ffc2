"""The run as the window shows it: one typed model that views and commands share.

The training controller feeds it (``follow``); views and commands get it in
their constructors and listen to its signals, as napari's ``QtDims(dims)``
listens to its ``Dims``. Nothing here trains or draws: it holds the latest
values and says when one changed.

- ``description``: the run's setup (``RunDescription``); a new one drops the
  previous run's snapshot and frame, which no longer describe it.
- ``snapshot``: the latest ``RunSnapshot`` handed to the views (paced by the
  controller, ~30 per second at most).
- ``frame``: the latest ``InsideFrame`` of the views inside an epoch.
- ``moment``: the run cut back to the moment the time scrubber shows (None:
  the live run); the views that show the run's state follow it.
- ``quiz_results``: the last quiz with answers (taken here or opened with a
  session); a quiz closed without answers does not replace them.
- ``student_name``: who the run belongs to; asked once, saved in the session,
  printed on the report (``clean_student_name`` says what is kept).
- ``session_saved`` / ``session_restoring``: a session was written, or one
  is being opened (for whoever keeps track of unsaved work).
- ``setup``: what Restore defaults brings back and which quiz questions a
  class gets; a classroom profile replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from core.engine.config import TrainingConfig
from core.engine.snapshot import RunSnapshot
from core.files.session_file import clean_student_name
from core.inside.frame import InsideFrame
from core.quiz.sitting import Result
from desktop.run.pace import DEFAULT_PACE
from desktop.run.training_worker import RunDescription

if TYPE_CHECKING:
    from desktop.run.training_controller import TrainingController


@dataclass(frozen=True)
class LessonSetup:
    """The lesson's starting point: Restore defaults goes back to it."""

    config: TrainingConfig = field(default_factory=TrainingConfig)
    pace: int = DEFAULT_PACE
    quiz_questions: tuple[str, ...] | None = None  # None: the whole bank


class RunModel(QObject):
    """The latest state of the run in the window, with a signal per part."""

    description_changed = Signal(object)  # RunDescription
    snapshot_changed = Signal(object)  # RunSnapshot
    frame_changed = Signal(object)  # InsideFrame
    moment_changed = Signal(object)  # RunSnapshot cut back to a moment, or None: live
    quiz_results_changed = Signal(object)  # tuple[Result, ...]
    student_name_changed = Signal(object)  # str ("" when not known)
    session_saved = Signal(object)  # int: the run up to this step is in a file
    session_restoring = Signal(object)  # int: an opened session resumes at this step

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._description: RunDescription | None = None
        self._snapshot: RunSnapshot | None = None
        self._frame: InsideFrame | None = None
        self._moment: RunSnapshot | None = None
        self._quiz: tuple[Result, ...] = ()
        self._name = ""
        self.setup = LessonSetup()

    def follow(self, controller: TrainingController) -> None:
        """Take every description, snapshot and frame the controller delivers."""
        controller.configured.connect(self.set_description)
        controller.snapshot_ready.connect(self.set_snapshot)
        controller.run_finished.connect(self.set_snapshot)
        controller.inspected.connect(self.set_frame)

    # -- reading -------------------------------------------------------------

    @property
    def description(self) -> RunDescription | None:
        return self._description

    @property
    def snapshot(self) -> RunSnapshot | None:
        return self._snapshot

    @property
    def frame(self) -> InsideFrame | None:
        return self._frame

    @property
    def moment(self) -> RunSnapshot | None:
        return self._moment

    @property
    def quiz_results(self) -> tuple[Result, ...]:
        return self._quiz

    @property
    def student_name(self) -> str:
        return self._name

    # -- changing ------------------------------------------------------------

    @Slot(object)
    def set_description(self, description: RunDescription) -> None:
        self._description = description
        self._snapshot = None
        self._frame = None
        self._moment = None
        self.description_changed.emit(description)

    @Slot(object)
    def set_snapshot(self, snapshot: RunSnapshot) -> None:
        """A run's end arrives twice (drawn, then announced): views get it once."""
        if snapshot is self._snapshot:
            return
        self._snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    @Slot(object)
    def set_frame(self, frame: InsideFrame) -> None:
        self._frame = frame
        self.frame_changed.emit(frame)

    def set_moment(self, snapshot: RunSnapshot | None) -> None:
        """Show the run as it was (a snapshot cut back), or live again (None)."""
        self._moment = snapshot
        self.moment_changed.emit(snapshot)

    def set_quiz_results(self, results: Sequence[Result]) -> None:
        results = tuple(results)
        if results != self._quiz:
            self._quiz = results
            self.quiz_results_changed.emit(results)

    def note_saved(self, step: int) -> None:
        """A session file now holds the run up to ``step``."""
        self.session_saved.emit(int(step))

    def note_restoring(self, step: int) -> None:
        """The next run to arrive is an opened session, already at ``step``."""
        self.session_restoring.emit(int(step))

    def set_student_name(self, name: str) -> None:
        """Keep ``name`` as ``clean_student_name`` leaves it (or ValueError)."""
        name = clean_student_name(name)
        if name != self._name:
            self._name = name
            self.student_name_changed.emit(name)
