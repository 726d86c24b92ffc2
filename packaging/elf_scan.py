"""What a built bundle asks of the machine it runs on: glibc and system libraries.

``glibc_needed`` reads every ELF file's versioned dynamic symbols
(``objdump -T``) and reports the newest ``GLIBC_x.y`` any of them binds: the
oldest glibc (so the oldest Debian/Ubuntu) the bundle starts on.
``system_libraries`` asks the loader (``ldd``, with the bundle folder on the
library path as the bootloader sets it) which libraries resolve outside the
bundle or not at all: what the system must provide, mapped to packages by
the same table the start-up check uses. Standard library plus binutils and
libc-bin; the build script and the .deb builder use it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from desktop.startup.platform_check import (
    C_LIBRARY,
    LIBRARY_PACKAGES,
    parse_ldd,
)

Run = Callable[[Sequence[str], dict[str, str] | None], str]
VERSION = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")
FILE_HEADER = re.compile(r"^(\S.*):\s+file format ")


def run(command: Sequence[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        list(command), capture_output=True, text=True, env=env, check=False
    ).stdout


def elf_files(folder: Path) -> list[Path]:
    """Every regular ELF file under ``folder`` (symlinks are counted once)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def newest_glibc(objdump_text: str) -> tuple[str, str]:
    """The newest GLIBC_ version in ``objdump -T`` output, and the file using it."""
    best: tuple[tuple[int, ...], str, str] = ((0,), "", "")
    current = ""
    for line in objdump_text.splitlines():
        header = FILE_HEADER.match(line)
        if header:
            current = header.group(1)
            continue
        for version in VERSION.findall(line):
            key = tuple(int(p) for p in version.split("."))
            if key > best[0]:
                best = (key, version, current)
    return best[1], best[2]


def glibc_needed(folder: Path, runner: Run = run) -> tuple[str, str]:
    """The oldest glibc the bundle in ``folder`` runs on, and which file says so."""
    files = [str(p) for p in elf_files(folder)]
    if not files:
        return "", ""
    version, path = newest_glibc(runner(["objdump", "-T", *files], None))
    return version, os.path.relpath(path, folder) if path else ""


def system_libraries(
    files: Iterable[Path], bundle: Path, runner: Run = run
) -> list[str]:
    """Sonames ``files`` need that the bundle does not hold (found or not)."""
    files = [str(f) for f in files]
    if not files:
        return []
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    inside = str(bundle.resolve())
    needed = set()
    for name, path in parse_ldd(runner(["ldd", *files], env)).items():
        if path is None or not str(Path(path).resolve()).startswith(inside):
            needed.add(name)
    return sorted(needed - C_LIBRARY)


def packages(sonames: Iterable[str]) -> list[str]:
    """Packages for ``sonames``; raises naming any the table does not know."""
    sonames = list(sonames)
    unknown = [n for n in sonames if n not in LIBRARY_PACKAGES]
    if unknown:
        raise ValueError(
            f"no package known for {', '.join(unknown)}: add it to "
            "LIBRARY_PACKAGES in desktop/startup/platform_check.py"
        )
    return sorted({LIBRARY_PACKAGES[n] for n in sonames})
