"""The playground's knobs, penalties and stopping rules in the controls panel.

Each control is checked against the config field it documents
(desktop/controls/playground.py and controls_rules.py), then in the
real window against what the run is made of: the data, the network's input
count, the pipeline's shapes, the split's row counts and the status line.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from core import TrainingConfig
from core.data.knobs import FEATURES, is_planar
from core.engine.config import MAX_SEED
from core.files.classroom_profile import (
    CONTROLS,
    ClassroomProfile,
    parse_profile,
    profile_to_toml,
)
from desktop.classroom.profile_actions import control_widgets
from desktop.controls.panel import ControlsPanel
from desktop.controls.playground import next_data_seed
from desktop.run.pace import FASTEST_PACE
from desktop.shell import settings_store
from tests.gui_helpers import WAIT_MS, make_window, set_speed

MOONS = TrainingConfig(dataset="moons", n_rows=200, hidden_layers=(8,), epochs=5)


@pytest.fixture
def panel(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_config(MOONS)
    return panel


def _changed(qtbot, panel: ControlsPanel, act) -> TrainingConfig:
    with qtbot.waitSignal(panel.config_changed, timeout=1000) as changed:
        act()
    return changed.args[0]


def _type(field, text: str) -> None:
    """What a student's typing does: the text, textEdited, then leaving the field."""
    field.setText(text)
    field.textEdited.emit(text)
    field.editingFinished.emit()


# -- the panel: each control and its config field ------------------------------------


@pytest.mark.parametrize("percent", [1, 5, 20, 37, 50])
def test_the_noise_slider_sets_the_noise_share(qtbot, panel, percent):
    box = panel.playground_box
    config = _changed(qtbot, panel, lambda: box.noise_slider.setValue(percent))
    assert config.noise == pytest.approx(percent / 100)
    assert config.dataset == "moons"
    assert box.noise_label.text() == f"{percent}% of the data's spread"


@pytest.mark.parametrize("train", [10, 35, 50, 79, 90])
def test_the_split_slider_sets_the_validation_share(qtbot, panel, train):
    box = panel.playground_box
    config = _changed(qtbot, panel, lambda: box.ratio_slider.setValue(train))
    assert config.val_fraction == pytest.approx(1 - train / 100)
    assert box.ratio_label.text() == f"{train}% training · {100 - train}% validation"


def test_the_split_slider_covers_10_to_90_percent(panel):
    slider = panel.playground_box.ratio_slider
    assert (slider.minimum(), slider.maximum()) == (10, 90)
    noise = panel.playground_box.noise_slider
    assert (noise.minimum(), noise.maximum()) == (0, 50)


def test_an_unrelated_edit_keeps_a_share_the_slider_can_only_round(qtbot, panel):
    panel.set_config(MOONS.with_changes(val_fraction=0.333, noise=0.123))
    config = _changed(qtbot, panel, lambda: panel.epochs_input.setValue(9))
    assert (config.val_fraction, config.noise, config.epochs) == (0.333, 0.123, 9)


def test_feature_toggles_add_inputs_in_the_documented_order(qtbot, panel):
    checks = panel.playground_box.feature_checks
    assert [c.text() for c in checks.values()] == [n for n, _ in FEATURES.values()]
    config = _changed(qtbot, panel, lambda: checks["sinx"].setChecked(True))
    assert config.features == ("sinx",)
    config = _changed(qtbot, panel, lambda: checks["x2"].setChecked(True))
    assert config.features == ("x2", "sinx")  # FEATURES order, not click order
    config = _changed(qtbot, panel, lambda: checks["sinx"].setChecked(False))
    assert config.features == ("x2",)


def test_a_profiles_own_feature_order_is_kept_until_the_boxes_change(qtbot, panel):
    panel.set_config(MOONS.with_changes(features=("xy", "x2")))
    assert panel.config().features == ("xy", "x2")
    checks = panel.playground_box.feature_checks
    config = _changed(qtbot, panel, lambda: checks["y2"].setChecked(True))
    assert config.features == ("x2", "y2", "xy")


