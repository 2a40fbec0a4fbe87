"""Read one article: header (title, date, dateline), paragraphs, captions, boilerplate.

The seed corpus shows four header styles, and real corpora add more; each rule here
is general (a timestamp line, an inline `date` marker, a wire dateline, no header at
all) and the curated YAML wins wherever it says otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from generator.load.boilerplate import strip_chrome
from generator.load.header import (
    OUTLET_WORDS,
    byline,
    dateline,
    find_date,
    is_date_line,
    make_date,
    outlet_in,
    published,
)

if TYPE_CHECKING:
    from generator.load.readers import Document

ParagraphKind = Literal["text", "heading", "caption", "bullet", "note"]

_STAMP = re.compile(r"^(\d{4})[.\-/](\d{2})[.\-/](\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                    r"(?:\s*(?:GMT|UTC)[+-]?\d{0,2})?\s*$")
_UPDATED = re.compile(r"^(?:Updated|Last updated)[: ]\s*\S.*$", re.IGNORECASE)
_INLINE_DATE = re.compile(r"^\s*date:?\s+(\d{4})-(\d{2})-(\d{2})\s+", re.IGNORECASE)
_CAPTION = re.compile(r"(?:\s/\s?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?|\([A-Z][A-Za-z ]+/[^()]+\)"
                      r"|\((?:Photo|Photograph|Image)[:/][^()]+\))\s*$")
_BOILERPLATE = re.compile(
    r"^(?:Copyright\b|©|Cision View original content|View original content|SOURCE\s|"
    r"All rights reserved|Editor:|Source:\s*$)", re.IGNORECASE)
_RELEASE = re.compile(r"^for immediate release$", re.IGNORECASE)
_ABOUT = re.compile(r"^About ((?:the )?[A-Z][\w&.,'’ -]{2,80}?)\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class Paragraph:
    number: int
    kind: ParagraphKind
    text: str

    @property
    def anchor(self) -> str:
        return f"p{self.number}"


@dataclass
class Article:
    file: str
    sha256: str
    title: str | None = None
    date: dt.date | None = None
    date_origin: str = "none"
    updated: str | None = None
    dateline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed_boilerplate: list[str] = field(default_factory=list)
    format: str = "txt"
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    month_day: tuple[int, int] | None = None  # a dateline's day, its year left out

    @property
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("text", "bullet")]


def _blocks(text: str) -> list[str]:
    """Paragraph blocks: blank-line separated, or one per line when lines are paragraphs."""
    blocks: list[str] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        # Hard-wrapped prose continues a sentence on the next line; a file with one
        # paragraph per line ends (nearly) every line with a full stop.
        ended = sum(1 for line in lines[:-1] if _SENTENCE_END.search(line) or _is_caption(line))
        if len(lines) > 1 and ended >= max(1, (len(lines) - 1) * 0.6):
            blocks.extend(lines)
        else:
            blocks.extend(_unwrap(lines))
    return blocks


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines, but not across a short line that ends nothing: a label or
    heading on its own line ("By Jo Smith", "About Acme Corp") above the next one."""
    widest = max(len(line) for line in lines)
    if widest < 60:
        # A stack of short lines is a header or an address, one item a line, unless a
        # line goes on in lower case ("This sentence is wrapped / over two lines.").
        out = [lines[0]]
        for line in lines[1:]:
            if line[:1].islower():
                out[-1] += " " + line
            else:
                out.append(line)
        return out
    out = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if len(line) < min(60, widest * 0.6) and not line.endswith((",", "-", "–", ";")):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


_CAPTION_LABEL = re.compile(r"^(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|CAPTION|Caption)"
                            r"\s*[:：—–-]\s+\S")


def _is_caption(block: str) -> bool:
    return bool(_CAPTION.search(block) or _CAPTION_LABEL.match(block))


def _looks_like_title(block: str) -> bool:
    return len(block) <= 200 and not _SENTENCE_END.search(block) and not _is_caption(block)


def _kind(block: str) -> ParagraphKind:
    if _is_caption(block):
        return "caption"
    if (block.startswith("(") and block.endswith(")")) or byline(block) is not None:
        return "note"
    if block.startswith(("*", "• ", "- ")):
        return "bullet"
    if len(block) <= 120 and not _SENTENCE_END.search(block) and not block.endswith((",", ";")):
        return "heading"
    return "text"


