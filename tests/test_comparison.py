"""Shallow against deep: three runs, each exactly the core's run, and the sentence."""

import re
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from core import Trainer, TrainingConfig, load
from core.comparison import (
    DepthComparison,
    comparison_sentence,
    depth_gain_points,
    depth_name,
    depth_variants,
    percent,
)
from tests.conftest import ROOT


def test_variants_change_only_the_hidden_layers():
    config = TrainingConfig(learning_rate=0.01, seed=3, epochs=7)
    variants = depth_variants(config)
    assert [v.key for v in variants] == ["linear", "one", "deep"]
    assert [v.hidden_layers for v in variants] == [(), (64,), (64, 32)]
    for v in variants:
        assert v.config == config.with_changes(hidden_layers=v.hidden_layers)


def test_a_shallow_current_network_is_compared_with_the_lesson_deep_one():
    variants = depth_variants(TrainingConfig(hidden_layers=(16,)))
    assert [v.hidden_layers for v in variants] == [(), (64,), (64, 32)]
    deeper = depth_variants(TrainingConfig(hidden_layers=(8, 4, 2)))
    assert [v.hidden_layers for v in deeper] == [(), (8,), (8, 4, 2)]


def test_names_read_as_words():
    assert depth_name(()) == "no hidden layer"
    assert depth_name((64,)) == "one hidden layer (64)"
    assert depth_name((64, 32)) == "two hidden layers (64, 32)"


def _assert_equal_to_core(progress, config, dataset=None):
    for summary, variant in zip(
        progress.summaries, depth_variants(config), strict=True
    ):
        reference = Trainer(variant.config, dataset)
        reference.run()
        assert summary.records == tuple(reference.history.records)
        assert np.array_equal(summary.theta, reference.model.theta)
        assert summary.parameter_count == reference.model.parameter_count
        assert summary.state == "finished"


@pytest.mark.parametrize("dataset", ["athletes", "circles"])
def test_each_run_equals_the_core_run_with_that_architecture(dataset):
    config = TrainingConfig(dataset=dataset, epochs=6, seed=2)
    progress = DepthComparison(config).run()
    assert progress.done
    _assert_equal_to_core(progress, config)


def test_a_students_own_dataset_is_used_as_given():
    mine = replace(load("moons", 300, seed=5), name="my moons")
    config = TrainingConfig(dataset="file:my_moons.csv", epochs=4)
    progress = DepthComparison(config, mine).run()
    assert progress.dataset_name == "my moons"
    _assert_equal_to_core(progress, config, mine)


def test_on_athletes_depth_is_what_lifts_accuracy_and_the_sentence_says_so():
    progress = DepthComparison(TrainingConfig(seed=0)).run()
    linear, _one, deep = progress.summaries
    assert linear.best_val_accuracy <= 0.80
    assert deep.best_val_accuracy >= 0.93
    numbers = [int(n) for n in re.findall(r"(\d+)%", progress.sentence)]
    assert numbers == [percent(s.final_val_accuracy) for s in progress.summaries]
    gain = int(re.search(r"depth bought (\d+) points", progress.sentence).group(1))
    assert gain == depth_gain_points(progress.summaries)
    assert gain == numbers[-1] - numbers[0] >= 13
    assert linear.epochs_to_target is None
    first = next(r.epoch for r in deep.records if r.val_accuracy >= 0.9)
    assert deep.epochs_to_target == first


def test_summary_columns_and_best_come_from_the_records():
    progress = DepthComparison(TrainingConfig(epochs=5)).run()
    for s in progress.summaries:
        assert list(s.column("epoch")) == [1, 2, 3, 4, 5]
        assert s.best_val_accuracy == max(r.val_accuracy for r in s.records)
        assert s.final_val_accuracy == s.records[-1].val_accuracy


def test_stopping_between_batches_leaves_partial_runs():
    comparison = DepthComparison(TrainingConfig(epochs=5))
    calls = []
    progress = comparison.run(should_stop=lambda: len(calls.append(1) or calls) > 30)
    assert not progress.done
    assert sum(t.step_count for t in comparison.trainers) == 30
    assert "yet" in progress.sentence


def test_the_verdict_follows_the_sign_of_the_gain():
    base = DepthComparison(TrainingConfig(epochs=1)).progress()
    record = Trainer(TrainingConfig(epochs=1)).step_epoch()

    def with_accuracies(linear, deep):
        out = []
        for s, acc in zip(base.summaries, (linear, 0.5, deep), strict=True):
            out.append(replace(s, records=(replace(record, val_accuracy=acc),)))
        return tuple(out)

    assert "depth cost 10 points" in comparison_sentence(with_accuracies(0.9, 0.8))
    assert "no difference" in comparison_sentence(with_accuracies(0.7, 0.7))
    assert "bought 1 point." in comparison_sentence(with_accuracies(0.7, 0.71))


def test_the_lesson_modules_load_no_qt():
    code = (
        "import sys, core.comparison, core.insight, core.boundary\n"
        "names = ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "print(','.join(m for m in sys.modules if m.startswith(names)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    assert done.stdout.strip() == ""
