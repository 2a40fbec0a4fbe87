"""A source page's own pieces: its details line, numbered paragraphs that are link
targets, and each paragraph's text with the first mention of each entity linked."""

from __future__ import annotations

from generator.load.articles import Paragraph
from generator.load.readers import FORMAT_LABELS
from generator.load.sources import SourceInfo
from generator.site.format import format_date
from generator.site.links import Links
from generator.site.markdown import Md, escape, link, relative, safe_url


class SourceText:
    def __init__(self, links: Links) -> None:
        self.links = links

    def anchor(self, number: int) -> Md:
        """A paragraph's number, linking to itself (to copy a citation)."""
        return Md(
            f'<a href="#p{number}" class="para-anchor" title="Paragraph {number}">¶{number}</a>'
        )

    def target(self, number: int) -> Md:
        """The paragraph's id, on the paragraph itself (a marker at its end): arriving
        by a citation highlights the whole paragraph."""
        return Md(f"<!-- {{#p{number}}} -->")

    def details(self, info: SourceInfo, page: str) -> Md:
        """'Sources › S3 · Xinhua · July 3, 2024 · Saved web page · original'."""
        parts = [f"S{self.links.index.rank[info.file] + 1}"]
        parts += [escape(info.publisher, False)] if info.publisher else []
        parts += [escape(format_date(info.date), False)] if info.date else []
        parts.append(escape(FORMAT_LABELS[info.article.format], False))
        if info.url:
            parts.append(f"[original]({safe_url(info.url)})")
        crumb = self.links.breadcrumb_to("Sources", "sources/index.md", page)
        return Md(f"{crumb} " + " · ".join(parts))

    def text(self, info: SourceInfo, paragraph: Paragraph, page: str) -> Md:
        """The paragraph's text with its first mention of each entity linked."""
        text, shift = paragraph.text, 0
        if paragraph.kind == "bullet":
            stripped = text.lstrip("*•- ")
            shift, text = len(text) - len(stripped), stripped
        parts: list[str] = []
        pos = 0
        linked: set[str] = set()
        for m in self.links.index.mentions_by_paragraph.get((info.file, paragraph.number), []):
            start, end = m.start - shift, m.end - shift
            if m.entity in linked or start < pos or start < 0:
                continue
            linked.add(m.entity)
            parts.append(escape(text[pos:start], pos == 0) if start > pos else "")
            parts.append(
                link(text[start:end], relative(page, self.links.index.entities[m.entity].path))
            )
            pos = end
        parts.append(escape(text[pos:], pos == 0))
        return Md("".join(parts))
