"""The timeline: curated events and every dated sentence, by year and day."""

from __future__ import annotations

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


def years(site: Site) -> list[tuple[str, list[Day]]]:
    """[(year, [(date, curated events, sentences grouped by their text)])], oldest first."""
    by_date: dict[str, tuple[list[EntityView], dict[str, list[DatedItem]]]] = defaultdict(
        lambda: ([], {})
    )
    for view in site.index.entities.values():
        if isinstance(view.entity, Event):
            by_date[view.entity.start][0].append(view)
    for item in site.kb.dated:
        by_date[item.date][1].setdefault(item.text, []).append(item)
    out: dict[str, list[Day]] = defaultdict(list)
    for date in sorted(by_date):
        events, sentences = by_date[date]
        out[date[:4]].append((date, events, list(sentences.values())))
    return sorted(out.items())