def parse_article(file: str, text: str, doc: Document | None = None) -> Article:
    """Split `text` into header fields and numbered paragraphs (no YAML applied yet).
    `doc` is what the file's format said about it (a web page's metadata, say)."""
    article = Article(file=file, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    blocks, chrome = strip_chrome(_blocks(text))
    article.removed_boilerplate.extend(chrome)
    if doc is not None:
        article.format, article.title = doc.format, doc.title
        article.publisher, article.author = doc.publisher, doc.author
        article.url, article.language = doc.url, doc.language
        if doc.date:
            article.date, article.date_origin = dt.date.fromisoformat(doc.date), "metadata"
        blocks = _drop_repeated_title(blocks, doc.title)
    banner: dt.date | None = None
    if blocks and is_date_line(blocks[0]) and not _STAMP.match(blocks[0]):
        # A date above the headline is the day the page was saved, not published.
        banner, blocks = find_date(blocks[0]), blocks[1:]

    # Style 1: a timestamp line, then the title, then an optional "Updated ..." line.
    if blocks and (m := _STAMP.match(blocks[0])):
        _set_date(article, make_date(*m.groups()), "header")
        blocks = blocks[1:]
        if blocks and _looks_like_title(blocks[0]) and article.title is None:
            article.title, blocks = blocks[0], blocks[1:]
    # Style 2: an inline "date YYYY-MM-DD" before the first words.
    elif blocks and (m := _INLINE_DATE.match(blocks[0])):
        _set_date(article, make_date(*m.groups()), "header")
        rest = blocks[0][m.end():].strip()
        blocks = ([rest] if rest else []) + blocks[1:]
        if blocks and _looks_like_title(blocks[0]) and article.title is None:
            article.title, blocks = blocks[0], blocks[1:]
    else:
        letterhead = []
        while len(blocks) > 1 and _is_letterhead(blocks[0]) and len(blocks[0].split()) > 1:
            letterhead.append(blocks[0].title().replace(" Of ", " of ").replace(" The ", " the ")
                              .replace(" And ", " and "))
            blocks = blocks[1:]
        if letterhead and article.publisher is None:
            article.publisher = ", ".join(letterhead)
        # A headline line on top, before anything that reads as body text.
        if article.title is None and len(blocks) > 1 and _is_headline(blocks[0]):
            article.title, blocks = blocks[0], blocks[1:]
    if blocks and _UPDATED.match(blocks[0]):
        article.updated, blocks = blocks[0], blocks[1:]

    blocks = _read_header(article, blocks)
    if doc is not None and doc.author and not any(doc.author.split()[-1] in b
                                                  for b in blocks[:8]):
        # The page's byline, which the article extractor leaves out of the text.
        credit = f"By {doc.author}" + (f", {doc.publisher}" if doc.publisher else "")
        blocks = [credit, *blocks]
    if article.date is None and banner is not None:
        _set_date(article, banner, "banner")

    while blocks and _BOILERPLATE.match(blocks[-1]):
        article.removed_boilerplate.insert(0, blocks.pop())
    if article.publisher is None and any(_RELEASE.match(b) for b in chrome):
        article.publisher = _issuer(blocks)

    article.paragraphs = [Paragraph(i, _kind(b), b) for i, b in enumerate(blocks, start=1)]
    return article


def _set_date(article: Article, value: dt.date | None, origin: str) -> None:
    if value is not None and article.date is None:
        article.date, article.date_origin = value, origin


def _is_headline(block: str) -> bool:
    return _looks_like_title(block) and not is_date_line(block) and byline(block) is None \
        and not block.startswith(("(", "*", "•", "- ")) and len(block.split()) >= 3 \
        and not _is_letterhead(block)


def _is_letterhead(block: str) -> bool:
    """"OFFICE OF THE GOVERNMENT SPOKESPERSON": the issuer's name in capitals on top."""
    return block.isupper() and len(block) < 70 and not _SENTENCE_END.search(block)


def _drop_repeated_title(blocks: list[str], title: str | None) -> list[str]:
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
                return blocks[:first] + blocks[last + 1:]
            if not want.startswith(joined):
                break
    return blocks


def _read_header(article: Article, blocks: list[str]) -> list[str]:
    """Bylines, "Published:" lines, date lines and the dateline in the first blocks."""
    kept: list[str] = []
    for i, block in enumerate(blocks):
        if i >= 8 or (kept and _SENTENCE_END.search(kept[-1]) and len(kept[-1]) > 200):
            kept.extend(blocks[i:])
            break
        if (day := published(block)) is not None:
            _set_date(article, day, "header")
            continue
        if is_date_line(block) and len(block) < 60:
            _set_date(article, find_date(block), "header")
            continue
        if (found := byline(block)) is not None:
            article.author = article.author or found[0]
            article.publisher = article.publisher or found[1]
            _set_date(article, find_date(block), "header")
            kept.append(block)
            continue
        if article.dateline is None and (line := dateline(block, None)) is not None:
            article.dateline = line.text
            _set_date(article, line.date, "dateline")
            if line.date is None and line.month_day is not None:
                article.month_day = line.month_day
            if line.agency and not line.agency.lower().startswith(("pr ", "prnewswire")):
                article.publisher = article.publisher or line.agency
            kept.append(block)
            continue
        if len(block) < 160 and not _SENTENCE_END.search(block) and (day := find_date(block)):
            _set_date(article, day, "header")
            article.publisher = article.publisher or outlet_in(block)
        elif len(block) < 80 and not _SENTENCE_END.search(block) and i <= 3 and \
                OUTLET_WORDS.search(block.title()) and article.publisher is None and \
                len(block.split()) <= 8 and block[:1].isupper():
            name = block.strip(" *_")
            article.publisher = name.title() if name.isupper() else name
        kept.append(block)
    return kept


def _issuer(blocks: list[str]) -> str | None:
    """A press release's issuer: the first "About X" section."""
    for block in blocks:
        m = _ABOUT.match(block)
        if m:
            return m.group(1).strip()
    return None
