"""``--self-check`` and the text check, from source (CI runs them frozen too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.startup import self_check, text_check
from tests.conftest import ROOT


def run_main(*args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def no_fonts(tmp_path: Path) -> dict[str, str]:
    """A fontconfig configuration with no font folders: a machine without fonts."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}</cachedir></fontconfig>'
    )
    return {"FONTCONFIG_FILE": str(conf)}


def test_self_check_passes_every_part_and_names_them() -> None:
    done = run_main("--self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check in self_check.CHECKS:
        assert any(line.startswith(f"ok     {name}:") for line in lines), name
    assert f"self-check passed: {len(self_check.CHECKS)} checks" in done.stdout


def test_self_check_fails_and_names_text_without_fonts(tmp_path: Path) -> None:
    done = run_main("--self-check", env=no_fonts(tmp_path))
    assert done.returncode == 1
    assert "FAILED text renders: RuntimeError: Text cannot be shown" in done.stdout
    assert "fonts-dejavu-core" in done.stdout
    assert "self-check failed: text renders, PDF report" in done.stderr
    assert "FAILED PDF report: RuntimeError: report.pdf has no fonts" in done.stdout
    assert "ok     session save and open:" in done.stdout  # failures hide nothing


def test_smoke_test_fails_when_text_does_not_render(tmp_path: Path) -> None:
    done = run_main("--smoke-test", env=no_fonts(tmp_path))
    assert done.returncode == 1
    assert "smoke test failed: Text cannot be shown" in done.stderr


def test_text_check_passes_with_fonts(qapp) -> None:
    assert text_check.text_problem() == ""


def test_a_failing_check_is_reported_with_its_reason(qapp, tmp_path, monkeypatch):
    def broken(ctx):
        raise OSError("disk full")

    monkeypatch.setattr(self_check, "CHECKS", (("quiz bank", broken),))
    assert self_check.run_checks(qapp, tmp_path) == [
        ("quiz bank", False, "OSError: disk full")
    ]
