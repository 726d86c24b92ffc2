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
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "LayerLab"  # the bundle folder, the executable and the .app
ICONS = ROOT / "resources" / "icons"

# Qt modules the app uses. QtSvg is needed by the SVG export of the curves
# (QSvgGenerator), and QtPrintSupport by the PDF run report (QPrinter); both
# are imported only when used, so `LayerLab --self-check` runs those paths in
# the frozen app.
QT_KEEP = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")

# Qt modules pyqtgraph imports when it is imported but uses only to draw with
# OpenGL, which LayerLab never turns on: the bundle carries a small stand-in
# module (packaging/qt_stubs/) under each name instead of the 9 MB binding.
QT_STUBS = ("QtOpenGL", "QtOpenGLWidgets")
QT_STUB_FOLDER = ROOT / "packaging" / "qt_stubs"

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
    # CUPS printer support: the PDF report prints to a file, never to a
    # printer; the plugin drags in libcups and its TLS/Kerberos stack (~10 MB).
    "PySide6/Qt/plugins/printsupport/*",
    "PySide6/Qt/lib/libQt6Network*",
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/lib/libQt6EglFS*",  # only the (dropped) eglfs platform uses these
    "PySide6/Qt/lib/libQt6EglFs*",
)


# System libraries PyInstaller collects that the bundle must NOT carry: every
# Debian/Ubuntu has them (the .deb depends on them), and our older or newer
# copy would be forced on the system's own code loaded into the process. A
# bundled libstdc++ breaks Mesa's GL drivers when the system's is newer, and
# Debian 12's libstdc++ and libexpat bind GLIBC_2.36 symbols, which alone
# kept the bundle off Ubuntu 22.04 (glibc 2.35).
SYSTEM_LIBRARY_DROPS = ("libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1")


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The one version of LayerLab: [project] version in pyproject.toml."""
    with pyproject.open("rb") as file:
        return tomllib.load(file)["project"]["version"]


def qt_excludes(available: list[str]) -> list[str]:
    """``PySide6.<module>`` for every installed Qt module the app does not use."""
    return [f"PySide6.{name}" for name in sorted(available) if name not in QT_KEEP]


def is_dropped(bundle_path: str) -> bool:
    """True for a collected file the bundle leaves out (QT_FILE_DROPS, or a
    top-level SYSTEM_LIBRARY_DROPS library)."""
    path = bundle_path.replace("\\", "/")
    if path in SYSTEM_LIBRARY_DROPS:
        return True
    return any(fnmatch.fnmatch(path, pattern) for pattern in QT_FILE_DROPS)


def icon_for(platform: str) -> Path:
    """The icon file each platform's packager wants."""
    if platform == "win32":
        return ICONS / "layerlab.ico"
    if platform == "darwin":
        return ICONS / "layerlab.icns"
    return ICONS / "layerlab-256.png"


def qt_stub_modules() -> list[tuple[str, str, str]]:
    """PYZ entries that put the QT_STUBS stand-ins under their PySide6 names."""
    return [
        (f"PySide6.{name}", str(QT_STUB_FOLDER / f"{name}.py"), "PYMODULE")
        for name in QT_STUBS
    ]


def strippable(dest: str, kind: str) -> bool:
    """Shared libraries and extensions to strip: all but numpy's vendored ones.

    numpy.libs holds OpenBLAS and gfortran as auditwheel patched them with
    patchelf; stripping those gives "ELF load command address/offset not
    page-aligned" at import.
    """
    dest = dest.replace("\\", "/")
    return kind in ("BINARY", "EXTENSION") and not dest.startswith("numpy.libs/")


def strip_binaries(binaries: list, folder: Path) -> list:
    """Collected binaries, stripped of symbols the loader does not need.

    ``strip --strip-unneeded`` on a copy of each library and extension (the
    originals in the environment stay as they are): debug information and
    static symbol tables go, the dynamic symbols the loader binds stay. A
    Python built from source (pyenv) keeps ~20 MB of debug information in
    libpython alone. PyInstaller's own ``strip=True`` is not used because it
    strips numpy.libs too (see ``strippable``).
    """
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found (binutils): the bundle is not stripped")
        return binaries
    result = []
    for dest, src, kind in binaries:
        path = Path(src)
        if strippable(dest, kind) and path.is_file():
            copy = folder / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.resolve(), copy)
            subprocess.run([strip, "--strip-unneeded", str(copy)], check=True)
            src = str(copy)
        result.append((dest, src, kind))
    return result


def filter_icu_data(binaries: list, folder: Path) -> list:
    """Collected binaries with ICU's data library replaced by a filtered copy
    (packaging/icu_filter.py says what is kept and why)."""
    import icu_filter

    if not icu_filter.available():
        print("nm/objdump/as/ld not found (binutils): ICU data is not filtered")
        return binaries
    result = []
    for dest, src, kind in binaries:
        if Path(dest).name.startswith("libicudata.so") and kind == "BINARY":
            copy = folder / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            print(icu_filter.filtered_library(Path(src).resolve(), copy))
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
