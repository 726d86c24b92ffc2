"""Built-in data: shape, determinism, believable people, the rule, the story."""

import argparse
import itertools
import math

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.cli import datasets as datasets_command
from core.data.athletes import ATHLETE_RULE
from core.data.datasets import DATASET_NAMES, load

SEEDS = range(10)
WHOLE_NUMBERS = (
    "age",
    "sex",
    "vertical jump",
    "resting heart rate",
    "grip strength",
    "push-ups in a row",
    "daily steps",
    "plank hold",
    "reaction time",
    "systolic blood pressure",
)


def columns(data):
    col = dict(zip(data.feature_names, data.X.T, strict=True))
    col["BMI"] = col["weight"] / (col["height"] / 100) ** 2
    return col


@pytest.fixture(scope="module")
def people():
    """Seeds 0-9 of the default 1000 rows, pooled: what the lesson shows."""
    data = [load("athletes", seed=seed) for seed in SEEDS]
    X = np.vstack([d.X for d in data])
    col = dict(zip(data[0].feature_names, X.T, strict=True))
    col["BMI"] = col["weight"] / (col["height"] / 100) ** 2
    return col


@pytest.fixture(scope="module")
def stories():
    """The default run and its converged linear baseline, seeds 0-9."""
    runs = {}
    for seed in SEEDS:
        trainer = Trainer(TrainingConfig(seed=seed))
        trainer.run()
        runs[seed] = trainer
    return runs


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_every_dataset_has_the_promised_shape_and_balance(name):
    data = load(name, seed=0)
    assert data.X.dtype == np.float64
    assert data.y.dtype == np.int64
    assert set(np.unique(data.y)) == {0, 1}
    low, high = (0.25, 0.45) if name == "athletes" else (0.35, 0.65)
    assert low < data.y.mean() < high
    assert len(data.feature_names) == len(data.feature_units) == data.n_features
    assert np.isfinite(data.X).all()
    assert data.description
    assert data.target_name


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_datasets_are_deterministic_by_seed(name):
    a, b, c = load(name, seed=3), load(name, seed=3), load(name, seed=4)
    assert np.array_equal(a.X, b.X)
    assert np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)


def test_athletes_matches_the_seed_page():
    data = load("athletes")
    assert data.X.shape == (1000, 20)
    assert data.feature_units[data.feature_names.index("height")] == "cm"
    assert all(data.feature_units), "every measurement states its unit"
    assert {"height", "weight", "age", "VO2 max", "vertical jump"} <= set(
        data.feature_names
    )


# -- believable people ------------------------------------------------------


def normal_share(values, low, high):
    mean, sd = values.mean(), values.std()
    z = [(x - mean) / (sd * math.sqrt(2)) for x in (low, high)]
    return 0.5 * (math.erf(z[1]) - math.erf(z[0]))


def humps(values, dip=0.05):
    """Humps of a Gaussian kernel density (Silverman's bandwidth).

    Two neighbouring peaks count as one hump unless the density between them
    falls at least ``dip`` below the lower peak: a flat top with a ripple is
    one hump, a valley is two.
    """
    bandwidth = 1.06 * values.std() * len(values) ** -0.2
    grid = np.linspace(*np.percentile(values, [1, 99]), 200)
    density = np.exp(-0.5 * ((grid[:, None] - values) / bandwidth) ** 2).sum(axis=1)
    inner = np.arange(1, len(grid) - 1)
    rising = density[inner] > density[inner - 1]
    peaks = inner[rising & (density[inner] >= density[inner + 1])]
    count = 1
    for left, right in itertools.pairwise(peaks):
        valley = density[left : right + 1].min()
        count += bool(valley < (1 - dip) * min(density[left], density[right]))
    return count


def test_humps_tells_one_hump_from_two():
    rng = np.random.default_rng(0)
    assert humps(rng.normal(0, 1, 4000)) == 1
    assert humps(rng.lognormal(0, 0.4, 4000)) == 1
    two = np.concatenate([rng.normal(-2, 0.7, 2000), rng.normal(2, 0.7, 2000)])
    assert humps(two) == 2


