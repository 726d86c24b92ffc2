"""Reading a user's file: only a regular file, and never more than a bound.

Profiles, quiz banks and sessions come from teachers and students, so a path
may name anything: a FIFO (reading it would freeze the window until someone
writes to it), ``/dev/zero`` (endless bytes), a folder, or a file far larger
than any real one. Every read of a user file goes through here: the file is
opened without blocking, refused unless ``fstat`` says it is a regular file,
refused if it is larger than the caller's bound, and read in chunks that
stop at the bound even if the file grows while it is read. Failures raise
``FileRefused`` with a sentence that names the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

from core.data.wording import say, template

CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISDIR, template("a folder")),
    (stat.S_ISFIFO, template("a named pipe (FIFO)")),
    (stat.S_ISCHR, template("a device")),
    (stat.S_ISBLK, template("a device")),
    (stat.S_ISSOCK, template("a socket")),
)
OTHER_KIND = template("not a plain file")
# Opening a FIFO for reading waits for a writer unless O_NONBLOCK is given.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class FileRefused(ValueError):
    """A user file that was not read, with the reason in words."""


def size_words(n: int) -> str:
    """``n`` bytes as a person reads them: "512 bytes", "3.2 MB", "2.1 GB"."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return say("{n} bytes", n=n)


def _kind(mode: int) -> str:
    return say(next((words for test, words in _KINDS if test(mode)), OTHER_KIND))


def _check(path: Path, info: os.stat_result, max_bytes: int) -> int:
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(
            say(
                "{path} is {kind}, not a file; LayerLab only opens files.",
                path=path,
                kind=_kind(info.st_mode),
            )
        )
    if info.st_size > max_bytes:
        raise FileRefused(
            say(
                "{name} is {size}; LayerLab opens files of this kind up to {most}.",
                name=path.name,
                size=size_words(info.st_size),
                most=size_words(max_bytes),
            )
        )
    return info.st_size


def open_regular(path: str | Path, max_bytes: int) -> IO[bytes]:
    """``path`` opened for reading, if it is a regular file of at most ``max_bytes``.

    ``stat`` is checked before opening (so a FIFO is never opened where
    ``O_NONBLOCK`` does not exist) and ``fstat`` after (so a file swapped in
    between is still checked); the open itself never blocks.
    """
    path = Path(path)
    try:
        _check(path, path.stat(), max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise FileRefused(say("There is no file at {path}.", path=path)) from None
    except OSError as problem:
        raise FileRefused(
            say("{path} cannot be read: {why}.", path=path, why=problem.strerror)
        ) from None
    try:
        _check(path, os.fstat(fd), max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_at_most(stream: IO[bytes], limit: int, what: str) -> bytes:
    """All of ``stream``, refusing (without keeping them) more than ``limit`` bytes."""
    data = bytearray()
    while chunk := stream.read(min(CHUNK, limit + 1 - len(data))):
        data += chunk
        if len(data) > limit:
            raise FileRefused(
                say("{what} is larger than {most}.", what=what, most=size_words(limit))
            )
    return bytes(data)


def read_exactly(stream: IO[bytes], target: memoryview, what: str) -> None:
    """Fill ``target`` from ``stream`` in chunks; refuse a stream that ends early."""
    done = 0
    while done < len(target):
        chunk = stream.read(min(CHUNK, len(target) - done))
        if not chunk:
            raise FileRefused(say("{what} ends early: it is damaged.", what=what))
        target[done : done + len(chunk)] = chunk
        done += len(chunk)


def read_bytes(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``."""
    with open_regular(path, max_bytes) as handle:
        return read_at_most(handle, max_bytes, Path(path).name)


def read_text(path: str | Path, max_bytes: int, encoding: str = "utf-8-sig") -> str:
    """The text of a regular file of at most ``max_bytes`` (``utf-8-sig``: a BOM
    that Notepad may add is dropped). ``UnicodeDecodeError`` is the caller's."""
    return read_bytes(path, max_bytes).decode(encoding)
