"""The `type` of a detected organisation record: a company by its evidence ("Ltd", "a
Nairobi-based developer"), else by its name's head word (Ministry, Bank, Times,
University, Parliament).
"""

from __future__ import annotations

from generator.extract.detect.entities import Candidate
from generator.extract.detect.record_types import head_type

ORG_TYPES = {
    "government body": {
        "ministry",
        "department",
        "office",
        "cabinet",
        "government",
        "directorate",
        "secretariat",
        "embassy",
        "mission",
        "delegation",
    },
    "bank": {"bank"},
    "news organization": {
        "press",
        "times",
        "post",
        "news",
        "wire",
        "review",
        "chronicle",
        "observer",
        "herald",
        "journal",
        "gazette",
        "tribune",
        "telegraph",
        "express",
        "monitor",
        "standard",
        "independent",
        "sentinel",
        "courier",
        "reporter",
        "ledger",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "magazine",
        "bulletin",
        "digest",
        "dispatch",
    },
    "institution": {
        "university",
        "institute",
        "college",
        "school",
        "academy",
        "centre",
        "center",
        "observatory",
    },
    "legislature": {"parliament", "assembly", "senate", "congress"},
}


def org_type(cand: Candidate) -> str:
    if cand.evidence["known"] and not cand.evidence["legal"]:
        # An international body the gazetteer knows is never read as a company.
        return head_type(cand.name, ORG_TYPES, "organization")
    if cand.evidence["company"] or cand.evidence["legal"] or cand.evidence["company-head"]:
        return "company"
    return head_type(cand.name, ORG_TYPES, "organization")
