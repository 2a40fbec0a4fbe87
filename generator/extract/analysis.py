"""One article's analysis: every extractor run over its paragraphs, in reading order.

An `Analyser` holds what the analysis of any article needs (the alias automaton, the
speakers' roles, the curated events and outcomes); it is built once per build and
shared with the worker processes. `Analyser.run` returns an `ArticleAnalysis`: typed
records, which the cache (at the pipeline's edge) may store, and the model gathers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import NamedTuple

from generator.extract.dates import Anchors, find_dates
from generator.extract.dates.described import reread_described
from generator.extract.event_facts import EventFacts, event_facts
from generator.extract.events import link_events
from generator.extract.lookups import build_matcher, event_days
from generator.extract.matcher import Matcher
from generator.extract.mentions import Analysed, analyse
from generator.extract.outcomes import OutcomeMatcher
from generator.extract.records import Citation, DatedItem, EventLink, Mention, Statement
from generator.extract.similar import MIN_STEMS, stems
from generator.extract.speakers import SpeakerIndex
from generator.extract.statements import Context, SpeakerMemory, find_statements
from generator.load.articles import Article
from generator.load.schema import Briefing, Entity

# A reported day this close before the article's date is what its weekdays refer to.
REPORTED_WITHIN = dt.timedelta(days=14)


class ArticleAnalysis(NamedTuple):
    mentions: list[Mention]
    statements: list[Statement]
    dated: list[DatedItem]
    cited: list[tuple[str, Citation]]  # (curated outcome id, sentence reporting it)
    # Sentences with their word stems, for grouping similar sentences across sources.
    sentences: list[tuple[Citation, frozenset[str]]]
    event_links: list[EventLink]


@dataclass
class Analyser:
    """Everything one article's analysis needs; built once, shared with the workers."""

    matcher: Matcher
    kinds: dict[str, str]
    related: dict[str, frozenset[str]]
    people: frozenset[str]
    outcomes: OutcomeMatcher
    fingerprint: str = ""  # of the entities, outcomes and code: part of each cache key
    speakers: SpeakerIndex = field(default_factory=SpeakerIndex)
    event_days: dict[str, list[dt.date]] = field(default_factory=dict)
    events: list[EventFacts] = field(default_factory=list)

    @classmethod
    def for_entities(
        cls,
        entities: dict[str, Entity],
        briefing: Briefing,
        detected: frozenset[str] = frozenset(),
        code: str = "",
    ) -> Analyser:
        digest = hashlib.sha256(code.encode())
        digest.update(
            json.dumps(
                {eid: e.model_dump(mode="json") for eid, e in sorted(entities.items())},
                sort_keys=True,
            ).encode()
        )
        digest.update(json.dumps([o.model_dump() for o in briefing.outcomes]).encode())
        digest.update(json.dumps(sorted(detected)).encode())
        return cls(
            build_matcher(entities, detected),
            {eid: e.kind for eid, e in entities.items()},
            {eid: frozenset(ref for _, ref in e.references()) for eid, e in entities.items()},
            frozenset(eid for eid, e in entities.items() if e.kind == "person"),
            OutcomeMatcher(briefing.outcomes),
            digest.hexdigest(),
            SpeakerIndex.build(entities),
            event_days(entities),
            event_facts(entities),
        )

    def key(self, file: str, article: Article, date: str | None) -> str:
        return hashlib.sha256(
            f"{self.fingerprint}|{file}|{article.sha256}|{date}".encode()
        ).hexdigest()

    def run(self, file: str, article: Article, date_iso: str | None) -> ArticleAnalysis:
        date = dt.date.fromisoformat(date_iso) if date_iso else None
        out = ArticleAnalysis([], [], [], [], [], [])
        headline = [article.headline] if article.headline else []
        paragraphs: list[Analysed] = []
        named_before: set[str] = set()
        for p in [*headline, *article.paragraphs]:
            paragraphs.append(
                analyse(p, self.matcher, self.related, self.people, frozenset(named_before))
            )
            named_before.update(m.entity for m in paragraphs[-1].mentions if not m.context)
        context = Context(self.kinds, self.speakers, self._people_named(article, paragraphs))
        memory = SpeakerMemory()
        reported: dt.date | None = None
        earlier: tuple[int, dt.date] | None = None
        for analysed in paragraphs:
            number = analysed.paragraph.number
            for m in analysed.mentions:
                out.mentions.append(
                    Mention(
                        file,
                        number,
                        m.start,
                        m.end,
                        m.entity,
                        m.text,
                        analysed.sentence_at(m.start).index,
                    )
                )
            out.statements.extend(find_statements(file, analysed, self.kinds, memory, context))
            out.cited.extend(self.outcomes.cite(file, analysed))
            if analysed.paragraph.kind in ("text", "bullet"):
                reported, earlier = self._prose(file, analysed, date, (reported, earlier), out)
        return out

    def _people_named(self, article: Article, paragraphs: list[Analysed]) -> dict[str, None]:
        """The people the article names, in order (its title first): who a description
        ("the Chinese president") or an interview's "A:" can mean."""
        return dict.fromkeys(
            [
                h.entities[0]
                for h in self.matcher.find(article.title or "")
                if len(h.entities) == 1 and self.kinds.get(h.entities[0]) == "person"
            ]
            + [
                m.entity
                for a in paragraphs
                for m in a.mentions
                if self.kinds.get(m.entity) == "person"
            ]
        )

    def _prose(
        self,
        file: str,
        analysed: Analysed,
        date: dt.date | None,
        told: tuple[dt.date | None, tuple[int, dt.date] | None],
        out: ArticleAnalysis,
    ) -> tuple[dt.date | None, tuple[int, dt.date] | None]:
        """Similar-sentence stems, dates and event links of a text paragraph. `told` and
        the result: the latest day the article has reported so far (written out in full),
        and the latest day before its own that it has placed anything on (any date), with
        the paragraph that did."""
        reported, earlier = told
        number = analysed.paragraph.number
        for s in analysed.sentences:
            words = stems(s.text)  # computed here, in the workers, for the grouping
            if len(words) >= MIN_STEMS:
                out.sentences.append((Citation(file, number, s.index, s.text), frozenset(words)))
        days = {d for m in analysed.mentions for d in self.event_days.get(m.entity, [])}
        # Only what the two paragraphs before this one placed on an earlier day (this
        # paragraph's own dates are being read).
        before = earlier[1] if earlier and number - earlier[0] <= 2 else None
        text = analysed.paragraph.text
        found_dates = find_dates(text, Anchors(date, reported, sorted(days), before))
        links = link_events(file, analysed, self.events, found_dates, date)
        out.event_links.extend(links)
        triggers = [(k.start, k.end, self.event_days.get(k.event, [])) for k in links]
        bounds = [(s.start, s.end) for s in analysed.sentences]
        found_dates = reread_described(
            text, found_dates, triggers, bounds, Anchors(date, reported, sorted(days), before)
        )
        for found in found_dates:
            if len(found.value) == 10 and date:
                day = dt.date.fromisoformat(found.value)
                if found.absolute and dt.timedelta(0) <= date - day <= REPORTED_WITHIN:
                    reported = day
                if dt.timedelta(0) < date - day <= REPORTED_WITHIN:
                    earlier = (number, day)
            sentence = analysed.sentence_at(found.start)
            ids = tuple(sorted({m.entity for m in analysed.mentions_in(sentence)}))
            out.dated.append(
                DatedItem(
                    found.value, file, number, sentence.index, found.expression, sentence.text, ids
                )
            )
        return reported, earlier
