"""The classroom features in the window: profiles, the lesson, projector mode, keys."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from core import TrainingConfig
from core.files.classroom_profile import ClassroomProfile, load_profile, save_profile
from desktop.classroom.profile_actions import control_widgets, filtered_bank
from desktop.classroom.profile_dialog import SaveProfileDialog, profile_from_window
from desktop.views.projector_mode import base_point_size
from tests.gui_helpers import WAIT_MS, make_window

LOCKED = ("dataset", "seed", "learning_rate")
HIDDEN = ("quiz", "speed", "architecture")


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    yield win
    win.close()
    QApplication.setFont(_font(base_point_size()))


def _font(size):
    font = QApplication.font()
    font.setPointSizeF(size)
    return font


def _profile(**changes):
    values = {
        "title": "Year 10",
        "config": TrainingConfig(dataset="xor", hidden_layers=(8,), seed=4),
        "locked": LOCKED,
        "hidden": HIDDEN,
        "questions": ("why-relu", "loss-decreases"),
        "font_scale": 1.0,
        "speed": 3,
    }
    return ClassroomProfile(**{**values, **changes})


def _apply(qtbot, window, tmp_path, profile):
    path = tmp_path / "class.toml"
    save_profile(profile, path)
    classroom = window.classroom
    classroom.open_profile(str(path))
    qtbot.waitUntil(
        lambda: window.description.config == profile.config, timeout=WAIT_MS
    )
    return classroom


def test_install_adds_the_menu_entries_once(window):
    first = window.classroom
    window._install_features()  # a second paint: nothing is added twice
    assert window.classroom is first
    names = [a.objectName() for a in window.menu("file").actions()]
    assert names.count("open_profile_action") == 1
    assert "save_profile_action" in names
    assert window.findChild(QAction, "lesson_action") in window.menu("learn").actions()
    assert window.findChild(QAction, "projector_2_0_action") is not None


def test_a_profile_fixes_the_config_locks_and_hides(qtbot, window, tmp_path):
    _apply(qtbot, window, tmp_path, _profile())
    assert window.controls.config() == _profile().config
    assert window.controls.speed_slider.value() == 3
    for name in LOCKED:
        for widget in control_widgets(window.controls, name):
            assert widget.isVisible()
            assert not widget.isEnabled()
            assert widget.toolTip() == "Fixed by your teacher's profile"
    for name in HIDDEN:
        for widget in control_widgets(window.controls, name):
            assert not widget.isVisible()
    assert window.controls.optimizer_input.isEnabled()
    form = window.controls.seed_input.parentWidget().layout()
    assert form.labelForField(window.controls.seed_input).text() == "Seed (fixed)"
    quiz_action = window.findChild(QAction, "quiz_action")
    assert not quiz_action.isEnabled()
    assert not quiz_action.isVisible()
    window.open_quiz()  # a hidden quiz does nothing, even when asked directly
    assert window.quiz_launcher.dialog is None
    assert "Year 10" in window.windowTitle()


def test_freeing_the_controls_restores_their_tooltips(qtbot, window, tmp_path):
    tip = window.controls.seed_input.toolTip()
    classroom = _apply(qtbot, window, tmp_path, _profile())
    classroom.apply_profile(None)
    assert window.controls.seed_input.isEnabled()
    assert window.controls.seed_input.toolTip() == tip
    assert window.controls.quiz_button.isVisible()
    assert window.findChild(QAction, "quiz_action").isEnabled()


def test_the_quiz_asks_only_the_profiles_questions(qtbot, window, tmp_path):
    _apply(qtbot, window, tmp_path, _profile(hidden=(), locked=()))
    window.findChild(QAction, "quiz_action").trigger()
    assert [q.id for q in window.quiz_launcher.dialog.bank.questions] == [
        "why-relu",
        "loss-decreases",
    ]
    window.quiz_launcher.dialog.close()


def test_restore_defaults_goes_back_to_the_profile(qtbot, window, tmp_path):
    profile = _profile(locked=(), hidden=())
    _apply(qtbot, window, tmp_path, profile)
    window.controls.optimizer_input.setCurrentText("sgd")
    qtbot.waitUntil(
        lambda: window.description.config.optimizer == "sgd", timeout=WAIT_MS
    )
    window.findChild(QAction, "restore_defaults_action").trigger()
    qtbot.waitUntil(
        lambda: window.description.config == profile.config, timeout=WAIT_MS
    )


def test_saving_from_the_window_round_trips(qtbot, window, tmp_path):
    _apply(qtbot, window, tmp_path, _profile(font_scale=1.5))
    dialog = SaveProfileDialog(window, window.classroom.profile, 1.5)
    qtbot.addWidget(dialog)
    saved = dialog.profile()
    path = tmp_path / "again.toml"
    save_profile(saved, path)
    loaded = load_profile(path)
    assert loaded == saved
    assert loaded.config == window.controls.config()
    assert set(loaded.locked) == set(LOCKED)
    assert set(loaded.hidden) == set(HIDDEN)
    assert loaded.questions == ("loss-decreases", "why-relu")  # the bank's order
    assert loaded.font_scale == 1.5
    assert loaded.title == "Year 10"


def test_profile_from_window_reads_the_fields(window):
    window.controls.seed_input.setValue(7)
    profile = profile_from_window(window, {"seed": "locked", "quiz": "hidden"})
    assert profile.config.seed == 7
    assert profile.locked == ("seed",)
    assert profile.hidden == ("quiz",)


def test_a_malformed_profile_is_refused_with_its_key(qtbot, window, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("format = 1\n[display]\nfont_scale = 9\n", encoding="utf-8")
    before = window.description.config
    classroom = window.classroom
    classroom.open_profile(str(path))
    assert classroom.profile is None
    assert not window.banner.isHidden()
    assert "display.font_scale" in window.banner_text.text()
    assert window.description.config == before


def test_filtered_bank_keeps_the_order_asked():
    from core.quiz.sitting import load_builtin_bank

    bank = load_builtin_bank()
    ids = ("why-relu", "what-is-loss")
    assert tuple(q.id for q in filtered_bank(bank, ids).questions) == ids
    assert filtered_bank(bank, None) is bank


def test_projector_mode_scales_the_font_and_back(window):
    classroom = window.classroom
    base = QApplication.font().pointSizeF()
    classroom.projector.set_scale(2.0)
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    assert window.plot.loss_curve.opts["pen"].widthF() == pytest.approx(5.0)
    assert window.plot.loss_curve.opts["symbolSize"] == pytest.approx(14)
    assert window.settings.value("display/projector_scale") in (2.0, "2.0")
    assert window.findChild(QAction, "projector_2_0_action").isChecked()
    window.findChild(QAction, "projector_cycle_action").trigger()
    assert classroom.projector.scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.plot.loss_curve.opts["pen"].widthF() == pytest.approx(2.5)


def test_the_profile_font_scale_is_applied(qtbot, window, tmp_path):
    base = QApplication.font().pointSizeF()
    _apply(qtbot, window, tmp_path, _profile(font_scale=1.5))
    assert QApplication.font().pointSizeF() == pytest.approx(1.5 * base)


def test_the_shortcuts_sheet_lists_every_menu_key(qtbot, window):
    window.findChild(QAction, "shortcuts_action").trigger()
    sheet = window.shortcuts_sheet
    qtbot.addWidget(sheet)
    keys = {row[1]: row[2] for row in sheet.rows()}
    assert keys["Ctrl+L"] == "Guided lesson"
    assert keys["Ctrl+O"] == "Open profile…"
    assert keys["Ctrl+Shift+P"] == "Next size"
    assert keys["Space"] == "Play / pause"
    assert "Tab / Shift+Tab" in keys
    sheet.close()


def test_tab_reaches_every_control_and_the_ring_follows(qtbot, window):
    from PySide6.QtCore import Qt

    controls = window.controls
    wanted = [
        controls.play_button, controls.step_button, controls.step_batch_button,
        controls.reset_button, controls.quiz_button, controls.dataset_input,
        controls.layers_input, controls.activation_input, controls.epochs_input,
        controls.lr_input, controls.batch_input, controls.optimizer_input,
        controls.seed_input, controls.speed_slider, window.pipeline, window.table,
    ]  # fmt: skip
    reached, widget = [], controls.play_button
    for _ in range(5000):  # the whole chain, once round
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            reached.append(widget)
        if widget is controls.play_button:
            break
    missing = [w.objectName() for w in wanted if w not in reached]
    assert missing == []
    window.activateWindow()
    controls.seed_input.setFocus()
    qtbot.waitUntil(lambda: window.classroom.focus_ring.focused is not None)
    assert window.classroom.focus_ring.drawn_rect() is not None


def test_projector_mode_enlarges_the_quiz_too(qtbot, window):
    window.classroom.projector.set_scale(1.0)
    window.open_quiz()
    normal = window.quiz_launcher.dialog.font().pointSizeF()
    window.quiz_launcher.dialog.close()
    window.classroom.projector.set_scale(2.0)
    window.open_quiz()
    assert window.quiz_launcher.dialog.font().pointSizeF() == pytest.approx(2 * normal)
    window.quiz_launcher.dialog.close()
    window.classroom.projector.set_scale(1.0)
