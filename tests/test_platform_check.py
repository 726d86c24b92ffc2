"""The start-up check and where its message goes, against fake ldd output.

Unit tests give ``startup_problem`` a fake PySide6 folder and a fake ldd; the
end-to-end tests run ``main.py`` with a fake ``ldd`` and a fake ``xmessage``
first on PATH, and with a platform Qt cannot start, and read the log file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.startup import platform_check as pc
from desktop.startup import startup_notice as notice
from tests.conftest import ROOT

LDD_OK = """\
{plugin}:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f96)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f96)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f96)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f96)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f96)
"""


def ldd_missing(*names: str):
    """A fake ldd: every file resolves except ``names``; records its calls."""
    calls = []

    def ldd(files, env):
        calls.append(([Path(f).name for f in files], dict(env)))
        missing = "".join(f"\t{n} => not found\n" for n in names)
        return LDD_OK.format(plugin=files[-1] if files else "") + missing

    ldd.calls = calls
    return ldd


@pytest.fixture
def fake_pyside(tmp_path, monkeypatch):
    """A PySide6 folder with the files the check looks for (empty files)."""
    folder = tmp_path / "PySide6"
    plugins = folder / "Qt" / "plugins" / "platforms"
    plugins.mkdir(parents=True)
    for name in pc.BINDINGS:
        (folder / f"{name}.abi3.so").write_bytes(b"")
    for name in pc.PLUGIN_FILES.values():
        (plugins / name).write_bytes(b"")
    monkeypatch.setattr(pc, "pyside_folder", lambda: folder)
    return folder


X11 = {"DISPLAY": ":0"}


def test_parse_ldd_separates_found_and_missing() -> None:
    text = LDD_OK.format(plugin="libqxcb.so") + "\tlibxcb-cursor.so.0 => not found\n"
    found = pc.parse_ldd(text)
    assert found["libxcb-cursor.so.0"] is None
    assert found["libGL.so.1"] == "/lib/x86_64-linux-gnu/libGL.so.1"
    assert "linux-vdso.so.1" not in found
    assert "/lib64/ld-linux-x86-64.so.2" not in found


def test_a_window_can_open_when_nothing_is_missing(fake_pyside) -> None:
    ldd = ldd_missing()
    assert pc.startup_problem(X11, "linux", ldd) == ""
    files, _env = ldd.calls[0]
    assert files == [
        "QtCore.abi3.so",
        "QtGui.abi3.so",
        "QtWidgets.abi3.so",
        "libqxcb.so",
    ]


def test_missing_gl_and_xcb_are_named_as_packages(fake_pyside) -> None:
    ldd = ldd_missing("libGL.so.1", "libxcb.so.1", "libEGL.so.1")
    message = pc.startup_problem(X11, "linux", ldd)
    assert "sudo apt-get install libegl1 libgl1 libxcb1\n" in message + "\n"
    assert "Also missing" not in message


def test_only_what_is_missing_is_asked_for(fake_pyside) -> None:
    message = pc.startup_problem(X11, "linux", ldd_missing("libxcb-cursor.so.0"))
    install = re.search(r"sudo apt-get install (.*)", message).group(1)
    assert install.split() == ["libxcb-cursor0"]


def test_an_unknown_library_is_named_as_a_file(fake_pyside) -> None:
    ldd = ldd_missing("libweird.so.7", "libxkbcommon-x11.so.0")
    message = pc.startup_problem(X11, "linux", ldd)
    assert "sudo apt-get install libxkbcommon-x11-0" in message
    assert "Also missing (install the package that provides each): libweird.so.7" in (
        message
    )


def test_the_c_library_is_never_asked_for() -> None:
    assert not pc.missing_packages(["libc.so.6", "libm.so.6"])


def test_no_display_is_explained_without_running_ldd(fake_pyside) -> None:
    ldd = ldd_missing("libGL.so.1")
    assert "QT_QPA_PLATFORM=offscreen" in pc.startup_problem({}, "linux", ldd)
    assert ldd.calls == []


def test_offscreen_checks_the_offscreen_plugin(fake_pyside) -> None:
    ldd = ldd_missing()
    assert pc.startup_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", ldd) == ""
    assert ldd.calls[0][0][-1] == "libqoffscreen.so"
    missing = ldd_missing("libfontconfig.so.1")
    message = pc.startup_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", missing)
    assert "sudo apt-get install libfontconfig1" in message


def test_wayland_session_opens_if_either_platform_can(fake_pyside) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}

    def ldd(files, _env):
        if files[-1].name == "libqxcb.so":
            return "\tlibxcb-cursor.so.0 => not found\n"
        return ""

    assert pc.candidate_platforms(env) == ["wayland", "xcb"]
    assert pc.startup_problem(env, "linux", ldd) == ""
    broken = ldd_missing("libxcb-cursor.so.0", "libwayland-cursor.so.0")
    message = pc.startup_problem(env, "linux", broken)
    assert "for its xcb platform" in message


def test_a_platform_list_and_options_are_read_as_qt_reads_them() -> None:
    env = {"QT_QPA_PLATFORM": "xcb:dpi=96;offscreen"}
    assert pc.candidate_platforms(env) == ["xcb", "offscreen"]


def test_other_systems_and_unknown_platforms_are_left_to_qt(fake_pyside) -> None:
    ldd = ldd_missing("libGL.so.1")
    assert pc.startup_problem(X11, "win32", ldd) == ""
    assert pc.startup_problem({"QT_QPA_PLATFORM": "vnc"}, "linux", ldd) == ""


def test_frozen_build_checks_the_bundles_copy_with_its_library_path(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert pc.pyside_folder() == tmp_path / "PySide6"
    env = pc.loader_env({"LD_LIBRARY_PATH": "/usr/local/lib"})
    assert env["LD_LIBRARY_PATH"] == f"{tmp_path}{os.pathsep}/usr/local/lib"


def test_the_running_pyside_files_are_found_and_resolved() -> None:
    """From source: the venv's PySide6, its real xcb plugin, and real ldd."""
    files = pc.qt_files(pc.pyside_folder(), "xcb")
    assert [f.name.split(".")[0] for f in files] == [*pc.BINDINGS, "libqxcb"]
    found = pc.parse_ldd(pc.run_ldd(files, os.environ))
    assert found["libQt6Core.so.6"] is not None
    assert "libxcb.so.1" in found  # asked of the system, whether present or not


