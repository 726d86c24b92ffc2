"""What a feature may ask of the window, passed to it instead of the window.

``WindowServices`` is the little a feature needs from the window it lives in:
a parent for its dialogs, the banner and the status bar for messages, and the
view tabs. ``WindowParts`` names the window's own views and controls for the
features that read or export them (File → Export, the report, the profile).
A feature built from these works in a bare ``QMainWindow`` as well, so it is
tested and previewed without the main window, and no module needs to import
``MainWindow``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from desktop.shell.actions import ActionSpec
from desktop.shell.view_names import check_view_name

if TYPE_CHECKING:
    from desktop.controls.panel import ControlsPanel
    from desktop.shell.run_model import RunModel
    from desktop.views.pipeline_view import PipelineView
    from desktop.views.trace_table import TraceTable
    from desktop.views.training_plot import TrainingPlot

STATUS_MS = 10_000  # how long a status-bar sentence stays


class WindowServices:
    """A parent widget, two ways to speak, and the tabs views are shown in."""

    def __init__(
        self,
        parent: QMainWindow,
        tabs: QTabWidget,
        show_message: Callable[[str], None] | None = None,
        hide_message: Callable[[], None] | None = None,
        under_views: Callable[[QWidget], None] | None = None,
    ) -> None:
        self.parent = parent
        self.tabs = tabs
        self._show = show_message
        self._hide = hide_message
        self._under_views = under_views
        self.views: list[QWidget] = []  # the tabs features added, in order
        self.named: dict[str, QWidget] = {}  # VIEW_NAMES name -> its tab's widget
        self._groups: dict[str, QTabWidget] = {}  # group name -> its inner tabs
        self._group_of: dict[QWidget, QTabWidget] = {}  # view -> its group's tabs

    def show_message(self, text: str) -> None:
        """A message that stays until dismissed (the window's banner)."""
        if self._show is not None:
            self._show(text)
        else:
            self.say(text)

    def hide_message(self) -> None:
        if self._hide is not None:
            self._hide()

    def say(self, text: str) -> None:
        """A passing sentence in the status bar."""
        self.parent.statusBar().showMessage(text, STATUS_MS)

    def add_view_tab(
        self,
        widget: QWidget,
        title: str,
        name: str,
        group: tuple[str, str] | None = None,
    ) -> None:
        """A view beside the others; the menus give it a View entry (Ctrl+2, …).

        ``name`` is its entry in ``VIEW_NAMES`` (``--view NAME``). ``group``
        (name, title) puts it under one tab shared with related views, with
        their own tabs inside: the window's tab bar has room for about eight
        titles beside the controls at 1024 px, so the pictures of what the
        network computes share one. The first view of a group places its tab.
        """
        self.views.append(widget)
        self.name_view(widget, name)
        if group is None:
            self.tabs.addTab(widget, title)
            return
        tabs = self._groups.get(group[0])
        if tabs is None:
            tabs = self._groups[group[0]] = _group_tabs(group[0])
            self.tabs.addTab(tabs, group[1])
        tabs.addTab(widget, title)
        tabs.setTabToolTip(tabs.indexOf(widget), title)
        self._group_of[widget] = tabs

    def name_view(self, widget: QWidget, name: str) -> None:
        """Let ``show_named_view(name)`` find ``widget``'s tab."""
        if name in self.named:
            raise ValueError(f"Two views are named {name!r}.")
        self.named[check_view_name(name)] = widget

    def show_named_view(self, name: str) -> None:
        """Show the tab named ``name`` (ValueError if no view has that name)."""
        widget = self.named.get(check_view_name(name))
        if widget is None:
            raise ValueError(f"No view named {name!r} is in this window.")
        self.show_view(widget)

    def add_under_views(self, widget: QWidget) -> None:
        """A widget under the tabs, whichever is shown (the time scrubber)."""
        if self._under_views is not None:
            self._under_views(widget)
        else:
            self.parent.statusBar().addWidget(widget)

    def show_view(self, widget: QWidget) -> None:
        group = self._group_of.get(widget)
        if group is not None:
            group.setCurrentWidget(widget)
            widget = group
        self.tabs.setCurrentWidget(widget)

    def current_view(self) -> QWidget | None:
        """The view on screen (inside a group: the group's current view)."""
        current = self.tabs.currentWidget()
        if isinstance(current, QTabWidget) and current in self._group_of.values():
            return current.currentWidget()
        return current

    def view_actions(self) -> tuple[ActionSpec[WindowServices], ...]:
        """View → <view> for every view a feature added; Ctrl+<tab position> for
        tabs 1–9 (a group's key shows its first view)."""
        specs = []
        for widget in self.views:
            tabs = self._group_of.get(widget, self.tabs)
            index = tabs.indexOf(widget)
            place = self.tabs.indexOf(tabs) if tabs is not self.tabs else index
            first = tabs is self.tabs or index == 0  # a group's key: its first view
            key = f"Ctrl+{place + 1}" if first and place < 9 else None
            specs.append(
                ActionSpec(
                    "view",
                    f"view_{widget.objectName()}_action",
                    tabs.tabText(index),
                    key,
                    lambda s, w=widget: s.show_view(w),
                )
            )
        return tuple(specs)


def _group_tabs(name: str) -> QTabWidget:
    """The inner tabs of a group: never scrolling, titles shortened with "…"."""
    tabs = QTabWidget()
    tabs.setObjectName(f"{name}_group")
    tabs.setDocumentMode(True)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    return tabs


@dataclass(frozen=True)
class WindowParts:
    """The run model and the window's own views, for features that read them."""

    run_model: RunModel
    controls: ControlsPanel
    pipeline: PipelineView
    plot: TrainingPlot
    table: TraceTable
