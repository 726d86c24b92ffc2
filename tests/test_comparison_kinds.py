"""Compare depths for several classes and for a number: stacked seeds equal their
Trainer runs, the no-hidden-layer fits are at their optimum, every verdict branch."""

import math

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from core import Trainer, TrainingConfig
from core.engine.metrics import r2_score
from core.engine.model import MLP
from core.lesson.comparison import DepthComparison, depth_variants, equal_budget_width
from core.lesson.depth_baselines import (
    fit_least_squares,
    fit_multinomial,
    multinomial_objective,
)
from core.lesson.depth_verdict import (
    FASTER_ONLY,
    HELPS,
    HURTS,
    NO_DIFFERENCE,
    decide,
    epochs_to_fraction_of_best,
    rule_text,
    score_text,
    verdict_sentence,
)
from core.stacked.training import StackedRuns

METRICS = ("loss", "accuracy", "val_loss", "val_accuracy",
           "r2", "val_r2", "mae", "val_mae")  # fmt: skip
CLASSES = TrainingConfig(dataset="blobs", target_kind="classes", epochs=3,
                         hidden_layers=(8, 4))  # fmt: skip
NUMBER = TrainingConfig(dataset="bump", target_kind="number", epochs=3,
                        hidden_layers=(8, 4))  # fmt: skip


def _assert_each_seed_is_its_trainer(config, seeds):
    stacked = StackedRuns(config, seeds)
    stacked.run()
    for k, seed in enumerate(seeds):
        trainer = Trainer(config.with_changes(seed=seed))
        trainer.run()
        for name in METRICS:
            got, want = stacked.history.column(name)[:, k], trainer.history.column(name)
            assert np.isnan(got).tolist() == np.isnan(want).tolist(), name
            np.testing.assert_allclose(got, want, rtol=0, atol=1e-10, err_msg=name)
        losses = np.array(stacked.history.batch_losses)[:, k]
        np.testing.assert_allclose(losses, trainer.history.batch_losses, atol=1e-10)
        np.testing.assert_allclose(stacked.theta[k], trainer.model.theta, atol=1e-10)


@pytest.mark.parametrize(
    "config",
    [
        CLASSES,
        CLASSES.with_changes(hidden_layers=(), optimizer="sgd", batch_size=37),
        CLASSES.with_changes(activation="tanh", l2=0.01, l1=0.001, batch_size=50),
        TrainingConfig(dataset="xor", target_kind="classes", epochs=2,
                       hidden_layers=(6,)),  # yes/no data as two softmax classes
        NUMBER,
        NUMBER.with_changes(hidden_layers=(5,), optimizer="sgd", l1=0.002),
        TrainingConfig(dataset="plane", target_kind="number", epochs=2,
                       hidden_layers=(7, 3), activation="sigmoid", batch_size=45,
                       l2=0.003),
    ],
)  # fmt: skip
def test_each_stacked_classes_and_number_seed_equals_its_trainer(config):
    _assert_each_seed_is_its_trainer(config, (0, 7, 11))


def test_l1_in_a_yes_no_stack_matches_the_trainer_too():
    _assert_each_seed_is_its_trainer(TrainingConfig(epochs=2, l1=0.001), (0, 4))


def test_a_number_seed_that_diverges_stops_like_the_trainer():
    config = NUMBER.with_changes(optimizer="sgd", learning_rate=5.0, epochs=3)
    stacked = StackedRuns(config, (0, 1, 2))
    stacked.run()
    for k, seed in enumerate((0, 1, 2)):
        trainer = Trainer(config.with_changes(seed=seed))
        trainer.run()
        assert stacked.diverged[k] == (trainer.status.value == "diverged")
        np.testing.assert_allclose(stacked.theta[k], trainer.model.theta, atol=1e-10)
    assert stacked.diverged.any()


# -- the no-hidden-layer fits at their optimum ---------------------------------


def _standardized(X):
    spread = X.std(axis=0)
    return np.column_stack([(X - X.mean(axis=0)) / spread, np.ones(len(X))]), spread


