"""Article and YAML text shown literally in Markdown: the one place that escapes.

Templates print every value through `escape` (the Jinja finalize hook) unless it is
already an `Md`, the marker for Markdown this module produced. So `<script>`, `*x*`,
`[a](b)`, `|` or a leading `# ` in an article reach the page as the characters typed.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
from typing import Any


class Md(str):
    """Markdown produced by the generator: printed as is, never escaped again."""

    __slots__ = ()


_INLINE = re.compile(r"([\\`*_{}\[\]|>#~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(-(?=-*\s*-)|[-+](?=\s|$)|\d+[.)](?=\s|$))")
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")
_SPECIAL = re.compile(r"[\\`*_{}\[\]|>#&<~]")


def escape(value: Any, line_start: bool = True) -> Md:
    """Plain text -> Markdown that renders exactly that text.

    `line_start=False` is for a piece that continues a line, where a leading "-" or
    "1." cannot start a list.
    """
    if isinstance(value, Md):
        return value
    if value is None:
        return Md("")
    text = str(value)
    # Most article text needs no escaping at all; check once before four substitutions.
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if _SPECIAL.search(text):
        text = _ENTITY.sub("&amp;", text)
        text = text.replace("<", "&lt;")
        text = _INLINE.sub(r"\\\1", text)
    if line_start:
        text = _LINE_START.sub(_escape_line_start, text.lstrip())
    return Md(text)


def _escape_line_start(m: re.Match[str]) -> str:
    marker = m.group(2)
    if marker[0].isdigit():  # "1." -> "1\." : the escape goes on the punctuation
        return m.group(1) + marker[:-1] + "\\" + marker[-1]
    return m.group(1) + "\\" + marker


def finalize(value: Any) -> Any:
    """Jinja finalize hook: escape everything that is not already Markdown."""
    if isinstance(value, (Md, int, float)) and not isinstance(value, bool):
        return value
    return escape(value)


def relative(from_page: str, to_page: str) -> str:
    """Relative link between two docs/ paths, working in any Markdown viewer."""
    # Fast paths for the generator's own layout (pages at the top or one folder down),
    # since big pages make hundreds of thousands of links.
    depth = from_page.count("/")
    if depth == 0:
        return to_page
    if depth == 1:
        folder = from_page[: from_page.index("/") + 1]
        rest = to_page[len(folder) :]
        if to_page.startswith(folder) and "/" not in rest.partition("#")[0]:
            return rest
        return "../" + to_page
    path, _, anchor = to_page.partition("#")
    rel = _relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _relpath(path: str, start: str) -> str:
    # Pages link to a few thousand targets from a handful of folders: cache the math.
    return posixpath.relpath(path, start)


def link(text: Any, href: str) -> Md:
    return Md(f"[{escape(text)}]({href})")


def safe_url(url: str) -> str:
    """An external URL that cannot break out of Markdown link syntax."""
    return "".join(f"%{ord(c):02X}" if c in " ()<>[]\"'`\\|" or ord(c) < 32 else c for c in url)


# Look-alikes for what could end a link title or become markup in a tooltip: Material's
# tooltips copy a `title` into innerHTML, so angle brackets must not survive as such.
_TOOLTIP = str.maketrans({"<": "\u2039", ">": "\u203a", '"': "\u201d", "\\": "\u29f5"})


def _one_line(text: str) -> str:
    """Corpus text for an attribute: one line, no markup."""
    return " ".join(text.translate(_TOOLTIP).split())


def link_title(text: str) -> str:
    """Corpus text as a Markdown link title ("shown on hover"): one line, no markup, and
    an entity typed in the text shown as typed ("&lt;" stays those four characters)."""
    return _ENTITY.sub("&amp;", _one_line(text))


def image(alt: str, src: str, css: str) -> Md:
    """An image with corpus text as its alt text, and a class: raw HTML, since
    CommonMark has no syntax for the class."""
    return Md(
        f'<p><img alt="{html.escape(_one_line(alt))}" src="{html.escape(src)}" class="{css}"></p>'
    )


def titled_link(text: Any, href: str, title: str) -> Md:
    return Md(f'[{escape(text)}]({href} "{link_title(title)}")')
