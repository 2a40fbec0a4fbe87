"""One span of capitals, cut into the names it holds.

"Kenya and Rwanda" is two names, "Ministry of Lands and Natural Resources" one;
"Aline Mukamana of the Mining Justice Network" is a person and an organisation, and
"Heads of State and Government" no name at all. The kinds of the parts (`classify`)
decide where a cut goes.
"""

from __future__ import annotations

from generator.extract.detect.classify import classify
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.spans import CONNECTORS, Span
from generator.extract.detect.trim import two_portfolios
from generator.extract.detect.wording import lowered
from generator.load.names import fold

# What says a name is one of the world's countries, regions or bodies as a whole.
GAZETTEER = frozenset({"gazetteer", "known", "region"})


def split_names(gaz: Gazetteer, span: Span) -> list[Span]:
    """ "Kenya and Rwanda" is two names; "Ministry of Lands and Natural Resources" one.
    A name goes on past "and" only when what comes before "and" is not a name of its
    own and the whole ends in a word that makes it one name (Board, Declaration)."""
    vocab = gaz.words
    lows = [lowered(w) for w in span.words]
    names = [w.text for w in span.words]
    whole_kind: str | None = None
    whole_evidence: set[str] = set()
    if len(lows) >= 3 and ("of" in lows or "and" in lows):
        whole_kind, whole_evidence = classify(gaz, span.words, names)
        if whole_evidence & GAZETTEER:
            return [span]  # "Democratic Republic of Congo", "Trinidad and Tobago"
    if len(lows) >= 3 and lows[:2] == ["government", "of"]:
        rest = _without_articles(span.sub(2, len(span.words)))
        if rest.words and _is_country(gaz, rest):
            # "the Government of Trinidad and Tobago": the country as its government,
            # as "the Chilean government" is; not a body of its own.
            return [rest]
    if _parent_acronym(gaz, span):
        return [span.sub(0, 1), *split_names(gaz, span.sub(1, len(span.words)))]
    if "of" in lows[1:-1]:
        at = lows.index("of")
        before = lows[:at]
        if before[0].rstrip(".") in vocab["honorifics"] and len(before) >= 2:
            # "Mr Tan of Singapore", "Dr Ong of Maybank": the person (trim kept the
            # honorific for a plain name only), then what they are of.
            right = _without_articles(span.sub(at + 1, len(span.words)))
            return [span.sub(0, at), *(split_names(gaz, right) if right.words else [])]
        # "Aline Mukamana of the Mining Justice Network": a person, then an org;
        # "Member States of the African Union": a plain noun, then a name.
        # A surname may be an everyday word when the first name is not ("Anan Chai",
        # "Nguyen Van Long"): "People's Republic of China" is no person.
        person_like = (
            2 <= len(before) <= 4
            and (gaz.zipf(before[-1]) < 3.0 or gaz.zipf(before[0]) < 3.0)
            and not any(gaz.head_word(w) or w in vocab["title_heads"] for w in before)
        )
        # ("Caribbean Court of Justice" ends in a body's head word before "of": a name.)
        generic = (
            all(gaz.zipf(w) >= 4.0 and w not in vocab["title_heads"] for w in before)
            and not gaz.head_word(before[0])
            and before[-1] not in vocab["organization_heads"]
        )
        # "Minister Tremblay-Ouellet of Canada", "President Ruto of Kenya": a titled
        # person, then the country the title is of.
        titled = (
            len(before) >= 2
            and before[0] in vocab["title_heads"]
            and before[-1] not in vocab["title_heads"]
            and gaz.zipf(before[-1]) < 3.0
            and _gazetteer_name(gaz, span.sub(at + 1, len(span.words)))
        )
        if titled:
            right = span.sub(at + 1, len(span.words))
            return [*split_names(gaz, span.sub(0, at)), *split_names(gaz, right)]
        if person_like or generic:
            right = _without_articles(span.sub(at + 1, len(span.words)))
            if generic and all(
                gaz.zipf(lowered(w)) >= 3.5 for w in right.words if lowered(w) not in CONNECTORS
            ):
                # "Heads of State and Government": no name at all; but "Republic of China
                # and Japan" holds two that the gazetteers know.
                known = [
                    part
                    for part in (split_names(gaz, right) if right.words else [])
                    if classify(gaz, part.words, [w.text for w in part.words])[1] & GAZETTEER
                ]
                return known
            parts = [] if generic else [span.sub(0, at)]
            return parts + (split_names(gaz, right) if right.words else [])
    if "and" not in lows and "&" not in lows:
        return [span]
    cut = max(i for i, low in enumerate(lows) if low in ("and", "&"))
    if cut == 0 or cut == len(lows) - 1:
        return [span]
    # Here the span has three words or more and an "and": `whole_*` were read above.
    # ("St Lucia and St. Kitts and Nevis" opens with a place's first word, which is no
    # head of the whole.)
    if not whole_evidence & {"head", "legal"} or not gaz.head_word(lows[-1]):
        # "French Polynesia and Wallis and Futuna": the gazetteers know where the first
        # name ends, which the last "and" alone would get wrong.
        for at, low in enumerate(lows[1:-1], start=1):
            if low != "and":
                continue
            _, left_evidence = classify(gaz, span.words[:at], names[:at])
            if left_evidence & GAZETTEER:
                rest = _without_articles(span.sub(at + 1, len(span.words)))
                return [span.sub(0, at), *(split_names(gaz, rest) if rest.words else [])]
    left_kind, _ = classify(gaz, span.words[:cut], names[:cut])
    right_kind, right_evidence = classify(gaz, span.words[cut + 1 :], names[cut + 1 :])
    inside = any(low in ("on", "for") for low in lows[:cut]) or (
        "of" in lows[1:cut]
        and gaz.head_word(lows[lows.index("of") - 1])
        and (right_kind is None or right_evidence <= {"company-head"})
    )
    after_and = lows[cut + 1]
    if (
        whole_kind is not None
        and "head" in whole_evidence
        and after_and != "the"
        and (left_kind is None or inside)
        and lows[cut - 1] not in vocab["title_heads"]
    ):
        return [span]
    if lows[0] in vocab["title_heads"] and any(lw in ("for", "of") for lw in lows[:cut]):
        return [span]  # "Commissioner for Infrastructure and Energy Ngozi Okafor-Eze"
    if two_portfolios(vocab, lows, cut):
        return [span]  # "Trade and Industry Minister Ebrahim Patel"
    left = span.sub(0, cut)
    right = _without_articles(span.sub(cut + 1, len(span.words)))
    return [part for part in (left, right) if part.words]


