"""Compare depths: stacked seeds equal their Trainer runs; the verdict obeys a rule."""

import json
import math
import re
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from core import Trainer, TrainingConfig, load
from core.cli import main as cli_main
from core.cli.compare import parse_seeds
from core.engine.config import ConfigError
from core.engine.model import MLP
from core.lesson.comparison import (
    KEYS,
    DepthComparison,
    check_seeds,
    depth_name,
    depth_variants,
    equal_budget_width,
    seed_list,
)
from core.lesson.depth_verdict import (
    FASTER_ONLY,
    HELPS,
    HURTS,
    NO_DIFFERENCE,
    decide,
    epochs_to_fraction_of_best,
    percent_text,
    shown,
    verdict_sentence,
)
from core.lesson.linear_probe import fit_logistic
from core.stacked.training import StackedRuns
from tests.conftest import ROOT

METRICS = ("loss", "accuracy", "val_loss", "val_accuracy")


def _assert_each_seed_is_its_trainer(config, seeds, dataset=None):
    stacked = StackedRuns(config, seeds, dataset)
    stacked.run()
    for k, seed in enumerate(seeds):
        trainer = Trainer(config.with_changes(seed=seed), dataset)
        trainer.run()
        for name in METRICS:
            got, want = stacked.history.column(name)[:, k], trainer.history.column(name)
            np.testing.assert_allclose(got, want, rtol=0, atol=1e-10)
        losses = np.array(stacked.history.batch_losses)[:, k]
        np.testing.assert_allclose(losses, trainer.history.batch_losses, atol=1e-10)
        np.testing.assert_allclose(stacked.theta[k], trainer.model.theta, atol=1e-10)


@pytest.mark.parametrize(
    "config",
    [
        TrainingConfig(epochs=3),
        TrainingConfig(epochs=3, hidden_layers=(157,)),
        TrainingConfig(dataset="moons", epochs=3, hidden_layers=(12, 5, 3),
                       activation="tanh", optimizer="sgd", l2=0.01, batch_size=50),
        TrainingConfig(dataset="circles", epochs=2, hidden_layers=(),
                       activation="sigmoid", batch_size=37),
    ],
)  # fmt: skip
def test_each_stacked_seed_equals_the_trainer_with_that_seed(config):
    _assert_each_seed_is_its_trainer(config, (0, 7, 11))


def test_a_students_fixed_dataset_changes_only_split_and_weights_per_seed():
    mine = replace(load("moons", 300, seed=5), name="my moons")
    config = TrainingConfig(dataset="file:my_moons.csv", epochs=3, hidden_layers=(8,))
    _assert_each_seed_is_its_trainer(config, (2, 3), mine)


def test_a_seed_that_diverges_stops_and_rolls_back_like_the_trainer():
    config = TrainingConfig(epochs=4, optimizer="sgd", learning_rate=60.0)
    seeds = (0, 1, 2, 3)
    stacked = StackedRuns(config, seeds)
    stacked.run()
    finals = stacked.final_val_accuracy()
    for k, seed in enumerate(seeds):
        trainer = Trainer(config.with_changes(seed=seed))
        trainer.run()
        assert stacked.diverged[k] == (trainer.status.value == "diverged")
        # the trainer may add a row for the diverged epoch (rolled-back weights)
        good = [
            r
            for r in trainer.history.records
            if "diverged" not in getattr(r, "events", ())
        ]
        column = stacked.history.column("val_accuracy")[:, k]
        np.testing.assert_allclose(
            column[np.isfinite(column)], [r.val_accuracy for r in good]
        )
        np.testing.assert_allclose(stacked.theta[k], trainer.model.theta, atol=1e-10)
        says_one = trainer.model.forward(trainer.X_val).logits > 0  # readable pass
        rolled_back = float(np.mean(says_one == (trainer.y_val > 0.5)))
        assert finals[k] == pytest.approx(rolled_back, abs=1e-12)
    assert stacked.diverged.any()


def test_the_equal_budget_width_is_the_closest_whole_width():
    for d in (2, 5, 20, 64):
        for target in (10, 100, 1409, 3457, 10_001):
            h = equal_budget_width(d, target)
            best = min(abs((d + 1) * w + w + 1 - target) for w in range(1, 5000))
            assert abs((d + 1) * h + h + 1 - target) == best


def test_variants_are_the_four_networks_with_their_counts():
    variants = depth_variants(TrainingConfig(), 20)
    assert [v.key for v in variants] == list(KEYS)
    assert [v.hidden_layers for v in variants] == [(), (64,), (157,), (64, 32)]
    for v in variants:
        assert v.n_parameters == MLP.parameter_count_for((20, *v.hidden_layers, 1))
    assert variants[0].name == "no hidden layer"
    shallow = depth_variants(TrainingConfig(hidden_layers=(16,)), 20)
    assert shallow[-1].hidden_layers == (64, 32)  # the lesson's deep network
    deeper = depth_variants(TrainingConfig(hidden_layers=(8, 4, 2)), 2)
    assert [v.hidden_layers[:1] for v in deeper[1:]] == [(8,), (18,), (8,)]


