"""Build the double-click LayerLab: ``python packaging/build_bundle.py``.

Runs PyInstaller on packaging/layerlab.spec (a one-folder bundle in
dist/LayerLab/, build files in build/pyinstaller/), then on Linux writes
dist/LayerLab/layerlab.desktop for the folder the bundle will live in on the
classroom machine (``--prefix``, /opt/LayerLab unless told otherwise), checks
it with desktop-file-validate, prints the oldest glibc the bundle runs on and
packs dist/layerlab_<version>_<arch>.deb (build_deb.py; ``--no-deb`` skips
it). A separate script so the one command is the same on Linux, Windows and
macOS.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

SPEC = cfg.ROOT / "packaging" / "layerlab.spec"
TEMPLATE = cfg.ROOT / "packaging" / "layerlab.desktop.in"
DIST = cfg.ROOT / "dist"
WORK = cfg.ROOT / "build" / "pyinstaller"
BUNDLE = DIST / cfg.APP_NAME
DEFAULT_PREFIX = "/opt/LayerLab"
ICON_IN_BUNDLE = "_internal/resources/icons/layerlab-256.png"


def desktop_exec_arg(path: str) -> str:
    """``path`` quoted as the Desktop Entry spec asks when it needs quoting."""
    if not any(c in path for c in " \t\"'\\><~|&;$*?#()`"):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def render_desktop_entry(
    prefix: str, template: Path = TEMPLATE, icon: str | None = None
) -> str:
    """The .desktop text for a bundle installed in the folder ``prefix``; the
    icon is the bundle's PNG unless ``icon`` names a themed one (the .deb)."""
    prefix = prefix.rstrip("/") or "/"
    exe = f"{prefix}/{cfg.APP_NAME}"
    text = template.read_text(encoding="utf-8")
    text = text.replace("@EXEC@", desktop_exec_arg(exe))
    return text.replace("@ICON@", icon or f"{prefix}/{ICON_IN_BUNDLE}")


def validate_desktop_entry(path: Path) -> bool:
    """desktop-file-validate's verdict; a warning, not a failure, if it is absent."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        print("desktop-file-validate not found (apt-get install desktop-file-utils)")
        return True
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    return result.returncode == 0 and "error:" not in output


def run_pyinstaller() -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=cfg.ROOT)


def report_glibc() -> None:
    """Print the oldest glibc the bundle runs on (newest GLIBC_ symbol used)."""
    import elf_scan

    version, path = elf_scan.glibc_needed(BUNDLE)
    print(f"oldest glibc the bundle runs on: {version or 'unknown'} (set by {path})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the packaged LayerLab.")
    parser.add_argument(
        "--prefix",
        default=DEFAULT_PREFIX,
        help=f"Linux: where the bundle will be copied (default {DEFAULT_PREFIX})",
    )
    parser.add_argument(
        "--no-deb", action="store_true", help="Linux: do not build the .deb"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        entry = BUNDLE / "layerlab.desktop"
        entry.write_text(render_desktop_entry(args.prefix), encoding="utf-8")
        if not validate_desktop_entry(entry):
            print(f"{entry} does not validate", file=sys.stderr)
            return 1
        print(f"desktop entry: {entry} (for {args.prefix})")
        report_glibc()
        if not args.no_deb and shutil.which("dpkg-deb"):
            import build_deb

            if build_deb.main(["--bundle", str(BUNDLE), "--out", str(DIST)]) != 0:
                return 1
    target = BUNDLE.with_suffix(".app") if sys.platform == "darwin" else BUNDLE
    print(
        f"LayerLab {cfg.read_version()} built in {target} "
        f"({time.perf_counter() - start:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
