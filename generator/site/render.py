"""Render the knowledge base to Markdown pages with the Jinja2 templates in templates/.

Returns {docs-relative path: text}; writing is the writer's job.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import jinja2
import orjson

from generator import parallel
from generator.load.articles import Paragraph
from generator.site.markdown import Md, escape, finalize, link, relative, safe_url
from generator.site.hooks import SITE_META
from generator.extract.records import Citation, DatedItem, FactGroup, Statement
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase
from generator.load.readers import FORMAT_LABELS
from generator.load.kinds import KIND_NAMES as KINDS
from generator.load.kinds import KINDS as KIND_LIST
from generator.load.kinds import Event
KIND_FOLDERS = {k.name: k.folder for k in KIND_LIST}
KIND_LABELS = {k.name: k.label for k in KIND_LIST}
KIND_TITLES = {k.name: k.title for k in KIND_LIST}
from generator.site.views import (
    EntityView,
    SentenceRef,
    Views,
    format_date,
    format_span,
    source_path,
)

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
JSON_EXPORT = "briefing.json"
HOME_EVENTS = 12
# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_MIN = 400
HOME_SIMILAR = 10
CITED_SOURCES = 12
# An entity page lists every curated outcome naming it and its most widely reported
# groups of similar sentences, each with a few citations; briefing.json has them all.
ENTITY_FACTS = 8
ENTITY_FACT_CITES = 4


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        finalize=finalize,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes for Markdown instead.
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape
    env.filters["date"] = lambda v: escape(format_date(v))
    return env


class Renderer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.views = Views(kb)
        self.env = _environment()
        self._source_links: dict[tuple[str, str, int | None], Md] = {}
        self._fact_cites: dict[tuple[str, str, int], Md] = {}

    # -- link helpers exposed to templates ------------------------------------------
    def entity_link(self, view: EntityView | str, page: str) -> Md:
        if isinstance(view, str):
            if view not in self.views.entities:
                return escape(view)
            view = self.views.entities[view]
        return link(view.entity.name, relative(page, view.path))

    def source_link(self, file: str, page: str, paragraph: int | None = None) -> Md:
        # Every page of a folder links a source the same way: cache per folder.
        key = (file, page.rpartition("/")[0], paragraph)
        cached = self._source_links.get(key)
        if cached is None:
            info = self.kb.sources[file]
            target = source_path(info) + (f"#p{paragraph}" if paragraph else "")
            cached = self._source_links[key] = link(info.title, relative(page, target))
        return cached

    def para_link(self, file: str, paragraph: int, page: str) -> Md:
        info = self.kb.sources[file]
        return Md(f"[¶{paragraph}]({relative(page, f'{source_path(info)}#p{paragraph}')})")

    def links(self, ids: list[str], page: str) -> Md:
        return Md(", ".join(self.entity_link(i, page) for i in ids))

    def counted_links(self, pairs: list[tuple[EntityView, int]], page: str) -> Md:
        return Md(", ".join(f"{self.entity_link(e, page)} ({n})" for e, n in pairs))

    def cites(self, items: Sequence[Citation | SentenceRef | DatedItem | Statement],
              page: str) -> Md:
        return Md("; ".join(self.cite(i, page) for i in items))

    def fact_cites(self, fact: FactGroup, page: str, limit: int | None = None) -> Md:
        """One citation per source (its first sentence reporting the fact), oldest first.

        Past CITED_SOURCES sources the list ends with "and N more": the full list is in
        briefing.json, and a page of thousands of links helps nobody.
        """
        limit = limit or CITED_SOURCES
        # The same fact is cited on many pages of one folder, always the same way.
        key = (fact.id, page.rpartition("/")[0], limit)
        cached = self._fact_cites.get(key)
        if cached is None:
            ordered = self.views.first_citations(fact)
            shown = self.cites(ordered[:limit], page)
            more = len(ordered) - limit
            cached = Md(f"{shown}; and {more} more") if more > 0 else shown
            self._fact_cites[key] = cached
        return cached

    def cite(self, c: Citation | SentenceRef | DatedItem | Statement, page: str) -> Md:
        """'Title (date), ¶7' linking to the exact paragraph."""
        info = self.kb.sources[c.source]
        when = f" ({format_date(info.date)})" if info.date else ""
        return Md(f"{self.source_link(c.source, page)} {escape(when)}, "
                  f"{self.para_link(c.source, c.paragraph, page)}")

    def mention_lines(self, refs: list[SentenceRef], page: str) -> Md:
        """'- sentence with the mention in bold ([¶7](link))', one line per sentence.

        Built here rather than in a template loop: an entity page can list thousands of
        sentences, and a Python loop is several times cheaper than a template one.
        """
        return Md("\n".join(f"- {self.highlight(ref)} "
                             f"({self.para_link(ref.source, ref.paragraph, page)})"
                             for ref in refs))

    def highlight(self, ref: SentenceRef) -> Md:
        out, pos = [], 0
        for start, end in sorted(ref.highlights):
            if start < pos or start < 0 or end > len(ref.text):
                continue
            out.append(escape(ref.text[pos:start], pos == 0) if start > pos else "")
            out.append(f"**{escape(ref.text[start:end])}**")
            pos = end
        out.append(escape(ref.text[pos:], pos == 0))
        return Md("".join(out))

    def paragraph_md(self, info: SourceInfo, paragraph: Paragraph, page: str) -> Md:
        """The paragraph's text with its first mention of each entity linked."""
        text = paragraph.text
        if paragraph.kind == "bullet":
            stripped = text.lstrip("*•- ")
            shift = len(text) - len(stripped)
            text = stripped
        else:
            shift = 0
        parts: list[str] = []
        pos = 0
        linked: set[str] = set()
        for m in self.views.mentions_by_paragraph.get((info.file, paragraph.number), []):
            start, end = m.start - shift, m.end - shift
            if m.entity in linked or start < pos or start < 0:
                continue
            linked.add(m.entity)
            parts.append(escape(text[pos:start], pos == 0) if start > pos else "")
            view = self.views.entities[m.entity]
            parts.append(link(text[start:end], relative(page, view.path)))
            pos = end
        parts.append(escape(text[pos:], pos == 0))
        return Md("".join(parts))

    # -- pages -----------------------------------------------------------------------
    def _page(self, template: str, page: str, **context: object) -> str:
        return self.env.get_template(template).render(
            page=page, kb=self.kb, v=self.views, r=self, kinds=KINDS,
            kind_titles=KIND_TITLES, kind_labels=KIND_LABELS, kind_folders=KIND_FOLDERS,
            entity_facts=ENTITY_FACTS, entity_fact_cites=ENTITY_FACT_CITES,
            format_span=format_span, format_labels=FORMAT_LABELS,
            Md=Md, safe_url=safe_url, **context)

    def _one(self, job: tuple[str, str]) -> tuple[str, str]:
        """Render one entity ("entity", id) or source ("source", file) page."""
        kind, key = job
        if kind == "entity":
            view = self.views.entities[key]
            return view.path, self._page("entity.md.j2", view.path, view=view)
        info = self.kb.sources[key]
        path = source_path(info)
        return path, self._page("source.md.j2", path, info=info)

    def render(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        pages["index.md"] = self._page("home.md.j2", "index.md", **self._home())
        for kind in KINDS:
            index = f"{KIND_FOLDERS[kind]}/index.md"
            pages[index] = self._page("kind_index.md.j2", index, kind=kind,
                                      rows=self.views.by_kind(kind))
        pages["sources/index.md"] = self._page("sources_index.md.j2", "sources/index.md")
        jobs = [("entity", eid) for eid in self.views.entities]
        jobs += [("source", info.file) for info in self.views.sources_by_date]
        pages.update(self._render_many(jobs))
        pages["timeline.md"] = self._page("timeline.md.j2", "timeline.md",
                                          years=self._timeline())
        dates = [s.date for s in self.kb.sources.values() if s.date]
        pages[SITE_META] = json.dumps({"site_name": self.kb.briefing.title,
                                       "site_description": self.kb.briefing.summary,
                                       "build_date": max(dates).isoformat() if dates else None},
                                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        for asset in sorted(STATIC.rglob("*")):
            if asset.is_file() and asset.suffix in (".css", ".js"):
                pages[f"assets/{asset.relative_to(STATIC).as_posix()}"] = asset.read_text(
                    encoding="utf-8")
        # Compact, sorted keys; orjson because a big corpus exports ~100 MB.
        pages[JSON_EXPORT] = orjson.dumps(self.kb.to_json(),
                                          option=orjson.OPT_SORT_KEYS).decode() + "\n"
        return pages

    def _home(self) -> dict[str, object]:
        focus = self.kb.briefing.focus
        events = [self.views.entities[e] for e in focus.events if e in self.views.entities]
        people = [self.views.entities[p] for p in focus.people if p in self.views.entities]
        # The short timeline: the focal events and those not part of another one.
        top = sorted((v for v in self.views.entities.values()
                      if isinstance(v.entity, Event)
                      and (not v.entity.part_of or v.id in focus.events)),
                     key=lambda v: (v.entity.start, v.entity.name))  # type: ignore[attr-defined]
        return {"events": events, "people": people, "curated_events": top[-HOME_EVENTS:],
                "home_similar": HOME_SIMILAR}

    def _timeline(self) -> list[tuple[str, list[tuple[str, list[object], list[object]]]]]:
        """[(year, [(date, curated events, grouped sentences)])], oldest first."""
        by_date: dict[str, tuple[list[object], dict[str, list[object]]]] = defaultdict(
            lambda: ([], {}))
        for view in self.views.entities.values():
            if isinstance(view.entity, Event):
                by_date[view.entity.start][0].append(view)
        for item in self.kb.dated:
            by_date[item.date][1].setdefault(item.text, []).append(item)
        years: dict[str, list[tuple[str, list[object], list[object]]]] = defaultdict(list)
        for date in sorted(by_date):
            events, sentences = by_date[date]
            years[date[:4]].append((date, events, list(sentences.values())))
        return sorted(years.items())


    def _render_many(self, jobs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        workers = parallel.cores()
        if len(jobs) < PARALLEL_MIN or workers < 2:
            return [self._one(job) for job in jobs]
        self.views.warm()  # compute shared lookups once, before the workers fork
        chunks = [jobs[i::workers * 4] for i in range(workers * 4)]
        done = parallel.fork_map(_render_chunk, chunks, self, min_items=2)
        return [page for chunk in done for page in chunk]


def _render_chunk(jobs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    renderer: Renderer = parallel.state()
    return [renderer._one(job) for job in jobs]



def render_pages(kb: KnowledgeBase) -> dict[str, str]:
    return Renderer(kb).render()
