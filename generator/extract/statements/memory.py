"""What the statement finder carries along: the article's speakers so far (SpeakerMemory,
one per article, updated paragraph by paragraph) and what it knows beyond the paragraph
(Context: entity kinds, curated roles, the people the article names)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.extract.speakers import SpeakerIndex


@dataclass
class SpeakerMemory:
    """What one article has said so far about its speakers, paragraph to paragraph."""

    speaker: str | None = None  # the last person who spoke
    recent: list[str] = field(default_factory=list)  # the last few who spoke, latest last
    broken: bool = True  # something came between that speaker and now
    quiet: int = 0  # paragraphs since that speaker spoke
    gender: dict[str, str] = field(default_factory=dict)  # person -> "m" / "f"
    transcript: bool = False  # the article is a transcript (speaker labels seen)
    turn: str | None = None  # a transcript's current speaker
    interviewee: str | None = None  # who answers an interview's questions
    # A role label once named: "MODERATOR (Kadra Djama, ...):" makes "MODERATOR:" hers.
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    """What the finder needs beyond the paragraph: kinds, roles, the article's people."""

    kinds: Mapping[str, str]
    index: SpeakerIndex = field(default_factory=SpeakerIndex)
    # People named in the article, in order of appearance, its title first.
    present: dict[str, None] = field(default_factory=dict)
