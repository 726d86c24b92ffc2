"""Pieces of the plane: the linear pieces a ReLU network cuts its input plane into.

On data with two measurements, every point of the plane is an input. The
left panel colours the plane by the on/off pattern of all the deep
network's ReLU units (``core.patterns.linear_pieces``): one pattern is one
piece, where the network is a single straight (linear) function. The right
panel does the same for one wide hidden layer with the same parameter count,
trained the same way (``core.patterns.pieces_wide``), after the same number
of finished epochs. Both counts are shown, and a sentence compares them.

What the view says, by rule (``summary_sentence`` and ``unavailable_sentence``):
data that is not 2-D, and activations that are not piecewise linear, get a
sentence saying why there is nothing to count instead of a number; a
network with fewer than two hidden layers is shown alone, with a sentence
saying the comparison needs depth.

Everything is computed on a pool thread (the deep network's pieces, the wide
network's training and pieces, both pictures), one computation at a time,
the newest moment next; a new setup stops the wide network's training at
its next epoch (``desktop.patterns.untangle_jobs``).

The pieces depend only on the hidden units, so they are the same for every
output kind; only the data points change: class colours and symbols for
yes/no and several classes, colour by value for a number
(``desktop.patterns.output_look``), and the network is always rebuilt with
the run's own output kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.data.datasets import DATASET_NAMES, Dataset, load
from core.engine.activations import get_activation
from core.engine.config import TrainingConfig
from core.engine.snapshot import RunSnapshot
from core.lesson.boundary import BoundaryGrid, make_grid, model_from_theta
from core.lesson.boundary import normalized_split as split_of
from core.lesson.comparison import depth_name
from core.patterns.linear_pieces import (
    PieceMap,
    blocking_activation,
    piece_map,
)
from core.patterns.pieces_wide import WidePieces, WideRun
from desktop.lesson.boundary_view import axis_name, same_scale, sample_rows
from desktop.patterns.output_look import OutputLook, key_html, output_look
from desktop.patterns.pieces_panel import PiecePanel, piece_picture
from desktop.patterns.untangle_jobs import NewestJob
from desktop.run.live_throttle import LiveThrottle
from desktop.shell.run_model import RunModel
from desktop.views.wrapped_label import WrappedLabel

MAX_RATE_HZ = 10
GRID_SIZE = 200  # points per side: 40,000 inputs per network per frame


def _tr(text: str) -> str:
    return QCoreApplication.translate("PiecesView", text)


@cache
def planar_dataset_names() -> tuple[str, ...]:
    """The window's built-in datasets with exactly two measurements (generated
    small): the ones a student can choose in the Dataset list."""
    return tuple(n for n in DATASET_NAMES if load(n, 20, seed=0).n_features == 2)


def _listed(names: tuple[str, ...]) -> str:
    return (
        ", ".join(names[:-1]) + _tr(" or ") + names[-1] if len(names) > 1 else names[0]
    )


def unavailable_sentence(
    dataset: Dataset, activation: str | Sequence[str]
) -> str | None:
    """Why there is nothing to count, or None when the view can draw.

    Rules: data without exactly two measurements first (the plane would not
    be the network's inputs), then a hidden activation that is not piecewise
    linear (``core.patterns.linear_pieces.blocking_activation``; linear: one
    single piece; tanh, sigmoid: no flat pieces at all).
    """
    if dataset.n_features != 2:
        return _tr(
            "Pieces of the plane need data with exactly two measurements, so that "
            "every point of the plane is an input the network answers; "
            "the {name} data has {n}. Choose one of the 2-D datasets: {names}."
        ).format(
            name=dataset.name, n=dataset.n_features,
            names=_listed(planar_dataset_names()),
        )  # fmt: skip
    names = (activation,) if isinstance(activation, str) else tuple(activation)
    blocking = blocking_activation(names)
    if blocking is None:
        return None
    activation = blocking
    if activation == "linear":
        return _tr(
            "With the linear activation every layer is a straight (linear) map, so "
            "the whole network is one linear piece: there is nothing to cut. "
            "Choose ReLU to see the pieces."
        )
    return _tr(
        "Pieces exist only for ReLU networks: a ReLU unit is either off or passes "
        "its sum on, so wherever no unit switches, the network is one straight "
        "(linear) function. {title} bends smoothly everywhere, so there are no "
        "flat pieces to count. Choose ReLU to see them."
    ).format(title=get_activation(activation).title)


def count_text(name: str, n_parameters: int, count: int) -> str:
    """ "two hidden layers (64, 32), 2,305 parameters: 1,126 pieces"."""
    pieces = _tr("1 piece") if count == 1 else _tr("{n:,} pieces").format(n=count)
    return _tr("{name}, {p:,} parameters: {pieces}").format(
        name=name[0].upper() + name[1:], p=n_parameters, pieces=pieces
    )


def summary_sentence(deep: int, wide: int, epochs: int) -> str:
    """The two counts compared, as they are: more, fewer or as many pieces."""
    when = (
        _tr("after {e} epochs").format(e=epochs)
        if epochs != 1
        else _tr("after 1 epoch")
    )
    if epochs == 0:
        when = _tr("before training")
    if deep > wide:
        verdict = _tr(
            "The deep network cuts this window of the plane into more pieces than "
            "one wide layer with the same parameter count ({d:,} against {w:,})"
        )
    elif deep < wide:
        verdict = _tr(
            "One wide layer with the same parameter count cuts this window of the "
            "plane into more pieces than the deep network ({w:,} against {d:,})"
        )
    else:
        verdict = _tr("Both networks cut this window of the plane into {d:,} pieces")
    return verdict.format(d=deep, w=wide) + ", " + when + "."


@dataclass(frozen=True)
class PiecesResult:
    deep: PieceMap
    deep_picture: np.ndarray
    wide: WidePieces | None
    wide_picture: np.ndarray | None
    wide_run: WideRun | None  # handed back so the next job goes on from it


@dataclass(frozen=True)
class PiecesJob:
    """Plain copies of what one frame needs; nothing the trainer owns."""

    theta: np.ndarray
    layer_sizes: tuple[int, ...]
    config: TrainingConfig
    dataset: Dataset
    grid: BoundaryGrid
    epochs_done: int
    compare: bool  # the deep network has two or more hidden layers
    wide_run: WideRun | None  # the previous job's, or None: build it

    def compute(self, should_stop) -> PiecesResult:
        """Runs on a pool thread: only NumPy and the core, on the copies held here."""
        model = model_from_theta(
            self.theta, self.layer_sizes, self.config.activation_spec(),
            self.config.target_kind,
        )  # fmt: skip
        deep = piece_map(model, self.grid)
        if not self.compare:
            return PiecesResult(deep, piece_picture(deep), None, None, None)
        run = self.wide_run or WideRun(self.config, self.dataset, self.layer_sizes)
        wide = run.pieces_at(self.epochs_done, self.grid, should_stop)
        return PiecesResult(
            deep, piece_picture(deep), wide, piece_picture(wide.pieces), run
        )


class PiecesView(QWidget):
    """The "Pieces" tab: the deep network's pieces beside one wide layer's."""

    def __init__(self, model: RunModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pieces_view")
        self.model = model
        self.description = None
        self.look: OutputLook | None = None
        self.grid: BoundaryGrid | None = None
        self.compare = False
        self.wide_run: WideRun | None = None
        self.result: PiecesResult | None = None
        self.drawn: RunSnapshot | None = None
        self._computing: RunSnapshot | None = None
        self.note = WrappedLabel()
        self.note.setObjectName("pieces_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)  # the colour key
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary = WrappedLabel()
        self.summary.setObjectName("pieces_summary")
        self.summary.setWordWrap(True)
        self.deep_panel = PiecePanel(_tr("The network"))
        self.wide_panel = PiecePanel(_tr("One wide layer"))
        self.panels = QWidget()
        row = QHBoxLayout(self.panels)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.deep_panel, 1)
        row.addWidget(self.wide_panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.panels, 1)
        layout.addWidget(self.summary)
        self.job = NewestJob(self, self._request)
        self.throttle = LiveThrottle(self, self.refresh, MAX_RATE_HZ)
        self.panels.hide()
        self.note.setText(
            _tr("Train a network to see the pieces it cuts the plane into.")
        )
        model.description_changed.connect(self.set_description)
        model.snapshot_changed.connect(self._on_snapshot)
        model.moment_changed.connect(self._on_moment)
        if model.description is not None:
            self.set_description(model.description)

    # -- following the run model --------------------------------------------

    def set_description(self, description) -> None:
        self.job.reset()
        self.description = description
        self.wide_run = self.result = self.drawn = self._computing = None
        self.grid = None
        self.summary.setText("")
        dataset, config = description.dataset, description.config
        why = unavailable_sentence(dataset, config.hidden_activations())
        self.panels.setVisible(why is None)
        self.note.setStyleSheet(
            "" if why is None else "#pieces_note { font-size: 12pt; }"
        )
        if why is not None:
            self.note.setText(why)
            return
        split = split_of(dataset, config)
        self.look = output_look(description, split)
        self.grid = make_grid(split, 0, 1, GRID_SIZE)
        self.compare = len(config.hidden_layers) >= 2
        self.wide_panel.setVisible(self.compare)
        self._place_data(dataset)
        self.note.setText(self._note_text(config))
        self._request()

    def _place_data(self, dataset: Dataset) -> None:
        rows = sample_rows(dataset.n_rows)
        names = (axis_name(dataset, 0), axis_name(dataset, 1))
        for panel in (self.deep_panel, self.wide_panel):
            panel.set_data(
                self.grid, dataset.X[rows, 0], dataset.X[rows, 1], dataset.y[rows],
                names, same_scale(dataset, 0, 1), self.look,
            )  # fmt: skip

    def _note_text(self, config: TrainingConfig) -> str:
        if self.look.kind == "binary":
            text = _tr(
                "Each colour is one piece: a region where the same ReLU units are on, "
                "so the network is one straight (linear) function there; dark lines "
                "are the borders where a unit switches. Counted on a {n} × {n} grid "
                "of the window drawn (a piece thinner than the grid can be missed). "
                "Blue circles and vermillion triangles are the data's two classes."
            ).format(n=GRID_SIZE)
        else:
            text = _tr(
                "Each colour is one piece: a region where the same ReLU units are on, "
                "so the network is one straight (linear) function there; dark lines "
                "are the borders where a unit switches. Counted on a {n} × {n} grid "
                "of the window drawn (a piece thinner than the grid can be missed)."
            ).format(n=GRID_SIZE)
            text += " " + self._points_text()
        if self.compare:
            text += " " + _tr(
                "Right: one hidden layer with the same parameter count, trained the "
                "same way (same data, seed, optimizer, learning rate and batch "
                "size), after as many finished epochs."
            )
        return text

    def _points_text(self) -> str:
        """What the dots are, for several classes or a number (a key in colour)."""
        look = self.look
        if look.kind == "classes":
            return _tr("The dots are the data's {k} classes: {key}.").format(
                k=look.units, key=key_html(look)
            )
        return _tr("The dots are the data's rows. {key}.").format(key=key_html(look))

    def _on_snapshot(self, _snapshot: RunSnapshot) -> None:
        if self.model.moment is None:
            self._request()

    def _on_moment(self, _moment: RunSnapshot | None) -> None:
        self._request()

    def shown_snapshot(self) -> RunSnapshot | None:
        moment = self.model.moment
        return moment if moment is not None else self.model.snapshot

    def _request(self) -> None:
        if self.grid is not None and self.shown_snapshot() is not None:
            self.throttle.request()

    def refresh(self) -> None:
        s, d = self.shown_snapshot(), self.description
        if s is None or d is None or self.grid is None:
            return
        if s is self.drawn or s is self._computing:
            return
        if tuple(s.layer_sizes) != (2, *d.config.hidden_layers, self.look.units):
            return  # a snapshot of the previous setup, still on its way
        job = PiecesJob(
            np.array(s.theta, copy=True), tuple(s.layer_sizes), d.config, d.dataset,
            self.grid, s.epochs_done, self.compare, self.wide_run,
        )  # fmt: skip
        if self.job.start(job.compute, lambda r: self._arrived(s, r), self._failed):
            self._computing = s
            self.wide_run = None  # the job holds it until it comes back

    def _arrived(self, snapshot: RunSnapshot, result: PiecesResult) -> None:
        self.result, self.drawn, self._computing = result, snapshot, None
        self.wide_run = result.wide_run
        sizes = tuple(snapshot.layer_sizes)
        deep_name = depth_name(sizes[1:-1])
        self.deep_panel.set_title(_tr("The network: {name}").format(name=deep_name))
        self.deep_panel.show_pieces(
            result.deep_picture,
            count_text(deep_name, int(snapshot.theta.size), result.deep.count),
        )
        if result.wide is not None and result.wide_picture is not None:
            wide = result.wide
            wide_name = depth_name(wide.hidden_layers)
            self.wide_panel.set_title(_tr("One wide layer: {n} units").format(
                n=wide.hidden_layers[0]))  # fmt: skip
            self.wide_panel.show_pieces(
                result.wide_picture,
                count_text(wide_name, wide.n_parameters, wide.pieces.count),
            )
            text = summary_sentence(result.deep.count, wide.pieces.count, wide.epochs)
            if wide.epochs < snapshot.epochs_done:
                text += " " + _tr(
                    "The wide network's training stopped after epoch {w} (its loss "
                    "diverged), so it is shown after epoch {w}, the deep one after "
                    "epoch {d}."
                ).format(w=wide.epochs, d=snapshot.epochs_done)
            self.summary.setText(text)
        else:
            self.summary.setText(self._alone_text(len(sizes) - 2))
        if self.shown_snapshot() is not snapshot:
            self.throttle.request()

    def _alone_text(self, n_hidden: int) -> str:
        return _tr(
            "With {n} hidden layer there is no deep network to set against one wide "
            "layer: give it two or more hidden layers (the lesson's 64, 32) to "
            "compare depth with width at the same parameter count."
        ).format(n=_tr("one") if n_hidden == 1 else _tr("no"))

    def _failed(self, problem: Exception) -> None:
        self._computing = None
        self.summary.setText(
            _tr("The pieces could not be computed: {why}").format(why=problem)
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()


def _sample(
    dataset_name: str = "spiral", activation: str = "relu", epochs: int = 20
) -> RunModel:
    """A run model with a trained run, for running this module on its own."""
    from desktop.run.sample_run import trained_sample

    description, snapshot = trained_sample(dataset_name, epochs, activation=activation)
    model = RunModel()
    model.set_description(description)
    model.set_snapshot(snapshot)
    return model


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    run_model = _sample(sys.argv[1] if len(sys.argv) > 1 else "spiral")
    view = PiecesView(run_model)
    view.resize(1024, 600)
    view.show()
    app.exec()
