"""Installs the lesson's views into the main window through its extension points.

The window knows nothing about these views: ``install_lesson_views(window)``
adds their tabs with ``window.add_view_tab``, feeds them from
``window.controller`` (configured, snapshot_ready, run_finished), adds entries
to the Learn menu, and makes sure the comparison thread is stopped and joined
when the window closes or the application quits.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from desktop.lesson.boundary_view import BoundaryView
from desktop.lesson.comparison_view import ComparisonView
from desktop.lesson.insight_view import InsightView


class _StopOnClose(QObject):
    """Joins the comparison thread when the window gets its Close event."""

    def __init__(self, comparison: ComparisonView, parent: QObject) -> None:
        super().__init__(parent)
        self._comparison = comparison

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._comparison.shutdown()
        return False


@dataclass
class LessonViews:
    insight: InsightView
    comparison: ComparisonView
    boundary: BoundaryView
    actions: dict[str, QAction]


def install_lesson_views(window) -> LessonViews:
    """Add "Key insight", "Compare depths" and "Decision boundary" to ``window``.

    Needs from the window: ``add_view_tab(widget, title)``, ``menu("learn")``,
    ``tabs`` (to bring a tab forward) and ``controller`` with its
    ``configured``, ``snapshot_ready`` and ``run_finished`` signals and its
    ``description`` and ``latest`` (used if a run was set up before install).
    """
    existing = getattr(window, "lesson_views", None)
    if existing is not None:  # installed once per window; later calls share it
        return existing
    views = LessonViews(InsightView(), ComparisonView(), BoundaryView(), {})
    tabs = {}
    for view, title in (
        (views.insight, window.tr("Key insight")),
        (views.comparison, window.tr("Compare depths")),
        (views.boundary, window.tr("Decision boundary")),
    ):
        tabs[view.objectName()] = window.add_view_tab(view, title)
    _connect(window.controller, views)
    _add_actions(window, views, tabs)
    window.installEventFilter(_StopOnClose(views.comparison, window))
    window.lesson_views = views
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(views.comparison.shutdown)
    return views


def _connect(controller, views: LessonViews) -> None:
    live = (views.insight, views.boundary)
    for view in (*live, views.comparison):
        controller.configured.connect(view.set_description)
    for view in live:
        controller.snapshot_ready.connect(view.show_snapshot)
        controller.run_finished.connect(view.show_snapshot)
    views.comparison.comparison_finished.connect(views.insight.set_comparison)
    if controller.description is not None:
        for view in (*live, views.comparison):
            view.set_description(controller.description)
        if controller.latest is not None:
            for view in live:
                view.show_snapshot(controller.latest)


def _add_actions(window, views: LessonViews, tabs: dict[str, int]) -> None:
    learn = window.menu("learn")
    learn.addSeparator()

    def show(view: QWidget) -> None:
        window.tabs.setCurrentIndex(tabs[view.objectName()])

    def compare() -> None:
        show(views.comparison)
        views.comparison.start()

    for key, text, slot in (
        ("insight", window.tr("Key insight with this run's evidence"),
         lambda: show(views.insight)),
        ("compare", window.tr("Compare depths (train shallow and deep)"), compare),
        ("boundary", window.tr("Decision boundary"), lambda: show(views.boundary)),
    ):  # fmt: skip
        action = QAction(text, window)
        action.setObjectName(f"learn_{key}_action")
        action.triggered.connect(slot)
        learn.addAction(action)
        views.actions[key] = action
