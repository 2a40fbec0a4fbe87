"""An on-disk cache so that an unchanged article is neither read nor analysed again.

Two layers, both plain JSON under the cache folder (default .build/cache):
- articles.json maps each article file to its size, mtime and parsed form (header,
  paragraphs, decoding warnings): an article whose size and mtime did not change is
  not even opened;
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
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from generator.articles import Article, Paragraph
from generator.model import Citation, DatedItem, Mention, Statement

VERSION = 2


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
        removed_boilerplate=list(data["removed_boilerplate"]))
    return article, list(data["warnings"])


class Cache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._articles: dict[str, Any] = {}
        self._dirty = False
        if folder is not None:
            try:
                data = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
                if data.get("version") == VERSION:
                    self._articles = data.get("files", {})
            except (OSError, ValueError, AttributeError):
                self._articles = {}

    # -- parsed articles, keyed by path and file stat ---------------------------------
    @staticmethod
    def _stat_key(path: Path) -> list[int]:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns]

    def article(self, path: Path) -> tuple[Article, list[str]] | None:
        entry = self._articles.get(str(path.resolve()))
        if self.folder is None or entry is None:
            return None
        try:
            if entry["stat"] != self._stat_key(path):
                return None
            return article_from_json(entry["article"])
        except (OSError, KeyError, TypeError, ValueError):
            return None

    def store_article(self, path: Path, article: Article, warnings: list[str]) -> None:
        if self.folder is None:
            return
        self._articles[str(path.resolve())] = {"stat": self._stat_key(path),
                                               "article": article_to_json(article, warnings)}
        self._dirty = True

    def save(self) -> None:
        if self.folder is None or not self._dirty:
            return
        _atomic_write(self.folder / "articles.json",
                      json.dumps({"version": VERSION, "files": self._articles}, sort_keys=True))

    # -- analysis results, keyed by content ------------------------------------------
    def _analysis_path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "analysis" / key[:2] / f"{key}.json"

    def analysis(self, key: str) -> dict[str, Any] | None:
        if self.folder is None:
            return None
        try:
            data: dict[str, Any] = orjson.loads(self._analysis_path(key).read_bytes())
            return data
        except (OSError, ValueError):
            return None

    def store_analysis(self, key: str, data: dict[str, Any]) -> None:
        if self.folder is not None:
            _atomic_write(self._analysis_path(key), orjson.dumps(data).decode())


def analysis_to_json(mentions: list[Mention], statements: list[Statement],
                     dated: list[DatedItem], cited: list[tuple[str, Citation]],
                     sentences: list[tuple[Citation, list[str]]]) -> dict[str, Any]:
    return {
        "mentions": [list(m) for m in mentions],
        "statements": [list(s) for s in statements],
        "dated": [[*d[:-1], list(d.entities)] for d in dated],
        "cited": [[oid, list(c)] for oid, c in cited],
        "sentences": [[*c, stems] for c, stems in sentences],
    }


def analysis_from_json(data: dict[str, Any]) -> tuple[list[Mention], list[Statement],
                                                      list[DatedItem],
                                                      list[tuple[str, Citation]],
                                                      list[tuple[Citation, frozenset[str]]]]:
    return ([Mention._make(m) for m in data["mentions"]],
            [Statement._make(s) for s in data["statements"]],
            [DatedItem(d[0], d[1], d[2], d[3], d[4], d[5], tuple(d[6])) for d in data["dated"]],
            [(oid, Citation(*c)) for oid, c in data["cited"]],
            [(Citation(*c[:4]), frozenset(c[4])) for c in data["sentences"]])
