"""A commit of new pages into docs/ that no interrupt, kill or crash can leave half done.

docs/ is the user's folder (hand-written pages live there, and it may be a mount
point), so it cannot be swapped for a new one in a single rename. Instead:

1. every new file is staged in docs/.generator-staging/new/ (same file system, so each
   move is an atomic rename), with the new manifest and a copy of the old one;
2. a journal (docs/.generator-journal.json) lists the files to move in and to remove,
   and is written atomically before the first move;
3. each old file is moved to .generator-staging/old/, each new one moved in, then the
   manifest; deleting the journal is the commit point.

A build that finds a journal finishes that commit (every step can be redone: the staged
files say how far it got) or, if it cannot, moves the old files back. SIGINT and
SIGTERM that arrive during the moves are held until the commit is complete.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from generator.errors import Problem, WriteError

MANIFEST = ".generator-manifest.json"
JOURNAL = ".generator-journal.json"
LOCK = ".generator-lock"
STAGING = ".generator-staging"
# Names the generator keeps for itself in docs/; no page may be written over them.
RESERVED = {MANIFEST, JOURNAL, LOCK, STAGING, ".generator-replaced"}


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


class Staging:
    """docs/.generator-staging: the new files, the new manifest, the old files moved out."""

    def __init__(self, docs: Path) -> None:
        self.root = docs / STAGING
        self.docs = docs

    def __enter__(self) -> Staging:
        if _exists(self.root):
            shutil.rmtree(self.root)  # left by a build killed before its commit began
        try:
            (self.root / "new").mkdir(parents=True)
            (self.root / "old").mkdir()
            manifest = self.docs / MANIFEST
            if manifest.is_file():
                shutil.copyfile(manifest, self.root / "old-manifest.json")
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if not _exists(self.docs / JOURNAL):
            shutil.rmtree(self.root, ignore_errors=True)

    def add(self, path: str, data: bytes) -> None:
        staged = self.root / "new" / path
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(data)

    def set_manifest(self, text: str) -> None:
        (self.root / "manifest.json").write_text(text, encoding="utf-8")


class Journal:
    def __init__(self, docs: Path, write: list[str], remove: list[str]) -> None:
        self.docs = docs
        self.write = list(write)
        self.remove = list(remove)

    @classmethod
    def load(cls, docs: Path) -> Journal | None:
        try:
            data = json.loads((docs / JOURNAL).read_text(encoding="utf-8"))
            return cls(docs, [str(p) for p in data["write"]], [str(p) for p in data["remove"]])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def commit(self, staging: Staging) -> None:
        """Record the plan, carry it out, then drop the record (the commit point)."""
        _atomic_text(self.docs / JOURNAL,
                     json.dumps({"write": self.write, "remove": self.remove}, indent=1))
        try:
            self.roll_forward()
        except BaseException:
            self.roll_back()
            raise

    # Every step below checks what is already done, so a second run can redo it all.
    def _paths(self, path: str) -> tuple[Path, Path, Path]:
        root = self.docs / STAGING
        return self.docs / path, root / "new" / path, root / "old" / path

    def _move(self, source: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)

    def can_roll_forward(self) -> bool:
        root = self.docs / STAGING
        if not (root / "manifest.json").is_file() and not (self.docs / MANIFEST).is_file():
            return False
        for path in self.write:
            target, new, _old = self._paths(path)
            if not _exists(new) and not _exists(target):
                return False
        return True

    def roll_forward(self) -> None:
        for path in self.write:
            target, new, old = self._paths(path)
            if not _exists(new):
                continue  # already moved in
            if _exists(target) and not _exists(old):
                self._move(target, old)
            self._move(new, target)
        for path in self.remove:
            target, _, old = self._paths(path)
            if _exists(target) and not _exists(old):
                self._move(target, old)
        staged_manifest = self.docs / STAGING / "manifest.json"
        if staged_manifest.is_file():
            os.replace(staged_manifest, self.docs / MANIFEST)
        (self.docs / JOURNAL).unlink()
        shutil.rmtree(self.docs / STAGING, ignore_errors=True)

    def roll_back(self) -> None:
        for path in reversed(self.remove):
            target, _, old = self._paths(path)
            if _exists(old) and not _exists(target):
                self._move(old, target)
        for path in reversed(self.write):
            target, new, old = self._paths(path)
            if _exists(new):
                if _exists(old) and not _exists(target):
                    self._move(old, target)
                continue
            # The new file was moved in: put the old one back, or remove the new one.
            if _exists(old):
                os.replace(old, target)
            elif _exists(target):
                target.unlink()
        saved = self.docs / STAGING / "old-manifest.json"
        if saved.is_file():
            os.replace(saved, self.docs / MANIFEST)
        elif not (self.docs / STAGING / "manifest.json").is_file():
            (self.docs / MANIFEST).unlink(missing_ok=True)
        (self.docs / JOURNAL).unlink(missing_ok=True)
        shutil.rmtree(self.docs / STAGING, ignore_errors=True)


def recover(docs: Path) -> str | None:
    """Finish (or undo) a commit that a kill interrupted; clear stale staging.
    Returns what was done, for the user, or None if nothing was needed."""
    journal = Journal.load(docs)
    if journal is None:
        if _exists(docs / JOURNAL):
            (docs / JOURNAL).unlink()
        if _exists(docs / STAGING):
            shutil.rmtree(docs / STAGING)
            return "removed the staged files of a build that was stopped before writing"
        return None
    with deferred_signals():
        if journal.can_roll_forward():
            journal.roll_forward()
            return "finished writing the pages of a build that was stopped while writing"
        journal.roll_back()
        return "put back the pages of a build that was stopped while writing"


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then act on them."""
    if not _main_thread():
        yield
        return
    received: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous: dict[signal.Signals, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, hold)
    try:
        yield
    finally:
        for held, handler in previous.items():
            signal.signal(held, handler)
    if received:
        raise Interrupted(received[0])


class Interrupted(BaseException):
    """A signal that arrived during a commit, acted on once the commit was complete."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def docs_lock(docs: Path, timeout: float) -> Iterator[None]:
    """One writer at a time; a second build waits up to `timeout` seconds, then gives up."""
    fd = os.open(docs / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriteError([Problem(str(docs), None, "another build is writing "
                                              "here and did not finish in time; try again "
                                              "when it is done")]) from None
                if not told:
                    print(f"Waiting for another build to finish writing {docs}/ ...",
                          file=sys.stderr)
                    told = True
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
