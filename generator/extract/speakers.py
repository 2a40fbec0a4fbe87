"""Who a speaker can be when the text does not give a name: "the Chinese president",
"the EU's top diplomat", "the commissioner", or a transcript's "PRESIDENT HABIMANA:".

Built from the entity records (curated, drafted or detected): each person's roles (title,
country, organization) and names, each country's demonyms and each organization's
names. A description resolves only when exactly one person fits it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.extract.speaker_words import NAME_LABEL, SYNONYMS, turn_label
from generator.extract.textnorm import fold
from generator.load.kinds import Country, Organization, Person
from generator.load.schema import Entity

# An alias with an honorific says the person's gender: "Mrs Hodan Waïs", "Mr Li".
_HONORIFIC = re.compile(r"^(Mr|Mrs|Ms|Miss|Mme|Madam|Madame|Sir|Dame|Lady|Lord)\.?\s")
_MALE = frozenset({"Mr", "Sir", "Lord"})


@dataclass
class Role:
    person: str
    title: str  # folded
    country: str | None
    organization: str | None


@dataclass
class SpeakerIndex:
    people: set[str] = field(default_factory=set)
    names: dict[str, set[str]] = field(default_factory=dict)  # folded word/name -> people
    forms: dict[str, set[str]] = field(default_factory=dict)  # folded name/alias -> people
    roles: list[Role] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)  # folded name/demonym -> id
    organizations: dict[str, str] = field(default_factory=dict)  # folded name/alias -> id
    genders: dict[str, str] = field(default_factory=dict)  # person -> "m"/"f", from "Mrs X"

    @classmethod
    def build(cls, entities: Mapping[str, Entity]) -> SpeakerIndex:
        index = cls()
        for eid, e in entities.items():
            forms = [e.name, *e.aliases]
            if isinstance(e, Person):
                index.people.add(eid)
                for form in forms:
                    if m := _HONORIFIC.match(form):
                        index.genders.setdefault(eid, "m" if m.group(1) in _MALE else "f")
                    index.names.setdefault(fold(form), set()).add(eid)
                    index.forms.setdefault(fold(form), set()).add(eid)
                    for word in form.split():
                        index.names.setdefault(fold(word), set()).add(eid)
                for role in e.roles:
                    index.roles.append(Role(eid, fold(role.title), role.country, role.organization))
                    if role.country is None and e.country:
                        index.roles[-1].country = e.country
            elif isinstance(e, Country):
                for form in forms:
                    index.countries[fold(form)] = eid
            elif isinstance(e, Organization):
                for form in forms:
                    index.organizations[fold(form)] = eid
        return index

    def describe(self, qualifier: str, title: str, present: Mapping[str, None]) -> str | None:
        """The one person a description fits: "Chinese" + "president"; only people
        named in the article (`present`) are considered."""
        found = self.fits(qualifier, title, present)
        return next(iter(found)) if len(found) == 1 else None

    def fits(self, qualifier: str, title: str, present: Mapping[str, None]) -> set[str]:
        """Everyone named in the article whom the description fits."""
        title = fold(title)
        wanted = {title} | SYNONYMS.get(title, set())
        words = [re.sub(r"['’]s$", "", w) for w in fold(qualifier).split()]
        qual = " ".join(words)
        country = next((self.countries[w] for w in [qual, *words] if w in self.countries), None)
        if country is None:
            country = next((c for w in words if (c := self._demonym(w))), None)
        org = next((self.organizations[w] for w in [qual, *words] if w in self.organizations), None)
        second = bool({"vice", "deputy"} & set(words))  # "the deputy minister"
        found = set()
        for role in self.roles:
            if role.person not in present or not any(
                _holds(role.title, w, second, "prime" in words) for w in wanted
            ):
                continue
            if country and role.country != country and country not in role.title:
                continue
            if org and role.organization != org:
                continue
            if not country and not org and words and not any(w in role.title for w in words):
                continue  # "the energy minister": the role must say "energy"
            found.add(role.person)
        # "the Tongan prime minister" may read as "Tongan prime" + "minister": of several
        # that fit, the ones whose title has the description's other words.
        extra = [w for w in words if w not in self.countries and not self._demonym(w)]
        if len(found) > 1 and extra:
            narrowed = {
                role.person
                for role in self.roles
                if role.person in found and all(w in fold(role.title) for w in extra)
            }
            return narrowed or found
        return found

    def _demonym(self, word: str) -> str | None:
        """The country a demonym names ("Tongan"), through the gazetteer when the
        curated country does not list it as an alias."""
        from generator.extract.detect.gazetteer import gazetteer

        name = gazetteer().country_by_name.get(word)
        return self.countries.get(fold(name)) if name else None

    def label(self, text: str) -> tuple[str | None, int]:
        """The speaker of a transcript turn "PRESIDENT HABIMANA: ...", and where the
        words spoken start; (None, 0) for a line that is not a turn."""
        found = turn_label(text)
        if found is None:
            return self._name_label(text)
        label, start = fold(found[0]), found[1]
        words = label.split()
        people: set[str] = set(self.names.get(label, set()))
        if not people:
            for word in reversed(words):
                people = self.names.get(word, set())
                if people:
                    break
        return (next(iter(people)) if len(people) == 1 else None), start

    def _name_label(self, text: str) -> tuple[str | None, int]:
        """ "Ana Ruiz: ...", "Ruiz: ...": a turn only when the whole label is one person's
        name or alias (a word of it is not enough in mixed case: "Ruiz said: ...")."""
        m = NAME_LABEL.match(text)
        if not m:
            return None, 0
        people = self.forms.get(fold(m.group("label")), set())
        if len(people) != 1:
            return None, 0
        return next(iter(people)), text.index(":", m.end("label")) + 1

    def label_role(self, text: str, present: Mapping[str, None]) -> str | None:
        """A turn labelled by a role ("PRESENTER:") is the one person with that role."""
        found = turn_label(text)
        return self.describe("", found[0], present) if found else None


def _holds(title: str, word: str, second: bool, prime: bool = False) -> bool:
    """Does the role's (folded) title hold this title word as its own ("President of Brazil"), not
    inside another ("Vice-President for Countries", "Deputy Minister", "State Minister for
    Foreign Affairs", a junior one; "Prime Minister", unless `prime` is asked for), unless
    a second is what the description asks for ("the vice-president")?"""
    if second:
        return word in title
    other = r"(?<!vice )(?<!deputy )(?<!state )(?<!assistant )(?<!junior )"
    if not prime:
        other += r"(?<!prime )"  # "the Minister" is not the Prime Minister
    return bool(re.search(rf"(?<![\w-]){other}{re.escape(word)}(?![\w-])", title))
