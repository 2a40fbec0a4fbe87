"""Reading the top of an article into its fields: date, dateline, author, publisher.

`header.py` recognises each kind of header line; this module applies them to an
`Article`, the first finding of each field winning.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.load.article_records import Article
from generator.load.blocks import SENTENCE_END
from generator.load.header import (
    OUTLET_WORDS,
    byline,
    dateline,
    find_date,
    is_date_line,
    outlet_in,
    published,
)

_ABOUT = re.compile(r"^About ((?:the )?[A-Z][\w&.,'’ -]{2,80}?)\s*$")


def set_date(article: Article, value: dt.date | None, origin: str) -> None:
    if value is not None and article.date is None:
        article.date, article.date_origin = value, origin


def drop_repeated_title(blocks: list[str], title: str | None) -> list[str]:
    """A title the file states in its metadata, repeated on top of the text (a PDF's title
    page splits it over several lines)."""
    if not title:
        return blocks
    want = re.sub(r"\W+", "", title).lower()
    for first in range(min(6, len(blocks))):
        joined = ""
        for last in range(first, min(first + 6, len(blocks))):
            joined += re.sub(r"\W+", "", blocks[last]).lower()
            if joined == want:
                return blocks[:first] + blocks[last + 1 :]
            if not want.startswith(joined):
                break
    return blocks


def read_header(article: Article, blocks: list[str]) -> list[str]:
    """Bylines, "Published:" lines, date lines and the dateline in the first blocks."""
    kept: list[str] = []
    for i, block in enumerate(blocks):
        if i >= 8 or (kept and SENTENCE_END.search(kept[-1]) and len(kept[-1]) > 200):
            kept.extend(blocks[i:])
            break
        if (day := published(block)) is not None:
            set_date(article, day, "header")
            continue
        if is_date_line(block) and len(block) < 60:
            set_date(article, find_date(block), "header")
            continue
        if (found := byline(block)) is not None:
            article.author = article.author or found[0]
            article.publisher = article.publisher or found[1]
            set_date(article, find_date(block), "header")
            kept.append(block)
            continue
        if article.dateline is None and (line := dateline(block, None)) is not None:
            article.dateline = line.text
            set_date(article, line.date, "dateline")
            if line.date is None and line.month_day is not None:
                article.month_day = line.month_day
            if line.agency and not line.agency.lower().startswith(("pr ", "prnewswire")):
                article.publisher = article.publisher or line.agency
            kept.append(block)
            continue
        if len(block) < 160 and not SENTENCE_END.search(block) and (day := find_date(block)):
            set_date(article, day, "header")
            article.publisher = article.publisher or outlet_in(block)
        elif (
            len(block) < 80
            and not SENTENCE_END.search(block)
            and i <= 3
            and OUTLET_WORDS.search(block.title())
            and article.publisher is None
            and len(block.split()) <= 8
            and block[:1].isupper()
        ):
            name = block.strip(" *_")
            article.publisher = name.title() if name.isupper() else name
        kept.append(block)
    return kept


def issuer(blocks: list[str]) -> str | None:
    """A press release's issuer: the first "About X" section."""
    for block in blocks:
        m = _ABOUT.match(block)
        if m:
            return m.group(1).strip()
    return None
