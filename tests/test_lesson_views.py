"""The lesson's views: off-thread comparison, live boundary, insight, install."""

import threading
from dataclasses import replace

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.lesson.boundary import make_grid, normalized_split
from core.lesson.comparison import KEYS, DepthComparison
from core.lesson.depth_verdict import RULE_TEXT
from core.lesson.insight import percent as points
from core.lesson.insight import untangle, untangling_sentence
from desktop.lesson import insight_view as insight_module
from desktop.lesson.boundary_view import BoundaryView
from desktop.lesson.comparison_view import ComparisonView, table_cells
from desktop.lesson.comparison_worker import ComparisonRequest, comparison_worker
from desktop.lesson.insight_view import InsightView
from desktop.run import background_task
from desktop.run.training_worker import _describe
from tests.gui_helpers import WAIT_MS, make_window


def _trained(config: TrainingConfig):
    trainer = Trainer(config)
    trainer.run()
    return trainer, _describe(trainer), take_snapshot(trainer)


def test_the_worker_run_equals_the_core_comparison(qapp):
    config = TrainingConfig(dataset="moons", epochs=3)
    worker = comparison_worker(ComparisonRequest(config, (4, 9)))
    finished = []
    worker.returned.connect(finished.append)
    worker.run()  # on this thread: its signals are delivered at once
    reference = DepthComparison(config, (4, 9)).run()
    (progress,) = finished
    assert progress.done
    assert progress.as_dict() == reference.as_dict()
    for got, want in zip(progress.results, reference.results, strict=True):
        assert np.array_equal(got.curves, want.curves)


def test_a_cancelled_worker_ends_with_a_partial_result(qapp):
    worker = comparison_worker(ComparisonRequest(TrainingConfig()))
    finished, returned = [], []
    worker.yielded.connect(finished.append)
    worker.yielded.connect(lambda _progress: worker.quit())
    worker.returned.connect(returned.append)
    worker.run()
    assert not finished[-1].done  # what the runner reports after a stop
    assert finished[-1].verdict is None
    assert returned == []  # quit() stopped the generator before its end


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
    config = TrainingConfig(seed=3, epochs=4)
    comparison.set_description(replace(description, config=config))
    comparison.seeds.setValue(3)
    with qtbot.waitSignal(comparison.comparison_finished, timeout=WAIT_MS) as done:
        assert comparison.start()
        assert not comparison.start()  # a second click while running is refused
        assert not comparison.compare_button.isEnabled()
        assert not comparison.seeds.isEnabled()
    result = done.args[0]
    assert result.seeds == (3, 4, 5)
    assert comparison.sentence.text() == result.sentence
    assert comparison.sentence.toolTip() == RULE_TEXT.format(epochs=4)
    deep = result.by_key("deep").variant.n_parameters
    names = {}
    for row, r in enumerate(result.results):
        cells = [comparison.table.item(row, c).text() for c in range(5)]
        assert cells == table_cells(r, deep)
        names[r.key] = cells[0]
        # the sentence quotes the table's own text for the networks it compares
        if r.key in ("none", "budget", "deep"):
            assert cells[2] in result.sentence
            assert cells[0] in result.sentence
        if r.key != "none":
            _x, y = comparison.curves.means[r.key].getData()
            assert np.allclose(y, np.nanmean(r.curves, axis=1))
    legend = {k: comparison.curves.legend.getLabel(comparison.curves.means[k]).text
              for k in KEYS}  # fmt: skip
    assert legend == names  # the same words in the legend and the table
    assert "linear" not in " ".join([*names.values(), result.sentence])
    assert comparison.progress_bar.value() == 1000
    assert comparison.boundary_row.isHidden()  # athletes is not 2-D
    qtbot.waitUntil(lambda: comparison.compare_button.isEnabled(), timeout=WAIT_MS)