def test_the_playground_shows_on_2d_data_only(qtbot, panel):
    box = panel.playground_box
    assert box.isVisible()
    names = [
        panel.dataset_input.itemText(i) for i in range(panel.dataset_input.count())
    ]
    assert {"athletes", "moons"} <= set(names)
    for name in names:
        panel.dataset_input.setCurrentText(name)
        assert box.isVisible() == is_planar(name), name
    panel.dataset_input.setCurrentText("athletes")
    assert not box.isVisible()
    assert box.isEnabled()  # hidden, not disabled
    panel.set_config(MOONS)
    assert box.isVisible()
    panel.set_config(TrainingConfig())
    assert not box.isVisible()


def test_leaving_2d_data_drops_noise_features_and_the_data_seed(qtbot, panel):
    panel.set_config(
        MOONS.with_changes(noise=0.3, features=("xy",), val_fraction=0.7, data_seed=4)
    )
    config = _changed(
        qtbot, panel, lambda: panel.dataset_input.setCurrentText("athletes")
    )
    assert (config.noise, config.features, config.data_seed) == (0.0, (), None)
    assert config.val_fraction == 0.5  # held in athletes' range, 0.05-0.5
    # the hidden knobs show what is in effect, so coming back adds no noise
    config = _changed(qtbot, panel, lambda: panel.dataset_input.setCurrentText("moons"))
    assert (config.noise, config.features, config.val_fraction) == (0.0, (), 0.5)


@pytest.mark.parametrize(("seed", "data_seed", "expected"), [
    (0, None, 1), (7, None, 8), (7, 3, 4), (0, MAX_SEED, 0),
])  # fmt: skip
def test_next_data_seed_is_the_one_in_use_plus_one(seed, data_seed, expected):
    config = MOONS.with_changes(seed=seed, data_seed=data_seed)
    assert next_data_seed(config) == expected


def test_regenerate_asks_for_new_data_and_says_so(qtbot, panel):
    button = panel.playground_box.regenerate_button
    with qtbot.waitSignal(panel.said, timeout=1000) as said:
        config = _changed(qtbot, panel, button.click)
    assert (config.data_seed, config.seed) == (1, 0)
    assert "data seed 1" in said.args[0]
    assert "same weights (seed 0)" in said.args[0]
    config = _changed(qtbot, panel, button.click)
    assert config.data_seed == 2


def test_regenerate_waits_while_a_field_is_unusable(qtbot, panel):
    _type(panel.layers_input, "8,,")
    with qtbot.assertNotEmitted(panel.config_changed):
        panel.playground_box.regenerate_button.click()


@pytest.mark.parametrize(("text", "value"), [
    ("0.001", 0.001), ("0,5", 0.5), ("", 0.0), ("10", 10.0), ("0", 0.0),
])  # fmt: skip
@pytest.mark.parametrize("name", ["l1", "l2"])
def test_the_penalty_fields_set_the_rates(qtbot, panel, name, text, value):
    field = getattr(panel.rules_box, f"{name}_input")
    field.setText("3")
    field.editingFinished.emit()
    config = _changed(qtbot, panel, lambda: _type(field, text))
    assert getattr(config, name) == value
    assert not getattr(panel.rules_box, f"{name}_error").isVisible()


@pytest.mark.parametrize(("text", "says"), [
    ("abc", "must be a number such as 0.001"),
    ("nan", "must be a number such as 0.001"),
    ("inf", "must be a number such as 0.001"),
    ("-0.1", "must be from 0 to 10"),
    ("10.5", "must be from 0 to 10"),
])  # fmt: skip
@pytest.mark.parametrize("name", ["l1", "l2"])
def test_an_unusable_rate_is_refused_at_its_field(qtbot, panel, name, text, says):
    field = getattr(panel.rules_box, f"{name}_input")
    error = getattr(panel.rules_box, f"{name}_error")
    with qtbot.assertNotEmitted(panel.config_changed):
        _type(field, text)
    assert error.isVisible()
    assert error.text() == f"The {name.upper()} rate {says}" + (
        " (0 for none)." if "number" in says else "."
    )
    assert field.accessibleDescription() == error.text()
    assert panel.config() is None
    _type(field, "0.01")
    assert not error.isVisible()
    assert getattr(panel.config(), name) == 0.01


