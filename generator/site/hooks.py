"""MkDocs hooks: corpus-specific settings, reproducible builds and the offline bundle.

- The generator's own pages are CommonMark, rendered by a fast converter instead of
  Python-Markdown (`page_render`); a hand-written page keeps Python-Markdown.
- The site's name comes from the corpus the generator just rendered: mkdocs.yml is
  shared by every corpus, so the title lives in docs/.generator-site.json.
- The navigation comes from the kinds of entity the generator knows (unless mkdocs.yml
  sets its own `nav`), so a new kind needs no edit here or in mkdocs.yml.
- The build date MkDocs writes (sitemap) is pinned to the newest article's date through
  SOURCE_DATE_EPOCH, so the same input gives the same site.
- With BRIEFING_OFFLINE=1 the build targets file:// reading: plain .html URLs, no
  repository widget (it calls an API), search index inlined as a script, and a local
  stand-in for the web worker that browsers refuse to start from file://.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import Any

import pathspec
from markupsafe import Markup
from mkdocs.plugins import CombinedEvent, event_priority

from generator.progress import Bar
from generator.site.emitters.meta import SITE_META
from generator.site.generated import is_generated
from generator.site.navigation import nav, not_in_nav
from generator.site.offline import trim
from generator.site.page_render import for_search, use_fast_render

PREVIEW = "navigation.instant.preview"
# What Material's search removes from a page once it has indexed it (its own pattern:
# a bare `data-search-exclude` stays, as on a page this hook does not touch).
_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
# Links in pictures, to a docs/ page, rewritten by `on_page_content`.
DOCS_LINK = re.compile(r'href="@docs/([^"#]+)(#[^"]*)?"')
OFFLINE_ENV = "BRIEFING_OFFLINE"
FILE_WORKER = "assets/file-worker.js"


def offline() -> bool:
    return os.environ.get(OFFLINE_ENV, "") not in ("", "0")


# Look-alikes for the angle brackets of corpus text shown by the theme (see theme_text).
_ANGLES = str.maketrans({"<": "\u2039", ">": "\u203a"})


def theme_text(text: str) -> Markup:
    """Corpus text for the theme's own slots (<title>, header, logo tooltip, meta tags).

    HTML-escaping is not enough there: the theme un-escapes some of them again
    (`page.title | striptags` decodes entities; the tooltips feature copies a `title`
    attribute into innerHTML). With its angle brackets swapped for look-alikes, the
    text stays text however often it is decoded.
    """
    return Markup(html.escape(" ".join(text.translate(_ANGLES).split())))


def _meta(config: Any) -> dict[str, Any]:
    try:
        meta = json.loads((Path(config["docs_dir"]) / SITE_META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def on_config(config: Any, **_: Any) -> Any:
    if config["nav"] is None:
        config["nav"] = nav()
    if config["not_in_nav"] is None:
        config["not_in_nav"] = pathspec.GitIgnoreSpec.from_lines(not_in_nav())
    meta = _meta(config)
    # The theme prints these into HTML, mostly without escaping: hand it text that is
    # safe in every slot, marked safe so that the places that do escape do not do it twice.
    if isinstance(meta.get("site_name"), str) and meta["site_name"]:
        config["site_name"] = theme_text(meta["site_name"])
    if isinstance(meta.get("site_description"), str):
        config["site_description"] = theme_text(meta["site_description"])
    if isinstance(meta.get("build_date"), str) and "SOURCE_DATE_EPOCH" not in os.environ:
        day = dt.datetime.fromisoformat(meta["build_date"]).replace(tzinfo=dt.UTC)
        # MkDocs writes it into a gzip header, which holds 0 .. 2**32 - 1 (1970 to 2106).
        epoch = min(max(int(day.timestamp()), 0), 2**32 - 1)
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    if offline():
        config["use_directory_urls"] = False
        config["repo_url"] = None
        config["site_url"] = None
        polyfills = list(config["extra"].get("polyfills", []))
        if FILE_WORKER not in polyfills:
            polyfills.append(FILE_WORKER)
        config["extra"]["polyfills"] = polyfills
        # Previews fetch pages, which browsers refuse from file://: keep the titles.
        features = config["theme"]["features"]
        config["theme"]["features"] = [f for f in features if f != PREVIEW]
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, **_: Any) -> str:
    """The generator's pages are CommonMark: rendered by the fast converter."""
    if is_generated(markdown):
        use_fast_render(page, config)
    return markdown


def on_page_content(html_text: str, page: Any, files: Any, **_: Any) -> str:
    """Page titles come from each page's first heading, as escaped HTML; the theme
    decodes that in <title> (`striptags`). Give it the title in its safe form.

    Links inside pictures (SVG, which MkDocs does not rewrite) name their target as a
    docs/ path ("@docs/people/x.md#p3"); they become the page's own relative URLs here,
    whatever the URL style (directory URLs online, .html files offline)."""
    if page.title:
        page.meta["title"] = theme_text(html.unescape(str(page.title)))

    def url(m: re.Match[str]) -> str:
        target = files.get_file_from_path(m.group(1))
        if target is None:
            return 'href="#"'
        return f'href="{target.url_relative_to(page.file)}{m.group(2) or ""}"'

    return DOCS_LINK.sub(url, html_text)


@event_priority(100)  # just before Material's search reads the page
def _before_search(context: Any, page: Any, **_: Any) -> Any:
    """Material's search parses what it indexes: give it the generator's page without
    what it leaves out anyway; the page gets its whole content back just after."""
    if getattr(page, "briefing_generated", False):
        page.briefing_content = page.content
        page.content = for_search(page.content)
    return context


@event_priority(-100)  # after Material's search has read the page
def _after_search(context: Any, page: Any, nav: Any, **_: Any) -> Any:
    """The page's whole content back (one page's copy held at a time). An entity or
    source page is not in the navigation (it would grow with the corpus): light up its
    section's tab instead, while the page is rendered."""
    full = getattr(page, "briefing_content", None)
    if full is not None:
        page.content = _SEARCH_ATTRIBUTES.sub("", full)  # as Material's search does
        page.briefing_content = None
    section = _section(page, nav)
    if section is not None:
        section.active = True
    return context


on_page_context = CombinedEvent(_before_search, _after_search)


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """A progress bar over the pages MkDocs renders (on a terminal only)."""
    global _bar
    _bar = Bar("Building the site", len(list(files.documentation_pages())))
    return files


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    if _bar is not None:
        _bar.tick()
    for item in _lit:
        item.active = False
    _lit.clear()
    return output


_lit: list[Any] = []
_bar: Bar | None = None


def _section(page: Any, nav: Any) -> Any:
    if page in nav.pages or "/" not in page.file.src_uri:
        return None
    index = page.file.src_uri.split("/", 1)[0] + "/index.md"
    for item in nav.pages:
        if item.file.src_uri == index:
            _lit.append(item)
            return item
    return None


def on_post_build(config: Any, **_: Any) -> None:
    if _bar is not None:
        _bar.close()
    if offline():
        trim(Path(config["site_dir"]), _search_languages(config))


def _search_languages(config: Any) -> list[str]:
    plugin = config["plugins"].get("material/search") or config["plugins"].get("search")
    languages = getattr(getattr(plugin, "config", None), "lang", None) or ["en"]
    return [str(lang) for lang in languages]
