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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract.detect.gazetteer import Gazetteer, fold
from generator.extract.detect.spans import CONNECTORS, Span, Word, spans, words

_COMPANY_NOUNS = (r"developer|company|firm|group|refiner|operator|manufacturer|producer|"
                  r"lender|insurer|start-?up|maker|miner|supplier|contractor|utility|"
                  r"conglomerate|investor|consultancy|carrier|broadcaster|newspaper|"
                  r"think[- ]tank|charity|ngo|non-profit|nonprofit|watchdog|regulator|"
                  r"agency|outlet|publisher|wire service|bank|fund")
_COMPANY_AFTER = re.compile(rf"^\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,5}}?"
                            rf"(?:{_COMPANY_NOUNS})\b(?!['’])", re.IGNORECASE)
_COMPANY_BEFORE = re.compile(rf"\b(?:{_COMPANY_NOUNS})\s+$", re.IGNORECASE)
_ROLE_WORDS = (r"chief executive|chief executive officer|ceo|president|vice[- ]president|"
               r"chairman|chairwoman|chair|chairperson|head|director|director[- ]general|"
               r"spokesman|spokeswoman|spokesperson|secretary[- ]general|founder|"
               r"managing director|governor|minister|members?|officials?|staff|board")
_ROLE_OF_BEFORE = re.compile(rf"\b(?:{_ROLE_WORDS})\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
_ROLE_AFTER_POSSESSIVE = re.compile(rf"^\s*(?:{_ROLE_WORDS})\b", re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+)?"
                           r"(?P<verb>[a-z]+)\b")
_SPEECH_AFTER_ASIDE = re.compile(r"^\s*,[^,;]{1,100},\s*(?:also\s+|then\s+|later\s+|"
                                 r"has\s+|had\s+|have\s+)?(?P<verb>[a-z]+)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|told|noted|asked|according to)\s+$")
_APPOSITION = re.compile(r"^\s*,\s*(?P<body>(?:the|a|an|its|his|her)?\s*[^,;()]{2,140}?)"
                         r"\s*(?:,|;|\.|$)")
_PLACE_AFTER = re.compile(r"^\s+(?:district|region|province|county|city|town|village|"
                          r"area|municipality|state|valley|prefecture|neighbourhood|"
                          r"neighborhood|suburb|island|islands|coast)\b")
_BYLINE_BEFORE = re.compile(r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Pp]hotos?|"
                            r"[Ww]ords|[Ii]nterview|[Ii]llustration|[Cc]ompiled)\s+by|"
                            r"^\W*[Bb][Yy]|/)\s*$")
# Small words inside people's names: "Alberto van Klaveren", "Ana de la Cruz".
PARTICLES = frozenset({"van", "von", "den", "der", "de", "da", "das", "dos", "do", "du",
                       "del", "della", "di", "la", "le", "bin", "ibn", "al", "el", "ter"})
_NOT_ROLE = re.compile(r"^(?:and|or|but|who|which|with|together|in|on|at|co-|as|for|to|"
                       r"by|from|after|before|while|\d)", re.IGNORECASE)
_PROJECT_AFTER = re.compile(r"^\s+(?:strategy|programmes?|programs?|initiative|plan|project|"
                            r"scheme|fund|corridor|packages?|framework|agreement|deal|tender|"
                            r"investment)\b")
_ORG_AFTER = re.compile(r"^\s+(?:(?:development|state|central|investment)\s+)?"
                        r"(?:bank|company|group|firm|agency|ministry|party|organi[sz]ation|"
                        r"university|institute|newspaper|broadcaster)\b")
_ROLE_BEFORE = re.compile(r"\b(?:writer|reporter|correspondent|photographer|editor|analyst|"
                          r"spokes(?:man|woman|person)|minister|president|ambassador|"
                          r"director|executive|official|economist|researcher|professor|"
                          r"lawyer|activist|envoy|chairman|chairwoman|commissioner|"
                          r"secretary|governor|mayor|leader|founder|fellow)\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around|from|to|into|via)\s+$")
