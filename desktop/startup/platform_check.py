"""Before Qt starts: can a window open here, and if not, what to install?

Qt's platform plugin aborts the whole process (exit 134) when a system
library it links is missing, with a message that does not tell a teacher what
to do. This check asks the dynamic loader instead of guessing: it resolves
the platform plugin the running PySide6 will load (the bundle's own copy when
frozen) and the Qt binding modules, runs ``ldd`` on them (libc-bin, present on
every Debian/Ubuntu) and collects the ``not found`` entries. A library the
bundle ships resolves inside the bundle and is never asked for; libGL or
libxcb, which no bundle may ship, are. Each missing file is named as the
Debian/Ubuntu package that provides it (``LIBRARY_PACKAGES``, the one table
the .deb's Depends is also made from); an unknown one is named as a file.

What cannot be seen before Qt starts (no X server answering on ``DISPLAY``)
is caught by ``desktop.startup.startup_notice.guard_qt_start`` when Qt says it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# soname -> Debian/Ubuntu package providing it. Qt's xcb and wayland platforms,
# QtGui and QtWidgets need these (directly or through each other).
LIBRARY_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libpng16.so.16": "libpng16-16",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libsystemd.so.0": "libsystemd0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libffi.so.8": "libffi8",
}

# The C library itself (package libc6): present wherever anything runs.
C_LIBRARY = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
        "linux-vdso.so.1",
    }
)

# Qt's platform name -> its plugin file in Qt/plugins/platforms
PLUGIN_FILES = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "offscreen": "libqoffscreen.so",
    "minimal": "libqminimal.so",
}
# What QtWidgets needs before any platform: the binding modules PySide6 loads.
BINDINGS = ("QtCore", "QtGui", "QtWidgets")

Ldd = Callable[[Sequence[Path], Mapping[str, str]], str]


@dataclass(frozen=True)
class Missing:
    """Libraries the loader cannot find, as packages and as unknown files."""

    packages: tuple[str, ...]
    files: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.packages or self.files)


def parse_ldd(text: str) -> dict[str, str | None]:
    """``ldd`` output as soname -> resolved path (None: "not found")."""
    found: dict[str, str | None] = {}
    for line in text.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue  # "file:" headers, the vdso and the loader itself
        name, _, target = (part.strip() for part in line.partition("=>"))
        found[name] = None if target.startswith("not found") else target.split()[0]
    return found


def missing_packages(sonames: Sequence[str]) -> Missing:
    """Each missing soname as its package, or as a file if the table lacks it."""
    names = sorted(set(sonames) - C_LIBRARY)
    packages = sorted({LIBRARY_PACKAGES[n] for n in names if n in LIBRARY_PACKAGES})
    files = [n for n in names if n not in LIBRARY_PACKAGES]
    return Missing(tuple(packages), tuple(files))


def run_ldd(files: Sequence[Path], env: Mapping[str, str]) -> str:
    """``ldd`` on ``files`` (empty if ldd is not there: nothing can be said)."""
    ldd = shutil.which("ldd")
    if ldd is None or not files:
        return ""
    done = subprocess.run(
        [ldd, *map(str, files)],
        capture_output=True,
        text=True,
        env=dict(env),
        timeout=20,
        check=False,
    )
    return done.stdout


def pyside_folder() -> Path | None:
    """The PySide6 package folder of the running build (the bundle's if frozen)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_files(pyside: Path, platform: str) -> list[Path]:
    """The platform plugin and binding modules Qt loads to open a window."""
    files = [next(iter(sorted(pyside.glob(f"{name}.*.so"))), None) for name in BINDINGS]
    plugin = pyside / "Qt" / "plugins" / "platforms" / PLUGIN_FILES.get(platform, "")
    files.append(plugin if platform in PLUGIN_FILES else None)
    return [f for f in files if f is not None and f.is_file()]


def loader_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment ldd needs to resolve as the running build does.

    A frozen LayerLab finds the libraries it ships through the bundle folder
    (PyInstaller's bootloader puts it on LD_LIBRARY_PATH); say so explicitly
    so that ldd sees what the app will see even if that changes.
    """
    env = dict(environ)
    if getattr(sys, "frozen", False):
        bundle = str(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        paths = [bundle, *env.get("LD_LIBRARY_PATH", "").split(os.pathsep)]
        env["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in paths if p)
    return env


def missing_for(
    platform: str, environ: Mapping[str, str], ldd: Ldd = run_ldd
) -> Missing:
    """What the loader cannot find for Qt's ``platform`` in the running build."""
    pyside = pyside_folder()
    if pyside is None:
        return Missing((), ())
    files = qt_files(pyside, platform)
    found = parse_ldd(ldd(files, loader_env(environ)))
    return missing_packages([name for name, path in found.items() if path is None])


def candidate_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in order (QT_QPA_PLATFORM may list several)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [p.split(":")[0].strip() for p in chosen.split(";") if p.strip()]
    wayland = (
        environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    )
    return ["wayland", "xcb"] if wayland else ["xcb"]


def has_display(platform: str, environ: Mapping[str, str]) -> bool:
    if platform == "xcb":
        return bool(environ.get("DISPLAY"))
    if platform == "wayland":
        return bool(environ.get("WAYLAND_DISPLAY"))
    return True  # offscreen, minimal: no screen needed


def install_advice(missing: Missing) -> str:
    lines = []
    if missing.packages:
        lines.append(
            "On Debian or Ubuntu, install them with:\n"
            f"    sudo apt-get install {' '.join(missing.packages)}"
        )
    if missing.files:
        lines.append(
            "Also missing (install the package that provides each): "
            + ", ".join(missing.files)
        )
    return "\n".join(lines)


def startup_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    ldd: Ldd = run_ldd,
) -> str:
    """Empty when a window can open; otherwise what is wrong and what to do."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return ""
    candidates = [p for p in candidate_platforms(environ) if p in PLUGIN_FILES]
    if not candidates:
        return ""  # a platform we do not know: let Qt speak (guard_qt_start)
    usable = [p for p in candidates if has_display(p, environ)]
    if not usable:
        return (
            "LayerLab needs a screen, and none was found (DISPLAY is not set).\n"
            "On a machine with no screen, run it with QT_QPA_PLATFORM=offscreen."
        )
    problems = {p: missing_for(p, environ, ldd) for p in usable}
    if any(not missing for missing in problems.values()):
        return ""
    shown = "xcb" if "xcb" in problems else usable[0]
    return (
        "LayerLab cannot open its window: Qt needs system libraries that are "
        f"missing here (for its {shown} platform).\n" + install_advice(problems[shown])
    )


def qt_failure_advice(environ: Mapping[str, str], ldd: Ldd = run_ldd) -> str:
    """After Qt gave up: the missing libraries of the first platform lacking any."""
    for platform in candidate_platforms(environ):
        if platform in PLUGIN_FILES:
            missing = missing_for(platform, environ, ldd)
            if missing:
                return "Missing libraries:\n" + install_advice(missing)
    return ""


def missing_display_message() -> str:
    """The check as the app runs it (kept for callers of the old name)."""
    return startup_problem()
