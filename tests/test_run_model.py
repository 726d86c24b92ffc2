"""One run model and one action table instead of features installed into the window."""

import ast
import html
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.files.session_file import (
    MAX_NAME_CHARS,
    SessionError,
    clean_student_name,
    load_session,
    save_session,
)
from core.files.session_restore import capture_snapshot, data_source
from desktop.classroom import classroom, files_menu, run_report, student_name
from desktop.inside import inside_epoch
from desktop.lesson import lesson_views
from desktop.run import background_task
from desktop.run.training_controller import TrainingController
from desktop.shell.actions import MENUS, ActionTable, build_menu_bar
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowServices
from desktop.window import window_menus
from tests.gui_helpers import WAIT_MS, make_window

ROOT = Path(__file__).resolve().parent.parent
# the modules that used to import each other around MainWindow (issue 12)
AROUND_THE_WINDOW = (
    "desktop.classroom.files_menu", "desktop.classroom.export_actions",
    "desktop.classroom.run_report", "desktop.classroom.session_actions",
    "desktop.window.window_menus", "desktop.inside.inside_epoch",
    "desktop.window.main_window",
)  # fmt: skip
FEATURE_TABLES = (
    window_menus.CONTROLLER_ACTIONS, window_menus.WINDOW_ACTIONS,
    inside_epoch.ACTIONS, lesson_views.ACTIONS, files_menu.ACTIONS,
    student_name.ACTIONS, classroom.ACTIONS,
)  # fmt: skip


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function, typing or not."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _desktop_modules() -> dict[str, set[str]]:
    modules = {}
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = _imports(path)
    return {name: deps & set(modules) for name, deps in modules.items()}


def test_no_feature_module_imports_the_main_window():
    """Only the start-up code, which makes the window, may import it."""
    offenders = [
        name
        for name, deps in _desktop_modules().items()
        if "desktop.window.main_window" in deps
        and not name.startswith("desktop.startup.")
    ]
    assert offenders == []


def test_no_import_circle_runs_through_the_modules_around_the_window():
    graph = _desktop_modules()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), list(graph[start])
        while todo:
            name = todo.pop()
            if name == goal:
                return True
            if name not in seen:
                seen.add(name)
                todo.extend(graph.get(name, ()))
        return False

    circles = [m for m in AROUND_THE_WINDOW if reaches(m, m)]
    assert circles == []


def test_no_feature_rewires_menu_actions_by_name():
    pattern = ("findChild(QAction", ".disconnect()")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop").rglob("*.py")
        if any(p in path.read_text(encoding="utf-8") for p in pattern)
    ]
    assert offenders == []


