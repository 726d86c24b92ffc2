"""Metrics, own data, observations and the command line for classes and numbers."""

import itertools
import json
import math

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.cli import main
from core.data.csv_data import CsvProblem, Problem, load_csv
from core.engine import observations as obs
from core.engine.metrics import (
    confusion_matrix,
    mean_absolute_error,
    per_class_accuracy,
    r2_score,
)
from tests.sklearn_tables import write_csv


@pytest.mark.parametrize("seed", range(5))
def test_the_confusion_matrix_is_a_direct_count(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(3, 8))
    t, p = rng.integers(0, k, 300), rng.integers(0, k, 300)
    counts = confusion_matrix(t, p, k)
    direct = np.zeros((k, k), int)
    for true, said in zip(t, p, strict=True):
        direct[true, said] += 1
    assert np.array_equal(counts, direct)
    with np.errstate(invalid="ignore"):
        expected = [
            np.mean(p[t == c] == c) if np.any(t == c) else np.nan for c in range(k)
        ]
    np.testing.assert_allclose(per_class_accuracy(counts), expected)


def test_a_class_with_no_rows_has_no_accuracy_rather_than_a_made_up_one():
    counts = confusion_matrix(np.array([0, 0, 2]), np.array([0, 1, 2]), 3)
    share = per_class_accuracy(counts)
    assert share[0] == 0.5
    assert math.isnan(share[1])
    assert share[2] == 1.0


@pytest.mark.parametrize("seed", range(5))
def test_r2_matches_its_formula_and_one_minus_mse_over_variance(seed):
    rng = np.random.default_rng(seed)
    y = rng.normal(3, 2, 50)
    y_hat = y + rng.normal(0, 1, 50)
    ss_res = sum((a - b) ** 2 for a, b in zip(y, y_hat, strict=True))
    ss_tot = sum((a - y.mean()) ** 2 for a in y)
    assert r2_score(y, y_hat) == pytest.approx(1 - ss_res / ss_tot, rel=1e-12)
    mse, var = np.mean((y - y_hat) ** 2), np.var(y)
    assert r2_score(y, y_hat) == pytest.approx(1 - mse / var, rel=1e-12)
    assert r2_score(y, np.full(50, y.mean())) == pytest.approx(0.0, abs=1e-12)
    assert mean_absolute_error(y, y_hat) == pytest.approx(np.mean(np.abs(y - y_hat)))
    assert math.isnan(r2_score(np.ones(5), np.zeros(5)))


# -- own data ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    return {name: write_csv(name, folder) for name in ("iris", "wine", "digits")}


@pytest.mark.parametrize(("name", "k", "rows"), [("iris", 3, 150), ("wine", 3, 178)])
def test_iris_and_wine_load_as_classes_and_train(tables, name, k, rows):
    loaded = load_csv(tables[name], target_kind="auto")
    data = loaded.dataset
    assert (data.target_kind, data.n_classes, data.n_rows) == ("classes", k, rows)
    assert f"{k} classes" in loaded.report()
    config = TrainingConfig(dataset=data.name, target_kind="classes", epochs=40,
                            learning_rate=0.005)  # fmt: skip
    trainer = Trainer(config, dataset=data)
    trainer.run()
    assert trainer.history.records[-1].val_accuracy > 0.8


def test_iris_class_names_are_its_species_in_alphabetical_order(tables):
    data = load_csv(tables["iris"], target_kind="classes").dataset
    assert data.class_names == ("setosa", "versicolor", "virginica")
    assert np.bincount(data.y).tolist() == [50, 50, 50]


def test_digits_reach_95_percent_with_the_default_hidden_layers(tables):
    data = load_csv(tables["digits"], target_kind="auto", drop_constant_columns=True)
    data = data.dataset
    assert (data.n_rows, data.n_classes) == (1797, 10)
    trainer = Trainer(TrainingConfig(dataset=data.name, target_kind="classes",
                                     epochs=10), dataset=data)  # fmt: skip
    trainer.run()
    assert trainer.config.hidden_layers == (64, 32)
    assert trainer.history.records[-1].val_accuracy >= 0.95


def test_the_default_kind_still_refuses_more_than_two_values(tables):
    with pytest.raises(CsvProblem) as problem:
        load_csv(tables["iris"])
    assert problem.value.kind is Problem.TARGET_VALUES


def _write(path, header, rows):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_small_classes_are_named_in_the_message(tmp_path):
    rows = [f"{i},a" for i in range(300)] + [f"{i},b" for i in range(200)]
    rows += ["1,c", "2,c", "3,c", "4,d"]
    path = _write(tmp_path / "t.csv", "x,label", rows)
    with pytest.raises(CsvProblem) as problem:
        load_csv(path, target_kind="classes")
    assert problem.value.kind is Problem.SMALL_CLASSES
    assert "'d' (1 rows" in str(problem.value)
    assert "'c' (3 rows" in str(problem.value)


