"""The main window, driven as a student would: buttons, fields and keys."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from core import Trainer, TrainingConfig
from desktop.run.pace import FASTEST_PACE
from tests.gui_helpers import WAIT_MS, make_window, set_speed


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    yield win
    win.close()


def _button(window, name: str) -> QPushButton:
    return window.findChild(QPushButton, name)


def test_play_trains_to_the_end_and_shows_the_core_history(qtbot, window):
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(_button(window, "play_button"), Qt.MouseButton.LeftButton)
    snapshot = finished.args[0]
    assert snapshot.state == "finished"
    reference = Trainer(TrainingConfig())
    reference.run()
    records = window.table.trace_model.records()
    assert len(records) == 20
    assert records == reference.history.records
    x, y = window.plot.val_accuracy_curve.getData()
    assert len(x) == 20
    np.testing.assert_array_equal(y, reference.history.column("val_accuracy"))
    _, loss = window.plot.loss_curve.getData()
    np.testing.assert_array_equal(loss, reference.history.column("loss"))
    _, batches = window.plot.batch_curve.getData()
    assert len(batches) == 20 * reference.batches_per_epoch
    assert "Epoch 20/20" in window.status_label.text()
    assert not _button(window, "play_button").isEnabled()


def test_pause_stops_progress_and_play_resumes(qtbot, window):
    set_speed(window, 1)  # 5 batches per second
    window.controls.play_button.click()
    qtbot.waitUntil(lambda: window.controller.latest.step >= 2, timeout=WAIT_MS)
    assert window.controls.play_button.text().endswith("Pause")
    window.controls.play_button.click()
    qtbot.wait(150)  # let an in-flight snapshot arrive
    paused_at = window.controller.latest.step
    qtbot.wait(600)
    assert window.controller.latest.step == paused_at
    assert window.controls.play_button.text().endswith("Play")
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.controls.play_button.click()
    assert window.controller.latest.epochs_done == 20


def test_step_epoch_button_and_right_key_each_train_one_epoch(qtbot, window):
    _button(window, "step_button").click()
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 1, timeout=WAIT_MS)
    window.activateWindow()
    window.pipeline.clearFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 2, timeout=WAIT_MS)
    assert (
        window.controller.latest.step == 2 * window.controller.latest.batches_per_epoch
    )
    assert not window.controller.playing


def test_step_batch_makes_exactly_one_update(qtbot, window):
    _button(window, "step_batch_button").click()
    qtbot.waitUntil(lambda: window.controller.latest.step == 1, timeout=WAIT_MS)
    reference = Trainer(TrainingConfig())
    reference.step_batch()
    np.testing.assert_array_equal(window.controller.latest.theta, reference.model.theta)


def test_space_plays_and_pauses(qtbot, window):
    set_speed(window, 1)
    window.activateWindow()
    window.pipeline.clearFocus()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.playing, timeout=WAIT_MS)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.playing, timeout=WAIT_MS)


def test_reset_starts_over(qtbot, window):
    _button(window, "step_button").click()
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 1, timeout=WAIT_MS)
    _button(window, "reset_button").click()
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.controller.latest is not None, timeout=WAIT_MS)
    assert window.controller.latest.step == 0
    assert len(window.plot.loss_curve.getData()[0] or []) == 0


def _set_layers(qtbot, window, text: str) -> None:
    field = window.controls.layers_input
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


def test_changing_layers_adds_and_removes_boxes(qtbot, window):
    assert [s.key for s in window.pipeline.stages()] == [
        "input", "normalize", "layer1", "layer2", "output"
    ]  # fmt: skip
    _set_layers(qtbot, window, "64, 32, 16")
    qtbot.waitUntil(lambda: len(window.pipeline.stages()) == 6, timeout=WAIT_MS)
    assert window.pipeline.stages()[4].out_shape == (1000, 16)
    _set_layers(qtbot, window, "")
    qtbot.waitUntil(lambda: len(window.pipeline.stages()) == 3, timeout=WAIT_MS)
    output = window.pipeline.stages()[-1]
    assert output.in_shape == (1000, 20)
    assert output.parameter_count == 21


def test_invalid_entries_are_refused_at_the_field(qtbot, window):
    before = window.description.config
    _set_layers(qtbot, window, "64, x")
    assert window.controls.layers_error.isVisible()
    assert "whole number" in window.controls.layers_error.text()
    lr = window.controls.lr_input
    lr.setFocus()
    lr.clear()
    qtbot.keyClicks(lr, "-1")
    lr.editingFinished.emit()
    assert window.controls.lr_error.isVisible()
    assert "above 0" in window.controls.lr_error.text()
    assert window.controls.config() is None
    qtbot.wait(200)
    assert window.description.config == before
    _set_layers(qtbot, window, "64, 32")
    assert not window.controls.layers_error.isVisible()


def test_learning_rate_changes_mid_run_without_reset(qtbot, window):
    _button(window, "step_button").click()
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 1, timeout=WAIT_MS)
    lr = window.controls.lr_input
    lr.clear()
    qtbot.keyClicks(lr, "0.01")
    lr.editingFinished.emit()
    _button(window, "step_button").click()
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 2, timeout=WAIT_MS)
    assert window.controller.latest.learning_rate == 0.01
    assert window.table.trace_model.records()[1].learning_rate == 0.01


def test_divergence_shows_a_message_and_the_app_stays_usable(qtbot, window):
    lr = window.controls.lr_input
    lr.clear()
    qtbot.keyClicks(lr, "10")
    lr.editingFinished.emit()
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as done:
        _button(window, "play_button").click()
    assert done.args[0].state == "diverged"
    assert window.banner.isVisible()
    assert "learning rate 10" in window.banner_text.text()
    lr.clear()
    qtbot.keyClicks(lr, "0.003")
    lr.editingFinished.emit()
    _button(window, "reset_button").click()
    qtbot.waitUntil(lambda: _button(window, "play_button").isEnabled(), timeout=WAIT_MS)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as done:
        _button(window, "play_button").click()
    assert done.args[0].state == "finished"


def test_stage_click_opens_its_detail(qtbot, window):
    rects = window.pipeline.box_rects()
    point = rects[0].center().toPoint()
    qtbot.mouseClick(window.pipeline, Qt.MouseButton.LeftButton, pos=point)
    from desktop.views.stage_detail_dialog import StageDetailDialog

    dialog = window.findChild(StageDetailDialog)
    assert dialog is not None
    from PySide6.QtWidgets import QTableView

    raw = dialog.findChild(QTableView, "raw_table")
    assert raw.model().rowCount() == 1000
    assert raw.model().columnCount() == 21
    ranges = dialog.findChild(QTableView, "ranges_table")
    assert ranges.model().rowCount() == 20
    dialog.close()


def test_settings_are_remembered_and_defaults_restored(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path)
    first.findChild(QAction, "remember_setup_action").trigger()  # off by default
    _set_layers(qtbot, first, "16")
    qtbot.waitUntil(
        lambda: first.description.config.hidden_layers == (16,), timeout=WAIT_MS
    )
    first.close()
    second = make_window(qtbot, tmp_path)
    assert second.description.config.hidden_layers == (16,)
    assert second.controls.layers_input.text() == "16"
    second.restore_defaults()
    qtbot.waitUntil(
        lambda: second.description.config == TrainingConfig(), timeout=WAIT_MS
    )
    assert second.controls.layers_input.text() == "64, 32"
    second.close()


@pytest.mark.parametrize("attempt", range(3))
def test_closing_mid_training_stops_and_joins_the_thread(qtbot, tmp_path, attempt):
    window = make_window(qtbot, tmp_path, TrainingConfig(n_rows=20_000, epochs=50))
    set_speed(window, FASTEST_PACE)
    window.controls.play_button.click()
    qtbot.waitUntil(
        lambda: window.controller.latest.step > 5 + attempt, timeout=WAIT_MS
    )
    thread = window.controller.thread
    window.close()
    assert thread.isFinished()
    assert not thread.isRunning()


def test_quiz_opens_from_the_button_with_this_runs_numbers(qtbot, window):
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.controls.play_button.click()
    qtbot.mouseClick(_button(window, "quiz_button"), Qt.MouseButton.LeftButton)
    from desktop.lesson.quiz_dialog import QuizDialog

    dialog = window.findChild(QuizDialog, "quiz_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    records = window.controller.latest.records
    live = [
        s.question.text
        for s in dialog.session.shown
        if s.question.id.startswith("run-")
    ]
    assert live, "a 3-question draw includes one question about this run"
    numbers = {f"{r.loss:.2f}" for r in records}
    numbers |= {f"{r.val_accuracy:.1%}" for r in records}
    assert any(n in live[0] for n in numbers)
    dialog.close()


def test_a_validation_row_of_the_data_table_can_be_traced(qtbot, window):
    from PySide6.QtWidgets import QTableView

    from desktop.views.stage_detail_dialog import StageDetailDialog

    window.open_stage(0)
    dialog = window.findChild(StageDetailDialog)
    raw = dialog.findChild(QTableView, "raw_table")
    val_index = window.description.val_index
    row = int(val_index[3])
    header = raw.model().headerData(row, Qt.Orientation.Vertical)
    assert header == f"{row + 1} V"
    train_row = next(r for r in range(1000) if r not in set(val_index.tolist()))
    assert raw.model().headerData(train_row, Qt.Orientation.Vertical) == str(
        train_row + 1
    )
    with qtbot.waitSignal(dialog.example_requested) as picked:
        dialog._on_row_double_clicked(raw.model().index(row, 0))
    assert picked.args == [3]
    inside = window.inside_epoch
    assert window.tabs.currentWidget() is inside.pages[inside.views.index(inside.trace)]
    dialog.close()