def test_names_read_as_words():
    assert depth_name(()) == "no hidden layer"
    assert depth_name((64,)) == "one hidden layer (64)"
    assert depth_name((64, 32)) == "two hidden layers (64, 32)"


def test_seeds_default_to_k_from_the_config_seed_and_are_checked():
    assert seed_list(TrainingConfig(seed=7)) == (7, 8, 9, 10, 11)
    assert seed_list(TrainingConfig(seed=2), 20) == tuple(range(2, 22))
    assert parse_seeds("0-4") == (0, 1, 2, 3, 4)
    assert parse_seeds("1,5,9-10") == (1, 5, 9, 10)
    for bad in ((), tuple(range(21)), (1, 1), (-1,)):
        with pytest.raises(ConfigError):
            check_seeds(bad)
    with pytest.raises(ConfigError):
        parse_seeds("a-3")


def test_epochs_to_90_is_the_first_epoch_at_90_percent_of_the_runs_best():
    assert epochs_to_fraction_of_best([0.5, 0.8, 0.9, 1.0]) == 3  # 0.9 >= 0.9 x 1.0
    assert epochs_to_fraction_of_best([0.5, 0.89, 0.95, 0.7]) == 2  # best 0.95
    assert epochs_to_fraction_of_best([0.6, 0.7, math.nan]) == 2  # 0.6 < 0.9 x 0.7
    assert epochs_to_fraction_of_best([math.nan]) is None


def test_a_real_comparison_reports_what_each_trainer_and_fit_give():
    config = TrainingConfig(epochs=4, seed=1)
    progress = DepthComparison(config, (1, 2)).run()
    assert progress.done
    for r in progress.results:
        for k, seed in enumerate(progress.seeds):
            trainer = Trainer(
                config.with_changes(seed=seed, hidden_layers=r.variant.hidden_layers)
            )
            if r.key == "none":
                fit = fit_logistic(trainer.X_train, trainer.y_train)
                assert r.final[k] == fit.accuracy(trainer.X_val, trainer.y_val)
                continue
            trainer.run()
            curve = trainer.history.column("val_accuracy")
            np.testing.assert_allclose(r.curves[:, k], curve, atol=1e-12)
            assert r.final[k] == pytest.approx(curve[-1], abs=1e-12)
            first = next(e for e, v in enumerate(curve, 1) if v >= 0.9 * curve.max())
            assert r.epochs_to_90[k] == first
        assert r.mean == pytest.approx(np.mean(r.final))
        assert (r.min, r.max) == (min(r.final), max(r.final))
    verdict = progress.verdict
    assert verdict.key in (HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE)
    for key in ("none", "budget", "deep"):
        assert percent_text(progress.by_key(key).mean) in progress.sentence


def test_stopping_between_batches_leaves_partial_runs():
    comparison = DepthComparison(TrainingConfig(epochs=5), (0, 1))
    calls = []
    progress = comparison.run(should_stop=lambda: len(calls.append(1) or calls) > 30)
    assert not progress.done
    assert sum(r.step_count for r in comparison.runs.values()) == 30
    assert progress.verdict is None
    assert "yet" in progress.sentence


# -- the verdict, forced with constructed results ------------------------------


def _verdict(deep, budget, deep_epochs=None, budget_epochs=None):
    deep_epochs = deep_epochs or [5] * len(deep)
    budget_epochs = budget_epochs or [5] * len(budget)
    return decide(deep, budget, deep_epochs, budget_epochs)


def test_depth_helps_needs_80_percent_of_seeds_and_2_points():
    v = _verdict([0.95, 0.96, 0.97, 0.95, 0.90], [0.92, 0.93, 0.94, 0.93, 0.91])
    assert (v.key, v.deep_wins) == (HELPS, 4)
    assert (
        _verdict([0.95, 0.96, 0.97, 0.90, 0.90], [0.92] * 3 + [0.91] * 2).key != HELPS
    )
    small = _verdict([0.95] * 5, [0.935] * 5)  # 1.5 points on every seed
    assert small.key == NO_DIFFERENCE


def test_depth_hurts_is_checked_before_faster_only():
    v = _verdict([0.90] * 5, [0.93] * 5, deep_epochs=[2] * 5, budget_epochs=[9] * 5)
    assert v.key == HURTS


