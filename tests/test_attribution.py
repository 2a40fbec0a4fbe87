"""Who said what, in the phrasings real wire copy uses (invented sentences, several
phrasings each). A missed statement is a small loss; a wrong one is a false quote, so
every unsure case must give nobody."""

from __future__ import annotations

from generator.extract.lookups import build_matcher
from generator.extract.mentions import analyse
from generator.extract.speakers import SpeakerIndex
from generator.extract.statements import Context, SpeakerMemory, find_statements
from generator.load.articles import Paragraph, ParagraphKind
from generator.load.kinds import Country, Organization, Person, Role

ENTITIES = {
    "li": Person(
        name="Li Wen",
        aliases=["Li", "President Li"],
        country="sino",
        roles=[Role(title="President of Sinoland", country="sino")],
    ),
    "ana": Person(
        name="Ana Ruiz",
        aliases=["Ruiz", "Minister Ruiz"],
        country="rio",
        roles=[Role(title="Foreign Minister of Riola", country="rio")],
    ),
    "tom": Person(
        name="Tom Berg",
        aliases=["Berg"],
        roles=[Role(title="High Representative", organization="union")],
    ),
    "liu": Person(name="Liu Bin", aliases=["Liu"]),
    "kai": Person(
        name="Kai Oy",
        aliases=["Oy"],
        roles=[Role(title="Trade Minister of Sinoland", country="sino")],
    ),
    "zhu": Person(
        name="Zhu Lan",
        aliases=["Zhu"],
        roles=[Role(title="Prime Minister of Sinoland", country="sino")],
    ),
    "mia": Person(name="Mia Sol", aliases=["Sol"], roles=[Role(title="Presenter, Radio Riola")]),
    "pia": Person(
        name="Pia Lund",
        aliases=["Lund"],
        country="sino",
        roles=[Role(title="Vice-President for Lending", organization="union")],
    ),
    "sam": Person(
        name="Sam Ito",
        aliases=["Ito"],
        roles=[Role(title="State Minister for Foreign Affairs", country="sino")],
    ),
    "eva": Person(name="Eva Holm", aliases=["Holm", "Ms Holm"]),
    "sino": Country(name="Sinoland", aliases=["Sinolandic"]),
    "rio": Country(name="Riola", aliases=["Riolan"]),
    "union": Organization(name="Northern Union", aliases=["NU"]),
}
KINDS = {eid: e.kind for eid, e in ENTITIES.items()}
MATCHER = build_matcher(ENTITIES)


def said(*paragraphs: str | tuple[str, ParagraphKind], title: str = "") -> list[tuple[int, str]]:
    analysed = [
        analyse(
            Paragraph(n, p[1], p[0]) if isinstance(p, tuple) else Paragraph(n, "text", p), MATCHER
        )
        for n, p in enumerate(paragraphs, start=1)
    ]
    present = dict.fromkeys(
        [h.entities[0] for h in MATCHER.find(title)]
        + [m.entity for a in analysed for m in a.mentions if KINDS.get(m.entity) == "person"]
    )
    ctx = Context(KINDS, SpeakerIndex.build(ENTITIES), present)
    memory = SpeakerMemory()
    out = []
    for a in analysed:
        out += [(s.paragraph, s.speaker) for s in find_statements("a.txt", a, KINDS, memory, ctx)]
    return out


def test_descriptive_speakers_resolve_through_roles() -> None:
    assert said("Li Wen met Ana Ruiz.", "The Sinolandic president said ties were strong.") == [
        (2, "li")
    ]
    assert said("Li Wen met Ana Ruiz.", "The Riolan minister told reporters it went well.") == [
        (2, "ana")
    ]
    assert said("Tom Berg arrived.", "The NU's top diplomat said the union was ready.") == [
        (2, "tom")
    ]
    # Two people fit "the minister": nobody.
    assert said("Ana Ruiz met Kai Oy.", "The minister said it went well.") == []
    # ... unless one of them has just spoken and nothing came between.
    assert said(
        "Ana Ruiz met Kai Oy.",
        '"We agreed on the tariffs," Ruiz said.',
        "The Minister noted that the port would open in May.",
    ) == [(2, "ana"), (3, "ana")]
    assert said(
        '"We agreed," Ruiz said after meeting Kai Oy.',
        ("Later talks", "heading"),
        "The minister stressed the port would open.",
    ) == [(1, "ana")]
    assert said(
        "Ana Ruiz met Kai Oy.",
        '"We agreed," Ruiz said.',
        "The Sinolandic minister said that was premature.",
    ) == [(2, "ana"), (3, "kai")]
    assert said("Ana Ruiz met Kai Oy.", "The trade minister said it went well.") == [(2, "kai")]


