"""Readers: one per file format, each turning a file's bytes into plain text plus what
the file says about itself (title, date, publisher, url, language).

Plain text and Markdown are text already; a saved web page goes through trafilatura,
which keeps the article and drops navigation, cookie banners and footers; a PDF through
pypdf, with its lines joined back into paragraphs. Everything after this step (headers,
datelines, boilerplate lines, paragraphs) is the same for every format.
"""

from __future__ import annotations

from generator.load.decode import NotText, decode_article
from generator.load.readers.document import Document, NoText

FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
FORMAT_LABELS = {"txt": "Plain text", "md": "Markdown", "html": "Saved web page", "pdf": "PDF"}


def read_document(data: bytes, fmt: str) -> Document:
    """Raise NotText (not a text file), NoText (no article in it) or return the text."""
    if fmt == "html":
        from generator.load.readers.html import read_html

        return read_html(data)
    if fmt == "pdf":
        from generator.load.readers.pdf import read_pdf

        return read_pdf(data)
    decoded = decode_article(data)
    warnings = [decoded.warning] if decoded.warning else []
    if fmt == "md":
        from generator.load.readers.markdown import read_markdown

        doc = read_markdown(decoded.text)
        doc.warnings = warnings
        return doc
    return Document(decoded.text, "txt", warnings=warnings)


__all__ = ["FORMATS", "FORMAT_LABELS", "Document", "NoText", "NotText", "read_document"]
