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
from typing import Literal

ParagraphKind = Literal["text", "heading", "caption", "bullet", "note"]

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS) + "|" + "|".join(
    m[:3].capitalize() + r"\." for m in _MONTHS)

_STAMP = re.compile(r"^(\d{4})[.\-/](\d{2})[.\-/](\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                    r"(?:\s*(?:GMT|UTC)[+-]?\d{0,2})?\s*$")
_UPDATED = re.compile(r"^(?:Updated|Last updated)[: ]\s*\S.*$", re.IGNORECASE)
_INLINE_DATE = re.compile(r"^\s*date:?\s+(\d{4})-(\d{2})-(\d{2})\s+", re.IGNORECASE)
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'\- ]{{1,40}}),\s+(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})"
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:/[A-Za-z ]+/|\([A-Za-z ]+\))?\s*(?:—|–|--|-)\s*")
_CAPTION = re.compile(r"(?:\s/\s?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?|\([A-Z][A-Za-z ]+/[^()]+\)"
                      r"|\((?:Photo|Photograph|Image)[:/][^()]+\))\s*$")
_BOILERPLATE = re.compile(
    r"^(?:Copyright\b|©|Cision View original content|View original content|SOURCE\s|"
    r"All rights reserved|Editor:|Source:\s*$)", re.IGNORECASE)
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

    @property
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("text", "bullet")]


def _date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    if not 1000 <= int(year) <= 2999:
        return None  # "0001.01.01" is a placeholder, not a date
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return _MONTHS[next(m for m in _MONTHS if m.startswith(name.rstrip(".").lower()))]


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
            blocks.append(" ".join(lines))
    return blocks


def _is_caption(block: str) -> bool:
    return bool(_CAPTION.search(block))


def _looks_like_title(block: str) -> bool:
    return len(block) <= 200 and not _SENTENCE_END.search(block) and not _is_caption(block)


def _kind(block: str) -> ParagraphKind:
    if _is_caption(block):
        return "caption"
    if block.startswith("(") and block.endswith(")"):
        return "note"
    if block.startswith(("*", "• ", "- ")):
        return "bullet"
    if len(block) <= 120 and not _SENTENCE_END.search(block) and not block.endswith((",", ";")):
        return "heading"
    return "text"


def parse_article(file: str, text: str) -> Article:
    """Split `text` into header fields and numbered paragraphs (no YAML applied yet)."""
    article = Article(file=file, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    blocks = _blocks(text)

    # Style 1: a timestamp line, then the title, then an optional "Updated ..." line.
    if blocks and (m := _STAMP.match(blocks[0])):
        article.date, article.date_origin = _date(*m.groups()), "header"
        blocks = blocks[1:]
        if blocks and _looks_like_title(blocks[0]):
            article.title, blocks = blocks[0], blocks[1:]
    # Style 2: an inline "date YYYY-MM-DD" before the first words.
    elif blocks and (m := _INLINE_DATE.match(blocks[0])):
        article.date, article.date_origin = _date(*m.groups()), "header"
        rest = blocks[0][m.end():].strip()
        blocks = ([rest] if rest else []) + blocks[1:]
        if blocks and _looks_like_title(blocks[0]):
            article.title, blocks = blocks[0], blocks[1:]
    # Style 3: a title line followed by a wire dateline.
    elif len(blocks) > 1 and _looks_like_title(blocks[0]) and _DATELINE.match(blocks[1]):
        article.title, blocks = blocks[0], blocks[1:]
    if blocks and _UPDATED.match(blocks[0]):
        article.updated, blocks = blocks[0], blocks[1:]

    for block in blocks[:3]:
        if m := _DATELINE.match(block):
            article.dateline = m.group(0).strip(" —–-")
            if article.date is None and m.group("year"):
                article.date = _date(m.group("year"), _month_number(m.group("month")),
                                     m.group("day"))
                article.date_origin = "dateline"
            break

    while blocks and _BOILERPLATE.match(blocks[-1]):
        article.removed_boilerplate.insert(0, blocks.pop())

    article.paragraphs = [Paragraph(i, _kind(b), b) for i, b in enumerate(blocks, start=1)]
    return article
