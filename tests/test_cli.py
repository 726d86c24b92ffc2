import json
import subprocess
import sys

import pytest

from core.cli import main
from tests.conftest import ROOT


def test_json_prints_one_object_per_epoch(capsys):
    assert main(["train", "--epochs", "3", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["epoch"] for r in rows] == [1, 2, 3]
    keys = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "observation"}
    assert all(set(r) == keys for r in rows)


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
