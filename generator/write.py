"""The only module that touches docs/: writes what the generator owns, nothing else.

- A manifest (docs/.generator-manifest.json) records each file written and its hash.
- A file in docs/ that is not in the manifest is hand-written: never overwritten.
- A generated file whose hash changed since was edited by hand: reported, kept.
- Files are staged next to docs/ and moved in only after every check passed; if
  moving them in fails or is interrupted, the old files are put back, so docs/ is
  either the previous version or the new one.
- A file whose content did not change is not touched (its mtime stays).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import Problem, Problems, WriteError

MANIFEST = ".generator-manifest.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _check_path(path: str, problems: Problems) -> bool:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\\" in path or path != str(pure) \
            or not pure.parts or path == MANIFEST:
        problems.error(path, None, "refusing to write outside docs/ or over the manifest")
        return False
    return True


def read_manifest(docs: Path) -> dict[str, str]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def plan(docs: Path, hashes: dict[str, str], force: bool = False
         ) -> tuple[list[str], list[str], Problems]:
    """What to write and what to remove (given each page's hash), or the problems that
    forbid writing."""
    problems = Problems()
    old = read_manifest(docs)
    seen_lower: dict[str, str] = {}
    to_write: list[str] = []
    for path, digest in sorted(hashes.items()):
        if not _check_path(path, problems):
            continue
        other = seen_lower.setdefault(path.lower(), path)
        if other != path:
            problems.error(path, None, f"collides with '{other}' on case-insensitive disks; "
                           "rename one of the ids")
            continue
        target = docs / path
        if target.exists():
            current = _sha(target.read_bytes()) if target.is_file() else None
            if path not in old:
                problems.error(target, None, "exists but was not written by the generator; "
                               "it is kept. Move or rename it, or change the id that maps here")
                continue
            if current != old[path] and not force:
                problems.error(target, None, "was edited by hand since the last run; your edit "
                               "is kept. Move it elsewhere or rerun with --force to replace it")
                continue
            if current == digest:
                continue
        to_write.append(path)
    remove: list[str] = []
    for path in sorted(set(old) - set(hashes)):
        target = docs / path
        if not target.is_file():
            continue
        if _sha(target.read_bytes()) != old[path] and not force:
            problems.warning(target, None, "no longer generated but edited by hand; kept")
            continue
        remove.append(path)
    return to_write, remove, problems


def write_docs(docs: Path, pages: dict[str, str | bytes], force: bool = False) -> WriteReport:
    # Pages are encoded one at a time (to hash, then to stage), never all at once: on a
    # big corpus the Markdown alone is hundreds of megabytes.
    hashes = {p: _sha(_bytes(d)) for p, d in pages.items()}
    to_write, remove, problems = plan(docs, hashes, force)
    if problems.errors:
        raise WriteError(problems.items)
    report = WriteReport(sorted(to_write), sorted(set(hashes) - set(to_write)), remove)
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".docs-staging-", dir=docs.parent))
    try:
        for path in to_write:
            staged = staging / "new" / path
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(_bytes(pages[path]))
        manifest = {"files": dict(sorted(hashes.items()))}
        text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
        current = docs / MANIFEST
        manifest_changed = not current.is_file() or current.read_text(encoding="utf-8") != text
        (staging / MANIFEST).write_text(text, encoding="utf-8")
        if _is_empty(docs):
            # Nothing to keep or put back: the staged tree simply becomes docs/.
            (staging / "new").mkdir(exist_ok=True)
            os.replace(staging / MANIFEST, staging / "new" / MANIFEST)
            docs.rmdir()
            os.replace(staging / "new", docs)
        else:
            _commit(docs, staging, to_write, remove, manifest_changed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _is_empty(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def _commit(docs: Path, staging: Path, to_write: list[str], remove: list[str],
            manifest_changed: bool) -> None:
    """Move the staged files in; on any failure or interrupt, put every old file back."""
    backup = staging / "old"
    removing = set(remove)
    done: list[tuple[str, bool]] = []  # (path, had an old version)
    try:
        for path in [*to_write, *remove, *([MANIFEST] if manifest_changed else [])]:
            target = docs / path
            had_old = target.exists()
            if had_old:
                (backup / path).parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, backup / path)
            done.append((path, had_old))
            if path == MANIFEST:
                os.replace(staging / MANIFEST, target)
            elif path not in removing:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / "new" / path, target)
    except BaseException:
        for path, had_old in reversed(done):
            target = docs / path
            if target.exists() and path not in removing:
                target.unlink()
            if had_old:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(backup / path, target)
        raise
    for path in remove:
        _prune_empty(docs, (docs / path).parent)


def _prune_empty(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def clean_docs(docs: Path) -> tuple[list[str], list[Problem]]:
    """Remove generated files that are unchanged since written; keep everything else."""
    problems = Problems()
    removed: list[str] = []
    old = read_manifest(docs)
    for path, digest in sorted(old.items()):
        target = docs / path
        if not target.is_file():
            continue
        if _sha(target.read_bytes()) != digest:
            problems.warning(target, None, "edited by hand since generated; kept")
            continue
        target.unlink()
        removed.append(path)
        _prune_empty(docs, target.parent)
    if not problems.items:
        (docs / MANIFEST).unlink(missing_ok=True)
    return removed, problems.items
