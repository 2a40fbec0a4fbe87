"""Who said what: attribute reported-speech sentences to a person or a country.

A statement belongs to the subject of its speech verb, found the ways news copy gives it:
- a name just before the verb, across asides ("Tokayev, for his part, said", "Liu Bin,
  director general of the Department of ..., told reporters");
- a name just after it in an inverted quote ("..., said Japarov");
- a description ("the Chinese president said", "The EU's top diplomat told reporters"),
  resolved through the curated roles when exactly one person named in the article fits;
- "According to X, ...", "X was quoted as saying", "In a statement, X said";
- one subject, several verbs ("X thanked ... and stressed that ...");
- "he"/"she", resolved to the one person named earlier in the paragraph, or else to the
  last speaker if nothing came between (a heading, a caption, a paragraph about someone
  else), and never against what the article says of that person's gender;
- a quote over several sentences is the speaker's throughout; a transcript's turn
  ("PRESIDENT HABIMANA: ...") or an interview's answer ("A: ...") is its speaker's.
When unsure, nobody: a missed statement is a small loss, a wrong one is a false quote.
Greetings and gestures ("X welcomed Y at the airport") are not statements, and neither
is what a group says ("Xi and Tokayev hailed ...").

The package's modules, in the order a paragraph meets them: `find` (the paragraph and the
article's memory), `turns` (transcripts and interviews), `attribute` (prose, a speech verb
at a time), `subjects`, `pronouns` and `deeds` (who the subject is, or that there is no
speech), `quotes` (quotes that outrun their verb); `patterns` holds the vocabulary and
`memory` what is carried from paragraph to paragraph.
"""

from __future__ import annotations

from generator.extract.statements.find import find_statements
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import SPEAKER_KINDS

__all__ = ["SPEAKER_KINDS", "Context", "SpeakerMemory", "find_statements"]
