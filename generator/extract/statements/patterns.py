"""The words and patterns of reported speech: speech verbs, what may stand between a
subject and its verb, pronouns, greetings and deeds, interview labels, quotation marks.

Kept in one place so that the attribution rules in the sibling modules read as rules and
the vocabulary can be tuned without touching them.
"""

from __future__ import annotations

import re

SPEAKER_KINDS = ("person", "country")

_VERBS = (
    # A participle after a comma speaks for the sentence's subject: "Ruiz opened the
    # summit, urging her guests to ...".
    r"(?<=,\s)(?:saying|adding|urging|warning|noting|stressing|insisting|arguing)\b|"
    r"said|says|say|noted|notes|urged|urges|vowed|vows|stressed|stresses|added|adds|told|tells|"
    r"called\s+(?:on|for)|calls\s+(?:on|for)|pointed\s+out|points\s+out|expressed|expresses|"
    r"hailed|hails|acknowledged|agreed|agrees|pledged|pledges|reiterated|reiterates|"
    r"spoke\s+highly|speaks\s+highly|voiced|voices|announced|announces|stated|states|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underscored|congratulated|appreciates|"
    r"appreciated|welcomed|welcomes|wished|wishes|proposed|highlighted|asserted|affirmed|"
    r"declared|remarked|explained|insisted|warned|commented|held\s+the\s+belief|"
    # Headlines report in the present: "X warns of delays", "X insists the deal holds".
    r"declares|explains|insists|warns|admits|concedes|predicts|cautions|"
    r"expressed\s+the\s+belief|singled\s+out|believes|recalled|looks\s+forward|pressed\s+for|"
    r"described|describes|confirmed|confirms|dismissed|argued|argues|replied|answered|"
    r"wrote|writes|was\s+quoted\s+as\s+saying|is\s+quoted\s+as\s+saying|put\s+it|"
    r"[Aa]ccording\s+to|promised|promises|offered|offers|predicted|conceded|admitted|cautioned|assured|"
    r"briefed|thanked|informed|reminded|reported\s+to|responded|"
    # A question asked is said: "X has asked who pays"; not "asked the bank for a loan".
    r"(?:asked|asks|wondered|wonders)(?=\s+(?:who|whom|whose|whether|what|why|how|if|when|"
    r"where|which)\b)|"
    # A request, and words said again: "X has asked for a call at Union Island", "X
    # repeated on Wednesday that ...", "repeated her call for grants".
    r"(?:asked|asks)\s+for\b|"
    r"(?:repeated|repeats)(?=\s+(?:that|on\s+\w+|(?:his|her|its|their|the)\s+(?:call|demand|"
    r"warning|position|offer|view|pledge|promise|appeal|criticism|objection)s?)\b)|"
    r"(?:observed|maintained|suggested|contended|indicated|signall?ed|"
    r"posted\s+on\s+(?:[\w-]+\s+){0,2}[\w-]+)(?=\s+that\b)|"
    r"was\s+cited\s+as\s+saying|"
    # "rejected the idea that ...", "denied that ...": what was said, in the negative.
    r"(?:rejected|rejects|denied|denies|disputed|disputes)\s+(?:the\s+(?:idea|notion|"
    r"suggestion|claim|charge|accusation|view|argument)s?\s+)?that\b|"
    r"struck\s+an?\s+(?:[\w-]+\s+){0,2}(?:note|tone)|"
    r"framed\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+(?:in\s+[\w\s]{1,40}?\s+)?as\b|"
    r"made\s+the\s+(?:same\s+)?(?:point|case|argument)|"
    r"made\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:point|case|argument|claim|plea|appeal)"
    r"(?=\s+(?:for|that|to|on|in|against|of|at|about|with|when|during)\b|\s*[,.;:])|"
    r"(?:pitched|billed|portrayed|cast)\s+(?:it|this|that|them|(?:the|its|his|her|"
    r"their)\s+[^.;:\"“”]{1,80}?)\s+as\s+(?=[\"“]|an?\b|the\b)|"
    r"(?:was|were|is|are)\s+(?:careful|quick|keen|eager|at\s+pains)\s+to\s+"
    r"(?:add|note|stress|say|point\s+out|emphasi[sz]e|insist|underline)|"
    r"called\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+(?=[\"“]|a\b|an\b|the\b)|"
    r"(?:spoke|spoken|speaking|talked)\s+to\s+(?:reporters|journalists|the\s+press|us)|"
    # Speaking reported without the words: "X spoke after the Prime Minister", "X speaks
    # at the opening", "X has addressed the final session".
    r"(?:spoke|speaks)\s+(?:at|on|after|before|during|first|last)\b|addressed|addresses"
)
# The last word boundary may not follow a space: "called the deal “a ...”" ends before a quote.
VERB = re.compile(rf"\b(?:{_VERBS})(?:\b|(?<=\s))")
# Such a participle alone ("urging"), not a phrase ending in one ("was quoted as saying").
PARTICIPLE = re.compile(r"(?:saying|adding|urging|warning|noting|stressing|insisting|arguing)")
# A sentence's main verb in the past, for a subject that several verbs share: "X
# thanked ... and stressed", "X opened the summit, urging ...".
PAST = (
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|spoke|met|gave|took|made|went|held|led|left|told|wrote|"
    r"said|sat|stood|began|brought|sent|struck|won|drew|set|put|paid|chose|rose|saw)\b"
)
# Verbs that may come before their subject: "..., said Xi." (or open the sentence).
INVERTED_VERB = re.compile(r"(said|says|added|noted|stressed|urged|[Aa]ccording\s+to)\s*$")
INVERTED = re.compile(
    r"(?:(?:,\s*[\"”’']?\s*|[\"”]\s+)(said|says|added|noted|stressed|urged)"
    r"|\b[Aa]ccording\s+to)\s*$"
)
# How far before its verb a subject may stand, asides included. Every look-back is
# bounded so that a run-on sentence costs linear time.
REACH = 240
# "Xi and Tokayev hailed ...": a group speaks, not one of them (titles may come between).
AND = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){0,5}$")
# "..., where Xi proposed ...": a clause about another time, not the reported speech.
RELATIVE = re.compile(r"\b(?:where|whereby)\s+$", re.IGNORECASE)
# What may stand between a subject and its verb.
GAP = re.compile(
    r"^(?:'s?)?\s*(?:,\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|however|too|"
    r"on\s+\w+|in\s+response)\s*,\s*)?"
    # "Aline Mukamana of the Mining Justice Network (MJN) said", "Marcus Lind of Subsea
    # Networks, the contractor, has said", "Ana Ruiz of the IDB, who will chair the
    # board, said"
    r"(?:\s*of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,7}[A-Z][\w'’.&-]*"
    r"(?:\s+\([A-Z][\w&-]*\))?(?:\s+|,\s*(?:the|a|an|its|who)\s+[^,;:\"“”]{1,60},\s*))?"
    r"(?:(?:also|further|then|later|again|once\s+again|repeatedly|firmly|warmly|highly|"
    r"earlier|since|already|previously|subsequently|publicly|privately|separately|recently|"
    r"has|had|have|will|would|would\s+also|on\s+\w+day|on\s+\w+)\s+)*$",
    re.IGNORECASE,
)
# An aside between a subject and its verb: "Xi, together with President Aliyev,
# announced", "Ndlovu, who hosted the summit, said", "Liu Bin, director general of the
# Department of ..., told", "Otieno, Savanna Hydrogen's chief executive, said".
ASIDE = re.compile(
    r"^\s*,\s*(?!(?:and|but|or|while|as|because|saying|adding)\b)[^;:\"“”]{1,200}?,\s*"
    r"(?:(?:also|jointly|then|later|on\s+\w+)\s+)*$"
)
# The name is itself the aside: "The council's co-chair, Priya Raman, said".
# Not a participle or a comparison: "Li, quoting Ruiz, said", "Li, like Ruiz, said".
APPOSITIVE_BEFORE = re.compile(
    r",\s*(?![\w-]+ing\s|like\s|unlike\s)"
    r"(?:(?!(?:with|and|to|for|by|from|at|on|in|of)\s)[\w’'.\-]+\s+){0,6}$"
)
# A name that is the object of what comes before it, not the subject of the verb after
# it: "a spokesperson for Ruiz said", "aides to Ruiz said", "after Ruiz met Li said".
OBJECT_BEFORE = re.compile(
    r"\b(?:for|to|with|by|from|after|before|than|near|behind|around|among|against|about|"
    r"met|meets|visited|visits|thanked|called|told|asked|urged|joined|accompanied|"
    r"welcomed|received|invited|hosted|represented|replaced|succeeded)\s+$"
)
# "he said", "she also stressed": a pronoun just before its verb.
PRONOUN = re.compile(
    r"\b(he|she|He|She)\s+((?:also|further|then|later|again|once again|"
    r"firmly|warmly|highly)\s+)*$"
)
# A greeting or a gesture: "Minister Uwamahoro welcomed High Representative Delacroix".
GESTURE_VERBS = re.compile(r"^(?:welcomed|welcomes|greeted|received|hosted|thanked)$")
# What a country does rather than says.
DEEDS = frozenset(
    {
        "pledged",
        "pledges",
        "promised",
        "promises",
        "announced",
        "announces",
        "proposed",
        "offered",
        "offers",
    }
)
# An interview's question and answer labels: "Q: ...", "**A.** ...".
QUESTION = re.compile(r"^\s*[*_]*Q\s*[:.)]")
ANSWER = re.compile(r"^\s*[*_]*A\s*[:.)]\s*")
# A stage direction in a transcript: "(LAUGHTER)", "[Applause]", "(inaudible)".
STAGE = re.compile(r"^\s*[\[(][^\])]{1,60}[\])]\s*$")
# A stage direction that plays someone else's voice: "[RECORDED CLIP]", "(VIDEO)".
RECORDING = re.compile(
    r"^\s*[\[(][^\])]*\b(?:clip|recording|recorded|sound\s?bite|audio|video|voice-?over|"
    r"vox pops?)\b[^\])]*[\])]",
    re.IGNORECASE,
)
# A stage direction that ends the talking: "[END OF SEGMENT]", "(ENDS)", "[BREAK]".
TALK_ENDS = re.compile(
    r"^\s*[\[(]\s*(?:end|ends|ended|end of [^\])]{1,40}|transcript ends|(?:commercial )?break|"
    r"advert\w*|off air)\s*[\])]\s*$",
    re.IGNORECASE,
)
# Pronouns that tell a person's gender once the person is named.
MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# A sentence opening with one of these goes on quoting.
OPEN_QUOTE = '“"«'

