"""PDF articles: pypdf's text, with lines joined back into paragraphs.

A PDF stores lines, not paragraphs. A paragraph ends where a line ends a sentence well
short of the page's usual line width, before a bullet or a numbered heading, or at a
short line without final punctuation (a heading). Lines repeated at the top or bottom
of most pages (running headers, footers, page numbers) are dropped.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from generator.load.readers.document import Document, NoText

_BULLET = re.compile(r"^(?:[•▪‣◦●\-–*]|\d{1,2}[.)])\s")
_END = re.compile(r"[.!?:;\"”’)]$")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")


# How many lines at the top and foot of a page may be its running header or footer (a
# reference, the publisher, the title with its page number: three lines is common).
EDGE = 3


def _normal(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def read_pdf(data: bytes) -> Document:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise NoText("the PDF is encrypted; save an unprotected copy")
        pages = [(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except NoText:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise NoText(f"the PDF could not be read ({type(exc).__name__}: {exc})") from exc
    if not "".join(pages).strip():
        raise NoText("the PDF has no text layer (a scan?); run OCR on it or save the text")
    lines = _drop_running_lines([[ln.strip() for ln in p.split("\n") if ln.strip()] for p in pages])
    title = str(info.title).strip() if info is not None and info.title else None
    return Document(
        "\n\n".join(_paragraphs(lines)),
        "pdf",
        title=title or None,
        author=str(info.author).strip() if info is not None and info.author else None,
    )


def _drop_running_lines(pages: list[list[str]]) -> list[str]:
    """Every page's lines in order, without headers, footers and page numbers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_normal(ln) for ln in lines[:EDGE] + lines[-EDGE:]})
    running = {n for n, c in edges.items() if len(pages) >= 2 and c >= max(2, len(pages) * 0.6)}
    out = []
    for lines in pages:
        for i, line in enumerate(lines):
            edge = i < EDGE or i >= len(lines) - EDGE
            if edge and (_normal(line) in running or _PAGE_NUMBER.match(line)):
                continue
            out.append(line)
    return out


def _paragraphs(lines: list[str]) -> list[str]:
    width = sorted(len(ln) for ln in lines)[int(len(lines) * 0.9)] if lines else 0
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(_join(current))
            current.clear()

    for line in lines:
        caps = line.isupper() and len(line) < 80  # a heading in capitals: on its own
        if (_BULLET.match(line) or caps) and current:
            close()
        current.append(line)
        if caps:
            close()
            continue
        short = len(line) < width * 0.8
        if (_END.search(line) and short) or (
            short and not _END.search(line) and len(current) == 1 and len(line) < 90
        ):
            close()
    close()
    return paragraphs


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("-") and not text.endswith(" -") and line[:1].islower():
            text = text[:-1] + line  # a word hyphenated at the line end
        else:
            text += " " + line
    # Justified lines come out with runs of spaces between words: one space, as a
    # reader sees it (and as names are written).
    return re.sub(r"[ \t\u00a0]{2,}", " ", text)