def test_faster_only_and_no_difference_follow_the_median_epochs():
    same = [0.96, 0.95, 0.97, 0.96, 0.96]
    assert _verdict(same, same, [3, 4, 4, 9, 9], [5, 5, 6, 2, 2]).key == FASTER_ONLY
    assert _verdict(same, same, [5, 5, 6, 2, 2], [3, 4, 4, 9, 9]).key == NO_DIFFERENCE
    assert _verdict(same, same, [4] * 5, [4] * 5).key == NO_DIFFERENCE
    never = _verdict(same, same, [4] * 5, [None] * 5)
    assert never.key == FASTER_ONLY
    assert "only depth got there" in verdict_sentence(never, "deep", "wide", 20)


def test_the_threshold_uses_the_numbers_as_shown():
    # 96.249% and 94.201% show as 96.2% and 94.2%: 2.0 shown points, so it helps
    v = _verdict([0.96249] * 5, [0.94201] * 5)
    assert (shown(v.deep_mean), shown(v.budget_mean), v.gain_points) == (
        96.2,
        94.2,
        2.0,
    )
    assert v.key == HELPS
    # 96.149% and 94.151% show as 96.1% and 94.2%: 1.9 shown points, so it does not
    assert _verdict([0.96149] * 5, [0.94151] * 5).key == NO_DIFFERENCE


@pytest.mark.parametrize("seed", range(40))
def test_every_sentence_agrees_with_the_rule_and_the_table(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(1, 21))
    base = rng.uniform(0.6, 0.97)
    deep = np.clip(base + rng.normal(rng.normal(0, 0.02), 0.015, k), 0, 1)
    budget = np.clip(base + rng.normal(0, 0.015, k), 0, 1)
    deep_e = [int(e) for e in rng.integers(1, 12, k)]
    budget_e = [int(e) for e in rng.integers(1, 12, k)]
    v = decide(list(deep), list(budget), deep_e, budget_e)
    text = verdict_sentence(
        v, "two hidden layers (64, 32)", "one hidden layer (157)", 20
    )
    assert "after 20 epochs" in text
    shown_deep, shown_budget = percent_text(deep.mean()), percent_text(budget.mean())
    assert shown_deep in text
    assert shown_budget in text
    gain = round(float(shown_deep[:-1]) - float(shown_budget[:-1]), 1)
    deep_wins, budget_wins = int(np.sum(deep > budget)), int(np.sum(budget > deep))
    expected = (
        HELPS if deep_wins >= 0.8 * k and gain >= 2
        else HURTS if budget_wins >= 0.8 * k and gain <= -2
        else FASTER_ONLY if np.median(deep_e) < np.median(budget_e)
        else NO_DIFFERENCE
    )  # fmt: skip
    assert v.key == expected
    if v.key in (HELPS, HURTS):
        assert f"by {abs(gain):.1f} points" in text
    if v.key == FASTER_ONLY:
        sooner = float(re.search(r"got there ([\d.]+) epochs? sooner", text).group(1))
        assert sooner == np.median(budget_e) - np.median(deep_e)


# -- the command line -----------------------------------------------------------


def test_compare_json_has_the_variants_verdict_and_sentence(capsys):
    assert cli_main(["compare", "--seeds", "3-4", "--epochs", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [v["name"] for v in report["variants"]] == [
        "no hidden layer", "one hidden layer (64)", "one hidden layer (157)",
        "two hidden layers (64, 32)",
    ]  # fmt: skip
    for v in report["variants"]:
        finals = v["final_val_accuracy"]
        assert len(finals) == len(v["epochs_to_90"]) == 2
        assert v["mean"] == pytest.approx(sum(finals) / 2)
        assert (v["min"], v["max"]) == (min(finals), max(finals))
        assert v["n_parameters"] == MLP.parameter_count_for(
            (20, *v["hidden_layers"], 1)
        )
    assert report["verdict"] in (HELPS, HURTS, FASTER_ONLY, NO_DIFFERENCE)
    reference = DepthComparison(TrainingConfig(epochs=3), (3, 4)).run()
    assert report["sentence"] == reference.sentence


def test_compare_table_and_bad_seeds(capsys):
    assert cli_main(["compare", "--seeds", "0", "--epochs", "2"]) == 0
    out = capsys.readouterr().out
    assert "no hidden layer" in out
    assert "Verdict:" in out
    assert "linear" not in out
    with pytest.raises(SystemExit) as stop:
        cli_main(["compare", "--seeds", "0-25"])
    assert stop.value.code == 2


def test_the_comparison_modules_load_no_qt():
    code = (
        "import sys, core.lesson.comparison, core.stacked.training\n"
        "import core.cli.compare\n"
        "names = ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "print(','.join(m for m in sys.modules if m.startswith(names)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    assert done.stdout.strip() == ""