@pytest.mark.parametrize(
    "name", ["height", "weight", "BMI", "VO2 max", "vertical jump"]
)
def test_body_sizes_and_fitness_have_one_hump(people, name):
    values = people[name][::2]  # 5000 people keep the density cheap
    assert humps(values) == 1
    middle = np.median(values)
    half = 0.25 * values.std()
    share = np.mean(np.abs(values - middle) < half)
    assert share > 0.75 * normal_share(values, middle - half, middle + half)


def test_bmi_is_not_hollow_in_the_middle(people):
    """The old data had 0.7% of people between BMI 22.5 and 24.5."""
    bmi = people["BMI"]
    share = np.mean((bmi >= 22.5) & (bmi < 24.5))
    assert share > 0.85 * normal_share(bmi, 22.5, 24.5)


def test_population_values_are_those_of_adults(people):
    assert 167 < people["height"].mean() < 173
    assert 8 < people["height"].std() < 10.5
    assert 23 < people["BMI"].mean() < 26
    assert 3 < people["BMI"].std() < 4.5
    assert 64 < people["weight"].mean() < 78
    assert 0.4 < people["sex"].mean() < 0.6


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("height", 135, 210),
        ("BMI", 14, 45),
        ("age", 18, 65),
        ("VO2 max", 12, 90),
        ("vertical jump", 5, 95),
        ("resting heart rate", 35, 110),
        ("body fat", 3, 60),
        ("100 m sprint", 10, 25),
        ("sleep", 4, 10),
    ],
)
def test_measurements_stay_in_human_ranges(people, name, low, high):
    assert low <= people[name].min()
    assert people[name].max() <= high


@pytest.mark.parametrize("name", WHOLE_NUMBERS)
def test_counts_and_scores_are_whole_numbers(people, name):
    assert np.array_equal(people[name], np.round(people[name]))


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("height", "weight", 0.4, 0.8),
        ("height", "arm span", 0.9, 1.0),
        ("VO2 max", "resting heart rate", -0.95, -0.5),
        ("age", "VO2 max", -0.8, -0.25),
        ("age", "vertical jump", -0.8, -0.25),
        ("age", "systolic blood pressure", 0.3, 0.8),
        ("BMI", "body fat", 0.4, 0.9),
        ("vertical jump", "100 m sprint", -0.95, -0.5),
    ],
)
def test_measurements_are_correlated_as_in_people(people, a, b, low, high):
    assert low < np.corrcoef(people[a], people[b])[0, 1] < high


# -- the rule ----------------------------------------------------------------


def documented_rule(col):
    male, age = col["sex"], col["age"]
    endurance = col["VO2 max"] - (37 + 7 * male - 0.35 * (age - 25))
    power = col["vertical jump"] - (31 + 9 * male - 0.4 * (age - 25))
    return ((endurance >= 19) | (power >= 17)).astype(int), endurance, power


def test_athlete_labels_follow_the_documented_rule_up_to_the_retest():
    data = load("athletes", n_rows=20_000, seed=1)
    rule, endurance, power = documented_rule(columns(data))
    wrong = rule != data.y
    assert 0.002 < wrong.mean() < 0.01  # the documented "about 0.5%"
    # Only people within a few test scatters of a standard can disagree.
    nearest = np.minimum(np.abs(endurance - 19) / 1.2, np.abs(power - 17) / 1.0)
    assert nearest[wrong].max() <= 6


def test_the_rule_is_stated_exactly_where_it_is_used():
    data = load("athletes")
    assert data.rule == ATHLETE_RULE
    for part in ("37 + 7*sex - 0.35*(age - 25)", "31 + 9*sex - 0.4*(age - 25)"):
        assert part in ATHLETE_RULE
    assert "endurance margin >= 19  or  power margin >= 17" in ATHLETE_RULE
    assert "retest" in ATHLETE_RULE


def test_describe_prints_the_rule_and_the_noise_it_measured(capsys):
    parser = argparse.ArgumentParser()
    assert datasets_command.run(argparse.Namespace(describe="athletes"), parser) == 0
    out = capsys.readouterr().out
    assert ATHLETE_RULE.replace("\n", "\n  ") in out
    assert "push-ups in a row (count)" in out
    data = load("athletes")
    rule, _, _ = documented_rule(columns(data))
    agree = int(np.sum(rule == data.y))
    assert f"gives the label of {agree} of 1000 people" in out
    assert f"the other {1000 - agree} were judged" in out


# -- the lesson's story ------------------------------------------------------


