"""Sentences that describe a curated event without naming it.

"Xi held talks with Tokayev at the Presidential Palace on 3 July" is about the curated
talks: a trigger word says something happened (talks, met, visit, summit, signed ...),
and the event's own record agrees: its participants, its place or host, its kind, and
its dates (a date in the sentence, else the article's date near the event's). A sentence
is tied to an event only when one event fits clearly better than any other.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.dates import FoundDate
from generator.extract.event_facts import EventFacts, date_fit
from generator.extract.event_words import GOAL_AFTER, HELD_IN, NEGATED, TRIGGER, between
from generator.extract.mentions import Analysed
from generator.extract.records import EventLink
from generator.extract.speaker_words import turn_label
from generator.extract.statements.quotes import quote_spans
from generator.load.datelines import dateline


def link_events(
    source: str,
    analysed: Analysed,
    events: list[EventFacts],
    dates: list[FoundDate],
    published: dt.date | None,
) -> list[EventLink]:
    """The event each sentence of the paragraph describes, when one clearly fits."""
    if not events or analysed.paragraph.kind not in ("text", "bullet", "caption"):
        return []
    text = analysed.paragraph.text
    line = dateline(text, None)
    filed = len(line.text) if line is not None else 0
    quoted = quote_spans(text)
    out: list[EventLink] = []
    # A transcript turn's label names who speaks, not who took part in what they tell.
    label = turn_label(text)
    spoken = label[1] if label else 0
    for sentence in analysed.sentences:
        mentions = [m for m in analysed.mentions_in(sentence) if m.start >= spoken]
        # Words inside names say nothing of what happened ("the Pacific Islands Forum"),
        # nor do a speaker's words (“the first agreement Europe has signed with ...”).
        plain = list(text[sentence.start : sentence.end])
        for lo, hi in [(m.start, m.end) for m in mentions] + quoted:
            lo, hi = max(lo, sentence.start), min(hi, sentence.end)
            if lo < hi:
                plain[lo - sentence.start : hi - sentence.start] = " " * (hi - lo)
        own = "".join(plain)
        trigger = _affirmed_trigger(own)
        if trigger is None:
            continue  # no word of a meeting, or only of one that did not take place
        named = {m.entity for m in mentions}
        # The dateline says where the report was filed, not where things happened; a
        # place denied in its clause is not where ("were not represented in Valparaíso").
        placed = {
            m.entity
            for m in mentions
            if m.start >= filed
            and not _DENIED_PLACE.search(text[max(sentence.start, m.start - 60) : m.start])
        }
        if any(e.id in named for e in events):
            continue  # the event is named here: a mention already cites it
        in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
        words = _words(own)
        # "at the AU-EU summit in Luanda": the event held there, not one held elsewhere.
        held_in = {
            m.entity
            for m in mentions
            if HELD_IN.search(text[max(sentence.start, m.start - 40) : m.start])
        }
        scored = _scores(events, named, placed, words, in_sentence, held_in, published)
        if _tied(scored) and (asides := list(_ASIDE.finditer(own))):
            # A tie, and an aside about someone ("X, who led Tuesday's march, was invited
            # to meet Y"): what the sentence itself reports decides, without the aside.
            inner = own
            for m in asides:
                inner = inner[: m.start()] + " " * (m.end() - m.start()) + inner[m.end() :]
            words = _words(inner)
            spans = [(sentence.start + m.start(), sentence.start + m.end()) for m in asides]
            dated = [d for d in in_sentence if not any(lo <= d.start < hi for lo, hi in spans)]
            scored = _scores(events, named, placed, words, dated, held_in, published)
            best = next((e for e in events if scored and e.id == scored[0][1]), None)
            if (
                _affirmed_trigger(inner) is None
                or best is None
                or len(best.participants & named) < 2
            ):
                scored = []  # only a meeting of people it names, in its own words, decides
        if scored and not _tied(scored):
            out.append(
                EventLink(
                    source,
                    analysed.paragraph.number,
                    sentence.index,
                    scored[0][1],
                    trigger.group(0),
                    sentence.start + trigger.start(),
                    sentence.start + trigger.end(),
                )
            )
    return out


def _scores(
    events: list[EventFacts],
    named: set[str],
    placed: set[str],
    words: set[str],
    in_sentence: list[FoundDate],
    held_in: set[str],
    published: dt.date | None,
) -> list[tuple[int, str]]:
    """How well each event fits the sentence, best first (those that fit at all)."""
    scored = []
    for event in events:
        if held_in and event.near and not event.near & held_in:
            continue
        people = len(event.participants & named)
        where = bool(event.places & placed)
        kind = bool(event.words & words)
        # Two of its people, or one with its place or kind, or its kind with its place.
        # Else the kind with the very day the sentence gives, or with a thing the event
        # names: known only once the dates are read, so first the cheap test that
        # they could.
        told = people >= 2 or (people == 1 and (where or kind)) or (kind and where)
        if not told and not (kind and (in_sentence or event.objects & named)):
            continue
        when = date_fit(event, in_sentence, published)
        if not when:
            continue
        # Unless the sentence gives another day: "leaders meeting on Wednesday
        # endorsed a grant for the hub" is not Tuesday's talks on the hub.
        what = bool(event.objects & named) and (
            when == 2 or not any(len(d.value) == 10 for d in in_sentence)
        )
        # Every participant named: the sentence is about this very meeting, not the
        # larger one it was held beside ("Uwamahoro held a bilateral meeting with
        # Delacroix" at a ministerial both attended).
        whole = between(words) and people >= 2 and people == len(event.participants)
        # Without a participant: the kind with the very day the sentence gives ("the
        # steering committee met on 3 November").
        dated = when == 2 and bool(in_sentence)
        if told or (kind and (dated or what)):
            scored.append((people * 2 + where + kind + when + whole + 2 * what, event.id))
    return sorted(scored, reverse=True)


def _words(text: str) -> set[str]:
    """The sentence's words, lower-cased ("March" with a capital is the month, not a
    march)."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w != "March"}


def _tied(scored: list[tuple[int, str]]) -> bool:
    return len(scored) > 1 and scored[0][0] == scored[1][0]


_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,;:]{1,200},")
_DENIED_PLACE = re.compile(r"\b(?:not|never|n['’]t)\b[^,;.:]*$", re.IGNORECASE)


def _affirmed_trigger(text: str) -> re.Match[str] | None:
    """The first word of a meeting that is not denied: "without signing", "refused to
    attend talks" deny the rest of their clause; a later clause may affirm one ("Li, who
    did not attend, met Ruiz")."""
    denied_until = -1
    for t in TRIGGER.finditer(text):
        if GOAL_AFTER.match(text, t.end()) and t.group(0).lower().startswith(("meet", "met")):
            continue  # "projects that meet the accord's standard": no meeting
        if NEGATED.search(text[: t.start()]):
            clause = re.search(r"[,;]|\bbut\b", text[t.end() :])
            denied_until = t.end() + clause.start() if clause else len(text)
            continue
        if t.start() > denied_until:
            return t
    return None
