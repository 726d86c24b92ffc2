"""Starting the app: the smoke test, the platform check, the plot's extras."""

import os
import subprocess
import sys

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from desktop.startup import platform_check
from desktop.views.training_plot import TrainingPlot
from tests.conftest import ROOT


def test_smoke_test_trains_and_exits_zero(tmp_path):
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "main.py", "--smoke-test", "--screenshot", str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed: 20 epochs" in done.stdout
    assert shot.stat().st_size > 10_000
    assert "QThread: Destroyed" not in done.stderr


def test_smoke_test_fails_loudly_when_training_cannot_finish(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "main.py", "--smoke-test", "--timeout", "0.001"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    assert "did not finish" in done.stderr


def test_no_display_is_explained(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert "QT_QPA_PLATFORM=offscreen" in platform_check.missing_display_message()


def test_offscreen_needs_no_check(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.missing_display_message() == ""


def test_plot_readout_and_export(qtbot, tmp_path):
    trainer = Trainer(TrainingConfig(epochs=3))
    trainer.run()
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(800, 400)
    plot.show()
    snapshot = take_snapshot(trainer)
    plot.show_snapshot(snapshot)
    text = plot.describe_epoch(snapshot, 2.2)
    record = trainer.history.records[1]
    assert text.startswith("epoch 2:")
    assert f"{record.val_accuracy:.3f}" in text
    plot.export(str(tmp_path / "curves.png"))
    plot.export(str(tmp_path / "curves.svg"))
    assert (tmp_path / "curves.png").stat().st_size > 5_000
    assert "<svg" in (tmp_path / "curves.svg").read_text(encoding="utf-8")[:2000]
