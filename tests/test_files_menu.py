"""The File menu's own data, sessions, exports and report, in a real window."""

import csv
import json

import numpy as np
import pytest
from PySide6.QtGui import QAction

from core.data.csv_data import load_csv
from desktop.classroom import export_actions, run_report
from desktop.run import background_task
from tests.gui_helpers import WAIT_MS, make_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    win.files = win.files_menu
    yield win
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    win.close()


def settle(qtbot):
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def write_csv(path, n=60, constant_at=None, gaps=()):
    """``n`` rows of two features, a constant column and a yes/no target."""
    rng = np.random.default_rng(2)
    lines = ["height (cm),score,flag,passed"]
    for i in range(n):
        height, score = rng.normal(170, 10), rng.normal()
        flag = "1" if i == constant_at else "0"
        cells = [f"{height:.1f}", f"{score:.3f}", flag, "yes" if height > 170 else "no"]
        if i in gaps:
            cells[1] = ""
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def train_epochs(qtbot, window, n):
    for _ in range(n):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done == n, timeout=WAIT_MS)
    # saving and exporting read the run model, which the controller feeds
    qtbot.waitUntil(lambda: window.run_model.snapshot.epochs_done == n, timeout=WAIT_MS)


def test_the_file_menu_gets_every_command_above_quit(window):
    names = [a.objectName() for a in window.menu("file").actions()]
    for name in ("open_data_action", "open_session_action", "save_session_action"):
        assert names.index(name) < names.index("quit_action")
    inside = [a.objectName() for a in window.menu("file").findChild(
        type(window.menu("file")), "export_menu").actions()]  # fmt: skip
    assert "export_plot_action" in inside
    assert "export_plot_action" not in names
    assert window.findChild(QAction, "export_weights_json_action") is not None


def test_open_data_shows_problems_offers_fixes_and_loads(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "class.csv", gaps=(4,))
    dialog = window.files_menu.open_data(path)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.target_input.currentText() == "passed"
    messages = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("row 6" in m and "'score'" in m for m in messages)
    assert any("'flag'" in m for m in messages)
    assert not dialog.load_button.isEnabled()
    dialog.drop_rows.setChecked(True)
    dialog.drop_columns.setChecked(True)
    settle(qtbot)
    assert dialog.load_button.isEnabled()
    dialog.load()
    qtbot.waitUntil(
        lambda: window.description.dataset.name == "file:class", timeout=WAIT_MS
    )
    assert window.controls.config().dataset == "file:class"
    assert window.description.stages[0].in_shape == (59, 2)
    assert [r.name for r in window.description.feature_ranges] == ["height", "score"]
    assert window.files_menu.fixes == ("drop_missing_rows", "drop_constant_columns")
    assert not dialog.isVisible()


def test_a_file_that_cannot_load_leaves_the_data_in_use(qtbot, window, tmp_path):
    dialog = window.files_menu.open_data(write_csv(tmp_path / "tiny.csv", n=5))
    qtbot.addWidget(dialog)
    settle(qtbot)
    messages = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("at least 20 rows" in m for m in messages)
    assert not dialog.load_button.isEnabled()
    assert window.description.dataset.name == "athletes"


def test_data_the_trainer_refuses_is_reported_in_the_dialog(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "split.csv")
    split = load_csv(path, drop_constant_columns=True).dataset.split(0.2, seed=0)
    # 'flag' varies only in one validation row: constant within the training rows
    path = write_csv(tmp_path / "split.csv", constant_at=int(split.val_index[0]))
    dialog = window.files_menu.open_data(path)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.load_button.isEnabled()
    with qtbot.waitSignal(window.controller.failed, timeout=WAIT_MS):
        dialog.load()
    qtbot.waitUntil(lambda: "flag" in dialog.problems.item(0).text(), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert window.description.dataset.name == "athletes"
    assert window.controls.config().dataset == "athletes"


def test_save_and_open_session_restore_the_run(qtbot, window, tmp_path):
    train_epochs(qtbot, window, 2)
    before = window.controller.latest
    assert window.files_menu.save_session(tmp_path / "run.layerlab")
    settle(qtbot)
    window.controller.reset()
    qtbot.waitUntil(
        lambda: (
            window.controller.latest is not None  # None until the reset's first frame
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
    assert after.records == before.records
    assert "restored exactly" in window.files_menu.last_message
    # time travel has every batch of the run again, not just the last moment
    window.controller.set_inspecting(True)
    qtbot.waitUntil(
        lambda: (
            window.controller.latest_frame is not None
            and len(window.controller.latest_frame.kept_steps) == after.step + 1
        ),
        timeout=WAIT_MS,
    )


def test_a_damaged_session_is_refused_and_the_run_stays(qtbot, window, tmp_path):
    train_epochs(qtbot, window, 1)
    bad = tmp_path / "bad.layerlab"
    bad.write_text("not a session", encoding="utf-8")
    window.files_menu.open_session(bad)
    settle(qtbot)
    assert "not a LayerLab session" in window.banner_text.text()
    assert window.controller.latest.epochs_done == 1


def test_every_export_writes_a_file_that_reads_back(qtbot, window, tmp_path):
    train_epochs(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.table.trace_model.rowCount() == 2, timeout=WAIT_MS)
    export_actions.export_curves(window.parts, tmp_path / "c.png")
    export_actions.export_curves(window.parts, tmp_path / "c.svg")
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    trace = export_actions.export_trace_csv(window.parts, tmp_path / "t.csv")
    assert len(list(csv.reader(trace.read_text(encoding="utf-8").splitlines()))) == 3
    history = export_actions.export_history_csv(window.parts, tmp_path / "h.csv")
    rows = list(csv.DictReader(history.read_text(encoding="utf-8").splitlines()))
    assert float(rows[1]["loss"]) == window.controller.latest.records[1].loss
    npz = export_actions.export_weights_npz(window.parts, tmp_path / "w.npz")
    with np.load(npz) as w:
        assert w["W1"].shape == (20, 64)
    doc = json.loads(
        export_actions.export_weights_json(window.parts, tmp_path / "w.json").read_text(
            encoding="utf-8"
        )
    )
    assert doc["feature_names"][0] == "height"
    image = export_actions.export_pipeline_png(window.parts, tmp_path / "p.png")
    assert image.read_bytes()[:4] == b"\x89PNG"


def test_the_report_has_the_insight_numbers_and_prints_to_pdf(qtbot, window, tmp_path):
    train_epochs(qtbot, window, 2)
    page = run_report.save_report(window.parts, tmp_path / "report.html")
    text = page.read_text(encoding="utf-8")
    first, last = window.controller.latest.records
    assert "build up from simple to complex features" in text
    assert f"{first.loss:.3f} after epoch 1" in text
    assert f"{last.loss:.3f} after epoch 2" in text
    assert "data:image/png;base64," in text
    assert "quiz was not taken" in text
    pdf = run_report.save_report(window.parts, tmp_path / "report")
    assert pdf.suffix == ".pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_choosing_another_target_is_checked_again(qtbot, tmp_path):
    from desktop.classroom.data_import_dialog import DataImportDialog

    dialog = DataImportDialog(write_csv(tmp_path / "t.csv"))
    qtbot.addWidget(dialog)
    settle(qtbot)
    dialog.drop_columns.setChecked(True)
    settle(qtbot)
    assert dialog.result is not None
    dialog.target_input.setCurrentText("score")  # many values: not a target
    settle(qtbot)
    assert dialog.result is None
    assert not dialog.load_button.isEnabled()
    assert "'passed'" in dialog.problems.item(0).text()  # now a feature, with text