def test_according_to_quoted_told_and_statements() -> None:
    assert said("According to Ruiz, the talks will resume.") == [(1, "ana")]
    assert said("Li was quoted as saying the deal is fair.") == [(1, "li")]
    assert said("Berg told journalists the fund is ready.") == [(1, "tom")]
    assert said("In a statement, Ruiz said the vote was a success.") == [(1, "ana")]


def test_one_subject_several_verbs() -> None:
    assert said("Ruiz thanked the hosts for the welcome and stressed that trade matters.") == [
        (1, "ana")
    ]
    assert said("President Li extended greetings and expressed his belief that ties grow.") == [
        (1, "li")
    ]


def test_quotes_over_several_sentences() -> None:
    assert (
        said("\u201cWe came to listen. We leave with a plan. It is a good day,\u201d Ruiz said.")
        == [(1, "ana")] * 3
    )
    assert (
        said("Berg said: \u201cThe fund is open. The first call is in May.\u201d")
        == [(1, "tom")] * 2
    )
    assert (
        said("\u201cIt is done,\u201d Li told the hall. \u201cNow we build.\u201d")
        == [(1, "li")] * 2
    )
    # A second quote that opens after the attribution runs on to its closing mark.
    assert (
        said(
            "\u201cIt is done,\u201d Li told the hall. \u201cNow we build. "
            "After that, we export.\u201d"
        )
        == [(1, "li")] * 3
    )
    assert said('"It is done," said Ruiz. "This is no pilot. It will pay."') == [(1, "ana")] * 3
    # Closed before the next sentence: that one is nobody's.
    assert said('"It is done," said Ruiz. "This is no pilot." Prices fell.') == [(1, "ana")] * 2


def test_long_appositions() -> None:
    assert said(
        "Liu Bin, director general of the Department of Northern Affairs of the "
        "Ministry of Foreign Affairs, told reporters the visit was a success."
    ) == [(1, "liu")]
    assert said(
        "Tom Berg, the Northern Union's High Representative for Trade and "
        "Security, said the union would help."
    ) == [(1, "tom")]
    # A relative clause after "X of the Y": "Liu Bin of the NU, who will chair ..., said".
    assert said(
        "Liu Bin of the NU, who will chair the board, said the call would open in May."
    ) == [(1, "liu")]
    assert said("Liu Bin of the NU, who met Ana Ruiz on Monday, said it would open.") == [
        (1, "liu")
    ]
    # The name right before the verb is an object there: unsure, so nobody.
    assert said("Liu Bin of the NU, who met Ana Ruiz, said the call would open.") == []


def test_pronouns_only_when_the_chain_holds() -> None:
    assert said("Ruiz said the talks had begun.", "She said they went well.") == [
        (1, "ana"),
        (2, "ana"),
    ]
    # A heading, a caption or a paragraph about someone else breaks the chain.
    assert said(
        "Ruiz said it went well.", ("Next steps", "heading"), "She said more was needed."
    ) == [(1, "ana")]
    assert said(
        "Ruiz said it went well.",
        ("Ruiz arrives at the hall. /Wire", "caption"),
        "She said more was needed.",
    ) == [(1, "ana")]
    assert said(
        "Ruiz said it went well.", "Li Wen opened the session at noon.", "She said more was needed."
    ) == [(1, "ana")]
    # The one person named before the pronoun in the paragraph.
    assert said("Ruiz said it went well.", "Li Wen was less sure. He said more was needed.") == [
        (1, "ana"),
        (2, "li"),
    ]
    # Never against a gender the article gave: "he" after Ruiz ("she") is nobody.
    assert said("Ruiz said she was pleased.", "He said more was needed.") == [(1, "ana")]


