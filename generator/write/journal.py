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

The staging area is in `staging.py`, the deferred signals in `signals.py`, the lock in
`lock.py`; their names are importable from here too.
"""

from __future__ import annotations

import json
import os as os  # exported: the fault tests patch `journal.os.replace` to stop each move
import shutil
from pathlib import Path

# The `X as X` imports are re-exports: callers and tests import these names from here,
# where they lived before the staging area, signals and lock had modules of their own.
from generator.write.lock import docs_lock as docs_lock
from generator.write.reserved import JOURNAL as JOURNAL
from generator.write.reserved import LOCK as LOCK
from generator.write.reserved import MANIFEST as MANIFEST
from generator.write.reserved import RESERVED as RESERVED
from generator.write.reserved import STAGING as STAGING
from generator.write.signals import Interrupted as Interrupted
from generator.write.signals import deferred_signals as deferred_signals
from generator.write.staging import Staging as Staging
from generator.write.staging import exists as _exists


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


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
        _atomic_text(
            self.docs / JOURNAL, json.dumps({"write": self.write, "remove": self.remove}, indent=1)
        )
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