def test_a_result_stays_for_the_same_setup_and_goes_with_a_new_one(qtbot, comparison):
    _, description, _ = _trained(TrainingConfig(epochs=1))
    small = replace(description, config=TrainingConfig(epochs=2))
    comparison.set_description(small)
    # before any comparison: the networks and their sizes, no results, and the
    # epoch axis of the run to come (not pyqtgraph's empty -0.5..0.5 range)
    assert comparison.table.item(3, 0).text() == "two hidden layers (64, 32)"
    assert comparison.table.item(3, 1).text() == "3,457"
    assert comparison.table.item(3, 2) is None
    low, high = comparison.curves.plot.getViewBox().viewRange()[0]
    assert low < 1
    assert 2 <= high < 3
    comparison.seeds.setValue(1)
    with qtbot.waitSignal(comparison.comparison_finished, timeout=WAIT_MS):
        assert comparison.start()
    qtbot.waitUntil(lambda: not comparison.runner.running, timeout=WAIT_MS)
    comparison.set_description(small)  # a Reset: the same setup
    assert comparison.result is not None
    assert comparison.table.item(3, 2) is not None
    comparison.set_description(replace(small, config=TrainingConfig(epochs=3)))
    assert comparison.result is None
    assert comparison.table.item(3, 2) is None


def test_on_a_2d_set_the_four_boundaries_are_drawn(qtbot, comparison):
    _, description, _ = _trained(TrainingConfig(dataset="xor", epochs=2))
    comparison.set_description(description)
    comparison.seeds.setValue(2)
    with qtbot.waitSignal(comparison.comparison_finished, timeout=WAIT_MS) as done:
        comparison.start()
    assert not comparison.boundary_row.isHidden()
    assert [r.key for r in done.args[0].results] == list(KEYS)
    for r in done.args[0].results:
        p = comparison.boundaries[r.key].probabilities
        assert p.shape == (80, 80)
        assert np.all((p >= 0) & (p <= 1))


def test_stop_ends_the_comparison_early_and_says_so(qtbot, comparison):
    _, description, _ = _trained(TrainingConfig(epochs=1))
    comparison.set_description(replace(description, config=TrainingConfig(epochs=3000)))
    with qtbot.waitSignal(comparison.runner.progress, timeout=WAIT_MS):
        comparison.start()
    with qtbot.waitSignal(comparison.runner.finished, timeout=WAIT_MS) as done:
        comparison.stop_button.click()
    assert not done.args[0].done
    assert comparison.result is None
    assert "Stopped" in comparison.sentence.text()
    qtbot.waitUntil(lambda: comparison.compare_button.isEnabled(), timeout=WAIT_MS)


def test_closing_mid_run_stops_and_joins_the_thread(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.show()
    _, description, _ = _trained(TrainingConfig(epochs=1))
    long_run = TrainingConfig(epochs=5000)  # tens of seconds if never stopped
    view.set_description(replace(description, config=long_run))
    with qtbot.waitSignal(view.runner.progress, timeout=WAIT_MS):
        view.start()
    pool = view.runner.pool  # the runner's own one-thread pool
    assert pool.activeThreadCount() == 1
    view.close()
    assert pool.activeThreadCount() == 0  # joined, not abandoned
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
    names = trainer.dataset.feature_names
    axes = (names.index("VO2 max"), names.index("vertical jump"))
    assert (view.grid.x_feature, view.grid.y_feature) == axes
    expected = trainer.model.predict_proba(view.grid.X).reshape(100, 100)
    assert np.array_equal(view.plot.probabilities, expected)
    assert np.array_equal(view.plot.image.image, expected)
    view.x_box.setCurrentIndex(1)
    grid = make_grid(normalized_split(trainer.dataset, trainer.config), 1, 6)
    qtbot.waitUntil(lambda: view.grid.x_feature == 1, timeout=WAIT_MS)
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


@pytest.fixture
def insight_view(qtbot):
    view = InsightView()
    qtbot.addWidget(view)
    view.show()
    yield view
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def _expected_untangling(trainer):
    split = normalized_split(trainer.dataset, trainer.config)
    return untangle(trainer.model, split, len(trainer.history.records))


def test_insight_view_leads_with_the_untangling_computed_off_the_gui_thread(
    qtbot, insight_view, trained_athletes, monkeypatch
):
    trainer, description, snapshot = trained_athletes
    threads, compute = [], insight_module._compute

    def spy(job):
        threads.append(threading.get_ident())
        return compute(job)

    monkeypatch.setattr(insight_module, "_compute", spy)
    view = insight_view
    view.set_description(description)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS) as shown:
        view.show_snapshot(snapshot)
    assert threads
    assert threading.get_ident() not in threads  # the pool's thread, not ours
    want = _expected_untangling(trainer)
    assert shown.args[0].untangling == want
    assert view.headline.text() == untangling_sentence(want)
    text = view.evidence.toPlainText()
    first, last = trainer.history.records[0], trainer.history.records[-1]
    assert f"{first.loss:.3f}" in text
    assert f"{last.loss:.3f}" in text
    assert f"{points(last.val_accuracy)}%" in text
    assert "Layer 2 (32 units)" in text
    for layer in (want.raw, *want.layers):
        assert f"{points(layer.val_accuracy)}%" in text
    before = untangle(
        Trainer(trainer.config).model,
        normalized_split(trainer.dataset, trainer.config),
        0,
    )
    assert view.before == before
    assert view.quote.text().startswith("Deep learning handles complex patterns")


