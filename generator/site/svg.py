"""Small pieces of SVG, written as text: escaped labels, fixed number formats, links to
docs/ pages. Pictures are made at build time, so they work offline and in print, and
the same input gives the same bytes (no randomness, numbers rounded the same way)."""

from __future__ import annotations

import html
import re

# One font size for labels; widths are estimated from it, since nothing measures text
# at build time (an average character is a little over half the font size wide).
FONT = 13
CHAR = FONT * 0.56
LABEL = 26  # characters; longer names are cut, the whole name is in the tooltip


def num(value: float) -> str:
    """A coordinate: one decimal, no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


# Characters XML 1.0 does not allow: a picture in a file of its own is parsed as XML,
# and one of them would make the whole file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def text(value: str) -> str:
    """Text content or an attribute value, escaped (corpus text is never markup)."""
    return html.escape(" ".join(_NOT_XML.sub("", value).split()), quote=True)


def short(name: str, limit: int = LABEL) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def width(label: str) -> float:
    return len(label) * CHAR


def docs_link(path: str, fragment: str = "") -> str:
    """An href to a docs/ page; the site's hooks turn it into the page's own URL."""
    return f"@docs/{path}" + (f"#{fragment}" if fragment else "")


# Colours as attributes too, for renderers without the site's stylesheet (the PDF); the
# site's CSS overrides them (and switches them in the dark scheme).
KIND_FILL = {
    "person": "#3f51b5",
    "country": "#2e7d32",
    "organization": "#c77700",
    "project": "#00838f",
    "event": "#c2185b",
    "place": "#6d4c41",
}
_NODE = re.compile(r'class="node kind-(\w+)"')


def _painted(markup: str) -> str:
    markup = _NODE.sub(
        lambda m: f'class="node kind-{m.group(1)}" fill="{KIND_FILL.get(m.group(1), "#777")}"',
        markup,
    )
    return markup.replace('class="edge"', 'class="edge" stroke="#9e9e9e"')


def picture(
    body: list[str], view: tuple[float, float], title: str, desc: str, ident: str, top: float = 0
) -> str:
    """The SVG element, in a block MkDocs leaves as it is; a title and a description for
    screen readers (the list printed under each picture says the same in words)."""
    w, h = view
    return (
        f'<div class="briefing-picture" markdown="0">'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {num(top)} {num(w)} {num(h)}" '
        f'width="{num(w)}" height="{num(h)}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-size="{FONT}">'
        f'<title id="{ident}-title">{text(title)}</title>'
        f'<desc id="{ident}-desc">{text(desc)}</desc>' + _painted("".join(body)) + "</svg></div>"
    )


# A picture in a file of its own is drawn as an image: the page's stylesheet does not
# reach into it, so it carries its own (light background, dark labels, in any scheme).
# No halo behind labels here (paint-order): renderers without it, like the PDF's, would
# paint the halo over the letters.
FILE_STYLE = (
    "<style>text{font-family:sans-serif;fill:#212121}.centre{font-weight:700}"
    ".node{stroke:#fff;stroke-width:1.5}</style>"
)


def picture_file(body: list[str], view: tuple[float, float], title: str, desc: str) -> str:
    """A standalone SVG file (for an <img>): same drawing, no links, its own style."""
    w, h = view
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(w)} {num(h)}" '
        f'width="{num(w)}" height="{num(h)}" font-size="{FONT}">'
        f"<title>{text(title)}</title><desc>{text(desc)}</desc>{FILE_STYLE}"
        f'<rect width="{num(w)}" height="{num(h)}" rx="6" fill="#fff"/>'
        + _painted("".join(body))
        + "</svg>\n"
    )


def lines(name: str, limit: int = LABEL) -> list[str]:
    """A name on one or two lines of at most `limit` characters (then cut)."""
    if len(name) <= limit:
        return [name]
    cut = name.rfind(" ", 0, limit + 1)
    if cut <= 0:
        return [short(name, limit)]
    return [name[:cut], short(name[cut + 1 :], limit)]


def label(name: str, x: float, y: float, anchor: str, css: str = "node-label") -> str:
    """A label at (x, y), on two lines when long (the second below the first)."""
    parts = lines(name)
    top = y - (len(parts) - 1) * FONT * 0.55
    spans = "".join(
        f'<tspan x="{num(x)}" dy="{num(0 if i == 0 else FONT * 1.1)}">{text(part)}</tspan>'
        for i, part in enumerate(parts)
    )
    return f'<text class="{css}" x="{num(x)}" y="{num(top)}" text-anchor="{anchor}">{spans}</text>'
