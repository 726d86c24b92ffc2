"""Results: the confusion matrix and residual plots against direct counts, formulas."""

from __future__ import annotations

import re

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.engine.metrics import ClassReport, NumberReport
from core.engine.snapshot import take_snapshot
from core.inside.moment_snapshot import snapshot_at
from core.lesson.boundary import normalized_split
from core.lesson.results import (
    ResultsJob,
    class_words,
    most_common_mistake,
    number_words,
    percent,
    row_shares,
    validation_report,
)
from desktop.lesson.results_view import ResultsView
from desktop.run import background_task
from desktop.run.training_worker import _describe
from tests.gui_helpers import WAIT_MS, make_window

KINDS = {"athletes": "binary", "blobs": "classes", "bump": "number", "plane": "number"}


def _trained(name: str, epochs: int = 4, seed: int = 0):
    config = TrainingConfig(dataset=name, target_kind=KINDS[name], epochs=epochs,
                            seed=seed)  # fmt: skip
    trainer = Trainer(config)
    trainer.run()
    return trainer, _describe(trainer), take_snapshot(trainer)


def _direct_counts(trainer: Trainer) -> np.ndarray:
    """The confusion matrix by an independent loop over the validation rows."""
    k = len(trainer.dataset.class_names)
    p = trainer.model.predict_proba(trainer.X_val)
    counts = np.zeros((k, k), dtype=int)
    for row in range(len(trainer.y_val)):
        if p.ndim == 1:
            predicted = 1 if p[row] >= 0.5 else 0
        else:
            predicted = max(range(k), key=lambda c: p[row, c])
        counts[int(trainer.y_val[row]), predicted] += 1
    return counts


@pytest.fixture
def shown_view(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    yield view
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def _draw(qtbot, view: ResultsView, description, snapshot) -> None:
    view.set_description(description)
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)


@pytest.mark.parametrize("name", ["blobs", "athletes"])
def test_the_matrix_shown_is_a_direct_count_with_each_rows_share_right(
    qtbot, shown_view, name
):
    trainer, description, snapshot = _trained(name)
    _draw(qtbot, shown_view, description, snapshot)
    counts = _direct_counts(trainer)
    assert np.array_equal(shown_view.confusion.cell_texts(), counts)
    assert counts.sum() == len(trainer.y_val)
    recall = [
        f"{round(100 * counts[i, i] / counts[i].sum())}%" for i in range(len(counts))
    ]
    assert shown_view.confusion.recall_texts() == recall
    # the shade is each cell's share of its row (true class)
    image = shown_view.confusion.image.image
    assert np.allclose(image, counts / counts.sum(axis=1, keepdims=True))
    right = int(np.trace(counts))
    assert f"{right} of {len(trainer.y_val)} validation rows" in shown_view.words.text()
    # the same counts the trainer's own report gives
    assert np.array_equal(trainer.class_report().counts, counts)
    ticks = shown_view.confusion.plot.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks] == list(trainer.dataset.class_names)


def _r2_by_formula(y: np.ndarray, y_hat: np.ndarray) -> float:
    mean = sum(y) / len(y)
    ss_res = sum((a - b) ** 2 for a, b in zip(y, y_hat, strict=True))
    ss_tot = sum((a - mean) ** 2 for a in y)
    return 1 - ss_res / ss_tot


def test_the_residual_points_are_the_trainers_predictions_and_r2_is_the_formula(
    qtbot, shown_view
):
    trainer, description, snapshot = _trained("bump")
    _draw(qtbot, shown_view, description, snapshot)
    report = trainer.number_report()
    x, y = shown_view.residuals.points.getData()
    assert np.allclose(x, report.y)
    assert np.allclose(y, report.predicted)
    px, residual = shown_view.residuals.residual_points.getData()
    assert np.allclose(px, report.predicted)
    assert np.allclose(residual, report.y - report.predicted)
    shown = float(re.search(r"R² = (-?[\d.]+)", shown_view.words.text()).group(1))
    assert shown == pytest.approx(_r2_by_formula(report.y, report.predicted), abs=0.005)
    mae = float(np.mean(np.abs(report.y - report.predicted)))
    assert f"is {mae:.3g} away" in shown_view.words.text()


def test_a_hidden_view_computes_nothing_until_shown(qtbot):
    _, description, snapshot = _trained("blobs", epochs=1)
    view = ResultsView()
    qtbot.addWidget(view)
    view.set_description(description)
    view.show_snapshot(snapshot)
    assert view.drawn_snapshot is None
    assert not background_task.busy()
    view.show()
    qtbot.waitUntil(lambda: view.drawn_snapshot is snapshot, timeout=WAIT_MS)


def test_the_view_follows_a_moment_of_the_past(qtbot, shown_view):
    trainer = Trainer(TrainingConfig(dataset="blobs", target_kind="classes", epochs=3))
    early = None
    while not trainer.done:
        trainer.step_batch()
        if trainer.step_count == 2:
            early = trainer.model.theta.copy()
    live = take_snapshot(trainer)
    _draw(qtbot, shown_view, _describe(trainer), live)
    past = snapshot_at(live, 2, early)
    shown_view.show_snapshot(past)
    qtbot.waitUntil(lambda: shown_view.drawn_snapshot is past, timeout=WAIT_MS)
    trainer.model.theta[...] = early
    assert np.array_equal(shown_view.confusion.cell_texts(), _direct_counts(trainer))
    assert "After epoch 0 of 3" in shown_view.words.text()


