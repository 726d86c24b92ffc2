"""Writing a file so that a failure is never mistaken for a success.

A student who saves to a full USB stick or a folder they may not write in must
be told so. Some writers fail without a word (Qt's image and PDF writers return
False or write nothing), others raise; ``write_checked`` turns both into one
``WriteFailed`` whose message names the file and the reason. The file is written
next to its target under a temporary name and renamed over it only once it
holds something, so a failed save never leaves half a file, and an older file
of the same name can never pass for the new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

# what a student can do about each errno, in words
REASONS = {
    getattr(errno, "EDQUOT", -1): "your storage quota is full",  # not on Windows
    errno.EACCES: "you may not write in that folder",
    errno.EPERM: "you may not write in that folder",
    errno.EROFS: "that drive is read-only",
    errno.ENOSPC: "the disk is full",
    errno.ENOENT: "that folder does not exist",
    errno.ENOTDIR: "part of that path is a file, not a folder",
    errno.EISDIR: "that name is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


class WriteFailed(OSError):
    """A file was not written; ``str()`` is the sentence for the student."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Could not save {self.path}: {reason}. Nothing was saved.")

    def __str__(self) -> str:
        return str(self.args[0])


def reason_of(problem: BaseException) -> str:
    """Plain words for why a write failed ("the disk is full")."""
    if isinstance(problem, WriteFailed):
        return problem.reason
    if isinstance(problem, OSError) and problem.errno in REASONS:
        return REASONS[problem.errno]
    if isinstance(problem, OSError) and problem.strerror:
        return problem.strerror[0].lower() + problem.strerror[1:]
    return str(problem) or type(problem).__name__


def silent_reason(path: Path) -> str:
    """Why a writer that did not raise may have written nothing."""
    folder = path.parent
    if not folder.is_dir():
        return REASONS[errno.ENOENT]
    if not os.access(folder, os.W_OK):
        return REASONS[errno.EACCES]
    return "the file came out empty (the disk may be full, or the folder read-only)"


def verify_written(path: str | Path) -> Path:
    """``path`` if it is a file holding at least one byte, else ``WriteFailed``."""
    path = Path(path)
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError as problem:
        raise WriteFailed(path, reason_of(problem)) from problem
    if size <= 0:
        raise WriteFailed(path, silent_reason(path))
    return path


def partial_path(path: Path) -> Path:
    """The temporary name next to ``path``, keeping its suffix (writers read it)."""
    return path.with_name(f".{path.stem}.saving{path.suffix}")


def write_checked(write: Callable[[Path], object], path: str | Path) -> Path:
    """Run ``write(temporary_path)``, check the result, then put it at ``path``.

    Raises ``WriteFailed`` naming ``path`` and the reason when ``write`` raises
    ``OSError`` (or ``ValueError``/``RuntimeError``, which some writers raise for
    a path they cannot use) or leaves no bytes behind.
    """
    path = Path(path)
    partial = partial_path(path)
    try:
        write(partial)
        verify_written(partial)
        os.replace(partial, path)
    except WriteFailed as problem:
        _remove(partial)
        raise WriteFailed(path, problem.reason) from problem
    except (OSError, ValueError, RuntimeError) as problem:
        _remove(partial)
        reason = reason_of(problem).rstrip(".")
        raise WriteFailed(path, reason) from problem
    return verify_written(path)


def _remove(path: Path) -> None:
    # the folder refused the write; it may refuse the removal too
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
