"""Sentences that describe a curated event without naming it are tied to it, when the
event's participants, place, kind and dates agree and no other event fits as well."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.extract.dates import find_dates
from generator.extract.event_facts import event_facts
from generator.extract.events import link_events
from generator.extract.lookups import build_matcher
from generator.extract.mentions import analyse
from generator.load.articles import Paragraph
from generator.load.kinds import Country, Event, Organization, Person, Place, Project
from generator.load.schema import Entity

ENTITIES = {
    "li": Person(name="Li Wen", aliases=["Li"]),
    "ana": Person(name="Ana Ruiz", aliases=["Ruiz"]),
    "kai": Person(name="Kai Oy", aliases=["Oy"]),
    "riola": Country(name="Riola"),
    "council": Organization(name="Northern Summit Council"),
    "palace": Place(name="Blue Palace", country="riola"),
    "talks": Event(
        name="Li-Ruiz talks",
        type="talks",
        start="2025-03-04",
        participants=["li", "ana"],
        place="palace",
    ),
    "summit": Event(
        name="Riola Summit",
        type="summit",
        start="2025-03-05",
        end="2025-03-06",
        participants=["li", "ana", "kai"],
        host="riola",
    ),
}


def linker(
    entities: dict[str, Entity], published_on: dt.date = dt.date(2025, 3, 4)
) -> Callable[..., list[str]]:
    """The events a sentence is tied to, among the events of `entities`, in an article
    published on `published_on` unless told otherwise."""
    matcher, events = build_matcher(entities), event_facts(entities)

    def tied(text: str, published: dt.date = published_on) -> list[str]:
        analysed = analyse(Paragraph(1, "text", text), matcher)
        dates = find_dates(text, published)
        return [link.event for link in link_events("a.txt", analysed, events, dates, published)]

    return tied


linked = linker(ENTITIES)


def test_a_description_finds_its_event() -> None:
    assert linked("Li held talks with Ruiz at the Blue Palace on Tuesday.") == ["talks"]
    assert linked("Li met Ruiz on 4 March to discuss trade.") == ["talks"]
    assert linked("Leaders gathered in Riola for two days from 5 March, where Kai Oy spoke.") == [
        "summit"
    ]


def test_a_date_that_disagrees_rules_an_event_out() -> None:
    assert linked("Li met Ruiz on 20 March to discuss trade.") == []


def test_two_events_that_fit_as_well_are_left_alone() -> None:
    # Both events have Li and Ruiz and fall near the article's date; nothing tells.
    assert linked("Li and Ruiz attended, officials said.", published=dt.date(2025, 3, 5)) == []
    # "met" is what talks are, not a summit: that tells.
    assert linked("Li and Ruiz met again, officials said.", published=dt.date(2025, 3, 5)) == [
        "talks"
    ]


def test_no_trigger_no_link_and_a_named_event_is_a_mention() -> None:
    assert linked("Li praised Ruiz at the Blue Palace on 4 March.") == []
    assert linked("The Riola Summit opened as Li met Ruiz on 5 March.") == []


def test_a_meeting_of_all_its_participants_beside_a_larger_one() -> None:
    # The summit has Li and Ruiz too, and falls as near: what tells is that the sentence
    # names all of the talks' participants meeting one another.
    day = dt.date(2025, 3, 5)
    assert linked("On the margins, Li held a bilateral meeting with Ruiz.", day) == ["talks"]
    assert linked("Li and Ruiz agreed on the loan after a two-hour meeting.", day) == ["talks"]
    # A handshake before a session, or chairing the plenary meeting, is not their talks.
    assert linked("Li shook hands with Ruiz before the session.", day) != ["talks"]
    assert linked("Li and Ruiz co-chaired the plenary meeting.", day) != ["talks"]


def test_the_kind_on_the_very_day_names_an_event_without_its_people() -> None:
    # No participant, no place: the summit on one of its days.
    assert linked("Leaders gathered at the summit on 6 March.", dt.date(2025, 3, 7)) == ["summit"]
    # Without a day in the sentence, the kind alone is not enough.
    assert linked("Leaders gathered at the summit.", dt.date(2025, 3, 7)) == []


def test_a_word_inside_a_name_is_no_trigger() -> None:
    # "Summit" inside the name of a body is not what happened.
    assert linked("Li wrote to the Northern Summit Council on 5 March.", dt.date(2025, 3, 7)) == []
    assert linked("Li attended the summit on 5 March.", dt.date(2025, 3, 7)) == ["summit"]


def test_marches_debates_and_meetings_to_come() -> None:
    entities = {
        "riola": Country(name="Riola"),
        "square": Place(name="Freedom Square", country="riola"),
        "march": Event(name="Dockers' march", type="march", start="2025-03-05", place="square"),
        "committee": Event(
            name="Port jobs committee", type="committee meeting", start="2025-03-20"
        ),
    }
    tied = linker(entities, dt.date(2025, 3, 6))

    assert tied("Hundreds marched to Freedom Square on Wednesday.") == ["march"]
    assert tied("Protesters filled Freedom Square on 5 March.") == ["march"]
    assert tied("The committee will meet for the first time on 20 March.") == ["committee"]
    # The month's name is no march.
    assert tied("New shops near Freedom Square opened on 5 March.") == []


def test_an_event_held_elsewhere_is_not_the_one_meant() -> None:
    entities = {
        "li": Person(name="Li Wen", aliases=["Li"]),
        "riola": Country(name="Riola"),
        "sino": Country(name="Sinoland"),
        "port": Place(name="Port Amel", country="riola"),
        "hall": Place(name="Grand Hall", country="riola"),
        "capital": Place(name="Sinograd", country="sino"),
        "summit": Event(
            name="Riola Summit",
            type="summit",
            start="2025-03-05",
            place="hall",
            participants=["li"],
        ),
    }
    tied = linker(entities, dt.date(2025, 3, 6))

    # Held in another country: not this summit.
    assert tied("Will Li attend the summit in Sinograd next year?") == []
    # Held in a town of the same country as its venue: this summit.
    assert tied("Li spoke at the summit in Port Amel on Wednesday.") == ["summit"]


def test_a_meeting_that_did_not_take_place_is_no_description() -> None:
    """ "left without meeting", "did not meet", "refused to attend": the words say it did
    not happen, so the sentence is not the event's coverage; a later trigger still is."""
    for text in (
        "Li left the Blue Palace on Tuesday without meeting Ruiz.",
        "Li did not meet Ruiz at the Blue Palace on Tuesday.",
        "Li refused to attend talks with Ruiz at the Blue Palace on Tuesday.",
        "Li never met Ruiz at the Blue Palace on Tuesday.",
    ):
        assert linked(text) == [], text
    assert linked("Li, who did not attend on Monday, met Ruiz on 4 March.") == ["talks"]


