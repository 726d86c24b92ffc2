"""The pattern views' tabs: the network, the classes untangling, the pieces.

``PatternViews(model, controller, services, parts)`` makes the three views
from the run model (and the controller, for the network view's weight
edits), puts their tabs in the "Patterns" tab beside the decision boundary's
through the window services (each under its ``VIEW_NAMES`` name), and lists
their Learn-menu commands in ``ACTIONS`` for the window's action table.
With the window's ``parts`` it also puts the compact form, the unit pictures,
inside the pipeline's boxes (``desktop.patterns.pipeline_pictures``).

While one of the three views is on screen the controller is asked for
snapshots more often at full speed (``TrainingController.set_watched``), so
the pictures can follow training about ten times a second.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop.patterns.network_view import NetworkView
from desktop.patterns.pieces_view import PiecesView
from desktop.patterns.pipeline_pictures import PipelinePictures
from desktop.patterns.untangle_view import UntangleView
from desktop.run.training_controller import TrainingController
from desktop.shell.actions import ActionSpec
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowParts, WindowServices


class PatternViews(QObject):
    """Owns the three views and shows them on request."""

    def __init__(
        self,
        model: RunModel,
        controller: TrainingController,
        services: WindowServices,
        parts: WindowParts | None = None,
    ) -> None:
        super().__init__(services.parent)
        self.services, self.controller = services, controller
        self.network = NetworkView(model, controller)
        self.untangle = UntangleView(model)
        self.pieces = PiecesView(model)
        group = ("patterns", self.tr("Patterns"))
        for view, title, name in (
            (self.network, self.tr("Network"), "network"),
            (self.untangle, self.tr("Untangling"), "untangle"),
            (self.pieces, self.tr("Pieces of the plane"), "pieces"),
        ):
            services.add_view_tab(view, title, name, group)
            view.setProperty("watcher", name)
            view.installEventFilter(self)
        self.pipeline_pictures = (
            PipelinePictures(model, parts.pipeline) if parts is not None else None
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tell the controller when a view starts or stops being on screen."""
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide):
            name = watched.property("watcher")
            self.controller.set_watched(name, kind == QEvent.Type.Show)
        return False

    def show(self, view: QWidget) -> None:
        self.services.show_view(view)


ACTIONS: tuple[ActionSpec[PatternViews], ...] = (
    ActionSpec("learn", "learn_network_action",
               "The network, every unit drawn as its picture", None,
               lambda v: v.show(v.network), group=2),
    ActionSpec("learn", "learn_untangle_action",
               "The classes untangling, layer by layer", None,
               lambda v: v.show(v.untangle), group=2),
    ActionSpec("learn", "learn_pieces_action",
               "Pieces of the plane (ReLU on 2-D data)", None,
               lambda v: v.show(v.pieces), group=2),
)  # fmt: skip
