"""Context aliases are linked only when the paragraph makes them unambiguous."""

from __future__ import annotations

from generator.extract.matcher import AliasEntry, Matcher
from generator.extract.mentions import resolve

M = Matcher(
    [
        AliasEntry("Xi", "xi"),
        AliasEntry("Tokayev", "tokayev"),
        AliasEntry("China", "china"),
        AliasEntry("Kazakhstan", "kz"),
        AliasEntry("Rahmon", "rahmon"),
        AliasEntry("China Tourism Year in Kazakhstan", "tourism-year"),
        AliasEntry("Central Asian", "central-asia"),
        AliasEntry("the President", "xi", context=True),
        AliasEntry("the President", "tokayev", context=True),
        AliasEntry("the Central Asian country", "kz", context=True),
        AliasEntry("state visit to China", "visit-tokayev", context=True),
        AliasEntry("state visit to China", "visit-rahmon", context=True),
    ]
)
RELATED = {
    "xi": frozenset({"china"}),
    "tokayev": frozenset({"kz"}),
    "visit-tokayev": frozenset({"tokayev", "china"}),
    "visit-rahmon": frozenset({"rahmon", "china"}),
}
PEOPLE = {"xi", "tokayev", "rahmon"}


def linked(
    text: str,
    matcher: Matcher = M,
    related: dict[str, frozenset[str]] = RELATED,
    people: set[str] = PEOPLE,
) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in resolve(matcher.find(text), text, related, people)]


def test_named_claimant_wins() -> None:
    assert ("the President", "tokayev") in linked("Tokayev spoke. Later the President left.")


def test_two_named_claimants_leave_it_unlinked() -> None:
    assert all(t != "the President" for t, _ in linked("Xi met Tokayev; the President left."))


def test_claimant_found_by_relation() -> None:
    assert ("the President", "xi") in linked("In China, the President spoke.")
    assert ("state visit to China", "visit-rahmon") in linked(
        "Rahmon is paying a state visit to China."
    )


def test_name_nested_in_a_longer_name_counts_as_named() -> None:
    text = "A workshop in the Central Asian country and the China Tourism Year in Kazakhstan."
    assert ("the Central Asian country", "kz") in linked(text)


def test_unresolved_context_alias_does_not_fall_back_to_another_entity() -> None:
    assert linked("A workshop in the Central Asian country.") == []


def test_a_person_the_sentence_names_apart_is_not_the_one_meant() -> None:
    """ "the President said she hoped to receive Tokayev" is not Tokayev; left unlinked
    when no other claimant is named. An apposition is the same person."""
    assert all(t != "the President" for t, _ in linked("the President hoped to receive Tokayev."))
    assert ("the President", "xi") in linked(
        "Xi spoke first. Later the President told Tokayev the talks went well."
    )
    assert ("the President", "tokayev") in linked("Tokayev, the President, left early.")
    assert ("the President", "tokayev") in linked("Tokayev spoke. Then the President left.")


def test_a_person_the_article_named_before_is_the_one_meant() -> None:
    """With no claimant in the paragraph, the one person the paragraphs before named."""

    def later(text: str, earlier: set[str]) -> list[tuple[str, str]]:
        hits = M.find(text)
        return [(m.text, m.entity) for m in resolve(hits, text, RELATED, PEOPLE, None, earlier)]

    assert later("Trade will grow, the President said.", {"tokayev", "kz"}) == [
        ("the President", "tokayev")
    ]
    assert later("The President left for the airport at noon.", {"xi"}) == [("The President", "xi")]
    # Both named before, or neither: nobody.
    assert later("Trade will grow, the President said.", {"xi", "tokayev"}) == []
    assert later("Trade will grow, the President said.", {"china"}) == []
    # The paragraph's own claimant comes first; a meeting is not carried over.
    assert later("Tokayev arrived. The President said so.", {"xi"}) == [
        ("Tokayev", "tokayev"),
        ("The President", "tokayev"),
    ]
    assert later("He returned from the state visit to China.", {"visit-rahmon"}) == []


def test_a_lone_claimant_of_a_specific_alias_is_told_by_its_relations() -> None:
    matcher = Matcher(
        [
            AliasEntry("Xi", "xi"),
            AliasEntry("the closing press conference", "presser", context=True),
            AliasEntry("the meeting", "summit", context=True),
        ]
    )
    related = {"presser": frozenset({"xi"}), "summit": frozenset({"xi"})}

    def tied(text: str) -> list[tuple[str, str]]:
        return linked(text, matcher, related, {"xi"})

    assert ("the closing press conference", "presser") in tied(
        "At the closing press conference, Xi said the fund was a down payment."
    )
    # A one-word alias may be another meeting the article reports: left alone.
    assert tied("Opening the meeting, Xi welcomed the ministers.") == [("Xi", "xi")]
    # With nothing related named, neither.
    assert tied("At the closing press conference, prices were discussed.") == []


def test_a_formula_that_closes_a_meeting_says_nothing_of_it() -> None:
    matcher = Matcher(
        [
            AliasEntry("Xi", "xi"),
            AliasEntry("this press conference", "presser", context=True),
            AliasEntry("the press conference", "presser", context=True),
        ]
    )
    related = {"presser": frozenset({"xi"})}

    def tied(text: str) -> list[str]:
        return [entity for _, entity in linked(text, matcher, related, {"xi"})]

    for closing in (
        "Thank you, Xi. That concludes this press conference.",
        "Xi spoke last. This concludes the press conference.",
    ):
        assert "presser" not in tied(closing), closing
    assert "presser" in tied("Xi opened this press conference with a statement.")
