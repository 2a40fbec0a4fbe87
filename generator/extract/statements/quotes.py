"""Quotes that outrun their speech verb: a quote over several sentences is its speaker's
throughout, and so is a sentence or paragraph that only goes on quoting right after
someone spoke.
"""

from __future__ import annotations

import re

from generator.extract.mentions import Analysed
from generator.extract.statements.memory import SpeakerMemory
from generator.extract.statements.patterns import OPEN_QUOTE


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: curly quotes, or straight ones taken in pairs."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*(?:”|$)", text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*(?:"|$)', text)]
    return spans


def _along_quotes(analysed: Analysed, speakers: dict[int, tuple[str, str]]) -> None:
    """Every sentence of a quote is the speaker's of any of its sentences (one only)."""
    for lo, hi in quote_spans(analysed.paragraph.text):
        inside = [s for s in analysed.sentences if s.start < hi and s.end > lo]
        owners = {speakers[s.index] for s in inside if s.index in speakers}
        if len({o[0] for o in owners}) != 1:
            continue
        owner = next(iter(owners))
        for s in inside:
            speakers.setdefault(s.index, (owner[0], "quoted"))


def spread_quotes(
    analysed: Analysed, speakers: dict[int, tuple[str, str]], memory: SpeakerMemory
) -> None:
    """A quote over several sentences is its speaker's throughout; a paragraph that only
    goes on quoting, right after someone spoke, goes on quoting them."""
    text = analysed.paragraph.text
    sentences = analysed.sentences
    _along_quotes(analysed, speakers)
    if speakers:
        # '"For too long ...," she said. "Kigali is where it ends."'
        last = None
        for s in sentences:
            if s.index in speakers:
                last = speakers[s.index]
            elif last and text[s.start : s.start + 1] in OPEN_QUOTE:
                speakers[s.index] = (last[0], "quoted")
            else:
                last = None
        # ... and a quote so opened runs on to its closing mark: '"This is not aid. It
        # is an investment."'
        _along_quotes(analysed, speakers)
        return
    starts_quoting = text[:1] in OPEN_QUOTE
    if starts_quoting and memory.speaker and not memory.broken and not analysed.mentions:
        for s in sentences:
            speakers[s.index] = (memory.speaker, "quoted")
