"""The comparison network of the pieces view: one wide layer, trained as the deep one.

Depth against width is only a fair question at the same parameter count and
the same training, so the wide network gets everything ``Trainer`` gives the
deep one except its hidden layers: the same data, split, scaling, seed,
optimizer, learning rate, batch size and epochs (``Trainer(config with one
hidden layer, the same dataset)``). The two are compared **after the same
number of finished epochs**: the deep network at the moment shown, the wide
one after as many epochs as that moment has finished.

``WideRun`` advances its trainer only as far as asked and keeps it between
requests, so following a live run costs one epoch of the wide network per
epoch of the deep one; asking for an earlier epoch (the time scrubber went
back) starts it again from its first step, which is bounded by the cost of
training it to that epoch. It never knows about threads: the caller runs
``pieces_at`` where it likes and stops it with ``should_stop``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.data.datasets import Dataset
from core.engine.config import TrainingConfig
from core.engine.model import MLP
from core.engine.training import Trainer
from core.lesson.boundary import BoundaryGrid
from core.patterns.linear_pieces import PieceMap, piece_map, wide_layer


@dataclass(frozen=True)
class WidePieces:
    """The wide network's pieces after ``epochs`` finished epochs."""

    pieces: PieceMap
    epochs: int  # epochs it has finished (fewer than asked if it diverged)
    hidden_layers: tuple[int, ...]
    n_parameters: int


class WideRun:
    """The one-hidden-layer network with the deep network's parameter count."""

    def __init__(
        self, config: TrainingConfig, dataset: Dataset, layer_sizes: tuple[int, ...]
    ) -> None:
        # one layer: ReLU if the deep network has a ReLU layer (the pieces
        # come from it), else its one activation
        names = config.hidden_activations()
        activation = "relu" if "relu" in names else config.activation
        self.config = config.with_changes(
            hidden_layers=wide_layer(layer_sizes), activation=activation,
            layer_activations=None,
        )  # fmt: skip
        self.dataset = dataset
        self.trainer = Trainer(self.config, dataset)

    @property
    def epochs_done(self) -> int:
        return len(self.trainer.history.records)

    def model_at(
        self, epochs: int, should_stop: Callable[[], bool] | None = None
    ) -> MLP:
        """A copy of the network after ``epochs`` epochs (or where it stopped)."""
        if self.epochs_done > epochs or self.trainer.batch_in_epoch:
            self.trainer = Trainer(self.config, self.dataset)
        while self.epochs_done < epochs and not self.trainer.done:
            if should_stop is not None and should_stop():
                break
            self.trainer.step_epoch()
        return self.trainer.model.copy()

    def pieces_at(
        self,
        epochs: int,
        grid: BoundaryGrid,
        should_stop: Callable[[], bool] | None = None,
    ) -> WidePieces:
        model = self.model_at(epochs, should_stop)
        return WidePieces(
            piece_map(model, grid),
            self.epochs_done,
            self.config.hidden_layers,
            model.parameter_count,
        )