def test_the_window_has_a_results_tab_that_follows_the_scrubber(qtbot, tmp_path):
    config = TrainingConfig(dataset="blobs", target_kind="classes", epochs=3)
    window = make_window(qtbot, tmp_path, config)
    results = window.lesson_views.results
    assert window.services.named["results"] is results
    window.services.show_named_view("results")
    window.controller.step_epoch()
    qtbot.waitUntil(
        lambda: (
            results.drawn_snapshot is not None
            and results.drawn_snapshot.epochs_done == 1
        ),
        timeout=WAIT_MS,
    )
    live = window.run_model.snapshot
    past = snapshot_at(live, 1, live.theta * 0.5)
    window.run_model.set_moment(past)
    qtbot.waitUntil(lambda: results.drawn_snapshot is past, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


# -- the numbers and the words, without Qt ------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_the_report_is_the_trainers_own_for_every_kind(seed):
    for name in ("athletes", "blobs", "plane"):
        trainer, description, snapshot = _trained(name, epochs=2, seed=seed)
        job = ResultsJob(
            normalized_split(description.dataset, description.config),
            snapshot.theta, snapshot.layer_sizes, description.config.activation,
            description.config.target_kind, tuple(description.dataset.class_names),
            description.dataset.target_name,
        )  # fmt: skip
        report = validation_report(job)
        if isinstance(report, NumberReport):
            expected = trainer.number_report()
            assert np.allclose(report.predicted, expected.predicted)
            assert np.allclose(report.y, expected.y)
            assert report.r2 == pytest.approx(
                _r2_by_formula(report.y, report.predicted)
            )
        else:
            assert np.array_equal(report.counts, _direct_counts(trainer))


def _class_report(counts: np.ndarray) -> ClassReport:
    """A report whose confusion matrix is exactly ``counts``."""
    labels, probabilities = [], []
    k = len(counts)
    for true in range(k):
        for predicted in range(k):
            for _ in range(counts[true, predicted]):
                labels.append(true)
                probabilities.append(np.eye(k)[predicted] * 0.9 + 0.1 / k)
    names = tuple(f"c{i}" for i in range(k))
    return ClassReport.of(names, np.array(labels), np.array(probabilities))


@pytest.mark.parametrize("seed", range(20))
def test_class_words_say_the_count_and_the_largest_mistake(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(2, 7))
    counts = rng.integers(0, 9, size=(k, k))
    counts[0, 0] += 1
    report = _class_report(counts)
    assert np.array_equal(report.counts, counts)
    words = class_words(report)
    n, right = int(counts.sum()), int(np.trace(counts))
    assert words.startswith(f"{right} of {n} validation rows are predicted right")
    assert f"({percent(right / n)})" in words
    off = [(counts[i, j], i, j) for i in range(k) for j in range(k) if i != j]
    best = max(c for c, _, _ in off)
    if best == 0:
        assert words.endswith("Not one validation row is mistaken.")
        return
    first = next((i, j) for c, i, j in off if c == best)  # row order on a tie
    assert most_common_mistake(counts) == (*first, best)
    assert f"c{first[0]} taken for c{first[1]} ({best} rows)" in words


def test_class_words_with_no_mistake():
    words = class_words(_class_report(np.diag([3, 4, 5])))
    assert words == (
        "12 of 12 validation rows are predicted right (100%). "
        "Not one validation row is mistaken."
    )


def test_row_shares_leave_an_empty_row_at_zero():
    shares = row_shares(np.array([[2, 2], [0, 0]]))
    assert np.array_equal(shares, [[0.5, 0.5], [0.0, 0.0]])


@pytest.mark.parametrize("seed", range(20))
def test_number_words_follow_r2_and_mae(seed):
    rng = np.random.default_rng(seed)
    y = rng.normal(3.0, 2.0, size=50)
    noise = rng.uniform(0.0, 3.0)
    predicted = y + rng.normal(0.0, noise * 2.0, size=50)
    report = NumberReport("price", y, predicted)
    words = number_words(report)
    r2 = _r2_by_formula(y, predicted)
    assert f"R² = {r2:.2f}" in words
    if r2 < 0:
        assert "worse than always guessing the validation rows' mean" in words
    else:
        assert f"account for {round(100 * r2)}% of the variation of price" in words
    mae = float(np.mean(np.abs(y - predicted)))
    assert f"is {mae:.3g} away from the target" in words


def test_number_words_for_each_branch():
    y = np.array([1.0, 2.0, 3.0, 4.0])
    perfect = number_words(NumberReport("y", y, y.copy()))
    assert perfect.startswith("R² = 1.00: the predictions account for 100%")
    assert "is 0 away" in perfect
    worse = number_words(NumberReport("y", y, y[::-1].copy()))
    assert worse.startswith("R² = -3.00: below 0")
    same = number_words(NumberReport("y", np.ones(4), np.zeros(4)))
    assert same.startswith("Every validation target is the same")
    assert "is 1 away" in same
