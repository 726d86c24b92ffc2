"""The import dialog leaves the target to the teacher; the run says its chance rate.

The dialog's files are the crafted CSVs of ``tests/test_csv_data.py``; the core
rules are tested there, and here only what the dialog and the views make of them.
"""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.csv_data import load_csv
from desktop.classroom.data_import_dialog import DataImportDialog
from desktop.lesson.boundary_view import BoundaryView
from desktop.run import background_task
from desktop.run.training_worker import _describe
from tests.gui_helpers import WAIT_MS, make_window
from tests.test_csv_data import RARE_PIXEL, digits_like, target_file, write


def settle(qtbot):
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def open_dialog(qtbot, path) -> DataImportDialog:
    dialog = DataImportDialog(path)
    qtbot.addWidget(dialog)
    settle(qtbot)
    return dialog


def listed(dialog: DataImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def choose(qtbot, dialog: DataImportDialog, name: str) -> None:
    dialog.target_input.setCurrentText(name)
    settle(qtbot)


def test_a_nearly_constant_last_column_is_not_chosen_and_load_waits(qtbot, tmp_path):
    dialog = open_dialog(qtbot, digits_like(tmp_path))
    assert dialog.target_input.currentIndex() == -1
    assert dialog.target_input.currentText() == ""
    assert not dialog.load_button.isEnabled()
    assert dialog.result is None
    assert dialog.status.text().startswith("Choose the target column")
    assert "at least 5% of the rows and 10 rows" in dialog.load_button.toolTip()
    [reason] = listed(dialog)
    assert "The last column, 'pixel_7_0', cannot be the target: " + RARE_PIXEL in (
        reason
    )


def test_choosing_a_valid_target_enables_load_with_the_loaders_data(qtbot, tmp_path):
    path = digits_like(tmp_path)
    dialog = open_dialog(qtbot, path)
    choose(qtbot, dialog, "big")
    assert dialog.load_button.isEnabled()
    expected = load_csv(path, "big")
    np.testing.assert_array_equal(dialog.result.dataset.X, expected.dataset.X)
    np.testing.assert_array_equal(dialog.result.dataset.y, expected.dataset.y)
    assert f"✓ Chance: {expected.chance}; the network has to beat that." in listed(
        dialog
    )
    choose(qtbot, dialog, "pixel_7_0")  # the teacher picks the rare column anyway
    assert not dialog.load_button.isEnabled()
    assert dialog.result is None
    assert listed(dialog)[0] == "⚠ " + RARE_PIXEL + " Choose another target column."
    assert dialog.status.text() == "Load waits: " + RARE_PIXEL + (
        " Choose another target column."
    )
    loaded = []
    dialog.loaded.connect(lambda result, fixes: loaded.append(result))
    dialog.load()  # Load waits: nothing is handed over
    assert loaded == []


def test_an_imbalanced_but_valid_last_column_is_chosen(qtbot, tmp_path):
    dialog = open_dialog(qtbot, target_file(tmp_path, 200, 10))
    assert dialog.target_input.currentText() == "outcome"
    assert dialog.load_button.isEnabled()
    assert "✓ Chance: always saying no scores 95.0%; the network has to beat that." in (
        listed(dialog)
    )


@pytest.mark.parametrize(("n_rare", "usable"), [(9, False), (10, True)])
def test_the_dialog_follows_the_core_rule_at_its_edge(qtbot, tmp_path, n_rare, usable):
    dialog = open_dialog(qtbot, target_file(tmp_path, 200, n_rare))
    assert (dialog.target_input.currentIndex() == 2) is usable
    assert dialog.load_button.isEnabled() is usable


def test_a_three_valued_last_column_waits_and_fixes_follow_the_choice(qtbot, tmp_path):
    lines = ["a,const,smoker,grade"]
    lines += [f"{i},5,{'yn'[i % 2]},{'ABC'[i % 3]}" for i in range(60)]
    dialog = open_dialog(qtbot, write(tmp_path, lines))
    assert dialog.target_input.currentIndex() == -1
    assert not dialog.load_button.isEnabled()
    assert "3 different values" in listed(dialog)[0]
    assert not dialog.drop_columns.isEnabled()
    choose(qtbot, dialog, "smoker")
    assert not dialog.load_button.isEnabled()  # 'grade' is text, 'const' constant
    assert any("'grade'" in m for m in listed(dialog))
    assert dialog.drop_columns.isEnabled()
    lines = [line.rsplit(",", 1)[0] for line in lines]
    dialog.open_path(write(tmp_path, lines, "two.csv"))
    settle(qtbot)
    assert dialog.target_input.currentText() == "smoker"
    assert dialog.drop_columns.isEnabled()
    dialog.drop_columns.setChecked(True)
    settle(qtbot)
    assert dialog.load_button.isEnabled()
    assert dialog.result.dropped_columns == ("const",)


def test_the_boundary_note_speaks_of_people_only_for_the_athletes(qtbot, tmp_path):
    rng = np.random.default_rng(4)
    lines = ["a,b,c,outcome"]
    lines += [f"{rng.normal():.3f},{rng.normal():.3f},{i},{i % 2}" for i in range(80)]
    csv = load_csv(write(tmp_path, lines, "three.csv")).dataset
    view = BoundaryView()
    qtbot.addWidget(view)
    for dataset, people in ((csv, False), (None, True), (csv, False)):
        config = TrainingConfig(dataset=dataset.name if dataset else "athletes")
        view.set_description(_describe(Trainer(config, dataset)))
        note = view.note.text()
        assert ("the dots are real people" in note) is people
        assert "whose other features vary" in note
    assert "the dots are rows of the data (80 rows and 3 features from three.csv)" in (
        view.note.text()
    )


def test_the_output_box_says_the_chance_before_and_during_the_run(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    description = window.description
    expected = f"{100 * description.chance:.1f}%"
    before = window.pipeline.live_text("output")
    assert before.startswith("To beat: always saying ")
    assert before.endswith(f" scores {expected}")
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: window.pipeline.live_text("output").startswith("Now: "),
        timeout=WAIT_MS,
    )
    assert window.pipeline.live_text("output").endswith(f" scores {expected}")
    window.close()
