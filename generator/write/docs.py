"""The only module that touches docs/: writes what the generator owns, nothing else.

- A manifest (docs/.generator-manifest.json) records each file written and its hash.
  Its entries are only ever paths inside docs/: an entry that climbs out, or passes
  through a link that leads out, is ignored.
- A file in docs/ that is not in the manifest is hand-written: never overwritten (one
  with exactly the bytes the generator would write is adopted, which loses nothing).
- A generated file whose hash changed since was edited by hand: reported, kept.
  `force` replaces such files, and files not in the manifest, after moving each one to
  docs/.generator-replaced/ (so even a forced build loses nothing).
- A file whose content did not change is not touched (its mtime stays).
- One build writes at a time (a lock in docs/); a second one waits for it.
- Writing is a journaled commit (see `journal.py`): new files are staged inside docs/,
  then moved in under a journal; an interrupt is deferred until the commit is done, and
  a kill is repaired by the next run, so docs/ is always the old or the new version.

What to write, keep and remove is decided in `plan.py`; this module carries it out.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Problem, Problems, WriteError
from generator.write.journal import Journal, recover
from generator.write.lock import docs_lock
from generator.write.plan import REPLACED, current_hash, plan, read_manifest, sha
from generator.write.reserved import MANIFEST
from generator.write.signals import deferred_signals
from generator.write.staging import Staging


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    recovered: str | None = None


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def write_docs(
    docs: Path, pages: dict[str, str | bytes], force: bool = False, lock_timeout: float = 600
) -> WriteReport:
    """Make docs/ hold `pages` (plus every hand-written file), or raise WriteError and
    leave it as it was."""
    try:
        docs.mkdir(parents=True, exist_ok=True)
        with docs_lock(docs, lock_timeout):
            recovered = recover(docs)
            report = _write_locked(docs, pages, force)
            report.recovered = recovered
            return report
    except OSError as exc:
        raise WriteError(
            [
                Problem(
                    str(docs),
                    None,
                    f"cannot write: {exc.strerror or exc}; check the free space and permissions",
                )
            ]
        ) from exc


def _write_locked(docs: Path, pages: dict[str, str | bytes], force: bool) -> WriteReport:
    # Pages are encoded one at a time (to hash, then to stage), never all at once: on a
    # big corpus the Markdown alone is hundreds of megabytes.
    hashes = {p: sha(_bytes(d)) for p, d in pages.items()}
    todo = plan(docs, hashes, force)
    if todo.problems.errors:
        raise WriteError(todo.problems.items)
    manifest = json.dumps({"files": dict(sorted(hashes.items()))}, indent=1, sort_keys=True) + "\n"
    current = docs / MANIFEST
    manifest_changed = not current.is_file() or current.read_text(encoding="utf-8") != manifest
    report = WriteReport(
        sorted(todo.write),
        sorted(set(hashes) - set(todo.write)),
        sorted(todo.remove),
        sorted(todo.replace),
    )
    if not (todo.write or todo.remove or manifest_changed):
        return report
    if todo.replace:
        _move_aside(docs, todo.replace)
    with Staging(docs) as staging:
        for path in todo.write:
            staging.add(path, _bytes(pages[path]))
        staging.set_manifest(manifest)
        journal = Journal(docs, todo.write, todo.remove)
        with deferred_signals():
            journal.commit(staging)
    for path in todo.remove:
        _prune_empty(docs, (docs / path).parent)
    return report


def _move_aside(docs: Path, paths: list[str]) -> None:
    """Keep a copy of each file a forced build replaces, under docs/.generator-replaced/."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for path in paths:
        target = docs / path
        keep = docs / REPLACED / stamp / path
        keep.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir() and not target.is_symlink():
            shutil.copytree(target, keep, symlinks=True)
        else:
            shutil.copy2(target, keep, follow_symlinks=False)


def _prune_empty(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def clean_docs(docs: Path, lock_timeout: float = 600) -> tuple[list[str], list[Problem]]:
    """Remove generated files that are unchanged since written; keep everything else."""
    problems = Problems()
    removed: list[str] = []
    if not docs.is_dir():
        return removed, problems.items
    try:
        with docs_lock(docs, lock_timeout):
            recover(docs)
            old = read_manifest(docs)
            for path, digest in sorted(old.items()):
                target = docs / path
                current = current_hash(target)
                if current is None:
                    continue
                if current != digest:
                    problems.warning(target, None, "edited by hand since generated; kept")
                    continue
                target.unlink()
                removed.append(path)
                _prune_empty(docs, target.parent)
            if not problems.items:
                (docs / MANIFEST).unlink(missing_ok=True)
    except OSError as exc:
        raise WriteError(
            [Problem(str(docs), None, f"cannot clean: {exc.strerror or exc}")]
        ) from exc
    return removed, problems.items


__all__ = ["MANIFEST", "WriteReport", "clean_docs", "plan", "read_manifest", "write_docs"]
