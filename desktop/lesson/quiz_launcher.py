"""Take the quiz: a dialog with questions written from this run's own numbers.

The launcher reads what the questions need from the run model (the run so
far, its chance rate, its data, the class's question list) and from Compare
depths (the baseline, when it has been run), and puts the answers back into
the run model when the dialog closes. A classroom profile may lock the quiz:
``allowed`` says whether it is free now (the action table's state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from core.engine.training import History
from desktop.shell import language
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowServices


class QuizLauncher(QObject):
    """Opens the quiz for the current run; keeps the last dialog (``dialog``)."""

    def __init__(
        self,
        model: RunModel,
        services: WindowServices,
        comparison_result: Callable[[], Any],
        ask_name: Callable[[], None],
        allowed: Callable[[], bool],
    ) -> None:
        super().__init__(services.parent)
        self.model = model
        self.services = services
        self._comparison_result = comparison_result
        self._ask_name = ask_name
        self._allowed = allowed
        self.dialog = None  # the QuizDialog last opened

    def open(self) -> None:
        """A new attempt; the last completed one stays for "compare with"."""
        from core.quiz.sitting import QuizBankError, load_builtin_bank
        from desktop.lesson.quiz_dialog import QuizDialog, comparison_baseline

        if not self._allowed():
            return
        try:
            bank = load_builtin_bank(language.current_language()).only(
                self.model.setup.quiz_questions
            )
        except QuizBankError as problem:
            self.services.show_message(str(problem))
            return
        described = self.model.description
        earlier = self.dialog
        self.dialog = QuizDialog(
            bank, history=self._history(),
            chance=described.chance if described is not None else None,
            dataset=described.dataset.name if described is not None else None,
            parent=self.services.parent,
            baseline_accuracy=comparison_baseline(self._comparison_result(), described),
            previous=earlier.completed if earlier is not None else (),
        )  # fmt: skip
        self.dialog.setObjectName("quiz_dialog")
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _history(self) -> History | None:
        """The run so far as the questions read it (None before the first epoch)."""
        snapshot = self.model.snapshot
        if snapshot is None or not snapshot.records:
            return None
        return History(
            batches_per_epoch=snapshot.batches_per_epoch,
            records=list(snapshot.records),
            batch_losses=snapshot.batch_losses.tolist(),
        )

    @Slot()
    def _closed(self) -> None:
        """Answers go into the run model; a first finished quiz asks the name."""
        if self.dialog is None or not self.dialog.results():
            return
        self.model.set_quiz_results(self.dialog.results())
        if self.dialog.completed:
            self._ask_name()
