"""The Jinja2 templates in templates/, with the site's filters, ready to render a page.

Markdown, not HTML: instead of HTML autoescaping, every value printed goes through
`markdown.escape` (the `finalize` hook) unless it is Markdown the generator built (`Md`);
text inside the pages' few raw HTML tags goes through the `html` filter.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.load.facts import Span
from generator.site.format import format_date
from generator.site.markdown import Md, escape, finalize

TEMPLATES = Path(__file__).parent / "templates"
# At the end of a heading or a paragraph: Material's search leaves that section or block
# out of the index. Entity pages quote what the source pages already hold; indexing it
# again would multiply the index by the number of entities a sentence names.
UNINDEXED = Md("<!-- {data-search-exclude} -->")


def _date(value: str | dt.date | Span | None, missing: str = "") -> Md:
    """The one date filter: `{{ info.date | date("undated") }}`, `{{ event.span | date }}`."""
    return escape(format_date(value) if value else missing)


def _yaml_list(values: list[str]) -> Md:
    """Strings for a page's front matter, as a JSON list (valid YAML, every character
    escaped), so that no name can end the front matter or add a setting. JSON writes a
    character beyond U+FFFF as two surrogate escapes, which YAML refuses: those become
    one \\U escape."""
    text = json.dumps([str(v) for v in values], ensure_ascii=True)
    return Md(_SURROGATES.sub(_astral, text))


_SURROGATES = re.compile(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})")


def _astral(m: re.Match[str]) -> str:
    high, low = int(m.group(1), 16), int(m.group(2), 16)
    return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08x}"


def _html(value: Any) -> Md:
    """Plain text inside the raw HTML of a page (a <summary>, a box's title)."""
    # On one line: a blank line would end the raw HTML block it is in.
    return Md(html.escape(" ".join(str(value).split()), quote=False))


def _markdown(value: str) -> Md:
    """What a macro put together from escaped pieces: print it as it is."""
    return Md(value)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        finalize=finalize,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes for Markdown instead.
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = _date
    env.filters["markdown"] = _markdown
    env.filters["html"] = _html
    env.filters["yaml_list"] = _yaml_list
    env.globals["unindexed"] = UNINDEXED
    return env


class Templates:
    def __init__(self, **shared: Any) -> None:
        self.env = environment()
        self.shared = shared  # what every template may use: kb, index, link ...

    def render(self, template: str, path: str, **context: Any) -> str:
        """Render one page; `path` is the page's docs/-relative path, for its links."""
        return self.env.get_template(template).render(path=path, **self.shared, **context)
