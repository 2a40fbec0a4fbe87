"""One docs/ page as a piece of the PDF's single HTML document.

The page's Markdown is converted as the site converts it (the generator's pages by the
CommonMark converter, a hand-written one by Python-Markdown with the site's extensions);
then every id gets the page's prefix (each source page has its own "p7"), every link to
a page of the PDF becomes a link inside the document, links to pages left out lose their
target, and the page's headings move down a level under its section's heading.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import markdown

from generator.site.commonmark import convert
from generator.site.generated import is_generated, unmarked

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "pymdownx.details", "toc"]
_ID = re.compile(r'\b(id|for)="([^"]+)"')
_LABELLED = re.compile(r'aria-labelledby="([^"]+)"')
_HREF = re.compile(r'href="([^"]*)"')
_SRC = re.compile(r'<img ([^>]*?)src="([^":]+)"')
_HEADING = re.compile(r"<(/?)h([1-5])\b")
_TOC = re.compile(r"^(?:\[TOC\]|<!-- toc -->)\s*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)  # MkDocs' page settings


def key(page: str) -> str:
    """A page's id in the document: "people/xi-jinping.md" -> "people--xi-jinping"."""
    return page.removesuffix(".md").replace("/", "--")


def to_html(
    page: str, text: str, included: set[str], shift: int = 0, docs: Path | None = None
) -> str:
    """The page as HTML for the document; `shift` moves its headings down."""
    text = _TOC.sub("", _FRONT_MATTER.sub("", text))
    if is_generated(text):
        body = convert(unmarked(text)).html
    else:  # a hand-written page, in the site's Python-Markdown
        body = markdown.markdown(text, extensions=EXTENSIONS)
    prefix = key(page)
    body = _ID.sub(lambda m: f'{m.group(1)}="{prefix}--{m.group(2)}"', body)
    body = _LABELLED.sub(
        lambda m: (
            'aria-labelledby="' + " ".join(f"{prefix}--{i}" for i in m.group(1).split()) + '"'
        ),
        body,
    )
    body = _HREF.sub(lambda m: _link(page, m.group(1), included), body)
    if docs is not None:  # pictures: files of docs/, found from the page's folder
        body = _SRC.sub(
            lambda m: (
                f'<img {m.group(1)}src="'
                + (docs / posixpath.dirname(page) / m.group(2)).resolve().as_uri()
                + '"'
            ),
            body,
        )
    if shift:
        body = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + shift, 6)}", body)
    return f'<section class="page" id="{prefix}">{body}</section>'


def _link(page: str, href: str, included: set[str]) -> str:
    if href.startswith(("http://", "https://", "mailto:")):
        return f'href="{href}"'
    path, _, fragment = href.partition("#")
    if not path:
        target = page
    elif path.startswith("@docs/"):
        target = path.removeprefix("@docs/")
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if target not in included:
        return 'class="elsewhere"'  # a page the PDF leaves out: the text stays, unlinked
    return f'href="#{key(target)}' + (f"--{fragment}" if fragment else "") + '"'
