"""What a raw folder's first briefing says on its own: the dates of detected events and
the sentences its bottom line quotes (invented text)."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Problems
from generator.extract.detect import detect, read_article
from generator.extract.detect.records import to_records
from generator.extract.records import FactGroup
from generator.load.articles import parse_article
from generator.load.kinds import Event
from generator.pipeline import build_knowledge_base
from generator.site.bottom_line import _quote, _standalone


def event_start(text: str, published: str) -> str | None:
    found = detect([read_article("a.txt", parse_article("a.txt", text))])
    records = to_records(
        [c for c in found.candidates if c.kind == "event"], set(), set(), {"a.txt": published}
    )
    events = [r for r in records.values() if isinstance(r, Event)]
    return events[0].start if events else None


def test_a_detected_events_date_is_near_its_report() -> None:
    # A weekday is read from the day of the report.
    assert (
        event_start(
            "Ministers met at the Lusaka Trade Summit on Tuesday to agree on tariffs.",
            "2025-03-06",
        )
        == "2025-03-04"
    )
    # A target year is no date of the event: the report's own date stands in.
    assert (
        event_start("The Lusaka Trade Summit set a goal of doubling exports by 2030.", "2025-03-06")
        == "2025-03-06"
    )


def group(label: str) -> FactGroup:
    return FactGroup(label, label, [], curated=False)


def test_the_bottom_line_quotes_sentences_that_read_on_their_own() -> None:
    facts = [group("It is expected to adopt the plan."), group("Ministers adopted the plan.")]
    assert [f.label for f in _standalone(facts)] == [
        "Ministers adopted the plan.",
        "It is expected to adopt the plan.",
    ]
    assert _quote("Ministers adopted the plan.") == "Ministers adopted the plan"
    assert _quote(" ".join(["word"] * 30)).endswith("…")


def test_a_detected_events_type_is_its_head_word() -> None:
    from generator.extract.detect.record_types import event_type

    assert event_type("AU-EU Leaders' Summit on Critical Minerals and Green Hydrogen") == "summit"
    assert event_type("Conference for Peace in the Great Lakes") == "conference"
    assert event_type("Lusaka Business Forum") == "forum"


def test_an_alias_that_only_restyles_an_apostrophe_is_not_listed() -> None:
    text = (
        "Leaders met at the Lusaka Leaders' Summit on Trade on Monday. "
        "The Lusaka Leaders’ Summit on Trade closed on Tuesday."
    )
    found = detect([read_article("a.txt", parse_article("a.txt", text))])
    summit = next(c for c in found.candidates if c.kind == "event")
    assert not {a for a in summit.aliases if a.replace("’", "'") == summit.name.replace("’", "'")}


def test_a_role_does_not_name_its_country_twice() -> None:
    from types import SimpleNamespace

    from generator.load.facts import Ref, Row
    from generator.site.citations import unsaid as _unsaid

    index = SimpleNamespace(
        entities={"rwanda": SimpleNamespace(entity=SimpleNamespace(name="Rwanda"))}
    )
    said = Row("Role", ("Foreign Minister of Rwanda", Ref("rwanda")))
    assert _unsaid(said, index) == ["Foreign Minister of Rwanda"]  # type: ignore[arg-type]
    unsaid = Row("Role", ("Foreign Minister", Ref("rwanda")))
    assert _unsaid(unsaid, index) == ["Foreign Minister", Ref("rwanda")]  # type: ignore[arg-type]


def test_a_detected_name_never_mentioned_gets_no_page(tmp_path: Path) -> None:
    """ "Portuguese" in "in Spanish, Portuguese and English" is a language: Portugal is
    sighted but never mentioned, so it is no entity of the site (a page would say "0 of
    N sources"); a country the text does mention is one."""
    (tmp_path / "a.txt").write_text(
        "Kenya signs the minerals pact\n\n"
        "Kenya signed the pact in Nairobi on Monday, officials said.\n\n"
        "The text will be published next year in Spanish, Portuguese and English.\n",
        encoding="utf-8",
    )
    kb = build_knowledge_base(tmp_path, Problems())
    assert "kenya" in kb.entities and "kenya" in kb.detected
    assert not [e for e in kb.entities.values() if e.name == "Portugal"]
    assert all(m.entity in kb.entities for m in kb.mentions)
