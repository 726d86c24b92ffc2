"""The live curves: a marker per epoch while there are few, lines only past that."""

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from desktop.views.training_plot import MAX_MARKED_EPOCHS, TrainingPlot


def _snapshot(epochs: int):
    # 40 rows, one batch an epoch: hundreds of epochs in a moment
    config = TrainingConfig(
        dataset="xor", n_rows=40, batch_size=64, epochs=epochs, hidden_layers=(4,)
    )
    trainer = Trainer(config)
    trainer.run()
    return take_snapshot(trainer)


def test_markers_go_past_the_limit_and_come_back_for_a_short_run(qtbot):
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    curves = (plot.loss_curve, plot.val_loss_curve, plot.accuracy_curve)
    plot.show_snapshot(_snapshot(5))
    marked = [c.opts["symbol"] for c in curves]
    assert all(symbol is not None for symbol in marked)
    plot.show_snapshot(_snapshot(MAX_MARKED_EPOCHS + 1))
    assert all(c.opts["symbol"] is None for c in curves)
    assert len(plot.loss_curve.getData()[0]) == MAX_MARKED_EPOCHS + 1
    plot.show_snapshot(_snapshot(5))
    assert [c.opts["symbol"] for c in curves] == marked
