"""A classes run and a number run, end to end in the real window.

blobs (4 classes), iris from File → Open data (3 classes) and bump (a number)
train a few epochs; the pipeline, the curves, the trace table, the status and
live lines, the quiz, a session and the history export are each checked in
the run's own terms, and against its numbers.
"""

import csv
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core import TrainingConfig
from core.data.datasets import ALL_DATASET_NAMES, INFO
from core.files.history_export import HISTORY_COLUMNS, NUMBER_HISTORY_COLUMNS
from core.files.session_restore import same_records
from core.quiz.rules import chance_verdict, gap_points, r2_verdict
from desktop.classroom import export_actions, run_report
from desktop.classroom.data_import_dialog import DataImportDialog
from desktop.run import background_task
from tests.gui_helpers import WAIT_MS, make_window
from tests.sklearn_tables import write_csv as write_table

SMALL = {"epochs": 4, "hidden_layers": (16, 8), "learning_rate": 0.01}
CHANCE_ORDER = ("beyond", "above", "close", "below")
R2_ORDER = ("strong", "some", "little", "none")


def settle(qtbot):
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def train_epochs(qtbot, window, n):
    for _ in range(n):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done == n, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.run_model.snapshot.epochs_done == n, timeout=WAIT_MS)


@pytest.fixture(params=[("blobs", "classes"), ("bump", "number")])
def kind_window(request, qtbot, tmp_path):
    name, kind = request.param
    config = TrainingConfig(dataset=name, target_kind=kind, **SMALL)
    window = make_window(qtbot, tmp_path, config)
    window.ask_before_discarding = False
    yield window
    settle(qtbot)
    window.close()


def headers(window) -> list[str]:
    model = window.table.trace_model
    horizontal = Qt.Orientation.Horizontal
    return [model.headerData(i, horizontal) for i in range(model.columnCount())]


def test_the_dataset_list_offers_every_dataset_and_its_kind_follows(kind_window):
    combo = kind_window.controls.dataset_input
    assert [combo.itemText(i) for i in range(combo.count())] == list(ALL_DATASET_NAMES)
    for name in ("blobs", "bump", "athletes", "plane"):
        combo.setCurrentText(name)
        assert kind_window.controls.config().target_kind == INFO[name].kind


def test_a_run_trains_and_every_view_speaks_its_kind(qtbot, kind_window, tmp_path):
    window = kind_window
    kind = window.description.target_kind
    number = kind == "number"
    train_epochs(qtbot, window, 3)
    records = window.controller.latest.records
    output = window.description.stages[-1]
    if number:
        assert output.out_shape[1] == 1
        assert output.description == "One linear unit predicts a number"
        assert "R²" in window.plot.accuracy_plot.titleLabel.text
        assert "Val. R² ↑" in headers(window)
        assert "Val. MAE ↓" in headers(window)
        assert "Val. accuracy ↑" not in headers(window)
        column = [r.val_r2 for r in records]
    else:
        assert output.out_shape[1] == 4
        assert "→ 600 rows × 4 outputs" in output.shapes_text
        assert "Softmax over 4 classes" in output.description
        assert "Accuracy" in window.plot.accuracy_plot.titleLabel.text
        assert "Val. accuracy ↑" in headers(window)
        column = [r.val_accuracy for r in records]
    _, drawn = window.plot.val_accuracy_curve.getData()
    np.testing.assert_array_equal(drawn, column)
    assert window.table.trace_model.rowCount() == 3
    cells = window.table.trace_model.as_csv_rows()
    texts = [window.status_label.text(), *window.pipeline._live.values()]
    texts += [cell for row in cells for cell in row]
    assert all("nan" not in text.lower() for text in texts)
    live = window.pipeline._live["output"]
    if number:
        assert live.startswith(f"Now: validation R² {records[-1].val_r2:.2f}")
    else:
        assert live.startswith(f"Now: {records[-1].val_accuracy:.0%} of validation")


def _numbers(text: str) -> list[str]:
    return re.findall(r"-?\d+(?:\.\d+)?%?|nan|inf", text.lower())


