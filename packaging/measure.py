"""Check and measure the built bundle: size, a clean frozen run, smoke timing.

    python packaging/measure.py                # size, no-writes check, timing
    python packaging/measure.py --repeats 0    # size and no-writes check only

It prints the bundle's size on disk against the 150 MB goal, the .deb's size
and the oldest glibc the bundle runs on (Linux), runs the frozen
``--smoke-test`` once while watching that nothing inside the bundle folder is
created, changed or removed, then times ``python main.py --smoke-test`` from
source and the frozen ``--smoke-test`` interleaved (so a busy moment hits both
alike) and prints medians and the median of the paired ratios. Exits non-zero
if the frozen app fails or writes into its folder; time is reported, never
asserted (house rule for benchmarks).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

DIST = cfg.ROOT / "dist"
SIZE_GOAL = 150 * 10**6
RATIO_GOAL = 1.5


def frozen_executable(dist: Path = DIST, platform: str = sys.platform) -> Path:
    if platform == "darwin":
        return dist / f"{cfg.APP_NAME}.app" / "Contents" / "MacOS" / cfg.APP_NAME
    suffix = ".exe" if platform == "win32" else ""
    return dist / cfg.APP_NAME / f"{cfg.APP_NAME}{suffix}"


def tree_size(folder: Path) -> int:
    """Bytes on disk as ``du -sb`` counts them (apparent sizes, links once)."""
    total = folder.lstat().st_size
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            total += (Path(root) / name).lstat().st_size
    return total


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``folder`` with its size and modification time."""
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            info = (Path(root) / name).lstat()
            path = os.path.relpath(Path(root) / name, folder)
            state[path] = (info.st_size, info.st_mtime_ns)
    return state


def changes(before: dict, after: dict) -> list[str]:
    added = [f"+ {p}" for p in sorted(after.keys() - before.keys())]
    removed = [f"- {p}" for p in sorted(before.keys() - after.keys())]
    changed = [f"~ {p}" for p in sorted(before.keys() & after.keys())]
    changed = [c for c in changed if before[c[2:]] != after[c[2:]]]
    return added + removed + changed


def smoke(command: list[str], cwd: Path) -> float:
    """Seconds for one ``--smoke-test`` run; raises with its output if it fails."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "--smoke-test"], cwd=cwd, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} --smoke-test exited {result.returncode}:\n"
            f"{result.stdout}{result.stderr}"
        )
    return seconds


def check_clean_run(exe: Path, bundle: Path) -> list[str]:
    """Run the frozen smoke test from elsewhere; what it changed in its folder."""
    before = snapshot(bundle)
    with tempfile.TemporaryDirectory() as elsewhere:
        smoke([str(exe)], Path(elsewhere))
    return changes(before, snapshot(bundle))


def time_both(exe: Path, repeats: int) -> tuple[list[float], list[float]]:
    source_cmd = [sys.executable, str(cfg.ROOT / "main.py")]
    source, frozen = [], []
    smoke(source_cmd, cfg.ROOT)  # warm the file cache and the .pyc files first
    for _ in range(repeats):
        source.append(smoke(source_cmd, cfg.ROOT))
        frozen.append(smoke([str(exe)], cfg.ROOT))
    return source, frozen


def report_timing(source: list[float], frozen: list[float]) -> None:
    ratios = [f / s for s, f in zip(source, frozen, strict=True)]
    ratio = statistics.median(ratios)
    verdict = "met" if ratio <= RATIO_GOAL else "NOT met"
    print(f"smoke test from source: median {statistics.median(source):.2f} s")
    print(f"smoke test frozen:      median {statistics.median(frozen):.2f} s")
    print(
        f"frozen/source ratio:    median {ratio:.2f} of {len(ratios)} pairs "
        f"(range {min(ratios):.2f}-{max(ratios):.2f}; goal <= {RATIO_GOAL}: {verdict})"
    )


def report_linux_package(dist: Path, bundle: Path) -> None:
    """The .deb next to the bundle and the oldest glibc the bundle runs on."""
    import elf_scan

    for deb in sorted(dist.glob("layerlab_*.deb")):
        print(f"package: {deb.name}, {deb.stat().st_size / 1e6:.1f} MB")
    version, path = elf_scan.glibc_needed(bundle)
    print(f"oldest glibc: {version or 'unknown'} (newest GLIBC_ symbol, in {path})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the packaged LayerLab.")
    parser.add_argument("--repeats", type=int, default=5, help="timing pairs")
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args(argv)
    exe = frozen_executable(args.dist)
    bundle = exe.parents[1] if sys.platform == "darwin" else exe.parent
    if not exe.is_file():
        print(
            f"no bundle at {exe}: run python packaging/build_bundle.py", file=sys.stderr
        )
        return 1
    size = tree_size(bundle)
    verdict = "met" if size < SIZE_GOAL else "NOT met"
    print(f"bundle: {bundle}")
    print(f"bundle size: {size / 1e6:.1f} MB (goal < 150 MB: {verdict})")
    if sys.platform.startswith("linux"):
        report_linux_package(args.dist, bundle)
    try:
        changed = check_clean_run(exe, bundle)
        print("frozen smoke test: passed")
        if changed:
            print("the app wrote into its own folder:", *changed, sep="\n  ")
            return 1
        print("bundle folder unchanged by the run: yes")
        if args.repeats > 0:
            report_timing(*time_both(exe, args.repeats))
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
