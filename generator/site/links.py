"""The Markdown the templates print that is more than text: links, citations, anchors.

Every piece is built from escaped text (`markdown.escape`), so templates never put
Markdown or HTML together themselves. Results that many pages of one folder share are
cached per folder: a big corpus makes hundreds of thousands of the same links.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.records import Citation, DatedItem, FactGroup, Statement
from generator.load.facts import Ref, Refs, Row, Span, Value
from generator.load.kinds import Kind, kind_of
from generator.load.sources import SourceInfo
from generator.site.citations import anchored, marker, unsaid
from generator.site.format import date_anchor, format_date
from generator.site.index import EntityView, SentenceRef, SiteIndex, source_path
from generator.site.markdown import Md, escape, link, relative, titled_link

Citable = Citation | DatedItem | Statement | SentenceRef
# Past this many sources a citation list ends with "and N more" (briefing.json has all).
CITED_SOURCES = 12
ALSO_SHOWN = 4  # sources named after "also reported by"; then "and N more"


class Links:
    def __init__(self, index: SiteIndex) -> None:
        self.index = index
        self.sources = index.kb.sources
        self._source_links: dict[tuple[str, str, int | None], Md] = {}
        self._fact_cites: dict[tuple[str, str, int], Md] = {}
        self._markers: dict[tuple[str, str, int], Md] = {}

    def entity(self, target: EntityView | str, page: str) -> Md:
        """A link to an entity's page; an id the briefing does not have, as text."""
        if isinstance(target, str):
            if target not in self.index.entities:
                return escape(target)
            target = self.index.entities[target]
        return link(target.entity.name, relative(page, target.path))

    def entities(self, ids: Sequence[str], page: str) -> Md:
        return Md(", ".join(self.entity(i, page) for i in ids))

    def counted(self, pairs: list[tuple[EntityView, int]], page: str) -> Md:
        return Md(", ".join(f"{self.entity(e, page)} ({n})" for e, n in pairs))

    def breadcrumb(self, kind: Kind, page: str) -> Md:
        """Where a page belongs: its section, linked."""
        return self.breadcrumb_to(kind.title, f"{kind.folder}/index.md", page)

    def breadcrumb_to(self, title: str, section: str, page: str) -> Md:
        return Md(f"{link(title, relative(page, section))} ›")

    def date_id(self, value: str, indexed: bool = True) -> Md:
        """A timeline heading's id ("d2024-07-03"), for the chart's marks to land on;
        `indexed=False` leaves its section out of the search index."""
        unindexed = "" if indexed else " data-search-exclude"
        return Md(f"<!-- {{#{date_anchor(value)}{unindexed}}} -->")

    def section(self, kind: str) -> Md:
        """The home page's link to a kind's section."""
        k = kind_of(kind)
        return link(k.title, f"{k.folder}/index.md")

    def source(self, file: str, page: str, paragraph: int | None = None) -> Md:
        key = (file, page.rpartition("/")[0], paragraph)
        cached = self._source_links.get(key)
        if cached is None:
            info = self.sources[file]
            target = source_path(info) + (f"#p{paragraph}" if paragraph else "")
            cached = self._source_links[key] = link(info.title, relative(page, target))
        return cached

    def paragraph(self, file: str, paragraph: int, page: str) -> Md:
        info = self.sources[file]
        return Md(
            f"[{marker(paragraph)}]({relative(page, anchored(source_path(info), paragraph))})"
        )

    def tooltip(self, file: str) -> str:
        """What hovering a citation shows: the source's title and date (the list of
        sources at the foot of the page has the rest)."""
        info = self.sources[file]
        return f"{info.title} ({format_date(info.date)})" if info.date else info.title

    def cite(self, c: Citable, page: str) -> Md:
        """'S3 ¶7': the source's number and the paragraph, linking to the paragraph, with
        the source's title on hover."""
        key = (c.source, page.rpartition("/")[0], c.paragraph)
        cached = self._markers.get(key)
        if cached is None:
            info = self.sources[c.source]
            href = relative(page, anchored(source_path(info), c.paragraph))
            number = self.index.rank[c.source] + 1
            cached = titled_link(f"S{number} {marker(c.paragraph)}", href, self.tooltip(c.source))
            self._markers[key] = cached
        return cached

    def cites(self, items: Sequence[Citable], page: str) -> Md:
        return Md(", ".join(self.cite(i, page) for i in items))

    def also(self, items: Sequence[Citable], page: str) -> Md:
        """The first ALSO_SHOWN citations, then "and N more": a statement wire copy
        repeats can come from hundreds of sources."""
        shown = self.cites(items[:ALSO_SHOWN], page)
        more = len(items) - ALSO_SHOWN
        return Md(f"{shown} and {more:,} more") if more > 0 else shown

    def fact_cites(self, fact: FactGroup, page: str, limit: int | None = None) -> Md:
        """One citation per source (its first sentence reporting the fact), oldest first,
        ending with "and N more" past `limit` sources."""
        limit = limit or CITED_SOURCES
        key = (fact.id, page.rpartition("/")[0], limit)
        cached = self._fact_cites.get(key)
        if cached is None:
            ordered = self.index.first_citations[fact.id]
            shown = self.cites(ordered[:limit], page)
            more = len(ordered) - limit
            cached = Md(f"{shown} and {more} more") if more > 0 else shown
            self._fact_cites[key] = cached
        return cached

    def source_entry(self, number: int, info: SourceInfo, page: str) -> Md:
        """A line of a page's list of sources: 'S3 · Title · Publisher, date'."""
        rest = ", ".join(
            x for x in (info.publisher, format_date(info.date) if info.date else "") if x
        )
        return Md(
            f"**S{number}** · {self.source(info.file, page)}"
            + (f" · {escape(rest, False)}" if rest else "")
        )

    def mention_index(self, file: str, paragraphs: list[int], page: str) -> Md:
        """'S3: ¶2 · ¶5 · ¶7', each a link to the paragraph."""
        number = self.index.rank[file] + 1
        return Md(f"S{number}: {self._marks(file, paragraphs, page)}")

    def mention_entry(self, file: str, paragraphs: list[int], page: str) -> Md:
        """'S3 · Title · Publisher, date: ¶2 · ¶5', for the pages of every mention."""
        entry = self.source_entry(self.index.rank[file] + 1, self.sources[file], page)
        return Md(f"{entry}: {self._marks(file, paragraphs, page)}")

    def _marks(self, file: str, paragraphs: list[int], page: str) -> str:
        return " · ".join(self.paragraph(file, p, page) for p in paragraphs)

    def value(self, value: Value, page: str) -> Md:
        """One value of a facts box row."""
        if isinstance(value, Ref):
            return self.entity(value.id, page)
        if isinstance(value, Refs):
            return self.entities(value.ids, page)
        if isinstance(value, Span):
            return escape(format_date(value))
        return escape(value)

    def row(self, row: Row, page: str) -> Md:
        text = ", ".join(self.value(v, page) for v in unsaid(row, self.index))
        return Md(text + (f" (since {escape(row.since)})" if row.since else ""))

    def sentences(self, refs: list[SentenceRef], page: str) -> Md:
        """'- sentence with the mention in bold (S3 ¶7)', one line per sentence.

        Built here rather than in a template loop: an entity page can list thousands of
        sentences, and a Python loop is several times cheaper than a template one.
        """
        return Md("\n".join(f"- {_highlight(ref)} ({self.cite(ref, page)})" for ref in refs))


def _highlight(ref: SentenceRef) -> Md:
    out, pos = [], 0
    for start, end in sorted(ref.highlights):
        if start < pos or start < 0 or end > len(ref.text):
            continue
        out.append(escape(ref.text[pos:start], pos == 0) if start > pos else "")
        out.append(f"**{escape(ref.text[start:end])}**")
        pos = end
    out.append(escape(ref.text[pos:], pos == 0))
    return Md("".join(out))