def test_the_package_table_holds_debian_names() -> None:
    for soname, package in pc.LIBRARY_PACKAGES.items():
        assert re.fullmatch(r"lib[\w+.-]+\.so\.\d+", soname), soname
        assert re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", package), package


# -- where the message goes ------------------------------------------------------


def test_log_is_written_in_the_state_folder_and_appended(tmp_path) -> None:
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    first = notice.write_log("first problem", env)
    second = notice.write_log("second problem", env)
    assert first == second == tmp_path / "state" / "LayerLab" / "startup.log"
    text = first.read_text(encoding="utf-8")
    assert text.index("first problem") < text.index("second problem")


def test_log_falls_back_to_the_cache_folder(tmp_path) -> None:
    blocked = tmp_path / "state"
    blocked.write_text("a file where a folder should be")
    env = {"XDG_STATE_HOME": str(blocked), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert notice.write_log("x", env) == tmp_path / "cache" / "LayerLab" / "startup.log"


def only(*tools: str):
    return lambda name: f"/usr/bin/{name}" if name in tools else None


def test_a_terminal_gets_stderr_only() -> None:
    assert notice.show_commands("m", interactive=True, which=only("zenity")) == []


def test_a_dialog_is_preferred_and_escaped_for_zenity() -> None:
    (command,) = notice.show_commands(
        "a < b & c", False, which=only("zenity", "notify-send")
    )
    assert command[0] == "zenity"
    assert "--text=a &lt; b &amp; c" in command


@pytest.mark.parametrize(
    ("tools", "program"),
    [
        (("kdialog", "xmessage"), "kdialog"),
        (("xmessage",), "xmessage"),
        (("notify-send",), "notify-send"),
    ],
)
def test_each_way_of_showing(tools, program) -> None:
    (command,) = notice.show_commands("the message", False, which=only(*tools))
    assert command[0] == program
    assert command[-1] == "the message"


def test_nothing_to_show_without_a_tool() -> None:
    assert notice.show_commands("m", False, which=only()) == []


def test_helpers_run_without_the_bundles_libraries(monkeypatch) -> None:
    env = {"LD_LIBRARY_PATH": "/opt/LayerLab/_internal", "LD_LIBRARY_PATH_ORIG": "/a"}
    assert notice.child_env(env)["LD_LIBRARY_PATH"] == "/a"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert "LD_LIBRARY_PATH" not in notice.child_env({"LD_LIBRARY_PATH": "/b"})


def test_qt_fatal_text_keeps_qt_words_and_adds_the_advice() -> None:
    text = notice.fatal_text(["  plugin refused ", ""], "Missing libraries: x")
    assert text == (
        "LayerLab could not open its window. Qt said:\n  plugin refused\n"
        "Missing libraries: x"
    )


# -- end to end: main.py with fake tools first on PATH -----------------------------


def fake_tools(tmp_path: Path, ldd_output: str | None) -> tuple[dict[str, str], Path]:
    """PATH with a fake xmessage (records its text) and maybe a fake ldd."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shown = tmp_path / "shown.txt"
    tools = {
        "xmessage": f'#!/bin/sh\nfor a; do last="$a"; done\necho "$last" > {shown}\n'
    }
    if ldd_output is not None:
        tools["ldd"] = f"#!/bin/sh\ncat <<'EOF'\n{ldd_output}EOF\n"
    for name, text in tools.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env, shown


def run_main(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def wait_for(path: Path, seconds: float = 10.0) -> str:
    """The fake dialog runs detached: give it a moment to write."""
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return path.read_text(encoding="utf-8")


def test_missing_libraries_stop_the_start_with_a_dialog_and_a_log(tmp_path) -> None:
    env, shown = fake_tools(tmp_path, "\tlibGL.so.1 => not found\n")
    env["DISPLAY"] = ":99"
    done = run_main(env)
    log = tmp_path / "state" / "LayerLab" / "startup.log"
    assert done.returncode == notice.EXIT_NO_WINDOW
    assert "sudo apt-get install libgl1" in done.stderr
    assert str(log) in done.stderr
    assert "sudo apt-get install libgl1" in log.read_text(encoding="utf-8")
    assert "sudo apt-get install libgl1" in wait_for(shown)


def test_qt_giving_up_is_reported_not_aborted(tmp_path) -> None:
    """No X server answers on the DISPLAY: Qt's fatal error, shown, exit 3."""
    env, shown = fake_tools(tmp_path, None)
    env.update(DISPLAY=":93", QT_QPA_PLATFORM="xcb")
    done = run_main(env)
    assert done.returncode == notice.EXIT_NO_WINDOW  # not 134 (abort)
    assert "could not connect to display :93" in done.stderr
    log = (tmp_path / "state" / "LayerLab" / "startup.log").read_text("utf-8")
    assert "LayerLab could not open its window. Qt said:" in log
    assert "Every library Qt needs was found (checked with ldd)" in log
    assert "could not connect to display" in wait_for(shown)
