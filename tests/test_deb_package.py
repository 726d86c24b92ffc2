"""The .deb: its files and control file (dpkg-deb --info/--contents), and how
Depends and the glibc figure are derived, on a tiny fake bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402
import elf_scan  # noqa: E402

OBJDUMP = """
{folder}/LayerLab:     file format elf64-x86-64

DYNAMIC SYMBOL TABLE:
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.2.5) getenv
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.34) __libc_start_main

{folder}/_internal/libpython3.11.so.1.0:     file format elf64-x86-64

DYNAMIC SYMBOL TABLE:
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.35) __memcpy_chk
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.9) pipe2
"""


def fake_bundle(folder: Path) -> Path:
    """dist/LayerLab in miniature: an executable and a few 'ELF' files."""
    bundle = folder / "LayerLab"
    plugin = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    plugin.mkdir(parents=True)
    (bundle / "LayerLab").write_bytes(b"\x7fELF fake executable")
    (bundle / "LayerLab").chmod(0o755)
    (bundle / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "PySide6" / "QtGui.abi3.so").write_bytes(b"\x7fELF")
    (plugin / "libqxcb.so").write_bytes(b"\x7fELF")
    (plugin / "libqwayland.so").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "notes.txt").write_text("not an ELF file")
    (bundle / "layerlab.desktop").write_text("[Desktop Entry]\n")
    return bundle


def fake_runner(bundle: Path, extra_missing: str = ""):
    """objdump and ldd answers for the fake bundle: xcb needs GL from the
    system, wayland needs libwayland-client, Qt itself is inside."""

    def run(command, env=None):
        if command[0] == "objdump":
            return OBJDUMP.format(folder=bundle)
        assert env["LD_LIBRARY_PATH"] == str(bundle / "_internal")
        files = [Path(f).name for f in command[1:]]
        lines = [f"\tlibQt6Gui.so.6 => {bundle}/_internal/libQt6Gui.so.6 (0x1)"]
        lines.append("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)")
        if "libqxcb.so" in files:
            lines += [
                "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x1)",
                "\tlibxcb.so.1 => not found",
            ]
        if "libqwayland.so" in files:
            lines += ["\tlibwayland-client.so.0 => /lib/libwayland-client.so.0 (0x1)"]
        return "\n".join(lines) + "\n" + extra_missing

    return run


def test_newest_glibc_and_the_file_that_needs_it(tmp_path: Path) -> None:
    version, path = elf_scan.newest_glibc(OBJDUMP.format(folder=tmp_path))
    assert version == "2.35"  # numeric order: 2.35 > 2.9 > 2.2.5
    assert path.endswith("libpython3.11.so.1.0")


def test_only_elf_files_are_scanned(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    names = sorted(p.name for p in elf_scan.elf_files(bundle))
    assert names == [
        "LayerLab",
        "QtGui.abi3.so",
        "libpython3.11.so.1.0",
        "libqwayland.so",
        "libqxcb.so",
    ]


def test_depends_come_from_the_window_path_and_recommends_from_the_rest(
    tmp_path: Path,
) -> None:
    bundle = fake_bundle(tmp_path)
    rel = build_deb.relations(bundle, fake_runner(bundle))
    assert rel.glibc == "2.35"
    assert rel.depends == ("libc6 (>= 2.35)", "libgl1", "libxcb1", build_deb.FONTS)
    assert rel.recommends == ("libwayland-client0",)


def test_a_library_missing_from_the_table_stops_the_build(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    runner = fake_runner(bundle, "\tlibsurprise.so.3 => /lib/libsurprise.so.3 (0x1)\n")
    with pytest.raises(ValueError, match=r"libsurprise\.so\.3.*LIBRARY_PACKAGES"):
        build_deb.relations(bundle, runner)


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("deb")
    bundle = fake_bundle(folder)
    rel = build_deb.relations(bundle, fake_runner(bundle))
    return build_deb.build_deb(bundle, folder / "out", "1.2.3", rel, "amd64")


def dpkg_deb(*args: str) -> str:
    done = subprocess.run(
        ["dpkg-deb", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_control_file(deb: Path) -> None:
    assert deb.name == "layerlab_1.2.3_amd64.deb"
    fields = dict(
        line.split(": ", 1)
        for line in dpkg_deb("--field", str(deb)).splitlines()
        if ": " in line and not line.startswith(" ")
    )
    assert fields["Package"] == "layerlab"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6 (>= 2.35), libgl1, libxcb1, fontconfig-config"
    assert fields["Recommends"] == "libwayland-client0"
    assert fields["Section"] == "education"
    assert int(fields["Installed-Size"]) >= 1
    assert "new Debian package" in dpkg_deb("--info", str(deb))


def test_contents(deb: Path) -> None:
    listing = dpkg_deb("--contents", str(deb)).splitlines()
    entries = {line.split()[-1]: line.split()[:2] for line in listing}
    assert entries["./opt/LayerLab/LayerLab"] == ["-rwxr-xr-x", "root/root"]
    assert entries["./usr/bin/layerlab"] == ["-rwxr-xr-x", "root/root"]
    assert "./opt/LayerLab/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" in entries
    assert "./usr/share/applications/layerlab.desktop" in entries
    for size in (16, 48, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/layerlab.png" in entries
    assert "./usr/share/icons/hicolor/scalable/apps/layerlab.svg" in entries
    assert "./opt/LayerLab/layerlab.desktop" not in entries  # the bundle's copy
    assert all(owner == "root/root" for _mode, owner in entries.values())


def test_installed_files_say_the_right_things(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    launcher = (tmp_path / "usr" / "bin" / "layerlab").read_text()
    assert launcher == '#!/bin/sh\nexec /opt/LayerLab/LayerLab "$@"\n'
    entry = (tmp_path / "usr/share/applications/layerlab.desktop").read_text()
    assert "Exec=/opt/LayerLab/LayerLab\n" in entry
    assert "Icon=layerlab\n" in entry
    subprocess.run(
        [
            "desktop-file-validate",
            str(tmp_path / "usr/share/applications/layerlab.desktop"),
        ],
        check=True,
    )
