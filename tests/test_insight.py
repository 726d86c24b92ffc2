"""The key insight's numbers equal direct computations; its sentences follow rules."""

import json
import re
from itertools import pairwise

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.cli import main
from core.engine.model import MLP
from core.engine.training import EpochRecord
from core.lesson.boundary import NormalizedSplit, normalized_split
from core.lesson.insight import (
    INPUTS,
    KEY_INSIGHT,
    RAW,
    LayerEvidence,
    LayerSeparability,
    Progress,
    UnitEvidence,
    Untangling,
    correlation_sentence,
    explain,
    hidden_name,
    label_correlations,
    percent,
    progress_sentence,
    run_progress,
    untangle,
    untangling_sentence,
)
from core.lesson.linear_probe import separability


@pytest.fixture(scope="module")
def trainer():
    t = Trainer(TrainingConfig(epochs=8))
    t.run()
    return t


def _split(t: Trainer) -> NormalizedSplit:
    return normalized_split(t.dataset, t.config)


def test_the_text_is_the_seed_lessons_key_insight_verbatim():
    assert KEY_INSIGHT == (
        "Deep learning handles complex patterns by passing data through multiple "
        "layers that build up from simple to complex features. This layered "
        "learning allows the model to improve predictions step by step, as seen by "
        "decreasing loss and increasing accuracy during training."
    )


# -- the layers untangling the classes ---------------------------------------


def _by_hand(model: MLP, X, activation):
    """Every layer's outputs from the weights, without ``MLP.forward``."""
    outputs = [np.asarray(X, dtype=np.float64)]
    for layer in model.layers[:-1]:
        outputs.append(activation(outputs[-1] @ layer.W + layer.b))
    return outputs


def test_the_probes_equal_a_fit_on_each_layer_computed_by_hand(trainer):
    split = _split(trainer)
    assert np.array_equal(split.X_train, trainer.X_train)  # the trainer's very rows
    u = untangle(trainer.model, split, len(trainer.history.records))
    relu = lambda z: np.maximum(z, 0.0)  # noqa: E731
    train = _by_hand(trainer.model, trainer.X_train, relu)
    val = _by_hand(trainer.model, trainer.X_val, relu)
    names = [INPUTS, hidden_name(1), hidden_name(2)]
    assert [layer.name for layer in u.layers] == names
    assert [layer.width for layer in u.layers] == [trainer.dataset.n_features, 64, 32]
    for layer, a_train, a_val in zip(u.layers, train, val, strict=True):
        want = separability(a_train, trainer.y_train, a_val, trainer.y_val)
        assert layer.val_accuracy == want
    # the network's own answer is the trace's last validation accuracy
    assert u.output_accuracy == trainer.history.records[-1].val_accuracy
    assert u.epochs_done == 8


@pytest.mark.parametrize("dataset", ["athletes", "moons", "spiral"])
def test_raw_and_normalized_inputs_separate_alike(dataset):
    """Min-max scaling shifts and stretches each column: a straight line absorbs it."""
    t = Trainer(TrainingConfig(dataset=dataset, epochs=1))
    u = untangle(t.model, _split(t), 0)
    assert u.raw.name == RAW
    assert u.raw.width == u.layers[0].width
    assert abs(u.raw.val_accuracy - u.layers[0].val_accuracy) <= 1 / len(t.y_val)


def _xor_split(n: int, rng) -> NormalizedSplit:
    X = rng.uniform(-1, 1, size=(2 * n, 2))
    X = X[np.abs(X).min(axis=1) > 0.1]  # keep away from the axes
    y = (X[:, 0] * X[:, 1] > 0).astype(float)
    half = len(X) // 2
    return NormalizedSplit(
        None, X[:half], y[:half], X[half:], y[half:], X[:half], X[half:]
    )