def test_early_stopping_and_restoring_set_the_stopping_rules(qtbot, panel):
    rules = panel.rules_box
    assert panel.config().early_stopping_patience is None
    with qtbot.assertNotEmitted(panel.config_changed):
        rules.patience_input.setValue(3)  # not in use while early stopping is off
    config = _changed(qtbot, panel, lambda: rules.early_stop_check.setChecked(True))
    assert config.early_stopping_patience == 3
    config = _changed(qtbot, panel, lambda: rules.patience_input.setValue(7))
    assert config.early_stopping_patience == 7
    config = _changed(qtbot, panel, lambda: rules.restore_best_check.setChecked(True))
    assert config.restore_best is True
    config = _changed(qtbot, panel, lambda: rules.early_stop_check.setChecked(False))
    assert (config.early_stopping_patience, config.restore_best) == (None, True)


def test_set_config_shows_every_new_field(panel):
    config = MOONS.with_changes(
        noise=0.25, val_fraction=0.4, features=("y2", "siny"), l1=0.002, l2=0.5,
        early_stopping_patience=12, restore_best=True, data_seed=9,
    )  # fmt: skip
    panel.set_config(config)
    box, rules = panel.playground_box, panel.rules_box
    assert box.noise_slider.value() == 25
    assert box.ratio_slider.value() == 60
    ticked = [code for code, c in box.feature_checks.items() if c.isChecked()]
    assert ticked == ["y2", "siny"]
    assert (rules.l1_input.text(), rules.l2_input.text()) == ("0.002", "0.5")
    assert rules.early_stop_check.isChecked()
    assert rules.patience_input.value() == 12
    assert rules.restore_best_check.isChecked()
    assert panel.config() == config


# -- the classroom profile ---------------------------------------------------------


def test_every_profile_control_name_has_widgets(panel):
    for name in CONTROLS:
        assert control_widgets(panel, name), name
    box = panel.playground_box
    assert box.noise_slider in control_widgets(panel, "noise")
    assert box.ratio_slider in control_widgets(panel, "val_fraction")
    assert box.regenerate_button in control_widgets(panel, "regenerate")
    assert set(box.feature_checks.values()) <= set(control_widgets(panel, "features"))
    rules = panel.rules_box
    assert {rules.l1_input, rules.l2_input} == set(
        control_widgets(panel, "regularization")
    )
    assert rules.early_stop_check in control_widgets(panel, "early_stopping")


def test_a_profile_locks_and_hides_the_new_controls(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, MOONS)
    window.ask_before_discarding = False
    profile = ClassroomProfile(
        config=MOONS, locked=("noise", "regularization"), hidden=("features",)
    )
    window.classroom.profiles.apply(profile)
    box, rules = window.controls.playground_box, window.controls.rules_box
    assert not box.noise_slider.isEnabled()
    assert box.noise_slider.toolTip() == "Fixed by your teacher's profile"
    assert not rules.l1_input.isEnabled()
    assert not rules.l2_input.isEnabled()
    assert not box.features_row.isVisible()
    assert box.ratio_slider.isEnabled()
    assert box.ratio_slider.isVisible()
    window.classroom.profiles.apply(None)
    assert box.noise_slider.isEnabled()
    assert box.features_row.isVisible()
    window.close()


def test_profiles_name_the_new_controls_and_keep_the_new_settings():
    config = MOONS.with_changes(
        noise=0.1, features=("xy",), l1=0.01, early_stopping_patience=4,
        restore_best=True, data_seed=3, val_fraction=0.3,
    )  # fmt: skip
    profile = ClassroomProfile(
        config=config, locked=("noise", "early_stopping"), hidden=("regenerate",)
    )
    again = parse_profile(profile_to_toml(profile), question_ids=[])
    assert again.config == config
    assert (again.locked, again.hidden) == (profile.locked, profile.hidden)
    assert again.state_of("regenerate") == "hidden"


