"""What one sentence says about the names in it: a sighting per name, with its evidence.

Evidence is what a careful reader would go by, written as general patterns:
- a title before a name: "Rwandan Foreign Minister Claudine Uwamahoro" (a person, with
  the role Foreign Minister of Rwanda), "President Habimana" (a title and a surname);
- an apposition: "Ngozi Okafor-Eze, the African Union's Commissioner for ...,",
  "Savanna Hydrogen, a Nairobi-based developer,";
- speech: "Mahlangu said", "..., said Thandiwe Mahlangu";
- the name's own last word: Ministry, Bank, Summit, Corridor, Airport, Lake ...;
- an acronym defined in place: "European Investment Bank (EIB)";
- a role of something: "chief executive of Valoris Metals", "Savanna Hydrogen's chief";
- the gazetteers: countries, demonyms, cities, regions, international bodies.

The reader here walks a sentence's spans; the work is done by job: `split` cuts a span
into names, `classify` gives a name its kind, `titles` reads people with a title,
`context` reads the evidence around a name (its patterns are in `cues`). The record
itself is in `sighting`, re-exported here.
"""

from __future__ import annotations

import re

from generator.extract.detect.classify import classify, internal_unit
from generator.extract.detect.context import read_context
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.sighting import Sighting
from generator.extract.detect.spans import Span, Word, spans, words
from generator.extract.detect.split import split_names
from generator.extract.detect.titles import read_titled
from generator.extract.detect.trim import BARE_NOT_HONORIFIC
from generator.extract.detect.wording import caps_to_title, lowered
from generator.extract.mentions import language_use
from generator.load.names import fold

# After a country's adjective, a diplomatic mission: "the Chinese embassy".
_MISSION_AFTER = re.compile(r"^\s+(embassy|consulate|high commission)\b", re.IGNORECASE)
# What hyphen-joined parties set up to meet again and again: "the Lancang-Mekong mechanism".
_STANDING_AFTER = re.compile(r"^\s+(mechanism|format)\b")


