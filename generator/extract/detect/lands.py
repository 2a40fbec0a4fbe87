"""Countries named for two lands ("Trinidad and Tobago", "Saint Vincent and the
Grenadines") are often meant by the first alone ("Trinidad", "St Vincent"): a pass over
the candidate table, once the corpus is read.
"""

from __future__ import annotations

import re

from generator.extract.detect.candidate import Candidate, Table
from generator.extract.detect.gazetteer import saint_abbreviated

_TWO_LANDS = re.compile(r"(?P<first>.+?) and (?:the )?(?P<second>.+)")


def country_parts(by_key: Table, unknown: dict[str, Candidate]) -> None:
    """ "Trinidad", "St Vincent", "Antigua" in a corpus that names "Trinidad and Tobago",
    "Saint Vincent and the Grenadines", "Antigua and Barbuda": the country named for two
    lands, by its first (a town or island of that name elsewhere in the world, Trinidad
    in Bolivia, says nothing here)."""
    firsts: dict[str, tuple[str, str]] = {}
    for key in by_key:
        if key[0] == "country" and (m := _TWO_LANDS.fullmatch(key[1])):
            for first in (m.group("first"), *saint_abbreviated(m.group("first"))):
                firsts[first] = key
    if not firsts:
        return
    moved = [
        (firsts[k[1]], by_key.pop(k))
        for k in sorted(by_key)
        if k[0] in ("place", "organization") and k[1] in firsts
    ]
    moved += [(firsts[k], unknown.pop(k)) for k in sorted(unknown) if k in firsts]
    for country, loser in moved:
        target = by_key[country]
        for s in loser.sightings:
            s.kind = "country"
            target.add(s)