def test_what_a_signing_signs_and_where_a_report_was_filed() -> None:
    """Two signings on one day in one country: the one whose name names what the sentence
    says was signed ("the Porto Accord") is meant; a dateline is where the report was
    filed, not where the signing took place."""
    from generator.load.kinds import Project

    entities: dict[str, Entity] = {
        "riola": Country(name="Riola"),
        "porto": Place(name="Porto", country="riola", aliases=["PORTO"]),  # as datelines write it
        "pier": Place(name="Old Pier", country="riola"),
        "accord": Project(name="Porto Accord", type="agreement"),
        "memo": Event(
            name="Signing of the rail memorandum", type="signing", start="2025-03-05", place="porto"
        ),
        "signing": Event(
            name="Signing of the Porto Accord", type="signing", start="2025-03-05", place="pier"
        ),
    }
    tied = linker(entities, dt.date(2025, 3, 6))

    assert tied("Last week in Porto, twelve governments signed the Porto Accord.") == ["signing"]
    assert tied("Twelve governments signed the Porto Accord at the Old Pier.") == ["signing"]
    # Filed from Porto, it does not say the pact was signed in Porto: either signing.
    assert tied("PORTO, March 6 (Wire) -- Twelve governments signed a pact on Wednesday.") == []
    assert tied("Twelve governments signed a pact in Porto on Wednesday.") == ["memo"]
    # A place denied in its clause is not where it happened.
    assert tied("They signed on Wednesday, but the provinces were not represented in Porto.") == []
    assert tied("They signed on Wednesday in Porto, though not all provinces came.") == ["memo"]


