"""Zip a built site into a bundle that is byte-identical for the same site.

Entries are sorted and carry a fixed timestamp and mode, so rebuilding the same
briefing gives the same zip (easy to verify and to cache).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def write_zip(folder: Path, target: Path) -> int:
    """Zip `folder` (as a top-level folder of that name) into `target`; return the count."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)
    return len(files)
