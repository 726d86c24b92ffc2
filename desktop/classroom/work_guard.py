"""Whether the run in the window was trained since it was last saved or opened.

The rule: a run is unsaved once a snapshot shows more steps than the last one
seen (training happened), and saved again when a session save of it succeeds
or a session is opened (the run model's ``session_saved`` and
``session_restoring``); a run back at step 0 (Reset, a new setup) holds
nothing to save. The window makes its guard when it is built, so it sees every
save and every opening; File → New lesson and closing ask it
(``desktop/classroom/protect_work.py``). Light on purpose: Qt core only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from core.engine.snapshot import RunSnapshot
    from desktop.run.training_controller import TrainingController


class Watched(Protocol):
    """What the guard reads of the window: its controller (and run model)."""

    controller: TrainingController


class WorkGuard(QObject):
    """Whether the window's run was trained since its last save or open.

    It follows the run model when the window has one (``run_model``: its
    description, snapshot, ``session_saved`` and ``session_restoring``
    signals), else the training controller's own signals.
    """

    def __init__(self, window: Watched) -> None:
        super().__init__(window)
        self.setObjectName("work_guard")
        self.window = window
        self.trained = False
        self._seen = 0  # the step of the last snapshot looked at
        self._next_start = 0  # the step the next configured run starts at
        model = getattr(window, "run_model", None)
        if model is not None:
            model.description_changed.connect(self._on_configured)
            model.snapshot_changed.connect(self._on_snapshot)
            model.session_saved.connect(self.mark_saved)
            model.session_restoring.connect(self.expect_start)
        else:
            window.controller.configured.connect(self._on_configured)
            window.controller.snapshot_ready.connect(self._on_snapshot)

    @Slot(object)
    def expect_start(self, step: int) -> None:
        """The next run to be configured is a restored one at ``step``."""
        self._next_start = int(step)

    @Slot(object)
    def mark_saved(self, step: int) -> None:
        """The run up to ``step`` is in a file now."""
        self.trained = False
        self._seen = int(step)

    def unsaved(self) -> bool:
        latest = self.window.controller.latest
        if latest is not None:
            self._note(latest.step)
        return self.trained

    @Slot(object)
    def _on_configured(self, _description) -> None:
        self._seen, self._next_start = self._next_start, 0
        self.trained = False

    @Slot(object)
    def _on_snapshot(self, snapshot: RunSnapshot) -> None:
        self._note(snapshot.step)

    def _note(self, step: int) -> None:
        if step > self._seen:
            self.trained = True
        elif step == 0:
            self.trained = False  # reset: nothing trained is left to lose
        self._seen = step
