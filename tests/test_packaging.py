"""Fast checks of the packaging recipe; PyInstaller itself never runs here.

The slow truth (build, frozen smoke test) is packaging/ci_bundle.sh in CI.
These catch the cheap mistakes before it: an exclusion that removes a module
the app imports, icons out of date or unreadable, a .desktop entry that does
not validate, resources that importlib.resources cannot find.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build_bundle as build  # noqa: E402
import bundle_config as cfg  # noqa: E402
import make_icons  # noqa: E402
import measure  # noqa: E402

# What the app imports when it opens, trains and exports (the SVG export
# imports QtSvg only when used, so it is imported here explicitly).
APP_IMPORTS = (
    "import desktop.app, desktop.main_window, desktop.smoke_test, "
    "desktop.app_icon, pyqtgraph.exporters, PySide6.QtSvg"
)


@functools.cache
def _loaded_modules() -> frozenset[str]:
    """Modules loaded by the app's imports, in a fresh interpreter."""
    code = f"import sys; {APP_IMPORTS}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return frozenset(result.stdout.split())


def test_nothing_the_app_imports_is_excluded() -> None:
    loaded = _loaded_modules()
    qt = [f"PySide6.{name}" for name in ("QtNetwork", "QtQml", "QtQuick", "QtTest")]
    excluded = set(cfg.PY_EXCLUDES) | set(cfg.qt_excludes([*cfg.QT_KEEP, *qt]))
    hit = sorted(
        module
        for module in loaded
        if any(module == ex or module.startswith(f"{ex}.") for ex in excluded)
        and module not in cfg.OPTIONAL_EXCLUDED
    )
    assert hit == []


def test_kept_qt_modules_are_the_ones_used() -> None:
    loaded = _loaded_modules()
    for name in cfg.QT_KEEP:
        assert f"PySide6.{name}" in loaded, f"{name} is kept but not imported"


def test_qt_excludes_keep_the_used_modules() -> None:
    names = ["QtCore", "QtGui", "QtNetwork", "QtSvg", "QtQuick", "QtOpenGL"]
    assert cfg.qt_excludes(names) == ["PySide6.QtNetwork", "PySide6.QtQuick"]


@pytest.mark.parametrize(
    ("path", "dropped"),
    [
        ("PySide6/Qt/translations/qt_de.qm", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6\\Qt\\lib\\libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("resources/quiz/questions.json", False),
    ],
)
def test_dropped_qt_files(path: str, dropped: bool) -> None:
    assert cfg.is_dropped(path) is dropped


def test_version_is_read_from_pyproject() -> None:
    import tomllib

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert cfg.read_version() == tomllib.loads(text)["project"]["version"]


def test_spec_uses_the_shared_config_and_has_no_version_of_its_own() -> None:
    spec = (PACKAGING / "layerlab.spec").read_text(encoding="utf-8")
    assert "cfg.read_version()" in spec
    assert cfg.read_version() not in spec
    assert "BUNDLE(" in spec  # macOS .app
    assert 'collect_data_files("resources")' in spec


def test_every_icon_exists_and_is_a_valid_image(qapp) -> None:
    from PySide6.QtGui import QImage

    for size in make_icons.PNG_SIZES:
        image = QImage(str(cfg.ICONS / make_icons.png_name(size)))
        assert not image.isNull()
        assert (image.width(), image.height()) == (size, size)
    assert (cfg.ICONS / "layerlab.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (cfg.ICONS / "layerlab.icns").read_bytes()[:4] == b"icns"
    for platform in ("linux", "win32", "darwin"):
        assert cfg.icon_for(platform).is_file()


def test_icon_renders_are_up_to_date(qapp) -> None:
    for name, data in make_icons.expected_files().items():
        assert (cfg.ICONS / name).read_bytes() == data, f"{name}: run make_icons.py"


def test_app_icon_loads_through_importlib_resources(qapp) -> None:
    from desktop.app_icon import SIZES, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)


def test_resources_load_through_importlib_resources() -> None:
    folder = resources.files("resources")
    bank = json.loads((folder / "quiz" / "questions.json").read_text("utf-8"))
    assert bank["questions"]
    assert (folder / "icons" / "layerlab-256.png").is_file()


def test_desktop_entry_renders_with_the_prefix() -> None:
    text = build.render_desktop_entry("/opt/LayerLab")
    assert "Exec=/opt/LayerLab/LayerLab\n" in text
    assert "Icon=/opt/LayerLab/_internal/resources/icons/layerlab-256.png" in text
    assert "@" not in text
    spaced = build.render_desktop_entry("/home/t/My Apps/LayerLab/")
    assert 'Exec="/home/t/My Apps/LayerLab/LayerLab"' in spaced


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (desktop-file-utils)",
)
@pytest.mark.parametrize("prefix", ["/opt/LayerLab", "/home/t/My Apps/LayerLab"])
def test_desktop_entry_validates(tmp_path: Path, prefix: str) -> None:
    entry = tmp_path / "layerlab.desktop"
    entry.write_text(build.render_desktop_entry(prefix), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_build_outputs_are_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert {"build/", "dist/"} <= set(ignored)


def test_no_writes_check_sees_every_kind_of_change(tmp_path: Path) -> None:
    (tmp_path / "kept").write_text("a")
    (tmp_path / "changed").write_text("a")
    (tmp_path / "removed").write_text("a")
    before = measure.snapshot(tmp_path)
    (tmp_path / "changed").write_text("bb")
    (tmp_path / "removed").unlink()
    (tmp_path / "added").write_text("a")
    after = measure.snapshot(tmp_path)
    assert measure.changes(before, after) == ["+ added", "- removed", "~ changed"]


def test_frozen_executable_path_per_platform(tmp_path: Path) -> None:
    assert measure.frozen_executable(tmp_path, "linux") == (
        tmp_path / "LayerLab" / "LayerLab"
    )
    assert measure.frozen_executable(tmp_path, "win32").name == "LayerLab.exe"
    mac = measure.frozen_executable(tmp_path, "darwin")
    assert mac.parts[-4:] == ("LayerLab.app", "Contents", "MacOS", "LayerLab")