# Before a lone rare word, only these say "a place": "in Neiafu", "on Upolu".
_LONE_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|on|outside)\s+$")
_ACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z0-9&-]{1,9})\)")
_DATEISH = re.compile(r"\d")


@dataclass
class Sighting:
    name: str
    kind: str | None
    evidence: set[str]
    source: str
    paragraph: int
    sentence: str
    title: str | None = None
    role_country: str | None = None
    role_org: str | None = None
    acronym: str | None = None
    surname_only: bool = False
    titled: str | None = None  # "President Habimana", as written
    forms: set[str] = field(default_factory=set)  # every way the text wrote it


def _low(w: Word) -> str:
    return w.text.lower().rstrip(".")


def _caps_to_title(ws: tuple[Word, ...]) -> list[str]:
    """ "PRESIDENT HABIMANA" (a transcript's label, a byline) reads as a name."""
    texts = [w.text for w in ws]
    if len(texts) > 1 and all(t.isupper() and len(t) > 2 for t in texts if t.isalpha()):
        return [t.title() if t.lower() not in CONNECTORS else t.lower() for t in texts]
    return texts


class SentenceReader:
    """Sightings in one sentence; `source` and `paragraph` say where it is."""

    def __init__(self, gaz: Gazetteer, source: str, paragraph: int, heading: bool,
                 credit: bool = False) -> None:
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
            for span in self._split(whole):
                out.extend(self._span(text, span, previous))
                previous = span
        return out

    def _split(self, span: Span) -> list[Span]:
        """"Kenya and Rwanda" is two names; "Ministry of Lands and Natural Resources" one.
        A name goes on past "and" only when what comes before "and" is not a name of its
        own and the whole ends in a word that makes it one name (Board, Declaration)."""
        lows = [_low(w) for w in span.words]
        if "of" in lows[1:-1]:
            at = lows.index("of")
            before = lows[:at]
            # "Aline Mukamana of the Mining Justice Network": a person, then an org;
            # "Member States of the African Union": a plain noun, then a name.
            person_like = 2 <= len(before) <= 4 and self.gaz.zipf(before[-1]) < 3.0 and \
                not any(self._first_is_head(w) or w in self.w["title_heads"] for w in before)
            generic = all(self.gaz.zipf(w) >= 4.0 and w not in self.w["title_heads"]
                          for w in before) and not self._first_is_head(before[0])
            if person_like or generic:
                right = span.sub(at + 1, len(span.words))
                while right.words and _low(right.words[0]) in ("the", "a", "an"):
                    right = right.sub(1, len(right.words))
                if generic and all(self.gaz.zipf(_low(w)) >= 3.5 for w in right.words if
                                   _low(w) not in CONNECTORS):
                    return []  # "Heads of State and Government": no name at all
                parts = [] if generic else [span.sub(0, at)]
                return parts + (self._split(right) if right.words else [])
        if "and" not in lows and "&" not in lows:
            return [span]
        cut = max(i for i, low in enumerate(lows) if low in ("and", "&"))
        if cut == 0 or cut == len(lows) - 1:
            return [span]
        names = [w.text for w in span.words]
        whole_kind, whole_evidence = self.classify(span.words, names)
        left_kind, _ = self.classify(span.words[:cut], names[:cut])
        right_kind, right_evidence = self.classify(span.words[cut + 1:], names[cut + 1:])
        inside = any(low in ("on", "for") for low in lows[:cut]) or (
            "of" in lows[1:cut] and self._first_is_head(lows[lows.index("of") - 1]) and
            (right_kind is None or right_evidence <= {"company-head"}))
        after_and = lows[cut + 1]
        if whole_kind is not None and "head" in whole_evidence and after_and != "the" and \
                (left_kind is None or inside) and lows[cut - 1] not in self.w["title_heads"]:
            return [span]
        if lows[0] in self.w["title_heads"] and any(lw in ("for", "of") for lw in lows[:cut]):
            return [span]  # "Commissioner for Infrastructure and Energy Ngozi Okafor-Eze"
        left = span.sub(0, cut)
        right = span.sub(cut + 1, len(span.words))
        while right.words and _low(right.words[0]) in ("the", "a", "an"):
            right = right.sub(1, len(right.words))
        return [part for part in (left, right) if part.words]

    # -- one span -----------------------------------------------------------------
    def _span(self, text: str, span: Span, previous: Span | None) -> list[Sighting]:
        found = self._titled(text, span)
        if found is not None:
            return found
        names = _caps_to_title(span.words)
        name = " ".join(names) if names != [w.text for w in span.words] else span.text
        kind, evidence = self.classify(span.words, names)
        after_word = re.match(r"\s+([a-z]+)", text[span.end:span.end + 30])
        if after_word and after_word.group(1) in self.w["plural_nouns_after"] and \
                kind not in ("country", "organization") and not evidence & {"known",
                                                                            "gazetteer"}:
            return []  # "Pacific Island countries", "Dialogue Partners leaders"
        if evidence & {"city", "city-small"} and re.search(r"[\"“‘]\s*$", text[:span.start]):
            return []  # the first word of a quoted title: “Ode to the Motherland”
        sighting = self._new(name, kind, evidence, text)
        sighting.forms.add(span.text)
        after = text[span.end:span.end + 160]
        before = text[max(0, span.start - 60):span.start]
        self._context(sighting, span, after, before, previous, text)
        out = [sighting]
        if len(span.words) == 1 and ("-" in name or "–" in name):
            out.extend(self._parts(name, text))
        return out

    def _new(self, name: str, kind: str | None, evidence: set[str], text: str) -> Sighting:
        return Sighting(name, kind, set(evidence), self.source, self.paragraph, text)

    def _parts(self, name: str, text: str) -> list[Sighting]:
        """"China-Kazakhstan", "AU-EU": each part that is a known name."""
        out = []
        for part in re.split(r"[-–]", name):
            kind, evidence = self.classify((Word(0, len(part), part),), [part])
            if kind is not None and evidence & {"gazetteer", "known", "demonym"}:
                out.append(self._new(part, kind, evidence, text))
        return out

    def _first_is_head(self, low: str) -> bool:
        return any(low in self.w[h] for h in ("organization_heads", "place_heads",
                                              "project_heads", "event_heads"))

    def classify(self, ws: tuple[Word, ...], names: list[str]) -> tuple[str | None, set[str]]:
        """A kind from the name alone, and why."""
        gaz = self.gaz
        full = " ".join(names)
        key = fold(full)
        lows = [n.lower().rstrip(".") for n in names]
        if len(lows) >= 2 and lows[0] in self.w["outlet_first_words"]:
            return "organization", {"head"}  # "Radio Oceania"
        if lows[-1].endswith("s") and lows[-1][:-1] in self.w["organization_heads"]:
            lows[-1] = lows[-1][:-1]  # "Pasifika Subsea Networks"
        first, last = lows[0], lows[-1]
        # "Summit on Critical Minerals", "Partnership for Growth": the word before the
        # first "on"/"for" is the head.
        for i, low in enumerate(lows[1:], start=1):
            if low in ("on", "for") and i < len(lows) - 1:
                head = lows[i - 1]
                for kind, heads in (("event", "event_heads"), ("project", "project_heads"),
                                    ("organization", "organization_heads")):
                    if head in self.w[heads]:
                        return kind, {"head"}
                if head in ("centre", "center") and low == "for":
                    return "organization", {"head"}  # "Centre for South-South Studies"
                break
        if key in gaz.organizations:
            return "organization", {"known"}
        if key in gaz.country_by_name:
            demonym = full in gaz.demonym_of or fold(full) in {fold(d) for d in
                                                                gaz.demonym_of}
            return "country", {"gazetteer", *(["demonym"] if demonym else [])}
        acronym_like = len(names) == 1 and full.isupper() and len(full) <= 5
        if key in gaz.regions and not acronym_like:
            return "place", {"region"}
        if key in gaz.region_demonyms:
            return "place", {"region", "demonym"}
        if len(names) >= 2 and last in self.w["legal_suffixes"]:
            return "organization", {"legal"}
        if last in ("centre", "center"):
            prev = lows[-2] if len(lows) > 1 else ""
            if prev in self.w["venue_words"] or fold(names[0]) in gaz.cities:
                return "place", {"head"}
            return "organization", {"head"}
        if len(names) >= 2 and last in self.w["organization_heads"]:
            return "organization", {"head"}
        if len(names) >= 2 and last in self.w["event_heads"]:
            return "event", {"head"}
        if len(names) >= 2 and last in self.w["project_heads"]:
            return "project", {"head"}
        if len(names) >= 2 and last in self.w["place_heads"]:
            return "place", {"head"}
        if len(names) >= 3 and "of" in lows[1:-1]:
            # "Ministry of Lands", "Lagos Chamber of Commerce", "Port of Tema".
            head = lows[lows.index("of") - 1]
            for kind, heads in (("organization", "organization_heads"),
                                ("place", "place_heads"), ("project", "project_heads"),
                                ("event", "event_heads")):
                if head in self.w[heads]:
                    return kind, {"head"}
        if len(names) >= 2 and first in ("lake", "mount", "mt", "cape", "port", "gulf", "bay",
                                         "isle", "river", "fort", "saint", "st"):
            return "place", {"head"}
        if len(names) >= 2 and last in self.w["company_heads"]:
            return "organization", {"company-head"}
        if key in gaz.cities and not acronym_like:
            _, population = gaz.cities[key]
            if population >= 1_000_000 or key in gaz.capitals:
                return "place", {"gazetteer"}
            if gaz.zipf(last) < 4.0:
                # A town of the gazetteer, believed with more: "in Naivasha", twice.
                return "place", {"city" if population >= 50_000 else "city-small"}
            return None, set()
        if len(ws) == 1 and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*", names[0]) and \
                sum(c.isupper() for c in names[0]) >= 2 and len(names[0]) <= 8:
            return None, {"acronym"}
        return None, set()

    # -- people with a title ------------------------------------------------------------
    def _titled(self, text: str, span: Span) -> list[Sighting] | None:
        """"Rwandan Foreign Minister Claudine Uwamahoro", "President Habimana", and the
        role phrase "Chief Executive Officer of Valoris Metals" (no name: an org's role)."""
        names = _caps_to_title(span.words)
        lows = [n.lower().rstrip(".") for n in names]
        heads = [i for i, low in enumerate(lows) if low in self.w["title_heads"]]
        if not heads:
            return None
        last_head = heads[-1]
        first_head = heads[0]
        # Before the title, the country or body it belongs to ("Rwandan", "European
        # Commission"); the words between are part of the title ("Foreign", "High").
        start = 0
        for cut in range(first_head, 0, -1):
            kind, evidence = self.classify(span.words[:cut], names[:cut])
            if kind in ("country", "organization") and evidence - {"company-head"}:
                start = cut
                break
        prefix = names[:start]
        tail = names[last_head + 1:]
        tail_words = span.words[last_head + 1:]
        title_words = names[start:last_head + 1]
        portfolio: list[str] = []
        if tail and tail[0].lower() in ("of", "for", "to"):
            name_len = 0
            for n in reversed(tail):
                if n.lower() in CONNECTORS or self.gaz.zipf(n) >= 3.6 or \
                        n.lower() in self.w["title_heads"]:
                    break
                name_len += 1
            named = tail[len(tail) - name_len:] if name_len else []
            if named and (len(named) < 2 or (tail[0].lower() == "of" and (
                    self.classify(tuple(Word(0, 0, n) for n in named), named)[0] is not None
                    or any(n.isupper() for n in named)))):
                # "Chief Executive Officer of RMB", "Secretary-General of the Forum
                # Secretariat": a role, no name (a name after a portfolio is a full one).
                name_len = 0
            portfolio = tail[:len(tail) - name_len]
            tail = tail[len(tail) - name_len:] if name_len else []
            tail_words = tail_words[len(tail_words) - name_len:] if name_len else ()
        while tail and tail[0].lower().rstrip(".") in self.w["honorifics"]:
            tail, tail_words = tail[1:], tail_words[1:]
        if any(t.lower() in self.w["title_heads"] or t.lower() in self.w["never_names"]
               for t in tail):
            return None
        role_country, role_org = self._prefix(prefix)
        title_words = [t for t in title_words if t.lower().rstrip(".") not in
                       self.w["honorifics"] or t.lower().rstrip(".") in ("mr", "ms", "mrs")]
        title = " ".join(t for t in title_words + portfolio
                         if t.lower().rstrip(".") not in ("mr", "ms", "mrs")).strip()
        out: list[Sighting] = []
        if portfolio and not tail:
            # A role phrase: what follows "of" may be an organisation or a country
            # ("Chief Executive Officer of Valoris Metals"); "for" names a portfolio.
            if portfolio[0].lower() != "of":
                return []
            target = portfolio[1:]
            if target and target[0].lower() == "the":
                target = target[1:]
            for i, t in enumerate(target):  # "of the European Union for Foreign Affairs"
                if t.lower() in ("for", "on") and i > 0:
                    target = target[:i]
                    break
            if target:
                kind, evidence = self.classify(tuple(Word(0, 0, t) for t in target), target)
                if kind in ("organization", "country") or (
                        kind is None and "acronym" in evidence):
                    org = self._new(" ".join(target), kind or "organization",
                                    evidence | {"role-of"}, text)
                    org.forms.add(" ".join(target))
                    out.append(org)
            return out
        if not tail or len(tail) > 5 or not tail[0][:1].isupper() or not tail[-1][:1].isupper() \
                or not all(t[:1].isupper() or t.lower() in PARTICLES for t in tail):
            return None
        if len(tail) == 1 and (self.gaz.zipf(tail[0]) >= 4.5 or self.classify(
                tail_words, tail)[0] is not None):
            return None  # "General Motors": a company, not General Mr Motors
        person = self._new(" ".join(tail), "person", {"title"}, text)
        person.title = _title_case(title) if title else None
        person.role_country, person.role_org = role_country, role_org
        if len(tail) == 1:
            person.surname_only = True
            person.titled = " ".join([*title_words[-2:], *tail]) if title_words else None
            if title_words and title_words[-1].lower().rstrip(".") in self.w["honorifics"]:
                person.titled = " ".join([title_words[-1], *tail])
        person.forms.add(" ".join(w.text for w in tail_words))
        out.append(person)
        if role_country:
            out.append(self._new(role_country, "country", {"gazetteer"}, text))
        if role_org:
            kind, evidence = self.classify(tuple(Word(0, 0, t) for t in prefix), prefix)
            out.append(self._new(" ".join(prefix), kind or "organization", evidence | {"role"},
                                 text))
        return out

    def _prefix(self, prefix: list[str]) -> tuple[str | None, str | None]:
        """(country, organisation) a title belongs to: "Rwandan", "European Commission"."""
        if not prefix:
            return None, None
        key = fold(" ".join(prefix))
        if key in self.gaz.country_by_name:
            return self.gaz.country_by_name[key], None
        return None, " ".join(prefix)

    # -- evidence around a span ------------------------------------------------------
    def _context(self, s: Sighting, span: Span, after: str, before: str,
                 previous: Span | None, text: str) -> None:
        if m := _ACRONYM.match(after):
            acronym = m.group("acr")
            if _initials_match(acronym, s.name.split()):
                s.acronym = acronym
                s.evidence.add("acronym-defined")
            elif (joined := _defined_by(acronym, text[:span.end])) is not None:
                # "Ports, Harbours and Shipping Authority (PHSA)": a name with commas.
                s.name, s.acronym = joined, acronym
                s.forms.add(joined)
                s.evidence.add("acronym-defined")
            if s.acronym and s.kind is None:
                s.kind = "organization"
        if span.possessive and _ROLE_AFTER_POSSESSIVE.match(after):
            s.evidence.add("has-role")  # "Savanna Hydrogen's chief executive"
        if _ROLE_OF_BEFORE.search(before):
            s.evidence.add("role-of")
        role_apposition = False
        if (m := _APPOSITION.match(after)) and not span.possessive:
            body = m.group("body").lower()
            first_words = re.findall(r"[\w-]+", body)[:5]
            role_apposition = bool(set(first_words) & (self.w["title_heads"] |
                                                      self.w["role_words"])) and \
                not _NOT_ROLE.match(body)
        if not role_apposition and (_COMPANY_AFTER.match(after) or
                                    _COMPANY_BEFORE.search(before)):
            s.evidence.add("company")
            if s.kind in (None, "person"):
                s.kind = "organization"
        if not span.possessive and any(
                (m := pattern.match(after)) and m.group("verb") in self.w["speech_verbs"]
                for pattern in (_SPEECH_AFTER, _SPEECH_AFTER_ASIDE)):
            s.evidence.add("speech")
        if _SPEECH_BEFORE.search(before):
            s.evidence.add("speech")
        if (m := _APPOSITION.match(after)) and not span.possessive:
            if role_apposition:
                s.evidence.add("apposition")
                s.title = s.title or _role_text(m.group("body"))
            elif m.group("body").lower().startswith("who "):
                s.evidence.add("apposition")
        if previous is not None and text[previous.end:span.start].strip() == "," and \
                self._is_title_phrase(previous):
            s.evidence.add("apposition")
            s.title = s.title or _title_case(previous.text)
        if _PLACE_BEFORE.search(before):
            s.evidence.add("located")
            if len(span.words) == 1 and not _LONE_PLACE_BEFORE.search(before) and \
                    not s.evidence & {"gazetteer", "city", "city-small", "region"}:
                s.evidence.discard("located")  # "according to Ndayisaba", "from Habimana"
        if _PLACE_AFTER.match(after):
            s.evidence.add("place-noun")
        if _PROJECT_AFTER.match(after) and s.kind is None:
            s.kind = "project"
            s.evidence.add("project-noun")
        if _ORG_AFTER.match(after) and s.kind in (None, "place"):
            s.kind = "organization"
            s.evidence.add("org-noun")
        if _BYLINE_BEFORE.search(before) or (self.credit and s.kind is None):
            s.evidence.add("byline")
        if _ROLE_BEFORE.search(before) and s.kind is None:
            s.evidence.add("role-before")  # "CPA writer Marta Kowalczyk"
        if s.kind == "place" and re.match(r"^\s+region\b", after) and \
                fold(s.name + " region") in self.gaz.regions:
            s.name = self.gaz.regions[fold(s.name + " region")]  # "Great Lakes region"

    def _is_title_phrase(self, span: Span) -> bool:
        lows = [_low(w) for w in span.words]
        return any(low in self.w["title_heads"] for low in lows) and \
            not any(w.possessive for w in span.words)


