from __future__ import annotations

from generator.extract.matcher import AliasEntry, Matcher


def spans(matcher: Matcher, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[h.start : h.end], h.entities) for h in matcher.find(text)]


def matcher_of(aliases: dict[str, str]) -> Matcher:
    """A matcher of plain aliases (alias -> entity id)."""
    return Matcher([AliasEntry(alias, eid) for alias, eid in aliases.items()])


M = Matcher(
    [
        AliasEntry("Xi", "xi"),
        AliasEntry("Chinese President Xi Jinping", "xi"),
        AliasEntry("Chinese", "china"),
        AliasEntry("China", "china"),
        AliasEntry("Kazakhstan", "kz"),
        AliasEntry("Kazakh", "kz"),
        AliasEntry("China-Central Asia Summit", "ccas"),
        AliasEntry("UN", "un"),
        AliasEntry("Xi'an", "xian"),
        AliasEntry("Tokayev", "tokayev"),
        AliasEntry("the Kazakh side", "kz", context=True),
    ]
)


def test_longest_match_wins() -> None:
    assert spans(M, "Chinese President Xi Jinping spoke.") == [
        ("Chinese President Xi Jinping", ("xi",))
    ]
    assert spans(M, "the China-Central Asia Summit") == [("China-Central Asia Summit", ("ccas",))]


def test_hyphenated_pair_mentions_both() -> None:
    assert spans(M, "China-Kazakhstan relations") == [
        ("China", ("china",)),
        ("Kazakhstan", ("kz",)),
    ]


def test_a_prefix_makes_an_adjective_not_a_mention() -> None:
    """ "Trans-Caspian", "Pan-African", "Sino-Kazakh": after a prefix and a hyphen the
    name is part of a compound adjective, no mention of the place; after a name it is."""
    m = matcher_of({"Caspian": "caspian", "African": "africa", "Saharan": "sahara", "IBSA": "ibsa"})
    assert spans(m, "the Trans-Caspian route") == []
    assert spans(m, "Pan-African trade and sub-Saharan markets") == []
    assert spans(m, "the Caspian and the Afro-African link") == [
        ("Caspian", ("caspian",)),
        ("African", ("africa",)),
    ]
    assert spans(m, "trans-IBSA trade") == [("IBSA", ("ibsa",))]


def test_a_compass_word_before_a_name_makes_another_name() -> None:
    """ "Latin American" is not American, "South Africa" not Africa, "North Korean" not
    Korean: with no entity of the longer name, the shorter one is not mentioned."""
    m = matcher_of({"American": "us", "Africa": "africa", "Korean": "korea", "South Sudan": "ssd"})
    assert spans(m, "twelve Latin American governments") == []
    assert spans(m, "the Inter-American Development Bank") == []
    assert spans(m, "South Africa and North Korean envoys") == []
    assert spans(m, "American and Korean firms in Africa") == [
        ("American", ("us",)),
        ("Korean", ("korea",)),
        ("Africa", ("africa",)),
    ]
    assert spans(m, "in South Sudan") == [("South Sudan", ("ssd",))]


def test_whole_words_only() -> None:
    assert spans(M, "Xinhua reported from Xi'an") == [("Xi'an", ("xian",))]
    assert spans(M, "unless UNESCO agrees") == []
    assert spans(M, "Kazakhstan") == [("Kazakhstan", ("kz",))]


def test_acronyms_and_short_aliases_keep_their_case() -> None:
    assert spans(M, "the un and the UN") == [("UN", ("un",))]
    assert spans(M, "xi said") == []


def test_possessives_and_curly_quotes() -> None:
    assert spans(M, "Xi's and Tokayev’s views") == [("Xi", ("xi",)), ("Tokayev", ("tokayev",))]
    assert spans(M, "in Xi’an") == [("Xi’an", ("xian",))]


def test_context_alias_keeps_inner_plain_alias() -> None:
    hits = M.find("The Kazakh side agreed")
    assert len(hits) == 1 and hits[0].context
    assert [(h.alias, h.entities) for h in hits[0].inner] == [("Kazakh", ("kz",))]


def test_no_aliases_finds_nothing() -> None:
    assert Matcher([]).find("anything") == []