def test_the_quiz_asks_only_what_the_run_supports(qtbot, kind_window):
    window = kind_window
    train_epochs(qtbot, window, 2)
    window.open_quiz()
    dialog = window.quiz_launcher.dialog
    qtbot.addWidget(dialog)
    last = window.controller.latest.records[-1]
    live = {q.id: q for q in dialog.session.live}
    assert live  # at least the loss question or the R² question
    for q in live.values():
        words = " ".join([q.text, *(o.text + " " + o.explanation for o in q.options)])
        assert "nan" not in _numbers(words)
        assert "inf" not in _numbers(words)
        assert sum(o.correct for o in q.options) == 1
    if window.description.target_kind == "number":
        assert "run-vs-chance" not in live
        marked = [o.correct for o in live["run-r2"].options]
        assert marked == [v == r2_verdict(last.val_r2) for v in R2_ORDER]
    else:
        assert "run-r2" not in live
        chance = window.description.chance
        verdict = chance_verdict(gap_points(last.val_accuracy, chance))
        marked = [o.correct for o in live["run-vs-chance"].options]
        assert marked == [v == verdict for v in CHANCE_ORDER]
    dialog.close()


def test_a_session_saves_and_reopens_exactly(qtbot, kind_window, tmp_path):
    window = kind_window
    train_epochs(qtbot, window, 2)
    before = window.controller.latest
    assert window.files_menu.save_session(tmp_path / "run.layerlab")
    settle(qtbot)
    window.controller.reset()
    qtbot.waitUntil(
        lambda: (
            window.controller.latest is not None
            and window.controller.latest.epochs_done == 0
        ),
        timeout=WAIT_MS,
    )
    window.files_menu.open_session(tmp_path / "run.layerlab")
    settle(qtbot)
    qtbot.waitUntil(
        lambda: (
            window.controller.latest is not None
            and window.controller.latest.epochs_done == 2
        ),
        timeout=WAIT_MS,
    )
    after = window.controller.latest
    np.testing.assert_array_equal(after.theta, before.theta)
    assert same_records(after.records, before.records)
    assert "restored exactly" in window.files_menu.last_message
    assert window.description.target_kind == before_kind(window)


def before_kind(window) -> str:
    return INFO[window.description.config.dataset].kind