# A courtesy, not a statement: "Good morning, Rhea, and good morning to all your
# listeners.", "Minister X, thank you for coming in." Its greeting phrases, then the
# names and the small words around them; a sentence of nothing else says nothing.
COURTESY = re.compile(
    r"\b(?:good\s+(?:morning|afternoon|evening|day)|thank\s+you|thanks|hello|greetings|"
    # "Welcome to the programme", "you are welcome"; not "we welcome the fund".
    r"(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)welcome|good\s+to\s+(?:be\s+here|see\s+you))\b",
    re.IGNORECASE,
)
# fmt: off
COURTESY_REST = frozenset({
    "and", "all", "you", "your", "everyone", "everybody", "to", "for", "coming", "in",
    "having", "me", "us", "joining", "being", "here", "the", "invitation", "very", "much",
    "so", "again", "listeners", "viewers", "audience", "colleagues", "friends", "back",
    "today", "this", "of", "our", "with", "programme", "program", "show", "studio", "broadcast",
    "briefing", "conference", "press", "session",
})
# fmt: on

# Someone of a country, before its name: "a member of the Riolan delegation said".
SOMEONE_OF = re.compile(
    r"\b(?:members?|officials?|spokes\w+|heads?|some|one|many|several|ministers?|"
    r"advis[eo]rs?|sources?|aides?|diplomats?|critics)\s+(?:of|in|from|within|close\s+to)\s+"
    r"(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
# A relative clause between a subject and its verb: ", whose government has offered ...,".
RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|whose|which)\b[^,;:\"“”]{1,200},\s*\S*\s*$")
# After a name set apart by commas, its verb: "his foreign minister, Y, has asked".
APPOSED = re.compile(r"\s*,\s*(?:(?:has|had|have|also|then|later|since|already)\s+)*")
# "of Barbados", "of the Caribbean Development Bank (CDB)" after a person's name.
OF_NAME = re.compile(r"\s*of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*)+(?:\([A-Z][\w&-]*\)\s*)?")