def _defined_by(acronym: str, before: str) -> str | None:
    """The shortest run of words ending `before` whose initials spell `acronym`, reaching
    back over commas but not over a full stop."""
    tail = re.split(r"[.;:()\"“”]", before)[-1]
    words = re.findall(r"[\w'’&-]+", tail)
    for start in range(len(words) - 1, max(-1, len(words) - 3 * len(acronym) - 4), -1):
        if words[start][:1].isupper() and _initials_match(acronym, words[start:]):
            first = tail.rfind(words[start], 0, len(tail) - len(" ".join(words[start + 1:])))
            return " ".join(tail[first:].split()) if first >= 0 else None
    return None


def _initials_match(acronym: str, parts: list[str]) -> bool:
    """Do the capitals of the acronym follow the initials of the name's words ("EIB",
    "European Investment Bank"; "RMB", "Rwanda Mines, Petroleum and Gas Board")?"""
    letters = [c for c in acronym if c.isupper()]
    initials = [p[0].upper() for p in parts if p[:1].isupper()]
    if not letters or not initials or letters[0] != initials[0] or \
            letters[-1] != initials[-1]:
        return False
    i = 0
    for initial in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
    return i == len(letters)


def _title_case(text: str) -> str:
    return " ".join(w if w.lower() in CONNECTORS or any(c.isupper() for c in w[1:])
                    else w[:1].upper() + w[1:] for w in text.split())


def _role_text(body: str) -> str:
    body = re.sub(r"^(?:the|a|an|its|his|her)\s+", "", body.strip(), flags=re.IGNORECASE)
    return body[:1].upper() + body[1:]
