"""How MkDocs renders the generator's own pages: with the CommonMark converter instead of
Python-Markdown (`commonmark`), their links turned into the site's URLs here.

MkDocs renders a page by calling its `render` method; for a page that carries the
generator's mark, the hook gives the page this one instead. It sets what MkDocs' own
would: the HTML, the table of contents, the title (the first h1), the ids other pages
may link to. A link to a docs/ file becomes its URL from this page, in whichever URL
style the build uses (directory URLs online, .html files offline); a link to a file
that does not exist is a warning, which `--strict` makes an error, as MkDocs does.
"""

from __future__ import annotations

import itertools
import logging
import posixpath
import re
import types
from typing import Any, cast

from mkdocs.structure.toc import get_toc

from generator.site.commonmark import TOC_DEPTH, convert
from generator.site.generated import unmarked

log = logging.getLogger("mkdocs.plugins.briefing")

# A relative link or image of the page, inside its tag (the text between tags is corpus
# text, which may quote an href): no scheme, no leading "/", not only an anchor.
_LINK = re.compile(
    r'(<(?:a|img)\s(?:[^>]*?\s)?)(href|src)="(?![a-z][a-z0-9+.-]*:|/|#|@)([^"#?]+)([#?][^"]*)?"'
)
# A link to an anchor of the page itself.
_SELF = re.compile(r'<a\s(?:[^>]*?\s)?href="#([^"]+)"')


def use_fast_render(page: Any, config: Any) -> None:
    """Render this page (the generator's) with the CommonMark converter."""
    depth = _toc_depth(config)
    page.render = types.MethodType(lambda self, cfg, files: _render(self, files, depth), page)
    page.briefing_generated = True


# What Material's search leaves out: a heading's section that carries the attribute (up
# to the next heading), or a paragraph that does.
_HEADING_OPEN = re.compile(r"<h[1-6]\b[^>]*>")
_UNINDEXED_P = re.compile(r"<p\b[^>]*\bdata-search-exclude\b[^>]*>.*?</p>", re.DOTALL)


def for_search(body: str) -> str:
    """The page's HTML without what the search index leaves out anyway, for Material's
    search plugin to parse: the same index from a fraction of the text (entity pages
    quote what the source pages hold, in sections left out of the index)."""
    if "data-search-exclude" not in body:
        return body
    starts = [m.start() for m in _HEADING_OPEN.finditer(body)] + [len(body)]
    kept = [body[: starts[0]]]
    for lo, hi in itertools.pairwise(starts):
        opening = _HEADING_OPEN.match(body, lo)
        if opening is None or "data-search-exclude" not in opening.group(0):
            kept.append(body[lo:hi])
    return _UNINDEXED_P.sub("", "".join(kept))


def _render(page: Any, files: Any, toc_depth: tuple[int, int]) -> None:
    converted = convert(unmarked(page.markdown), toc_depth)
    page.content = _links(converted.html, page, files)
    page.toc = get_toc(cast(Any, converted.toc))
    page._title_from_render = converted.title
    page.present_anchor_ids = converted.ids


def _links(body: str, page: Any, files: Any) -> str:
    """The page's links as the site's URLs, and the anchors they point at recorded for
    MkDocs' anchor check (`validation: anchors` in mkdocs.yml), as its own render does."""
    here = posixpath.dirname(page.file.src_uri)
    targets = _targets(files)
    # Where the page is, as URL parts: "people/xi/" -> ["people", "xi"]; the home page's
    # URL is "./".
    base = _parts(page.file.url)[:-1]
    anchors: dict[Any, dict[str, str]] = {}

    def url(m: re.Match[str]) -> str:
        link, tail = m.group(3), m.group(4) or ""
        path = posixpath.normpath(posixpath.join(here, link))
        if path not in targets:
            targets[path] = files.get_file_from_path(path)
        target = targets[path]
        if target is None:
            log.warning(
                f"Doc file '{page.file.src_uri}' contains a link '{link}', but the "
                "target is not found among documentation files."
            )
            return m.group(0)
        if tail.startswith("#") and len(tail) > 1:
            anchors.setdefault(target, {}).setdefault(tail[1:], link + tail)
        return f'{m.group(1)}{m.group(2)}="{_relative(base, target.url)}{tail}"'

    body = _LINK.sub(url, body)
    for anchor in _SELF.findall(body):
        anchors.setdefault(page.file, {}).setdefault(anchor, f"#{anchor}")
    page.links_to_anchors = anchors
    return body


def _parts(url: str) -> list[str]:
    return url.removeprefix("./").split("/")


def _relative(base: list[str], target: str) -> str:
    """The URL `target` (from the site's root) as seen from the folder `base`."""
    parts = _parts(target)
    common = 0
    while common < len(base) and common < len(parts) - 1 and base[common] == parts[common]:
        common += 1
    rel = "/".join([".."] * (len(base) - common) + parts[common:])
    return rel or "./"


def _targets(files: Any) -> dict[str, Any]:
    """docs/ path -> its File (or None), kept on this build's Files: `mkdocs serve`
    builds again in the same process with new ones."""
    cache: dict[str, Any] | None = getattr(files, "briefing_targets", None)
    if cache is None:
        cache = {}
        files.briefing_targets = cache
    return cache


def _toc_depth(config: Any) -> tuple[int, int]:
    """The `toc` extension's toc_depth from mkdocs.yml ("2-3", or a number)."""
    setting = ((config.get("mdx_configs") or {}).get("toc") or {}).get("toc_depth")
    if isinstance(setting, str) and setting.isdigit():
        setting = int(setting)
    if isinstance(setting, int):
        return 1, setting
    if isinstance(setting, str) and re.fullmatch(r"\d-\d", setting):
        low, high = setting.split("-")
        return int(low), int(high)
    return TOC_DEPTH
