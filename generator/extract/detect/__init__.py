"""Entities detected in the articles themselves, for a corpus with little or no YAML.

Per article, each sentence is read for names and the evidence around them
(`sightings`); over the whole corpus, sightings become candidates with aliases, a kind
and a confidence (`entities`); confident candidates that no curated record covers
become entity records marked "detected, not reviewed", the rest feed `suggest`'s draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.extract.detect.contacts import read_contacts
from generator.extract.detect.entities import CONFIDENT, Aggregator, Candidate
from generator.extract.detect.gazetteer import gazetteer
from generator.extract.detect.records import to_records
from generator.extract.detect.sightings import SentenceReader, Sighting
from generator.extract.sentences import split_sentences
from generator.load.articles import Article
from generator.load.contacts import LABEL as CONTACT_LABEL
from generator.load.names import fold
from generator.load.schema import Entity


@dataclass
class Detection:
    candidates: list[Candidate]
    unlinked: list[Candidate]


def read_article(file: str, article: Article) -> list[Sighting]:
    """Every sighting in one article (captions and bylines included: they name people)."""
    gaz = gazetteer()
    out: list[Sighting] = []
    headline = [article.headline] if article.headline else []
    for paragraph in [*headline, *article.paragraphs]:
        # A dash in the headline joins its halves ("Ledger #87 – What X delivered"); in a
        # header line it sets a name apart ("Energy Review — Interview").
        credit_line = _credit_line(paragraph.text) and paragraph not in headline
        reader = SentenceReader(
            gaz, file, paragraph.number, paragraph.kind == "heading", credit=credit_line
        )
        credit = SentenceReader(gaz, file, paragraph.number, False, credit=True)
        found = []
        for k, sentence in enumerate(split_sentences(paragraph.text)):
            # "... in Kigali. Photo: Priya Chand / Island Observer": a caption's credit.
            closing_credit = k > 0 and _PHOTO_CREDIT.match(sentence.text) is not None
            read = (credit if closing_credit else reader).read(sentence.text)
            if paragraph.kind == "heading" and not credit_line:
                # Headings are title-cased: only what the gazetteers or a title vouch for.
                read = [s for s in read if s.evidence & {"known", "gazetteer", "region", "title"}]
            found.extend(read)
        read_contacts(gaz, paragraph.text, found)
        out.extend(found)
    return out


_PHOTO_CREDIT = re.compile(r"(?:Photo|Photograph|Picture|Image)s?(?: by)?:\s")


def _credit_line(text: str) -> bool:
    """ "By Rehema Salum, The Coastal Times", "Brussels Energy Review — Interview": a
    header line of names, not a title-cased headline, nor a paragraph after its dateline
    ("KIGALI, 13 October 2025 – Valoris Metals NV, the ...")."""
    if re.match(r"^[*_]*(?:By|BY|Reporting by|Words by)\s", text):
        return True
    # A contact's "phone | email" is no header line either (`contacts` reads those).
    short = len(text) <= _HEADER_LINE and not CONTACT_LABEL.match(text)
    return short and bool(re.search(r"\s[|—–]\s", text))


_HEADER_LINE = 160


def detect(sightings: Iterable[list[Sighting]]) -> Detection:
    aggregator = Aggregator(gazetteer())
    for article in sightings:
        for s in article:
            aggregator.add(s)
    candidates = aggregator.candidates()
    known = {fold(n) for c in candidates for n in (c.name, *c.aliases)}
    return Detection(candidates, aggregator.unlinked(known))


def detected_entities(
    detection: Detection,
    curated: Mapping[str, Entity],
    dates: Mapping[str, str],
    confident_only: bool = True,
    suppressed: set[str] | frozenset[str] = frozenset(),
) -> dict[str, Entity]:
    """Records for candidates that no curated entity or draft covers (by name or alias),
    and that the curator did not reject."""
    taken = {fold(n) for e in curated.values() for n in (e.name, *e.aliases)} | suppressed
    keep = [
        c
        for c in detection.candidates
        if (c.confidence >= CONFIDENT or not confident_only) and fold(c.name) not in taken
    ]
    return to_records(keep, taken, set(curated), dates)


def drop_dangling(entities: dict[str, Entity], unreviewed: set[str]) -> dict[str, Entity]:
    """Unreviewed records that point at an entity left out of the site (a draft below the
    confidence bar) lose that pointer rather than break a page."""
    out = {}
    for eid, entity in entities.items():
        refs = {ref for _, ref in entity.references()}
        if eid not in unreviewed or refs <= entities.keys():
            out[eid] = entity
            continue
        out[eid] = _without_refs(entity, refs - entities.keys())
    return out


def _without_refs(entity: Entity, missing: set[str]) -> Entity:
    update: dict[str, object] = {}
    for key, value in entity.model_dump().items():
        if isinstance(value, str) and value in missing:
            update[key] = None
        elif isinstance(value, list) and any(v in missing for v in value if isinstance(v, str)):
            update[key] = [v for v in value if v not in missing]
    roles = getattr(entity, "roles", None)
    if roles:
        update["roles"] = [
            r.model_copy(
                update={k: None for k in ("country", "organization") if getattr(r, k) in missing}
            )
            for r in roles
        ]
    return entity.model_copy(update=update)


def sighting_to_json(s: Sighting) -> dict[str, object]:
    data = dict(s.__dict__)
    data["evidence"] = sorted(s.evidence)
    data["forms"] = sorted(s.forms)
    return data


def sighting_from_json(data: dict[str, object]) -> Sighting:
    fields = dict(data)
    fields["evidence"] = set(fields["evidence"])  # type: ignore[call-overload]
    fields["forms"] = set(fields["forms"])  # type: ignore[call-overload]
    return Sighting(**fields)  # type: ignore[arg-type]


__all__ = [
    "CONFIDENT",
    "Detection",
    "Sighting",
    "detect",
    "detected_entities",
    "drop_dangling",
    "read_article",
    "sighting_from_json",
    "sighting_to_json",
]
