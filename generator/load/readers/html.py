"""Saved web pages: the article's text and metadata through trafilatura.

trafilatura finds the main text of a page (dropping menus, cookie banners, "most read"
boxes and footers) and reads its metadata from the usual places (<title>, Open Graph
and article meta tags, JSON-LD, <time>, the canonical link). We add the page's
language from <html lang>.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from generator.load.readers.document import Document, NoText
from generator.load.readers.figures import with_captions

MIN_WORDS = 20
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_LANG = re.compile(
    rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.IGNORECASE
)


def read_html(data: bytes) -> Document:
    # trafilatura logs its own doubts at WARNING; our messages name the file instead.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    from trafilatura import bare_extraction

    try:
        found = bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as exc:  # a parser deep in lxml; any failure means "no article"
        raise NoText(f"the page could not be parsed ({type(exc).__name__})") from exc
    meta: dict[str, Any] = (
        {} if found is None else (found if isinstance(found, dict) else found.as_dict())
    )
    text = str(meta.get("text") or "")
    if len(text.split()) < MIN_WORDS:
        # What is left of a page of menus and scripts is a few link labels.
        raise NoText("no article text found in the page (only navigation or scripts?)")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = _clean(meta.get("title"))
    if lines and title and _same(lines[0], title):
        lines = lines[1:]  # the page's own headline, repeated as the first line
    if not lines:
        raise NoText("no article text found in the page (only a headline)")
    lines, captions = with_captions(data, lines)
    lang = _LANG.search(data[:4096])
    date = str(meta.get("date") or "")
    site = _site_name(_clean(meta.get("sitename")), title, data)
    url = str(meta.get("url") or "")
    return Document(
        text="\n\n".join(lines),
        format="html",
        title=title,
        date=date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None,
        # A host name ("minaffet.gov.rw") is what trafilatura falls back to; not a name.
        publisher=site if site and "." not in site else None,
        author=_author(meta.get("author")) or _byline(data),
        url=url if _http(url) else None,
        language=lang.group(1).decode().lower() if lang else None,
        captions=captions,
    )


def _site_name(site: str | None, title: str | None, data: bytes) -> str | None:
    """The site's name: trafilatura's, unless it is a host name; else the part of the
    page's <title> after the headline ("Headline | Ministry of ...")."""
    if site and "." not in site:
        half = site.split(" - ")
        return half[0] if len(half) == 2 and half[0] == half[1] else site
    found = _TITLE.search(data[:65536])
    if not found or not title:
        return None
    full = " ".join(found.group(1).decode("utf-8", "replace").split())
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, _, tail = full.rpartition(sep)
        if tail and _same(head, title) and len(tail.split()) <= 12:
            return tail
    return None


def _author(value: object) -> str | None:
    """trafilatura joins several authors with "; " and sometimes keeps bits of the byline."""
    text = _clean(value)
    if not text:
        return None
    names = [n.strip(" ·|") for n in re.split(r";|·|\|", text)]
    names = [n for n in names if n and not re.match(r"(?i)(last )?updated|published|posted", n)]
    return " and ".join(names) or None


# The page's byline element, where trafilatura found no author in the metadata:
# <p class="meta">By Ana Ruiz and Jo Lee &middot; <time ...>.
# Also after the date in the same element: <p class="live-meta">Updated <time>...</time>
# &middot; By A and B in Bridgetown</p>.
_BYLINE_ELEMENT = re.compile(
    rb"<(p|div|span|address)\b[^>]*\bclass=[\"'][^\"']*\b(?:byline|author|meta)\b[^>]*>"
    rb"(.{3,600}?)</\1>",
    re.DOTALL,
)
_BY = re.compile(r"(?:^|&middot;|·|\||&#183;|—|–)\s*[Bb]y\s+(.{3,300})")


def _byline(data: bytes) -> str | None:
    """The names after "By" in the page's byline element, up to the date, a separator or
    where they filed from ("in Bridgetown")."""
    for found in _BYLINE_ELEMENT.finditer(data[:200_000]):
        text = re.sub(r"<[^>]+>", " ", found.group(2).decode("utf-8", "replace"))
        by = _BY.search(" ".join(text.split()))
        if by is not None:
            break
    else:
        return None
    text = re.split(r"&middot;|·|\||&#183;|\d|\b(?:Published|Updated|Posted)\b", by.group(1))[0]
    text = re.sub(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$", "", text.strip())
    names = " ".join(text.replace("&amp;", "&").split()).strip(" ,")
    return (
        names if re.fullmatch(r"[A-Z][\w'’.-]*(?:,?\s+(?:and\s+)?[\w'’.-]+){1,11}", names) else None
    )


def _clean(value: object) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).lower() == re.sub(r"\W+", "", b).lower()


def _http(url: str) -> bool:
    return url.startswith(("http://", "https://"))
