"""What a candidate is called, its aliases and how far it is believed, once the corpus
is read and merged.

The display name is the most used spelling with its accents ("Sjöberg" over
"Sjoberg"); aliases are the other forms, acronyms and titled forms, and a surname the
text uses alone; an alias two candidates claim belongs to neither. The confidence
comes from the kind and the strength of the evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.extract.detect.candidate import Candidate, name_key
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.shapes import person_shape
from generator.load.names import fold

# Evidence strong enough to show a detected entity in the site (below: the draft only).
STRONG = {
    "known",
    "gazetteer",
    "region",
    "title",
    "legal",
    "ampersand",
    "dateline-agency",
    "affiliation",
    "acronym-defined",
    "head",
    "apposition",
    "speech",
    "byline",
    "role-of",
    "has-role",
    "role",
    "place-noun",
    "place-of",
    "project-noun",
    "org-noun",
    "company",
    "role-before",
    "contact",
}


def without_suffix(name: str, gaz: Gazetteer) -> str:
    """ "Valoris Metals NV" is "Valoris Metals", "Terminais Atlântico S.A." is "Terminais
    Atlântico"."""
    parts = name.split()
    if len(parts) > 2 and parts[-1].lower().replace(".", "") in gaz.words["droppable_suffixes"]:
        return " ".join(parts[:-1])
    return name


def display_name(cand: Candidate, gaz: Gazetteer) -> str:
    """The name to show: a person's full name, an organisation's fullest form, never an
    acronym (a country keeps the gazetteer's name)."""
    if cand.kind == "country" or (cand.kind == "place" and fold(cand.name) in gaz.regions):
        return cand.name  # "Latin America", though written "Latin American"
    names = [f for f in cand.forms if not (f.isupper() and len(f) <= 10 and cand.kind != "country")]
    if cand.kind == "person":
        full = [f for f in names if len(f.split()) >= 2]
        names = full or names
    if not names:
        return cand.name
    # The most used spelling (counting "Sjöberg" and "Sjoberg" as one), written with
    # its accents; a one-off typo ("Sjöbergg") never wins a tie.
    spelled: Counter[str] = Counter()
    for f in names:
        spelled[name_key(f)] += cand.forms[f]
    best = max(
        names, key=lambda f: (spelled[name_key(f)], cand.forms[f], not f.isascii(), len(f), f)
    )
    if cand.kind == "organization":
        # A form that holds the others ("Rwanda Mines, Petroleum and Gas Board").
        holders = [f for f in names if all(name_key(o) in name_key(f) for o in names)]
        best = without_suffix(max(holders, key=len) if holders else best, gaz)
    best = best[4:] if best.startswith("the ") else best
    if best.split(" ", 1)[0] in gaz.words["place_first_words"]:
        best = best[:1].upper() + best[1:]  # "port of Lobito", as read in a sentence
    return best


def aliases_of(cand: Candidate, gaz: Gazetteer, lone: Counter[str]) -> set[str]:
    """Other names of the candidate; `lone` counts the single words seen on their own."""
    aliases = {
        f
        for f in cand.forms
        if (f != cand.name and not f.isupper()) or (f.isupper() and len(f) <= 10 and f != cand.name)
    }
    aliases |= cand.acronyms | cand.titled
    if cand.kind == "organization":
        known = gaz.organizations.get(fold(cand.name))
        if known:
            aliases |= set(known[1])
        if cand.name.startswith("The "):
            aliases.add(cand.name[4:])
    if cand.kind == "country":
        country = gaz.countries.get(cand.name)
        if country:
            aliases |= {d for d in country.demonyms if gaz.demonym_of.get(d) == cand.name}
    if cand.kind == "person":
        parts = cand.name.split()
        # Any word of a longer name: a second surname follows the first ("Echeverría" of
        # María Paz Echeverría Larraín).
        for part in set(parts) if len(parts) > 1 else set():
            if lone.get(part) and gaz.zipf(part) < 4.5 and part[:1].isupper():
                aliases.add(part)
        aliases = {a for a in aliases if len(a.split()) >= 2 or a in lone or a in cand.titled}
    kept = {
        a
        for a in aliases
        if (a.strip() and a != cand.name and not a.isupper()) or (a.isupper() and a != cand.name)
    }

    # One spelling per apostrophe style ("Leaders’ Summit", "Leaders' Summit"), and none
    # that only restyles the name's apostrophes; other spellings stay ("Sjoberg").
    def plain(text: str) -> str:
        return text.replace("’", "'").replace("‘", "'")

    by_style: dict[str, str] = {}
    for a in sorted(kept):
        if plain(a) != plain(cand.name):
            by_style.setdefault(plain(a), a)
    return set(by_style.values())


def confidence_of(cand: Candidate, gaz: Gazetteer) -> float:
    """How far the candidate is believed (CONFIDENT and above: shown in the site)."""
    strong = set(cand.evidence) & STRONG
    if cand.kind == "country":
        return 1.0
    if cand.kind == "person":
        vouched = bool(set(cand.evidence) & {"title", "byline", "apposition"})
        if not person_shape(cand.name, gaz, vouched) and len(cand.name.split()) >= 2:
            return 0.3
        base = 0.9 if "title" in strong else 0.8 if strong else 0.4
        if len(cand.name.split()) == 1:
            base -= 0.15  # known only by a title and a surname
        return min(1.0, base + 0.05 * (len(cand.sources) - 1))
    if cand.kind == "organization" and set(cand.evidence) <= {"company-head", "located"}:
        return 0.5
    if cand.kind == "organization" and "acronym-head" in cand.evidence and not strong:
        return 0.75  # an acronym never spelt out, but a body by how it is used
    if cand.kind == "place" and set(cand.evidence) == {"located"}:
        return 0.75 if sum(cand.forms.values()) >= 2 else 0.6
    if cand.kind == "place" and set(cand.evidence) <= {"located", "city-small", "city"}:
        # A town of the gazetteer, or a name after "in": believed when both agree,
        # or when it comes back.
        seen = sum(cand.forms.values())
        agree = bool(cand.evidence["located"]) and bool(
            cand.evidence["city"] or cand.evidence["city-small"]
        )
        return 0.8 if agree or (cand.evidence["city"] and seen >= 2) else 0.5
    return 0.9 if strong else 0.5


def unclaim_shared_aliases(cands: list[Candidate]) -> None:
    """An alias two candidates claim belongs to neither (the matcher would refuse it)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for cand in cands:
        for alias in {cand.name, *cand.aliases}:
            owners[name_key(alias)].add(id(cand))
    for cand in cands:
        cand.aliases = {a for a in cand.aliases if owners[name_key(a)] == {id(cand)}}