def test_the_history_export_has_the_kinds_columns(qtbot, kind_window, tmp_path):
    window = kind_window
    train_epochs(qtbot, window, 2)
    path = export_actions.export_history_csv(window.parts, tmp_path / "h.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    number = window.description.target_kind == "number"
    assert tuple(rows[0]) == (NUMBER_HISTORY_COLUMNS if number else HISTORY_COLUMNS)
    last = dict(zip(rows[0], rows[-1], strict=True))
    record = window.controller.latest.records[-1]
    key = "val_r2" if number else "val_accuracy"
    assert float(last[key]) == getattr(record, key)
    trace = export_actions.export_trace_csv(window.parts, tmp_path / "t.csv")
    first = next(csv.reader(trace.read_text(encoding="utf-8").splitlines()))
    assert first == headers(window)
    page = run_report.save_report(window.parts, tmp_path / "report.html")
    text = page.read_text(encoding="utf-8")
    assert ("Val. R² ↑" if number else "Val. accuracy ↑") in text
    assert ("validation R² " if number else "validation accuracy ") in text
    assert "nan" not in re.sub(r"<[^>]*>|base64,[^'\"]*", "", text).lower()


def test_the_output_box_opens_its_details(qtbot, kind_window):
    window = kind_window
    train_epochs(qtbot, window, 1)
    window.open_stage(len(window.description.stages) - 1)
    from desktop.views.stage_detail_dialog import StageDetailDialog

    [dialog] = window.findChildren(StageDetailDialog)
    qtbot.addWidget(dialog)
    dialog.close()


def test_compare_depths_is_offered_for_every_kind(qtbot, kind_window):
    view = kind_window.lesson_views.comparison
    assert not view.refused
    assert view.compare_button.isEnabled()


def open_dialog(qtbot, path, kind=None) -> DataImportDialog:
    dialog = DataImportDialog(path)
    qtbot.addWidget(dialog)
    settle(qtbot)
    if kind is not None:
        dialog.set_target_kind(kind)
        settle(qtbot)
    return dialog


def problems(dialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_the_dialog_kind_choice_for_a_three_class_table(qtbot, tmp_path):
    path = write_table("iris", tmp_path)
    dialog = open_dialog(qtbot, path)  # two classes, the lesson's default
    assert dialog.target_kind() == "binary"
    assert dialog.result is None
    assert not dialog.load_button.isEnabled()
    assert "two values" in dialog.status.text()
    for kind in ("classes", "auto"):
        dialog.set_target_kind(kind)
        settle(qtbot)
        assert dialog.target_input.currentText() == "species"
        assert dialog.load_button.isEnabled()
        data = dialog.result.dataset
        assert data.target_kind == "classes"
        assert data.class_names == ("setosa", "versicolor", "virginica")
        assert any("Chance: always saying" in p for p in problems(dialog))
    dialog.set_target_kind("number")  # text cannot be a number
    settle(qtbot)
    assert not dialog.load_button.isEnabled()


def test_the_dialog_kind_choice_for_a_numeric_target(qtbot, tmp_path):
    rng = np.random.default_rng(4)
    lines = ["size (m2),rooms,price"] + [
        f"{s:.1f},{r},{1000 * s + 5000 * r + e:.2f}"
        for s, r, e in zip(rng.uniform(30, 150, 120), rng.integers(1, 6, 120),
                           rng.normal(0, 3000, 120), strict=True)
    ]  # fmt: skip
    path = tmp_path / "houses.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    assert dialog.result is None  # 120 different prices are no yes/no target
    for kind in ("number", "auto"):
        dialog.set_target_kind(kind)
        settle(qtbot)
        assert dialog.load_button.isEnabled()
        assert dialog.result.dataset.target_kind == "number"
        assert any("R² 0" in p for p in problems(dialog))
    dialog.set_target_kind("classes")  # 120 values: too many classes
    settle(qtbot)
    assert not dialog.load_button.isEnabled()
    assert problems(dialog)[0].startswith("⚠")


def test_iris_opened_from_the_file_menu_trains_as_three_classes(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.ask_before_discarding = False
    dialog = window.files_menu.open_data(write_table("iris", tmp_path))
    qtbot.addWidget(dialog)
    settle(qtbot)
    dialog.set_target_kind("classes")
    settle(qtbot)
    dialog.load()
    qtbot.waitUntil(
        lambda: window.description.dataset.name == "file:iris", timeout=WAIT_MS
    )
    assert window.description.target_kind == "classes"
    assert window.controls.config().target_kind == "classes"
    assert window.description.stages[-1].out_shape[1] == 3
    train_epochs(qtbot, window, 3)
    record = window.controller.latest.records[-1]
    assert math.isfinite(record.val_accuracy)
    assert "nan" not in window.pipeline._live["output"].lower()
    assert "always saying" in window.pipeline._live["output"]
    assert not window.lesson_views.comparison.refused
    assert window.files_menu.save_session(tmp_path / "iris.layerlab")
    settle(qtbot)
    window.files_menu.open_session(tmp_path / "iris.layerlab")
    settle(qtbot)
    qtbot.waitUntil(
        lambda: "restored" in (window.files_menu.last_message or ""), timeout=WAIT_MS
    )
    assert "restored exactly" in window.files_menu.last_message
    np.testing.assert_array_equal(
        window.controller.latest.theta, window.run_model.snapshot.theta
    )
    settle(qtbot)
    window.close()


def test_a_yes_no_window_is_unchanged(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert window.description.target_kind == "binary"
    assert window.plot.accuracy_plot.titleLabel.text == "Accuracy ↑"
    assert headers(window) == [
        "Epoch", "Loss ↓", "Accuracy ↑", "Val. loss ↓", "Val. accuracy ↑",
        "Event", "Observation",
    ]  # fmt: skip
    assert not window.lesson_views.comparison.refused
    assert window.lesson_views.comparison.compare_button.isEnabled()
    window.close()
