"""Fast checks of the packaging recipe; PyInstaller itself never runs here.

The slow truth (build, frozen smoke test) is packaging/ci_bundle.sh in CI.
These catch the cheap mistakes before it: an exclusion that removes a module
the app imports, icons out of date or unreadable, a .desktop entry that does
not validate, resources that importlib.resources cannot find.
"""

from __future__ import annotations

import functools
import importlib.util
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
import icu_filter  # noqa: E402
import make_icons  # noqa: E402
import measure  # noqa: E402

# What the app imports when it opens, trains and exports (the SVG export and
# the PDF report import QtSvg and QtPrintSupport only when used, so they are
# imported here explicitly).
APP_IMPORTS = (
    "import desktop.startup.app, desktop.window.main_window, "
    "desktop.startup.smoke_test, desktop.startup.self_check, "
    "desktop.classroom.run_report, desktop.startup.app_icon, "
    "pyqtgraph.exporters, PySide6.QtSvg, PySide6.QtPrintSupport"
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
        and module.removeprefix("PySide6.") not in cfg.QT_STUBS
    )
    assert hit == []


def test_kept_qt_modules_are_the_ones_used() -> None:
    loaded = _loaded_modules()
    for name in cfg.QT_KEEP:
        assert f"PySide6.{name}" in loaded, f"{name} is kept but not imported"


def test_stubbed_qt_modules_are_imported_only_by_pyqtgraph() -> None:
    """The stand-ins replace modules pyqtgraph imports; the app's own code
    never names them."""
    loaded = _loaded_modules()
    for name in cfg.QT_STUBS:
        assert f"PySide6.{name}" in loaded, f"{name} is no longer imported: drop it"
        for folder in ("core", "desktop"):
            for path in (ROOT / folder).rglob("*.py"):
                assert name not in path.read_text(encoding="utf-8"), path


def test_qt_excludes_keep_the_used_modules() -> None:
    names = ["QtCore", "QtGui", "QtNetwork", "QtSvg", "QtQuick", "QtOpenGL"]
    assert cfg.qt_excludes(names) == [
        "PySide6.QtNetwork",
        "PySide6.QtOpenGL",
        "PySide6.QtQuick",
    ]


