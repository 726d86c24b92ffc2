"""What goes into the packaged LayerLab and what stays out, in one place.

The PyInstaller spec, the build script and tests/test_packaging.py all read
this module, so the exclusions that keep the bundle lean are written once and
a test can check them against what the app really imports. Plain standard
library only: the spec imports it inside PyInstaller.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "LayerLab"  # the bundle folder, the executable and the .app
ICONS = ROOT / "resources" / "icons"

# Qt modules the app uses. QtOpenGL and QtOpenGLWidgets stay because
# pyqtgraph's GraphicsView imports pyqtgraph.Qt.OpenGLHelpers, which imports
# both unconditionally (the 3D package pyqtgraph.opengl is excluded below).
# QtSvg is needed by the SVG export of the curves (QSvgGenerator).
QT_KEEP = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets")

# Python packages the app never imports, though something in the build
# environment might pull them in (pyqtgraph probes for several of them).
PY_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "scipy",
    "torch",
    "sklearn",
    "matplotlib",
    "pandas",
    "PIL",
    "IPython",
    "jupyter_client",
    "ipykernel",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_benchmark",
    "ruff",
    "h5py",
    "numba",
    "cupy",
    "colorcet",
    "OpenGL",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.console",
    "pyqtgraph.flowchart",
    "pyqtgraph.canvas",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "numpy.f2py",
    "numpy.testing",
    "setuptools",
    "pip",
    "pydoc_data",
    "lib2to3",
    "tests",
    # Standard-library and optional pieces pulled in by numpy/pyqtgraph code
    # paths the app never runs: numpy.__config__ shows its config as YAML;
    # asyncio and ssl come with the urllib/http of numpy's data sources.
    # (colorama must stay: pyqtgraph.util.cprint imports it unconditionally.)
    "yaml",
    "asyncio",
    "ssl",
    "xmlrpc",
    "ftplib",
    "http.server",
    "_hashlib",  # hashlib falls back to its built-in SHA/MD5 (drops libcrypto)
    "readline",
    "numpy._core._multiarray_tests",
)

# Excluded modules the app's imports do try, but that are optional there: the
# importer carries on without them. tests/test_packaging.py allows only these.
OPTIONAL_EXCLUDED = {
    "PySide6.QtTest": "pyqtgraph.Qt imports it in a try/except",
    "_hashlib": "hashlib falls back to its built-in sha256/md5 (no pbkdf2 used)",
}

# Files the PySide6 hooks collect that the app does not need, as glob
# patterns on the path inside the bundle. Kept: the xcb and wayland platform
# plugins (a classroom desktop), offscreen (CI), the xcb GL integrations and
# platform themes/input contexts (native dialogs, typing accents).
QT_FILE_DROPS = (
    "PySide6/Qt/translations/*",
    "PySide6/Qt/plugins/platforms/*eglfs*",
    "PySide6/Qt/plugins/platforms/*linuxfb*",
    "PySide6/Qt/plugins/platforms/*vnc*",
    "PySide6/Qt/plugins/platforms/*minimalegl*",
    "PySide6/Qt/plugins/platforms/*vkkhrdisplay*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/imageformats/*",
    "PySide6/Qt/plugins/iconengines/*",
    "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/platforminputcontexts/*virtualkeyboard*",
    # GTK3 theme: only native-looking dialogs, but it drags in GTK's stack
    # (cairo, pango, gdk-pixbuf, harfbuzz, ...); Qt's own dialogs are used.
    "PySide6/Qt/plugins/platformthemes/*gtk3*",
    "PySide6/Qt/lib/libQt6Network*",
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/lib/libQt6EglFS*",  # only the (dropped) eglfs platform uses these
    "PySide6/Qt/lib/libQt6EglFs*",
)


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The one version of LayerLab: [project] version in pyproject.toml."""
    with pyproject.open("rb") as file:
        return tomllib.load(file)["project"]["version"]


def qt_excludes(available: list[str]) -> list[str]:
    """``PySide6.<module>`` for every installed Qt module the app does not use."""
    return [f"PySide6.{name}" for name in sorted(available) if name not in QT_KEEP]


def is_dropped(bundle_path: str) -> bool:
    """True for a collected Qt file the app does not need (see QT_FILE_DROPS)."""
    path = bundle_path.replace("\\", "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in QT_FILE_DROPS)


def icon_for(platform: str) -> Path:
    """The icon file each platform's packager wants."""
    if platform == "win32":
        return ICONS / "layerlab.ico"
    if platform == "darwin":
        return ICONS / "layerlab.icns"
    return ICONS / "layerlab-256.png"


def strip_python_debug_info(binaries: list, folder: Path) -> list:
    """Collected binaries, with the Python runtime's own ones debug-stripped.

    A Python built from source (pyenv, as on our machines) keeps its debug
    information: ~20 MB in libpython alone. Only files from the Python
    installation itself are stripped, and only of debug sections
    (``strip --strip-debug`` on a copy): a full strip of every library, as
    PyInstaller's ``strip=True`` does, corrupts numpy's patchelf'd OpenBLAS
    ("ELF load command address/offset not page-aligned").
    """
    strip = shutil.which("strip")
    runtime = Path(sys.base_prefix).resolve()
    if strip is None:
        return binaries
    result = []
    for dest, src, kind in binaries:
        path = Path(src).resolve()
        if runtime in path.parents and "site-packages" not in path.parts:
            copy = folder / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
            subprocess.run([strip, "--strip-debug", str(copy)], check=True)
            src = str(copy)
        result.append((dest, src, kind))
    return result


def prune_orphan_libraries(binaries: list) -> list:
    """Drop top-level shared libraries that nothing left in the bundle needs.

    PyInstaller resolves a plugin's libraries while it analyses, so dropping
    the plugin afterwards (QT_FILE_DROPS) leaves them behind: the GTK3 theme's
    cairo, pango and gdk-pixbuf, or a symlink to the dropped QtNetwork. Every
    binary in a sub-folder (Python extensions, Qt libraries and plugins,
    numpy.libs) and libpython is kept; a top-level library stays only if one
    of those needs it (``ldd`` is transitive, so one pass is enough).
    """
    from PyInstaller.depend.bindepend import get_imports

    roots = [e for e in binaries if "/" in e[0] or e[0].startswith("libpython")]
    needed: set[str] = set()
    for _dest, src, kind in roots:
        if kind != "SYMLINK":
            needed.update(Path(name).name for name, _path in get_imports(src))
    return [e for e in binaries if e in roots or Path(e[0]).name in needed]


def drop_dangling_symlinks(toc: list, present: set[str]) -> list:
    """``toc`` without symlinks (PyInstaller keeps them with the data files)
    whose target ``present`` no longer holds, such as one to QtNetwork."""
    return [e for e in toc if e[2] != "SYMLINK" or e[1] in present]
