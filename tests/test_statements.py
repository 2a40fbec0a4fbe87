from __future__ import annotations

from generator.extract.matcher import AliasEntry, Matcher
from generator.extract.mentions import analyse
from generator.extract.statements import SpeakerMemory, find_statements
from generator.load.articles import Paragraph

MATCHER = Matcher(
    [
        AliasEntry("Xi", "xi"),
        AliasEntry("Tokayev", "tokayev"),
        AliasEntry("Japarov", "japarov"),
        AliasEntry("Aliyev", "aliyev"),
        AliasEntry("Kazakh", "kz"),
        AliasEntry("China", "china"),
        AliasEntry("the Kazakh side", "kz", context=True),
    ]
)
KINDS = {
    "xi": "person",
    "tokayev": "person",
    "japarov": "person",
    "aliyev": "person",
    "kz": "country",
    "china": "country",
}


def speakers(*paragraphs: str) -> list[tuple[int, str]]:
    memory = SpeakerMemory()
    out = []
    for n, text in enumerate(paragraphs, start=1):
        analysed = analyse(Paragraph(n, "text", text), MATCHER)
        out += [(s.paragraph, s.speaker) for s in find_statements("a.txt", analysed, KINDS, memory)]
    return out


def test_subject_before_the_verb() -> None:
    assert speakers("Xi said China is ready.") == [(1, "xi")]
    assert speakers("Tokayev, for his part, said that ties are good.") == [(1, "tokayev")]
    assert speakers("Noting the progress, Xi said ties are good.") == [(1, "xi")]


def test_inverted_quote() -> None:
    assert speakers("Ties are rock-solid, said Japarov, hoping for more.") == [(1, "japarov")]


def test_object_never_gets_the_statement() -> None:
    assert speakers("Xi told Tokayev that China is a good neighbor.") == [(1, "xi")]


def test_pronoun_follows_the_last_speaker() -> None:
    assert speakers("Tokayev vowed to double trade.", "He also called for more.") == [
        (1, "tokayev"),
        (2, "tokayev"),
    ]


def test_pronoun_without_a_speaker_is_not_attributed() -> None:
    assert speakers("He said nothing new.") == []


def test_country_side_speaks_for_the_country() -> None:
    assert speakers("The Kazakh side appreciates the support, and Kazakhstan agrees.") == [
        (1, "kz")
    ]


def test_together_with_aside() -> None:
    assert speakers("Xi, together with President Aliyev, announced the upgrade.") == [(1, "xi")]


def test_sentences_without_speech_are_not_statements() -> None:
    assert speakers("Xi arrived in Astana on Tuesday.") == []


def test_group_subject_is_nobody() -> None:
    assert speakers("Xi and Tokayev on Wednesday hailed the new era.") == []


def test_relative_clause_and_appositive_asides() -> None:
    assert speakers("Japarov, who hosted the talks in Bishkek, said ties are solid.") == [
        (1, "japarov")
    ]
    assert speakers("The host, Kyrgyz leader Japarov, said ties are solid.") == [(1, "japarov")]
    assert speakers("Japarov, speaking on Tuesday, said ties are solid.") == [(1, "japarov")]


def test_inverted_after_a_closing_quote() -> None:
    assert speakers("“We are ready,” said Japarov, who called it historic.") == [(1, "japarov")]


def test_he_said_then_a_name_is_not_inverted() -> None:
    assert speakers("Tokayev said so.", "He said Kazakhstan values it.") == [
        (1, "tokayev"),
        (2, "tokayev"),
    ]
