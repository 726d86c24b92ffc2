"""The lesson's views: off-thread comparison, live boundary, insight, install."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QThread

from core import Trainer, TrainingConfig
from core.boundary import make_grid, normalized_split
from core.comparison import DepthComparison, percent
from core.snapshot import take_snapshot
from desktop.boundary_view import BoundaryView
from desktop.comparison_view import ComparisonView
from desktop.comparison_worker import ComparisonRequest, ComparisonWorker
from desktop.insight_view import InsightView
from desktop.lesson_views import install_lesson_views
from desktop.training_worker import _describe
from tests.gui_helpers import WAIT_MS, make_window


def _trained(config: TrainingConfig):
    trainer = Trainer(config)
    trainer.run()
    return trainer, _describe(trainer), take_snapshot(trainer)


def test_the_worker_run_equals_the_core_comparison(qapp):
    worker = ComparisonWorker()
    finished = []
    worker.finished.connect(finished.append)
    config = TrainingConfig(dataset="moons", epochs=3)
    worker.run(ComparisonRequest(config))
    reference = DepthComparison(config).run()
    (progress,) = finished
    assert progress.done
    for got, want in zip(progress.summaries, reference.summaries, strict=True):
        assert got.records == want.records
        assert np.array_equal(got.theta, want.theta)


def test_a_cancelled_worker_ends_with_a_partial_result(qapp):
    worker = ComparisonWorker()
    finished = []
    worker.finished.connect(finished.append)
    worker.cancel_flag.set()
    worker.run(ComparisonRequest(TrainingConfig()))
    assert not finished[0].done


@pytest.fixture
def comparison(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(990, 480)
    view.show()
    yield view
    view.close()


def test_compare_shows_curves_table_and_sentence_from_the_numbers(qtbot, comparison):
    _, description, _ = _trained(TrainingConfig(epochs=1))
    comparison.set_description(replace(description, config=TrainingConfig(seed=0)))
    with qtbot.waitSignal(comparison.comparison_finished, timeout=WAIT_MS) as done:
        assert comparison.start()
        assert not comparison.start()  # a second click while running is refused
        assert not comparison.compare_button.isEnabled()
    result = done.args[0]
    linear, _, deep = result.summaries
    assert linear.best_val_accuracy <= 0.80
    assert deep.best_val_accuracy >= 0.93
    assert comparison.sentence.text() == result.sentence
    gain = percent(deep.final_val_accuracy) - percent(linear.final_val_accuracy)
    assert f"depth bought {gain} points" in comparison.sentence.text()
    for row, s in enumerate(result.summaries):
        assert comparison.table.item(row, 0).text() == s.name
        assert comparison.table.item(row, 2).text() == f"{s.final_val_accuracy:.1%}"
        _x, y = comparison.curves[s.key].getData()
        assert list(y) == list(s.column("val_accuracy"))
    assert comparison.boundary_row.isHidden()  # athletes is not 2-D
    qtbot.waitUntil(lambda: comparison.compare_button.isEnabled(), timeout=WAIT_MS)


def test_on_a_2d_set_the_three_boundaries_are_drawn(qtbot, comparison):
    _, description, _ = _trained(TrainingConfig(dataset="xor", epochs=2))
    comparison.set_description(description)
    with qtbot.waitSignal(comparison.comparison_finished, timeout=WAIT_MS) as done:
        comparison.start()
    assert not comparison.boundary_row.isHidden()
    for s in done.args[0].summaries:
        p = comparison.boundaries[s.key].probabilities
        assert p.shape == (80, 80)
        assert np.all((p >= 0) & (p <= 1))


def test_closing_mid_run_stops_and_joins_the_thread(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.show()
    _, description, _ = _trained(TrainingConfig(epochs=1))
    long_run = TrainingConfig(epochs=5000)  # tens of seconds if never stopped
    view.set_description(replace(description, config=long_run))
    with qtbot.waitSignal(view.runner.progress, timeout=WAIT_MS):
        view.start()
    thread: QThread = view.runner.thread
    assert thread.isRunning()
    view.close()
    assert thread.isFinished()
    assert not view.runner.running


@pytest.fixture
def trained_athletes():
    return _trained(TrainingConfig(epochs=4))


def test_boundary_image_equals_predict_proba_on_the_grid(qtbot, trained_athletes):
    trainer, description, snapshot = trained_athletes
    view = BoundaryView()
    qtbot.addWidget(view)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)
    assert (view.grid.x_feature, view.grid.y_feature) == (1, 6)  # weight, jump
    expected = trainer.model.predict_proba(view.grid.X).reshape(100, 100)
    assert np.array_equal(view.plot.probabilities, expected)
    assert np.array_equal(view.plot.image.image, expected)
    view.x_box.setCurrentIndex(4)
    grid = make_grid(normalized_split(trainer.dataset, trainer.config), 4, 6)
    qtbot.waitUntil(lambda: view.grid.x_feature == 4, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: np.array_equal(
            view.plot.probabilities,
            trainer.model.predict_proba(grid.X).reshape(100, 100),
        ),
        timeout=WAIT_MS,
    )


def test_a_hidden_boundary_waits_until_shown(qtbot, trained_athletes):
    _, description, snapshot = trained_athletes
    view = BoundaryView()
    qtbot.addWidget(view)
    view.set_description(description)
    view.show_snapshot(snapshot)
    assert view.drawn_snapshot is None
    view.show()
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)


def test_insight_view_shows_this_runs_numbers(qtbot, trained_athletes):
    trainer, description, snapshot = trained_athletes
    view = InsightView()
    qtbot.addWidget(view)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.insight is not None, timeout=WAIT_MS)
    text = view.evidence.toPlainText()
    first, last = trainer.history.records[0], trainer.history.records[-1]
    assert f"{first.loss:.3f}" in text
    assert f"{last.loss:.3f}" in text
    assert f"{last.val_accuracy:.0%}" in text
    assert "Layer 2 (32 units)" in text
    assert view.quote.text().startswith("Deep learning handles complex patterns")


def test_install_adds_tabs_menu_entries_and_follows_the_controller(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, TrainingConfig(dataset="circles"))
    views = install_lesson_views(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-3:] == ["Key insight", "Compare depths", "Decision boundary"]
    learn = [a.objectName() for a in window.menu("learn").actions()]
    assert {"learn_insight_action", "learn_compare_action"} <= set(learn)
    assert views.boundary.dataset.name == "circles"
    views.actions["boundary"].trigger()
    window.controller.step_epoch()
    qtbot.waitUntil(
        lambda: (
            views.boundary.drawn_snapshot is not None
            and views.boundary.drawn_snapshot.epochs_done == 1
        ),
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(views.comparison.runner.progress, timeout=WAIT_MS):
        views.actions["compare"].trigger()
    assert window.tabs.currentWidget() is views.comparison
    thread = views.comparison.runner.thread
    window.close()  # mid-run or just after: the thread is joined either way
    assert thread.isFinished()
