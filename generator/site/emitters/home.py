"""The home page: the briefing's summary, focal events and people, key outcomes."""

from __future__ import annotations

from generator.load.kinds import Event
from generator.site.bottom_line import bottom_line
from generator.site.index import event_order
from generator.site.markdown import Md
from generator.site.network import network
from generator.site.site import Pages, Site
from generator.site.timeline_chart import chart

HOME_EVENTS = 12  # the short timeline's length
HOME_SIMILAR = 10  # sentences several sources report alike


def emit(site: Site) -> Pages:
    focus = site.kb.briefing.focus
    views = site.index.entities
    # The short timeline: the focal events and those not part of another one.
    top = sorted(
        (
            v
            for v in views.values()
            if isinstance(v.entity, Event) and (not v.entity.part_of or v.id in focus.events)
        ),
        key=event_order,
    )
    return {
        "index.md": site.render(
            "home.md.j2",
            "index.md",
            events=[views[e] for e in focus.events if e in views],
            people=[views[p] for p in focus.people if p in views],
            curated_events=top[-HOME_EVENTS:],
            similar=site.index.similar_facts[:HOME_SIMILAR],
            line=bottom_line(site.index),
            network=Md(network(site.index)),
            chart=Md(chart(site.index)),
        )
    }