def test_a_numeric_column_with_many_values_is_a_number_when_auto(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, 200)
    rows = [f"{a:.6f},{3 * a + 1:.6f}" for a in x]
    path = _write(tmp_path / "n.csv", "x,price", rows)
    data = load_csv(path, target_kind="auto").dataset
    assert data.target_kind == "number"
    assert data.class_names == ()
    np.testing.assert_allclose(data.y, np.round(3 * x + 1, 6))
    trainer = Trainer(
        TrainingConfig(
            dataset=data.name, target_kind="number", epochs=30, learning_rate=0.01
        ),
        dataset=data,
    )
    trainer.run()
    assert trainer.history.records[-1].val_r2 > 0.9


def test_text_in_a_number_target_is_refused(tmp_path):
    rows = [f"{i},{i * 2}" for i in range(40)] + ["41,lots"]
    path = _write(tmp_path / "n.csv", "x,y", rows)
    with pytest.raises(CsvProblem) as problem:
        load_csv(path, target_kind="number")
    assert problem.value.kind is Problem.NUMBER_TARGET_TEXT
    assert "'lots'" in str(problem.value)


def test_auto_reads_two_values_as_yes_no_and_many_words_as_too_many_classes(tmp_path):
    two = _write(tmp_path / "two.csv", "x,y", [f"{i},{'yes' if i % 2 else 'no'}"
                                               for i in range(40)])  # fmt: skip
    assert load_csv(two, target_kind="auto").dataset.target_kind == "binary"
    words = _write(tmp_path / "w.csv", "x,y", [f"{i},w{i % 25}" for i in range(500)])
    with pytest.raises(CsvProblem) as problem:
        load_csv(words, target_kind="auto")
    assert problem.value.kind is Problem.CLASS_COUNT


# -- observations ---------------------------------------------------------------------


def _row(loss, r2):
    return obs.EpochMetrics(loss, math.nan, loss, math.nan, r2=r2, val_r2=r2)


def test_a_number_run_is_judged_on_r2_and_says_r2():
    base = obs.Baseline.of_number()
    history = [_row(0.9, 0.05), _row(0.5, 0.5), _row(0.1, 0.92)]
    seen = obs.trace(history, base)
    assert [o.phase for o in seen] == ["starting", "basic", "complex"]
    assert seen[0].sentence == "Model starts learning, R² just above 0"
    assert seen[1].sentence == "Model learns basic patterns, R² improves"
    assert seen[2].sentence == "Model captures complex patterns, R² high"
    assert all("accuracy" not in o.sentence for o in seen)


def test_the_classes_baseline_is_the_majority_share_and_the_class_entropy():
    base = obs.Baseline.of_classes([0, 0, 1, 2])
    assert base.rate == 0.5
    assert base.loss == pytest.approx(
        -(0.5 * math.log(0.5) + 2 * 0.25 * math.log(0.25))
    )
    assert obs.Baseline.of_chance(0.7) == obs.Baseline(0.7, obs.chance_loss(0.7))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(
    ("dataset", "kind"), [("blobs", "classes"), ("bump", "number")]
)
def test_real_rows_follow_the_rule_on_their_own_score(seed, dataset, kind):
    trainer = Trainer(TrainingConfig(dataset=dataset, target_kind=kind, seed=seed,
                                     epochs=25, learning_rate=0.01))  # fmt: skip
    trainer.run()
    rows = trainer.history.records
    score = [r.val_r2 if kind == "number" else r.val_accuracy for r in rows]
    rate = 0.0 if kind == "number" else trainer.chance
    order = [obs.PHASES.index(r.phase) for r in rows]
    assert order[0] == 0
    assert all(0 <= b - a <= 1 for a, b in itertools.pairwise(order))
    for r, s in zip(rows, score, strict=True):
        skill = obs.skill(s, rate)
        said = r.observation
        if "high" in said and "not high" not in said:
            assert skill >= obs.HIGH_SKILL
        if "not high" in said:
            assert skill < obs.HIGH_SKILL
        assert ("accuracy" if kind == "number" else "R²") not in said


# -- the command line ------------------------------------------------------------------


def test_json_rows_carry_val_accuracy_for_classes_and_r2_mae_for_numbers(capsys):
    assert main(["train", "--dataset", "blobs", "--epochs", "2", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert all("val_accuracy" in r and "val_r2" not in r for r in rows)
    assert main(["train", "--dataset", "plane", "--epochs", "2", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert all({"val_r2", "val_mae", "r2", "mae"} <= set(r) for r in rows)
    assert all("val_accuracy" not in r for r in rows)


def test_target_kind_reaches_a_csv_file_from_the_command_line(tables, capsys):
    path = str(tables["iris"])
    assert main(["train", "--data", path, "--epochs", "2"]) == 0
    out = capsys.readouterr().out
    assert "3 classes" in out
    assert "-> 3" in out
    with pytest.raises(SystemExit):
        main(["train", "--data", path, "--target-kind", "binary"])
    assert "exactly two values" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["train", "--dataset", "blobs", "--target-kind", "number"])
    assert "--target-kind classes" in capsys.readouterr().err
