"""Classes and numbers: the output-kind table checked against independent maths."""

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.datasets import load
from core.engine.config import ConfigError
from core.engine.evaluation import make_evaluator
from core.engine.fast_step import BatchStepper, Targets, examples_as_columns
from core.engine.model import MLP
from core.engine.output_kinds import OUTPUT_KINDS, SOFTMAX, softmax

KINDS = [("classes", 4), ("classes", 2), ("number", 1)]


def _labels(kind, units, rng, n):
    if kind == "classes":
        return rng.integers(0, units, n).astype(float)
    return rng.normal(size=n)


def _numeric_grad(model, X, y, l2, eps=1e-6):
    grad = np.zeros_like(model.theta)
    for i in range(model.theta.size):
        old = model.theta[i]
        model.theta[i] = old + eps
        up = model.loss(X, y, l2)
        model.theta[i] = old - eps
        down = model.loss(X, y, l2)
        model.theta[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


@pytest.mark.parametrize(("kind", "units"), KINDS)
@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
@pytest.mark.parametrize("l2", [0.0, 0.1])
def test_backprop_matches_central_differences_for_every_parameter(
    kind, units, activation, l2
):
    rng = np.random.default_rng(11)
    model = MLP([3, 5, 4, units], activation, rng, output=kind)
    model.theta += rng.normal(0, 0.1, model.theta.size)  # non-zero biases too
    X = rng.normal(size=(9, 3))
    y = _labels(kind, units, rng, 9)
    analytic = model.flat_grads(model.loss_and_grads(X, y, l2).grads)
    numeric = _numeric_grad(model, X, y, l2)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize(("kind", "units"), KINDS)
@pytest.mark.parametrize("sizes", [[4], [4, 6, 5]])
def test_the_fast_step_equals_the_readable_backprop(kind, units, sizes):
    rng = np.random.default_rng(5)
    model = MLP([*sizes, units], "relu", rng, output=kind)
    model.theta += rng.normal(0, 0.1, model.theta.size)
    X = rng.normal(size=(13, sizes[0]))
    y = _labels(kind, units, rng, 13)
    readable = model.loss_and_grads(X, y, 0.05)
    stepper = BatchStepper(model, 16, 0.05)
    fast_loss = stepper.loss_and_grad(examples_as_columns(X), Targets.of(y, kind=kind))
    assert fast_loss == pytest.approx(readable.loss, rel=1e-12)
    np.testing.assert_allclose(
        stepper.grad, model.flat_grads(readable.grads), rtol=1e-10, atol=1e-14
    )


def test_cross_entropy_is_a_direct_log_of_softmax_and_stays_finite():
    z = np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]])
    y = np.array([1, 2])
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    by_hand = -np.mean(np.log(p[[0, 1], y]))
    assert OUTPUT_KINDS["classes"].loss(z, y) == pytest.approx(by_hand, rel=1e-14)
    huge = np.array([[1000.0, -1000.0, 0.0]])
    assert OUTPUT_KINDS["classes"].loss(huge, np.array([1])) == pytest.approx(2000.0)
    np.testing.assert_allclose(softmax(huge).sum(), 1.0)
    with pytest.raises(ValueError, match="no elementwise slope"):
        SOFTMAX.df(z)


def test_two_softmax_classes_equal_the_sigmoid_model_with_w_equal_w1_minus_w0():
    rng = np.random.default_rng(3)
    sigmoid_model = MLP([5, 7, 1], "tanh", rng)
    two = MLP([5, 7, 2], "tanh", rng, output="classes")
    two.layers[0].W, two.layers[0].b = (
        sigmoid_model.layers[0].W,
        sigmoid_model.layers[0].b,
    )
    w0 = rng.normal(size=(7, 1))
    b0 = rng.normal(size=1)
    w_sig, b_sig = sigmoid_model.layers[1].W, sigmoid_model.layers[1].b
    two.layers[1].W = np.hstack([w0, w0 + w_sig])  # w1 - w0 = w_sigmoid
    two.layers[1].b = np.concatenate([b0, b0 + b_sig])
    X = rng.normal(size=(200, 5)) * 3
    p_sigmoid = sigmoid_model.predict_proba(X)
    p_softmax = two.predict_proba(X)
    np.testing.assert_allclose(p_softmax[:, 1], p_sigmoid, rtol=1e-12, atol=1e-15)
    assert np.array_equal(two.predict(X), sigmoid_model.predict(X))
    y = (rng.random(200) < 0.5).astype(float)
    assert two.loss(X, y) == pytest.approx(sigmoid_model.loss(X, y), rel=1e-12)


