"""Seeds and layer sizes at every edge: config, command line and the controls."""

import pytest

from core.cli import main
from core.engine.config import MAX_SEED, ConfigError, TrainingConfig, parse_layers


@pytest.mark.parametrize(
    ("text", "sizes"),
    [("64, 32", (64, 32)), (" 64 ,32 ", (64, 32)), ("", ()), ("\t8;4", (8, 4)),
     ("0064", (64,)), ("4096", (4096,))],
)  # fmt: skip
def test_layer_sizes_are_ascii_digits_separated_by_commas(text, sizes):
    assert parse_layers(text) == sizes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("²", "contains the character '²' (U+00B2)"),
        ("64, ١٢", "contains the character '١' (U+0661)"),
        ("64,\u00a032", "(U+00A0)"),
        ("1_0", "'1_0' is not a whole number"),
        ("+5", "'+5' is not a whole number"),
        ("-5", "'-5' is not a whole number"),
        ("0x10", "'0x10' is not a whole number"),
        ("64 32", "'64 32' is not a whole number"),
        ("64,,32", "empty size between two commas"),
        ("64,", "empty size between two commas"),
        ("0", "1 to 4096 units, got 0"),
        ("4097", "1 to 4096 units, got 4097"),
        ("9" * 5000, "got a number with 5000 digits"),
        (",".join(["8"] * 9), "At most 8 hidden layers"),
    ],
)
def test_bad_layer_sizes_are_a_config_error_naming_the_part(text, words):
    with pytest.raises(ConfigError) as caught:
        parse_layers(text)
    assert caught.value.field == "hidden_layers"
    assert words in str(caught.value)


@pytest.mark.parametrize(
    "args",
    [["--layers", "²"], ["--layers", "1_0"], ["--seed", str(2**31)], ["--seed", "-1"]],
)
def test_the_command_line_refuses_in_one_line(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(["train", "--epochs", "1", *args])
    assert info.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("python -m core: error: ")


def test_one_seed_range_in_config():
    assert TrainingConfig(seed=MAX_SEED).validate().seed == 2**31 - 1
    with pytest.raises(ConfigError, match="0 to 2,147,483,647"):
        TrainingConfig(seed=MAX_SEED + 1).validate()


def test_the_seed_field_holds_the_whole_range(qtbot):
    from desktop.controls.panel import ControlsPanel

    panel = ControlsPanel()
    qtbot.addWidget(panel)
    assert (panel.seed_input.minimum(), panel.seed_input.maximum()) == (0, MAX_SEED)
    panel.set_config(TrainingConfig(seed=MAX_SEED))
    assert panel.config().seed == MAX_SEED


def test_a_seed_past_the_range_is_refused_before_signals_are_blocked(qtbot):
    from desktop.controls.panel import ControlsPanel

    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.set_config(TrainingConfig(seed=7, epochs=9))
    with pytest.raises(ConfigError, match="seed"):
        panel.set_config(TrainingConfig(seed=2**31, epochs=3))
    widgets = (panel.seed_input, panel.epochs_input, panel.layers_input)
    assert not any(w.signalsBlocked() for w in widgets)
    assert (panel.seed_input.value(), panel.epochs_input.value()) == (7, 9)
    with qtbot.waitSignal(panel.config_changed, timeout=1000) as changed:
        panel.seed_input.setValue(8)  # later edits still reach the run
    assert changed.args[0].seed == 8


@pytest.mark.parametrize("text", ["²", "64, ١٢", "1_0", "+5"])
def test_the_layers_field_shows_the_reason_instead_of_a_traceback(qtbot, text):
    from desktop.controls.panel import ControlsPanel

    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.layers_input.setText(text)
    panel.layers_input.textEdited.emit(text)
    panel.layers_input.editingFinished.emit()
    assert panel.config() is None
    assert not panel.layers_error.isHidden()
    assert "64, 32" in panel.layers_error.text()
