"""Compare depths, Key insight and the output stage's dialog for several classes
and for a number: the view shows the comparison's own numbers and sentence."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from core.lesson.boundary import normalized_split
from core.lesson.depth_verdict import rule_text, score_text
from core.lesson.insight import explain, percent
from desktop.lesson.comparison_view import ComparisonView, table_cells
from desktop.lesson.insight_view import InsightView
from desktop.run.training_worker import _describe
from desktop.views.stage_detail_dialog import StageDetailDialog
from tests.gui_helpers import WAIT_MS

BLOBS = TrainingConfig(dataset="blobs", target_kind="classes", epochs=2,
                       hidden_layers=(8, 4))  # fmt: skip
BUMP = TrainingConfig(dataset="bump", target_kind="number", epochs=2,
                      hidden_layers=(8, 4))  # fmt: skip


def _trained(config):
    trainer = Trainer(config)
    trainer.run()
    return trainer, _describe(trainer), take_snapshot(trainer)


@pytest.mark.parametrize("config", [BLOBS, BUMP])
def test_compare_depths_runs_a_classes_and_a_number_comparison(qtbot, config):
    _, description, _ = _trained(config)
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(990, 560)
    view.show()
    view.set_description(replace(description, config=config.with_changes(epochs=3)))
    assert not view.refused
    assert view.compare_button.isEnabled()
    view.seeds.setValue(2)
    with qtbot.waitSignal(view.comparison_finished, timeout=WAIT_MS) as done:
        assert view.start()
    result = done.args[0]
    kind = config.target_kind
    assert result.kind == kind
    assert view.sentence.text() == result.sentence
    assert view.sentence.toolTip() == rule_text(3, kind)
    header = view.table.horizontalHeaderItem(2).text()
    assert header == ("Mean val. R²" if kind == "number" else "Mean val. acc.")
    deep = result.by_key("deep").variant.n_parameters
    for row, r in enumerate(result.results):
        cells = [view.table.item(row, c).text() for c in range(5)]
        assert cells == table_cells(r, deep)
        if r.key in ("none", "budget", "deep"):
            assert score_text(r.mean, kind) in result.sentence
    units = 4 if kind == "classes" else 1
    assert result.by_key("none").layer_sizes == (2, units)
    assert not view.boundary_row.isHidden()  # 2-D data: the four answers drawn
    if kind == "number":
        assert "validation R²" in result.sentence
        assert view.curves.plot.titleLabel.text == "Validation R² ↑"
    else:
        assert "%" in result.sentence
    view.close()


@pytest.mark.parametrize("config", [BLOBS, BUMP])
def test_the_insight_table_has_the_kinds_own_answer_columns(qtbot, config):
    trainer, description, snapshot = _trained(config)
    view = InsightView()
    qtbot.addWidget(view)
    view.set_description(description)
    split = normalized_split(description.dataset, description.config)
    insight = explain(
        trainer.history.records, trainer.model, split,
        description.dataset.feature_names, config.target_kind,
        description.dataset.class_names,
    )  # fmt: skip
    view._render(insight)
    text = view.evidence.toPlainText()
    u = insight.untangling
    if config.target_kind == "classes":
        assert u.output_units == 4
        assert "the network's own answer (4 class probabilities)\n4\n" in text
        assert "4 softmax outputs" in text
        want = trainer.history.records[-1].val_accuracy
    else:
        assert u.output_units == 1
        assert "the network's own answer (its predicted number)\n1\n" in text
        assert "standard deviation" in text
        want = trainer.history.records[-1].val_r2
    assert u.output_accuracy == pytest.approx(want, abs=1e-12)
    assert f"\n{percent(u.output_accuracy)}%" in text
    assert snapshot.layer_sizes[-1] == u.output_units


def _output_dialog(qtbot, config) -> str:
    _, description, snapshot = _trained(config)
    dialog = StageDetailDialog(description.stages[-1], description, snapshot)
    qtbot.addWidget(dialog)
    return dialog.findChild(QLabel, "layer_detail").text(), description


def test_the_softmax_output_is_explained(qtbot):
    text, _ = _output_dialog(qtbot, BLOBS)
    assert "softmax: softmax turns the 4 scores (one per class) into 4" in text
    assert "add up to 1" in text
    assert "p_j = e^(z_j) / (e^(z_1) + … + e^(z_k))" in text
    assert "cross-entropy" in text


def test_the_number_output_says_how_it_goes_back_to_the_targets_units(qtbot):
    text, description = _output_dialog(qtbot, BUMP)
    mean, std = description.target_scale
    assert "linear: the output is the weighted sum itself" in text
    assert f"mean {mean:.4g} and standard deviation {std:.4g}" in text
    assert f"output × {std:.4g} + {mean:.4g}" in text
    assert f"{mean + std:.4g}" in text
    assert "mean squared error" in text


def test_the_yes_no_output_keeps_its_sigmoid_words(qtbot):
    text, _ = _output_dialog(qtbot, TrainingConfig(epochs=1))
    assert "sigmoid" in text
    assert "binary cross-entropy" in text