def _without_articles(span: Span) -> Span:
    """The span without the articles it opens with ("the Mining Justice Network")."""
    while span.words and lowered(span.words[0]) in ("the", "a", "an"):
        span = span.sub(1, len(span.words))
    return span


def _is_country(gaz: Gazetteer, span: Span) -> bool:
    """Is the span, as a whole, one of the world's countries?"""
    return fold(" ".join(w.text for w in span.words)) in gaz.country_by_name


def _gazetteer_name(gaz: Gazetteer, span: Span) -> bool:
    """Is the span ("the") a name the gazetteers know as a whole (a country, a body)?"""
    span = _without_articles(span)
    return bool(span.words) and bool(
        classify(gaz, span.words, [w.text for w in span.words])[1] & GAZETTEER
    )


def _parent_acronym(gaz: Gazetteer, span: Span) -> bool:
    """ "U.N. Economic Commission for Africa", "EU Agency for Asylum": a known body's or
    country's acronym before another body's name is its parent, a name of its own."""
    names = [w.text for w in span.words]
    letters = names[0].replace(".", "")
    if len(names) < 3 or len(letters) < 2 or not letters.isupper():
        return False
    if classify(gaz, span.words, names)[1] & GAZETTEER:
        return False  # "UN Security Council": known as a whole
    kind, evidence = classify(gaz, span.words[:1], names[:1])
    rest_kind, _ = classify(gaz, span.words[1:], names[1:])
    return (
        kind in ("organization", "country")
        and bool(evidence & GAZETTEER)
        and (rest_kind == "organization")
    )