# -- settings ------------------------------------------------------------------------


@pytest.mark.parametrize("config", [
    MOONS.with_changes(noise=0.35, val_fraction=0.75, features=("x2", "siny"),
                       data_seed=12, l1=0.003, l2=0.02,
                       early_stopping_patience=6, restore_best=True),
    TrainingConfig(l1=0.5, early_stopping_patience=1),
    TrainingConfig(val_fraction=0.05, restore_best=True),
])  # fmt: skip
def test_the_new_fields_round_trip_through_the_settings(tmp_path, config):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings_store.remember_on_close(settings, config, config, 3)  # off: nothing
    assert settings_store.load_config(settings) == TrainingConfig()
    settings_store.save_config(settings, config)
    settings.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings_store.load_config(again) == config


# -- the window: what the run is made of ---------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, MOONS)
    window.ask_before_discarding = False
    yield window
    window.close()


def _run_with(qtbot, window, check) -> None:
    qtbot.waitUntil(lambda: check(window.description), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            window.controller.latest is not None
            and window.controller.latest.layer_sizes[0]
            == window.description.dataset.n_features
        ),
        timeout=WAIT_MS,
    )


@pytest.mark.parametrize("train", [10, 50, 83])
def test_the_split_slider_sets_the_runs_row_counts(qtbot, window, train):
    window.controls.playground_box.ratio_slider.setValue(train)
    fraction = round(1 - train / 100, 2)
    _run_with(qtbot, window, lambda d: d.config.val_fraction == fraction)
    d = window.description
    rows = d.dataset.n_rows
    assert d.val_rows == max(1, round(rows * fraction))  # core.data.datasets.split
    assert d.train_rows + d.val_rows == rows == 200


def test_regenerate_draws_new_data_from_the_same_starting_weights(qtbot, window):
    before = window.description
    theta = window.controller.latest.theta.copy()
    assert window.controller.latest.step == 0
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=WAIT_MS):
        window.controls.playground_box.regenerate_button.click()
    assert "data seed 1" in window.statusBar().currentMessage()
    _run_with(qtbot, window, lambda d: d.config.data_seed == 1)
    after = window.description
    assert after.dataset.X.shape == before.dataset.X.shape
    assert not np.allclose(after.dataset.X, before.dataset.X)
    qtbot.waitUntil(lambda: window.controller.latest.step == 0, timeout=WAIT_MS)
    np.testing.assert_array_equal(window.controller.latest.theta, theta)


def test_feature_toggles_widen_the_network_and_the_pipeline(qtbot, window):
    checks = window.controls.playground_box.feature_checks
    assert window.description.stages[0].out_shape == (200, 2)
    for count, code in enumerate(("xy", "sinx", "y2"), start=3):
        checks[code].setChecked(True)
        _run_with(qtbot, window, lambda d, n=count: d.dataset.n_features == n)
        d = window.description
        assert d.stages[0].in_shape == (200, count)
        assert d.stages[0].out_shape == (200, count)
        layer1 = next(s for s in d.stages if s.kind == "layer")
        assert layer1.in_shape[1] == count
        assert layer1.parameter_count == count * 8 + 8
        assert window.controller.latest.layer_sizes[:2] == (count, 8)
        x1, x2 = d.dataset.X[:, 0], d.dataset.X[:, 1]
        made = {"xy": x1 * x2, "sinx": np.sin(x1), "y2": x2**2}
        order = [c for c in FEATURES if checks[c].isChecked()]
        for i, feature in enumerate(order, start=2):
            np.testing.assert_allclose(d.dataset.X[:, i], made[feature])