class SentenceReader:
    """Sightings in one sentence; `source` and `paragraph` say where it is."""

    def __init__(
        self, gaz: Gazetteer, source: str, paragraph: int, heading: bool, credit: bool = False
    ) -> None:
        self.gaz = gaz
        self.source = source
        self.paragraph = paragraph
        self.heading = heading
        self.credit = credit  # a byline or credit line: its names are people or outlets
        self.w = gaz.words

    def read(self, text: str) -> list[Sighting]:
        ws = words(text)
        out: list[Sighting] = []
        previous: Span | None = None
        for whole in spans(text, ws, self.gaz):
            for span in split_names(self.gaz, whole):
                found = self._span(text, span, previous)
                out.extend(found)
                # A title phrase describes the name after its comma ("the Commissioner
                # for Energy, Ngozi Okafor-Eze"); a person's own span does not.
                previous = None if any(s.kind == "person" for s in found) else span
        return out

    def _span(self, text: str, span: Span, previous: Span | None) -> list[Sighting]:
        """One name: a titled person (with the country or body of the title), or else the
        name with the kind it gives itself and the evidence around it."""
        if (honoured := self._honorific(text, span, previous)) is not None:
            return honoured
        found = read_titled(self.gaz, text, span, self._new)
        if found is not None:
            return found
        return self._named(text, span, previous)

    def _honorific(self, text: str, span: Span, previous: Span | None) -> list[Sighting] | None:
        """ "Dr Kwame Alleyne, director of ...", "Ms Clarke-Best said", "Mr Duc": an
        honorific and a name is a person, whose apposition and speech are read as a plain
        name's are. None when the span has a title besides ("Dr Ali, Minister of ...": the
        title reader's)."""
        k = 0
        while k < len(span.words) and lowered(span.words[k]) in self.w["honorifics"]:
            k += 1
        rest = [lowered(w) for w in span.words[k:]]
        if not k or not rest or any(r in self.w["title_heads"] for r in rest) or len(rest) > 5:
            return None
        if any(lowered(w) in BARE_NOT_HONORIFIC for w in span.words[:k]):
            return None  # "St Lucia"; "HE" without its dots
        found = self._named(text, span.sub(k, len(span.words)), previous)
        if not found:
            return found
        person = found[0]
        person.kind = "person"
        person.evidence.add("title")
        person.evidence -= {"head", "gazetteer", "city", "city-small", "region", "known"}
        if len(rest) == 1:
            person.surname_only = True
            person.titled = " ".join(w.text for w in span.words)
        return [person]

    def _named(self, text: str, span: Span, previous: Span | None) -> list[Sighting]:
        """A name with no title: the kind it gives itself and the evidence around it."""
        names = caps_to_title(span.words)
        name = " ".join(names) if names != [w.text for w in span.words] else span.text
        kind, evidence = classify(self.gaz, span.words, names)
        if " & " in span.text and not evidence & {"gazetteer", "known"}:
            country = self.gaz.country_by_name.get(fold(span.text.replace(" & ", " and ")))
            if country is not None:
                kind, evidence = "country", {"gazetteer"}  # "Trinidad & Tobago"
            elif kind is None:
                kind, evidence = "organization", {"ampersand"}  # "Ernst & Young"
        after_word = _LISTED_BEFORE_NOUN.match(text, span.end)
        if (
            after_word
            and after_word.group(1) in self.w["plural_nouns_after"]
            and kind not in ("country", "organization")
            and not evidence & {"known", "gazetteer", "region"}
        ):
            return []  # "Pacific Island countries", "Dialogue Partners leaders"
        if (
            kind == "place"
            and not evidence & {"known", "gazetteer", "region"}
            and language_use(text, span.start, span.end)
        ):
            return []  # "chanting in Afar, Somali and French": the language, not the town
        if evidence & {"city", "city-small"} and re.search(
            r"(?:^|\s)[\"‘]\s*$|“\s*$", text[: span.start]
        ):
            return []  # the first word of a quoted title: “Ode to the Motherland”
        sighting = self._new(name, kind, evidence, text)
        sighting.forms.add(span.text)
        after = text[span.end : span.end + 160]
        before = text[max(0, span.start - 60) : span.start]
        read_context(self.gaz, sighting, span, after, before, previous, text, self.credit)
        if internal_unit(self.gaz, names, before, after):
            return []
        out = [sighting]
        if (
            sighting.kind in (None, "place")
            and not _STANDING_AFTER.match(after)
            and (stops := self._route(name, text))
        ):
            return stops  # "Port of Spain-Kingstown-Bridgetown-Castries": four places
        if len(span.words) == 1 and ("-" in name or "–" in name):
            out.extend(self._parts(name, text))
        standing = _STANDING_AFTER.match(after)
        sides = [side.strip() for side in re.split(r"[-–]", name)]
        if standing and len(sides) >= 2 and all(side[:1].isupper() for side in sides):
            # "the China-Central Asia mechanism": the standing arrangement its parties
            # name, a body of its own (linked under the words as written).
            body = self._new(f"{span.text} {standing.group(1)}", "organization", set(), text)
            body.evidence.add("org-noun")
            out.append(body)
        mission = _MISSION_AFTER.match(after)
        if mission and sighting.kind == "country" and "demonym" in sighting.evidence:
            # "the Chinese embassy": the embassy, a body of its own (linked under the
            # words as written), beside the country.
            noun = mission.group(1)
            body = self._new(f"{span.text} {noun.title()}", "organization", {"org-noun"}, text)
            body.forms.add(f"{span.text} {noun}")
            out.append(body)
        return out

    def _new(self, name: str, kind: str | None, evidence: set[str], text: str) -> Sighting:
        return Sighting(name, kind, set(evidence), self.source, self.paragraph, text)

    def _route(self, name: str, text: str) -> list[Sighting]:
        """The places of a route written as one name, when every stop is one."""
        stops = [stop.strip() for stop in re.split(r"(?<=\w)[-–](?=[A-Z])", name)]
        if len(stops) < 3:
            return []  # two are often a pair's talks or ties ("China-Central Asia")
        out = []
        for stop in stops:
            ws = words(stop)
            kind, evidence = classify(self.gaz, tuple(ws), [w.text for w in ws])
            if kind not in ("place", "country"):
                return []
            out.append(self._new(stop, kind, evidence, text))
        return out

    def _parts(self, name: str, text: str) -> list[Sighting]:
        """ "China-Kazakhstan", "AU-EU": each part that is a known name."""
        out = []
        for part in re.split(r"[-–]", name):
            kind, evidence = classify(self.gaz, (Word(0, len(part), part),), [part])
            if kind is not None and evidence & {"gazetteer", "known", "demonym"}:
                out.append(self._new(part, kind, evidence, text))
        return out


# The plural noun after a name, or after the list it opens: "Pacific Island countries",
# "Lickanantay, Colla and Quechua communities" (each name of the list modifies it).
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_LISTED_BEFORE_NOUN = re.compile(
    rf"(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})?\s+([a-z]+)"
)

__all__ = ["SentenceReader", "Sighting"]
