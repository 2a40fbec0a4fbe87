"""An on-disk cache so that an unchanged article is neither read nor analysed again.

Two layers, both plain JSON under the cache folder (default .build/cache):
- articles.json maps each article file to its size, mtime, inode and ctime, and its
  parsed form (header, paragraphs, decoding warnings): an article whose stat did not
  change is not even opened. The ctime matters: `cp -p`, `rsync -t` or `touch -r` can
  give new text the old size and mtime, but any write moves the ctime;
- analysis/<key>.json holds one article's mentions, statements, dates and citations,
  keyed by the article's content hash, its effective date and a fingerprint of
  everything else the analysis depends on (entities, outcomes, the generator's code).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from generator.cache.codec import (
    DECODE_ERRORS,
    analysis_from_json,
    analysis_to_json,
    article_from_json,
    article_to_json,
    code_fingerprint,
)
from generator.extract.analysis import ArticleAnalysis
from generator.extract.detect import Sighting, sighting_from_json, sighting_to_json
from generator.load.articles import Article

VERSION = 4


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


# Analyses not used by a build for this long are deleted: caches of corpora tried once
# would otherwise grow without end.
PRUNE_AFTER_DAYS = 14


class Cache:
    """Best effort: a cache that cannot be read is a miss, one that cannot be written is
    a warning (`write_error`), never a failed build."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._articles: dict[str, Any] = {}
        self._dirty = False
        self._used: set[str] = set()
        self.write_error: str | None = None
        self.articles_read = 0  # articles not found here, so read from their files
        if folder is not None:
            try:
                data = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
                # Parsed with other rules, an article must be parsed again.
                same = data.get("version") == VERSION and data.get("code") == code_fingerprint()
                files = data.get("files") if same else None
                self._articles = files if isinstance(files, dict) else {}
            except (OSError, ValueError, AttributeError):
                self._articles = {}

    def _write(self, path: Path, text: str) -> None:
        try:
            _atomic_write(path, text)
        except OSError as exc:
            self.write_error = self.write_error or f"{path}: {exc.strerror or exc}"

    # -- parsed articles, keyed by path and file stat ---------------------------------
    @staticmethod
    def _stat_key(path: Path) -> list[int]:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]

    def article(self, path: Path) -> tuple[Article, list[str]] | None:
        found = self._article(path)
        self.articles_read += found is None
        return found

    def _article(self, path: Path) -> tuple[Article, list[str]] | None:
        entry = self._articles.get(str(path.absolute()))
        if self.folder is None or entry is None:
            return None
        try:
            if entry["stat"] != self._stat_key(path):
                return None
            return article_from_json(entry["article"])
        except DECODE_ERRORS:
            return None

    def store_article(self, path: Path, article: Article, warnings: list[str]) -> None:
        if self.folder is None:
            return
        try:
            stat_key = self._stat_key(path)
        except OSError:
            return
        self._articles[str(path.absolute())] = {
            "stat": stat_key,
            "article": article_to_json(article, warnings),
        }
        self._dirty = True

    def save(self) -> None:
        if self.folder is None:
            return
        gone = [name for name in self._articles if not os.path.exists(name)]
        for name in gone:
            del self._articles[name]
        if self._dirty or gone:
            self._write(
                self.folder / "articles.json",
                json.dumps(
                    {"version": VERSION, "code": code_fingerprint(), "files": self._articles},
                    sort_keys=True,
                ),
            )
        self._prune()

    def _prune(self) -> None:
        """Keep what this build used (marked fresh) and what another corpus used lately."""
        assert self.folder is not None
        folder = self.folder / "analysis"
        cutoff = time.time() - PRUNE_AFTER_DAYS * 86400
        try:
            for sub in folder.iterdir():
                for path in sub.iterdir():
                    if path.stem in self._used:
                        os.utime(path)
                    elif path.stat().st_mtime < cutoff:
                        path.unlink()
        except OSError:
            return

    # -- analysis results, keyed by content ------------------------------------------
    def _analysis_path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "analysis" / key[:2] / f"{key}.json"

    def analysis(self, key: str) -> ArticleAnalysis | None:
        """A stored analysis, or None when there is none or it is not what we wrote (an
        older format, a truncated or edited file): a miss, never a crash."""
        if self.folder is None:
            return None
        try:
            found = analysis_from_json(orjson.loads(self._analysis_path(key).read_bytes()))
        except DECODE_ERRORS:
            return None
        self._used.add(key)
        return found

    def sightings(self, key: str) -> list[Sighting] | None:
        """An article's names and their evidence, keyed by its text and the code."""
        if self.folder is None:
            return None
        try:
            data = orjson.loads(self._analysis_path(key).read_bytes())
            found = [sighting_from_json(s) for s in data]
        except DECODE_ERRORS:
            return None
        self._used.add(key)
        return found

    def store_sightings(self, key: str, sightings: list[Sighting]) -> None:
        if self.folder is not None:
            self._used.add(key)
            self._write(
                self._analysis_path(key),
                orjson.dumps([sighting_to_json(s) for s in sightings]).decode(),
            )

    def store_analysis(self, key: str, analysis: ArticleAnalysis) -> None:
        if self.folder is not None:
            self._used.add(key)
            self._write(self._analysis_path(key), orjson.dumps(analysis_to_json(analysis)).decode())