def test_the_noise_slider_moves_the_runs_points(qtbot, window):
    clean = window.description.dataset.X.copy()
    window.controls.playground_box.noise_slider.setValue(30)
    _run_with(qtbot, window, lambda d: d.config.noise == 0.3)
    noisy = window.description.dataset.X
    spread = np.sqrt(np.mean(np.var(clean, axis=0)))
    moved = noisy - clean
    assert moved.std() == pytest.approx(0.3 * spread, rel=0.15)


def test_early_stopping_set_in_the_window_ends_the_run_with_its_sentence(qtbot, window):
    controls = window.controls
    controls.set_config(
        MOONS.with_changes(learning_rate=0.05, batch_size=16, epochs=200)
    )
    controls.rules_box.patience_input.setValue(3)
    controls.rules_box.restore_best_check.setChecked(True)
    controls.rules_box.early_stop_check.setChecked(True)
    _run_with(qtbot, window, lambda d: d.config.early_stopping_patience == 3)
    assert window.description.config.restore_best
    set_speed(window, FASTEST_PACE)
    controls.play_button.click()
    qtbot.waitUntil(
        lambda: window.controller.latest.state == "finished", timeout=WAIT_MS
    )
    reason = window.controller.latest.stop_reason
    assert reason.code == "early"
    assert window.controller.latest.epochs_done < 200
    assert reason.epoch == reason.best_epoch + 3
    qtbot.waitUntil(
        lambda: "Stopped early at epoch" in window.status_label.text(), timeout=WAIT_MS
    )
    assert window.status_label.text().endswith(
        f"since its best at epoch {reason.best_epoch} (weights from epoch "
        f"{reason.best_epoch} restored). · finished"
    )


def test_stop_ends_the_run_for_good_with_the_users_reason(qtbot, window):
    window.controls.epochs_input.setValue(5000)
    _run_with(qtbot, window, lambda d: d.config.epochs == 5000)
    window.controls.play_button.click()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done >= 1, timeout=WAIT_MS)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as ended:
        window.commands.trigger("stop_action")
    snapshot = ended.args[0]
    assert snapshot.state == "finished"
    assert snapshot.stop_reason.code == "user"
    done = snapshot.epochs_done
    assert 1 <= done < 5000
    assert not window.controller.playing
    qtbot.waitUntil(
        lambda: (
            f"Stopped by the user after {snapshot.stop_reason.done} of 5000 "
            "epochs. · finished" in window.status_label.text()
        ),
        timeout=WAIT_MS,
    )
    assert not window.controls.play_button.isEnabled()  # only Reset goes on


@pytest.mark.parametrize(
    ("screen", "scale"), [((1024, 768), 1.0), ((1280, 800), 1.0), ((1024, 768), 2.0)]
)
def test_the_new_controls_fit_with_the_playground_open(qtbot, window, screen, scale):
    """On 2-D data (the playground shown), in the wide column or the drawer."""
    from PySide6.QtWidgets import QWidget

    from tests.test_layout import CONTROLS as KINDS
    from tests.test_layout import _settle, _show_at, placement_problem, text_problems

    controls = window.controls
    controls.rules_box.l1_input.setText("x")
    controls.rules_box.l1_input.textEdited.emit("x")  # the longest error shows
    try:
        _show_at(qtbot, window, screen, scale)
        if controls.compact:
            controls.drawer_button.click()
            _settle(qtbot, window)
        if scale == 1.0:  # the open drawer does not widen it (at 2× it always did)
            assert window.width() == screen[0]
        assert controls.playground_box.isVisible()
        assert controls.rules_box.l1_error.isVisible()
        problems = []
        for widget in controls.findChildren(QWidget):
            if not isinstance(widget, KINDS) or not widget.isVisible():
                continue
            where = placement_problem(widget, window)
            if where:
                problems.append(f"{widget.objectName()} {where}")
            problems += text_problems(widget)
        assert not problems, "\n".join(problems)
        scroll = controls.parentWidget().parentWidget()
        scroll.ensureWidgetVisible(controls.rules_box.restore_best_check)
        _settle(qtbot, window)
        assert not placement_problem(controls.rules_box.restore_best_check, window)
    finally:
        window.classroom.projector.set_scale(1.0)  # the app font is global