def test_before_training_the_view_claims_no_learning(qtbot, insight_view):
    trainer = Trainer(TrainingConfig(epochs=2))
    view = insight_view
    view.set_description(_describe(trainer))
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show_snapshot(take_snapshot(trainer))
    assert "have not learned yet" in view.headline.text()
    everything = view.headline.text() + view.evidence.toPlainText()
    for claim in ("combine", "untangle", "more closely", "better than"):
        assert claim not in everything
    assert "random starting weights" in view.evidence.toPlainText()


def test_the_view_copies_the_parameters_and_drops_results_of_an_old_setup(
    qtbot, insight_view
):
    wide, narrow = (
        _trained(TrainingConfig(dataset="moons", hidden_layers=h, epochs=2))
        for h in ((16, 8), (4,))
    )
    view = insight_view
    view.set_description(wide[1])
    shown = []
    view.computed.connect(shown.append)
    view.show_snapshot(wide[2])
    assert view._busy  # started at once: its parameters were copied already
    wide[2].theta[:] = 0.0  # a snapshot changed afterwards does not matter
    view.set_description(narrow[1])  # before the wide result arrives
    view.show_snapshot(narrow[2])
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)
    assert len(shown) == 1  # the old setup's result was dropped
    assert shown[0].untangling == _expected_untangling(narrow[0])
    assert [layer.width for layer in shown[0].untangling.layers] == [2, 4]


def test_a_stream_of_snapshots_ends_on_the_last_one(qtbot, insight_view):
    trainer = Trainer(TrainingConfig(dataset="circles", epochs=12))
    view = insight_view
    view.set_description(_describe(trainer))
    while trainer.step_epoch() is not None:  # faster than the view's rate
        view.show_snapshot(take_snapshot(trainer))
        qtbot.wait(1)
    qtbot.waitUntil(
        lambda: view.insight is not None and view.insight.untangling.epochs_done == 12,
        timeout=WAIT_MS,
    )
    assert view.insight.untangling == _expected_untangling(trainer)
    assert view.headline.text() == untangling_sentence(view.insight.untangling)


def test_a_hidden_insight_view_computes_only_when_shown(qtbot, trained_athletes):
    trainer, description, snapshot = trained_athletes
    view = InsightView()
    qtbot.addWidget(view)
    view.set_description(description)
    view.show_snapshot(snapshot)
    assert not view._busy
    assert view.insight is None
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show()
    assert view.insight.untangling == _expected_untangling(trainer)
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def test_install_adds_tabs_menu_entries_and_follows_the_controller(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, TrainingConfig(dataset="circles"))
    views = window.lesson_views
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-3:] == ["Key insight", "Compare depths", "Patterns"]
    assert window.services.named["boundary"] is views.boundary
    learn = [a.objectName() for a in window.menu("learn").actions()]
    assert {"learn_insight_action", "learn_compare_action"} <= set(learn)
    assert views.boundary.dataset.name == "circles"
    window.commands["learn_boundary_action"].trigger()
    window.controller.step_epoch()
    qtbot.waitUntil(
        lambda: (
            views.boundary.drawn_snapshot is not None
            and views.boundary.drawn_snapshot.epochs_done == 1
        ),
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(views.comparison.runner.progress, timeout=WAIT_MS):
        window.commands["learn_compare_action"].trigger()
    assert window.tabs.currentWidget() is views.comparison
    pool = views.comparison.runner.pool
    window.close()  # mid-run or just after: the thread is joined either way
    assert pool.activeThreadCount() == 0
