"""What a classes run and a number run say and write, without a window.

The quiz's R² rule, the live lines, the history export and sessions of each
target kind, checked against the numbers by independent arithmetic.
"""

import csv
import math
import re

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.chance import majority
from core.data.csv_data import load_csv
from core.engine.snapshot import take_snapshot
from core.engine.training import EpochRecord, History
from core.files.history_export import (
    HISTORY_COLUMNS,
    NUMBER_HISTORY_COLUMNS,
    write_history_csv,
)
from core.files.session_file import (
    FORMAT_VERSION,
    SessionError,
    load_session,
    save_session,
)
from core.files.session_restore import (
    capture,
    data_source,
    restore_trainer,
    same_records,
)
from core.lesson.pipeline_stages import describe_pipeline
from core.quiz.rules import r2_text, r2_verdict
from core.quiz.run_questions import r2_question, run_questions
from desktop.run.training_worker import _describe
from desktop.window import run_texts
from tests.sklearn_tables import write_csv as write_table

NAN = float("nan")
R2_ORDER = ("strong", "some", "little", "none")  # the options' order


def r2_rule(printed: float) -> str:
    """The documented rule, written again from the docstring's numbers."""
    if printed >= 0.8:
        return "strong"
    if printed >= 0.2:
        return "some"
    return "little" if printed > 0 else "none"


@pytest.mark.parametrize(
    "r2",
    [0.995, 0.8, 0.7999, 0.79, 0.2, 0.1999, 0.19, 0.004, 0.005, 0.0, -0.004, -3.2,
     *np.random.default_rng(0).uniform(-1.5, 1.0, 40)],
)  # fmt: skip
def test_the_r2_question_marks_the_answer_of_its_printed_value(r2):
    q = r2_question(r2)
    printed = r2_text(r2)
    assert f"validation R² is {printed}." in q.text
    assert printed != "-0.00"
    verdict = r2_rule(float(printed))
    assert r2_verdict(r2) == verdict
    assert [o.correct for o in q.options] == [v == verdict for v in R2_ORDER]
    for option in q.options:
        assert option.explanation.startswith("Yes: " if option.correct else "No: ")
        assert f"validation R² is {printed}" in option.explanation


def test_no_r2_question_when_r2_is_not_defined():
    assert r2_question(NAN) is None


def _records(kind, scores):
    out = []
    for i, (loss, score) in enumerate(scores, start=1):
        if kind == "number":
            out.append(EpochRecord(loss=loss, accuracy=NAN, val_loss=loss,
                                   val_accuracy=NAN, r2=score, val_r2=score,
                                   mae=0.3, val_mae=0.31, epoch=i,
                                   events=("plateau",) if i == 5 else ()))  # fmt: skip
        else:
            out.append(EpochRecord(loss=loss, accuracy=score, val_loss=loss,
                                   val_accuracy=score, epoch=i,
                                   events=("plateau",) if i == 5 else ()))  # fmt: skip
    return out


def test_a_number_run_gets_the_r2_question_and_none_about_accuracy():
    flat = [(0.5, 0.4), (0.45, 0.45), (0.449, 0.46), (0.449, 0.46), (0.4489, 0.46)]
    questions = run_questions(History(4, _records("number", flat)), 0.7, NAN)
    ids = [q.id for q in questions]
    assert "run-r2" in ids
    assert not {"run-vs-chance", "run-vs-baseline", "run-plateau"} & set(ids)
    for q in questions:
        words = " ".join([q.text, *(o.text + o.explanation for o in q.options)])
        assert "nan" not in words.lower()
        assert "inf" not in words.lower()
        assert sum(o.correct for o in q.options) == 1


def test_a_classes_run_gets_the_chance_question_against_its_most_common_class():
    scores = [(1.3, 0.3), (1.0, 0.6), (0.8, 0.7), (0.7, 0.8), (0.6, 0.9)]
    questions = run_questions(History(4, _records("classes", scores)), None, 0.262)
    [chance] = [q for q in questions if q.id == "run-vs-chance"]
    assert "90.0%" in chance.text
    assert "26.2%" in chance.text
    assert [o.correct for o in chance.options] == [True, False, False, False]


