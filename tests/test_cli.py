import json
import subprocess
import sys

import pytest

from core.cli import main
from core.files.session_file import FORMAT_VERSION
from tests.conftest import ROOT


def test_json_prints_one_object_per_epoch(capsys):
    assert main(["train", "--epochs", "3", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["epoch"] for r in rows] == [1, 2, 3]
    keys = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "observation"}
    keys |= {"phase", "events"}
    assert all(set(r) == keys for r in rows[:-1])
    assert set(rows[-1]) == keys | {"stop_reason"}  # the last row says why it ended


def test_table_looks_like_the_seed_trace(capsys):
    assert main(["train", "--epochs", "2"]) == 0
    out = capsys.readouterr().out
    assert "Epoch" in out
    assert "Observation" in out
    assert "20 -> 64 -> 32 -> 1" in out


def test_empty_layers_means_logistic_regression(capsys):
    assert main(["train", "--epochs", "1", "--layers", ""]) == 0
    assert "20 -> 1," in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["train", "--epochs", "0"],
        ["train", "--layers", "64,x"],
        ["train", "--lr", "-1"],
        ["train", "--dataset", "mnist"],
        ["train", "--optimizer", "rmsprop"],
        ["train", "--early-stopping", "0"],
        ["train", "--noise", "0.2"],  # the lesson's data are not 2-D
        ["train", "--dataset", "xor", "--noise", "0.7"],
        ["train", "--dataset", "xor", "--features", "x2,z"],
        ["train", "--val-fraction", "0.8"],
        ["train", "--l1", "-1"],
        ["fly"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("python -m core")
    assert "error:" in err[-1]


def test_divergence_exits_1_with_the_reason(capsys):
    assert main(["train", "--lr", "10"]) == 1
    assert "learning rate 10" in capsys.readouterr().err


def test_datasets_lists_and_describes(capsys):
    assert main(["datasets"]) == 0
    assert "spiral" in capsys.readouterr().out
    assert main(["datasets", "--describe", "athletes"]) == 0
    out = capsys.readouterr().out
    assert "BMI" in out
    assert "height (cm)" in out


def test_module_entry_point_runs():
    done = subprocess.run(
        [sys.executable, "-m", "core", "train", "--epochs", "1", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["epoch"] == 1


# -- train --data FILE.csv --target COLUMN --------------------------------------


def write_csv(path, n=120, last_ones=None, constant=False, flag_at=None):
    """Two features and 'passed' (yes/no); then 'rare' (1 in ``last_ones`` rows)."""
    import numpy as np

    rng = np.random.default_rng(5)
    header = ["height (cm)", "score", *(["const"] if constant else []), "passed"]
    header += ["flag"] if flag_at is not None else []
    header += ["rare"] if last_ones is not None else []
    lines = [",".join(header)]
    for i in range(n):
        height, score = rng.normal(170, 10), rng.normal()
        cells = [f"{height:.1f}", f"{score:.3f}", *(["4"] if constant else [])]
        cells.append("yes" if height + 5 * score > 170 else "no")
        cells += ["1" if i == flag_at else "0"] if flag_at is not None else []
        cells += [str(int(i < last_ones))] if last_ones is not None else []
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def refusal(args, capsys) -> str:
    """The one line a refused command prints (after argparse's usage line)."""
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("usage:")
    errors = [line for line in err if line.startswith("python -m core: error: ")]
    assert errors == [err[-1]]
    return err[-1].removeprefix("python -m core: error: ")


def test_train_on_a_csv_prints_the_rows_of_the_dialogs_dataset(tmp_path, capsys):
    from core import Trainer, TrainingConfig
    from core.data.csv_data import choose_target, inspect_csv

    path = write_csv(tmp_path / "class.csv", last_ones=3)
    args = ["train", "--data", str(path), "--target", "passed", "--epochs", "3"]
    assert main([*args, "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["epoch"] for r in rows] == [1, 2, 3]
    dataset = choose_target(inspect_csv(path), "passed").result.dataset  # the dialog
    assert dataset.feature_names == ("height", "score", "rare")
    trainer = Trainer(TrainingConfig(dataset=dataset.name, epochs=3), dataset)
    trainer.run()
    expected = [r.as_dict() for r in trainer.history.records]
    assert [r["val_accuracy"] for r in rows] == [r["val_accuracy"] for r in expected]
    assert [r["loss"] for r in rows] == [r["loss"] for r in expected]


def test_train_on_a_csv_uses_a_usable_last_column_and_says_the_chance(tmp_path, capsys):
    from core.data.csv_data import load_csv

    path = write_csv(tmp_path / "class.csv")
    assert main(["train", "--data", str(path), "--epochs", "1"]) == 0
    out = capsys.readouterr().out
    result = load_csv(path)
    assert result.report() in out
    assert f"Chance: {result.chance}" in out
    assert "file:class: 120 rows, network 2 -> 64 -> 32 -> 1" in out


def test_a_last_column_that_is_no_target_asks_for_target(tmp_path, capsys):
    path = write_csv(tmp_path / "rare.csv", last_ones=1)
    line = refusal(["train", "--data", str(path)], capsys)
    assert line.startswith(
        "Choose the target column, the column to predict: the last column, 'rare', "
        "cannot be the target. 'rare' = 1 in only 1 of 120 rows (0.83%): a class "
        "needs at least 5% of rows and 10 rows (always saying 0 scores 99.2%)."
    )
    assert line.endswith("Name it with --target COLUMN.")
    text = path.read_text().replace(",yes,", ",1,").replace(",no,", ",0,")
    path.write_text(text)  # 'passed' a number, so 'rare' is the only problem
    line = refusal(["train", "--data", str(path), "--target", "rare"], capsys)
    assert line.startswith("'rare' = 1 in only 1 of 120 rows (0.83%)")


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--target", "colour"], "No column matches 'colour'"),
        (["--target", "score"], "The column 'passed' (spreadsheet column C) should"),
        (["--target", "2", "--dataset", "spiral"], "leave out --dataset and --rows"),
        (["--target", "2", "--rows", "50"], "leave out --dataset and --rows"),
    ],
)
def test_csv_refusals_exit_2_with_the_dialogs_message(tmp_path, capsys, extra, words):
    path = write_csv(tmp_path / "class.csv")
    assert words in refusal(["train", "--data", str(path), *extra], capsys)


def test_a_missing_file_and_target_without_data_exit_2(tmp_path, capsys):
    assert "There is no file at" in refusal(
        ["train", "--data", str(tmp_path / "none.csv")], capsys
    )
    assert refusal(["train", "--target", "passed"], capsys) == (
        "--target needs --data FILE.csv"
    )


def test_the_dialogs_fixes_are_flags(tmp_path, capsys):
    path = write_csv(tmp_path / "const.csv", constant=True)
    line = refusal(["train", "--data", str(path), "--epochs", "1"], capsys)
    assert line.startswith("The column 'const' (spreadsheet column C) has the same")
    assert line.endswith("(add --drop-constant-columns to do that)")
    args = ["train", "--data", str(path), "--epochs", "1", "--json"]
    assert main([*args, "--drop-constant-columns"]) == 0
    assert json.loads(capsys.readouterr().out)["epoch"] == 1


def test_data_the_trainer_refuses_exits_2(tmp_path, capsys):
    from core.data.csv_data import load_csv

    path = write_csv(tmp_path / "split.csv")
    split = load_csv(path).dataset.split(0.2, seed=0)
    # 'flag' varies only in one validation row: constant within the training rows
    path = write_csv(tmp_path / "split.csv", flag_at=int(split.val_index[0]))
    line = refusal(["train", "--data", str(path), "--target", "passed"], capsys)
    assert "flag" in line


# -- sessions from the terminal (issue 14, item 11) ----------------------------------


def test_save_session_writes_a_run_the_reader_restores_exactly(tmp_path, capsys):
    from core import Trainer, TrainingConfig
    from core.files.session_file import load_session
    from core.files.session_restore import restore_trainer

    path = tmp_path / "run.layerlab"
    args = ["--epochs", "3", "--layers", "8,4", "--rows", "300", "--seed", "11"]
    assert main(["train", *args, "--save-session", str(path)]) == 0
    assert f"Saved the session to {path}." in capsys.readouterr().out
    session = load_session(path)
    config = TrainingConfig(hidden_layers=(8, 4), n_rows=300, seed=11, epochs=3)
    assert session.config == config
    same = Trainer(config)
    same.run()
    assert session.theta.tobytes() == same.model.theta.tobytes()
    assert session.records == tuple(same.history.records)
    restored = restore_trainer(session)
    assert restored.exact
    assert restored.trainer.model.theta.tobytes() == same.model.theta.tobytes()


def test_save_session_with_json_keeps_stdout_for_json(tmp_path, capsys):
    path = tmp_path / "run"
    assert main(["train", "--epochs", "1", "--json", "--save-session", str(path)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["epoch"] == 1
    assert "Saved the session to" in err
    assert (tmp_path / "run.layerlab").is_file()


def test_save_session_into_a_missing_folder_is_refused_before_training(tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["train", "--save-session", str(tmp_path / "no" / "run.layerlab")])
    assert info.value.code == 2


def test_inspect_session_prints_the_summary(tmp_path, capsys):
    path = tmp_path / "run.layerlab"
    args = ["--epochs", "2", "--layers", "8", "--rows", "200", "--seed", "4"]
    assert main(["train", *args, "--save-session", str(path)]) == 0
    capsys.readouterr()
    assert main(["inspect-session", str(path)]) == 0
    out = capsys.readouterr().out
    size = path.stat().st_size
    assert out.startswith(f"run.layerlab: {size / 1e3:.1f} KB\n")
    assert f"Format: LayerLab session, version {FORMAT_VERSION}" in out
    assert "Data: athletes (built in, seed 4): 200 rows, 20 features" in out
    assert "Network: 20 → 8 → 1, relu, adam" in out
    assert "Training: 2 of 2 epochs trained (10 mini-batches), finished" in out


@pytest.mark.parametrize("content", [b"hello", b"PK\x05\x06" + bytes(18)])
def test_inspect_session_refuses_as_the_window_does(tmp_path, capsys, content):
    from core.files.session_file import SessionError, load_session

    path = tmp_path / "bad.layerlab"
    path.write_bytes(content)
    with pytest.raises(SessionError) as caught:
        load_session(path)  # what the window shows
    assert main(["inspect-session", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"python -m core inspect-session: refused: {caught.value}"


# -- stopping rules and the 2-D knobs (issue 16, sections 3-5) ---------------------


def _json_rows(args, capsys):
    assert main(["train", *args, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]


def test_early_stopping_ends_the_run_and_the_last_row_says_why(capsys):
    from core.engine.stopping import first_stop

    args = ["--dataset", "moons", "--rows", "120", "--layers", "16", "--lr", "0.05"]
    args += ["--batch-size", "16", "--epochs", "60", "--early-stopping", "3"]
    rows = _json_rows([*args, "--restore-best"], capsys)
    stop, best = first_stop([r["val_loss"] for r in rows], 3)
    assert stop == len(rows) < 60
    reason = rows[-1]["stop_reason"]
    assert reason["code"] == "early"
    assert reason["best_epoch"] == best
    assert reason["sentence"].startswith(
        f"Stopped early at epoch {stop}: validation loss had not improved for 3 "
        f"epochs since its best at epoch {best} (weights from epoch {best} restored)."
    )
    assert reason["sentence"].endswith(" s.")
    assert all("stop_reason" not in r for r in rows[:-1])


def test_the_budget_and_a_divergence_are_stop_reasons(capsys):
    assert _json_rows(["--epochs", "2"], capsys)[-1]["stop_reason"]["code"] == "budget"
    assert main(["train", "--lr", "10", "--json"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert json.loads(out[-1])["stop_reason"]["code"] == "diverged"
    assert main(["train", "--epochs", "1"]) == 0
    assert "Finished the budget of 1 epochs." in capsys.readouterr().out


def test_the_knobs_reach_the_run(capsys):
    from core import Trainer, TrainingConfig

    args = ["--dataset", "xor", "--epochs", "2", "--noise", "0.3", "--l1", "0.01"]
    args += ["--val-fraction", "0.6", "--features", "x2, xy", "--data-seed", "9"]
    rows = _json_rows(args, capsys)
    config = TrainingConfig(
        dataset="xor", epochs=2, noise=0.3, l1=0.01, val_fraction=0.6,
        features=("x2", "xy"), data_seed=9,
    )  # fmt: skip
    same = Trainer(config)
    same.run()
    assert [r["val_loss"] for r in rows] == same.history.column("val_loss").tolist()
    assert main(["train", *args]) == 0
    assert "4 -> 64 -> 32 -> 1" in capsys.readouterr().out


def test_compare_takes_the_kind_from_a_built_in_dataset(capsys):
    """bump is a number to predict: compare scores it by R² without being told."""
    args = ["compare", "--dataset", "bump", "--seeds", "0-1", "--epochs", "2"]
    assert main([*args, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "number"
    assert "final_val_r2" in json.dumps(result)
