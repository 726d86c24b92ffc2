"""Telling a double-clicking user why LayerLab did not start.

After a double-click nobody sees stderr. So a start-up problem is written to
a log file in the user's state folder (named in the message), printed to
stderr, and shown where the user looks: a dialog (zenity, kdialog or
xmessage, whichever is installed; these need none of Qt's libraries) when
there is no terminal, else a desktop notification (notify-send) when that is
all there is. A tool that fails just leaves the log and stderr.

``guard_qt_start`` covers what no check can see before Qt starts (an X server
that does not answer, a plugin Qt refuses): Qt reports it as a fatal message
and then aborts (exit 134, maybe a core file). A message handler installed
only while the QApplication is being made shows Qt's own words the same way
and exits with ``EXIT_NO_WINDOW`` instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

EXIT_NO_WINDOW = 3
LOG_NAME = "startup.log"
LOG_LIMIT = 64 * 1024  # start the log afresh beyond this
TITLE = "LayerLab cannot start"


def log_folder(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_STATE_HOME/LayerLab`` (default ``~/.local/state/LayerLab``)."""
    environ = os.environ if environ is None else environ
    state = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "LayerLab"


def write_log(message: str, environ: Mapping[str, str] | None = None) -> Path | None:
    """Append ``message`` with the time; the file's path (None if none writable)."""
    environ = os.environ if environ is None else environ
    cache = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    for folder in (log_folder(environ), Path(cache) / "LayerLab"):
        path = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fresh = not path.exists() or path.stat().st_size > LOG_LIMIT
            with path.open("w" if fresh else "a", encoding="utf-8") as log:
                log.write(f"[{stamp}] {message}\n\n")
        except OSError:
            continue
        return path
    return None


def child_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment for a helper program: without the bundle's libraries.

    A frozen LayerLab runs with its own folder on LD_LIBRARY_PATH (PyInstaller
    keeps the user's value in LD_LIBRARY_PATH_ORIG); zenity must load the
    system's GTK with the system's glib, not ours.
    """
    env = dict(environ)
    if "LD_LIBRARY_PATH_ORIG" in env:
        env["LD_LIBRARY_PATH"] = env["LD_LIBRARY_PATH_ORIG"]
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    return env


Which = Callable[[str], str | None]


def dialog_command(message: str, title: str, which: Which) -> list[str] | None:
    """A dialog showing ``message`` with the first tool installed, or None."""
    if which("zenity"):
        text = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return ["zenity", "--error", "--no-wrap", f"--title={title}", f"--text={text}"]
    if which("kdialog"):
        return ["kdialog", "--title", title, "--error", message]
    if which("xmessage"):
        return ["xmessage", "-center", "-title", title, message]
    return None


def notify_command(message: str, title: str, which: Which) -> list[str] | None:
    if which("notify-send"):
        return [
            "notify-send",
            "--urgency=critical",
            "--app-name=LayerLab",
            title,
            message,
        ]
    return None


def show_commands(
    message: str, interactive: bool, title: str = TITLE, which: Which = shutil.which
) -> list[list[str]]:
    """What to run to show ``message``: nothing extra in a terminal (stderr is
    seen there), else a dialog, or a notification if no dialog tool exists."""
    if interactive:
        return []
    command = dialog_command(message, title, which)
    command = command or notify_command(message, title, which)
    return [command] if command else []


def report(
    message: str, environ: Mapping[str, str] | None = None, title: str = TITLE
) -> Path | None:
    """Log, print and show ``message``; the log file's path."""
    environ = os.environ if environ is None else environ
    log = write_log(message, environ)
    if log is not None:
        message = f"{message}\n\n(This message is also in {log}.)"
    print(message, file=sys.stderr, flush=True)
    interactive = sys.stderr is not None and sys.stderr.isatty()
    for command in show_commands(message, interactive, title):
        try:  # the dialog stays open after LayerLab exits
            subprocess.Popen(
                command,
                env=child_env(environ),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            continue
    return log


def fatal_text(messages: list[str], advice: str) -> str:
    """What to tell the user when Qt gives up, from Qt's own messages."""
    said = "\n".join(f"  {m.strip()}" for m in messages if m.strip())
    text = f"LayerLab could not open its window. Qt said:\n{said}"
    if not advice:
        advice = (
            "Every library Qt needs was found (checked with ldd), so the cause "
            "is in Qt's first lines above (for example, no screen answers on "
            "DISPLAY)."
        )
    return f"{text}\n{advice}"


@contextmanager
def guard_qt_start(advice: Callable[[], str]) -> Iterator[None]:
    """While the QApplication is made: report Qt's fatal error and exit cleanly.

    ``advice`` (called only on failure) adds what the library check can say.
    Messages are collected, not printed, and printed with the fatal one;
    without a fatal one they go to stderr as Qt would have printed them.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    said: list[str] = []

    def handler(kind, _context, text: str) -> None:
        said.append(text)
        if kind == QtMsgType.QtFatalMsg:
            report(fatal_text(said, advice()))
            os._exit(EXIT_NO_WINDOW)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for text in said:
            print(text, file=sys.stderr)
