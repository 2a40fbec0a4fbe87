"""Names that are no mention of their own: a language is not a mention of the country
whose adjective it is ("read in French", "a Somali-speaking envoy"), nor are the parties
that name a meeting ("the AU-EU summit"), nor a currency ("120 million US dollars");
invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.extract.mentions import currency_use, language_use, party_to_meeting


def at_word(rule: Callable[[str, int, int], bool]) -> Callable[[str, str], bool]:
    """The rule asked of `word`'s first place in `text`."""

    def ask(text: str, word: str) -> bool:
        at = text.index(word)
        return rule(text, at, at + len(word))

    return ask


def test_a_language_is_not_its_countrys_mention() -> None:
    used = at_word(language_use)

    assert used("The statement was read in French, then in Somali.", "French")
    assert used("The statement was read in French, then in Somali.", "Somali")
    assert used("A French-speaking envoy arrived.", "French")
    assert used("It was published in Spanish and Portuguese.", "Spanish")
    # The country's adjective, or a country named like a language, is a mention.
    assert not used("Investors in French ports complained.", "French")
    assert not used("The Somali government said it would sign.", "Somali")
    assert not used("Leaders met in Tonga, far from the capital.", "Tonga")
    # A list of languages that "in" opens; a language's acronym or name.
    assert used("The text will be public in Spanish, Portuguese and English.", "Portuguese")
    assert used("It is out in Arabic, French or Somali.", "French")
    assert used("ECLAC, known by its Spanish acronym CEPAL, said so.", "Spanish")
    assert used("The city's French name is rarely used.", "French")
    # A list of adjectives is not one of languages.
    assert not used(
        "Talks in Lima, Portuguese and Spanish officials said, went well.", "Portuguese"
    )
    assert not used("In Chile, Portuguese firms invested.", "Portuguese")


def test_the_parties_that_name_a_meeting_are_not_mentions_of_their_own() -> None:
    """ "the AU-EU summit": the words name the meeting (its page cites them), not each
    party; a hyphen-joined pair that names anything else names both."""
    party = at_word(party_to_meeting)

    assert party("Leaders go to the seventh AU-EU summit next month.", "AU")
    assert party("Leaders go to the seventh AU-EU summit next month.", "EU")
    assert party("The China–Central Asia Summit opened in Xi'an.", "China")
    assert party("Delegates at the Kenya-Uganda talks agreed.", "Uganda")
    assert party("The EU-Japan Business Forum met.", "Japan")
    # The border, the railway, the parties named apart: each is a mention.
    assert not party("The Kenya-Uganda border reopened.", "Kenya")
    assert not party("The China-Kyrgyzstan-Uzbekistan railway will run by 2030.", "China")
    assert not party("The EU and Japan held a summit.", "EU")


def test_a_currency_is_not_its_countrys_mention() -> None:
    money = at_word(currency_use)

    assert money("Japan will give 120 million US dollars to the fund.", "US")
    assert money("The catch was worth 6 billion U.S. dollars last year.", "U.S.")
    assert money("Wellington pledged NZ$5 million.", "NZ")
    assert money("Costs are quoted in Australian dollars.", "Australian")
    assert not money("The US pledged 12 million dollars.", "US")
    assert not money("Australian officials paid in dollars.", "Australian")
