"""The setup form's "per layer…" activation: the field, its checks, the lock.

The Activation list ends with "per layer…", which shows a field for one
activation per hidden layer (desktop/controls/setup_form.py). Each test
drives the widgets as a student does and reads the config the panel emits.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from core import TrainingConfig
from core.engine.activations import HIDDEN_ACTIVATIONS
from desktop.classroom.profile_actions import _set_row_visible, control_widgets
from desktop.controls.panel import ControlsPanel
from desktop.shell import settings_store
from tests.gui_helpers import make_window
from tests.test_layout import _settle, _show_at, layout_problems, placement_problem

BASE = TrainingConfig(dataset="moons", n_rows=200, hidden_layers=(8, 6), epochs=5)
PER_LAYER = len(HIDDEN_ACTIVATIONS)  # the list's last entry


@pytest.fixture
def panel(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_config(BASE)
    return panel


def _type(field, text: str) -> None:
    """What a student's typing does: the text, textEdited, then leaving the field."""
    field.setText(text)
    field.textEdited.emit(text)
    field.editingFinished.emit()


def _changed(qtbot, panel: ControlsPanel, act) -> TrainingConfig:
    with qtbot.waitSignal(panel.config_changed, timeout=1000) as changed:
        act()
    return changed.args[0]


def test_the_field_shows_only_for_per_layer(panel):
    setup = panel.setup_box
    assert setup.activation_input.itemText(PER_LAYER) == "per layer…"
    assert not setup.layer_activations_input.isVisible()
    setup.activation_input.setCurrentIndex(PER_LAYER)
    assert setup.layer_activations_input.isVisible()
    assert setup.layer_activations_input.text() == "relu, relu"  # what runs now
    setup.activation_input.setCurrentText("tanh")
    assert not setup.layer_activations_input.isVisible()


def test_per_layer_names_set_the_config(qtbot, panel):
    setup = panel.setup_box
    setup.activation_input.setCurrentIndex(PER_LAYER)
    config = _changed(
        qtbot, panel, lambda: _type(setup.layer_activations_input, "relu, tanh")
    )
    assert config.layer_activations == ("relu", "tanh")
    assert config.hidden_activations() == ("relu", "tanh")
    config = _changed(
        qtbot, panel, lambda: setup.activation_input.setCurrentText("sigmoid")
    )
    assert config.layer_activations is None
    assert config.hidden_activations() == ("sigmoid", "sigmoid")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("relu", "There are 2 hidden layers, so write 2 activations"),
        ("relu, tanh, tanh", "not 3"),
        ("relu, tahn", 'did you mean "tanh"'),
        ("relu,,tanh", "empty name"),
    ],
)
def test_a_list_that_does_not_fit_is_refused_at_the_field(qtbot, panel, text, words):
    setup = panel.setup_box
    setup.activation_input.setCurrentIndex(PER_LAYER)
    with qtbot.assertNotEmitted(panel.config_changed):
        _type(setup.layer_activations_input, text)
    assert setup.layer_activations_error.isVisible()
    assert words in setup.layer_activations_error.text()
    assert words in setup.layer_activations_input.accessibleDescription()
    assert panel.config() is None
    _type(setup.layer_activations_input, "tanh, relu")
    assert not setup.layer_activations_error.isVisible()
    assert panel.config().layer_activations == ("tanh", "relu")


def test_changing_the_layer_count_rechecks_the_list(qtbot, panel):
    setup = panel.setup_box
    setup.activation_input.setCurrentIndex(PER_LAYER)
    _type(setup.layer_activations_input, "relu, tanh")
    _type(setup.layers_input, "8, 6, 4")
    assert "There are 3 hidden layers" in setup.layer_activations_error.text()
    assert panel.config() is None
    config = _changed(
        qtbot, panel, lambda: _type(setup.layer_activations_input, "relu,tanh,sigmoid")
    )
    assert config.hidden_layers == (8, 6, 4)
    assert config.layer_activations == ("relu", "tanh", "sigmoid")


def test_a_mixed_config_is_shown_as_per_layer_and_a_uniform_one_is_not(panel):
    setup = panel.setup_box
    panel.set_config(BASE.with_changes(layer_activations=("sigmoid", "linear")))
    assert setup.per_layer_chosen()
    assert setup.layer_activations_input.isVisible()
    assert setup.layer_activations_input.text() == "sigmoid, linear"
    assert panel.config() == BASE.with_changes(layer_activations=("sigmoid", "linear"))
    panel.set_config(BASE.with_changes(activation="tanh"))
    assert setup.activation_input.currentText() == "tanh"
    assert not setup.layer_activations_input.isVisible()


def test_the_profiles_architecture_lock_and_hide_cover_the_field(panel):
    setup = panel.setup_box
    panel.set_config(BASE.with_changes(layer_activations=("relu", "tanh")))
    combo = setup.activation_input
    assert combo in control_widgets(panel, "architecture")
    combo.setEnabled(False)
    assert not setup.layer_activations_input.isEnabled()
    combo.setEnabled(True)
    assert setup.layer_activations_input.isEnabled()
    _set_row_visible(combo, False)
    assert not setup.layer_activations_input.isVisible()
    _set_row_visible(combo, True)
    assert setup.layer_activations_input.isVisible()


def test_a_remembered_setup_keeps_its_per_layer_activations(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    config = BASE.with_changes(layer_activations=("relu", "tanh"))
    settings_store.save_config(settings, config)
    assert settings_store.load_config(settings) == config


@pytest.mark.parametrize(("screen", "scale"), [((1024, 768), 1.0), ((1024, 768), 2.0)])
def test_the_field_and_mixed_titles_fit_a_school_screen(qtbot, tmp_path, screen, scale):
    """The per-layer field with a refusal under it, and the pipeline's longer
    titles of a mixed network, are neither cut nor outside the window."""
    config = TrainingConfig(layer_activations=("relu", "tanh"), epochs=2)
    window = make_window(qtbot, tmp_path, config)
    try:
        assert window.description.config.layer_activations == ("relu", "tanh")
        _show_at(qtbot, window, screen, scale)
        controls = window.controls
        if not controls.setup_box.isVisible():
            controls.drawer_button.click()
        setup = controls.setup_box
        setup.layer_activations_input.setText("relu")
        setup.layer_activations_input.textEdited.emit("relu")  # refused: 2 layers
        _settle(qtbot, window)
        assert setup.layer_activations_error.isVisible()
        for widget in (setup.layer_activations_input, setup.seed_input):
            assert not placement_problem(widget, window), widget.objectName()
        titles = [window.pipeline.full_title(i) for i in range(4)]
        assert titles[3].endswith("Feature Extraction (Layer 2, tanh)")
        assert not layout_problems(window)
    finally:
        window.classroom.projector.set_scale(1.0)  # the app font is global
        window.close()
