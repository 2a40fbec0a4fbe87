"""The words that say something happened ("held talks", "met", "marched"), and the words
that name a kind of event, to compare with an event's type; read by `events`."""

from __future__ import annotations

import re

TRIGGER = re.compile(
    r"\b(?:(?:held|hold|holds|holding)\s+(?:bilateral\s+|formal\s+|official\s+)?talks|"
    r"talks|met|meet|meets|meeting|summit|(?:state\s+|official\s+)?visits?|visited|signed|"
    r"debated?|(?-i:march(?:es|ed)?)|protest(?:ed|ers)?|rall(?:y|ied)|vigil|"
    r"signing|ceremony|conference|forum|session|retreat|co-chaired|chaired|hosted|"
    r"attended|adopted|gathered|convened|roundtable|press\s+conference|launched|"
    r"inaugurated|opened|endorsed|sat\s+down|"
    # Receiving people, not things: "received the union's leaders", "receive a
    # delegation", not "the finance Tuvalu has received since 2015" or "received a grant".
    r"receiv(?:e|es|ed|ing)(?=\s+(?:(?:the|a|an|his|her|their|its|[\w-]+['’]s?)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:delegations?|leaders?|ministers?|presidents?|counterparts?|"
    r"envoys?|representatives?|ambassadors?|officials?|members|heads|chiefs|guests|"
    r"visitors|protesters|marchers|workers|him|her|them)\b))\b",
    re.IGNORECASE,
)
# A trigger that says the thing did not happen: "left without signing", "did not sign",
# "refused to attend", "never met".
NEGATED = re.compile(
    r"(?:\b(?:without|not|never|nor|n['’]t|refused\s+to|declined\s+to|failed\s+to)"
    r"\s+(?:(?:yet|even|to|be|have|been)\s+){0,2}(?:(?!only\b)[a-z]+\s+)?"
    r"(?:(?:the|a|an|any)\s+)?|\bno\s+)$",
    re.IGNORECASE,
)
# The trigger words that name a kind of event, to compare with an event's type.
KIND_WORDS = {
    "talks": {"talks", "meeting", "bilateral", "met", "meets", "sat"},
    "meeting": {"meeting", "met", "meet", "meets", "talks", "session", "ministerial", "received"},
    "debate": {"debate", "debated"},
    "march": {"march", "marches", "marched", "protest", "protested", "protesters", "rally"},
    "protest": {"protest", "protested", "protesters", "march", "marched", "rally"},
    "vigil": {"vigil"},
    "launch": {"launch", "launched"},
    "summit": {"summit", "meeting", "session", "leaders"},
    "visit": {"visit", "visits", "visited"},
    "ceremony": {"ceremony", "signed", "signing"},
    "signing": {"signed", "signing", "ceremony"},
    "forum": {"forum"},
    "conference": {"conference", "press conference"},
    "retreat": {"retreat"},
}

# Words that say the people named met one another, not that they sat in a larger room;
# "a meeting" says so too unless the sentence names a larger gathering.
_TALKS = frozenset({"talks", "bilateral", "met", "meets", "sat"})
_GATHERINGS = frozenset(
    {"ministerial", "summit", "session", "plenary", "conference", "forum", "retreat"}
)


def between(words: set[str]) -> bool:
    return bool(words & _TALKS) or ("meeting" in words and not words & _GATHERINGS)


# What "meet" meets when it is no meeting: "meet the standard", "met its targets".
GOAL_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their|our|his|her|this|these|those|all|any|every)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:standards?|targets?|requirements?|criteria|criterion|"
    r"demands?|deadlines?|needs?|goals?|conditions?|expectations?|obligations?|"
    r"thresholds?|costs?|commitments?|rules?|terms)\b",
    re.IGNORECASE,
)
# A kind of event and where it is held: "the summit in Luanda", "talks at the Palace".
HELD_IN = re.compile(
    r"\b(?:summit|meeting|talks|conference|forum|session|ministerial|visit|ceremony|"
    r"retreat|signing)s?\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
