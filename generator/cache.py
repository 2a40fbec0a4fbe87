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

import datetime as dt
import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from generator.extract.records import Citation, DatedItem, EventLink, Mention, Statement
from generator.load.articles import Article, Paragraph

VERSION = 4


def code_fingerprint() -> str:
    """Hash of the generator's own Python files: new code, new analysis."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def article_to_json(article: Article, warnings: list[str]) -> dict[str, Any]:
    data = asdict(article)
    data["date"] = article.date.isoformat() if article.date else None
    data["warnings"] = warnings
    return data


def article_from_json(data: dict[str, Any]) -> tuple[Article, list[str]]:
    article = Article(
        file=data["file"], sha256=data["sha256"], title=data["title"],
        date=dt.date.fromisoformat(data["date"]) if data["date"] else None,
        date_origin=data["date_origin"], updated=data["updated"], dateline=data["dateline"],
        paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        removed_boilerplate=list(data["removed_boilerplate"]), format=data["format"],
        publisher=data["publisher"], author=data["author"], url=data["url"],
        language=data["language"],
        month_day=tuple(data["month_day"]) if data["month_day"] else None)
    return article, list(data["warnings"])


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
        if folder is not None:
            try:
                data = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
                files = data.get("files") if data.get("version") == VERSION else None
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
        entry = self._articles.get(str(path.absolute()))
        if self.folder is None or entry is None:
            return None
        try:
            if entry["stat"] != self._stat_key(path):
                return None
            return article_from_json(entry["article"])
        except (OSError, KeyError, TypeError, ValueError, AttributeError):
            return None

    def store_article(self, path: Path, article: Article, warnings: list[str]) -> None:
        if self.folder is None:
            return
        try:
            stat_key = self._stat_key(path)
        except OSError:
            return
        self._articles[str(path.absolute())] = {"stat": stat_key,
                                                "article": article_to_json(article, warnings)}
        self._dirty = True

    def save(self) -> None:
        if self.folder is None:
            return
        gone = [name for name in self._articles if not os.path.exists(name)]
        for name in gone:
            del self._articles[name]
        if self._dirty or gone:
            self._write(self.folder / "articles.json",
                        json.dumps({"version": VERSION, "files": self._articles},
                                   sort_keys=True))
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

    def analysis(self, key: str) -> Analysis | None:
        """A stored analysis, or None when there is none or it is not what we wrote (an
        older format, a truncated or edited file): a miss, never a crash."""
        if self.folder is None:
            return None
        try:
            found = analysis_from_json(orjson.loads(self._analysis_path(key).read_bytes()))
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None
        self._used.add(key)
        return found

    def sightings(self, key: str) -> list[dict[str, Any]] | None:
        """An article's names and their evidence, keyed by its text and the code."""
        if self.folder is None:
            return None
        try:
            data = orjson.loads(self._analysis_path(key).read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            return None
        self._used.add(key)
        return data

    def store_sightings(self, key: str, data: list[dict[str, Any]]) -> None:
        if self.folder is not None:
            self._used.add(key)
            self._write(self._analysis_path(key), orjson.dumps(data).decode())

    def store_analysis(self, key: str, data: dict[str, Any]) -> None:
        if self.folder is not None:
            self._used.add(key)
            self._write(self._analysis_path(key), orjson.dumps(data).decode())


def analysis_to_json(mentions: list[Mention], statements: list[Statement],
                     dated: list[DatedItem], cited: list[tuple[str, Citation]],
                     sentences: list[tuple[Citation, list[str]]],
                     links: list[EventLink]) -> dict[str, Any]:
    return {
        "events": [list(link) for link in links],
        "mentions": [list(m) for m in mentions],
        "statements": [list(s) for s in statements],
        "dated": [[*d[:-1], list(d.entities)] for d in dated],
        "cited": [[oid, list(c)] for oid, c in cited],
        "sentences": [[*c, stems] for c, stems in sentences],
    }


Analysis = tuple[list[Mention], list[Statement], list[DatedItem], list[tuple[str, Citation]],
                 list[tuple[Citation, frozenset[str]]], list[EventLink]]


def analysis_from_json(data: dict[str, Any]) -> Analysis:
    return ([Mention._make(m) for m in data["mentions"]],
            [Statement._make(s) for s in data["statements"]],
            [DatedItem(d[0], d[1], d[2], d[3], d[4], d[5], tuple(d[6])) for d in data["dated"]],
            [(oid, Citation(*c)) for oid, c in data["cited"]],
            [(Citation(*c[:4]), frozenset(c[4])) for c in data["sentences"]],
            [EventLink._make(link) for link in data["events"]])
