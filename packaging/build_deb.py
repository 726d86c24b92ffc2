"""One-file install for Debian/Ubuntu: ``python packaging/build_deb.py``.

Packs the folder bundle (dist/LayerLab, from build_bundle.py) into
dist/layerlab_<version>_<arch>.deb with dpkg-deb:

    /opt/LayerLab/                        the bundle, as built
    /usr/bin/layerlab                     a launcher (exec /opt/LayerLab/LayerLab)
    /usr/share/applications/layerlab.desktop
    /usr/share/icons/hicolor/<n>x<n>/apps/layerlab.png, scalable/apps/layerlab.svg

The control file's Depends is derived, not written by hand: the libraries the
window needs (Qt's xcb platform plugin and the Qt bindings, through ldd) that
resolve outside the bundle, as packages (the start-up check's table), plus
libc6 at least the newest GLIBC_ version any file of the bundle binds and a
font configuration (with no fonts every label is a box). Libraries only the
optional plugins need (Wayland, GL integration, input methods) go to
Recommends. ``sudo apt install ./layerlab_….deb`` installs them all.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_bundle
import bundle_config as cfg
import elf_scan

PREFIX = "/opt/LayerLab"
PACKAGE = "layerlab"
ICON_NAME = "layerlab"
FONTS = "fontconfig-config"  # the font configuration, which depends on a font
MAINTAINER = "LayerLab developers <layerlab@users.noreply.github.com>"
DESCRIPTION = (
    "See why deep networks learn complex patterns\n"
    " LayerLab is a desktop app for the classroom: students train a small neural\n"
    " network on a built-in or their own CSV data set and watch every layer\n"
    " learn. It runs offline; Python, Qt and NumPy come inside the package."
)
# Files whose libraries a window needs; every other ELF file is optional.
REQUIRED_GLOBS = (
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt*.so",
    "_internal/libpython*.so*",
    "LayerLab",
)


@dataclass(frozen=True)
class Relations:
    depends: tuple[str, ...]
    recommends: tuple[str, ...]
    glibc: str


def required_files(bundle: Path) -> list[Path]:
    found = {p for pattern in REQUIRED_GLOBS for p in bundle.glob(pattern)}
    return sorted(p for p in found if p.is_file())


def relations(bundle: Path, runner: elf_scan.Run = elf_scan.run) -> Relations:
    """Depends and Recommends of the bundle, from its ELF files."""
    glibc, _file = elf_scan.glibc_needed(bundle, runner)
    required = required_files(bundle)
    optional = [p for p in elf_scan.elf_files(bundle) if p not in set(required)]
    needed = elf_scan.packages(elf_scan.system_libraries(required, bundle, runner))
    extra = elf_scan.packages(elf_scan.system_libraries(optional, bundle, runner))
    libc = f"libc6 (>= {glibc})" if glibc else "libc6"
    depends = (libc, *needed, FONTS)
    return Relations(depends, tuple(p for p in extra if p not in needed), glibc)


def control_text(version: str, arch: str, size_kib: int, rel: Relations) -> str:
    lines = [
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {size_kib}",
        f"Depends: {', '.join(rel.depends)}",
    ]
    if rel.recommends:
        lines.append(f"Recommends: {', '.join(rel.recommends)}")
    lines += ["Section: education", "Priority: optional", f"Description: {DESCRIPTION}"]
    return "\n".join(lines) + "\n"


def launcher_text() -> str:
    return f'#!/bin/sh\nexec {PREFIX}/{cfg.APP_NAME} "$@"\n'


def stage(bundle: Path, root: Path, icons: Path = cfg.ICONS) -> None:
    """The installed file tree under ``root`` (without DEBIAN/)."""
    shutil.copytree(bundle, root / PREFIX.lstrip("/"), symlinks=True)
    (root / PREFIX.lstrip("/") / "layerlab.desktop").unlink(missing_ok=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.write_text(launcher_text(), encoding="utf-8")
    launcher.chmod(0o755)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    entry = build_bundle.render_desktop_entry(PREFIX, icon=ICON_NAME)
    (apps / "layerlab.desktop").write_text(entry, encoding="utf-8")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for png in sorted(icons.glob("layerlab-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    svg = icons / "layerlab.svg"
    if svg.is_file():
        (hicolor / "scalable" / "apps").mkdir(parents=True)
        shutil.copyfile(svg, hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg")


def tree_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def architecture() -> str:
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or "amd64"


def build_deb(
    bundle: Path, out_dir: Path, version: str, rel: Relations, arch: str
) -> Path:
    """Write the .deb for ``bundle``; its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="layerlab-deb-") as folder:
        root = Path(folder) / "root"
        stage(bundle, root)
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            control_text(version, arch, tree_kib(root), rel), encoding="utf-8"
        )
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root),
             str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pack dist/LayerLab as a .deb.")
    parser.add_argument("--bundle", type=Path, default=build_bundle.BUNDLE)
    parser.add_argument("--out", type=Path, default=build_bundle.DIST)
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb not found: no .deb (Debian/Ubuntu only)", file=sys.stderr)
        return 1
    if not (args.bundle / cfg.APP_NAME).is_file():
        print(f"no bundle in {args.bundle}: run build_bundle.py", file=sys.stderr)
        return 1
    rel = relations(args.bundle)
    deb = build_deb(args.bundle, args.out, cfg.read_version(), rel, architecture())
    print(f"oldest glibc needed: {rel.glibc or 'unknown'}")
    print(f"Depends: {', '.join(rel.depends)}")
    print(f"Recommends: {', '.join(rel.recommends) or '-'}")
    print(f"package: {deb} ({os.path.getsize(deb) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
