"""Which files of a corpus folder are read, and reading them without surprises.

The corpus is untrusted: a saved web page or an unpacked archive can bring a pipe that
blocks a reader forever, a link to a file elsewhere on the disk, a link that loops, or
a file of hundreds of megabytes. Only regular files inside the corpus folder are read,
each up to a size limit; everything else is named once and skipped.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# A news article is 5 to 50 KB; 5 MB is a book. Analysis needs about 80 bytes of memory
# per byte of text, so this bounds one article to a few hundred megabytes.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


class Unreadable(Exception):
    """A file that is skipped; the message says why, for the user."""

    def __init__(self, message: str, severity: str = "warning") -> None:
        super().__init__(message)
        self.severity = severity


@dataclass(frozen=True)
class Entry:
    """A regular file of the corpus (through a link, `target` is where it points)."""

    path: Path
    target: Path
    size: int


def check_entry(path: Path, root: Path) -> Entry | None:
    """The regular file at `path`, or None for a folder; raise Unreadable for the rest."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise Unreadable(f"cannot be read: {exc.strerror}", "error") from exc
    target = path
    if stat.S_ISLNK(info.st_mode):
        try:
            target = path.resolve(strict=True)
            info = os.stat(target)
        except (OSError, RuntimeError) as exc:
            if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
                raise Unreadable(
                    "is a symbolic link that loops back on itself; remove it", "error"
                ) from exc
            raise Unreadable(
                "is a symbolic link to nothing (its target is missing); skipped"
            ) from exc
        if not target.is_relative_to(root):
            raise Unreadable(
                f"is a link to {target}, outside the corpus folder; not read. "
                "Copy the file into the folder to include it"
            )
    if stat.S_ISDIR(info.st_mode):
        return None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable("is not a regular file (a pipe, socket or device); skipped")
    return Entry(path, target, info.st_size)


def read_bytes(entry: Entry, limit: int) -> bytes:
    """The file's bytes, refusing anything that stopped being a regular file or grew
    past `limit` since it was listed."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(entry.target, flags)
    except OSError as exc:
        raise Unreadable(f"cannot be read: {exc.strerror}", "error") from exc
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("is not a regular file (a pipe, socket or device); skipped")
        if info.st_size > limit:
            raise Unreadable(too_big(info.st_size, limit))
        data = f.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(too_big(len(data), limit))
    return data


def too_big(size: int, limit: int) -> str:
    return (
        f"is {size / 2**20:.1f} MB, over the limit of {limit / 2**20:g} MB per article; "
        "skipped. Split it into articles, or raise the limit with --max-article-mb"
    )