@pytest.mark.parametrize(("kind", "units"), KINDS)
def test_the_evaluator_equals_the_readable_model(kind, units):
    rng = np.random.default_rng(8)
    model = MLP([3, 6, units], "relu", rng, output=kind)
    X, Xv = rng.normal(size=(70, 3)), rng.normal(size=(30, 3))
    y, yv = _labels(kind, units, rng, 70), _labels(kind, units, rng, 30)
    metrics = make_evaluator(model, X, y, Xv, yv).metrics()
    assert metrics.loss == pytest.approx(model.loss(X, y), rel=1e-12)
    assert metrics.val_loss == pytest.approx(model.loss(Xv, yv), rel=1e-12)
    if kind == "classes":
        assert metrics.val_accuracy == np.mean(model.predict(Xv) == yv)
        assert np.isnan(metrics.val_r2)
    else:
        assert np.isnan(metrics.accuracy)
        assert np.isnan(metrics.val_accuracy)
        assert metrics.val_mae == pytest.approx(np.mean(np.abs(model.predict(Xv) - yv)))


@pytest.mark.parametrize(
    ("dataset", "kind"), [("blobs", "classes"), ("plane", "number"), ("bump", "number")]
)
def test_fixed_seeds_give_bit_identical_runs_twice(dataset, kind):
    def run():
        trainer = Trainer(TrainingConfig(dataset=dataset, target_kind=kind, epochs=3))
        trainer.run()
        return trainer.model.theta.copy(), [
            r.as_dict() for r in trainer.history.records
        ]

    (theta_a, rows_a), (theta_b, rows_b) = run(), run()
    assert np.array_equal(theta_a, theta_b)
    assert rows_a == rows_b


def test_the_playground_sets_train_to_their_documented_shape():
    blobs = Trainer(TrainingConfig(dataset="blobs", target_kind="classes", epochs=20,
                                   learning_rate=0.01))  # fmt: skip
    blobs.run()
    assert blobs.model.layer_sizes[-1] == 4
    assert blobs.history.records[-1].val_accuracy > 0.85
    plane = Trainer(TrainingConfig(dataset="plane", target_kind="number", epochs=40,
                                   learning_rate=0.01))  # fmt: skip
    plane.run()
    last = plane.history.records[-1]
    assert last.val_r2 > 0.95
    report = plane.number_report()
    assert report.r2 == pytest.approx(last.val_r2, rel=1e-9)
    assert report.mae == pytest.approx(last.val_mae, rel=1e-9)
    assert set(last.as_dict()) >= {"r2", "val_r2", "mae", "val_mae"}
    assert "accuracy" not in last.as_dict()
    assert "val_accuracy" not in last.as_dict()


def test_the_number_target_is_standardized_with_the_training_rows_only():
    trainer = Trainer(TrainingConfig(dataset="bump", target_kind="number", epochs=1))
    raw = trainer.raw_split
    assert trainer.target.scale.mean == pytest.approx(raw.y_train.mean())
    assert trainer.target.scale.std == pytest.approx(raw.y_train.std())
    assert trainer.y_train.mean() == pytest.approx(0.0, abs=1e-12)
    np.testing.assert_allclose(trainer.target.scale.to_units(trainer.y_val), raw.y_val)


@pytest.mark.parametrize(
    ("dataset", "asked", "words"),
    [
        ("blobs", "binary", "4 classes; train it with the target kind 'classes'"),
        ("plane", "classes", "a number to predict; train it with the target kind"),
        ("athletes", "number", "a yes/no target; predict its two classes instead"),
    ],
)
def test_a_target_kind_that_does_not_suit_the_data_is_refused(dataset, asked, words):
    with pytest.raises(ConfigError, match=words) as problem:
        Trainer(TrainingConfig(dataset=dataset, target_kind=asked))
    assert problem.value.field == "target_kind"


def test_the_config_checks_the_target_kind():
    with pytest.raises(ConfigError, match="target_kind"):
        TrainingConfig(target_kind="numbers").validate()
    again = TrainingConfig.from_dict(TrainingConfig(target_kind="classes").to_dict())
    assert again.target_kind == "classes"


def test_yes_no_data_may_train_as_two_softmax_classes():
    trainer = Trainer(TrainingConfig(dataset="xor", target_kind="classes", epochs=2))
    trainer.run()
    assert trainer.model.layer_sizes[-1] == 2
    report = trainer.class_report()
    assert report.class_names == load("xor").class_names
    assert report.accuracy == trainer.history.records[-1].val_accuracy


def test_compare_depths_takes_classes_and_numbers():
    """Compare depths trains every kind (tests/test_comparison_kinds.py checks
    the runs against Trainer); only its construction is checked here."""
    from core.stacked.training import StackedRuns

    for dataset, kind in (("blobs", "classes"), ("bump", "number")):
        config = TrainingConfig(dataset=dataset, target_kind=kind, epochs=1)
        assert StackedRuns(config, (0, 1)) is not None