def test_a_layer_that_makes_xor_linear_scores_100_and_the_inputs_near_chance():
    """|x1 + x2| > |x1 - x2| exactly when x1 x2 > 0: four ReLUs make XOR linear."""
    split = _xor_split(1000, np.random.default_rng(0))
    model = MLP((2, 4, 1), "relu")
    model.layers[0].W = np.array([[1.0, -1.0, 1.0, -1.0], [1.0, -1.0, -1.0, 1.0]])
    model.layers[0].b = np.zeros(4)
    u = untangle(model, split, 1)
    assert u.layers[1].val_accuracy == 1.0
    assert abs(u.layers[0].val_accuracy - 0.5) < 0.1
    assert "easier to separate" in untangling_sentence(u)


def test_labels_independent_of_the_features_score_near_chance():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(4000, 5))
    y = (rng.random(4000) < 0.5).astype(float)
    split = NormalizedSplit(
        None, X[:2000], y[:2000], X[2000:], y[2000:], X[:2000], X[2000:]
    )
    u = untangle(MLP((5, 16, 1), "tanh", rng=rng), split, 1)
    for layer in (u.raw, *u.layers):
        assert abs(layer.val_accuracy - 0.5) < 0.05


def test_non_finite_parameters_are_refused(trainer):
    model = trainer.model.copy()
    model.theta[0] = np.nan
    with pytest.raises(ValueError, match="not finite"):
        untangle(model, _split(trainer), 1)


def _made(raw, hidden, epochs=5, output=0.9):
    deeper = [LayerSeparability(hidden_name(k), 8, a) for k, a in enumerate(hidden, 1)]
    layers = (LayerSeparability(INPUTS, 3, raw), *deeper)
    return Untangling(LayerSeparability(RAW, 3, raw), layers, output, epochs)


def test_before_any_epoch_the_layers_have_not_learned_yet():
    text = untangling_sentence(_made(0.61, [0.89, 0.80], epochs=0))
    assert text.startswith("The layers have not learned yet (no epoch has finished)")
    assert "61%" in text
    for claim in ("89%", "80%", "untangle", "better", "combine", "build"):
        assert claim not in text
    alone = untangling_sentence(_made(0.61, [], epochs=0))
    assert alone.startswith("The network has not learned yet")


def test_layers_that_improve_each_time_untangle_step_by_step():
    assert untangling_sentence(_made(0.6, [0.91, 0.97])) == (
        "A straight line through the raw measurements gets 60% of the validation "
        "rows right; through layer 1's patterns 91%; through layer 2's 97%. Each "
        "layer's patterns separate the classes better than the one before: the "
        "layers untangle them step by step."
    )


def test_a_layer_no_better_than_the_one_before_is_named_plainly():
    text = untangling_sentence(_made(0.6, [0.93, 0.91]))
    assert text.endswith(
        "Layer 2's patterns separate the classes no better than layer 1's "
        "(91% against 93%)."
    )
    assert "step by step" not in text
    first = untangling_sentence(_made(0.62, [0.58, 0.9, 0.9]))
    assert (
        "Layer 1's patterns separate the classes no better than the raw "
        "measurements (58% against 62%); layer 3's patterns separate the classes "
        "no better than layer 2's (90% against 90%)." in first
    )


def test_scores_equal_once_rounded_are_not_called_better():
    text = untangling_sentence(_made(0.6, [0.9120, 0.9090]))
    assert "91%; through layer 2's 91%" in text
    assert "no better than layer 1's (91% against 91%)" in text


def test_one_hidden_layer_and_no_hidden_layer():
    one = untangling_sentence(_made(0.6, [0.9]))
    assert one.endswith(
        "The hidden layer's patterns make the classes easier to separate with a "
        "straight line than the raw measurements."
    )
    none = untangling_sentence(_made(0.53, [], epochs=20, output=0.3))
    assert "no hidden layer" in none
    assert "gets 53% of the validation rows right" in none
    assert none.endswith("this network, after 20 epochs, gets 30%.")
    assert "1 epoch," in untangling_sentence(_made(0.53, [], epochs=1))