def test_a_description_opening_the_paragraph_breaks_the_chain() -> None:
    """ "The minister rejected the idea. "...," she said." after an economist spoke: the
    pronoun is the one the description fits, or nobody; never the last speaker."""
    arrived = "Kai Oy and Ana Ruiz arrived on Monday."
    economist = "Liu Bin, an economist, said the money was small."
    assert said(arrived, economist, "The minister rejected the idea. “It is enough,” he said.") == [
        (2, "liu")
    ]  # two ministers of the article fit: nobody
    assert said(arrived, economist, "The trade minister rejected it. “It is enough,” he said.") == [
        (2, "liu"),
        (3, "kai"),
    ]
    # A description the last speaker fits keeps the chain.
    assert said(
        "Kai Oy said the plan was ready.", "The minister rejected the idea. He said so again."
    ) == [(1, "kai"), (2, "kai")]


def test_greetings_gestures_and_groups_are_not_statements() -> None:
    assert said("Li welcomed Ruiz in front of the palace.") == []
    assert said("Minister Ruiz welcomed her fellow ministers to the capital.") == []
    assert said("Li shook hands with Ruiz.") == []
    assert said("Ruiz welcomed the agreement as a turning point.") == [(1, "ana")]
    assert said("Li Wen and Foreign Minister Ana Ruiz agreed to meet again.") == []
    assert said("Sinoland and Riola agreed to meet again.") == []


def test_transcripts_and_interviews() -> None:
    turns = said(
        "PRESIDENT LI: Good morning. We signed the plan today.",
        "It will take five years.",
        "MODERATOR: Thank you. Questions?",
        "QUESTION (Radio Riola): Is it funded?",
        "MINISTER RUIZ: Yes, fully.",
        "PRESENTER: And that was the minister.",
        title="Radio Riola with Mia Sol",
    )
    # "Good morning." greets: no statement; the turn goes on.
    assert turns == [(1, "li"), (2, "li"), (5, "ana"), (6, "mia")]
    interview = said(
        "Li Wen gave this interview after the summit.",
        "Q: Was it a success?",
        "A: It was. We got what we came for.",
        title="An interview with Li Wen",
    )
    assert interview == [(3, "li"), (3, "li")]


def test_a_quote_under_its_speakers_label() -> None:
    # Live blogs and headlines print "Name: “quote”".
    assert said("Li Wen met Ana Ruiz.", "Ruiz: \u201cWe will sign. Today, not later.\u201d") == [
        (2, "ana"),
        (2, "ana"),
    ]
    assert said(
        ("Sinoland's president: \u201cNo retreat\u201d", "heading"), "Li Wen arrived at noon."
    ) == [(1, "li")]
    assert said(("Sinoland's PM: a \u201cnew door\u201d", "heading"), "Zhu Lan met Li Wen.") == [
        (1, "zhu")
    ]
    # A label that is no speaker, or that two people fit: nobody.
    assert said("Li Wen met Kai Oy.", "Key figures: \u201c30 per cent\u201d by 2030.") == []
    assert said("Li Wen met Kai Oy.", "Ruiz's plan: \u201cfaster ports\u201d.") == []
    assert (
        said(("Sinolandic leaders: \u201cNo retreat\u201d", "heading"), "Li Wen met Zhu Lan.") == []
    )


def test_the_words_of_a_description_pick_among_those_who_fit() -> None:
    # Both are ministers of Sinoland; only one is its prime minister.
    assert said(
        "Zhu Lan met Kai Oy.",
        "The Sinolandic prime minister, who arrived late, recalled that talks began in May.",
    ) == [(2, "zhu")]