@pytest.mark.parametrize(("n", "d", "k"), [(300, 2, 4), (400, 6, 3), (250, 12, 7)])
def test_the_multinomial_fit_is_at_its_optimum(n, d, k):
    rng = np.random.default_rng(n + d + k)
    y = np.arange(n) % k
    X = (rng.normal(size=(k, d))[y] + rng.normal(size=(n, d))) * rng.uniform(1, 9, d)
    fit = fit_multinomial(X, y, k, ridge=1e-3)
    assert fit.converged
    A, spread = _standardized(X)
    T = np.eye(k)[y]
    theta = np.zeros((k, d + 1))  # the fit in standardized columns
    theta[:, :-1] = (fit.weights * spread[:, None]).T
    theta[:, -1] = fit.bias + X.mean(axis=0) @ fit.weights
    # independent gradient: central differences of the objective
    step, numeric = 1e-5, np.zeros_like(theta)
    for index in np.ndindex(theta.shape):
        e = np.zeros_like(theta)
        e[index] = step
        up = multinomial_objective(A, T, theta + e, 1e-3)
        down = multinomial_objective(A, T, theta - e, 1e-3)
        numeric[index] = (up - down) / (2 * step)
    assert np.max(np.abs(numeric)) < 1e-7
    # the same minimum as scikit-learn's (C = 1 / (n ridge), intercept free)
    Z = A[:, :-1]
    reference = LogisticRegression(C=1 / (n * 1e-3), tol=1e-12, max_iter=10_000)
    reference.fit(Z, y)
    np.testing.assert_allclose(
        fit.decision(X) - fit.decision(X).mean(axis=1, keepdims=True),
        reference.decision_function(Z)
        - reference.decision_function(Z).mean(axis=1, keepdims=True),
        atol=1e-4,
    )


def test_a_class_without_training_rows_is_never_predicted():
    rng = np.random.default_rng(5)
    y = np.array([0, 2] * 60)  # class 1 has no row
    X = rng.normal(size=(120, 3)) + 2.0 * y[:, None]
    fit = fit_multinomial(X, y, 3)
    assert fit.converged
    assert not np.any(np.argmax(fit.decision(X), axis=1) == 1)
    assert fit.score(X, y) > 0.9


def test_least_squares_equals_numpy_lstsq():
    rng = np.random.default_rng(3)
    X = rng.random((120, 5))
    y = X @ rng.normal(size=5) + 0.3 * rng.normal(size=120) + 2.0
    fit = fit_least_squares(X, y)
    A = np.column_stack([X, np.ones(120)])
    want = np.linalg.lstsq(A, y, rcond=None)[0]
    np.testing.assert_allclose(fit.theta, want, atol=1e-10)
    gradient = A.T @ (A @ fit.theta - y)
    assert np.max(np.abs(gradient)) < 1e-9
    # a repeated and a constant column: the same best predictions as lstsq
    X2 = np.column_stack([X, X[:, 0], np.full(120, 0.5)])
    A2 = np.column_stack([X2, np.ones(120)])
    want2 = A2 @ np.linalg.lstsq(A2, y, rcond=None)[0]
    np.testing.assert_allclose(fit_least_squares(X2, y).decision(X2)[:, 0], want2,
                               atol=1e-9)  # fmt: skip


# -- a real comparison per kind -------------------------------------------------


@pytest.mark.parametrize("config", [CLASSES, NUMBER])
def test_a_kind_comparison_reports_what_each_trainer_and_fit_give(config):
    progress = DepthComparison(config.with_changes(epochs=3), (1, 2)).run()
    assert progress.done
    score = "val_r2" if config.target_kind == "number" else "val_accuracy"
    for r in progress.results:
        for k, seed in enumerate(progress.seeds):
            layers = r.variant.hidden_layers
            trainer = Trainer(config.with_changes(seed=seed, hidden_layers=layers))
            if r.key == "none":
                if config.target_kind == "number":
                    fit = fit_least_squares(trainer.X_train, trainer.y_train)
                    want = r2_score(trainer.y_val, fit.decision(trainer.X_val)[:, 0])
                else:
                    fit = fit_multinomial(trainer.X_train, trainer.y_train, 4)
                    want = fit.score(trainer.X_val, trainer.y_val)
                assert r.final[k] == pytest.approx(want, abs=1e-12)
                continue
            trainer.run()
            curve = trainer.history.column(score)
            np.testing.assert_allclose(r.curves[:, k], curve, atol=1e-10)
            assert r.final[k] == pytest.approx(curve[-1], abs=1e-10)
            assert r.epochs_to_90[k] == epochs_to_fraction_of_best(curve)
    kind = config.target_kind
    for key in ("none", "budget", "deep"):
        assert score_text(progress.by_key(key).mean, kind) in progress.sentence
    report = progress.as_dict()
    assert report["kind"] == kind
    assert f"final_{score}" in report["variants"][0]


