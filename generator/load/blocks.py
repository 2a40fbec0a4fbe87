"""Splitting an article's plain text into paragraph blocks, and telling what each block
is: body text, a heading, a caption, a bullet, a note, a headline or a letterhead."""

from __future__ import annotations

import re

from generator.load.article_records import ParagraphKind
from generator.load.contacts import LABEL as CONTACT_LABEL
from generator.load.header import byline, is_date_line

_CAPTION = re.compile(
    r"(?:\s/\s?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?|\([A-Z][A-Za-z ]+/[^()]+\)"
    r"|\((?:Photo|Photograph|Image)[:/][^()]+\)"
    # A credit closing the caption: "... in Kigali. Photo: Observer/Jean Bosco Nshuti".
    r"|(?<=[.!?] )(?:Photo|Photograph|Picture|Image)s?(?: by)?:\s[^.:;]{2,80})\s*$"
)
# A credit line: "-- Reporting by Ana Ruiz; Editing by Jo Lee", "Edited by Jo Lee",
# "Live coverage by Ana Ruiz and Jo Lee". Not a heading: a note that names people.
_CREDIT = re.compile(
    r"^\W*(?i:(?:additional\s+)?reporting|editing|edited|written|words|compiled|"
    r"produced|photos?|photographs?|(?:live\s+)?coverage|interview|translat(?:ed|ion)|"
    r"graphics?)\s+by\s+[A-Z]"
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def split_blocks(text: str) -> list[str]:
    """Paragraph blocks: blank-line separated, or one per line when lines are paragraphs."""
    blocks: list[str] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        # Hard-wrapped prose continues a sentence on the next line; a file with one
        # paragraph per line ends (nearly) every line with a full stop.
        ended = sum(1 for line in lines[:-1] if SENTENCE_END.search(line) or is_caption(line))
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


_CAPTION_LABEL = re.compile(
    r"^(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|CAPTION|Caption)"
    r"\s*[:：—–-]\s+\S"
)


def is_caption(block: str) -> bool:
    return bool(_CAPTION.search(block) or _CAPTION_LABEL.match(block))


def looks_like_title(block: str) -> bool:
    return len(block) <= 200 and not SENTENCE_END.search(block) and not is_caption(block)


def block_kind(block: str) -> ParagraphKind:
    if is_caption(block):
        return "caption"
    if (
        (block.startswith("(") and block.endswith(")"))
        or byline(block) is not None
        or _CREDIT.match(block)
        or CONTACT_LABEL.match(block)
    ):
        return "note"
    if block.startswith(("*", "• ", "- ")):
        return "bullet"
    if len(block) <= 120 and not SENTENCE_END.search(block) and not block.endswith((",", ";")):
        return "heading"
    if _QUESTION_HEADING.match(block) and (block.isupper() or _SECTION_NUMBER.match(block)):
        return "heading"  # "3. WHO SITS ON THE ADVISORY COUNCIL?": a section's question
    return "text"


_QUESTION_HEADING = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4})\.\s+)?[^.!?]{3,100}\?$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+\S")


def is_headline(block: str) -> bool:
    return (
        looks_like_title(block)
        and not is_date_line(block)
        and byline(block) is None
        and not block.startswith(("(", "*", "•", "- "))
        and len(block.split()) >= 3
        and not is_letterhead(block)
    )


def is_letterhead(block: str) -> bool:
    """ "OFFICE OF THE GOVERNMENT SPOKESPERSON": the issuer's name in capitals on top."""
    return block.isupper() and len(block) < 70 and not SENTENCE_END.search(block)
