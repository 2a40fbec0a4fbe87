"""The staging area inside docs/ where a build puts its new files before the commit.

It is on the same file system as docs/, so moving each staged file in is an atomic
rename (see `journal.py` for the commit that does it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.write.reserved import JOURNAL, MANIFEST, STAGING


def exists(path: Path) -> bool:
    """Is there anything at `path`, a dangling link included?"""
    return path.exists() or path.is_symlink()


class Staging:
    """docs/.generator-staging: the new files, the new manifest, the old files moved out."""

    def __init__(self, docs: Path) -> None:
        self.root = docs / STAGING
        self.docs = docs

    def __enter__(self) -> Staging:
        if exists(self.root):
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
        if not exists(self.docs / JOURNAL):
            shutil.rmtree(self.root, ignore_errors=True)

    def add(self, path: str, data: bytes) -> None:
        staged = self.root / "new" / path
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(data)

    def set_manifest(self, text: str) -> None:
        (self.root / "manifest.json").write_text(text, encoding="utf-8")
