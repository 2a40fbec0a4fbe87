"""Read one article: header (title, date, dateline), paragraphs, captions, boilerplate.

The seed corpus shows four header styles, and real corpora add more; each rule here
is general (a timestamp line, an inline `date` marker, a wire dateline, no header at
all) and the curated YAML wins wherever it says otherwise.

The records are in `article_records.py`, splitting and classifying blocks in
`blocks.py`, reading the header lines in `article_header.py`; `Article`, `Paragraph`
and `ParagraphKind` are importable from here too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING

from generator.load.article_header import drop_repeated_title, issuer, read_header, set_date
from generator.load.article_records import Article, Paragraph, ParagraphKind
from generator.load.blocks import (
    SENTENCE_END,
    block_kind,
    is_headline,
    is_letterhead,
    looks_like_title,
    split_blocks,
)
from generator.load.boilerplate import strip_chrome
from generator.load.header import find_date, is_date_line, make_date
from generator.load.mail_header import sender, sent, subject, take_mail_header

if TYPE_CHECKING:
    from generator.load.readers import Document

_STAMP = re.compile(
    r"^(\d{4})[.\-/](\d{2})[.\-/](\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:GMT|UTC)[+-]?\d{0,2})?\s*$"
)
_UPDATED = re.compile(r"^(?:Updated|Last updated)[: ]\s*\S.*$", re.IGNORECASE)
_INLINE_DATE = re.compile(r"^\s*date:?\s+(\d{4})-(\d{2})-(\d{2})\s+", re.IGNORECASE)
_BOILERPLATE = re.compile(
    # "(C) 2026 Coral FM ...", a name after the year; not "(c) 2030 targets shall ..."
    r"^(?:Copyright\b|©|\([Cc]\)\s*(?:19|20)\d\d\s+(?-i:[A-Z])|Cision View original content|"
    r"View original content|SOURCE\s|"
    r"All rights reserved|Editor:|Source:\s*$)",
    re.IGNORECASE,
)
_RELEASE = re.compile(r"^for immediate release$", re.IGNORECASE)


_KIND_LABEL = re.compile(
    r"^[*_]*(?:(?:official|unofficial|full|verbatim|edited)\s+)?(?:transcript|press release|"
    r"news release|media release|media advisory|statement|readout|communiqu[eé]|interview|"
    r"analysis|opinion|commentary|editorial|explainer|briefing)[*_:.]*$",
    re.IGNORECASE,
)


def _labelled_headline(block: str) -> bool:
    """The line under a kind label is the headline, a long one too ("Joint press
    conference by ..., at the close of ..."), unless it reads as a sentence."""
    return (is_headline(block) or len(block) <= 320) and not SENTENCE_END.search(block)


def parse_article(file: str, text: str, doc: Document | None = None) -> Article:
    """Split `text` into header fields and numbered paragraphs (no YAML applied yet).
    `doc` is what the file's format said about it (a web page's metadata, say)."""
    article = Article(file=file, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    mail, text = take_mail_header(text)
    blocks, chrome = strip_chrome(split_blocks(text))
    article.removed_boilerplate.extend(chrome)
    if doc is not None:
        article.format, article.title = doc.format, doc.title
        article.publisher, article.author = doc.publisher, doc.author
        article.url, article.language = doc.url, doc.language
        if doc.date:
            article.date, article.date_origin = dt.date.fromisoformat(doc.date), "metadata"
        blocks = drop_repeated_title(blocks, doc.title)
    if mail is not None:
        article.title = article.title or subject(mail)
        article.publisher = article.publisher or sender(mail)
        set_date(article, sent(mail), "header")
    banner: dt.date | None = None
    if blocks and is_date_line(blocks[0]) and not _STAMP.match(blocks[0]):
        # A date above the headline is the day the page was saved, not published.
        banner, blocks = find_date(blocks[0]), blocks[1:]

    # Style 1: a timestamp line, then the title, then an optional "Updated ..." line.
    if blocks and (m := _STAMP.match(blocks[0])):
        set_date(article, make_date(*m.groups()), "header")
        blocks = blocks[1:]
        if blocks and looks_like_title(blocks[0]) and article.title is None:
            article.title, blocks = blocks[0], blocks[1:]
    # Style 2: an inline "date YYYY-MM-DD" before the first words.
    elif blocks and (m := _INLINE_DATE.match(blocks[0])):
        set_date(article, make_date(*m.groups()), "header")
        rest = blocks[0][m.end() :].strip()
        blocks = ([rest] if rest else []) + blocks[1:]
        if blocks and looks_like_title(blocks[0]) and article.title is None:
            article.title, blocks = blocks[0], blocks[1:]
    else:
        letterhead = []
        while len(blocks) > 1 and is_letterhead(blocks[0]) and len(blocks[0].split()) > 1:
            letterhead.append(
                blocks[0]
                .title()
                .replace(" Of ", " of ")
                .replace(" The ", " the ")
                .replace(" And ", " and ")
            )
            blocks = blocks[1:]
        if letterhead and article.publisher is None:
            article.publisher = ", ".join(letterhead)
        # A label of the document's kind above the headline ("Transcript", "Press
        # release"): the headline is the line after it.
        if len(blocks) > 2 and _KIND_LABEL.match(blocks[0]) and _labelled_headline(blocks[1]):
            article.removed_boilerplate.append(blocks[0])
            blocks = blocks[1:]
            if article.title is None:
                article.title, blocks = blocks[0], blocks[1:]
        # A headline line on top, before anything that reads as body text.
        if article.title is None and len(blocks) > 1 and is_headline(blocks[0]):
            article.title, blocks = blocks[0], blocks[1:]
    if blocks and _UPDATED.match(blocks[0]):
        article.updated, blocks = blocks[0], blocks[1:]

    blocks = read_header(article, blocks)
    if doc is not None and doc.author and not any(doc.author.split()[-1] in b for b in blocks[:8]):
        # The page's byline, which the article extractor leaves out of the text.
        credit = f"By {doc.author}" + (f", {doc.publisher}" if doc.publisher else "")
        blocks = [credit, *blocks]
    if article.date is None and banner is not None:
        set_date(article, banner, "banner")

    while blocks and _BOILERPLATE.match(blocks[-1]):
        article.removed_boilerplate.insert(0, blocks.pop())
    if article.publisher is None and any(_RELEASE.match(b) for b in chrome):
        article.publisher = issuer(blocks)

    captions = doc.captions if doc is not None else frozenset()
    article.paragraphs = [
        Paragraph(i, "caption" if b in captions else block_kind(b), b)
        for i, b in enumerate(blocks, start=1)
    ]
    return article


__all__ = ["Article", "Paragraph", "ParagraphKind", "parse_article"]
