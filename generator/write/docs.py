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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import Problem, Problems, WriteError
from generator.write.journal import (
    MANIFEST,
    RESERVED,
    Journal,
    Staging,
    deferred_signals,
    docs_lock,
    recover,
)

REPLACED = ".generator-replaced"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    recovered: str | None = None


def safe_path(docs: Path, path: str) -> bool:
    """Is `path` a plain relative path that stays inside docs/, links included?"""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\\" in path or path != str(pure) \
            or not pure.parts or pure.parts[0] in RESERVED or "\0" in path:
        return False
    try:
        parent = (docs / path).parent.resolve()
        return parent == docs.resolve() or parent.is_relative_to(docs.resolve())
    except (OSError, RuntimeError):
        return False


def read_manifest(docs: Path) -> dict[str, str]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items() if safe_path(docs, str(k))}
    except (OSError, ValueError, AttributeError):
        return {}


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _current(target: Path) -> str | None:
    """Hash of the file at `target`; None if it is missing; "" if it is not a file."""
    if not target.exists() and not target.is_symlink():
        return None
    if target.is_symlink() or not target.is_file():
        return ""
    return _sha(target.read_bytes())


@dataclass
class Plan:
    write: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    replace: list[str] = field(default_factory=list)  # moved aside first (force)
    problems: Problems = field(default_factory=Problems)


def plan(docs: Path, hashes: dict[str, str], force: bool = False) -> Plan:
    """What to write, remove and move aside (given each page's hash), or the problems
    that forbid writing."""
    result = Plan()
    problems = result.problems
    old = read_manifest(docs)
    seen_lower: dict[str, str] = {}
    for path, digest in sorted(hashes.items()):
        if not safe_path(docs, path):
            problems.error(path, None, "refusing to write outside docs/ or over the "
                           "generator's own files")
            continue
        other = seen_lower.setdefault(path.lower(), path)
        if other != path:
            problems.error(path, None, f"collides with '{other}' on case-insensitive disks; "
                           "rename one of the ids")
            continue
        target = docs / path
        current = _current(target)
        if current == digest:
            continue  # already there: unchanged, or adopted if the manifest lost it
        if current is not None and (path not in old or current != old[path]):
            if force:
                result.replace.append(path)
            elif path not in old:
                problems.error(target, None, "exists but was not written by the generator; "
                               "it is kept. Move or rename it, or change the id that maps "
                               "here. If an earlier build wrote it (the manifest was "
                               "deleted), rerun with --force: it is moved to "
                               f"{docs / REPLACED}/ first")
                continue
            else:
                problems.error(target, None, "was edited by hand since the last run; your "
                               "edit is kept. Move it elsewhere or rerun with --force (it "
                               f"is moved to {docs / REPLACED}/ first)")
                continue
        result.write.append(path)
    for path in sorted(set(old) - set(hashes)):
        target = docs / path
        current = _current(target)
        if current is None:
            continue
        if current != old[path]:
            problems.warning(target, None, "no longer generated but edited by hand; kept")
            continue
        result.remove.append(path)
    return result


def write_docs(docs: Path, pages: dict[str, str | bytes], force: bool = False,
               lock_timeout: float = 600) -> WriteReport:
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
        raise WriteError([Problem(str(docs), None, f"cannot write: {exc.strerror or exc}; "
                                  "check the free space and permissions")]) from exc


def _write_locked(docs: Path, pages: dict[str, str | bytes], force: bool) -> WriteReport:
    # Pages are encoded one at a time (to hash, then to stage), never all at once: on a
    # big corpus the Markdown alone is hundreds of megabytes.
    hashes = {p: _sha(_bytes(d)) for p, d in pages.items()}
    todo = plan(docs, hashes, force)
    if todo.problems.errors:
        raise WriteError(todo.problems.items)
    manifest = json.dumps({"files": dict(sorted(hashes.items()))}, indent=1,
                          sort_keys=True) + "\n"
    current = docs / MANIFEST
    manifest_changed = not current.is_file() or current.read_text(encoding="utf-8") != manifest
    report = WriteReport(sorted(todo.write), sorted(set(hashes) - set(todo.write)),
                         sorted(todo.remove), sorted(todo.replace))
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
                current = _current(target)
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
        raise WriteError([Problem(str(docs), None, f"cannot clean: {exc.strerror or exc}")]
                         ) from exc
    return removed, problems.items


__all__ = ["MANIFEST", "WriteReport", "clean_docs", "plan", "read_manifest", "write_docs"]
