"""Which files of a corpus folder are articles, and the page name each one gets."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from generator.errors import Problems
from generator.load.files import Entry, Unreadable, check_entry
from generator.load.readers import FORMATS
from generator.load.slugs import slug_for, unsafe_id_reason

METADATA_SUFFIXES = {".yml", ".yaml"}


def article_files(folder: Path, problems: Problems) -> list[Entry]:
    """The corpus's articles: regular files with an article's suffix, inside the folder."""
    root = folder.resolve()
    files = []
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if path.name.startswith("."):
            if suffix in FORMATS:
                problems.note(
                    path,
                    None,
                    "skipped: hidden file (its name starts with a dot); rename it to include it",
                )
            continue
        try:
            entry = check_entry(path, root)
        except Unreadable as exc:
            problems.add(path, None, str(exc), "error" if exc.severity == "error" else "warning")
            continue
        if entry is None:
            if suffix in FORMATS:
                problems.note(path, None, "is a folder, not an article; skipped")
            continue
        if path.stem.lower() == "readme":
            problems.note(
                path, None, "skipped: a README describes the folder; it is not an article"
            )
        elif suffix in FORMATS:
            files.append(entry)
        elif suffix not in METADATA_SUFFIXES:
            problems.note(
                path,
                None,
                "skipped: not an article format (articles are "
                ".txt, .md, .html, .htm or .pdf files)",
            )
    return files


_PLAIN_STEM = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def source_slug(name: str) -> str:
    """The page name of an article file, from its name alone.

    A plain lowercase name is kept as is; any other name is made readable and given a
    short hash of the whole name. So adding or removing a file never renames another
    file's page, and `CON.txt` or `index.txt` cannot take a reserved name.
    """
    stem = Path(name).stem
    if _PLAIN_STEM.match(stem) and unsafe_id_reason(stem.replace("_", "-")) is None:
        return stem
    digest = hashlib.blake2b(name.encode("utf-8", "surrogateescape"), digest_size=3).hexdigest()
    return f"{slug_for(stem)[:72]}-{digest}"


def source_slugs(files: list[Path], problems: Problems) -> dict[str, str]:
    slugs: dict[str, str] = {}
    owner: dict[str, str] = {}
    for path in files:
        slug = source_slug(path.name)
        if slug in owner:
            problems.error(
                path,
                None,
                f"would have the same page as {owner[slug]} "
                f"(sources/{slug}); rename one of the two files",
            )
            continue
        owner[slug] = path.name
        slugs[path.name] = slug
    return slugs
