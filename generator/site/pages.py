"""What an entity page shows, as data: the template lays it out, `links` makes links.

The page leads with what matters and says each sentence once: its key statements (a
statement several sources report appears once, "also reported by"), the facts naming
it, then the first of the other sentences that name it; the rest are folded, and every
paragraph that names it stays reachable from the compact list of mentions at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.records import FactGroup
from generator.load.facts import Row
from generator.site.citations import KeyStatement, PageSources, group_statements
from generator.site.format import plain
from generator.site.graphs import neighbours, together
from generator.site.index import EntityView, SentenceRef, SiteIndex, event_order
from generator.site.links import ALSO_SHOWN
from generator.site.mentions import mention_sentences

KEY_STATEMENTS = 5  # shown; then folded, up to FOLDED_STATEMENTS more
FOLDED_STATEMENTS = 12
ENTITY_FACTS = 8  # groups of similar sentences; every curated outcome naming it is shown
ENTITY_FACT_CITES = 4
SENTENCES = 8  # sentences shown from the sources; then folded, up to FOLDED_SENTENCES
FOLDED_SENTENCES = 12
# Sources listed under Mentions; past this, the newest ones and a link to the pages that
# list every one (so that no entity page grows with the corpus).
MENTION_SOURCES = 10


def role(view: EntityView) -> str:
    """A role, a type or an event's type and dates: what the entity is, in a few words."""
    return ", ".join(plain(v) for v in view.entity.describe())


def countries(index: SiteIndex, view: EntityView) -> list[str]:
    """The countries an entity belongs to (an event: its place's), that have pages."""
    ids = view.entity.country_ids()
    place = view.entity.located_at()
    if not ids and place and (found := index.kb.entities.get(place)) and found.kind == "place":
        ids = found.country_ids()
    return [i for i in ids if i in index.entities]


@dataclass
class EntityPage:
    view: EntityView
    role: str
    facts: list[Row]
    statements: list[KeyStatement]  # shown
    folded_statements: list[KeyStatement]
    curated_facts: list[FactGroup]
    similar_facts: list[FactGroup]  # the most widely reported, up to ENTITY_FACTS
    sentences: list[SentenceRef]  # shown: said nowhere else on the page
    folded_sentences: list[SentenceRef]
    mentions: list[tuple[str, list[int]]]  # shown: (source, its paragraphs naming it)
    mention_sources: int  # all the sources naming it
    related: list[tuple[EntityView, str]]  # the neighbours in the picture, and how
    events: list[EntityView]
    sources: PageSources

    @property
    def unshown(self) -> int:
        """Sentences naming it that are only in the list of mentions."""
        return self.all_sentences - len(self.sentences) - len(self.folded_sentences)

    all_sentences: int = 0


def entity_page(index: SiteIndex, view: EntityView) -> EntityPage:
    grouped = group_statements(view.statements, index.rank)
    facts = sorted(
        index.facts_by_entity.get(view.id, []), key=lambda f: (not f.curated, -len(f.sources))
    )
    said = {(s.source, s.paragraph, s.sentence) for s in view.statements}
    curated = [f for f in facts if f.curated]
    # A group of similar sentences that holds one of its statements says it again.
    similar = [
        f
        for f in facts
        if not f.curated
        and not any((c.source, c.paragraph, c.sentence) in said for c in f.citations)
    ][:ENTITY_FACTS]
    for fact in (*curated, *similar):
        said.update((c.source, c.paragraph, c.sentence) for c in fact.citations)
    refs = mention_sentences(index, view)
    rest = once([r for r in refs if (r.source, r.paragraph, r.sentence) not in said])
    shown_statements = grouped[: KEY_STATEMENTS + FOLDED_STATEMENTS]
    shown_sentences = rest[: SENTENCES + FOLDED_SENTENCES]
    mentions = all_mentions(index, view)
    shown_mentions = mentions[-MENTION_SOURCES:]
    # The list at the foot holds the sources of the markers the page shows, no more.
    cited = {s.source for g in shown_statements for s in (g.first, *g.also[:ALSO_SHOWN])}
    cited |= {
        c.source
        for f in (*curated, *similar)
        for c in index.first_citations[f.id][:ENTITY_FACT_CITES]
    }
    cited |= {r.source for r in shown_sentences} | {f for f, _ in shown_mentions}
    sources = PageSources(index, cited)
    page = EntityPage(
        view,
        role(view),
        view.entity.facts(),
        shown_statements[:KEY_STATEMENTS],
        shown_statements[KEY_STATEMENTS:],
        curated,
        similar,
        shown_sentences[:SENTENCES],
        shown_sentences[SENTENCES:],
        shown_mentions,
        len(mentions),
        [(other, together(n, how)) for other, n, how in neighbours(index, view)],
        sorted(index.events_by_entity.get(view.id, []), key=event_order),
        sources,
    )
    page.all_sentences = len(rest)
    return page


def once(refs: list[SentenceRef]) -> list[SentenceRef]:
    """Each wording once (a summary bullet repeats a sentence of the body), sentences of
    the articles' text before captions and headings."""
    seen: set[str] = set()
    out: list[SentenceRef] = []
    for ref in refs:
        key = " ".join(ref.text.lstrip("*•- ").lower().split())
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return sorted(out, key=lambda r: not r.prose)


def mentions_path(view: EntityView, number: int = 1) -> str:
    """The pages listing every source that names an entity: people/x/mentions.md, then
    people/x/mentions-2.md, ..."""
    stem = view.path.removesuffix(".md")
    return f"{stem}/mentions.md" if number == 1 else f"{stem}/mentions-{number}.md"


def all_mentions(index: SiteIndex, view: EntityView) -> list[tuple[str, list[int]]]:
    """Per source (oldest first), the paragraphs that name the entity or describe it."""
    paragraphs: dict[str, set[int]] = {}
    for source, paragraph in [(m.source, m.paragraph) for m in view.mentions] + [
        (lk.source, lk.paragraph) for lk in view.links
    ]:
        paragraphs.setdefault(source, set()).add(paragraph)
    return [(f, sorted(paragraphs[f])) for f in sorted(paragraphs, key=index.rank.__getitem__)]
