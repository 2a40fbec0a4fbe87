"""Synthetic corpora for the benchmark: seed paragraphs recombined with invented entities.

The seed articles are read with the generator itself; every mention in a paragraph
becomes a slot of its kind ({person}, {place}, ...). An article is a dated header, a
title and 8 to 14 such paragraphs, its slots filled with entities drawn from about
2,000 invented ones, which get their own YAML. Deterministic for a given size.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import Problems
from generator.pipeline import build_knowledge_base

ROOT = Path(__file__).resolve().parents[2]
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ta",
    "lu",
    "ne",
    "sa",
    "vo",
    "de",
    "zi",
    "po",
    "ha",
    "ru",
    "be",
    "no",
    "la",
    "ti",
    "go",
    "mi",
    "se",
    "da",
    "ko",
    "fa",
    "jo",
    "we",
    "xu",
]
COUNTS = {
    "person": 1000,
    "country": 60,
    "organization": 200,
    "project": 400,
    "event": 150,
    "place": 250,
}
FILES = {
    "person": "people.yml",
    "country": "countries.yml",
    "organization": "organizations.yml",
    "project": "projects.yml",
    "event": "events.yml",
    "place": "places.yml",
}


@dataclass(frozen=True)
class Template:
    text: str  # with {0}, {1}, ... slots
    kinds: tuple[str, ...]


def _word(rng: random.Random, used: set[str], parts: int) -> str:
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()
        if word not in used:
            used.add(word)
            return word


def make_entities(rng: random.Random) -> dict[str, list[dict[str, object]]]:
    used: set[str] = set()
    out: dict[str, list[dict[str, object]]] = {k: [] for k in COUNTS}
    countries = []
    for _ in range(COUNTS["country"]):
        name = _word(rng, used, 2) + "via"
        countries.append(name.lower())
        out["country"].append(
            {
                "id": name.lower(),
                "name": name,
                "aliases": [name[:-1] + "n"],
                "summary": f"The country of {name}.",
            }
        )
    places = []
    for _ in range(COUNTS["place"]):
        name = _word(rng, used, 3) + "grad"
        places.append(name.lower())
        out["place"].append(
            {"id": name.lower(), "name": name, "type": "city", "country": rng.choice(countries)}
        )
    for _ in range(COUNTS["person"]):
        first, last = _word(rng, used, 3), _word(rng, used, 3)
        country = rng.choice(countries)
        out["person"].append(
            {
                "id": f"{first}-{last}".lower(),
                "name": f"{first} {last}",
                "aliases": [last, f"Minister {first} {last}"],
                "country": country,
                "roles": [{"title": "Minister", "country": country}],
            }
        )
    for _ in range(COUNTS["organization"]):
        name = _word(rng, used, 3) + " Council"
        out["organization"].append(
            {"id": name.lower().replace(" ", "-"), "name": name, "type": "council"}
        )
    for _ in range(COUNTS["project"]):
        name = _word(rng, used, 3) + rng.choice([" Bridge", " Wind Farm", " Railway", " Port"])
        out["project"].append(
            {
                "id": name.lower().replace(" ", "-"),
                "name": name,
                "type": "infrastructure",
                "location": rng.choice(places),
                "countries": sorted(rng.sample(countries, 2)),
            }
        )
    for i in range(COUNTS["event"]):
        name = _word(rng, used, 3) + " Summit"
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        out["event"].append(
            {
                "id": f"{name.lower().replace(' ', '-')}-{i}",
                "name": name,
                "type": "summit",
                "start": day,
                "place": rng.choice(places),
            }
        )
    return out


def seed_templates() -> list[Template]:
    kb = build_knowledge_base(ROOT / "seeds", Problems())
    by_paragraph: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for m in kb.mentions:
        by_paragraph.setdefault((m.source, m.paragraph), []).append(
            (m.start, m.end, kb.entities[m.entity].kind)
        )
    templates = []
    for file, info in sorted(kb.sources.items()):
        for p in info.article.text_paragraphs:
            spans = sorted(by_paragraph.get((file, p.number), []))
            text: list[str] = []
            kinds: list[str] = []
            pos = 0
            for start, end, kind in spans:
                text.append(p.text[pos:start].replace("{", "(").replace("}", ")"))
                text.append("{" + str(len(kinds)) + "}")
                kinds.append(kind)
                pos = end
            text.append(p.text[pos:].replace("{", "(").replace("}", ")"))
            templates.append(Template("".join(text), tuple(kinds)))
    return templates


SHAPES = ("spread", "one-event")


def write_corpus(folder: Path, articles: int, seed: int = 7, shape: str = "spread") -> int:
    """Write `articles` articles and the YAML into `folder`; return the text bytes.

    "spread": each article draws its cast from all the entities. "one-event": every
    article is about the same event and the same three heads of state, country, places
    and projects (one more person of its own), as coverage of one summit is."""
    rng = random.Random(seed)
    entities = make_entities(rng)
    templates = seed_templates()
    (folder / "entities").mkdir(parents=True, exist_ok=True)
    for kind, records in entities.items():
        (folder / "entities" / FILES[kind]).write_text(
            yaml.safe_dump(records, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    names = {k: [r["name"] for r in v] for k, v in entities.items()}
    sources = []
    total = 0
    core = {k: v[:1] if k == "event" else v[:3] for k, v in names.items()}
    for n in range(articles):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1800))
        cast = {k: rng.sample(v, min(3, len(v))) for k, v in names.items()}
        if shape == "one-event":
            day = dt.date(2024, 7, 1) + dt.timedelta(days=rng.randrange(10))
            cast = {k: list(v) for k, v in core.items()}
            cast["person"] = [*core["person"], rng.choice(names["person"])]
        chosen = rng.sample(templates, rng.randint(8, 14))
        paragraphs = [t.text.format(*(rng.choice(cast[k]) for k in t.kinds)) for t in chosen]
        title = f"{cast['person'][0]} visits {cast['place'][0]}"
        body = f"{day:%Y.%m.%d} 10:00 GMT+0\n\n{title}\n\n" + "\n\n".join(paragraphs) + "\n"
        name = f"{n:05d}.txt"
        (folder / name).write_text(body, encoding="utf-8")
        total += len(body.encode("utf-8"))
        sources.append({"file": name, "title": title, "date": day, "publisher": "Bench Wire"})
    (folder / "sources.yml").write_text(yaml.safe_dump(sources, sort_keys=False), encoding="utf-8")
    (folder / "briefing.yml").write_text(
        yaml.safe_dump(
            {
                "title": f"Synthetic briefing, {articles} articles",
                "outcomes": [
                    {
                        "id": "double-trade",
                        "label": "Doubling two-way trade",
                        "match": ["doubl* two-way trade"],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return total
