"""What a build may do in docs/: the manifest of generated files, which paths are safe,
and the plan of pages to write, adopt, move aside (force) or remove.

Nothing here writes; `docs.py` carries the plan out.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import Problems
from generator.write.reserved import MANIFEST, RESERVED

REPLACED = ".generator-replaced"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_path(docs: Path, path: str) -> bool:
    """Is `path` a plain relative path that stays inside docs/, links included?"""
    pure = PurePosixPath(path)
    if (
        pure.is_absolute()
        or ".." in pure.parts
        or "\\" in path
        or path != str(pure)
        or not pure.parts
        or pure.parts[0] in RESERVED
        or "\0" in path
    ):
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


def current_hash(target: Path) -> str | None:
    """Hash of the file at `target`; None if it is missing; "" if it is not a file."""
    if not target.exists() and not target.is_symlink():
        return None
    if target.is_symlink() or not target.is_file():
        return ""
    return sha(target.read_bytes())


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
            problems.error(
                path, None, "refusing to write outside docs/ or over the generator's own files"
            )
            continue
        other = seen_lower.setdefault(path.lower(), path)
        if other != path:
            problems.error(
                path,
                None,
                f"collides with '{other}' on case-insensitive disks; rename one of the ids",
            )
            continue
        target = docs / path
        current = current_hash(target)
        if current == digest:
            continue  # already there: unchanged, or adopted if the manifest lost it
        if current is not None and (path not in old or current != old[path]):
            if force:
                result.replace.append(path)
            elif path not in old:
                problems.error(
                    target,
                    None,
                    "exists but was not written by the generator; "
                    "it is kept. Move or rename it, or change the id that maps "
                    "here. If an earlier build wrote it (the manifest was "
                    "deleted), rerun with --force: it is moved to "
                    f"{docs / REPLACED}/ first",
                )
                continue
            else:
                problems.error(
                    target,
                    None,
                    "was edited by hand since the last run; your "
                    "edit is kept. Move it elsewhere or rerun with --force (it "
                    f"is moved to {docs / REPLACED}/ first)",
                )
                continue
        result.write.append(path)
    for path in sorted(set(old) - set(hashes)):
        target = docs / path
        current = current_hash(target)
        if current is None:
            continue
        if current != old[path]:
            problems.warning(target, None, "no longer generated but edited by hand; kept")
            continue
        result.remove.append(path)
    return result
