"""The window says why a run ended (``desktop.window.run_texts``)."""

from __future__ import annotations

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from desktop.run.pace import FASTEST_PACE
from desktop.window import run_texts
from tests.gui_helpers import WAIT_MS, make_window, set_speed

EARLY = TrainingConfig(
    dataset="moons",
    n_rows=120,
    hidden_layers=(16,),
    learning_rate=0.05,
    batch_size=16,
    epochs=60,
    early_stopping_patience=3,
    restore_best=True,
)


def _finished(config: TrainingConfig) -> Trainer:
    trainer = Trainer(config)
    trainer.run()
    return trainer


def test_the_status_line_states_an_early_stop_before_the_state_word():
    trainer = _finished(EARLY)
    reason = trainer.stop_reason
    text = run_texts.status_text(take_snapshot(trainer), False, 1.5, None)
    epochs = len(trainer.history.records)
    assert text.startswith(f"Epoch {epochs}/60 · batch ")
    assert text.endswith(
        f" · Stopped early at epoch {reason.epoch}: validation loss had not improved "
        f"for 3 epochs since its best at epoch {reason.best_epoch} (weights from "
        f"epoch {reason.best_epoch} restored). · finished"
    )


def test_a_user_stop_is_stated_and_a_plain_budget_is_not_repeated():
    stopped = Trainer(EARLY)
    stopped.step_epoch()
    stopped.stop()
    text = run_texts.status_text(take_snapshot(stopped), False, 0.2, None)
    assert "Stopped by the user after 1 of 60 epochs. · finished" in text
    budget = _finished(TrainingConfig(epochs=2))
    text = run_texts.status_text(take_snapshot(budget), False, 0.2, None)
    assert text == "Epoch 2/2 · batch 25/25 · 0.2 s · finished"
    assert run_texts.stop_text(budget.stop_reason, 0.25) == (
        "Finished the budget of 2 epochs. 0.2 s."
    )


def test_the_window_shows_the_early_stop_when_the_run_ends(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, EARLY)
    window.ask_before_discarding = False
    set_speed(window, FASTEST_PACE)
    window.controls.play_button.click()
    qtbot.waitUntil(
        lambda: window.controller.latest.state == "finished", timeout=WAIT_MS
    )
    snapshot = window.controller.latest
    assert snapshot.stop_reason.code == "early"
    assert snapshot.epochs_done < 60
    qtbot.waitUntil(
        lambda: "Stopped early at epoch" in window.status_label.text(), timeout=WAIT_MS
    )
    assert window.status_label.text().endswith("restored). · finished")
    window.close()