@pytest.mark.parametrize(
    "setup",
    [{}, {"hidden_layers": (16,)}, {"hidden_layers": (8, 8, 8), "activation": "tanh"}],
)
def test_real_runs_the_sentence_states_the_rounded_scores_and_its_rule(setup):
    for seed in range(6):
        t = Trainer(TrainingConfig(seed=seed, epochs=6, **setup))
        split = _split(t)
        assert "not learned yet" in untangling_sentence(untangle(t.model, split, 0))
        t.run()
        u = untangle(t.model, split, len(t.history.records))
        text = untangling_sentence(u)
        scores = [percent(u.raw.val_accuracy)] + [
            percent(h.val_accuracy) for h in u.hidden
        ]
        stated = [int(s) for s in re.findall(r"(\d+)%", text.split(".")[0])]
        assert stated == scores
        rising = all(b > a for a, b in pairwise_list(scores))
        assert ("no better than" not in text) == rising
        assert text.count("no better than") == sum(
            b <= a for a, b in pairwise_list(scores)
        )


def pairwise_list(values):
    return list(pairwise(values))


# -- the run's progress and its units -----------------------------------------


def _record(epoch, loss, val_accuracy):
    return EpochRecord(
        loss=loss,
        accuracy=val_accuracy,
        val_loss=loss,
        val_accuracy=val_accuracy,
        epoch=epoch,
    )


def test_start_and_end_come_from_the_history(trainer):
    progress = run_progress(trainer.history.records)
    assert progress.start == trainer.history.records[0]
    assert progress.end == trainer.history.records[-1]
    assert progress.loss_ratio == progress.start.loss / progress.end.loss
    text = progress_sentence(progress)
    assert f"{progress.start.loss:.3f}" in text
    assert f"{percent(progress.end.val_accuracy)}%" in text
    assert run_progress([]) is None


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (
            (1, 0.6, 0.70),
            (8, 0.2, 0.95),
            "Training loss fell from 0.600 after epoch 1 to 0.200 after epoch 8 "
            "(3.0× lower); validation accuracy rose from 70% to 95%.",
        ),
        (
            (1, 0.2, 0.95),
            (4, 0.3, 0.90),
            "Training loss rose from 0.200 after epoch 1 to 0.300 after epoch 4; "
            "validation accuracy fell from 95% to 90%.",
        ),
        (
            (1, 0.19041, 0.901),
            (3, 0.19012, 0.899),
            "Training loss stayed at 0.190 from epoch 1 to epoch 3; validation "
            "accuracy stayed at 90%.",
        ),
        (
            (1, 0.2001, 0.80),
            (2, 0.1990, 0.81),
            "Training loss fell from 0.200 after epoch 1 to 0.199 after epoch 2; "
            "validation accuracy rose from 80% to 81%.",
        ),
        ((1, 0.5, 0.7), (1, 0.5, 0.7), "After epoch 1 the training loss is 0.500 "
         "and validation accuracy 70%."),
    ],
)  # fmt: skip
def test_progress_sentence_branches(start, end, expected):
    assert progress_sentence(Progress(_record(*start), _record(*end))) == expected


def test_correlations_equal_numpys_and_a_dead_unit_counts_zero():
    rng = np.random.default_rng(1)
    a = rng.normal(size=(50, 4))
    a[:, 2] = 0.0  # a ReLU unit that never fires
    y = (rng.random(50) < 0.5).astype(float)
    r = label_correlations(a, y)
    for j in (0, 1, 3):
        assert r[j] == pytest.approx(np.corrcoef(a[:, j], y)[0, 1], abs=1e-12)
    assert r[2] == 0.0


def test_layer_evidence_equals_a_direct_computation(trainer):
    names = trainer.dataset.feature_names
    insight = explain(trainer.history.records, trainer.model, _split(trainer), names)
    assert insight.text == KEY_INSIGHT
    assert insight.untangling == untangle(trainer.model, _split(trainer), 8)
    trace = trainer.model.forward(trainer.X_val)
    assert [layer.width for layer in insight.layers] == [64, 32]
    for layer in insight.layers:
        a = trace.a[layer.layer]
        with np.errstate(invalid="ignore", divide="ignore"):  # dead units: 0 / 0
            direct = [
                np.corrcoef(a[:, j], trainer.y_val)[0, 1] for j in range(a.shape[1])
            ]
        direct = np.nan_to_num(np.array(direct))
        best = np.sort(np.abs(direct))[::-1][:3]
        assert [abs(u.correlation) for u in layer.units] == pytest.approx(
            best, abs=1e-9
        )
        for unit in layer.units:
            assert unit.correlation == pytest.approx(direct[unit.unit - 1], abs=1e-9)
    W1 = trainer.model.layers[0].W
    unit = insight.layers[0].units[0]
    column = W1[:, unit.unit - 1]
    top = np.argsort(-np.abs(column))[:3]
    assert unit.inputs == tuple((names[i], column[i]) for i in top)
    assert insight.layers[1].units[0].inputs[0][0].startswith("layer 1 unit ")