def test_more_ways_to_report_speech() -> None:
    assert said(
        "Kai Oy, whose ministry runs the ports, struck a more cautious note on tariffs."
    ) == [(1, "kai")]
    assert said("Liu Bin reported to ministers on the talks held with business.") == [(1, "liu")]
    assert said("Ruiz framed the deal as a test of unity.") == [(1, "ana")]
    assert said("Ruiz framed it in her opening address as the end of a cycle.") == [(1, "ana")]
    assert said("Ruiz made the point most sharply in an interview.") == [(1, "ana")]
    assert said("Ruiz framed the picture on the wall.") == []
    assert said(
        "Liu Bin of the Northern Union, the regional bloc, has said the port would open."
    ) == [(1, "liu")]
    # An acronym in brackets after the body a person belongs to.
    assert said(
        "Liu Bin of the Northern Union (NU) warned that half of the money came as loans."
    ) == [(1, "liu")]


def test_a_pronoun_after_a_speaker_given_by_description() -> None:
    assert said(
        "Tom Berg arrived.",
        "The High Representative thanked Riola and stressed that ties were strong. "
        "He recalled that the corridor was a flagship.",
    ) == [(2, "tom"), (2, "tom")]
    # Someone else named in between: the pronoun is theirs.
    assert said(
        "Tom Berg arrived.",
        "The High Representative stressed that ties were strong. Kai Oy arrived late. "
        "He recalled that the corridor was a flagship.",
    ) == [(2, "tom"), (2, "kai")]


def test_verbs_that_report_what_someone_holds() -> None:
    for verb in ("observed", "maintained", "suggested", "indicated", "signalled", "responded"):
        assert said(f"Ruiz {verb} that the port would open.") == [(1, "ana")], verb
    assert said("Ruiz posted on social media that the port would open.") == [(1, "ana")]
    assert said("Ruiz was cited as saying that the port would open.") == [(1, "ana")]
    assert said("Ruiz was careful to add that the port would open.") == [(1, "ana")]
    assert said("Ruiz was quick to point out that the port would open.") == [(1, "ana")]
    assert said("Ruiz was at pains to stress that the port would open.") == [(1, "ana")]
    assert said("Ruiz was keen to know whether the port would open.") == []
    # Without "that" these verbs report no speech.
    assert said("Ruiz observed the drill from the bridge.") == []
    assert said("Ruiz posted a photo of the port.") == []
    # Someone's spokesperson is not that someone.
    assert said("Ruiz's spokesperson said the port would open.") == []


def test_transcript_labels_in_mixed_case_and_stage_directions() -> None:
    # (Greetings and thanks are no statements.)
    assert said("Mia Sol: Minister, welcome.", "Ana Ruiz: Thank you. It was a long night.") == [
        (2, "ana"),
    ]
    assert said("[CLIP] KAI OY: We will watch the water.", "MIA SOL: That was Kai Oy.") == [
        (1, "kai"),
        (2, "mia"),
    ]
    # A stage direction is nobody's; the turn goes on after it.
    assert said("RUIZ: We agree.", "(LAUGHTER)", "We signed at dawn.") == [(1, "ana"), (3, "ana")]
    # Mixed case: only a whole name is a label ("Ruiz said: ..." is prose).
    assert said("Update: the talks resumed.", "Ruiz said: the port will open.") == [(2, "ana")]
    assert said("Ruiz said: the port will open.", "Prices fell on the news.") == [(1, "ana")]


def test_a_name_governed_by_what_precedes_it_does_not_speak() -> None:
    # Someone else speaks: nobody, never the person named.
    for sentence in (
        "A spokesperson for Ruiz said the port would open.",
        "Aides to Ruiz said the port would open.",
        "People close to Ruiz said the port would open.",
        "Officials travelling with Ruiz said the port would open.",
        "A statement issued after Ruiz met Li said the port would open.",
    ):
        assert said(sentence) == [], sentence
    # A participle or a comparison is no apposition: the subject speaks.
    assert said("Li, quoting Ruiz, said the port would open.") == [(1, "li")]
    assert said("Li, like Ruiz, said the port would open.") == [(1, "li")]
    assert said("Ruiz's deputy, Kai Oy, said the port would open.") == [(1, "kai")]
    # In an aside, a governed name is passed over for the subject.
    assert said(
        "Liu Bin, the envoy for Riola and the Northern Union, told journalists it would open."
    ) == [(1, "liu")]