def newton_logistic(X, y, ridge=1e-6):
    """Logistic regression to convergence by Newton's method; returns w, grad."""
    A = np.column_stack([X, np.ones(len(X))])
    w = np.zeros(A.shape[1])
    for _ in range(200):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -35, 35)))
        gradient = A.T @ (p - y) + ridge * w
        hessian = (A * (p * (1 - p))[:, None]).T @ A + ridge * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    p = 1 / (1 + np.exp(-np.clip(A @ w, -35, 35)))
    return w, A.T @ (p - y) + ridge * w


def linear_val_accuracy(trainer):
    w, gradient = newton_logistic(trainer.X_train, trainer.y_train)
    assert np.max(np.abs(gradient)) < 1e-6  # fitted to convergence
    B = np.column_stack([trainer.X_val, np.ones(len(trainer.X_val))])
    return float(np.mean((B @ w > 0) == (trainer.y_val > 0.5)))


def log_loss(X, y, w, ridge=1e-6):
    z = np.column_stack([X, np.ones(len(X))]) @ w
    return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * ridge * w @ w


def test_newton_logistic_finds_the_minimum_of_the_convex_loss():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    p = 1 / (1 + np.exp(-(X @ [1.5, -2.0, 0.5] + 0.3)))
    y = (rng.random(400) < p).astype(float)
    w, gradient = newton_logistic(X, y)
    assert np.max(np.abs(gradient)) < 1e-9
    best = log_loss(X, y, w)
    for step in rng.normal(scale=1e-3, size=(20, 4)):
        assert log_loss(X, y, w + step) > best


def loss_events(losses):
    """Epochs with a loss-bump and with learning-rate-too-high (the contract)."""
    bumps = [t for t in range(1, len(losses)) if losses[t] > 1.05 * losses[t - 1]]
    above = [t > 0 and losses[t] > 1.05 * min(losses[:t]) for t in range(len(losses))]
    too_high = [t for t in range(1, len(losses)) if above[t] and above[t - 1]]
    return bumps, too_high


def test_loss_events_follow_the_contract():
    assert loss_events([1.0, 0.8, 0.85, 0.7]) == ([2], [])
    assert loss_events([1.0, 0.8, 0.85, 0.86, 0.7]) == ([2], [3])
    assert loss_events([1.0, 0.8, 0.83, 0.82]) == ([], [])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_seed_story_holds_with_the_default_settings(stories, seed):
    trainer = stories[seed]
    records = trainer.history.records
    assert len(records) == 20
    assert records[0].val_accuracy < 0.80
    assert records[-1].val_accuracy >= 0.93
    assert records[0].loss / records[-1].loss >= 3.0
    assert linear_val_accuracy(trainer) <= 0.80


@pytest.mark.parametrize("seed", SEEDS)
def test_the_default_learning_rate_is_never_too_high(stories, seed):
    _, too_high = loss_events([r.loss for r in stories[seed].history.records])
    assert too_high == []


def test_two_layers_beat_one_layer_of_the_same_size_by_epoch_20(stories):
    """64-32 (3,457 parameters) against one layer of 157 units (3,455)."""
    gaps = []
    for seed, deep in stories.items():
        config = TrainingConfig(seed=seed, hidden_layers=(157,))
        one = Trainer(config, deep.dataset)
        assert one.model.parameter_count == 3455
        assert deep.model.parameter_count == 3457
        one.run()
        gaps.append(
            deep.history.records[-1].val_accuracy - one.history.records[-1].val_accuracy
        )
    gaps = np.array(gaps)
    assert gaps.mean() >= 0.03
    assert np.sum(gaps > 0) >= 8


def test_split_is_seeded_and_disjoint():
    data = load("athletes")
    a, b = data.split(0.2, seed=5), data.split(0.2, seed=5)
    assert np.array_equal(a.val_index, b.val_index)
    assert len(a.y_train) == 800
    assert len(a.y_val) == 200
    assert not set(a.train_index) & set(a.val_index)
    assert not np.array_equal(a.val_index, data.split(0.2, seed=6).val_index)


def test_bad_requests_are_explained():
    with pytest.raises(ValueError, match="choose one of"):
        load("mnist")
    with pytest.raises(ValueError, match="between"):
        load("xor", n_rows=3)
