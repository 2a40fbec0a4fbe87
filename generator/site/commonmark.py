"""The generator's own pages as HTML, fast: CommonMark (pulldown-cmark, in Rust, through
pyromark), then what the site's Python-Markdown extensions would have added.

The pages are CommonMark with GitHub's tables and a little raw HTML (folded lists as
<details>, boxes as <div>), so that they read the same in any Markdown viewer. Two
comments carry what CommonMark has no syntax for, and show nowhere:

- `<!-- {#p7} -->` at the end of a paragraph, heading or list item gives it an id,
  classes (`.name`) or a bare attribute (`data-search-exclude`);
- `<!-- toc -->` on a line of its own stands for the page's table of contents.

Headings get ids (the `toc` extension's slugs, so anchors do not move) and a permalink;
the table of contents is returned in MkDocs' token form. Links are left as written:
the MkDocs hook turns them into the site's URLs. Converting the generator's pages takes
a fifteenth of the time Python-Markdown took (`make bench-stages`), which was most of
what a large briefing cost to build.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

import pyromark
from markdown.extensions.toc import slugify, unique

# Raw HTML is the generator's own (corpus text reaches the page escaped), and passes as
# it is; only tables among the extensions: no autolinks or strikethrough, which
# Python-Markdown never made either.
_OPTIONS = pyromark.Options.ENABLE_TABLES
_MARKER = re.compile(r"\s*<!-- \{([^}<>]*)\} -->(</(p|h[1-6]|li)>)")
_HEADING = re.compile(r"<h([1-6])((?: [^>]*)?)>(.*?)</h\1>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]*)"')
# An id of an element (inside its tag; the text between tags may quote one).
_TAG_ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]*)"')
_TAGS = re.compile(r"<[^>]*>")
_TOC = re.compile(r"^<!-- toc -->$", re.MULTILINE)
# A table's cells, which pulldown-cmark writes one after another: a line break after
# each, as Python-Markdown writes, or Material's search reads "Chinacountry".
_CELL_END = re.compile(r"(</t[hd]>)(?=<)")
TOC_DEPTH = (2, 3)


@dataclass
class Converted:
    html: str
    toc: list[dict[str, Any]] = field(default_factory=list)  # MkDocs' toc tokens
    title: str | None = None  # the first h1's text, as HTML
    ids: set[str] = field(default_factory=set)  # every id on the page


def convert(markdown: str, toc_depth: tuple[int, int] = TOC_DEPTH) -> Converted:
    """The page's HTML, table of contents, title and ids."""
    body = pyromark.html(markdown, options=_OPTIONS)
    if "<table>" in body:
        body = _CELL_END.sub("\\1\n", body)
    body = _attributes(body)
    ids = set(_TAG_ID.findall(body))
    headings: list[dict[str, Any]] = []
    title: list[str] = []

    def heading(m: re.Match[str]) -> str:
        level, attrs, inner = int(m.group(1)), m.group(2), m.group(3)
        name = _TAGS.sub("", inner).strip()
        given = _ID.search(attrs)
        if given:
            anchor = html.unescape(given.group(1))
        else:
            anchor = unique(slugify(html.unescape(name), "-"), ids)
            attrs = f'{attrs} id="{html.escape(anchor)}"'
        ids.add(anchor)
        if level == 1 and not title:
            title.append(name)  # as HTML, as MkDocs' own title is
        if toc_depth[0] <= level <= toc_depth[1]:
            headings.append({"level": level, "id": anchor, "name": name, "children": []})
        link = (
            f'<a class="headerlink" href="#{html.escape(anchor)}" title="Permanent link">&para;</a>'
        )
        return f"<h{level}{attrs}>{inner}{link}</h{level}>"

    body = _HEADING.sub(heading, body)
    toc = _nest(headings)
    if "<!-- toc -->" in body:
        body = _TOC.sub(lambda _: _toc_html(toc), body)
    return Converted(body, toc, title[0] if title else None, ids)


def _attributes(body: str) -> str:
    """Move each attribute marker onto the element it ends."""
    out: list[str] = []
    done = 0
    for m in _MARKER.finditer(body):
        tag = m.group(3)
        opening = max(
            body.rfind(f"<{tag}>", done, m.start()), body.rfind(f"<{tag} ", done, m.start())
        )
        if opening < 0:
            continue  # not inside its element: left as the comment it is
        end = body.index(">", opening)
        out.append(body[done:end])
        out.append(_attribute_text(m.group(1)))
        out.append(body[end : m.start()])
        out.append(m.group(2))
        done = m.end()
    out.append(body[done:])
    return "".join(out)


def _attribute_text(spec: str) -> str:
    """`#p7 .lead data-search-exclude` as HTML attributes."""
    ids, classes, bare = [], [], []
    for part in spec.split():
        if part.startswith("#"):
            ids.append(part[1:])
        elif part.startswith("."):
            classes.append(part[1:])
        else:
            bare.append(part)
    attrs = [f'id="{html.escape(ids[-1])}"'] if ids else []
    attrs += [f'class="{html.escape(" ".join(classes))}"'] if classes else []
    attrs += [html.escape(b) for b in bare]
    return "".join(f" {a}" for a in attrs)


def _nest(flat: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Headings as a tree: each under the last one of a higher level."""
    roots: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    for item in flat:
        while stack and stack[-1]["level"] >= item["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(item)
        stack.append(item)
    return roots


def _toc_html(toc: list[dict[str, Any]]) -> str:
    """The table of contents as Python-Markdown's `toc` extension writes it."""

    def items(level: list[dict[str, Any]]) -> str:
        rows = []
        for item in level:
            inner = f"\n{items(item['children'])}" if item["children"] else ""
            rows.append(f'<li><a href="#{html.escape(item["id"])}">{item["name"]}</a>{inner}</li>')
        return "<ul>\n" + "\n".join(rows) + "\n</ul>"

    return f'<div class="toc">\n{items(toc)}\n</div>' if toc else ""
