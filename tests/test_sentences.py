"""Sentences: a full stop ends one, unless it ends an abbreviation, an initial or an
honorific (invented sentences)."""

from __future__ import annotations

import pytest

from generator.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text,count",
    [
        ("The minister, Hon. Mele Taufa, opened the meeting. It went well.", 2),
        ("He met H.E. Mr. Kenji Sato, who arrived today. They talked.", 2),
        ("Rt. Hon. Ana Lomu spoke first. Then Rev. Tui Pele prayed.", 2),
        ("Dr. J. K. Otieno signed on Oct. 3 with Maj. Gen. Ruto. Talks ended.", 2),
        ("Prices rose. Exports fell. Imports held.", 3),
    ],
)
def test_a_full_stop_ends_a_sentence_unless_it_ends_an_abbreviation(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count, [s.text for s in split_sentences(text)]
