"""The Key insight beyond yes/no: linear probes for classes and numbers, sentences.

The probes are held to scikit-learn (tests only) and to closed forms; the
sentences to the rules in ``core.lesson.insight``'s docstrings, on constructed
cases for every branch and on real runs of blobs and bump.
"""

import numpy as np
import pytest
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.multiclass import OneVsRestClassifier

from core import Trainer, TrainingConfig
from core.engine.metrics import r2_score
from core.engine.training import EpochRecord
from core.lesson.boundary import normalized_split
from core.lesson.insight import (
    INPUTS,
    RAW,
    LayerSeparability,
    Progress,
    Untangling,
    explain,
    hidden_name,
    label_correlations,
    progress_sentence,
    unit_sentence,
    untangle,
    untangling_sentence,
)
from core.lesson.linear_probe import (
    RIDGE,
    fit_least_squares,
    fit_one_vs_rest,
    probe_score,
    separability,
)


def _classes_data(seed, n=300, d=5, k=4):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, d) + rng.normal(size=d)
    X[:, 0] += 1.5 * y
    X[:, 1] += np.where(y % 2, 1.0, -1.0)
    return X, y


@pytest.mark.parametrize("seed", range(5))
def test_one_vs_rest_equals_scikit_learn_with_the_same_penalty(seed):
    X, y = _classes_data(seed)
    fit = fit_one_vs_rest(X, y)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)  # ours standardizes inside
    C = 1.0 / (len(X) * RIDGE)  # mean loss + ridge/2 |w|²  ⇔  C Σ loss + |w|²/2
    reference = OneVsRestClassifier(
        LogisticRegression(C=C, tol=1e-12, max_iter=10_000)
    ).fit(Z, y)
    np.testing.assert_allclose(
        fit.decision(X), reference.decision_function(Z), atol=1e-5
    )
    np.testing.assert_array_equal(fit.predict(X), reference.predict(Z))
    assert fit.accuracy(X, y) == pytest.approx(np.mean(reference.predict(Z) == y))


@pytest.mark.parametrize("seed", range(5))
def test_least_squares_equals_ridge_and_the_normal_equations(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(200, 6)) * rng.uniform(0.1, 10, 6) + 3
    t = X @ rng.normal(size=6) + rng.normal(size=200)
    fit = fit_least_squares(X, t)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    ridge = Ridge(alpha=RIDGE * len(X)).fit(Z, t)  # Σ (..)² + α|w|² = n·(mean + r|w|²)
    np.testing.assert_allclose(fit.predict(X), ridge.predict(Z), atol=1e-9)
    exact = fit_least_squares(X, t, ridge=0.0)  # plain least squares
    A = np.column_stack([X, np.ones(len(X))])
    solution, *_ = np.linalg.lstsq(A, t, rcond=None)
    np.testing.assert_allclose(exact.weights, solution[:-1], rtol=1e-8)
    assert exact.bias == pytest.approx(solution[-1])
    plain = LinearRegression().fit(X, t)
    assert exact.r2(X, t) == pytest.approx(plain.score(X, t), abs=1e-12)


def test_least_squares_ignores_constant_and_repeated_columns():
    rng = np.random.default_rng(3)
    x = rng.normal(size=100)
    X = np.column_stack([x, np.full(100, 7.0), x])  # a dead unit, a twin
    t = 2 * x + 1
    fit = fit_least_squares(X, t)
    assert fit.weights[1] == 0.0
    assert fit.r2(X, t) == pytest.approx(1.0, abs=1e-6)
    assert fit.weights[0] == pytest.approx(fit.weights[2])


def test_a_class_with_no_training_row_is_never_predicted():
    X, y = _classes_data(1, k=3)
    fit = fit_one_vs_rest(X, y, n_classes=4)
    assert 3 not in fit.predict(X)


def test_probe_score_follows_the_kind():
    X, y = _classes_data(2)
    train, val = slice(0, 200), slice(200, None)
    assert probe_score("classes", X[train], y[train], X[val], y[val]) == (
        fit_one_vs_rest(X[train], y[train], 4).accuracy(X[val], y[val])
    )
    b = (y > 1).astype(float)
    assert probe_score("binary", X[train], b[train], X[val], b[val]) == separability(
        X[train], b[train], X[val], b[val]
    )
    t = X[:, 0] * 2.0
    assert probe_score("number", X[train], t[train], X[val], t[val]) == pytest.approx(
        1.0, abs=1e-6
    )
    assert np.isnan(probe_score("number", X[train], t[train], X[val], 0 * t[val]))


@pytest.fixture(scope="module", params=[("blobs", "classes"), ("bump", "number")])
def run(request):
    name, kind = request.param
    t = Trainer(TrainingConfig(dataset=name, target_kind=kind, epochs=6,
                               hidden_layers=(16, 8), learning_rate=0.01))  # fmt: skip
    t.run()
    return t