def test_the_action_table_has_unique_names_and_keys_and_known_menus():
    specs = [spec for table in FEATURE_TABLES for spec in table]
    names = [s.name for s in specs]
    assert len(names) == len(set(names))
    keys = [s.shortcut for s in specs if s.shortcut]
    assert len(keys) == len(set(keys))
    assert {s.menu for s in specs} <= {m.key for m in MENUS}


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def test_every_menu_entry_of_the_window_comes_from_the_table(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    shown = [a for m in window.menus.values() for a in _menu_actions(m)]
    table = window.commands
    assert sorted(a.objectName() for a in shown) == sorted(s.name for s in table.specs)
    assert all(table[a.objectName()] is a for a in shown)
    view_keys = {a.shortcut().toString() for a in _menu_actions(window.menu("view"))}
    assert {f"Ctrl+{i}" for i in range(1, 9)} <= view_keys  # every tab has its key
    rows = table.shortcut_rows()
    assert ("Training", "Space", "Play / pause") in rows
    assert len(rows) == len([s for s in table.specs if s.shortcut])
    window.close()


def test_a_profile_locks_a_command_through_the_table(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.commands.set_control_state("quiz", "hidden")
    assert not window.commands["quiz_action"].isVisible()
    assert not window.commands.enabled("quiz_action")
    assert all("quiz" not in row[2].lower() for row in window.commands.shortcut_rows())
    window.open_quiz()
    assert window.quiz_launcher.dialog is None
    window.commands.set_control_state("quiz", "free")
    assert window.commands.enabled("quiz_action")
    window.close()


def test_a_feature_works_from_a_run_model_and_a_controller_alone(qtbot):
    """Lesson views in a bare QMainWindow: no MainWindow anywhere."""
    bare = QMainWindow()
    qtbot.addWidget(bare)
    tabs = QTabWidget()
    bare.setCentralWidget(tabs)
    bare.show()
    controller = TrainingController(bare)
    bare.destroyed.connect(controller.shutdown)  # joined even if an assert fails
    model = RunModel(bare)
    model.follow(controller)
    services = WindowServices(bare, tabs)
    views = lesson_views.LessonViews(model, controller, services)
    commands = ActionTable(bare)
    commands.build(
        build_menu_bar(bare.menuBar()),
        [(views, lesson_views.ACTIONS), (services, services.view_actions())],
    )
    assert [tabs.tabText(i) for i in range(3)] == [
        "Key insight", "Compare depths", "Patterns"
    ]  # fmt: skip
    controller.configure(TrainingConfig(dataset="circles", epochs=2))
    qtbot.waitUntil(lambda: model.description is not None, timeout=WAIT_MS)
    assert views.boundary.dataset.name == "circles"
    commands["view_insight_view_action"].trigger()
    assert tabs.currentWidget() is views.insight
    commands["learn_boundary_action"].trigger()
    assert services.current_view() is views.boundary
    controller.step_epoch()
    qtbot.waitUntil(
        lambda: (
            views.boundary.drawn_snapshot is not None
            and views.boundary.drawn_snapshot.epochs_done == 1
        ),
        timeout=WAIT_MS,
    )
    assert model.snapshot.epochs_done == 1
    views.comparison.shutdown()
    controller.shutdown()


def test_the_model_drops_a_runs_snapshot_and_frame_with_its_description(qtbot):
    model = RunModel()
    snapshots = []
    model.snapshot_changed.connect(snapshots.append)
    snapshot = take_snapshot(Trainer(TrainingConfig(epochs=1)))
    model.set_snapshot(snapshot)
    model.set_snapshot(snapshot)  # the run's end arrives twice: shown once
    assert snapshots == [snapshot]
    model.set_frame(object())
    model.set_description(object())
    assert model.snapshot is None
    assert model.frame is None


# -- the student's name ------------------------------------------------------------


def test_a_name_is_cleaned_and_bounded():
    assert clean_student_name("  Sam   Lee ") == "Sam Lee"
    assert clean_student_name("Sam\tLee") == "Sam Lee"
    assert clean_student_name("x" * MAX_NAME_CHARS) == "x" * MAX_NAME_CHARS
    with pytest.raises(ValueError, match="at most"):
        clean_student_name("x" * (MAX_NAME_CHARS + 1))
    with pytest.raises(ValueError, match="control"):
        clean_student_name("Sam\x07Lee")
    model = RunModel()
    seen = []
    model.student_name_changed.connect(seen.append)
    model.set_student_name(" Ana  María ")
    model.set_student_name("Ana María")  # the same name: no second signal
    assert seen == ["Ana María"]


def _session(tmp_path, name=""):
    trainer = Trainer(TrainingConfig(epochs=2))
    trainer.step_epoch()
    config, dataset = trainer.config, trainer.dataset
    session = capture_snapshot(
        take_snapshot(trainer), config, dataset, data_source(dataset, config)
    )
    from dataclasses import replace

    return save_session(replace(session, student_name=name), tmp_path / "s.layerlab")


def _rewrite_json(path, change):
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    document = json.loads(members["session.json"])
    change(document)
    members["session.json"] = json.dumps(document).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def test_the_name_round_trips_and_older_files_have_none(tmp_path):
    path = _session(tmp_path, "Ana María")
    assert load_session(path).student_name == "Ana María"
    _rewrite_json(path, lambda d: d.pop("student_name"))  # as saved before it existed
    assert load_session(path).student_name == ""
    nameless = _session(tmp_path)
    with zipfile.ZipFile(nameless) as archive:
        assert "student_name" not in json.loads(archive.read("session.json"))


@pytest.mark.parametrize(
    ("value", "words"),
    [(7, "should be a text"), ("x" * 81, "at most 80"), ("a\x00b", "control")],
)
def test_a_bad_name_in_a_file_is_refused_with_its_key(tmp_path, value, words):
    path = _session(tmp_path, "Sam")
    _rewrite_json(path, lambda d: d.update(student_name=value))
    with pytest.raises(SessionError, match="student_name") as refused:
        load_session(path)
    assert words in str(refused.value)


def test_the_window_saves_opens_and_prints_the_name(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: window.run_model.snapshot.epochs_done == 1, timeout=WAIT_MS)
    window.run_model.set_student_name("Sam <Lee>")
    assert window.files_menu.save_session(tmp_path / "run.layerlab")
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    assert load_session(tmp_path / "run.layerlab").student_name == "Sam <Lee>"
    window.run_model.set_student_name("Someone Else")
    window.files_menu.open_session(tmp_path / "run.layerlab")
    qtbot.waitUntil(
        lambda: window.run_model.student_name == "Sam <Lee>", timeout=WAIT_MS
    )
    qtbot.waitUntil(
        lambda: (
            window.run_model.snapshot is not None
            and window.run_model.snapshot.epochs_done == 1
        ),
        timeout=WAIT_MS,
    )
    page = run_report.save_report(window.parts, tmp_path / "r.html")
    text = page.read_text(encoding="utf-8")
    assert f"Student: <b>{html.escape('Sam <Lee>')}</b>" in text
    assert "Sam <Lee>" not in text  # escaped, never markup
    window.close()


def test_the_name_is_asked_once_before_the_first_report(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    files, student = window.files_menu, window.student
    saved = []
    # no file dialog in a test: what comes after the name is only recorded
    monkeypatch.setattr(files, "_save_report_now", lambda: saved.append(True))
    files.save_report()
    dialog = student.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert saved == []  # the report waits for the name
    dialog.field.setText("  Kim  Park ")
    dialog.accept()
    assert window.run_model.student_name == "Kim Park"
    assert saved == [True]
    files.save_report()
    assert student.dialog is dialog  # not asked again
    assert saved == [True, True]
    window.findChild(QAction, "student_name_action").trigger()  # File: change it
    assert student.dialog is not dialog
    assert student.dialog.field.text() == "Kim Park"
    student.dialog.reject()
    assert window.run_model.student_name == "Kim Park"
    window.close()


def test_a_report_without_a_name_leaves_a_line_for_it():
    data = run_report.ReportData(
        config=TrainingConfig(), data_description="d", train_rows=1, val_rows=1,
        parameter_count=1, records=(),
    )  # fmt: skip
    assert "Student: ____" in run_report.report_html(data, None)
    named = run_report.report_html(
        run_report.ReportData(**{**vars(data), "student": "Ana"}), None
    )
    assert "Student: <b>Ana</b>" in named
