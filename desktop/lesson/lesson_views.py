"""The lesson's views: Key insight, Compare depths, Decision boundary, Results.

``LessonViews(model, controller, services)`` adds their tabs through the
window services and feeds them from the run model (description, snapshot);
``ACTIONS`` lists their Learn-menu commands for the window's action table.
The comparison thread is stopped and joined when the window closes or the
application quits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.lesson.boundary_view import BoundaryView
from desktop.lesson.comparison_view import ComparisonView
from desktop.lesson.insight_view import InsightView
from desktop.lesson.results_view import ResultsView
from desktop.run.training_controller import TrainingController
from desktop.shell.actions import ActionSpec
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowServices


class _StopOnClose(QObject):
    """Joins the comparison thread when the window gets its Close event."""

    def __init__(self, comparison: ComparisonView, parent: QObject) -> None:
        super().__init__(parent)
        self._comparison = comparison

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._comparison.shutdown()
        return False


class LessonViews(QObject):
    """Owns the three views and shows them on request."""

    def __init__(
        self,
        model: RunModel,
        controller: TrainingController,
        services: WindowServices,
    ) -> None:
        super().__init__(services.parent)
        self.model = model
        self.controller = controller
        self.services = services
        self.insight = InsightView()
        self.comparison = ComparisonView()
        self.boundary = BoundaryView()
        self.results = ResultsView()
        services.add_view_tab(self.insight, self.tr("Key insight"), "insight")
        services.add_view_tab(self.comparison, self.tr("Compare depths"), "compare")
        services.add_view_tab(  # the first of the pictures of the network's function
            self.boundary, self.tr("Decision boundary"), "boundary",
            ("patterns", self.tr("Patterns")),
        )  # fmt: skip
        services.add_view_tab(  # in the group: the tab bar has no room at 1024 px
            self.results, self.tr("Results"), "results",
            ("patterns", self.tr("Patterns")),
        )  # fmt: skip
        self._connect()
        services.parent.installEventFilter(_StopOnClose(self.comparison, self))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.comparison.shutdown)

    def _connect(self) -> None:
        live = (self.insight, self.boundary, self.results)
        for view in (*live, self.comparison):
            self.model.description_changed.connect(view.set_description)
        for view in live:
            self.model.snapshot_changed.connect(view.show_snapshot)
        self.model.moment_changed.connect(self._show_moment)
        self.comparison.comparison_finished.connect(self.insight.set_comparison)
        if self.model.description is not None:  # a run set up before we were
            for view in (*live, self.comparison):
                view.set_description(self.model.description)
            if self.model.snapshot is not None:
                for view in live:
                    view.show_snapshot(self.model.snapshot)

    def _show_moment(self, past) -> None:
        """The run as the time scrubber shows it (``None``: the live run)."""
        shown = past if past is not None else self.model.snapshot
        if shown is not None:
            for view in (self.insight, self.boundary, self.results):
                view.show_snapshot(shown)

    def show(self, view: QWidget) -> None:
        self.services.show_view(view)

    def compare(self) -> None:
        """Bring Compare depths forward and train the shallow and deep networks."""
        self.show(self.comparison)
        self.comparison.start()


ACTIONS: tuple[ActionSpec[LessonViews], ...] = (
    ActionSpec("learn", "learn_insight_action", "Key insight with this run's evidence",
               None, lambda v: v.show(v.insight), group=1),
    ActionSpec("learn", "learn_compare_action",
               "Compare depths (train shallow and deep)", None, LessonViews.compare,
               group=1),
    ActionSpec("learn", "learn_boundary_action", "Decision boundary", None,
               lambda v: v.show(v.boundary), group=1),
    ActionSpec("learn", "learn_results_action", "Results on the validation rows",
               None, lambda v: v.show(v.results), group=1),
)  # fmt: skip