def test_a_vice_president_is_not_the_president() -> None:
    """ "Sinoland's president: “...”" is the President of Sinoland, not a Sinolandic
    vice-president of a bank, named in the same article; "the vice-president" is her."""
    assert said(
        ("Sinoland's president: “a door to the sea”", "heading"),
        "Pia Lund of the NU and President Li Wen arrived.",
    ) == [(1, "li")]
    assert said(
        "Pia Lund of the NU and President Li Wen arrived.",
        "The vice-president said the loans were ready.",
    ) == [(2, "pia")]


def test_a_country_s_government_speaks_as_the_country() -> None:
    for text in (
        "The Riolan government said exports rose by a third.",
        "Riola's government said exports rose by a third.",
        "Exports rose by a third, said the Riolan government.",
        "Last year, exports rose by a third, according to the Riolan government.",
        "According to the government of Riola, exports rose.",
        "The Riolan authorities said exports rose by a third.",
    ):
        assert said(text) == [(1, "rio")], text
    # An official of the government is someone else, and nobody when unnamed.
    assert said("A Riolan government official said exports rose.") == []
    assert said("Exports rose, said the Riolan government's critics.") == []


def test_a_participle_after_a_comma_speaks_for_the_sentence_s_subject() -> None:
    for text in (
        'Ruiz opened the summit on Tuesday, urging her guests to buy "our work, not our rock".',
        "Ruiz spoke for an hour, warning that prices would fall.",
        "Riolan Foreign Minister Ana Ruiz met the press, saying the region must refine more.",
        "PORTO, Riola, May 27, 2025 (Wire) - Riolan Foreign Minister Ana Ruiz opened the "
        "summit with Sinoland on Tuesday, adding that trade would grow.",
    ):
        assert said(text) == [(1, "ana")], text
    # Another person before the participle, a subject that does not open the sentence,
    # or a participle that is not speech: nobody.
    for text in (
        "Ruiz met Li on Monday, adding that talks would go on.",
        "After Ruiz left, Li Wen stayed on, saying he was tired.",
        "Ruiz welcomed the guests, shaking hands with each.",
    ):
        assert said(text) == [], text
    # A phrase that ends in a participle is the verb it always was.
    assert said("Ruiz was quoted as saying that trade would grow.") == [(1, "ana")]


def test_what_is_rejected_or_denied_was_said() -> None:
    for text in (
        "Ruiz rejected the idea that the two goals were in conflict.",
        "Ruiz disputed the claim that talks had failed.",
        "Foreign Minister Ana Ruiz denied that a deal was near.",
        "Ruiz rejects the notion that the fund is too small.",
    ):
        assert said(text) == [(1, "ana")], text
    # A thing rejected is a deed, not speech.
    assert said("Ruiz rejected the proposal on Monday.") == []


def test_a_description_is_not_the_person_its_sentence_names_apart_from_it() -> None:
    """ "the minister said she hoped to receive Ruiz": the minister is not Ruiz; the one
    other minister the article names is. An apposition is the same person."""
    met = "Ana Ruiz and Kai Oy met in Riola."
    assert said(met, "Closing the talks, the minister said she hoped to receive Ruiz soon.") == [
        (2, "kai")
    ]
    assert said(met, "The minister told Oy that the talks had gone well.") == [(2, "ana")]
    assert said("Li Wen met Ana Ruiz.", "The president said Li would be invited again.") == []
    assert said(met, "The Riolan minister, Ana Ruiz, said trade would grow.") == [(2, "ana")]


def test_speaking_reported_without_the_words_is_a_statement() -> None:
    """ "X spoke after the president", "X has addressed the session": the annotators'
    rule (a person reported as speaking); a thing addressed is nobody's statement."""
    assert said("Ana Ruiz spoke after the president at the forum.") == [(1, "ana")]
    assert said("Li Wen has addressed the final session of the summit.") == [(1, "li")]
    assert said("Later, Minister Ruiz speaks at the opening of the talks.") == [(1, "ana")]
    assert said("The question of debt was addressed at length on Monday.") == []


