"""What the cache stores, as JSON: parsed articles and articles' analyses.

Only the cache encodes and decodes: within a build, analyses travel as typed records.
A stored file that does not decode (an older format, a truncated or edited file) raises
one of DECODE_ERRORS, which the cache treats as a miss.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

from generator.extract.analysis import ArticleAnalysis
from generator.extract.records import Citation, DatedItem, EventLink, Mention, Statement
from generator.load.articles import Article, Paragraph

DECODE_ERRORS = (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError)


@functools.cache
def code_fingerprint() -> str:
    """Hash of the generator's own code and word lists (`vocabulary.yml`): new rules, new
    reading and analysis (once per process)."""
    digest = hashlib.sha256()
    root = Path(__file__).parent.parent
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yml", ".yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def article_to_json(article: Article, warnings: list[str]) -> dict[str, Any]:
    data = asdict(article)
    data["date"] = article.date.isoformat() if article.date else None
    data["warnings"] = warnings
    return data


def article_from_json(data: dict[str, Any]) -> tuple[Article, list[str]]:
    article = Article(
        file=data["file"],
        sha256=data["sha256"],
        title=data["title"],
        date=dt.date.fromisoformat(data["date"]) if data["date"] else None,
        date_origin=data["date_origin"],
        updated=data["updated"],
        dateline=data["dateline"],
        paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        removed_boilerplate=list(data["removed_boilerplate"]),
        format=data["format"],
        publisher=data["publisher"],
        author=data["author"],
        url=data["url"],
        language=data["language"],
        month_day=tuple(data["month_day"]) if data["month_day"] else None,
    )
    return article, list(data["warnings"])


def analysis_to_json(analysis: ArticleAnalysis) -> dict[str, Any]:
    return {
        "events": [list(link) for link in analysis.event_links],
        "mentions": [list(m) for m in analysis.mentions],
        "statements": [list(s) for s in analysis.statements],
        "dated": [[*d[:-1], list(d.entities)] for d in analysis.dated],
        "cited": [[oid, list(c)] for oid, c in analysis.cited],
        "sentences": [[*c, sorted(stems)] for c, stems in analysis.sentences],
    }


def analysis_from_json(data: dict[str, Any]) -> ArticleAnalysis:
    return ArticleAnalysis(
        [Mention._make(m) for m in data["mentions"]],
        [Statement._make(s) for s in data["statements"]],
        [DatedItem(d[0], d[1], d[2], d[3], d[4], d[5], tuple(d[6])) for d in data["dated"]],
        [(oid, Citation(*c)) for oid, c in data["cited"]],
        [(Citation(*c[:4]), frozenset(c[4])) for c in data["sentences"]],
        [EventLink._make(link) for link in data["events"]],
    )