def test_meeting_a_standard_is_no_meeting() -> None:
    for text in (
        "Li said projects must meet the strictest standards at the Blue Palace on Tuesday.",
        "Riola met its targets on Tuesday, Li said at the Blue Palace.",
        "Only firms meeting all the requirements will bid, Li told Ruiz on Tuesday.",
    ):
        assert linked(text) == [], text
    assert linked("Li will meet Ruiz at the Blue Palace on Tuesday.") == ["talks"]


def test_a_speaker_s_words_are_no_description() -> None:
    """A meeting word inside a quotation is the speaker's, about any time; the source's
    own words outside it still describe the event."""
    for text in (
        "Li called it “the first time we met as equals” on Tuesday at the Blue Palace.",
        '"We met Ruiz at the Blue Palace on Tuesday and nothing came of it," a critic said.',
    ):
        assert linked(text) == [], text
    assert linked("Li met Ruiz on Tuesday, calling it “a new start”.") == ["talks"]


def test_receiving_people_and_sitting_down_are_meetings() -> None:
    for text in (
        "Ruiz received Li's delegation at the Blue Palace on Tuesday.",
        "Ruiz will receive the Riolan leaders, among them Li, at the Blue Palace on Tuesday.",
        "Li and Ruiz sat down for an hour at the Blue Palace on Tuesday.",
    ):
        assert linked(text) == ["talks"], text
    # Receiving things is no meeting, nor is what was received before.
    for text in (
        "Ruiz received a grant from Li at the Blue Palace on Tuesday.",
        "The aid Riola has received since Li and Ruiz took office is small, at the Blue Palace"
        " on Tuesday.",
    ):
        assert linked(text) == [], text


def test_what_an_events_name_names_by_an_alias() -> None:
    entities: dict[str, Entity] = {
        **ENTITIES,
        "accord": Project(
            name="Blue Accord on Ports and Ferries", type="agreement", aliases=["Blue Accord"]
        ),
        "signing": Event(
            name="Signing of the Blue Accord",
            type="signing ceremony",
            start="2025-03-05",
            place="palace",
        ),
        "other": Event(
            name="Signing of the ferry loan",
            type="signing ceremony",
            start="2025-03-05",
            place="palace",
        ),
    }
    tied = linker(entities, dt.date(2025, 3, 12))
    assert tied("In a hall of the Blue Palace, the leaders signed the Blue Accord.") == ["signing"]


def test_an_aside_about_another_event_breaks_no_tie_it_made() -> None:
    entities: dict[str, Entity] = {
        **ENTITIES,
        "march": Event(
            name="Harbour march", type="march", start="2025-03-04", participants=["li", "ana"]
        ),
        "talk": Event(
            name="Li-Ruiz meeting", type="meeting", start="2025-03-04", participants=["li", "ana"]
        ),
    }
    entities.pop("talks")
    tied = linker(entities, dt.date(2025, 3, 4))
    # The march in the aside ties it with the meeting; what the sentence reports decides.
    assert tied("Li, who led the march to the harbour, was invited to meet Ruiz.") == ["talk"]


def test_a_transcript_label_is_who_speaks_not_who_took_part() -> None:
    # Kai Oy took part in the summit; his label does not make his words about it.
    assert linked("KAI OY: Riola signed the text, and Riola helped to write it.") == []
    assert linked("KAI OY: Li met Ruiz at the Blue Palace on 4 March.") == ["talks"]