def test_the_minister_is_neither_the_prime_minister_nor_a_junior_one() -> None:
    """A bare "the Minister" is the one minister of full rank the article names: not
    the Prime Minister, not a State (or deputy) Minister; "the prime minister" still is."""
    met = "Zhu Lan and Sam Ito met Ana Ruiz."
    assert said(met, "The Minister said the talks had gone well.") == [(2, "ana")]
    assert said(met, "The Sinolandic prime minister said so too.") == [(2, "zhu")]


def test_a_recording_is_not_the_turn_of_whoever_introduced_it() -> None:
    # The label inside the stage direction, in the ways transcripts print it.
    for clip in (
        "[RECORDED CLIP - KAI OY:] We will watch the water.",
        "(SOUNDBITE: Kai Oy) We will watch the water.",
        "[KAI OY:] We will watch the water.",
        "[Audio — Kai Oy] We will watch the water.",
    ):
        assert said("MIA SOL: Let us hear the minister.", clip) == [(1, "mia"), (2, "kai")], clip
    # A recording with no name is nobody's, and so is what follows it until the next label.
    assert said(
        "MIA SOL: Listen to this.", "[VIDEO CLIP] We will watch the water.", "It matters."
    ) == [(1, "mia")]
    # The end of the talking, or a heading, ends the turn: a footer is nobody's.
    for end in (("[END OF SEGMENT]", "text"), ("(ENDS)", "text"), ("About Radio Riola", "heading")):
        assert said("RUIZ: We agree.", end, "Radio Riola broadcasts in four languages.") == [
            (1, "ana")
        ], end
    # A plain stage direction before the words is no label: the turn goes on.
    assert said("RUIZ: We agree.", "[APPLAUSE] We signed at dawn.") == [(1, "ana"), (2, "ana")]


def test_adverbs_of_time_between_a_subject_and_its_verb() -> None:
    for sentence, who in (
        ("Li has since said the port would open.", "li"),
        ("Ruiz has already told reporters that the port would open.", "ana"),
        ("The Sinolandic government has since said it will put the text to parliament.", "sino"),
        ("Li had previously said the port would open.", "li"),
        ("Ruiz separately told reporters that the port would open.", "ana"),
    ):
        assert said(sentence) == [(1, who)], sentence


def test_a_quote_before_its_speakers_label() -> None:
    # Headlines also print the quote first: "“quote”: Name on the topic", "“quote” - Name".
    for heading, who in (
        ('"The port belongs to the dockers too": Minister Ruiz on the declaration', "ana"),
        ("\u201cWe will sign next year\u201d - President Li", "li"),
        ('"We will sign next year": Ruiz', "ana"),
        ('"No retreat" | Sinoland\'s PM on the talks', "zhu"),
    ):
        assert said((heading, "heading"), "Li Wen met Ana Ruiz and Zhu Lan.") == [(1, who)], heading
    # What follows the quote is no speaker, or two of them: nobody.
    for heading in (
        '"We will sign": the port and its union',
        '"Port deal": what Li and Ruiz agreed',
    ):
        assert said((heading, "heading"), "Li Wen met Ana Ruiz.") == [], heading


def test_a_headline_that_reports_speech() -> None:
    for heading, who in (
        ("Sinoland confirms it will not sign today", "sino"),
        ("Ruiz says the port will open in May", "ana"),
        ("President Li warns of delays at the border", "li"),
    ):
        assert said((heading, "heading"), "Li Wen met Ana Ruiz.") == [(1, who)], heading
    # A pronoun in a headline has nobody to go back to; a headline of deeds is no speech.
    assert said("Li Wen spoke first.", ("He says the port will open", "heading")) == [(1, "li")]
    assert said(("Ruiz signs the port deal", "heading"), "Li Wen met Ana Ruiz.") == []