@pytest.mark.parametrize(
    ("path", "dropped"),
    [
        ("PySide6/Qt/translations/qt_de.qm", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6\\Qt\\lib\\libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("libstdc++.so.6", True),
        ("libexpat.so.1", True),
        ("libxcb-cursor.so.0", False),
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
    from desktop.startup.app_icon import SIZES, app_icon

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


# -- what the lean build changes: stand-ins, stripping, ICU data ---------------

STUB_RUN = """
import importlib.util, sys
from pathlib import Path
STUBS = Path(sys.argv[1])

class StubFinder:
    '''Serve packaging/qt_stubs/ under PySide6's names, as the bundle's PYZ does.'''
    def find_spec(self, name, path=None, target=None):
        file = STUBS / (name.removeprefix("PySide6.") + ".py")
        if name.startswith("PySide6.") and file.is_file():
            return importlib.util.spec_from_file_location(name, file)
        return None

sys.meta_path.insert(0, StubFinder())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from desktop.views.training_plot import TrainingPlot
from pyqtgraph.Qt import OpenGLHelpers
trainer = Trainer(TrainingConfig(epochs=2)); trainer.run()
plot = TrainingPlot(); plot.resize(600, 300); plot.show()
plot.show_snapshot(take_snapshot(trainer))
plot.export(sys.argv[2])
assert sys.modules["PySide6.QtOpenGL"].__file__.startswith(str(STUBS))
assert sys.modules["PySide6.QtOpenGLWidgets"].__file__.startswith(str(STUBS))
try:
    OpenGLHelpers.GraphicsViewGLWidget()
except RuntimeError as err:
    print("refused:", err)
# Tear down in order (widgets, then the application), as the app does on close:
# leaving it to interpreter shutdown can crash in Qt's destructors.
plot.close()
plot.deleteLater()
app.processEvents()
del plot
app.shutdown()
"""


def test_pyqtgraph_draws_with_the_opengl_stand_ins(tmp_path: Path) -> None:
    png = tmp_path / "curves.png"
    done = subprocess.run(
        [sys.executable, "-c", STUB_RUN, str(cfg.QT_STUB_FOLDER), str(png)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "refused: OpenGL drawing is not part of the packaged LayerLab" in done.stdout
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert png.stat().st_size > 5_000


def test_stand_ins_go_into_the_pyz_under_pyside_names() -> None:
    entries = cfg.qt_stub_modules()
    assert [e[0] for e in entries] == [f"PySide6.{n}" for n in cfg.QT_STUBS]
    assert all(Path(e[1]).is_file() and e[2] == "PYMODULE" for e in entries)


@pytest.mark.parametrize(
    ("dest", "kind", "stripped"),
    [
        ("libpython3.11.so.1.0", "BINARY", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", "BINARY", True),
        (
            "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
            "EXTENSION",
            True,
        ),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "BINARY", False),
        ("resources/icons/layerlab-16.png", "DATA", False),
    ],
)
def test_what_is_stripped(dest: str, kind: str, stripped: bool) -> None:
    assert cfg.strippable(dest, kind) is stripped


def test_strip_works_on_a_copy(tmp_path: Path) -> None:
    import ctypes.util

    original = Path(sys.executable).resolve()  # any ELF file with symbols will do
    before = original.read_bytes()
    (entry,) = cfg.strip_binaries([("bin/python", str(original), "BINARY")], tmp_path)
    assert entry[1] == str(tmp_path / "bin" / "python")
    assert original.read_bytes() == before
    assert 0 < Path(entry[1]).stat().st_size <= len(before)
    assert ctypes.util.find_library("c")  # the test machine is a normal Linux


ICU_DATA = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"


def _icu_library() -> Path:
    (library,) = ICU_DATA.glob("libicudata.so.*")
    return library


def test_icu_common_data_is_read_and_written_byte_for_byte() -> None:
    library = _icu_library()
    _symbol, offset, size = icu_filter.data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    header, items = icu_filter.read_common_data(blob)
    assert icu_filter.write_common_data(header, items) == blob


def test_icu_filter_keeps_collation_and_root_data() -> None:
    kept = ("coll/de.res", "coll/ucadata.icu", "pool.res", "res_index.res",
            "likelySubtags.res", "nfkc.nrm")  # fmt: skip
    dropped = ("brkitr/cjdict.dict", "zone/de.res", "curr/fr.res",
               "ibm-943_P15A-2003.cnv")  # fmt: skip
    assert all(icu_filter.keep_item(f"icudt73l/{name}") for name in kept)
    assert not any(icu_filter.keep_item(f"icudt73l/{name}") for name in dropped)


COLLATION_RUN = """
from PySide6.QtCore import QCollator, QLocale
for name in ("sv_SE", "de_DE"):
    c = QCollator(QLocale(name)); c.setNumericMode(True)
    print(name, sorted(["z10", "z9", "ä", "a", "b", "Z1"], key=c.sortKey))
"""


def _collation(library_dir: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # searched before Qt's RUNPATH
    done = subprocess.run(
        [sys.executable, "-c", COLLATION_RUN],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout + done.stderr


def test_filtered_icu_library_collates_as_the_full_one(tmp_path: Path) -> None:
    target = tmp_path / _icu_library().name
    summary = icu_filter.filtered_library(_icu_library(), target)
    assert target.stat().st_size < _icu_library().stat().st_size / 3, summary
    assert icu_filter.soname(target) == _icu_library().name
    filtered = _collation(tmp_path)
    assert filtered == _collation(None)
    assert "sv_SE ['a', 'b', 'Z1', 'z9', 'z10', 'ä']" in filtered  # Swedish: ä last


def test_without_collation_data_sorting_breaks(tmp_path: Path, monkeypatch) -> None:
    """The check above can fail: dropping coll/ changes the order."""
    monkeypatch.setattr(
        icu_filter, "DROPPED_TREES", (*icu_filter.DROPPED_TREES, "coll")
    )
    icu_filter.filtered_library(_icu_library(), tmp_path / _icu_library().name)
    assert _collation(tmp_path) != _collation(None)