def test_variants_count_the_output_units():
    variants = depth_variants(TrainingConfig(), 2, outputs=4, kind="classes")
    for v in variants:
        assert v.n_parameters == MLP.parameter_count_for((2, *v.hidden_layers, 4))
    for d, units, target in ((2, 4, 2404), (64, 10, 6000), (5, 3, 77)):
        h = equal_budget_width(d, target, units)
        best = min(abs((d + 1) * w + (w + 1) * units - target) for w in range(1, 4000))
        assert abs((d + 1) * h + (h + 1) * units - target) == best
    assert "softmax" in variants[0].role


# -- the verdict in R², forced ---------------------------------------------------


def _number_verdict(deep, budget, deep_epochs=None, budget_epochs=None):
    v = decide(deep, budget, deep_epochs or [5] * len(deep),
               budget_epochs or [5] * len(budget))  # fmt: skip
    return v, verdict_sentence(v, "deep", "wide", 20, "number")


def test_every_number_verdict_branch_in_r2_words():
    helps, text = _number_verdict([0.70, 0.72, 0.71, 0.69, 0.60],
                                  [0.66, 0.68, 0.67, 0.66, 0.61])  # fmt: skip
    assert helps.key == HELPS
    assert "validation R² of 0.684 against 0.656" in text
    assert "better on 4 of 5 seeds by 0.028 on average" in text
    hurts, text = _number_verdict([-0.30] * 5, [0.10] * 5, [2] * 5, [9] * 5)
    assert hurts.key == HURTS
    assert "R² of 0.100 against -0.300" in text
    assert "by 0.400 on average" in text
    faster, text = _number_verdict([0.5] * 5, [0.5] * 5, [3] * 5, [6] * 5)
    assert faster.key == FASTER_ONLY
    assert "3 epochs sooner" in text
    never, text = _number_verdict([0.5] * 5, [0.5] * 5, [3] * 5, [None] * 5)
    assert never.key == FASTER_ONLY
    assert "only depth got there" in text
    same, text = _number_verdict([0.5] * 5, [0.51] * 5, [4] * 5, [4] * 5)
    assert same.key == NO_DIFFERENCE
    assert "depth was not faster" in text
    # 0.0199 of R² is 1.99 points: shown as 0.520 and 0.500, a gain of 0.020
    edge, _ = _number_verdict([0.5199] * 5, [0.5001] * 5)
    assert (edge.gain_points, edge.key) == (2.0, HELPS)
    assert "R²" in rule_text(20, "number")
    assert "R²" not in rule_text(20)


def test_epochs_to_90_of_an_r2_survives_negative_values():
    assert epochs_to_fraction_of_best([-3.0, -0.5, 0.5, 0.8, 0.9]) == 5  # 0.8 < 0.81
    assert epochs_to_fraction_of_best([-3.0, 0.5, 0.85, 1.0]) == 4
    assert epochs_to_fraction_of_best([-3.0, 0.5, 0.9, 1.0]) == 3
    assert epochs_to_fraction_of_best([-2.0, -0.5, -0.1]) is None  # never above 0
    assert epochs_to_fraction_of_best([0.0, 0.0]) is None
    assert epochs_to_fraction_of_best([math.nan, -1.0, 0.2, math.nan]) == 2


@pytest.mark.parametrize("seed", range(20))
def test_every_number_sentence_agrees_with_the_rule_and_the_table(seed):
    rng = np.random.default_rng(100 + seed)
    k = int(rng.integers(1, 21))
    base = rng.uniform(-0.5, 0.95)
    deep = base + rng.normal(rng.normal(0, 0.03), 0.02, k)
    budget = base + rng.normal(0, 0.02, k)
    deep_e = [int(e) for e in rng.integers(1, 12, k)]
    budget_e = [int(e) for e in rng.integers(1, 12, k)]
    v = decide(list(deep), list(budget), deep_e, budget_e)
    text = verdict_sentence(v, "deep net", "wide net", 20, "number")
    shown_deep, shown_budget = f"{deep.mean():.3f}", f"{budget.mean():.3f}"
    assert shown_deep in text
    assert shown_budget in text
    gain = round(1000 * (float(shown_deep) - float(shown_budget))) / 10
    deep_wins, budget_wins = int(np.sum(deep > budget)), int(np.sum(budget > deep))
    expected = (
        HELPS if deep_wins >= 0.8 * k and gain >= 2
        else HURTS if budget_wins >= 0.8 * k and gain <= -2
        else FASTER_ONLY if np.median(deep_e) < np.median(budget_e)
        else NO_DIFFERENCE
    )  # fmt: skip
    assert v.key == expected
    if v.key in (HELPS, HURTS):
        assert f"by {abs(gain) / 100:.3f} on average" in text