def test_a_network_without_hidden_layers_has_no_layer_evidence():
    t = Trainer(TrainingConfig(hidden_layers=(), epochs=2))
    t.run()
    insight = explain(t.history.records, t.model, _split(t), t.dataset.feature_names)
    assert insight.layers == ()
    assert [layer.name for layer in insight.untangling.layers] == [INPUTS]


def _evidence(k, r):
    return LayerEvidence(k, 8, (UnitEvidence(k, 1, r, ()),))


def test_correlation_sentence_compares_the_printed_values():
    closer = correlation_sentence([_evidence(1, 0.41), _evidence(2, -0.83)])
    assert closer == (
        "Layer 2's best unit follows the label more closely (|r| = 0.83) than "
        "layer 1's (|r| = 0.41)."
    )
    same = correlation_sentence([_evidence(1, 0.702), _evidence(2, 0.698)])
    assert "no more closely (|r| = 0.70) than layer 1's (|r| = 0.70)" in same
    assert "combine" not in closer + same
    assert "only patterns" in correlation_sentence([_evidence(1, 0.5)])
    assert correlation_sentence([]) == ""


# -- python -m core insight ---------------------------------------------------


def _cli(capsys, *args):
    code = main(["insight", *args])
    return code, capsys.readouterr().out


def test_cli_json_is_one_row_per_layer_equal_to_the_core(capsys):
    code, out = _cli(capsys, "--json", "--epochs", "3", "--seed", "2")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["layer"] for row in rows] == ["inputs", "hidden 1", "hidden 2"]
    assert all(set(row) == {"layer", "val_accuracy"} for row in rows)
    t = Trainer(TrainingConfig(epochs=3, seed=2))
    t.run()
    u = untangle(t.model, _split(t), 3)
    assert [row["val_accuracy"] for row in rows] == [
        layer.val_accuracy for layer in u.layers
    ]
    code, out = _cli(capsys, "--json", "--layers", "", "--dataset", "xor")
    assert [json.loads(line)["layer"] for line in out.splitlines()] == ["inputs"]


def test_cli_table_shows_every_layer_and_the_sentence(capsys):
    code, out = _cli(capsys, "--epochs", "2", "--layers", "8,4", "--dataset", "moons")
    assert code == 0
    for name in ("raw inputs", "inputs", "hidden 1", "hidden 2", "network output"):
        assert re.search(rf"^{name}\s+\d+\s+\d+%\s+\d+%$", out, re.M)
    assert "A straight line through the raw measurements gets" in out


def test_cli_reads_a_csv_like_train(capsys, tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 2))
    lines = ["a,b,label"] + [f"{a:.4f},{b:.4f},{int(a > 0)}" for a, b in X]
    path = tmp_path / "line.csv"
    path.write_text("\n".join(lines) + "\n")
    code, out = _cli(capsys, "--json", "--epochs", "2", "--data", str(path))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["layer"] for row in rows] == ["inputs", "hidden 1", "hidden 2"]
    assert rows[0]["val_accuracy"] >= 0.95  # the label is one side of a line


@pytest.mark.parametrize(
    "args", [["--epochs", "0"], ["--save-session", "x.layerlab"], ["--target", "a"]]
)
def test_cli_bad_arguments_exit_2(args):
    with pytest.raises(SystemExit) as stop:
        main(["insight", *args])
    assert stop.value.code == 2
