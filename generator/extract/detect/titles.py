"""People with a title: "Rwandan Foreign Minister Claudine Uwamahoro" (a person, with the
role Foreign Minister of Rwanda), "President Habimana" (a title and a surname), and the
role phrase "Chief Executive Officer of Valoris Metals" (no person: an organisation's
role, which vouches for the organisation).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.extract.detect.classify import classify
from generator.extract.detect.cues import PARTICLES
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.portfolios import after_last_country, countries_in
from generator.extract.detect.sighting import Sighting
from generator.extract.detect.spans import CONNECTORS, Span, Word
from generator.extract.detect.wording import (
    NAME_PART_TITLES,
    caps_to_title,
    inside_name,
    title_case,
)
from generator.load.names import fold

_MINISTERIAL = frozenset({"minister", "ministers", "secretary", "commissioner"})
# The reader's maker of sightings: (name, kind, evidence, sentence) -> a new sighting
# that knows its source and paragraph.
NewSighting = Callable[[str, str | None, set[str], str], Sighting]


def read_titled(gaz: Gazetteer, text: str, span: Span, new: NewSighting) -> list[Sighting] | None:
    """ "Rwandan Foreign Minister Claudine Uwamahoro", "President Habimana", and the
    role phrase "Chief Executive Officer of Valoris Metals" (no name: an org's role).
    None when the span is none of these: the reader then takes it as a plain name."""
    vocab = gaz.words
    names = caps_to_title(span.words)
    lows = [n.lower().rstrip(".") for n in names]
    heads = [
        i
        for i, low in enumerate(lows)
        if low in vocab["title_heads"] and not inside_name(lows, i, vocab["title_heads"])
    ]
    if not heads:
        return None
    last_head = heads[-1]
    first_head = heads[0]
    # Before the title, the country or body it belongs to ("Rwandan", "European
    # Commission"); the words between are part of the title ("Foreign", "High").
    start = 0
    for cut in range(first_head, 0, -1):
        if lows[cut - 1] == "cabinet":
            continue  # "Energy Cabinet Secretary": a title, not a cabinet's secretary
        kind, evidence = classify(gaz, span.words[:cut], names[:cut])
        if kind in ("country", "organization") and evidence - {"company-head"}:
            start = cut
            break
    prefix = names[:start]
    tail = names[last_head + 1 :]
    tail_words = span.words[last_head + 1 :]
    title_words = names[start : last_head + 1]
    portfolio: list[str] = []
    if tail and tail[0].lower() in ("of", "for", "to"):
        name_len = 0
        for n in reversed(tail):
            inner = n.lower() in NAME_PART_TITLES and name_len > 0  # "Abdirahman Sheikh Nur"
            if not inner and (
                n.lower() in CONNECTORS or gaz.zipf(n) >= 3.6 or n.lower() in vocab["title_heads"]
            ):
                break
            name_len += 1
        # After the portfolio's last country, the rest is the name, common first names
        # and all: "Ambassador of Peru to Chile Ana Soto".
        after_country = after_last_country(gaz, tail)
        if 2 <= after_country <= 4 and after_country > name_len:
            name_len = after_country
        named = tail[len(tail) - name_len :] if name_len else []
        if named and (
            len(named) < 2
            or (
                tail[0].lower() == "of"
                and (
                    classify(gaz, tuple(Word(0, 0, n) for n in named), named)[0] is not None
                    or any(n.isupper() for n in named)
                )
            )
        ):
            # "Chief Executive Officer of RMB", "Secretary-General of the Forum
            # Secretariat": a role, no name (a name after a portfolio is a full one).
            name_len = 0
        portfolio = tail[: len(tail) - name_len]
        tail = tail[len(tail) - name_len :] if name_len else []
        tail_words = tail_words[len(tail_words) - name_len :] if name_len else ()
    while tail and tail[0].lower().rstrip(".") in vocab["honorifics"]:
        tail, tail_words = tail[1:], tail_words[1:]
    if any(
        (t.lower() in vocab["title_heads"] and t.lower() not in NAME_PART_TITLES)
        or t.lower() in vocab["never_names"]
        for t in tail
    ):
        return None
    role_country, role_org = _prefix(gaz, prefix)
    title_words = [
        t
        for t in title_words
        if t.lower().rstrip(".") not in vocab["honorifics"]
        or t.lower().rstrip(".") in ("mr", "ms", "mrs")
    ]
    title = " ".join(
        t for t in title_words + portfolio if t.lower().rstrip(".") not in ("mr", "ms", "mrs")
    ).strip()
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
            if t.lower() in ("for", "on", "to") and i > 0:
                target = target[:i]
                break
        # A minister's portfolio may be any everyday words ("Minister of Transport and
        # Logistics"); a chief executive's "of" names a body ("of Horn Gateway").
        ministerial = bool({w.lower() for w in title_words} & _MINISTERIAL)
        if all(
            t.lower() in vocab["portfolio_words"]
            or t.lower() == "and"
            or (ministerial and not t.isupper() and gaz.zipf(t.lower()) >= 3.5)
            for t in target
        ):
            return out  # "Minister of Hydrocarbons and Energy": a portfolio, no body
        # The other countries it names; the target itself is read below, as a role's.
        others = [c for c in countries_in(gaz, portfolio[1:]) if c != " ".join(target)]
        out.extend(new(c, "country", {"gazetteer"}, text) for c in others)
        if target:
            kind, evidence = classify(gaz, tuple(Word(0, 0, t) for t in target), target)
            if kind in ("organization", "country") or (kind is None and "acronym" in evidence):
                org = new(" ".join(target), kind or "organization", evidence | {"role-of"}, text)
                org.forms.add(" ".join(target))
                out.append(org)
        return out
    if (
        not tail
        or len(tail) > 5
        or not tail[0][:1].isupper()
        or not tail[-1][:1].isupper()
        or not all(t[:1].isupper() or t.lower() in PARTICLES for t in tail)
    ):
        return None
    if len(tail) == 1 and (
        gaz.zipf(tail[0]) >= 4.5
        or classify(gaz, tail_words, tail)[0] is not None
        or gaz.head_word(tail[0].lower())
    ):
        # "General Motors": a company, not General Mr Motors; "Climate Justice
        # Alliance", "Chief Justice Council": a body's head word is no surname.
        return None
    person = new(" ".join(tail), "person", {"title"}, text)
    person.title = title_case(title) if title else None
    person.role_country, person.role_org = role_country, role_org
    if len(tail) == 1:
        person.surname_only = True
        person.titled = " ".join([*title_words[-2:], *tail]) if title_words else None
        if title_words and title_words[-1].lower().rstrip(".") in vocab["honorifics"]:
            person.titled = " ".join([title_words[-1], *tail])
    person.forms.add(" ".join(w.text for w in tail_words))
    out.append(person)
    if role_country:
        out.append(new(role_country, "country", {"gazetteer"}, text))
    out.extend(new(c, "country", {"gazetteer"}, text) for c in countries_in(gaz, portfolio))
    if role_org:
        kind, evidence = classify(gaz, tuple(Word(0, 0, t) for t in prefix), prefix)
        out.append(new(" ".join(prefix), kind or "organization", evidence | {"role"}, text))
    return out


def _prefix(gaz: Gazetteer, prefix: list[str]) -> tuple[str | None, str | None]:
    """(country, organisation) a title belongs to: "Rwandan", "European Commission"."""
    if not prefix:
        return None, None
    key = fold(" ".join(prefix))
    if key in gaz.country_by_name:
        return gaz.country_by_name[key], None
    return None, " ".join(prefix)