def test_majority_counts_every_class():
    y = np.array([0, 2, 2, 1, 2, 3, 3, 3, 3])
    assert majority(y) == (3, 4 / 9)
    assert majority(np.array([1, 0, 1, 0])) == (0, 0.5)  # a tie: the lower class


@pytest.fixture(scope="module", params=[("blobs", "classes"), ("bump", "number")])
def run(request):
    name, kind = request.param
    config = TrainingConfig(dataset=name, target_kind=kind, epochs=5,
                            hidden_layers=(8,), learning_rate=0.01)  # fmt: skip
    t = Trainer(config)
    for _ in range(3):
        t.step_epoch()
    return t


def test_the_pipeline_and_the_live_line_speak_the_kinds_terms(run):
    description = _describe(run)
    output = description.stages[-1]
    snapshot = take_snapshot(run)
    before = run_texts.live_texts(description, None)["output"]
    now = run_texts.live_texts(description, snapshot)["output"]
    last = run.history.records[-1]
    if run.config.target_kind == "classes":
        assert output.out_shape[1] == 4
        assert "→ 600 rows × 4 outputs" in output.shapes_text
        assert output.formula.startswith("p = softmax(")
        assert output.description == "Softmax over 4 classes: one probability per class"
        y_val = run.dataset.y[description.val_index]
        common = np.bincount(y_val).argmax()
        share = np.mean(y_val == common)
        assert f"always saying '{run.dataset.class_names[common]}'" in before
        assert f"{share:.1%}" in before
        assert now.startswith(f"Now: {last.val_accuracy:.0%} of validation rows right")
    else:
        assert output.out_shape[1] == 1
        assert output.formula.startswith("ŷ = ")
        assert output.activation == "linear"
        assert before == "To beat: predicting the training mean (R² 0)"
        assert now == (
            f"Now: validation R² {last.val_r2:.2f}, mean absolute error "
            f"{last.val_mae:.3g}"
        )
    assert "nan" not in (before + now).lower()


def test_a_score_that_is_not_defined_is_left_out_of_the_live_line():
    assert run_texts.number_scores(NAN, 0.25) == "mean absolute error 0.25"
    assert run_texts.number_scores(0.5, 0.25) == (
        "validation R² 0.50, mean absolute error 0.25"
    )


def test_a_measure_prints_without_an_exponent():
    from desktop.views.training_plot import measure

    assert [measure(v) for v in (0.158, 12.34, 999.4, 3012.4, 2_500_000.0)] == [
        "0.158", "12.3", "999", "3,012", "2,500,000",
    ]  # fmt: skip


def test_the_yes_no_pipeline_is_unchanged():
    t = Trainer(TrainingConfig(epochs=1))
    [*_, output] = describe_pipeline(t.dataset, t.scaler, t.model.layer_sizes, "relu")
    assert output.formula == "p = sigmoid(a2 · W3 + b3)"
    assert output.description == "Final layer predicts the class or value"
    assert output.shapes_text == "1000 rows × 32 features → 1000 rows × 1 output"


