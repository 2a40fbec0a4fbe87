"""The timeline: curated events and every dated sentence, by year and day."""

from __future__ import annotations

import re
from collections import defaultdict

from generator.extract.records import DatedItem
from generator.load.kinds import Event
from generator.site.citations import PageSources
from generator.site.index import EntityView
from generator.site.markdown import Md
from generator.site.site import Pages, Site
from generator.site.timeline_chart import chart

Day = tuple[str, list[EntityView], list[list[DatedItem]]]


def emit(site: Site) -> Pages:
    cited = PageSources(site.index, (item.source for item in site.kb.dated))
    return {
        "timeline.md": site.render(
            "timeline.md.j2",
            "timeline.md",
            years=years(site),
            chart=Md(chart(site.index, labelled=20)),
            sources=cited,
        )
    }


def around(sentence: str, expression: str, words: int = 9) -> str:
    """The words around a date in a sentence that names several dates: each date of the
    timeline quotes its own part, and no sentence is listed whole under four years."""
    at = sentence.find(expression)
    if at < 0:
        return sentence
    spaces = [m.start() for m in re.finditer(r"\s+", sentence)]
    before = [s for s in spaces if s < at]
    after = [s for s in spaces if s >= at + len(expression)]
    start = before[-words] + 1 if len(before) >= words else 0
    end = after[words - 1] if len(after) >= words else len(sentence)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def years(site: Site) -> list[tuple[str, list[Day]]]:
    """[(year, [(date, curated events, sentences grouped by their text)])], oldest first."""
    by_date: dict[str, tuple[list[EntityView], dict[str, list[DatedItem]]]] = defaultdict(
        lambda: ([], {})
    )
    for view in site.index.entities.values():
        if isinstance(view.entity, Event):
            by_date[view.entity.start][0].append(view)
    dates_in: dict[tuple[str, int, int], int] = defaultdict(int)
    for item in site.kb.dated:
        dates_in[(item.source, item.paragraph, item.sentence)] += 1
    for item in site.kb.dated:
        several = dates_in[(item.source, item.paragraph, item.sentence)] > 1
        text = around(item.text, item.expression) if several else item.text
        by_date[item.date][1].setdefault(text, []).append(item._replace(text=text))
    out: dict[str, list[Day]] = defaultdict(list)
    for date in sorted(by_date):
        events, sentences = by_date[date]
        out[date[:4]].append((date, events, list(sentences.values())))
    return sorted(out.items())
