"""The PDF's single HTML document: a cover, a table of contents whose page numbers the
renderer fills in, then the briefing and its sections, each a chapter."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from generator.pdf.digest import trim_index, trim_timeline
from generator.pdf.html import key, to_html
from generator.pdf.pages import Plan
from generator.site.emitters.assets import STATIC

PRINT_CSS = Path(__file__).with_name("print.css")
_TITLE = re.compile(r"^# (.+)$", re.MULTILINE)


def _title(docs: Path, page: str) -> str:
    """A page's title as the generator wrote it (its first heading, Markdown-escaped)."""
    found = _TITLE.search((docs / page).read_text(encoding="utf-8"))
    text = found.group(1) if found else page
    return html.escape(re.sub(r"\\(.)", r"\1", text))


def _date(value: object) -> str:
    if not isinstance(value, str) or not value:
        return ""
    day = dt.date.fromisoformat(value)
    return f"{day:%B} {day.day}, {day.year}"


def cover(plan: Plan) -> str:
    meta = plan.meta
    first, last = _date(meta.get("first_date")), _date(meta.get("build_date"))
    period = f"{first} – {last}" if first and first != last else last
    count = meta.get("sources", 0)
    digest = (
        "<p class='digest'>This PDF holds the briefing and its key entities; the site has "
        "every page and every source.</p>"
        if plan.digest
        else ""
    )
    return (
        f"<section class='cover'><h1 class='cover-title'>"
        f"{html.escape(str(meta.get('site_name') or 'Briefing'))}</h1>"
        + (f"<p class='period'>{period}</p>" if period else "")
        + (f"<p class='as-of'>As of {last}, from {count} sources</p>" if last else "")
        + digest
        + "</section>"
    )


def contents(docs: Path, plan: Plan) -> str:
    """The table of contents: sections and their pages, page numbers by the renderer."""
    lines = [f"<li class='part'><a href='#{key(plan.home)}'>Briefing</a></li>"]
    for part in plan.parts:
        lines.append(f"<li class='part'><a href='#{key(part.index)}'>{part.title}</a></li>")
        lines += [
            f"<li><a href='#{key(page)}'>{_title(docs, page)}</a></li>" for page in part.pages
        ]
    return (
        "<nav class='contents'><h1 class='toc-title'>Contents</h1><ul>"
        + "".join(lines)
        + "</ul></nav>"
    )


def document(docs: Path, plan: Plan) -> str:
    chapters = [_chapter(docs, plan.home, "Briefing", plan, [])]
    chapters += [_chapter(docs, p.index, p.title, plan, p.pages) for p in plan.parts]
    styles = (STATIC / "briefing.css").read_text(encoding="utf-8") + PRINT_CSS.read_text(
        encoding="utf-8"
    )
    created = plan.meta.get("build_date") or "2000-01-01"
    name = html.escape(str(plan.meta.get("site_name") or "Briefing"))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{name}</title><meta name='dcterms.created' content='{created}'>"
        f"<meta name='dcterms.modified' content='{created}'><style>{styles}</style></head>"
        f"<body class='md-typeset'>{cover(plan)}{contents(docs, plan)}{''.join(chapters)}"
        "</body></html>"
    )


def _without_sources(path: Path) -> str:
    """A page without its list of sources: the PDF's Sources chapter lists them all,
    under the same numbers."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n## Sources\n", 1)[0]


def _chapter(docs: Path, index: str, title: str, plan: Plan, pages: list[str]) -> str:
    """A section: its own page first (its heading is the chapter's), then its pages."""
    included = plan.included
    text = (docs / index).read_text(encoding="utf-8")
    # The digest keeps the home page and the list of sources whole: its S3 markers need it.
    if plan.digest and index == "timeline.md":
        text = trim_timeline(text)
    elif plan.digest and index not in (plan.home, "sources/index.md"):
        text = trim_index(index, text, included)
    head = to_html(index, text, included, docs=docs)
    body = "".join(
        to_html(p, _without_sources(docs / p), included, shift=1, docs=docs) for p in pages
    )
    return f"<div class='chapter' data-title='{html.escape(title)}'>{head}{body}</div>"