def test_untangling_of_a_real_run_scores_its_own_output_as_the_trainer_does(run):
    split = normalized_split(run.dataset, run.config)
    u = untangle(run.model, split, len(run.history.records))
    kind = run.config.target_kind
    assert u.kind == kind
    last = run.history.records[-1]
    if kind == "number":
        report = run.number_report()
        assert u.output_accuracy == pytest.approx(
            r2_score(report.y, report.predicted), abs=1e-9
        )
        assert u.output_accuracy == pytest.approx(last.val_r2, abs=1e-9)
    else:
        assert u.output_accuracy == pytest.approx(last.val_accuracy)
    scores = [u.raw.val_accuracy, *(layer.val_accuracy for layer in u.layers)]
    assert all(np.isfinite(scores))
    text = untangling_sentence(u)
    assert "nan" not in text.lower()
    if kind == "number":
        assert "(R²)" in text
        assert "linear fit" in text
    else:
        assert "one per class" in text


def test_the_evidence_of_a_classes_run_names_the_class_each_unit_follows(run):
    split = normalized_split(run.dataset, run.config)
    names = run.dataset.class_names
    insight = explain(run.history.records, run.model, split, run.dataset.feature_names,
                      run.config.target_kind, names)  # fmt: skip
    a = run.model.forward(split.X_val).a
    for layer in insight.layers:
        for unit in layer.units:
            column = a[layer.layer][:, unit.unit - 1]
            if run.config.target_kind == "classes":
                assert unit.follows in names
                c = names.index(unit.follows)
                one_hot = (split.y_val == c).astype(float)
                r = label_correlations(column[:, None], one_hot)[0]
                others = [
                    label_correlations(column[:, None], split.y_val == j)[0]
                    for j in range(len(names))
                ]
                assert abs(r) == pytest.approx(max(abs(v) for v in others))
                assert f"with {unit.follows})" in unit_sentence(unit)
            else:
                assert unit.follows == ""
                r = label_correlations(column[:, None], split.y_val)[0]
            assert unit.correlation == pytest.approx(r)
    assert "nan" not in progress_sentence(insight.progress).lower()


def _made(raw, hidden, kind, epochs=5, output=0.9):
    deeper = [LayerSeparability(hidden_name(k), 8, a) for k, a in enumerate(hidden, 1)]
    layers = (LayerSeparability(INPUTS, 3, raw), *deeper)
    return Untangling(LayerSeparability(RAW, 3, raw), layers, output, epochs, kind)


@pytest.mark.parametrize("kind", ["classes", "number"])
def test_every_branch_of_the_sentence_for_classes_and_numbers(kind):
    rising = untangling_sentence(_made(0.41, [0.62, 0.93], kind))
    assert "step by step" in rising
    assert "41%" in rising
    assert "62%" in rising
    assert "93%" in rising
    stalled = untangling_sentence(_made(0.41, [0.62, 0.62], kind))
    assert "step by step" not in stalled
    assert "(62% against 62%)" in stalled
    assert "layer 2" in stalled
    first = untangling_sentence(_made(0.5, [0.5], kind))
    assert "(50% against 50%)" in first
    assert "raw measurements" in first
    one = untangling_sentence(_made(0.4, [0.7], kind))
    assert "hidden layer" in one
    assert "step by step" not in one
    early = untangling_sentence(_made(0.3, [0.5], kind, epochs=0))
    assert early.startswith("The layers have not learned yet")
    assert "30%" in early
    flat = untangling_sentence(_made(0.3, [], kind, output=0.55))
    assert "no hidden layer" in flat
    assert "55%" in flat
    assert "30%" in flat
    word = "(R²)" if kind == "number" else "one per class"
    for text in (rising, early, flat):
        assert word in text


def test_an_undefined_r2_is_said_and_never_printed():
    text = untangling_sentence(_made(float("nan"), [0.5], "number"))
    assert "not defined" in text
    assert "nan" not in text.lower()


def _number_record(epoch, loss, val_r2):
    nan = float("nan")
    return EpochRecord(loss=loss, accuracy=nan, val_loss=loss, val_accuracy=nan,
                       r2=val_r2, val_r2=val_r2, mae=0.1, val_mae=0.1,
                       epoch=epoch)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (0.104, 0.931, "validation R² rose from 0.10 to 0.93"),
        (0.93, 0.41, "validation R² fell from 0.93 to 0.41"),
        (0.501, 0.499, "validation R² stayed at 0.50"),
        (-0.3, 0.2, "validation R² rose from -0.30 to 0.20"),
        (0.2, float("nan"), "validation R² is not defined"),
    ],
)
def test_the_progress_of_a_number_run_speaks_of_r2(a, b, words):
    text = progress_sentence(
        Progress(_number_record(1, 0.9, a), _number_record(5, 0.2, b))
    )
    assert words in text
    assert "accuracy" not in text
    assert "nan" not in text.lower()
    single = progress_sentence(
        Progress(_number_record(1, 0.9, a), _number_record(1, 0.9, a))
    )
    assert "validation R²" in single
    assert "nan" not in single.lower()