def test_a_role_label_that_names_its_speaker_once() -> None:
    turns = said(
        "CHAIR (Kai Oy, Trade Minister): Good evening. We begin with the port.",
        "PRESIDENT LI: The port opens in May.",
        "CHAIR: Next question, please.",
        "QUESTION (Radio Riola): When will the trucks run?",
    )
    assert turns == [(1, "kai"), (2, "li"), (3, "kai")]  # "Good evening." greets
    # Two people in the brackets, or none: the label stays nobody's.
    assert said("CHAIR (Kai Oy and Li Wen): We begin.", "CHAIR: Next question.") == []


def test_claims_pitches_and_epigraphs() -> None:
    for sentence, who in (
        ("Ruiz made a more modest claim on state television, putting it at 5 per cent.", "ana"),
        ("Li made an emotional appeal to the delegates before the vote.", "li"),
        ('Li, speaking after Ruiz, pitched the corridor as "a second door".', "li"),
        ("Ruiz billed the deal as a turning point for the region.", "ana"),
    ):
        assert said(sentence) == [(1, who)], sentence
    # A pitch of goods, or a case in court, is no speech.
    assert said("Li pitched a tent near the border post.") == []
    assert said("Ruiz made a case study of the port for her thesis.") == []
    # An epigraph: the quote, a dash, the speaker, where and when.
    assert said('"We do not ask for a port as a gift." — President Li Wen, Riola, 15 May 2025') == [
        (1, "li")
    ]


def test_offers_and_a_titled_subject_of_several_verbs() -> None:
    for sentence, who in (
        ("Ruiz offered the union a committee on port jobs.", "ana"),
        (
            "Riola's foreign minister, Ana Ruiz, received the union's leaders that evening and "
            "offered them a committee on port jobs.",
            "ana",
        ),
        (
            "Sinolandic Trade Minister Kai Oy received five of their leaders and offered a "
            "permanent working group.",
            "kai",
        ),
    ):
        assert said(sentence) == [(1, who)], sentence
    # Two people before the verbs: whose offer is it? Nobody's.
    assert said("Sinolandic Trade Minister Kai Oy met Li Wen and offered a working group.") == []


def test_a_gender_the_curated_aliases_give() -> None:
    """ "Ms Holm" among her aliases: "he" after a sentence naming Li and Holm is Li,
    though this article never said which of them is "she"."""
    assert said(
        "Li Wen greeted Holm warmly at the palace. He told reporters the port would open."
    ) == [(1, "li")]
    assert said("Kai Oy greeted Li Wen at the palace. He told reporters the port would open.") == []


def test_a_person_of_a_country_or_body_speaks_not_the_country() -> None:
    # The country or body after "of" belongs to the person's description.
    assert said("Li Wen of Sinoland acknowledged as much on Monday.") == [(1, "li")]
    assert said("Minister Ana Ruiz of Riola said the port would open.") == [(1, "ana")]
    assert said(
        "Vice-President Pia Lund of the Northern Union, who is chairing the three-day meeting "
        "of the board of governors of the Northern Union (NU), told the opening session that "
        "the fund was ready."
    ) == [(1, "pia")]
    # A country that speaks for itself still does.
    assert said("Riola said the port would open in May.") == [(1, "rio")]


def test_a_pronoun_is_the_subject_of_the_sentence_before_when_the_other_is_its_object() -> None:
    assert said(
        "Meanwhile Eva Holm of the Northern Union was invited to meet Foreign Minister Ana "
        "Ruiz. She said the minister had told her the request was being drafted."
    ) == [(1, "eva")]
    assert said("Ana Ruiz met Eva Holm in the afternoon. She said the talks had gone well.") == [
        (1, "ana")
    ]
    # Two subjects before: nobody (and never the minister of the reported words).
    assert (
        said("Ana Ruiz and Eva Holm arrived together. She said the minister had told her so.") == []
    )