def test_the_history_export_has_the_kinds_columns(run, tmp_path):
    path = write_history_csv(run.history.records, tmp_path / "h.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    number = run.config.target_kind == "number"
    assert tuple(rows[0]) == (NUMBER_HISTORY_COLUMNS if number else HISTORY_COLUMNS)
    for row, record in zip(rows[1:], run.history.records, strict=True):
        cells = dict(zip(rows[0], row, strict=True))
        for key in ("r2", "val_r2", "mae", "val_mae") if number else ("accuracy",):
            assert float(cells[key]) == getattr(record, key)
    assert "nan" not in path.read_text(encoding="utf-8").lower()


def _round_trip(trainer, tmp_path):
    session = capture(trainer, data_source(trainer.dataset, trainer.config))
    path = save_session(session, tmp_path / "run.layerlab")
    loaded = load_session(path)
    assert loaded.format_version == FORMAT_VERSION == 2
    restored = restore_trainer(loaded)
    assert restored.exact
    np.testing.assert_array_equal(restored.trainer.model.theta, trainer.model.theta)
    assert same_records(restored.trainer.history.records, trainer.history.records)
    for a, b in zip(loaded.records, trainer.history.records, strict=True):
        for key in ("loss", "accuracy", "val_loss", "val_accuracy", "r2", "val_r2",
                    "mae", "val_mae"):  # fmt: skip
            x, y = getattr(a, key), getattr(b, key)
            assert (math.isnan(x) and math.isnan(y)) or x == y
    return loaded, restored


def test_a_builtin_classes_or_number_session_reopens_exactly(run, tmp_path):
    loaded, restored = _round_trip(run, tmp_path)
    units = 4 if run.config.target_kind == "classes" else 1
    assert loaded.source.output_units == units
    assert restored.trainer.model.layer_sizes[-1] == units
    restored.trainer.step_epoch()  # and training goes on as the original would
    run_copy = Trainer(run.config)
    for _ in range(4):
        run_copy.step_epoch()
    np.testing.assert_array_equal(restored.trainer.model.theta, run_copy.model.theta)


@pytest.mark.parametrize(("table", "kind"), [("iris", "classes"), ("wine", "auto")])
def test_a_csv_classes_session_reopens_exactly(tmp_path, table, kind):
    loaded_csv = load_csv(write_table(table, tmp_path), target_kind=kind)
    data = loaded_csv.dataset
    config = TrainingConfig(dataset=data.name, target_kind="classes", epochs=3,
                            hidden_layers=(8,))  # fmt: skip
    t = Trainer(config, data)
    t.step_epoch()
    loaded, _restored = _round_trip(t, tmp_path)
    assert loaded.source.class_names == data.class_names
    assert len(data.class_names) == 3
    np.testing.assert_array_equal(loaded.source.y, data.y)


def test_a_csv_number_session_keeps_its_targets_as_numbers(tmp_path):
    rng = np.random.default_rng(5)
    lines = ["a,b,price"] + [
        f"{x:.4f},{z:.4f},{3 * x - z + 0.1 * e:.6f}"
        for x, z, e in rng.normal(size=(80, 3))
    ]
    (tmp_path / "prices.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = load_csv(tmp_path / "prices.csv", target_kind="number").dataset
    config = TrainingConfig(dataset=data.name, target_kind="number", epochs=2,
                            hidden_layers=(4,))  # fmt: skip
    t = Trainer(config, data)
    t.step_epoch()
    loaded, _ = _round_trip(t, tmp_path)
    assert loaded.source.target_kind == "number"
    assert loaded.source.class_names == ()
    np.testing.assert_array_equal(loaded.source.y, data.y)


def test_a_session_whose_output_does_not_fit_its_kind_is_refused(run, tmp_path):
    import json
    import zipfile

    session = capture(run, data_source(run.dataset, run.config))
    path = save_session(session, tmp_path / "run.layerlab")
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("session.json"))
        arrays = archive.read("arrays.npz")
    document["data"]["output_units"] = 1 if run.config.target_kind == "classes" else 3
    bad = tmp_path / "bad.layerlab"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("session.json", json.dumps(document))
        archive.writestr("arrays.npz", arrays)
    with pytest.raises(SessionError, match=re.escape("'data.output_units' should")):
        load_session(bad)


@pytest.mark.parametrize(
    ("dataset", "kind", "network", "says"),
    [
        ("blobs", "classes", "2 → 8 → 4", "validation accuracy"),
        ("bump", "number", "2 → 8 → 1", "validation R²"),
    ],
)
def test_the_command_line_saves_and_inspects_a_kinds_session(
    tmp_path, capsys, dataset, kind, network, says
):
    from core.cli import main

    path = tmp_path / "run.layerlab"
    args = ["--dataset", dataset, "--target-kind", kind, "--epochs", "2"]
    assert main(["train", *args, "--layers", "8", "--save-session", str(path)]) == 0
    capsys.readouterr()
    assert main(["inspect-session", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Network: {network}," in out
    assert says in out
    assert "nan" not in out.lower()
    assert restore_trainer(load_session(path)).exact


@pytest.mark.parametrize("name", ["blobs", "bump", "plane", "athletes", "xor"])
def test_a_profiles_built_in_dataset_decides_what_is_predicted(name):
    from core.data.datasets import INFO
    from core.files.classroom_profile import parse_profile

    profile = parse_profile(f'format = 1\n[config]\ndataset = "{name}"\n')
    assert profile.config.target_kind == INFO[name].kind
    Trainer(profile.config.with_changes(epochs=1))  # a run that can start
