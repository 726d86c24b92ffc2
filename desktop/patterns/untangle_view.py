"""The classes untangling, layer by layer: one scatter panel per layer.

For the validation rows (those the linear probe scores), each panel shows
one layer's values flattened onto a plane (``core.patterns.untangle_projection``:
PCA, aligned with the previous frame so points move instead of jumping):
the normalized inputs, every hidden layer, and the output (its value along
x, the rows spread along y in a fixed order). Points are coloured by class
and drawn as different symbols, so the classes read without colour too.
Under each panel: that layer's linear separability from
``core.lesson.insight.untangle``.

Beyond yes/no (``desktop.patterns.output_look``): for several classes every
class has its colour and symbol (a key above the panels names them), the
output panel is the PCA plane of the k class probabilities, and the score
under a layer is what straight lines, one per class against the rest, get
right; for a number the rows are coloured by their true value (a colour
strip above the panels gives the range), the output panel plots predicted
against true, and the score is the share of the variation a straight-line
(least-squares) fit explains, R², as ``untangle`` measures it.

The panels follow the run model: a new setup, every snapshot while live
(throttled to ``MAX_RATE_HZ`` and only while visible) and the time scrubber's
moment. A frame (forward pass, PCA, a logistic regression per layer) is
computed on a pool thread from a copy of the parameters, one at a time, the
newest moment next (``desktop.patterns.untangle_jobs``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from core.engine.snapshot import RunSnapshot
from core.lesson.boundary import NormalizedSplit, model_from_theta, normalized_split
from core.lesson.insight import percent
from core.patterns.untangle_projection import OUTPUT, UntangleFrame, project
from desktop.patterns.output_look import OutputLook, key_html, output_look
from desktop.patterns.untangle_jobs import NewestJob
from desktop.patterns.untangle_panel import YES_NO, LayerPanel, panel_title
from desktop.run.live_throttle import LiveThrottle
from desktop.shell.run_model import RunModel
from desktop.views.wrapped_label import WrappedLabel

MAX_RATE_HZ = 10
MIN_PANEL_WIDTH = 300  # narrower than this, the panels wrap onto two rows
TWO_ROWS_HEIGHT = 480  # ... unless the view is shorter than this (small screens)

pg.setConfigOptions(
    antialias=True, imageAxisOrder="row-major", background="w", foreground="k"
)


@dataclass(frozen=True)
class UntangleJob:
    """Plain copies of what one frame needs; nothing the trainer owns."""

    theta: np.ndarray
    layer_sizes: tuple[int, ...]
    activation: str | tuple[str, ...]  # one name, or one per hidden layer
    split: NormalizedSplit  # built by the view for this setup, never changed
    epochs_done: int
    previous: UntangleFrame | None  # the frame drawn before: its planes to align
    kind: str = "binary"  # the run's target kind

    def compute(self) -> UntangleFrame:
        """Runs on a pool thread: only NumPy, on the copies held here."""
        model = model_from_theta(
            self.theta, self.layer_sizes, self.activation, self.kind
        )
        return project(model, self.split, self.epochs_done, self.previous)


def columns_for(n_panels: int, width: int, height: int = TWO_ROWS_HEIGHT) -> int:
    """All panels in a row when each gets ``MIN_PANEL_WIDTH`` or when two rows
    would not fit the height (a short window); else two rows."""
    if n_panels * MIN_PANEL_WIDTH <= width or height < TWO_ROWS_HEIGHT:
        return n_panels
    return max(1, -(-n_panels // 2))


class UntangleView(QWidget):
    """The "Untangling" tab: the classes as each layer sees them."""

    def __init__(self, model: RunModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("untangle_view")
        self.model = model
        self.description = None
        self.look: OutputLook = YES_NO
        self.split: NormalizedSplit | None = None
        self.frame: UntangleFrame | None = None
        self.drawn: RunSnapshot | None = None  # the snapshot the panels show
        self._computing: RunSnapshot | None = None
        self.panels: list[LayerPanel] = []
        self._columns = 0
        self.note = WrappedLabel()
        self.note.setObjectName("untangle_note")
        self.note.setWordWrap(True)
        self.key = WrappedLabel()
        self.key.setObjectName("untangle_key")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.hide()
        self.status = WrappedLabel()
        self.status.setObjectName("untangle_status")
        self.status.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.key)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)
        self.job = NewestJob(self, self._request)
        self.throttle = LiveThrottle(self, self.refresh, MAX_RATE_HZ)
        self._show_waiting()
        model.description_changed.connect(self.set_description)
        model.snapshot_changed.connect(self._on_snapshot)
        model.moment_changed.connect(self._on_moment)
        if model.description is not None:
            self.set_description(model.description)

    # -- following the run model --------------------------------------------

    def set_description(self, description) -> None:
        """A new setup: new rows, new panels, nothing drawn yet."""
        self.job.reset()
        self.description = description
        self.frame = self.drawn = self._computing = None
        self.split = normalized_split(description.dataset, description.config)
        self.look = output_look(description, self.split)
        sizes = (
            description.dataset.n_features, *description.config.hidden_layers,
            self.look.units,
        )  # fmt: skip
        self._build_panels(sizes, self.look)
        self._set_note(self.look)
        self._show_waiting()
        self._request()

    def _on_snapshot(self, _snapshot: RunSnapshot) -> None:
        if self.model.moment is None:  # a past moment shown stays shown
            self._request()

    def _on_moment(self, _moment: RunSnapshot | None) -> None:
        self._request()

    def shown_snapshot(self) -> RunSnapshot | None:
        """The time scrubber's moment, or the live run's latest snapshot."""
        moment = self.model.moment
        return moment if moment is not None else self.model.snapshot

    def _request(self) -> None:
        if self.shown_snapshot() is not None:
            self.throttle.request()

    def refresh(self) -> None:
        """Compute a frame for the shown moment, unless it is drawn already."""
        s = self.shown_snapshot()
        if s is None or self.split is None or self.description is None:
            return
        if s is self.drawn or s is self._computing:
            return
        if tuple(s.layer_sizes) != tuple(p.width_units for p in self.panels):
            return  # a snapshot of the previous setup, still on its way
        job = UntangleJob(
            np.array(s.theta, copy=True), tuple(s.layer_sizes),
            self.description.config.activation_spec(), self.split, s.epochs_done,
            self.frame, self.look.kind,
        )  # fmt: skip
        if self.job.start(
            lambda _stop: job.compute(),
            lambda frame: self._arrived(s, frame),
            self._failed,
        ):
            self._computing = s

    def _arrived(self, snapshot: RunSnapshot, frame: UntangleFrame) -> None:
        self.frame, self.drawn, self._computing = frame, snapshot, None
        for k, panel in enumerate(self.panels):
            panel.show_layer(frame.layers[k], frame.labels)
            panel.set_score(self._score_text(frame, k))
        self.status.setText(self._moment_text(snapshot))
        if self.shown_snapshot() is not snapshot:
            self.throttle.request()  # the moment changed while this was computed

    def _failed(self, problem: Exception) -> None:
        self._computing = None
        self.status.setText(
            self.tr("The layers' pictures could not be computed: {why}").format(
                why=problem
            )
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- drawing --------------------------------------------------------------

    def _build_panels(self, sizes: tuple[int, ...], look: OutputLook) -> None:
        for panel in self.panels:
            self.grid.removeWidget(panel)
            panel.deleteLater()
        last = len(sizes) - 1
        self.panels = [
            LayerPanel(panel_title(k, last, width, look), width, k == last, look)
            for k, width in enumerate(sizes)
        ]
        self._columns = 0
        self._arrange()

    def _arrange(self) -> None:
        """Panels in one row when wide enough, else in two rows."""
        columns = columns_for(len(self.panels), self.width(), self.height())
        if columns == self._columns:
            return
        self._columns = columns
        for panel in self.panels:
            self.grid.removeWidget(panel)
        for k, panel in enumerate(self.panels):
            self.grid.addWidget(panel, k // columns, k % columns)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 1)

    def _score_text(self, frame: UntangleFrame, k: int) -> str:
        """The words under panel ``k``, in the run's kind's terms (see the module).

        Rule: the printed percentage (``percent``) of the layer's probe score,
        or of the network's own score under the output; for a number, a
        printed R² below 0% says the fit explains none of the variation and
        is worse than always predicting the training mean; a plane of a layer
        wider than two adds the share of the spread it shows.
        """
        share = percent(frame.separability(k))
        layer = frame.layers[k]
        if self.look.kind == "number" and share < 0:
            return self._worse_than_the_mean(share, layer.name == OUTPUT)
        if layer.name == OUTPUT:
            return self._output_score(share)
        words = {
            "classes": self.tr(
                "A straight-line (one-vs-rest) classifier through this layer gets "
                "{p}% right."
            ),
            "number": self.tr(
                "A straight-line fit through this layer explains {p}% of the "
                "variation (R²)."
            ),
        }.get(self.look.kind, self.tr(
            "A straight line through this layer gets {p}% right."
        ))  # fmt: skip
        text = words.format(p=share)
        if layer.planar and layer.width > 2:
            text += " " + self.tr("This plane shows {s}% of its spread.").format(
                s=percent(layer.spread)
            )
        return text

    def _worse_than_the_mean(self, share: int, output: bool) -> str:
        """A negative R² (as printed): "explains -2%" would read as nonsense."""
        if output:
            text = self.tr(
                "The network's predictions explain none of the variation of these "
                "rows: R² is {p}%, worse than always predicting the training mean."
            )
        else:
            text = self.tr(
                "A straight-line fit through this layer explains none of the "
                "variation: R² is {p}%, worse than always predicting the training "
                "mean."
            )
        return text.format(p=share)

    def _output_score(self, share: int) -> str:
        if self.look.kind == "classes":
            return self.tr(
                "The network's answer (its most probable class) gets {p}% of these "
                "rows right."
            ).format(p=share)
        if self.look.kind == "number":
            return self.tr(
                "The network's predictions explain {p}% of the variation of these "
                "rows (R²); on the dashed line they would be exact."
            ).format(p=share)
        return self.tr(
            "The network's answer (P > 0.5) gets {p}% of these rows right."
        ).format(p=share)

    def _moment_text(self, s: RunSnapshot) -> str:
        if s.step == 0:
            when = self.tr("Before training")
        else:
            when = self.tr("After epoch {e} of {n}").format(
                e=s.epochs_done, n=s.total_epochs
            )
            if s.batch_in_epoch:
                when = self.tr("Epoch {e}, batch {b}").format(
                    e=s.epoch, b=s.batch_in_epoch
                )
        past = self.model.moment is not None
        return when + (self.tr(" (the moment the time scrubber shows)") if past else "")

    def _set_note(self, look: OutputLook) -> None:
        self.key.setVisible(look.kind != "binary")
        self.key.setText(key_html(look) if look.kind != "binary" else "")
        if look.kind == "classes":
            self.note.setText(self.tr(
                "The validation rows as each layer sees them, flattened onto the "
                "plane in which they spread most (PCA, a straight-on view: a "
                "straight line that separates the classes stays straight; a layer "
                "of two is drawn as it is). Each class has its own colour and "
                "symbol (below); the output panel is the {k} class probabilities "
                "flattened the same way. Under each panel, how many of these rows "
                "straight lines through that layer's values get right (one line "
                "per class against the rest, fitted on the training rows)."
            ).format(k=look.units))  # fmt: skip
            return
        if look.kind == "number":
            self.note.setText(self.tr(
                "The validation rows as each layer sees them, flattened onto the "
                "plane in which they spread most (PCA; a layer of two is drawn as "
                "it is), coloured by their true {target}. The output panel plots "
                "the predicted {target} against the true one. Under each panel, "
                "how much of the variation of {target} a straight-line fit of that "
                "layer's values explains (R², fitted on the training rows)."
            ).format(target=look.target_name))  # fmt: skip
            return
        self.note.setText(
            self.tr(
                "The validation rows as each layer sees them, flattened onto the "
                "plane in which they spread most (PCA, a straight-on view: a "
                "straight line that separates the classes stays straight; a layer "
                "of two is drawn as it is). "
                "Blue circles: {c0}; vermillion triangles: {c1}. Under each panel, "
                "how many of these rows a straight line through that layer's "
                "values gets right (fitted on the training rows)."
            ).format(c0=look.class_names[0], c1=look.class_names[1])
        )

    def _show_waiting(self) -> None:
        self.status.setText(
            self.tr("Train the network to see how its layers lay out the rows.")
            if self.look.kind == "number"
            else self.tr("Train the network to see its layers untangle the classes.")
        )
        for panel in self.panels:
            panel.clear()


def _sample(dataset_name: str = "athletes", epochs: int = 20) -> RunModel:
    """A run model with a trained run, for running this module on its own."""
    from desktop.run.sample_run import trained_sample

    description, snapshot = trained_sample(dataset_name, epochs)
    model = RunModel()
    model.set_description(description)
    model.set_snapshot(snapshot)
    return model


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    run_model = _sample(sys.argv[1] if len(sys.argv) > 1 else "athletes")
    view = UntangleView(run_model)
    view.resize(1024, 700)
    view.show()
    app.exec()