def test_two_clauses_two_speakers() -> None:
    assert said(
        'Li Wen told reporters his country was saying "not yet", and his foreign minister, '
        "Ana Ruiz, has asked who pays for the ferry."
    ) == [(1, "li"), (1, "ana")]
    assert said("Li Wen said the port would open; Ruiz told reporters it was late.") == [
        (1, "li"),
        (1, "ana"),
    ]
    assert said("Berg said the fund was ready, but Ruiz warned that it was too small.") == [
        (1, "tom"),
        (1, "ana"),
    ]
    # Reported words are no clause of their own: the speaker's alone.
    assert said("Ruiz said that Li Wen had told her the port would open.") == [(1, "ana")]
    # One speaker twice is one statement.
    assert said("Ruiz said the port would open, and Ruiz added it was late.") == [(1, "ana")]


def test_a_question_asked_is_said() -> None:
    assert said("Ana Ruiz asked whether the port would open in May.") == [(1, "ana")]
    assert said("His foreign minister, Ana Ruiz, has asked who pays.") == [(1, "ana")]
    assert said("Ana Ruiz asked the bank for a loan.") == []


def test_a_turn_that_only_greets_or_thanks_is_no_statement() -> None:
    turns: tuple[tuple[str, list[tuple[int, str]]], ...] = (
        ("MIA SOL: Good morning, Ana, and good morning to all our listeners.", []),
        ("MIA SOL: Minister Ana Ruiz, thank you for coming in.", []),
        ("MIA SOL: Thank you, Minister, President, and thank you all.", []),
        ("MIA SOL: Welcome to the programme, Minister.", []),
        ("MIA SOL: Thank you for the question, but the deal is not fair.", [(1, "mia")]),
        ("MIA SOL: Good morning. The fund opens today for the islands.", [(1, "mia")]),
    )
    for turn, expected in turns:
        assert said(turn) == expected, turn


def test_a_relative_clauses_verbs_are_its_own() -> None:
    assert said(
        "Li Wen, whose government has offered to base the vessels in Riola, said the "
        "service would help."
    ) == [(1, "li")]
    assert said("Ana Ruiz, who announced the fund last week, told reporters it was ready.") == [
        (1, "ana")
    ]
    # Not a clause that says where someone else spoke.
    assert said("At the summit, where Li proposed a fund, prices fell.") == []


def test_requests_and_words_said_again() -> None:
    assert said("Riola has asked for the vessel to call at the port.") == [(1, "rio")]
    assert said("Ana Ruiz repeated on Wednesday that the port was late.") == [(1, "ana")]
    assert said("Ana Ruiz repeated her call for grants.") == [(1, "ana")]
    # Not a repeated deed, nor a request made of someone.
    assert said("Ana Ruiz repeated the exercise.") == []
    assert said("Li Wen was asked for a comment.") == []


def test_a_delegation_speaks_for_its_country_and_but_joins_verbs() -> None:
    for sentence in (
        "The delegation of Riola supported the text but stated that it reserved its position.",
        "The Riolan delegation said it reserved its position.",
        "Riola's delegation said it reserved its position.",
    ):
        assert said(sentence) == [(1, "rio")], sentence
    assert said("Li Wen backed the fund but warned it was small.") == [(1, "li")]
    # Someone of the delegation is not the country.
    assert said("A member of the Riolan delegation said it was late.") == []
    assert said("Officials of the Riolan government said it was late.") == []


def test_reported_words_and_meetings_named_before_a_speaker() -> None:
    # A clause of the first speaker's reported words is no second speaker's.
    assert said(
        "Li Wen said inflation had slowed, and that Ana Ruiz had told him the budget was safe."
    ) == [(1, "li")]
    assert said("Li Wen warned prices would rise, and that Ruiz had promised cuts.") == [(1, "li")]
    # A meeting before the subject takes nothing from it.
    for sentence, speaker in (
        ("After the meeting Ruiz told reporters it was fine.", "ana"),
        ("At the meeting Ruiz said the port would open.", "ana"),
        ("Following Tuesday's meeting Li Wen told reporters it was late.", "li"),
    ):
        assert said(sentence) == [(1, speaker)], sentence
    # A turn that welcomes someone as its point says it.
    assert said("ANA RUIZ: We welcome the Northern Union to the talks.") == [(1, "ana")]
